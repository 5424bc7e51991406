"""A time-indexed MIP of the same routing problem, solved with HiGHS (``highspy``), for comparison.

Same pruned instance as the CP-SAT solver (:func:`planner.solver.instance.build_instance`), so the
same candidates (offerings the learner can take, with their cohort starts or entry ranges). The
model:

- ``x[c, t]`` binary: candidate ``c`` starts in week ``t`` (one ``t`` for a cohort, every week of
  the entry range for a self-paced offering, as long as it ends by the horizon);
- ``y[m] = Σ x`` ≤ 1 per module; start ``S[m] = Σ t·x`` and end ``E[m] = Σ (t + weeks)·x``;
- per outcome: ``g[o]`` gained, ``T[o]`` week gained, ``p[o, m]`` "gained from certifier m" with
  ``T[o] ≥ E[m] − M(1 − p[o, m])``; proven outcomes are given;
- prerequisites as a literal per node of the requirement tree (all: each child; any: one child);
  a leaf ``o`` of module ``m`` holds only if ``g[o]`` and ``S[m] ≥ T[o] − M(1 − leaf)``; the root
  holds when ``y[m]``;
- capacity: per week, Σ hours of the candidates running that week ≤ capacity;
- session clashes: per weekday and per session start time, the offerings whose session covers
  that moment form a clique: per week at most one of them runs;
- goal: required outcomes gained, choice groups n of; hard milestones; pins; budget;
- ``F ≥ E[m]``, ``F ≥`` the lower bound; minimise ``F``.

The horizon is the learner's deadline or the greedy route's finish (any better route ends before),
which keeps the time index short.

The format 1.1 rules (credit thresholds, corequisites, choices in EC or of a pool) are not modelled:
a threshold holds and a corequisite counts as a prerequisite (the benchmark catalogues use neither).
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import highspy
import numpy as np

from planner.catalog import CatalogueSet
from planner.models import Learner, Requirement
from planner.plan import Plan, Status
from planner.requirements import fold, requirement_outcomes
from planner.solver.bound import lower_bound
from planner.solver.build import build_plan
from planner.solver.greedy import _fake_vars, _value
from planner.solver.instance import Candidate, Instance, build_instance, scaled


@dataclass
class MipResult:
    """What the MIP found within its time budget."""

    finish: int | None
    seconds: float  # total wall time, building included
    build_seconds: float
    status: str
    optimal: bool
    bound: float | None
    first_seconds: float | None = None  # first improving solution
    best_seconds: float | None = None  # the solution it ended with
    variables: int = 0
    rows: int = 0
    nonzeros: int = 0
    plan: Plan | None = None
    improving: list[tuple[float, float]] = field(default_factory=list)


class _Rows:
    """Rows in compressed form, added to HiGHS at once."""

    def __init__(self) -> None:
        self.lower: list[float] = []
        self.upper: list[float] = []
        self.starts: list[int] = []
        self.index: list[int] = []
        self.value: list[float] = []

    def add(self, terms: list[tuple[int, float]], lo: float, hi: float) -> None:
        self.starts.append(len(self.index))
        for i, v in terms:
            self.index.append(i)
            self.value.append(v)
        self.lower.append(lo)
        self.upper.append(hi)


class MipModel:
    """The time-indexed model of one instance."""

    def __init__(self, inst: Instance, horizon: int, lb: int) -> None:
        self.inst = inst
        self.H = horizon
        self.M = float(horizon + 1)
        self.col_lo: list[float] = []
        self.col_hi: list[float] = []
        self.col_int: list[int] = []
        self.cost: list[float] = []
        self.rows = _Rows()
        self.x: list[tuple[Candidate, int, int]] = []  # (candidate, start, column)
        self.by_module: dict[str, list[tuple[int, int, int]]] = {}  # module -> (column, start, weeks)
        self.y: dict[str, int] = {}
        self.g: dict[str, int | bool] = {}
        self.T: dict[str, int] = {}
        self.F = self.var(float(min(lb, horizon)), float(horizon), integer=False, cost=1.0)
        self.infeasible = False
        self.build()

    def var(self, lo: float, hi: float, integer: bool = True, cost: float = 0.0) -> int:
        self.col_lo.append(lo)
        self.col_hi.append(hi)
        self.col_int.append(1 if integer else 0)
        self.cost.append(cost)
        return len(self.col_lo) - 1

    # ------------------------------------------------------------------ families
    def build(self) -> None:
        inst = self.inst
        for c in inst.candidates:
            for t in range(c.earliest, min(c.latest, self.H - c.weeks) + 1):
                col = self.var(0, 1)
                self.x.append((c, t, col))
                self.by_module.setdefault(c.module, []).append((col, t, c.weeks))
        for mid, cols in self.by_module.items():
            y = self.var(0, 1)
            self.y[mid] = y
            self.rows.add([(col, 1.0) for col, _, _ in cols] + [(y, -1.0)], 0, 0)
            # F ≥ E[m]
            self.rows.add([(self.F, 1.0)] + [(col, -float(t + w)) for col, t, w in cols], 0, highspy.kHighsInf)
        self.outcomes()
        self.prerequisites()
        self.goal()
        self.capacity()
        self.clashes()
        self.budget_and_pins()

    def E(self, mid: str) -> list[tuple[int, float]]:
        return [(col, float(t + w)) for col, t, w in self.by_module[mid]]

    def S(self, mid: str) -> list[tuple[int, float]]:
        return [(col, float(t)) for col, t, _ in self.by_module[mid]]

    def outcomes(self) -> None:
        inst = self.inst
        wanted = set(inst.needed)
        for mid in self.by_module:
            m = inst.modules[mid]
            wanted |= {inst.canon(o) for o in m.certifies}
            wanted |= {inst.canon(o) for o in requirement_outcomes(m.requires)}
        for _, ms in inst.milestones:
            wanted |= {inst.canon(o) for o in ms.outcomes}
        for o in sorted(wanted):
            if o in inst.proven:
                self.g[o] = True
                continue
            certs = [m for m in inst.certifiers.get(o, []) if m in self.by_module]
            if not certs:
                self.g[o] = False
                continue
            g = self.var(0, 1)
            T = self.var(0, self.M, integer=False)
            picks = []
            for mid in certs:
                p = self.var(0, 1)
                picks.append(p)
                self.rows.add([(p, 1.0), (self.y[mid], -1.0)], -highspy.kHighsInf, 0)  # p ≤ y
                # T ≥ E[m] − M(1 − p)
                self.rows.add([(T, 1.0), (p, -self.M)] + [(c, -v) for c, v in self.E(mid)], -self.M, highspy.kHighsInf)
            self.rows.add([(p, 1.0) for p in picks] + [(g, -1.0)], 0, 0)
            self.g[o], self.T[o] = g, T

    def _literal(self, mid: str, req: Requirement) -> int | bool:
        """A column that may be 1 only if ``req`` holds when module ``mid`` starts (or a constant)."""
        def leaf(outcome: str) -> int | bool:
            o = self.inst.canon(outcome)
            g = self.g.get(o, False)
            if g is True or g is False:
                return g
            r = self.var(0, 1)
            self.rows.add([(r, 1.0), (g, -1.0)], -highspy.kHighsInf, 0)
            # S[m] ≥ T[o] − M(1 − r)
            self.rows.add(self.S(mid) + [(self.T[o], -1.0), (r, -self.M)], -self.M, highspy.kHighsInf)
            return r

        def all_of(children: list[int | bool]) -> int | bool:
            if any(c is False for c in children):
                return False
            cols = [c for c in children if c is not True]
            if not cols:
                return True
            r = self.var(0, 1)
            for c in cols:
                self.rows.add([(r, 1.0), (int(c), -1.0)], -highspy.kHighsInf, 0)
            return r

        def any_of(children: list[int | bool]) -> int | bool:
            if any(c is True for c in children):
                return True
            cols = [c for c in children if c is not False]
            if not cols:
                return False
            r = self.var(0, 1)
            self.rows.add([(r, 1.0)] + [(int(c), -1.0) for c in cols], -highspy.kHighsInf, 0)
            return r

        return fold(req, leaf, all_of, any_of)

    def prerequisites(self) -> None:
        for mid in self.by_module:
            req = self.inst.modules[mid].requires
            if req is None:
                continue
            lit = self._literal(mid, req)
            if lit is False:
                self.rows.add([(self.y[mid], 1.0)], 0, 0)
            elif lit is not True:
                self.rows.add([(int(lit), 1.0), (self.y[mid], -1.0)], 0, highspy.kHighsInf)

    def goal(self) -> None:
        inst = self.inst
        for o in sorted({inst.canon(x) for x in inst.required} - inst.proven):
            g = self.g.get(o, False)
            if g is False:
                self.infeasible = True
            elif g is not True:
                self.rows.add([(g, 1.0)], 1, 1)
        for group in inst.choices:
            opts = sorted({inst.canon(x) for x in group.of})
            have = sum(1 for o in opts if o in inst.proven)
            cols = [self.g[o] for o in opts if o not in inst.proven and self.g.get(o, False) is not False]
            if have >= group.outcome_n:  # groups in EC or of a pool (format 1.1) are not modelled here
                continue
            if have + len(cols) < group.outcome_n:
                self.infeasible = True
                continue
            self.rows.add([(int(c), 1.0) for c in cols], group.outcome_n - have, highspy.kHighsInf)
        for mid, ms in inst.milestones:
            if mid not in inst.hard_milestones:
                continue
            for o in {inst.canon(x) for x in ms.outcomes} - inst.proven:
                g = self.g.get(o, False)
                if g is False:
                    self.infeasible = True
                    continue
                self.rows.add([(int(g), 1.0)], 1, 1)
                self.rows.add([(self.T[o], 1.0)], -highspy.kHighsInf, ms.weeks)

    def capacity(self) -> None:
        weeks: list[list[tuple[int, float]]] = [[] for _ in range(self.H)]
        for c, t, col in self.x:
            d = float(scaled(c.offering.hours_per_week))
            for w in range(t, t + c.weeks):
                weeks[w].append((col, d))
        for w, terms in enumerate(weeks):
            cap = self.inst.capacity[w]
            if terms and sum(v for _, v in terms) > cap:
                self.rows.add(terms, -highspy.kHighsInf, cap)

    def clashes(self) -> None:
        # cliques of the interval graph of sessions, per weekday: sessions covering a start time
        by_day: dict[str, list[tuple[int, int, Candidate]]] = {}
        for c in self.inst.candidates:
            for s in c.offering.sessions:
                by_day.setdefault(s.day.value, []).append((s.start.hour * 60 + s.start.minute, s.end.hour * 60 + s.end.minute, c))
        cols_of: dict[int, list[tuple[int, int]]] = {}
        for c, t, col in self.x:
            cols_of.setdefault(c.index, []).append((col, t))
        seen: set[tuple[int, ...]] = set()
        for items in by_day.values():
            for point in sorted({a for a, _, _ in items}):
                clique = sorted({c.index: c for a, b, c in items if a <= point < b}.values(), key=lambda c: c.index)
                if len({c.module for c in clique}) < 2:
                    continue
                key = tuple(c.index for c in clique)
                if key in seen:
                    continue
                seen.add(key)
                weeks: dict[int, list[tuple[int, float]]] = {}
                for c in clique:
                    for col, t in cols_of.get(c.index, []):
                        for w in range(t, t + c.weeks):
                            weeks.setdefault(w, []).append((col, 1.0))
                for w in sorted(weeks):
                    if len(weeks[w]) > 1:
                        self.rows.add(weeks[w], -highspy.kHighsInf, 1)

    def budget_and_pins(self) -> None:
        inst = self.inst
        if inst.learner.budget is not None:
            self.rows.add([(col, c.offering.cost) for c, _, col in self.x], -highspy.kHighsInf, inst.learner.budget)
        for mid in sorted(inst.pinned_modules):
            if mid in self.y:
                self.rows.add([(self.y[mid], 1.0)], 1, 1)
            else:
                self.infeasible = True
        for oid in sorted(inst.pinned_offerings):
            cols = [col for c, _, col in self.x if c.offering.id == oid]
            if cols:
                self.rows.add([(col, 1.0) for col in cols], 1, 1)
            else:
                self.infeasible = True
        if inst.unknown_refs:
            self.infeasible = True

    # ------------------------------------------------------------------ HiGHS
    def to_highs(self, time_limit: float, threads: int = 2) -> highspy.Highs:
        h = _quiet_highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("time_limit", max(0.01, time_limit))
        h.setOptionValue("threads", threads)
        h.setOptionValue("random_seed", 1)
        n = len(self.col_lo)
        h.addVars(n, np.array(self.col_lo, dtype=np.float64), np.array(self.col_hi, dtype=np.float64))
        h.changeColsCost(n, np.arange(n, dtype=np.int32), np.array(self.cost, dtype=np.float64))
        h.changeColsIntegrality(n, np.arange(n, dtype=np.int32),
                                np.array([highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
                                          for i in self.col_int]))
        r = self.rows
        h.addRows(len(r.lower), np.array(r.lower, dtype=np.float64), np.array(r.upper, dtype=np.float64),
                  len(r.index), np.array(r.starts, dtype=np.int32), np.array(r.index, dtype=np.int32),
                  np.array(r.value, dtype=np.float64))
        h.changeObjectiveSense(highspy.ObjSense.kMinimize)
        return h


def _quiet_highs() -> highspy.Highs:
    """A HiGHS instance, without the banner it prints on creation."""
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:
        return highspy.Highs()
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            h = highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    return h


def solve_mip(cs: CatalogueSet, learner: Learner, *, time_limit: float = 10.0, horizon: int | None = None,
              threads: int = 2) -> MipResult:
    """Build and solve the MIP within ``time_limit`` seconds (building counts)."""
    t0 = time.perf_counter()
    inst = build_instance(cs, learner)
    H = inst.horizon if horizon is None else min(inst.horizon, horizon)
    lb = lower_bound(inst)
    mm = MipModel(inst, H, lb)
    build = time.perf_counter() - t0
    res = MipResult(finish=None, seconds=build, build_seconds=build, status="not-solved", optimal=False, bound=None,
                    variables=len(mm.col_lo), rows=len(mm.rows.lower), nonzeros=len(mm.rows.index))
    if mm.infeasible or lb > H:
        res.status = "infeasible"
        return res
    remaining = time_limit - build
    if remaining <= 0.05:
        res.status = "time-limit-in-build"
        return res
    h = mm.to_highs(remaining, threads)
    improving: list[tuple[float, float]] = []

    def on_improving(e: Any) -> None:
        try:
            obj = float(e.data_out.objective_function_value)
        except Exception:  # noqa: BLE001 - callback data differs between highspy versions
            obj = float("nan")
        improving.append((time.perf_counter() - t0, obj))

    stop_at = t0 + time_limit

    def on_interrupt(e: Any) -> None:
        # HiGHS checks its own time limit rarely in presolve and the root LP; hold it to the budget
        if time.perf_counter() > stop_at:
            e.data_in.user_interrupt = True

    try:
        h.cbMipImprovingSolution.subscribe(on_improving)
        h.cbSimplexInterrupt.subscribe(on_interrupt)
        h.cbIpmInterrupt.subscribe(on_interrupt)
        h.cbMipInterrupt.subscribe(on_interrupt)
    except Exception:  # noqa: BLE001 - callbacks are optional
        pass
    h.run()
    res.seconds = time.perf_counter() - t0
    status = h.getModelStatus()
    res.status = h.modelStatusToString(status)
    if status == highspy.HighsModelStatus.kInterrupt:
        res.status = "Time limit reached"
    res.optimal = status == highspy.HighsModelStatus.kOptimal
    res.improving = improving
    info = h.getInfo()
    sol = h.getSolution()
    if info.primal_solution_status >= 2 and sol.value_valid:
        values = sol.col_value
        chosen = {c.index: t for c, t, col in mm.x if values[col] > 0.5}
        plan = build_plan(inst, _fake_vars(inst), lambda e: _value(chosen, e),
                          Status.OPTIMAL if res.optimal else Status.FEASIBLE)
        res.plan = plan
        res.finish = plan.totals.finish_week if plan.totals else 0
        res.bound = float(info.mip_dual_bound)
        if improving:
            res.first_seconds = improving[0][0]
            res.best_seconds = next((s for s, v in improving if v <= res.finish + 0.5), improving[-1][0])
        else:
            res.first_seconds = res.best_seconds = res.seconds
    elif status == highspy.HighsModelStatus.kInfeasible:
        res.status = "infeasible"
    return res
