"""A large-neighbourhood search around the route's last weeks (issue 25.2).

Each step frees the modules that end in the finish week (all of them: the finish only moves when every
one of them ends earlier), their prerequisites back through the route to a random depth, a few modules
that run in the weeks before them (they compete for the learner's hours) and every module outside the
route that gives what a freed one gives; the choice of every other candidate is fixed (assumptions on
one clone of the model), the finish must be a week earlier than the best so far, and CP-SAT gets a
short, deterministic budget. CP-SAT's own neighbourhoods pick variables, weeks or constraints at random
or by the constraint graph, not by the prerequisite chain of what ends last.

Used by ``bench.best_known --method lns`` (a second way to find best known routes) and by the solve on
models of :data:`FROM` to :data:`UPTO` candidates (L), where it was measured (docs/solver.md, "Issue
25, seventh session").
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

from ortools.sat.python import cp_model

from planner.requirements import requirement_outcomes
from planner.solver.instance import Instance
from planner.solver.model import Vars
from planner.solver.terms import term_based

#: The solve runs the search first on models of this many candidates (after pruning) …
FROM = 1500
#: … up to this many (larger ones were not measured).
UPTO = 5000
#: Share of the first phase's time it takes there.
SHARE = 0.4
#: CP-SAT's deterministic time per neighbourhood.
STEP = 0.4

Log = list[tuple[int, str, int | None]]


def neighbourhood(inst: Instance, route: dict[str, tuple[int, int]], finish: int, needs: dict[str, set[str]],
                  gives: dict[str, set[str]], rng: random.Random) -> set[str]:
    """Modules to free around the ones that end at ``finish`` (``route``: module → (start, end))."""
    free = {m for m, (_, end) in route.items() if end >= finish}
    frontier = set(free)
    for _ in range(rng.randint(1, 4)):  # their prerequisites, back through the route
        before = set()
        for m in frontier:
            for o in needs.get(m, ()):
                givers = [g for g in inst.certifiers.get(o, []) if g in route]
                if givers:
                    before.add(min(givers, key=lambda g: route[g][1]))
        frontier = before - free
        free |= frontier
    since = min(route[m][0] for m in free) - rng.randint(0, 20)
    rivals = sorted(m for m, (_, end) in route.items() if m not in free and end > since)
    rng.shuffle(rivals)
    free |= set(rivals[: rng.randint(2, 10)])
    outcomes = set().union(*(gives.get(m, set()) for m in free))
    return free | {g for o in outcomes for g in inst.certifiers.get(o, []) if g not in route}


def improve(inst: Instance, model: cp_model.CpModel, v: Vars, values: dict[int, int], budget: float,
            deadline: float | None = None, workers: int = 1, stop: threading.Event | None = None,
            seed: int = 7, found_one: Callable[[dict[int, int]], None] | None = None) -> tuple[dict[int, int], Log]:
    """The best values found by ``budget`` units of CP-SAT's deterministic time spent on neighbourhoods,
    starting from the complete solution ``values``, and stopped at ``deadline`` (``time.perf_counter()``)
    or by ``stop``; and a log per neighbourhood (modules freed, CP-SAT's status, the finish found).
    ``found_one`` gets each better solution as it is found."""
    assert v.finish is not None
    rng = random.Random(seed)
    gives: dict[str, set[str]] = {}
    for o, ms in inst.certifiers.items():
        for m in ms:
            gives.setdefault(m, set()).add(o)
    needs = {m: {inst.canon(o) for o in requirement_outcomes(inst.modules[m].requires)} for m in inst.by_module}
    lns = model.clone()
    finish_var = lns.get_int_var_from_proto_index(v.finish.index)
    lns.minimize(finish_var)
    xs = {c.index: lns.get_bool_var_from_proto_index(v.x[c.index].index) for c in inst.candidates}
    best = values[v.finish.index]
    lns.add(finish_var <= best - 1)
    log: Log = []
    while budget > 0.01 and (deadline is None or time.perf_counter() < deadline) and not (stop and stop.is_set()):
        route = {m: (values[v.S[m].index], values[v.E[m].index]) for m, y in v.y.items() if values[y.index]}
        if not route:
            break
        free = neighbourhood(inst, route, best, needs, gives, rng)
        lns.clear_assumptions()
        lns.add_assumptions([xs[c.index] if values[v.x[c.index].index] else xs[c.index].Not()
                             for c in inst.candidates if c.module not in free])
        lns.clear_hints()
        lns.proto.solution_hint.vars.extend(list(values))
        lns.proto.solution_hint.values.extend(list(values.values()))
        solver = cp_model.CpSolver()
        solver.parameters.max_deterministic_time = max(0.01, min(STEP, budget))
        if deadline is not None:
            solver.parameters.max_time_in_seconds = max(0.01, deadline - time.perf_counter())
        solver.parameters.num_workers = workers
        solver.parameters.catch_sigint_signal = False
        status = _solve(solver, lns, stop)
        budget -= max(solver.deterministic_time, 0.01)
        found = int(solver.value(finish_var)) if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None
        log.append((len(free), solver.status_name(status), found))
        if found is not None and found < best:
            values = {i: int(solver.value(lns.get_int_var_from_proto_index(i))) for i in range(len(model.proto.variables))}
            best = found
            lns.add(finish_var <= best - 1)  # (a constraint's bounds cannot be changed in place through .proto)
            if found_one is not None:
                found_one(values)
    return values, log


def _solve(solver: cp_model.CpSolver, model: cp_model.CpModel, stop: threading.Event | None) -> Any:
    """``solver.solve(model)``, ended as soon as ``stop`` is set (the learner's Cancel, Ctrl-C)."""
    if stop is None:
        return solver.solve(model)
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.05):
            if stop.is_set():
                solver.stop_search()
                return

    threading.Thread(target=watch, name="lns-stop-watch", daemon=True).start()
    try:
        return solver.solve(model)
    finally:
        done.set()


def applies(inst: Instance, replanning: bool) -> bool:
    """Whether the solve runs the search first: a new route on a model of L's size and kind (cohorts and
    self-paced offerings without credit rules; a term-based or broad-pool catalogue was not measured)."""
    return (not replanning and FROM <= len(inst.candidates) <= UPTO and not term_based(inst)
            and not inst.counted_modules)


class Solution:
    """Values in the shape of a CP-SAT solution callback (``value(expr)``), to stream a route found here."""

    def __init__(self, values: dict[int, int]) -> None:
        self.values = values

    def value(self, expr: Any) -> int:
        return int(expr) if isinstance(expr, int) else self.values[expr.index]


def first(inst: Instance, model: cp_model.CpModel, v: Vars, known: dict[int, int], seconds: float, workers: int,
          stop: threading.Event, emit: Callable[[Any], None] | None = None, bound: int = 0) -> dict[int, int]:
    """The solve's use: :func:`improve` for ``seconds`` from the known route, whose result becomes the model's
    hint; ``emit`` (the solve's streaming) gets each better route. Nothing when the route ends at ``bound``."""
    assert v.finish is not None
    if known[v.finish.index] <= bound:
        return known
    values, _ = improve(inst, model, v, known, budget=1e9, deadline=time.perf_counter() + seconds, workers=workers, stop=stop,
                        found_one=None if emit is None else lambda found: emit(Solution(found)))
    if values is not known:
        model.clear_hints()
        model.proto.solution_hint.vars.extend(list(values))
        model.proto.solution_hint.values.extend(list(values.values()))
    return values
