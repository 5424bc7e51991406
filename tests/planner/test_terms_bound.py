"""The term-indexed relaxation (``planner.solver.terms``): never above the brute-force optimum, it
sees that courses that each need most of the week take a term each, and its symmetry breaking
orders interchangeable electives without ever forcing two of them."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.solver.bound import lower_bound
from planner.solver.instance import build_instance
from planner.solver.packing import drop_overloaded
from planner.solver.terms import applies, dominated, term_bound
from tests.factory import catalogue, catset, cohort, learner, module
from tests.planner.test_solver_properties import brute_force, instances


def _cohorts_only(cs: CatalogueSet) -> CatalogueSet:
    """The same catalogue with every flexible entry window written as a cohort per week of it."""
    cats = []
    for cat in cs.catalogues:
        offs = []
        for off in cat.offerings:
            if off.entry is not None and off.entry.start is not None and off.entry.end is not None:
                n = (off.entry.end - off.entry.start).days // 7
                off = off.model_copy(update={"entry": None, "starts": [off.entry.start + dt.timedelta(weeks=k)
                                                                      for k in range(n + 1)]})
            offs.append(off)
        cats.append(cat.model_copy(update={"offerings": offs}))
    return CatalogueSet.from_catalogues(cats)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_term_bound_never_exceeds_the_brute_force_optimum(inst: tuple[CatalogueSet, Learner]) -> None:
    raw, lrn = inst
    cs = _cohorts_only(raw)
    pruned = drop_overloaded(build_instance(cs, lrn))
    if not applies(pruned):
        return
    expected = brute_force(cs, lrn)
    bound = term_bound(pruned, 0, None, time_limit=5.0)
    if expected is None:
        return  # any bound is true when no route exists
    assert bound <= expected
    # flexible start ranges, written as a candidate per start week by the relaxation itself
    assert term_bound(drop_overloaded(build_instance(raw, lrn)), 0, None, time_limit=5.0) <= expected
    # asked only for a finish before the optimum, it must not call the optimum impossible either
    assert term_bound(pruned, 0, expected, time_limit=5.0) <= expected


def _terms(hours: list[float], capacity: float, n: int | None = None) -> tuple[CatalogueSet, Learner]:
    """Modules of one 12-week term each, offered every term (terms start every 17 weeks); the goal
    is all of them, or ``n`` of them as electives."""
    outs = [f"o{i}" for i in range(len(hours))]
    mods = [module(f"m{i}", [o], hours=12 * h) for i, (o, h) in enumerate(zip(outs, hours, strict=True))]
    offs = [cohort(f"f{i}", f"m{i}", 12, h, [17 * t for t in range(len(hours) + 1)]) for i, h in enumerate(hours)]
    if n is None:
        return catset(catalogue(outs, mods, offs)), learner(outcomes=[f"t:{o}" for o in outs], hoursPerWeek=capacity)
    goals = [{"id": "g", "title": "Goal", "kind": "custom", "required": [],
              "choices": [{"id": "el", "n": n, "of": outs}]}]
    return catset(catalogue(outs, mods, offs, goals=goals)), learner(goal="t:g", hoursPerWeek=capacity)


def test_courses_that_each_need_most_of_the_week_take_a_term_each():
    cs, lrn = _terms([11, 12, 13, 15], 20)
    inst = build_instance(cs, lrn)
    # no two fit one 20-hour week: the fourth ends in week 3 × 17 + 12
    assert term_bound(inst, lower_bound(inst), None, time_limit=10) == 17 * 3 + 12


def test_light_courses_pack_two_to_a_term():
    cs, lrn = _terms([8, 12, 10, 9], 20)  # 8 + 12 and 10 + 9 fit; 12 + 10 does not
    inst = build_instance(cs, lrn)
    assert term_bound(inst, lower_bound(inst), None, time_limit=10) == 17 + 12


def test_a_known_optimum_is_proven_and_an_earlier_finish_is_not_claimed():
    cs, lrn = _terms([11, 12, 13], 20)
    inst = build_instance(cs, lrn)
    assert term_bound(inst, 0, 17 * 2 + 12, time_limit=10) == 17 * 2 + 12  # "none earlier": the route is optimal


def test_interchangeable_electives_are_ordered_and_never_forced_together():
    # three electives alike (14 h, every term) and a heavier one: two of the four are needed
    cs, lrn = _terms([14, 14, 14, 16], 20, n=2)
    inst = build_instance(cs, lrn)
    pairs = set(dominated(inst))
    a, b, c, heavy = (f"t:m{i}" for i in range(4))
    assert {(a, b), (a, c), (b, c)} <= pairs  # the first of the alike ones is preferred
    assert not {(b, a), (c, a), (c, b)} & pairs  # never both ways: that would force all of them
    assert {(a, heavy), (b, heavy), (c, heavy)} <= pairs and not any(p[1] == a for p in pairs)
    # two of them still take two terms (the ordering keeps a route)
    assert term_bound(inst, 0, None, time_limit=10) == 17 + 12


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_a_solve_on_cohorts_only_agrees_with_brute_force(inst: tuple[CatalogueSet, Learner]) -> None:
    """Where every start is fixed the solve runs the term relaxation: what it claims still holds."""
    from planner.plan import Status
    from planner.solver import Solver
    from planner.validate import validate_plan

    raw, lrn = inst
    cs = _cohorts_only(raw)
    plan = Solver(cs, lrn, time_limit=10, explain=False).solve()
    expected = brute_force(cs, lrn)
    if plan.status == Status.INFEASIBLE:
        assert expected is None
        return
    assert plan.status == Status.OPTIMAL and plan.totals is not None
    assert validate_plan(cs, lrn, plan) == []
    assert plan.totals.finish_week == expected


def test_an_elective_given_by_another_module_too_is_not_preferred():
    """Two of {oa, ob}: 'alt' gives oa in the first term, a gives it later, b alone gives ob. The
    route alt, then b ends in week 29. Preferring a over b (alike in hours and terms) would force a
    and b into the later terms — week 46 — unless the ordering knows that oa has another giver."""
    outs = ["oa", "ob"]
    mods = [module("ma", ["oa"], hours=12 * 15), module("malt", ["oa"], hours=12 * 15),
            module("mb", ["ob"], hours=12 * 15)]
    offs = [cohort("fa", "ma", 12, 15, [17, 34]), cohort("falt", "malt", 12, 15, [0]), cohort("fb", "mb", 12, 15, [17, 34])]
    goals = [{"id": "g", "title": "Goal", "kind": "custom", "required": [], "choices": [{"id": "el", "n": 2, "of": outs}]}]
    cs, lrn = catset(catalogue(outs, mods, offs, goals=goals)), learner(goal="t:g", hoursPerWeek=20)
    inst = build_instance(cs, lrn)
    assert ("t:ma", "t:mb") not in dominated(inst)
    assert term_bound(inst, 0, None, time_limit=10) == 17 + 12
