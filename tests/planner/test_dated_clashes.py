"""A dated event (a test day of an OOAPI component offering) must not fall on a weekly session or a
dated event of another module of the route: the solver, the greedy route and the validator each see
it, also when the event lies after its own module's weeks (a resit) or the other module is flexible."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.models import Catalogue
from planner.plan import Plan, Status
from planner.solver import Solver
from planner.solver.greedy import greedy_plan
from planner.validate import validate_plan
from tests.factory import catset, cohort, flexible, learner, module, monday, outcome, session

TUESDAY_EVENING = session("tue", "19:00", "21:00")


def _test_on(week: int, day: int = 1, start: str = "19:30", end: str = "21:30") -> dict[str, Any]:
    """A test in week ``week`` (day 1: the Tuesday) at the given hours."""
    return {"kind": "test", "date": (monday(week) + dt.timedelta(days=day)).isoformat(), "start": start, "end": end}


def _catalogue(b_offerings: list[dict[str, Any]], events: list[dict[str, Any]]) -> Catalogue:
    a = cohort("oa", "a", 4, 4, [0], sessions=[session("mon", "19:00", "21:00")])
    a["events"] = events
    return Catalogue.model_validate({
        "formatVersion": "1.0", "id": "t", "title": "Test", "institution": "Test",
        "outcomes": [outcome("oa"), outcome("ob")],
        "modules": [module("a", ["oa"]), module("b", ["ob"])],
        "offerings": [a, *b_offerings], "goals": [], "equivalences": []})


def _valid_route(cs, lrn, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    assert plan.status in (Status.OPTIMAL, Status.FEASIBLE), plan.status
    assert validate_plan(cs, lrn, plan) == []


def test_a_test_on_the_evening_of_anothers_session_is_a_clash_the_validator_names() -> None:
    b = [cohort("ob1", "b", 4, 4, [0], sessions=[TUESDAY_EVENING])]
    lrn = learner(outcomes=["t:oa", "t:ob"], hoursPerWeek=10)
    both = Solver(catset(_catalogue(b, [])), lrn, time_limit=10).solve()  # side by side from week 0
    assert {(i.offering, i.start_week) for i in both.items} == {("t:oa", 0), ("t:ob1", 0)}
    found = [(m.code, m.params) for m in validate_plan(catset(_catalogue(b, [_test_on(2)])), lrn, both)]
    assert ("invalid.clash", {"a": "t:a", "b": "t:b", "week": 2}) in found
    # a test at another hour that evening, or on another day, is no clash
    for other in (_test_on(2, start="21:00", end="22:00"), _test_on(2, day=2)):
        assert "invalid.clash" not in {m.code for m in validate_plan(catset(_catalogue(b, [other])), lrn, both)}


def test_the_solver_and_greedy_take_the_later_cohort_when_the_test_falls_on_the_earlier_ones_session() -> None:
    b = [cohort("ob1", "b", 4, 4, [0], sessions=[TUESDAY_EVENING]), cohort("ob2", "b", 4, 4, [6], sessions=[TUESDAY_EVENING])]
    cs = catset(_catalogue(b, [_test_on(3)]))
    lrn = learner(outcomes=["t:oa", "t:ob"], hoursPerWeek=10)
    for plan in (Solver(cs, lrn, time_limit=10).solve(), greedy_plan(cs, lrn)):
        _valid_route(cs, lrn, plan)
        assert {i.offering for i in plan.items} == {"t:oa", "t:ob2"}
    # without the test both run side by side from week 0
    cs = catset(_catalogue(b, []))
    plan = Solver(cs, lrn, time_limit=10).solve()
    assert {i.offering for i in plan.items} == {"t:oa", "t:ob1"} and plan.totals is not None and plan.totals.finish_week == 4


def test_a_resit_after_the_module_ended_still_meets_the_next_module() -> None:
    # a's weeks are 0-3; its resit is in week 6, on b's Tuesday evening if b runs then
    b = [cohort("ob1", "b", 4, 4, [4], sessions=[TUESDAY_EVENING]), cohort("ob2", "b", 4, 4, [8], sessions=[TUESDAY_EVENING])]
    cs = catset(_catalogue(b, [_test_on(6)]))
    lrn = learner(outcomes=["t:oa", "t:ob"], hoursPerWeek=4)
    for plan in (Solver(cs, lrn, time_limit=10).solve(), greedy_plan(cs, lrn)):
        _valid_route(cs, lrn, plan)
        assert "t:ob2" in {i.offering for i in plan.items}


def test_a_flexible_module_does_not_start_so_that_it_runs_on_the_test_evening() -> None:
    b = [flexible("obf", "b", 3, 4, 0, 10, sessions=[TUESDAY_EVENING])]
    cs = catset(_catalogue(b, [_test_on(1)]))
    lrn = learner(outcomes=["t:oa", "t:ob"], hoursPerWeek=10)
    for plan in (Solver(cs, lrn, time_limit=10).solve(), greedy_plan(cs, lrn)):
        _valid_route(cs, lrn, plan)
        [item] = [i for i in plan.items if i.module == "t:b"]
        assert item.start_week >= 2  # starting in week 0 or 1 would run on the test's Tuesday
    cs = catset(_catalogue(b, []))
    [item] = [i for i in Solver(cs, lrn, time_limit=10).solve().items if i.module == "t:b"]
    assert item.start_week == 0


def test_two_tests_at_the_same_hour_on_the_same_day_clash() -> None:
    b1 = cohort("ob1", "b", 2, 4, [0])
    b1["events"] = [_test_on(5, start="20:00", end="22:00")]
    b2 = cohort("ob2", "b", 2, 4, [10])
    cs = catset(_catalogue([b1, b2], [_test_on(5)]))
    lrn = learner(outcomes=["t:oa", "t:ob"], hoursPerWeek=10)
    for plan in (Solver(cs, lrn, time_limit=10).solve(), greedy_plan(cs, lrn)):
        _valid_route(cs, lrn, plan)
        assert "t:ob2" in {i.offering for i in plan.items}
