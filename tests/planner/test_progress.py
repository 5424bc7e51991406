"""Progress toward a goal: proven (with evidence), planned (module and dates), missing (with why);
milestones met, late or not reached."""

from __future__ import annotations

import datetime as dt

from planner.plan import Plan, Status
from planner.progress import (
    ChoiceProgress,
    MilestoneState,
    OutcomeProgress,
    State,
    goal_progress,
    milestone_progress,
)
from planner.solver import Solver
from tests.factory import START, catalogue, catset, cohort, flexible, learner, module


def goal_cat():  # type: ignore[no-untyped-def]
    return catset(catalogue(
        ["a", "b", "c", "d", "e", "lonely"],
        [module("ma", ["a"], ec=1), module("mb", ["b"], requires="a", ec=1), module("mc", ["c"], ec=1),
         module("md", ["d"], ec=1), module("me", ["e"], ec=1), module("ghost", ["lonely"], ec=1)],
        [flexible("fa", "ma", 3, 10), flexible("fb", "mb", 3, 10), flexible("fc", "mc", 3, 10),
         flexible("fd", "md", 3, 10), cohort("fe", "me", 3, 10, [30])],
        goals=[{"id": "g", "title": {"en": "Goal", "nl": "Doel"}, "kind": "switch", "required": ["a", "b"],
                "choices": [{"id": "pick", "n": 1, "of": ["c", "d"]}],
                "milestones": [{"id": "early", "title": "Early", "outcomes": ["a"], "weeks": 10},
                               {"id": "soon", "title": "Soon", "outcomes": ["a", "b"], "weeks": 4}]}],
    ))


def plan_for(cs, lrn) -> Plan:  # type: ignore[no-untyped-def]
    plan = Solver(cs, lrn, time_limit=5).solve()
    assert plan.status in (Status.OPTIMAL, Status.FEASIBLE)
    return plan


def by_id(rows):  # type: ignore[no-untyped-def]
    return {r.outcome if isinstance(r, OutcomeProgress) else r.group: r for r in rows}


def test_proven_planned_and_choice_group():
    cs = goal_cat()
    lrn = learner(goal="t:g", proven=[{"outcome": "t:a", "evidence": "diploma", "note": "Bachelor HRM"}])
    plan = plan_for(cs, lrn)
    rows = by_id(goal_progress(cs, lrn, plan))
    assert rows["t:a"].state == State.PROVEN
    assert rows["t:a"].evidence == "diploma" and rows["t:a"].note == "Bachelor HRM"
    b = rows["t:b"]
    assert b.state == State.PLANNED and b.module == "t:mb"
    item = plan.item_for_module("t:mb")
    assert item is not None and (b.start, b.end) == (item.start_date, item.end_date)
    pick = rows["pick"]
    assert isinstance(pick, ChoiceProgress) and pick.state == State.PLANNED and pick.done == 1
    assert sorted(o.state for o in pick.options) == sorted([State.PLANNED, State.MISSING])
    missing = next(o for o in pick.options if o.state == State.MISSING)
    assert missing.reason is not None and missing.reason.code == "progress.not_in_route"


def test_experience_is_not_proof_and_no_plan_says_not_planned():
    cs = goal_cat()
    lrn = learner(goal="t:g", proven=[{"outcome": "t:a", "evidence": "experience"}])
    rows = by_id(goal_progress(cs, lrn, None))
    assert rows["t:a"].state == State.MISSING
    assert rows["t:a"].reason.code == "progress.not_planned"


def test_missing_reasons_excluded_no_module_no_route():
    cs = goal_cat()
    lrn = learner(goal="t:g", excluded=["t:mb"], outcomes=["t:lonely"])
    infeasible = Plan(learner="x", start_date=START, status=Status.INFEASIBLE)
    rows = by_id(goal_progress(cs, lrn, infeasible))
    assert rows["t:b"].reason.code == "progress.excluded"
    assert rows["t:a"].reason.code == "progress.no_route"
    # 'lonely' has a module but no offering: it is still taught by a module, only not routable
    assert rows["t:lonely"].state == State.MISSING
    cs2 = catset(catalogue(["x", "y"], [module("mx", ["x"])], [flexible("fx", "mx", 1, 1)]))
    rows2 = by_id(goal_progress(cs2, learner(outcomes=["t:x", "t:y"]), None))
    assert rows2["t:y"].reason.code == "progress.no_module"


def test_milestones_met_late_and_not_reached():
    cs = goal_cat()
    lrn = learner(goal="t:g")
    plan = plan_for(cs, lrn)
    ms = {m.id: m for m in milestone_progress(cs, lrn, plan)}
    assert ms["t:g/early"].state == MilestoneState.MET  # a in 3 weeks, target 10
    assert ms["t:g/soon"].state == MilestoneState.LATE  # a then b: 6 weeks, target 4
    assert ms["t:g/soon"].week == 6
    assert ms["t:g/early"].target_date == START + dt.timedelta(weeks=10) - dt.timedelta(days=1)
    none = {m.id: m for m in milestone_progress(cs, lrn, None)}
    assert none["t:g/early"].state == MilestoneState.NOT_REACHED


def test_proven_milestone_is_met_from_the_start():
    cs = goal_cat()
    lrn = learner(goal="t:g", proven=[{"outcome": "t:a", "evidence": "edubadge"}])
    ms = {m.id: m for m in milestone_progress(cs, lrn, None)}
    assert ms["t:g/early"].state == MilestoneState.MET and ms["t:g/early"].week == 0


def test_doctests() -> None:
    import doctest

    import planner.progress

    assert doctest.testmod(planner.progress).failed == 0


def test_a_choice_counted_in_ec_from_a_pool_shows_the_modules_that_count():
    """Format 1.1: Sanne's bachelor asks 10 EC from a tagged pool; the requirements view listed it
    as an empty choice of 0 outcomes."""
    from planner.explain import route_solver
    from planner.graph import exempt_modules
    from planner.load import load_catalogues, load_learner
    from planner.progress import ChoiceProgress, State, goal_progress
    from planner.shipped import demo_catalogues, sample_learner

    cs = load_catalogues(demo_catalogues())
    sanne = load_learner(sample_learner("ad-graduate-sanne"))
    plan = route_solver(cs, sanne, time_limit=10).solve()
    [pool] = [r for r in goal_progress(cs, sanne, plan) if isinstance(r, ChoiceProgress) and r.counts_modules]
    assert pool.min_ec == 10 and pool.state == State.PLANNED and pool.ec_done >= 10
    planned = {i.module for i in plan.items}
    assert pool.counted and all(c.module in planned for c in pool.counted if c.state == State.PLANNED)
    assert all("ba-verdieping" in cs.modules[c.module].tags for c in pool.counted)
    # without a route, nothing counts but what her proofs exempt her from
    none = goal_progress(cs, sanne, None)
    [empty] = [r for r in none if isinstance(r, ChoiceProgress) and r.counts_modules]
    exempt = exempt_modules(cs, {cs.canon(o) for o in sanne.proven_ids()})
    assert all(c.state == State.PROVEN and c.module in exempt for c in empty.counted)
    assert empty.state == (State.PROVEN if empty.ec_done >= 10 else State.MISSING)
