"""Set-up that grows with the catalogue, not with its square; limits that hold while building.

The work is counted in operations (how often a pool is matched against a module), not timed: the
figures in seconds are the benchmark's (``python -m bench``)."""

from __future__ import annotations

import time
from typing import Any

import pytest

from planner.graph import reachable
from planner.models import Pool
from tests.factory import catalogue, catset, cohort, module


def _broad_pool(n: int) -> Any:
    """``n`` level-1 modules without prerequisites, and ``n`` modules that each need 12 EC of level 1."""
    mods: list[dict[str, Any]] = []
    offs: list[dict[str, Any]] = []
    for k in range(n):
        first = module(f"a{k}", [f"oa{k}"], ec=5)
        first["tags"] = ["level-1"]
        second = module(f"b{k}", [f"ob{k}"], ec=5, requires={"credits": 10, "from": {"tag": "level-1"}})
        mods += [first, second]
        offs += [cohort(f"a{k}-c", f"a{k}", 10, 15, [0, 17]), cohort(f"b{k}-c", f"b{k}", 10, 15, [17, 34, 51, 68, 85, 102])]
    outcomes = [f"oa{k}" for k in range(n)] + [f"ob{k}" for k in range(n)]
    return catset(catalogue(outcomes, mods, offs, cid="u"))


@pytest.fixture
def matches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the calls of :meth:`Pool.matches`."""
    calls = [0]
    original = Pool.matches

    def counted(self: Pool, m: Any) -> bool:
        calls[0] += 1
        return original(self, m)

    monkeypatch.setattr(Pool, "matches", counted)
    return calls


def test_reachable_counts_a_broad_pool_once_per_module_not_once_per_pair(matches: list[int]) -> None:
    # 400 modules need 12 EC of a 400-module pool: counting the pool again for each of them matched
    # 400 × 800 = 320,000 pairs; a running sum per threshold matches each module a few times
    cs = _broad_pool(400)
    have, usable = reachable(cs, sorted(cs.modules), set())
    assert len(usable) == 800 and "u:ob399" in have
    assert matches[0] <= 5 * 800


def test_the_greedy_route_and_its_bounds_match_a_broad_pool_a_linear_number_of_times(matches: list[int]) -> None:
    # every candidate asked whether its threshold's pool can add up, summing the whole pool each
    # time (the greedy route, the chain bound): quadratic, and > 50 minutes on a university's rules
    from planner.solver.bound import lower_bound
    from planner.solver.greedy import greedy_plan
    from planner.solver.instance import build_instance
    from tests.factory import learner

    cs = _broad_pool(300)
    lrn = learner(outcomes=[f"u:ob{k}" for k in range(0, 300, 30)], hoursPerWeek=40)
    inst = build_instance(cs, lrn)
    assert len(inst.by_module) == 310  # the ten modules and the whole pool
    plan = greedy_plan(cs, lrn, inst)
    assert plan.totals is not None and plan.totals.finish_week == 95  # two level-1 modules, then two others a term
    assert lower_bound(inst) == 27
    assert matches[0] <= 20 * 600


def test_every_step_of_the_set_up_stops_when_the_clock_has_run_out() -> None:
    from planner.solver.bound import tighten
    from planner.solver.greedy import greedy_plan
    from planner.solver.instance import OutOfTime, build_instance
    from planner.solver.model import build_model
    from tests.factory import learner

    cs = _broad_pool(20)
    lrn = learner(outcomes=["u:ob0", "u:ob1"], hoursPerWeek=40)
    past = time.perf_counter() - 1
    with pytest.raises(OutOfTime):
        build_instance(cs, lrn, deadline=past)
    inst = build_instance(cs, lrn)
    for step in (lambda: greedy_plan(cs, lrn, inst, deadline=past), lambda: build_model(inst, deadline=past),
                 lambda: tighten(build_instance(cs, lrn), deadline=past)):
        with pytest.raises(OutOfTime):
            step()


def test_out_of_time_while_building_the_model_answers_with_the_best_list_schedule(monkeypatch: pytest.MonkeyPatch) -> None:
    import planner.solver.core as core
    from planner.messages import render
    from planner.plan import Status
    from planner.solver.instance import OutOfTime
    from planner.validate import validate_plan
    from tests.factory import learner

    def late(*args: Any, **kwargs: Any) -> Any:
        raise OutOfTime

    cs = _broad_pool(20)
    lrn = learner(outcomes=["u:ob0", "u:ob1"], hoursPerWeek=40)
    monkeypatch.setattr(core, "build_model", late)
    plan = core.Solver(cs, lrn, time_limit=10).solve()
    # the list schedule's route (it meets the chain bound, so it is proven the earliest)
    assert plan.status == Status.OPTIMAL and plan.totals is not None and plan.totals.finish_week == 27
    assert validate_plan(cs, lrn, plan) == []
    monkeypatch.setattr(core, "build_instance", late)
    nothing = core.Solver(cs, lrn, time_limit=10).solve()
    assert nothing.status == Status.UNKNOWN and not nothing.items
    assert "no route found" in render(nothing.messages[0])


def test_a_broad_pool_is_narrowed_to_what_a_route_needs_and_the_best_fillers() -> None:
    from planner.solver.fillers import restrict_fillers
    from planner.solver.instance import build_instance
    from tests.factory import learner

    cs = _broad_pool(300)
    lrn = learner(outcomes=["u:ob0", "u:ob1"], hoursPerWeek=40)
    inst = build_instance(cs, lrn)
    assert len(inst.by_module) == 302  # every level-1 module counts towards the threshold
    narrow = restrict_fillers(inst, {"u:a299"}, min_candidates=0)
    assert narrow is not None
    # the two modules of the goal, twice the two fillers 12 EC need, and the one kept by the caller
    assert set(narrow.by_module) == {"u:b0", "u:b1", "u:a0", "u:a1", "u:a10", "u:a100", "u:a299"}


def test_a_narrowed_model_claims_nothing_from_its_own_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    import planner.solver.core as core
    from planner.plan import Status
    from planner.solver.fillers import restrict_fillers
    from planner.validate import validate_plan
    from tests.factory import learner

    narrowed: list[int] = []

    def narrow(inst: Any, keep: set[str]) -> Any:
        out = restrict_fillers(inst, keep, min_candidates=0)
        narrowed.append(len(out.candidates))
        return out

    monkeypatch.setattr(core, "MIN_CANDIDATES", 0)
    monkeypatch.setattr(core, "restrict_fillers", narrow)
    cs = _broad_pool(300)
    lrn = learner(outcomes=["u:ob0", "u:ob1", "u:ob2"], hoursPerWeek=20)  # one module at a time
    # week 78 is the earliest, but only bounds of the whole instance may prove it: CP-SAT's bound on the
    # narrowed model knows nothing of the fillers left out. Without the slot count (below) the quick
    # bounds of the whole instance reach week 44 (10 EC of level 1 need two a-modules ended, one per
    # start week at 20 h: week 27, so a b-module starts in week 34 at the earliest)
    whole: list[int] = []

    def slots(inst: Any, lb: int, upper: int, share: float, workers: int) -> tuple[int, None]:
        whole.append(len(inst.candidates))
        return lb, None

    monkeypatch.setattr(core, "fixed_start_bound", slots)
    plan = core.Solver(cs, lrn, time_limit=10).solve()
    assert narrowed and plan.totals is not None and validate_plan(cs, lrn, plan) == []
    assert plan.totals.finish_week == 78
    assert plan.bound == 44 and plan.status == Status.FEASIBLE
    assert whole and min(whole) > max(narrowed)  # the slot count is asked of the whole instance only
    # the slot count, on the whole instance (one module at a time), proves week 78
    monkeypatch.undo()
    monkeypatch.setattr(core, "MIN_CANDIDATES", 0)
    monkeypatch.setattr(core, "restrict_fillers", narrow)
    plan = core.Solver(cs, lrn, time_limit=10).solve()
    assert plan.totals is not None and plan.totals.finish_week == 78 and plan.status == Status.OPTIMAL


def test_check_counts_a_broad_pool_once_per_distinct_threshold(matches: list[int], tmp_path: Any) -> None:
    # the checker's "which modules can ever start" summed the pool again for every module with a
    # threshold: 37 s of a 3,000-module check with a university's rules
    from planner.check import check_files

    cat = _broad_pool(300).catalogues[0]
    # the modules with a threshold first: a search for any member of the pool passes all of them
    cat = cat.model_copy(update={"modules": sorted(cat.modules, key=lambda m: m.id.startswith("a"))})
    path = tmp_path / "u.json"
    path.write_text(cat.model_dump_json(by_alias=True, exclude_none=True), encoding="utf-8")
    result = check_files([path])
    assert not [d for d in result.diagnostics if d.is_error]
    assert matches[0] <= 10 * 600
