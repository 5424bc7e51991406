"""The model kept between re-plans (planner/solver/kept.py): restricting edits reuse it, the others
build afresh, and a re-plan on a kept model finds what a fresh solve finds (brute force on small
random catalogues, as for the solver: ``KEPT_EXAMPLES`` sets the number of cases)."""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import Status
from planner.solver import Solver
from planner.solver.kept import KeptModels, edits, fingerprint
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cohort, learner, module, monday
from tests.planner.test_solver_properties import brute_force, instances


def _chain() -> tuple[CatalogueSet, Learner]:
    """Three modules in a chain, each with two cohorts; a fourth that gives the last outcome too."""
    modules = [module("a", ["o1"]), module("b", ["o2"], requires="o1"), module("c", ["o3"], requires="o2"),
               module("d", ["o3"], requires="o1")]
    offerings = [cohort("a1", "a", 2, 6, [0, 3]), cohort("b1", "b", 2, 6, [2, 5, 8]), cohort("c1", "c", 2, 6, [4, 7, 10]),
                 cohort("d1", "d", 3, 6, [3, 6, 9], cost=500)]
    goals = [{"id": "g", "title": "Goal", "kind": "custom", "required": ["o3"]}]
    cs = catset(catalogue(["o1", "o2", "o3"], modules, offerings, goals=goals))
    return cs, learner(goal="t:g", hoursPerWeek=8, deadline=(monday(20) - dt.timedelta(days=1)).isoformat())


def test_a_pin_reuses_the_kept_model_and_an_hours_edit_builds_afresh():
    cs, lrn = _chain()
    store = KeptModels()
    plan = Solver(cs, lrn, time_limit=10, keep=store).solve()
    assert plan.status == Status.OPTIMAL and plan.totals is not None and len(store.get(cs, plan)) == 1
    pinned = lrn.model_copy(update={"pinned": [plan.items[0].module]})
    s = Solver(cs, pinned, previous=plan, time_limit=10, keep=store)
    again = s.solve()
    assert s.reused == ["pin"]
    assert again.status == Status.OPTIMAL and not validate_plan(cs, pinned, again)
    assert again.totals is not None and again.totals.finish_week == plan.totals.finish_week
    more = lrn.model_copy(update={"hours_per_week": 12.0})
    s = Solver(cs, more, previous=plan, time_limit=10, keep=store)
    s.solve()
    assert s.reused is None  # more hours a week may add candidates: the model is built again


def test_a_pin_of_a_module_outside_the_route_builds_afresh_and_finds_what_a_fresh_solve_finds():
    # the kept instance dropped the late cohorts of modules nobody had pinned: a newly pinned module outside the
    # route may need one of them, so the kept model is not used
    cs, lrn = _chain()
    store = KeptModels()
    plan = Solver(cs, lrn, time_limit=10, keep=store).solve()
    assert "t:b" not in {i.module for i in plan.items}
    pinned = lrn.model_copy(update={"pinned": ["t:b"]})
    s = Solver(cs, pinned, previous=plan, time_limit=10, keep=store)
    again = s.solve()
    fresh = Solver(cs, pinned, time_limit=10).solve()
    assert s.reused is None and "t:b" in {i.module for i in again.items} and not validate_plan(cs, pinned, again)
    assert again.totals is not None and fresh.totals is not None and again.totals.finish_week == fresh.totals.finish_week


def test_an_exclusion_and_a_lower_budget_reuse_the_kept_model():
    cs, lrn = _chain()
    store = KeptModels()
    plan = Solver(cs, lrn, time_limit=10, keep=store).solve()
    unused = next(m for m in ("t:b", "t:c", "t:d") if m not in {i.module for i in plan.items})
    for edit, kind in (({"excluded": [unused]}, "exclude"), ({"budget": 5000.0}, "budget")):
        edited = lrn.model_copy(update=edit)
        s = Solver(cs, edited, previous=plan, time_limit=10, keep=store)
        again = s.solve()
        assert s.reused == [kind] and not validate_plan(cs, edited, again)
        assert again.totals is not None and plan.totals is not None and again.totals.finish_week == plan.totals.finish_week


def test_an_exclusion_that_moves_the_finish_past_the_kept_horizon_builds_afresh():
    """The kept model is cut to the horizon of its own best route; a later finish needs a new one."""
    cs, lrn = _chain()
    store = KeptModels()
    plan = Solver(cs, lrn, time_limit=10, keep=store).solve()
    assert plan.totals is not None
    without_c = lrn.model_copy(update={"excluded": ["c"]})  # only d is left for o3: a later finish
    s = Solver(cs, without_c, previous=plan, time_limit=10, keep=store)
    replan = s.solve()
    fresh = Solver(cs, without_c, time_limit=10).solve()
    assert replan.status == Status.OPTIMAL and not validate_plan(cs, without_c, replan)
    assert replan.totals is not None and fresh.totals is not None
    assert replan.totals.finish_week == fresh.totals.finish_week == brute_force(cs, without_c)
    assert "c" not in {i.module for i in replan.items}


def test_edits_are_sorted_into_restricting_and_others():
    _, lrn = _chain()
    assert edits(lrn, lrn.model_copy(update={"pinned": ["a"], "name": "other"})) == ["pin"]
    assert edits(lrn, lrn.model_copy(update={"excluded": ["d"], "budget": 100.0})) == ["exclude", "budget"]
    assert edits(lrn, lrn.model_copy(update={"deadline": dt.date(2027, 3, 7)})) == ["deadline"]
    assert edits(lrn.model_copy(update={"pinned": ["a"]}), lrn) is None  # a pin removed
    assert edits(lrn, lrn.model_copy(update={"deadline": None})) is None
    assert edits(lrn, lrn.model_copy(update={"places": ["Zwolle"]})) is None


@st.composite
def replans(draw: st.DrawFn) -> tuple[CatalogueSet, Learner, str, int]:
    cs, lrn = draw(instances())
    return cs, lrn, draw(st.sampled_from(["pin", "exclude", "budget", "deadline"])), draw(st.integers(0, 9))


@settings(max_examples=int(os.environ.get("KEPT_EXAMPLES", "200")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replans())
def test_a_replan_on_the_kept_model_agrees_with_a_fresh_one(case: tuple[CatalogueSet, Learner, str, int]) -> None:
    cs, lrn, kind, pick = case
    store = KeptModels()
    plan = Solver(cs, lrn, time_limit=10, explain=False, keep=store).solve()
    if not plan.items:
        return
    item = plan.items[pick % len(plan.items)]
    if kind == "pin":
        after = lrn.model_copy(update={"pinned": [item.module]})
    elif kind == "exclude":
        after = lrn.model_copy(update={"excluded": [sorted(cs.modules)[pick % len(cs.modules)]]})
    elif kind == "budget":
        after = lrn.model_copy(update={"budget": float(max(0, int(sum(i.cost for i in plan.items)) - 100 * (pick % 3)))})
    else:
        assert lrn.deadline is not None and plan.totals is not None
        after = lrn.model_copy(update={"deadline": min(lrn.deadline, monday(max(1, plan.totals.finish_week - pick % 2))
                                                       - dt.timedelta(days=1))})
    s = Solver(cs, after, previous=plan, time_limit=10, explain=False, keep=store)
    replan = s.solve()
    fresh = Solver(cs, after, previous=plan, time_limit=10, explain=False).solve()
    event(f"{kind}: {'reused' if s.reused is not None else 'built afresh'}, {replan.status.value}")
    assert replan.status == fresh.status
    if replan.status == Status.INFEASIBLE:
        assert kind == "pin" or brute_force(cs, after) is None
        return
    assert replan.status == Status.OPTIMAL
    assert validate_plan(cs, after, replan) == []
    assert replan.totals is not None and fresh.totals is not None
    assert replan.totals.finish_week == fresh.totals.finish_week
    if kind != "pin":  # a pin holds its previous dates (stability.hold_pins); brute force may move it
        assert replan.totals.finish_week == brute_force(cs, after)


def test_the_same_route_kept_for_two_learners_serves_a_replan_from_either():
    # a pin that leaves the route as it was keeps a second model behind the same route; the first stays
    cs, lrn = _chain()
    store = KeptModels()
    plan = Solver(cs, lrn, time_limit=10, keep=store).solve()
    pinned = lrn.model_copy(update={"pinned": [plan.items[0].module]})
    again = Solver(cs, pinned, previous=plan, time_limit=10, keep=store).solve()
    assert fingerprint(again) == fingerprint(plan) and len(store.get(cs, plan)) == 2
    cheaper = lrn.model_copy(update={"budget": float(sum(i.cost for i in plan.items))})
    s = Solver(cs, cheaper, previous=plan, time_limit=10, keep=store)
    assert not validate_plan(cs, cheaper, s.solve())
    assert s.reused == ["budget"]
