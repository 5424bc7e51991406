"""Re-plans that keep what the learner saw: a pin holds its dates; nothing moves without a reason."""

from __future__ import annotations

from bench.stability import moved, run_stability, unneeded_moves
from planner.plan import Status
from planner.solver import Solver
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cohort, learner, module


def _two_terms(starts: tuple[int, ...] = (0, 6)):
    return catset(catalogue(["a", "b"], [module("ma", ["a"], hours=40), module("mb", ["b"], hours=40)],
                            [cohort("fa", "ma", 4, 10, list(starts)), cohort("fb", "mb", 4, 10, list(starts))]))


def test_a_pin_holds_its_offering_and_dates():
    cs = _two_terms()
    lrn = learner(outcomes=["t:a", "t:b"], hoursPerWeek=10)
    before = Solver(cs, lrn).solve()
    late = next(i for i in before.items if i.start_week == 6)  # one of them waits for the second term
    after = lrn.model_copy(update={"pinned": [late.module], "hours_per_week": 20.0})
    # with 20 h a week both fit in the first term: a fresh plan moves the module the learner pinned
    fresh = Solver(cs, after).solve()
    assert fresh.item_for_module(late.module).start_week == 0
    replan = Solver(cs, after, previous=before).solve()
    held = replan.item_for_module(late.module)
    assert (held.offering, held.start_week, held.pinned) == (late.offering, 6, True)
    assert validate_plan(cs, after, replan) == []


def test_a_pin_whose_dates_no_longer_fit_keeps_the_module():
    cs = _two_terms((0, 6, 12))
    lrn = learner(outcomes=["t:a", "t:b"], hoursPerWeek=10)
    before = Solver(cs, lrn).solve()
    late = next(i for i in before.items if i.start_week == 6)
    # a holiday in its weeks: the pinned dates are gone, the module stays in the route
    after = lrn.model_copy(update={"pinned": [late.module]})
    after = after.model_validate({**after.model_dump(mode="json"),
                                  "holidays": [{"start": "2027-02-15", "end": "2027-02-21"}]})
    replan = Solver(cs, after, previous=before).solve()
    assert replan.status == Status.OPTIMAL
    assert replan.item_for_module(late.module).start_week == 12


def test_small_edits_move_nothing_that_need_not_move():
    study = run_stability("S", edits=4, instances=1, time_limit=3.0)
    assert study["all_valid"]
    assert study["unneeded_moves"] == 0, [r["unneeded"] for r in study["edits"]]


def test_a_move_that_could_have_been_avoided_is_counted():
    cs = _two_terms()
    lrn = learner(outcomes=["t:a", "t:b"], hoursPerWeek=20)
    before = Solver(cs, lrn.model_copy(update={"hours_per_week": 10.0})).solve()
    fresh = Solver(cs, lrn).solve()  # both in the first term: one of them moved
    assert moved(before, fresh)
    # moving it back keeps the route valid but makes it finish later: the move was needed
    assert unneeded_moves(cs, lrn, before, fresh) == []
    # against a route that already finishes in week 10, moving it was not needed
    late = fresh.model_copy(update={"items": [i.model_copy(update={"start_week": i.start_week}) for i in fresh.items]})
    late.totals = late.totals.model_copy(update={"finish_week": 10}) if late.totals else None
    assert unneeded_moves(cs, lrn, before, late) == moved(before, fresh)
