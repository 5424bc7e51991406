"""The independent validator catches each kind of violation on hand-broken plans."""

from __future__ import annotations

import pytest

from planner.plan import Plan
from planner.solver import Solver
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cohort, flexible, learner, module, session

CS = catset(catalogue(
    ["a", "b", "c"],
    [module("ma", ["a"], hours=20), module("mb", ["b"], requires="a", hours=20), module("mc", ["c"], hours=20)],
    [
        flexible("fa", "ma", 4, 5),
        cohort("fb", "mb", 4, 5, [4, 8], mode="campus", location="Enschede", sessions=[session("tue", "19:00", "21:00")], cost=500),
        cohort("fc", "mc", 4, 5, [0, 4], mode="campus", location="Deventer", sessions=[session("tue", "20:00", "22:00")], cost=300),
    ],
    goals=[{"id": "g", "title": "G", "kind": "switch", "required": ["b", "c"],
            "milestones": [{"id": "m1", "title": "first", "outcomes": ["a"], "weeks": 4}]}],
))
LEARNER = learner(goal="t:g", hoursPerWeek=10)


@pytest.fixture(scope="module")
def plan() -> Plan:
    p = Solver(CS, LEARNER).solve()
    assert validate_plan(CS, LEARNER, p) == []
    return p


def broken(plan: Plan, **changes) -> Plan:
    p = plan.model_copy(deep=True)
    for it in p.items:
        if it.module == changes.get("module", "t:mb"):
            for k, v in changes.items():
                if k != "module":
                    setattr(it, k, v)
    return p


def codes(p: Plan, lrn=LEARNER) -> set[str]:
    return {m.code for m in validate_plan(CS, lrn, p)}


def test_valid_plan_passes(plan):
    assert codes(plan) == set()


def test_unknown_offering(plan):
    assert "invalid.unknown_offering" in codes(broken(plan, offering="t:nope"))


def test_module_twice(plan):
    p = plan.model_copy(deep=True)
    p.items.append(p.items[0].model_copy())
    assert "invalid.module_twice" in codes(p)


def test_start_not_a_cohort_start(plan):
    b = plan.item_for_module("t:mb")
    assert "invalid.start" in codes(broken(plan, start_week=b.start_week + 1, end_week=b.end_week + 1))


def test_wrong_duration(plan):
    b = plan.item_for_module("t:mb")
    assert "invalid.duration" in codes(broken(plan, end_week=b.end_week - 1))


def test_prerequisite_not_met(plan):
    p = broken(plan, module="t:ma", start_week=4, end_week=8)
    assert "invalid.prerequisite" in codes(p)


def test_capacity_exceeded(plan):
    assert "invalid.capacity" in codes(plan, LEARNER.model_copy(update={"hours_per_week": 4}))


def test_session_clash(plan):
    # put mc in the same weeks as mb: both tuesday evening
    b = plan.item_for_module("t:mb")
    p = broken(plan, module="t:mc", start_week=b.start_week, end_week=b.end_week)
    assert "invalid.clash" in codes(p)


def test_session_outside_free_time(plan):
    from planner.models import TimeWindow

    lrn = LEARNER.model_copy(update={"availability": [TimeWindow.model_validate({"day": "wed", "start": "18:00", "end": "23:00"})]})
    assert "invalid.window" in codes(plan, lrn)


def test_mode_and_place(plan):
    from planner.models import Mode

    assert "invalid.mode" in codes(plan, LEARNER.model_copy(update={"modes": [Mode.ONLINE]}))
    assert "invalid.place" in codes(plan, LEARNER.model_copy(update={"places": ["Zwolle"]}))


def test_budget(plan):
    assert "invalid.budget" in codes(plan, LEARNER.model_copy(update={"budget": 100.0}))


def test_deadline(plan):
    import datetime as dt

    assert "invalid.deadline" in codes(plan, LEARNER.model_copy(update={"deadline": dt.date(2027, 1, 20)}))


def test_goal_outcome_missing(plan):
    p = plan.model_copy(deep=True)
    p.items = [i for i in p.items if i.module != "t:mc"]
    assert "invalid.goal" in codes(p)


def test_choice_group_short():
    cs = catset(catalogue(["a", "b"], [module("ma", ["a"], hours=4)], [flexible("fa", "ma", 1, 4)],
                          goals=[{"id": "g", "title": "G", "kind": "custom", "required": ["a"],
                                  "choices": [{"id": "ch", "n": 1, "of": ["b"]}]}]))
    lrn = learner(goal="t:g")
    p = Plan(learner="x", start_date=lrn.start, status="feasible", items=[])
    assert {m.code for m in validate_plan(cs, lrn, p)} >= {"invalid.choice", "invalid.goal"}


def test_hard_milestone_late(plan):
    lrn = LEARNER.model_copy(update={"hard_milestones": ["t:g/m1"]})
    assert codes(plan, lrn) == set()
    late = broken(plan, module="t:ma", start_week=1, end_week=5)
    assert "invalid.milestone" in codes(late, lrn)


def test_pinned_and_excluded(plan):
    assert "invalid.pinned" in codes(plan, LEARNER.model_copy(update={"pinned": ["t:fa-other"]}))
    assert "invalid.excluded" in codes(plan, LEARNER.model_copy(update={"excluded": ["t:mc"]}))


def test_totals_must_match(plan):
    p = plan.model_copy(deep=True)
    assert p.totals is not None
    p.totals.cost = 1.0
    assert "invalid.totals" in codes(p)


def test_assessment_without_claim():
    cs = catset(catalogue(["a"], [module("evc", ["a"], hours=4, kind="assessment")], [flexible("fe", "evc", 1, 4)]))
    claim = learner(outcomes=["t:a"], proven=[{"outcome": "t:a", "evidence": "experience"}])
    plan = Solver(cs, claim).solve()
    assert validate_plan(cs, claim, plan) == []
    assert "invalid.assessment" in {m.code for m in validate_plan(cs, learner(outcomes=["t:a"]), plan)}


def test_an_offering_named_with_another_module_is_refused_not_a_crash(plan: Plan) -> None:
    """A hand-edited plan whose item names an offering of another module raised KeyError (found by fuzzing)."""
    p = plan.model_copy(deep=True)
    item = next(it for it in p.items if it.module == "t:mb")
    item.module = "campus"
    assert [m.code for m in validate_plan(CS, LEARNER, p)].count("invalid.unknown_offering") == 1
