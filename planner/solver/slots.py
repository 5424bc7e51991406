"""A lower bound from counting what fits in each start week: the slot bound.

On a term-based catalogue every course starts in one of a few weeks (the term starts), so a route
that ends by week W has only the start weeks before it to put its courses in. The courses that
start in the same week all run in that week, so their weekly hours fit its capacity. A *dual
feasible function* f turns that into a count: whenever some hours fit a capacity C, their values
under f fit C' (:func:`dual_feasible`; "a course over C − ε hours a week fills the week", "at most two
courses of more than a third of the week", …). So the chosen courses' f-values, summed, are at most
C' times the number of start weeks used — and per window of start weeks, the courses that can only
start inside it fit that window's start weeks.

What the count needs is the fewest f-units any choice of courses can reach the goal with: a small
model of the choices only (goal, choice groups, prerequisites, credit thresholds and corequisites
as logic, no timing) decides that exactly, where the term-indexed relaxation's linear relaxation
lets a threshold be met by fractions of courses. Asked whether everything can end by W, the model
with the rows of every window and every f is infeasible, or not proven so; that is probed upwards
from the bound so far, as in :func:`planner.solver.terms.term_bound`.

Valid for any catalogue (nothing assumes terms, or one capacity): the start weeks are those of the
candidates, capacities may differ by week (each is at most the largest), and a module counts with
the least f-value of its candidates. It is a count of slots, so it only says something where few
start weeks exist; the solve runs it where every start is fixed (:func:`planner.solver.terms.term_based`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ortools.sat.python import cp_model

from planner.graph import pool_members
from planner.models import Credits
from planner.plan import Plan, PlannedModule
from planner.requirements import threshold_key
from planner.solver.bound import release_weeks
from planner.solver.instance import Instance, scaled
from planner.solver.model import CREDIT_SCALE, Lit, requirement_literal
from planner.solver.terms import _Terms, applies, fixed_starts, term_based

#: Dual feasible functions of the family u^(k) used (k = 1 … this).
MAX_K = 3


def dual_feasible(cap: int, hours: set[int]) -> list[tuple[dict[int, int], int]]:
    """Dual feasible functions for a week of ``cap`` (tenths of hours), each as its values on ``hours``
    and its capacity: whenever hours fit ``cap``, their values fit that capacity (Fekete and Schepers).

    - the hours themselves;
    - f_ε for each ε ≤ cap / 2 among the hours: a course of more than cap − ε fills the week (whatever
      shares it is under ε, and counts 0), one of ε … cap − ε counts its hours, one under ε counts 0;
    - u^(k), k = 1 … 3, scaled by k to stay whole: k·h when (k + 1)·h is a multiple of cap, else
      ⌊(k + 1)·h / cap⌋·cap, against k·cap — "at most k courses of more than cap / (k + 1)".

    Those that another covers (as shares of their capacities, everywhere) are left out:

    >>> [(f[80], f[150], room) for f, room in dual_feasible(200, {80, 150})]
    [(200, 400, 400)]
    """
    hs = sorted(h for h in hours if 0 < h <= cap)
    out: list[tuple[dict[int, int], int]] = [({h: h for h in hs}, cap)]
    for eps in [e for e in hs if 2 * e <= cap]:
        out.append(({h: cap if h > cap - eps else h if h >= eps else 0 for h in hs}, cap))
    for k in range(1, MAX_K + 1):
        out.append(({h: k * h if (k + 1) * h % cap == 0 else (k + 1) * h // cap * cap for h in hs}, k * cap))
    # one that another gives at least as much everywhere (as shares of their capacities) adds nothing
    def covers(g: tuple[dict[int, int], int], f: tuple[dict[int, int], int]) -> bool:
        return all(g[0][h] * f[1] >= f[0][h] * g[1] for h in hs)

    kept: list[tuple[dict[int, int], int]] = []
    for i, f in enumerate(out):
        if not any(covers(g, f) and (not covers(f, g) or j < i) for j, g in enumerate(out) if j != i):
            kept.append(f)
    return kept


class _Choices(_Terms):
    """The term model's goal without time, on modules only (``y``; no candidate variables: a
    university's whole handbook may be relevant): a module chosen needs its prerequisites chosen
    (any order), its thresholds met by chosen pool modules and its corequisites chosen. A threshold
    is one sum per distinct pool, shared by every module that has it (that module's own weight added
    to what it needs when it is in the pool itself)."""

    def __init__(self, inst: Instance) -> None:  # noqa: D107 - only y, unlike the term model
        self.inst = inst
        self.m = cp_model.CpModel()
        self.y = {mid: self.m.new_bool_var(f"y[{mid}]") for mid in inst.by_module}
        self.infeasible = False
        self._gained: dict[tuple[str, int], Lit] = {}
        self._sums: dict[object, tuple[cp_model.IntVar, int, dict[str, int]]] = {}

    def gained(self, o: str, week: int) -> Lit:
        if o in self.inst.proven:
            return True
        key = (o, 0)
        if key not in self._gained:
            self._gained[key] = self._or(f"g[{o}]", [self.y[mid] for mid in self.inst.certifiers.get(o, [])])
        return self._gained[key]

    def credits(self, rule: Credits, mid: str, week: int) -> Lit:
        inst = self.inst
        need = int(round((rule.amount - inst.exempt_amount(rule, exclude=mid)) * CREDIT_SCALE))
        if need <= 0:
            return True
        key = threshold_key(rule)
        if key not in self._sums:
            members = pool_members(inst.cs, rule)
            weights = {p: int(round(rule.weight(inst.modules[p]) * CREDIT_SCALE)) for p in sorted(inst.by_module)
                       if p not in inst.exempt and p in members}
            total = sum(weights.values())
            amount = self.m.new_int_var(0, total, f"sum[{len(self._sums)}]")
            self.m.add(cp_model.LinearExpr.weighted_sum([self.y[p] for p in weights], list(weights.values())) == amount)
            self._sums[key] = (amount, total, weights)
        amount, total, weights = self._sums[key]
        own = weights.get(mid, 0)
        if total - own < need:
            return False
        b = self.m.new_bool_var(f"credits[{mid}]")
        self.m.add(amount >= need + own).only_enforce_if(b)
        return b

    def alongside(self, o: str, mid: str, week: int) -> Lit:
        o = self.inst.canon(o)
        if o in self.inst.proven:
            return True
        return self._or(f"w[{o},{mid}]", [self.y[c] for c in self.inst.certifiers.get(o, []) if c != mid])

    def add_prerequisites(self, clock: Callable[[], None]) -> None:
        inst, m = self.inst, self.m
        for mid in inst.by_module:
            clock()
            req = inst.modules[mid].requires
            if req is None:
                continue
            lit = requirement_literal(m, req, lambda o: self.gained(inst.canon(o), 0),
                                      lambda r, k=mid: self.credits(r, k, 0),  # type: ignore[misc]
                                      lambda o, k=mid: self.alongside(o, k, 0))  # type: ignore[misc]
            if lit is False:
                m.add(self.y[mid] == 0)
            elif lit is not True:
                m.add_implication(self.y[mid], lit)


def _windows(first: dict[str, int], starts: set[int]) -> list[tuple[list[str], int]]:
    """Per start week t: the modules that cannot start before t, and the number of start weeks from t
    on (``first``: each module's first start week that can still end in time; ``starts``: every start
    week of a candidate that can)."""
    weeks = sorted(starts)
    return [([mid for mid, s in first.items() if s >= t], len(weeks) - i) for i, t in enumerate(weeks)]


def _solve(model: cp_model.CpModel, seconds: float, workers: int) -> tuple[Any, cp_model.CpSolver]:
    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False  # Ctrl-C belongs to the caller (see Solver.stop)
    solver.parameters.max_time_in_seconds = max(0.01, seconds)
    solver.parameters.num_workers = workers
    return solver.solve(model), solver


class SlotCount:
    """The choices model of an instance, built once, with the rows of the slot count per finish week."""

    def __init__(self, inst: Instance, clock: Callable[[], None] = lambda: None) -> None:
        self.inst = inst = fixed_starts(inst)
        self.base = _Choices(inst)
        self.base.add_goal()
        self.base.add_prerequisites(clock)
        self.ready = release_weeks(inst)
        self.cap = max(inst.capacity[: inst.horizon + 1], default=0)
        self.functions = dual_feasible(self.cap, {scaled(c.offering.hours_per_week) for c in inst.candidates})

    def model(self, finish: int) -> tuple[cp_model.CpModel, dict[str, cp_model.IntVar], dict[str, int]]:
        """The choices that could end by ``finish``: the model, its module variables and each module's
        fewest hours a week among its candidates that can (modules without one are left out)."""
        inst = self.inst
        first: dict[str, int] = {}  # per module: its first start that can end by the finish
        least: dict[str, int] = {}  # and the fewest hours a week among those (every f is monotone)
        starts: set[int] = set()
        for c in inst.candidates:
            h = scaled(c.offering.hours_per_week)
            if c.earliest >= self.ready[c.module] and c.earliest + c.weeks <= finish and h <= self.cap:
                first[c.module] = min(first.get(c.module, c.earliest), c.earliest)
                least[c.module] = min(least.get(c.module, h), h)
                starts.add(c.earliest)
        probe = self.base.m.clone()
        y = {mid: probe.get_bool_var_from_proto_index(v.index) for mid, v in self.base.y.items()}
        for mid in inst.by_module:
            if mid not in first:
                probe.add(y[mid] == 0)
        windows = _windows(first, starts)
        for f, room in self.functions:
            for inside, count in windows:
                terms = [(mid, f.get(least[mid], 0)) for mid in inside]
                terms = [(mid, w) for mid, w in terms if w > 0]
                if sum(w for _, w in terms) > room * count:
                    probe.add(cp_model.LinearExpr.weighted_sum([y[mid] for mid, _ in terms], [w for _, w in terms])
                              <= room * count)
        return probe, y, least

    def fits(self, finish: int, seconds: float, workers: int) -> bool | None:
        """Whether the goal's courses can fit the start weeks before ``finish`` (None: not decided)."""
        status, _ = _solve(self.model(finish)[0], seconds, workers)
        return False if status == cp_model.INFEASIBLE else True if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None


def slot_bound(inst: Instance, lower: int, upper: int | None, time_limit: float = 1.0, workers: int = 2,
               clock: Callable[[], None] = lambda: None) -> int:
    """The slot count's bound on the finish week, at least ``lower``: a binary search over the weeks
    a candidate ends, each probe asking whether the goal's courses fit the start weeks before it (only
    a proof raises the bound). With ``upper`` (the finish of a route known) "none by upper − 1"
    proves that route optimal; ``inst.horizon + 1`` when no route exists at all."""
    top = inst.horizon if upper is None else upper
    if not inst.candidates or lower >= top or not (all(c.fixed for c in inst.candidates) or applies(inst)):
        return lower
    if max(inst.capacity[: inst.horizon + 1], default=0) <= 0:
        return lower
    t_end = time.perf_counter() + time_limit
    count = SlotCount(inst, clock)
    if count.base.infeasible:
        return inst.horizon + 1
    ends = sorted({c.earliest + c.weeks for c in count.inst.candidates if lower < c.earliest + c.weeks < top})
    weeks = [lower, *ends] if upper is not None else [lower, *ends, top]
    # the first week not proven impossible: a smaller finish has fewer start weeks and candidates, so
    # "impossible" holds for every week below one where it was proven
    lo, hi = 0, len(weeks)
    while lo < hi:
        clock()
        left = t_end - time.perf_counter()
        if left <= 0.01:
            break
        mid = (lo + hi) // 2
        if count.fits(weeks[mid], left / max(1, (hi - lo).bit_length()), workers) is False:
            lo = mid + 1
        else:
            hi = mid
    if lo == len(weeks):  # every week up to the route known (or the horizon) is impossible
        return upper if upper is not None else inst.horizon + 1
    return max(lower, weeks[lo])


def route_by(inst: Instance, finish: int, time_limit: float, workers: int = 2) -> tuple[bool | None, dict[int, int] | None]:
    """Look for a route that ends by ``finish`` in the term-indexed relaxation, choices first: the slot
    count's model picks a choice of modules (fewest hours), the term model with that choice fixed
    places it in the start weeks before ``finish`` (small: a few dozen modules), and a choice that
    does not fit is cut off — by the few choices CP-SAT names as the reason (its assumptions), else
    by itself — before the next is picked. Every cut holds for every route, so when no choice is left
    nothing ends by ``finish``. Returns (False, None) then, (True, {candidate: start week}) for a
    placement found (it leaves out what the relaxation does: clashes, budget, milestones), and
    (None, None) when the time ran out first."""
    t_end = time.perf_counter() + time_limit
    count = SlotCount(inst)
    inst = count.inst
    master, y, least = count.model(finish)
    master.minimize(cp_model.LinearExpr.weighted_sum([y[m] for m in least], list(least.values())))
    terms = _Terms(inst, 0, inst.horizon)
    terms.add_goal()
    terms.add_prerequisites(lambda: None)
    terms.add_capacity()
    for c in inst.candidates:
        if c.earliest + c.weeks > finish:
            terms.m.add(terms.x[c.index] == 0)
    index = {v.index: mid for mid, v in terms.y.items()}
    while (left := t_end - time.perf_counter()) > 0.01:
        status, solver = _solve(master, left / 2, workers)
        if status == cp_model.INFEASIBLE:
            return False, None
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None, None
        chosen = {mid for mid, v in y.items() if solver.value(v)}
        place = terms.m.clone()
        for mid, v in terms.y.items():
            place.add(place.get_bool_var_from_proto_index(v.index) == (1 if mid in chosen else 0))
        status, solver = _solve(place, (t_end - time.perf_counter()) / 2, workers)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return True, {c.index: c.earliest for c in inst.candidates
                          if solver.value(place.get_bool_var_from_proto_index(terms.x[c.index].index))}
        if status != cp_model.INFEASIBLE:
            return None, None
        # the reason: the choices (taken or left out) that alone leave no placement, when CP-SAT names them in time
        why = terms.m.clone()
        why.add_assumptions([v if mid in chosen else v.Not() for mid, v in
                             ((mid, why.get_bool_var_from_proto_index(v.index)) for mid, v in terms.y.items())])
        status, solver = _solve(why, min(0.3, (t_end - time.perf_counter()) / 2), 1)
        core = [index[abs(lit) if lit >= 0 else -lit - 1] for lit in solver.sufficient_assumptions_for_infeasibility()] \
            if status == cp_model.INFEASIBLE else list(terms.y)
        master.add_bool_or([y[mid].Not() if mid in chosen else y[mid] for mid in core])
    return None, None


def at_bound(inst: Instance, chosen: dict[int, int]) -> Plan:
    """A route's choices as a plan to start the search from (modules, offerings and start weeks only)."""
    by_index = {c.index: c for c in inst.candidates}
    items: list[dict[str, Any]] = [{"module": by_index[i].module, "offering": by_index[i].offering.id, "start_week": week}
             for i, week in sorted(chosen.items())]
    plan: dict[str, Any] = {"items": [PlannedModule.model_construct(**item) for item in items]}
    return Plan.model_construct(**plan)


def fixed_start_bound(inst: Instance, lower: int, upper: int | None, seconds: float,
                      workers: int = 2) -> tuple[int, Plan | None]:
    """The bound of a catalogue where every start is fixed (else ``lower``), and a route's choices that
    end there when one was found: the slot count in ``seconds``, then (unless it met ``upper``), on a
    term model small enough (:func:`planner.solver.terms.term_based`), :func:`route_by` at the bound
    in up to 1.25 times that (at most 2.5 s), moving the bound on each time it proves none ends there."""
    if not inst.candidates or not all(c.fixed for c in inst.candidates):
        return lower, None
    lower = slot_bound(inst, lower, upper, max(0.01, seconds), workers)
    if lower == upper or lower > inst.horizon or not term_based(inst):
        return lower, None
    t_end = time.perf_counter() + min(2.5, 1.25 * seconds)
    ends = sorted({c.earliest + c.weeks for c in inst.candidates if lower <= c.earliest + c.weeks})
    for week in ends:
        if upper is not None and week >= upper:
            return upper, None  # every earlier week is impossible: the route known is optimal
        found, chosen = route_by(inst, week, t_end - time.perf_counter(), workers)
        if chosen is not None:
            return max(lower, week), at_bound(inst, chosen)
        if found is None:
            return max(lower, week), None
    return lower, None
