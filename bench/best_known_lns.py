"""A second way to find best known routes (``python -m bench.best_known --method lns``): the
large-neighbourhood search around the route's last weeks (:mod:`planner.solver.lns`) for a long
deterministic budget, then CP-SAT from its result. A search CP-SAT's own neighbourhoods do not make, so
a route it finds is evidence from outside CP-SAT's portfolio (the 10 s solve runs the same search only
briefly, and only on L-sized models).
"""

from __future__ import annotations

import time
from typing import Any

from ortools.sat.python import cp_model

from planner.solver import Solver
from planner.solver.core import PhaseResult
from planner.solver.lns import improve
from planner.solver.model import Vars


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
