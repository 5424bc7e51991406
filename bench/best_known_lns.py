"""A second way to find best known routes (``python -m bench.best_known --method lns``): a
large-neighbourhood search of our own around the route's last weeks, then CP-SAT from its result.

Each step frees the modules that end in the finish week (all of them: the finish only moves when every
one of them ends earlier), their prerequisites back through the route to a random depth, a few modules
that run in the weeks before them (they compete for the learner's hours) and every module outside the
route that gives what a freed one gives; the choice of every other candidate is fixed (assumptions), the
finish must be a week earlier than the best so far, and CP-SAT gets a short, deterministic budget.
This is a search CP-SAT's own neighbourhoods do not make (they pick variables, weeks or constraints at
random or by the graph, not by the prerequisite chain of what ends last), so a route it finds is
evidence from outside the product's solve. Not used by the product: measured in docs/solver.md
("Issue 25, seventh session"), it bought nothing within the 10 s solve.
"""

from __future__ import annotations

import random
import time
from typing import Any

from ortools.sat.python import cp_model

from planner.requirements import requirement_outcomes
from planner.solver import Solver
from planner.solver.core import PhaseResult
from planner.solver.instance import Instance
from planner.solver.model import Vars


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
            step: float = 0.4, seed: int = 7, deadline: float | None = None) -> tuple[dict[int, int], list[tuple[int, str, int | None]]]:
    """The best values found by ``budget`` units of CP-SAT's deterministic time spent on neighbourhoods
    (``step`` per neighbourhood), starting from the complete solution ``values``, and stopped at
    ``deadline`` (``time.perf_counter()``) on a loaded machine; and a log per step (modules freed,
    CP-SAT's status, the finish found)."""
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
    log: list[tuple[int, str, int | None]] = []
    while budget > 0.01 and (deadline is None or time.perf_counter() < deadline):
        route = {m: (values[v.S[m].index], values[v.E[m].index]) for m, y in v.y.items() if values[y.index]}
        free = neighbourhood(inst, route, best, needs, gives, rng)
        lns.clear_assumptions()
        lns.add_assumptions([xs[c.index] if values[v.x[c.index].index] else xs[c.index].Not()
                             for c in inst.candidates if c.module not in free])
        lns.clear_hints()
        lns.proto.solution_hint.vars.extend(list(values))
        lns.proto.solution_hint.values.extend(list(values.values()))
        solver = cp_model.CpSolver()
        solver.parameters.max_deterministic_time = max(0.01, min(step, budget))
        if deadline is not None:
            solver.parameters.max_time_in_seconds = max(0.01, deadline - time.perf_counter())
        solver.parameters.num_workers = 1
        solver.parameters.catch_sigint_signal = False
        status = solver.solve(lns)
        budget -= max(solver.deterministic_time, 0.01)
        found = int(solver.value(finish_var)) if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None
        log.append((len(free), solver.status_name(status), found))
        if found is not None and found < best:
            values = {i: int(solver.value(lns.get_int_var_from_proto_index(i))) for i in range(len(model.proto.variables))}
            best = found
            lns.add(finish_var <= best - 1)  # (a constraint's bounds cannot be changed in place through .proto)
    return values, log


class LnsSolver(Solver):
    """The product's solve with :func:`improve` run on the first phase's starting route, for ``budget``
    deterministic units and at most ``share`` of the phase's time, before CP-SAT searches from its result."""

    def __init__(self, *args: Any, budget: float = 10.0, share: float = 0.5, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.budget, self.share = budget, share
        self.log: list[tuple[int, str, int | None]] = []
        self.lns_seconds = 0.0
        self._done = False

    def _run(self, model: cp_model.CpModel, v: Vars, seconds: float, emit: Any, workers: int,
             interval: float = 0.15, later: bool = False) -> PhaseResult:
        hint = dict(zip(model.proto.solution_hint.vars, model.proto.solution_hint.values, strict=True))
        first = emit is not None and interval == 0.0 and not later and not self._done and self.previous is None
        if not first or len(hint) < len(model.proto.variables) or self.instance is None:
            return super()._run(model, v, seconds, emit, workers, interval, later)
        self._done = True
        t = time.perf_counter()
        values, self.log = improve(self.instance, model, v, hint, self.budget, deadline=t + self.share * seconds)
        self.lns_seconds = time.perf_counter() - t
        model.clear_hints()
        model.proto.solution_hint.vars.extend(list(values))
        model.proto.solution_hint.values.extend(list(values.values()))
        res = super()._run(model, v, max(0.05, seconds - self.lns_seconds), emit, workers, interval, later)
        assert v.finish is not None
        if res.values is None or (res.objective is not None and res.objective > values[v.finish.index]):
            return PhaseResult(cp_model.FEASIBLE, values, values[v.finish.index], res.bound)
        return res
