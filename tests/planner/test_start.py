"""Warm starts: the route the search starts from is valid and never later than the greedy baseline."""

from __future__ import annotations

from planner.plan import Plan, Status
from planner.solver import Solver
from planner.solver.greedy import greedy_plan
from planner.solver.instance import build_instance
from planner.solver.start import repair_route, tail_weeks, warm_start
from planner.validate import validate_plan
from tests.factory import catalogue, catset, flexible, learner, module


def _chain_and_two_short():
    """a → b → c (5 h/week each, 4 weeks) and two lone modules x, y with fewer hours."""
    return catset(catalogue(
        ["a", "b", "c", "x", "y"],
        [module("ma", ["a"], hours=20), module("mb", ["b"], requires="a", hours=20),
         module("mc", ["c"], requires="b", hours=20), module("mx", ["x"], hours=16), module("my", ["y"], hours=16)],
        [flexible("fa", "ma", 4, 5), flexible("fb", "mb", 4, 5), flexible("fc", "mc", 4, 5),
         flexible("fx", "mx", 4, 5), flexible("fy", "my", 4, 5)],
    ))


def finish(plan: Plan) -> int:
    assert plan.status in (Status.FEASIBLE, Status.OPTIMAL) and plan.totals is not None
    return plan.totals.finish_week


def test_tail_is_the_longest_chain_of_weeks_to_the_end():
    cs = _chain_and_two_short()
    inst = build_instance(cs, learner(outcomes=["t:c", "t:x", "t:y"]))
    tails = tail_weeks(inst, sorted(inst.by_module))
    assert tails == {"t:ma": 12, "t:mb": 8, "t:mc": 4, "t:mx": 4, "t:my": 4}


def test_longest_tail_first_finishes_before_the_greedy_order():
    cs = _chain_and_two_short()
    lrn = learner(outcomes=["t:c", "t:x", "t:y"], hoursPerWeek=10)
    inst = build_instance(cs, lrn)
    greedy = greedy_plan(cs, lrn, inst)
    # the greedy order takes the modules with fewer hours first and starts the chain late
    assert finish(greedy) == 16
    start = warm_start(cs, lrn, inst, tried=[greedy])
    assert validate_plan(cs, lrn, start) == []
    assert finish(start) == 12


def test_a_broken_previous_route_is_repaired_with_its_own_modules():
    # two ways to gain a: the greedy one (fewer hours) and the one the previous route took
    cs = catset(catalogue(
        ["a", "b"],
        [module("small", ["a"], hours=12), module("other", ["a"], hours=16), module("mb", ["b"], hours=10)],
        [flexible("fs", "small", 4, 3), flexible("fo", "other", 2, 8), flexible("fb", "mb", 2, 5)],
    ))
    before = learner(outcomes=["t:a", "t:b"], hoursPerWeek=13)
    previous = Solver(cs, before, time_limit=5).solve()
    assert {i.module for i in previous.items} == {"t:other", "t:mb"}  # 8 + 5 = 13: both at once, done in 2 weeks
    after = before.model_copy(update={"hours_per_week": 9.0})
    assert validate_plan(cs, after, previous) != []  # 13 h a week no longer fit
    repaired = repair_route(cs, after, build_instance(cs, after), previous)
    assert validate_plan(cs, after, repaired) == []
    assert {i.module for i in repaired.items} == {"t:other", "t:mb"}


def test_re_plan_shows_a_valid_route_for_the_edited_learner_first():
    cs = _chain_and_two_short()
    before = learner(outcomes=["t:c", "t:x", "t:y"], hoursPerWeek=10)
    previous = Solver(cs, before, time_limit=5).solve()
    after = before.model_copy(update={"hours_per_week": 5.0})
    shown: list[Plan] = []
    plan = Solver(cs, after, previous=previous, time_limit=5).solve(on_plan=shown.append)
    assert shown, "a re-plan shows a route before the search ends"
    assert validate_plan(cs, after, shown[0]) == []
    assert finish(shown[0]) <= finish(greedy_plan(cs, after))
    assert finish(plan) == 20  # 5 h a week: one module at a time, 5 × 4 weeks


def test_re_plan_shows_the_previous_route_first_when_the_edit_left_it_valid():
    cs = _chain_and_two_short()
    before = learner(outcomes=["t:c", "t:x", "t:y"], hoursPerWeek=10)
    previous = Solver(cs, before, time_limit=5).solve()
    after = before.model_copy(update={"hours_per_week": 15.0})  # more hours: the old route still fits
    kept = previous.model_dump()
    shown: list[Plan] = []
    plan = Solver(cs, after, previous=previous, time_limit=5).solve(on_plan=shown.append)
    route = [(i.module, i.offering, i.start_week) for i in previous.items]
    assert [(i.module, i.offering, i.start_week) for i in shown[0].items] == route
    assert shown[0] is not previous and previous.model_dump() == kept  # the caller's plan is not changed
    assert finish(plan) <= finish(previous)


def test_a_replan_that_shrinks_the_route_a_lot_still_finds_it() -> None:
    """Proving outcomes by badges shortened Chen's route from week 71 to 29; re-planned against the old
    route, the stability term could not reach modules the old route started after week 30, and the
    solver declared 'no route exists' while it had streamed the week-29 route."""
    import datetime as dt

    from planner.explain import route_solver
    from planner.load import load_catalogues
    from planner.models import Learner, ProvenOutcome
    from planner.plan import Status
    from planner.shipped import demo_catalogues

    cs = load_catalogues(demo_catalogues()[:1])
    before = Learner(name="Chen", goal="hs-oost:mc-data-ai", start=dt.date(2027, 1, 11), hours_per_week=12,
                     modes=["online", "hybrid"])
    first = route_solver(cs, before, time_limit=10).solve()
    proven = [ProvenOutcome(outcome=o, evidence="edubadge") for o in (
        "hs-oost:ict.prog.basis", "hs-oost:ict.db.sql", "hs-oost:ict.db.model", "hs-oost:ict.data.clean",
        "hs-oost:ict.data.visual", "hs-oost:ict.data.stats")]
    after = before.model_copy(update={"proven": proven})
    fresh = route_solver(cs, after, time_limit=10).solve()
    again = route_solver(cs, after, previous=first, time_limit=10).solve()
    assert first.totals is not None and fresh.totals is not None and fresh.totals.finish_week < first.totals.finish_week
    assert again.status in (Status.OPTIMAL, Status.FEASIBLE) and again.totals is not None
    assert again.totals.finish_week == fresh.totals.finish_week


def test_a_previous_route_still_valid_is_on_screen_before_the_instance_is_built(monkeypatch):
    # on XL building the instance takes a second or two: the route the learner had waits for none of it
    import planner.solver.core as core

    cs = _chain_and_two_short()
    before = learner(outcomes=["t:c", "t:x", "t:y"], hoursPerWeek=10)
    previous = Solver(cs, before, time_limit=5).solve()
    after = before.model_copy(update={"hours_per_week": 15.0})
    shown: list[Plan] = []
    built_after: list[int] = []

    def build(*args, **kwargs):
        built_after.append(len(shown))
        return build_instance(*args, **kwargs)

    monkeypatch.setattr(core, "build_instance", build)
    Solver(cs, after, previous=previous, time_limit=5).solve(on_plan=shown.append)
    assert built_after and built_after[0] == 1  # one route shown before the set-up: the previous one
    assert [(i.module, i.offering, i.start_week) for i in shown[0].items] == \
        [(i.module, i.offering, i.start_week) for i in previous.items]
    assert sum(1 for p in shown if p.items == shown[0].items) == 1  # and not shown twice
