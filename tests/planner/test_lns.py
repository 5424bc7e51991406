"""The neighbourhood search around the route's last weeks (planner/solver/lns.py)."""

from __future__ import annotations

import random
import threading

from bench.generator import generate
from planner.solver import Solver, lns
from planner.solver.greedy import greedy_plan
from planner.solver.instance import build_instance
from planner.validate import validate_plan


def test_the_solve_with_the_search_first_gives_a_valid_route_no_later_than_greedy(monkeypatch):
    """On M (below the size where the solve runs it) with the threshold lowered: the route the search
    hands to CP-SAT is a complete, valid one, its routes are streamed, and the plan is no later than greedy."""
    cs, learner = generate("M", 2)
    ran: list[int] = []
    first = lns.first

    def spy(*args, **kwargs):
        ran.append(len(args[0].candidates))
        return first(*args, **kwargs)

    monkeypatch.setattr(lns, "FROM", 1)
    monkeypatch.setattr(lns, "first", spy)
    streamed: list[int] = []
    plan = Solver(cs, learner, time_limit=10, explain=False).solve(
        on_plan=lambda p: streamed.append(p.totals.finish_week) if p.totals else None)
    assert ran, "the search did not run"
    # the routes it finds are shown as they come: each streamed route finishes no later than the one before
    assert streamed and streamed == sorted(streamed, reverse=True) and streamed[-1] >= plan.totals.finish_week
    assert plan.totals is not None and not validate_plan(cs, learner, plan)
    assert plan.totals.finish_week <= greedy_plan(cs, learner).totals.finish_week


def test_only_a_new_route_on_a_cohort_catalogue_of_l_size_gets_it():
    cs, learner = generate("L", 0)
    inst = build_instance(cs, learner)
    assert lns.FROM <= len(inst.candidates) <= lns.UPTO
    assert lns.applies(inst, replanning=False)
    assert not lns.applies(inst, replanning=True)
    cs, learner = generate("T", 0)  # term-based, credit rules: not measured, not run
    assert not lns.applies(build_instance(cs, learner), replanning=False)


def test_the_modules_ending_in_the_finish_week_are_always_freed():
    cs, learner = generate("M", 1)
    inst = build_instance(cs, learner)
    plan = greedy_plan(cs, learner)
    route = {it.module: (it.start_week, it.end_week) for it in plan.items}
    last = max(end for _, end in route.values())
    for seed in range(20):
        free = lns.neighbourhood(inst, route, last, {}, {}, random.Random(seed))
        assert {m for m, (_, end) in route.items() if end >= last} <= free


def test_a_stop_during_the_search_ends_the_solve_promptly(monkeypatch):
    """Cancel (Solver.stop) reaches the neighbourhoods' own CP-SAT runs, not only CP-SAT's phases."""
    import time

    from planner.plan import Status

    cs, learner = generate("M", 3)
    monkeypatch.setattr(lns, "FROM", 1)
    monkeypatch.setattr(lns, "STEP", 1e6)  # one neighbourhood would otherwise run for the whole share
    solver = Solver(cs, learner, time_limit=120, explain=False)
    started = threading.Event()
    first = lns.first

    def spy(*args, **kwargs):
        started.set()
        return first(*args, **kwargs)

    monkeypatch.setattr(lns, "first", spy)
    threading.Thread(target=lambda: started.wait(60) and (time.sleep(0.5), solver.stop()), daemon=True).start()
    t0 = time.perf_counter()
    plan = solver.solve()
    assert started.is_set(), "the search did not run"
    assert time.perf_counter() - t0 < 30  # the search's share alone is some 40 s
    assert plan.status == Status.STOPPED and plan.items and not validate_plan(cs, learner, plan)


def test_a_route_at_the_bound_is_not_searched_around():
    """The route already ends at the bound (nothing earlier exists): the search hands it back at once."""
    from planner.solver.model import build_model

    cs, learner = generate("M", 1)
    inst = build_instance(cs, learner)
    model, v, _ = build_model(inst)
    assert v.finish is not None
    known = {v.finish.index: 130}
    assert lns.first(inst, model, v, known, 60.0, 1, threading.Event(), bound=130) is known
