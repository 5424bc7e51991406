"""The slot count (``planner.solver.slots``): never above the brute-force optimum, and where courses
of a term pack badly (a 12-hour course leaves no room for a 9-hour one at 20 h a week) it proves the
finish that neither the weekly hours nor the prerequisite chain see."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import Status
from planner.solver import Solver
from planner.solver.bound import lower_bound, relaxation_bound
from planner.solver.instance import build_instance
from planner.solver.packing import drop_overloaded
from planner.solver.slots import dual_feasible, route_by, slot_bound
from planner.solver.terms import applies
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cohort, learner, module, monday, session
from tests.planner.test_solver_properties import brute_force, instances
from tests.planner.test_terms_bound import _cohorts_only


def test_every_function_keeps_what_fits_within_its_capacity():
    hours = {30, 40, 80, 90, 100, 110, 120, 130, 150, 200}
    # every multiset of these hours that fits 200 (up to six items) keeps its values within capacity
    fits: list[list[int]] = [[]]
    for h in sorted(hours):
        fits += [s + [h] * k for s in fits for k in range(1, 7) if sum(s) + h * k <= 200]
    for f, room in dual_feasible(200, hours):
        assert all(sum(f[h] for h in s) <= room for s in fits)
    # and they say what the weekly hours alone do not: a 13-hour course fills a 20-hour week beside an 8-hour one
    assert any(f[130] + f[80] > room for f, room in dual_feasible(200, hours))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_slot_bound_never_exceeds_the_brute_force_optimum(inst: tuple[CatalogueSet, Learner]) -> None:
    raw, lrn = inst
    cs = _cohorts_only(raw)
    pruned = drop_overloaded(build_instance(cs, lrn))
    if not applies(pruned):
        return
    expected = brute_force(cs, lrn)
    if expected is None:
        return  # any bound is true when no route exists
    assert slot_bound(pruned, 0, None, time_limit=5.0) <= expected
    # asked only for a finish before the optimum, it must not call the optimum impossible either
    assert slot_bound(pruned, 0, expected, time_limit=5.0) <= expected
    # flexible start ranges, written as a candidate per start week
    assert slot_bound(drop_overloaded(build_instance(raw, lrn)), 0, None, time_limit=5.0) <= expected


def _terms(hours: list[float], prerequisite: dict[int, int] | None = None) -> tuple[CatalogueSet, Learner]:
    """Courses of one 10-week term each, offered every term (a term starts every 17 weeks), all of
    them required, at 20 h a week; ``prerequisite`` maps a course to the one it needs."""
    outs = [f"o{i}" for i in range(len(hours))]
    needs = prerequisite or {}
    mods = [module(f"m{i}", [o], requires=f"o{needs[i]}" if i in needs else None, hours=10 * h)
            for i, (o, h) in enumerate(zip(outs, hours, strict=True))]
    offs = [cohort(f"f{i}", f"m{i}", 10, h, [17 * t for t in range(len(hours))]) for i, h in enumerate(hours)]
    goals = [{"id": "g", "title": "Goal", "kind": "custom", "required": outs}]
    return catset(catalogue(outs, mods, offs, goals=goals)), learner(goal="t:g", hoursPerWeek=20)


def test_courses_that_pack_badly_are_counted_a_term_each():
    # 12 + 9 = 21: each 12-hour course takes a term of its own; the three 9-hour ones take two more
    cs, lrn = _terms([12, 12, 9, 9, 9])
    inst = drop_overloaded(build_instance(cs, lrn))
    expected = brute_force(cs, lrn.model_copy(update={"deadline": monday(17 * 5)}))
    assert expected == 17 * 3 + 10
    # 51 hours a week over 20-hour weeks would fit three terms: the hours alone see 3, not 4
    assert relaxation_bound(inst, lower_bound(inst), time_limit=5.0) < expected
    assert slot_bound(inst, lower_bound(inst), None, time_limit=5.0) == expected
    plan = Solver(cs, lrn, time_limit=10, explain=False, phases=1).solve()
    assert plan.status == Status.OPTIMAL and plan.totals is not None and plan.totals.finish_week == expected
    assert plan.bound == expected and validate_plan(cs, lrn, plan) == []


def test_a_later_route_is_not_claimed_optimal_when_the_count_fits_earlier():
    # three light courses in a chain: the count fits two terms, the chain needs three; a route known at
    # four terms must not be called optimal (the bound stays at or below the real optimum, three terms)
    cs, lrn = _terms([8, 8, 8], prerequisite={1: 0, 2: 1})
    inst = drop_overloaded(build_instance(cs, lrn))
    optimum = 17 * 2 + 10
    assert slot_bound(inst, 0, 17 * 3 + 10, time_limit=5.0) <= optimum
    assert slot_bound(inst, 0, None, time_limit=5.0) <= optimum
    plan = Solver(cs, lrn, time_limit=10, explain=False, phases=1).solve()
    assert plan.totals is not None and plan.totals.finish_week == optimum and plan.status == Status.OPTIMAL


def test_a_course_may_start_in_any_of_its_terms_not_only_its_first():
    # two 15-hour courses, each offered in both terms: one takes the first term, the other the second
    # (a count of first start weeks only would see one term for both, and call the route impossible)
    cs, lrn = _terms([15, 15])
    inst = drop_overloaded(build_instance(cs, lrn))
    assert slot_bound(inst, 0, None, time_limit=5.0) == 17 + 10
    assert slot_bound(inst, 0, 17 + 10, time_limit=5.0) == 17 + 10


def test_a_route_at_the_bound_is_found_from_the_choices_and_an_earlier_one_is_ruled_out():
    cs, lrn = _terms([12, 12, 9, 9, 9])
    inst = drop_overloaded(build_instance(cs, lrn))
    found, chosen = route_by(inst, 17 * 3 + 10, time_limit=10)
    assert found and chosen is not None
    weeks = {inst.candidates[i].module: week for i, week in chosen.items()}
    assert len(weeks) == 5 and max(weeks.values()) + 10 <= 17 * 3 + 10
    assert route_by(inst, 17 * 2 + 10, time_limit=10) == (False, None)


def test_a_placement_that_clashes_is_only_a_start_the_route_keeps_its_sessions_apart():
    # two 8-hour courses fit one 20-hour term by their hours, but their evening sessions clash: the
    # term relaxation places both in the first term, the route takes two
    outs = ["a", "b"]
    mods = [module(m, [m], hours=80) for m in outs]
    offs = [cohort(f"f{m}", m, 10, 8, [0, 17], sessions=[session("tue", "19:00", "21:00")]) for m in outs]
    goals = [{"id": "g", "title": "Goal", "kind": "custom", "required": outs}]
    cs, lrn = catset(catalogue(outs, mods, offs, goals=goals)), learner(goal="t:g", hoursPerWeek=20)
    inst = drop_overloaded(build_instance(cs, lrn))
    found, chosen = route_by(inst, 10, time_limit=10)
    assert found and chosen is not None and len(chosen) == 2
    plan = Solver(cs, lrn, time_limit=10, explain=False).solve()
    assert plan.totals is not None and plan.totals.finish_week == 17 + 10
    assert validate_plan(cs, lrn, plan) == []
