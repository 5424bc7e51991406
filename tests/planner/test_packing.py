"""The packing bound and the capacity pruning: never above the brute-force optimum, and they see what
hours alone do not (two modules that together need more than the week cannot share it)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import Status
from planner.solver import Solver
from planner.solver.bound import lower_bound, relaxation_bound
from planner.solver.instance import build_instance
from planner.solver.packing import clauses, drop_overloaded, packing_bound
from tests.factory import catalogue, catset, cohort, learner, module
from tests.planner.test_solver_properties import brute_force, instances


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_packing_bound_never_exceeds_the_brute_force_optimum(inst: tuple[CatalogueSet, Learner]) -> None:
    cs, lrn = inst
    expected = brute_force(cs, lrn)
    pruned = drop_overloaded(build_instance(cs, lrn))
    bound = packing_bound(pruned, 0, None, time_limit=5.0)
    if expected is None:
        return  # any bound is true when no route exists
    assert bound <= expected
    # what the pruning dropped was never needed: the optimum stays
    assert lower_bound(pruned) <= expected


def _terms(n_modules: int, hours: float, capacity: float) -> tuple[CatalogueSet, Learner]:
    """Modules of one 12-week term each, offered every term (terms start every 17 weeks)."""
    outs = [f"o{i}" for i in range(n_modules)]
    mods = [module(f"m{i}", [o], hours=12 * hours) for i, o in enumerate(outs)]
    offs = [cohort(f"f{i}", f"m{i}", 12, hours, [17 * t for t in range(n_modules + 1)]) for i in range(n_modules)]
    return catset(catalogue(outs, mods, offs)), learner(outcomes=[f"t:{o}" for o in outs], hoursPerWeek=capacity)


def test_modules_that_overflow_the_week_together_form_a_chain_of_terms():
    cs, lrn = _terms(4, 17.5, 20)
    inst = build_instance(cs, lrn)
    # hours alone: 4 × 12 × 17.5 h fit in 42 weeks of 20 h; the relaxation cannot see the terms
    assert relaxation_bound(inst, lower_bound(inst)) < 17 * 3 + 12
    # one module per term: the fourth ends in week 3 × 17 + 12
    assert packing_bound(inst, lower_bound(inst), None) == 17 * 3 + 12
    plan = Solver(cs, lrn, time_limit=10, explain=False).solve()
    assert plan.status == Status.OPTIMAL and plan.totals is not None and plan.totals.finish_week == 63
    assert plan.gap == 0.0


def test_modules_that_fit_together_share_a_term():
    cs, lrn = _terms(4, 10, 20)
    assert packing_bound(build_instance(cs, lrn), 0, None) == 17 + 12


def test_a_cohort_through_a_holiday_with_too_few_hours_is_dropped():
    cs = catset(catalogue(["a"], [module("ma", ["a"], hours=40)], [cohort("c0", "ma", 4, 10, [0, 6])]))
    lrn = learner(outcomes=["t:a"], hoursPerWeek=10, holidays=[{"start": "2027-01-18", "end": "2027-01-24"}])
    inst = drop_overloaded(build_instance(cs, lrn))
    assert [c.earliest for c in inst.candidates] == [6]


def test_clauses_of_nested_prerequisites():
    req = {"all": ["a", {"any": ["b", {"all": ["c", "d"]}]}]}
    from planner.models import Module

    m = Module.model_validate({"id": "m", "title": {"en": "m"}, "certifies": ["x"], "hours": 1, "requires": req})
    got = {tuple(sorted(c)) for c in clauses(m.requires, str)}
    assert got == {("a",), ("b", "c"), ("b", "d")}
