"""Conflicts name only choices that are needed, and suggestions say whether they are the least.

Each test here fails when the explanation names a choice whose lifting gains nothing, claims "the
smallest set" or "the earliest" without having shown it, or suggests a deadline later than the
earliest one the solver proves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import planner.choices as choices
from planner.choices import CHOICES, group_message, made, relax, week_end
from planner.explain import apply_suggestion, explain_infeasible
from planner.load import load_catalogues, load_learner
from planner.messages import render
from planner.plan import Status
from planner.solver import Solver
from planner.solver.core import Check
from tests.factory import catalogue, catset, cohort, flexible, learner, module, session

CATALOGS = Path(__file__).resolve().parents[2] / "catalogs"
FILES = [str(CATALOGS / "hogeschool-oost.yaml"), str(CATALOGS / "partner-noord.yaml")]


def _named(lrn, messages) -> list[str]:
    """The kinds of choice the explanation names as the conflict."""
    texts = {render(m) for m in messages if m.code.startswith("group.")}
    return [g for g in made(lrn) if render(group_message(lrn, g)) in texts]


def _assert_each_needed(cs, lrn, named: list[str]) -> None:
    active = made(lrn)
    kept_only = relax(lrn, [g for g in active if g not in named])
    assert Solver(cs, kept_only, time_limit=20, explain=False).solve().status == Status.INFEASIBLE
    for g in named:  # the others of the conflict kept, this one lifted (and what is not named): a route
        without = relax(lrn, [x for x in active if x not in named or x == g])
        plan = Solver(cs, without, time_limit=20, explain=False).solve()
        assert plan.items, f"{g} is named in the conflict, but lifting it alone gives no route"


def _two_ways():
    """Module a: online over 8 weeks at 5 h, or on campus in Enschede over 4 weeks at 10 h (€900)."""
    return catset(catalogue(["a"], [module("ma", ["a"], hours=40)],
                            [flexible("onl", "ma", 8, 5, mode="online", cost=300),
                             cohort("camp", "ma", 4, 10, [0, 4, 8], mode="campus", location="Enschede", cost=900,
                                    sessions=[session("tue", "18:00", "21:00")])]))


def _first_answer_unknown(monkeypatch):
    """Every learner's first check runs out of time (a busy machine); asked again, it is answered."""
    real = choices.check_route
    asked: set[str] = set()

    def flaky(cs, lrn, **kw):
        key = lrn.model_dump_json()
        if key not in asked:
            asked.add(key)
            return Check(None, False)
        return real(cs, lrn, **kw)

    monkeypatch.setattr(choices, "check_route", flaky)


CASES = {
    # places rule out the campus; 6 weeks rule out online: deadline and places (hours, budget, times do not matter)
    "deadline-places": {"outcomes": ["t:a"], "hoursPerWeek": 12, "places": ["Zwolle"], "budget": 2000,
                        "deadline": week_end(learner(outcomes=["t:a"]), 6).isoformat(),
                        "availability": [{"day": "tue", "start": "17:00", "end": "22:00"}]},
    "hours": {"outcomes": ["t:a"], "hoursPerWeek": 4, "places": ["Zwolle"], "budget": 1000},
    "budget-modes": {"outcomes": ["t:a"], "modes": ["online"], "budget": 200, "hoursPerWeek": 12},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_named_choice_is_needed_even_when_first_checks_run_out_of_time(case, monkeypatch):
    cs, lrn = _two_ways(), learner(**CASES[case])
    _first_answer_unknown(monkeypatch)
    messages = explain_infeasible(cs, lrn, time_limit=2.0)
    named = _named(lrn, messages)
    assert named
    monkeypatch.undo()
    _assert_each_needed(cs, lrn, named)
    assert messages[0].code in ("infeasible.summary_smallest", "infeasible.summary_needed")


def test_dewi_conflict_is_needed_and_the_smallest():
    cs = load_catalogues(FILES)
    lrn = load_learner(CATALOGS / "learners" / "impossible-dewi.yaml")
    messages = explain_infeasible(cs, lrn)
    named = _named(lrn, messages)
    assert messages[0].code == "infeasible.summary_smallest" and named == ["deadline"]
    _assert_each_needed(cs, lrn, named)


def test_without_proofs_it_says_together_and_names_what_was_shown(monkeypatch):
    cs, lrn = _two_ways(), learner(**CASES["deadline-places"])
    real = choices.check_route

    def no_proofs(cs, lrn, **kw):  # routes are found, but "no route" is never proven in time
        found = real(cs, lrn, **kw)
        return found if found.finish is not None else Check(None, False)

    monkeypatch.setattr(choices, "check_route", no_proofs)
    messages = explain_infeasible(cs, lrn, time_limit=0.5, deadline=None)
    codes = [m.code for m in messages]
    assert codes[0] == "infeasible.summary" and "infeasible.summary_smallest" not in codes
    needed = next(m for m in messages if m.code in ("explain.needed_some", "explain.needed_none"))
    named = _named(lrn, messages)
    # nothing dropped without proof (the free times rule out no session: that needs no solve)
    assert set(named) == set(made(lrn)) - {"availability"}
    if needed.code == "explain.needed_some":  # what it calls needed is needed
        shown = [g for g in named if render(group_message(lrn, g)) in render(needed)]
        monkeypatch.undo()
        for g in shown:
            plan = Solver(cs, relax(lrn, [g]), time_limit=10, explain=False).solve()
            assert plan.items


def _deadline_case():
    """Online only over 8 weeks at 5 h from week 0 or 4; the learner's deadline is week 6."""
    cs = catset(catalogue(["a", "b"], [module("ma", ["a"], hours=20), module("mb", ["b"], requires="a", hours=20)],
                          [cohort("ca", "ma", 4, 5, [0, 4, 8, 12, 16]), cohort("cb", "mb", 4, 5, [0, 6, 12, 18])]))
    return cs, learner(outcomes=["t:b"], deadline=week_end(learner(outcomes=["t:a"]), 6).isoformat())


def test_a_suggested_deadline_is_the_earliest_proven_even_when_the_first_route_found_is_late(monkeypatch):
    cs, lrn = _deadline_case()
    earliest = Solver(cs, relax(lrn, ["deadline"]), time_limit=10, explain=False).solve()
    assert earliest.status == Status.OPTIMAL and earliest.totals is not None
    best = earliest.totals.finish_week  # a then b: weeks 0–4, 6–10
    real = choices.check_route

    def late_without_deadline(cs, lrn, **kw):  # without a deadline the solver only finds a late route
        found = real(cs, lrn, **kw)
        if lrn.deadline is None and found.finish is not None:
            return Check(found.finish + 12, False)
        return found

    monkeypatch.setattr(choices, "check_route", late_without_deadline)
    messages = explain_infeasible(cs, lrn)
    deadline = next(m for m in messages if m.code.startswith("suggest.deadline"))
    assert deadline.code == "suggest.deadline", render(deadline)  # the earliest, shown by bisection
    assert deadline.params["deadline"] == week_end(lrn, best).isoformat()
    assert "the earliest that works" in render(deadline)
    monkeypatch.undo()
    fixed = apply_suggestion(lrn, deadline)
    plan = Solver(cs, fixed, explain=False).solve()
    assert plan.totals is not None and plan.totals.finish_week == deadline.params["finish_week"] == best
    earlier = fixed.model_copy(update={"deadline": week_end(lrn, best - 1)})
    assert Solver(cs, earlier, explain=False).solve().status == Status.INFEASIBLE


def test_a_deadline_not_shown_to_be_the_earliest_says_so(monkeypatch):
    cs, lrn = _deadline_case()
    real = choices.check_route

    def unproven(cs, lrn, **kw):  # nothing is proven: routes found are "found", no route is "not found"
        found = real(cs, lrn, **kw)
        return Check(found.finish, False)

    monkeypatch.setattr(choices, "check_route", unproven)
    messages = explain_infeasible(cs, lrn, time_limit=0.5)
    deadline = next(m for m in messages if m.code.startswith("suggest.deadline"))
    assert deadline.code == "suggest.deadline_found"  # her own deadline is proven to give none (by the solve)
    assert deadline.params["lower"] == lrn.deadline.isoformat()
    assert "an earlier one may" in render(deadline) and "earliest with this change (proven)" not in render(deadline)
    assert deadline.params["finish"]["code"] == "finish.found_on"


def test_least_budget_is_exact():
    # campus (€900, 4 weeks) or online (€300, 8 weeks); deadline week 6 needs the campus: €900 is the least
    cs = _two_ways()
    lrn = learner(outcomes=["t:a"], budget=500, hoursPerWeek=12, deadline=week_end(learner(outcomes=["t:a"]), 6).isoformat())
    messages = explain_infeasible(cs, lrn)
    budget = next(m for m in messages if m.code.startswith("suggest.budget"))
    assert budget.code == "suggest.budget" and budget.params["budget"] == 900, render(budget)
    assert "the least that works" in render(budget)
    assert Solver(cs, apply_suggestion(lrn, budget), explain=False).solve().items
    assert Solver(cs, lrn.model_copy(update={"budget": 899.0}), explain=False).solve().status == Status.INFEASIBLE


def test_every_suggestion_says_whether_it_is_the_least_and_whether_its_finish_is_proven():
    cs, lrn = _two_ways(), learner(**CASES["deadline-places"])
    for m in explain_infeasible(cs, lrn):
        if m.code.startswith("suggest."):
            assert m.params["finish"]["code"] in ("finish.proven_on", "finish.found_on")
            text = render(m)
            assert ("(proven)" in text) != ("may exist" in text)
            if m.code.split(".")[1].startswith(("deadline", "hours", "budget")):
                assert any(w in text for w in ("the earliest that works", "the fewest that work", "the least that works",
                                               "may"))


def test_a_new_kind_of_choice_is_one_entry():
    for g, c in CHOICES.items():
        assert c.id == g and render(c.message(learner(outcomes=["t:a"]))).strip()


def test_a_choice_that_rules_out_no_offering_is_never_named_and_needs_no_solve(monkeypatch):
    # every campus offering is in Enschede on Tuesday 18–21 and nothing is hybrid or at work: the
    # modes, places and free times rule nothing out; only the 4 hours a week do (issue 27 on T)
    cs = _two_ways()
    lrn = learner(outcomes=["t:a"], hoursPerWeek=4, modes=["online", "campus"], places=["Enschede"],
                  availability=[{"day": "tue", "start": "17:00", "end": "22:00"}])
    assert made(lrn) == ["modes", "places", "availability", "hours"]
    real = choices.check_route
    asked: list[object] = []

    def no_proofs(cs, lrn, **kw):  # a busy machine: routes are found, "no route" is never proven
        asked.append(lrn)
        found = real(cs, lrn, **kw)
        return found if found.finish is not None else Check(None, False)

    monkeypatch.setattr(choices, "check_route", no_proofs)
    messages = explain_infeasible(cs, lrn, time_limit=0.5)
    assert messages[0].code == "infeasible.summary_smallest"
    assert _named(lrn, messages) == ["hours"]
