"""bench.best_known keeps the best finish and the best bound of every long run, with how each was found."""

from __future__ import annotations

import json

import pytest

from bench import best_known


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "best_known.json"
    monkeypatch.setattr(best_known, "PATH", path)
    return path


def test_a_later_finish_never_replaces_an_earlier_one_but_its_bound_is_kept(store):
    assert best_known.record("M", 2, 115, False, 60, "run A", bound=103)
    assert not best_known.record("M", 2, 119, False, 180, "run B", bound=105)
    entry = json.loads(store.read_text())["M"]["2"]
    assert entry["finish"] == 115 and entry["how"] == "run A"
    assert entry["bound"] == 105 and entry["bound_how"] == "run B" and not entry["proven"]


def test_an_earlier_finish_replaces_and_a_bound_that_meets_it_proves_it(store):
    best_known.record("M", 3, 127, False, 60, "run A", bound=107)
    assert best_known.record("M", 3, 122, False, 180, "run B", bound=110)
    entry = json.loads(store.read_text())["M"]["3"]
    assert (entry["finish"], entry["bound"], entry["proven"], entry["how"]) == (122, 110, False, "run B")
    best_known.record("M", 3, 125, False, 60, "run C", bound=122)
    entry = json.loads(store.read_text())["M"]["3"]
    assert (entry["finish"], entry["bound"], entry["proven"]) == (122, 122, True)


def test_a_run_that_finds_the_same_finish_is_named_beside_the_first(store):
    best_known.record("L", 0, 284, False, 60, "run A")
    assert not best_known.record("L", 0, 284, False, 180, "run B")
    assert not best_known.record("L", 0, 284, False, 180, "run B")
    entry = json.loads(store.read_text())["L"]["0"]
    assert entry["how"] == "run A" and entry["also"] == ["run B"]


def test_the_neighbourhood_search_only_ever_improves_and_its_route_is_valid():
    """--method lns: every route the neighbourhoods find finishes earlier than the one before, and
    the run's answer passes the validator (the search fixes choices by assumptions, nothing else)."""
    from bench.best_known_lns import LnsSolver
    from bench.generator import generate
    from planner.solver.greedy import greedy_plan
    from planner.solver.lns import neighbourhood
    from planner.validate import validate_plan

    cs, learner = generate("M", 2)
    solver = LnsSolver(cs, learner, time_limit=10, explain=False, phases=1, budget=1.0)
    plan = solver.solve()
    assert plan.totals is not None and not validate_plan(cs, learner, plan)
    assert plan.totals.finish_week <= greedy_plan(cs, learner).totals.finish_week
    found = [f for _, _, f in solver.log if f is not None]
    assert solver.log and found == sorted(found, reverse=True) and len(set(found)) == len(found)
    # the modules that end in the finish week are always freed (else the finish cannot move)
    import random

    inst = solver.instance
    route = {it.module: (it.start_week, it.end_week) for it in plan.items}
    last = plan.totals.finish_week
    free = neighbourhood(inst, route, last, {}, {}, random.Random(1))
    assert {m for m, (_, end) in route.items() if end >= last} <= free


def test_an_earlier_finish_keeps_how_the_larger_bound_before_it_was_found(store):
    """A new best finish from a run with a weaker bound keeps the bound and its provenance (it lost
    'bound_how' when L seeds 0 and 3 got better routes from the neighbourhood search)."""
    best_known.record("L", 3, 222, False, 180, "8 workers", bound=190)
    assert best_known.record("L", 3, 220, False, 120, "lns", bound=185)
    entry = json.loads(store.read_text())["L"]["3"]
    assert (entry["finish"], entry["how"], entry["bound"], entry["bound_how"]) == (220, "lns", 190, "8 workers")
