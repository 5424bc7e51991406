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

from ortools.sat.python import cp_model

from planner.models import Credits
from planner.solver.bound import INF, release_weeks
from planner.solver.instance import Candidate, Instance, scaled
from planner.solver.model import requirement_literal
from planner.solver.terms import _Terms, applies, fixed_starts, term_based, term_bound

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

    >>> [f[150] for f, _ in dual_feasible(200, {80, 150})]
    [150, 200, 200, 400, 450]
    """
    hs = sorted(h for h in hours if 0 < h <= cap)
    out: list[tuple[dict[int, int], int]] = [({h: h for h in hs}, cap)]
    for eps in [e for e in hs if 2 * e <= cap]:
        out.append(({h: cap if h > cap - eps else h if h >= eps else 0 for h in hs}, cap))
    for k in range(1, MAX_K + 1):
        out.append(({h: k * h if (k + 1) * h % cap == 0 else (k + 1) * h // cap * cap for h in hs}, k * cap))
    return out


class _Choices(_Terms):
    """The term model's rules without time: a module chosen needs its prerequisites chosen (any
    order), its thresholds met by chosen pool modules and its corequisites chosen."""

    def gained(self, o: str, week: int) -> cp_model.IntVar | bool:
        return super().gained(o, 1 << 30)  # every candidate ends by then

    def done(self, mid: str, week: int) -> cp_model.IntVar | bool:
        return self.y[mid]

    def alongside(self, o: str, mid: str, week: int) -> cp_model.IntVar | bool:
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
                                      lambda r, k=mid: self._credits(r, k),  # type: ignore[misc]
                                      lambda o, k=mid: self.alongside(o, k, 0))  # type: ignore[misc]
            if lit is False:
                m.add(self.y[mid] == 0)
            elif lit is not True:
                m.add_implication(self.y[mid], lit)

    def _credits(self, rule: Credits, mid: str) -> cp_model.IntVar | bool:
        return self.credits(rule, mid, 0)


def _windows(inst: Instance, eligible: dict[str, list[Candidate]], cap: int) -> list[tuple[list[str], int]]:
    """Per window of start weeks: the modules that can only start inside it, and its number of start weeks."""
    starts = sorted({c.earliest for cands in eligible.values() for c in cands})
    span = {mid: (min(c.earliest for c in cands), max(c.earliest for c in cands)) for mid, cands in eligible.items() if cands}
    out = []
    for i, a in enumerate(starts):
        for j in range(i, len(starts)):
            inside = sorted(mid for mid, (lo, hi) in span.items() if a <= lo and hi <= starts[j])
            if inside:
                out.append((inside, j - i + 1))
    return out


def slot_bound(inst: Instance, lower: int, upper: int | None, time_limit: float = 1.0, workers: int = 2,
               clock: Callable[[], None] = lambda: None) -> int:
    """The slot count's bound on the finish week, at least ``lower``: the weeks a candidate ends, from
    ``lower`` upwards, each probe asking whether the goal's courses fit the start weeks before it,
    until one is not proven impossible. With ``upper`` (the finish of a route known) "none by
    upper − 1" proves that route optimal; ``inst.horizon + 1`` when no route exists at all."""
    top = inst.horizon if upper is None else upper
    if not applies(inst) or lower >= top:
        return lower
    t_end = time.perf_counter() + time_limit
    inst = fixed_starts(inst)
    base = _Choices(inst, 0, inst.horizon)
    base.add_goal()
    if base.infeasible:
        return inst.horizon + 1
    base.add_prerequisites(clock)
    ready = release_weeks(inst)
    cap = max(inst.capacity[: inst.horizon + 1], default=0)
    if cap <= 0:
        return lower
    functions = dual_feasible(cap, {scaled(c.offering.hours_per_week) for c in inst.candidates})
    ends = sorted({c.earliest + c.weeks for c in inst.candidates if lower < c.earliest + c.weeks < top})
    weeks = [lower, *ends] if upper is not None else [lower, *ends, top]

    def fits(finish: int, seconds: float) -> bool | None:
        eligible = {mid: [c for c in cands if ready[mid] < INF and c.earliest >= ready[mid] and c.earliest + c.weeks <= finish
                          and scaled(c.offering.hours_per_week) <= cap] for mid, cands in inst.by_module.items()}
        probe = base.m.clone()

        def var(mid: str) -> cp_model.IntVar:
            return probe.get_bool_var_from_proto_index(base.y[mid].index)

        for mid, cands in eligible.items():
            if not cands:
                probe.add(var(mid) == 0)
        windows = _windows(inst, eligible, cap)
        for f, room in functions:
            value = {mid: min(f.get(scaled(c.offering.hours_per_week), 0) for c in cands) for mid, cands in eligible.items() if cands}
            for inside, count in windows:
                terms = [(var(mid), value[mid]) for mid in inside if value[mid] > 0]
                if sum(w for _, w in terms) > room * count:
                    probe.add(cp_model.LinearExpr.weighted_sum([v for v, _ in terms], [w for _, w in terms]) <= room * count)
        solver = cp_model.CpSolver()
        solver.parameters.catch_sigint_signal = False  # Ctrl-C belongs to the caller (see Solver.stop)
        solver.parameters.max_time_in_seconds = seconds
        solver.parameters.num_workers = workers
        status = solver.solve(probe)
        return False if status == cp_model.INFEASIBLE else True if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None

    lo = 0
    while lo < len(weeks):
        clock()
        left = t_end - time.perf_counter()
        if left <= 0.01:
            break
        if fits(weeks[lo], max(0.01, left / 2)) is not False:
            break
        lo += 1
    if lo == len(weeks):  # every week up to the route known (or the horizon) is impossible
        return upper if upper is not None else inst.horizon + 1
    return max(lower, weeks[lo])


def fixed_start_bound(inst: Instance, lower: int, upper: int | None, seconds: float, workers: int = 2) -> int:
    """The bounds of a catalogue where every start is fixed (:func:`planner.solver.terms.term_based`;
    else ``lower``): the slot count in ``seconds``, then (unless it met ``upper``) the term-indexed
    relaxation from there, in up to 1.5 times that (at most 2 s)."""
    if not term_based(inst):
        return lower
    lower = slot_bound(inst, lower, upper, max(0.01, seconds), workers)
    if lower == upper or lower > inst.horizon:
        return lower
    return term_bound(inst, lower, upper, max(0.01, min(2.0, 1.5 * seconds)), workers)
