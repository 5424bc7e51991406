"""What weekly packing allows: candidates that cannot fit a week's hours, and a bound that sees packing.

- :func:`drop_overloaded`: a cohort that runs through a week with fewer hours than it needs (a
  holiday, a busy period) can never be taken; a flexible offering's start range shrinks to the
  starts that avoid such weeks at both ends. Safe pruning: no route uses what is dropped.
- :func:`packing_bound`: a candidate-level LP whose weekly rows know that candidates needing more
  than half of a week's hours cannot share it (12-week terms, 17.5 h modules, 20 h a week: a chain
  of terms that no hours-based bound sees), with a binary search over the finish week.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.models import Requirement
from planner.requirements import fold
from planner.solver.instance import Candidate, Instance, scaled, with_candidates


def _bad_weeks(cap: list[int], demand: int) -> list[int]:
    """Prefix counts of the weeks with less than ``demand`` capacity (weeks past the horizon count as fitting)."""
    out = [0]
    for c in cap:
        out.append(out[-1] + (c < demand))
    return out


def drop_overloaded(inst: Instance) -> Instance:
    """The instance without the candidates that need more hours than some week of theirs has.

    A flexible candidate keeps the starts from its first to its last start that fit (the cumulative
    constraint still rules out those in between that do not).
    """
    cap = inst.capacity
    if not cap or min(cap) >= max((scaled(c.offering.hours_per_week) for c in inst.candidates), default=0):
        return inst
    keep: list[Candidate] = []
    changed = False
    bad: dict[int, list[int]] = {}
    n = len(cap)
    for c in inst.candidates:
        demand = scaled(c.offering.hours_per_week)
        prefix = bad.get(demand)
        if prefix is None:
            prefix = bad[demand] = _bad_weeks(cap, demand)

        def fits(s: int, c: Candidate = c, prefix: list[int] = prefix, n: int = n) -> bool:
            return prefix[min(s + c.weeks, n)] - prefix[min(s, n)] == 0

        lo = next((s for s in range(c.earliest, c.latest + 1) if fits(s)), None)
        if lo is None:
            changed = True
            continue
        hi = next(s for s in range(c.latest, lo - 1, -1) if fits(s))
        if (lo, hi) != (c.earliest, c.latest):
            changed = True
            c = Candidate(c.index, c.module, c.offering, lo, hi)
        keep.append(c)
    return with_candidates(inst, keep) if changed else inst


# --------------------------------------------------------------------------- the packing bound

#: Clauses kept per prerequisite expression (dropping clauses only weakens the bound).
MAX_CLAUSES = 64
#: Most LP columns: flexible start ranges are cut into blocks of starts to stay below this.
MAX_ITEMS = 6000
#: Seconds to build the LP, per column (3,200 columns in about 0.3 s), to skip it when there is no time.
BUILD_SECONDS = 0.0001
#: The packing bound runs when at least this share of the candidates needs more than half a week's hours:
#: T and Anna at 8 h/week have 100 %; on M (13–47 %) the LP took 5–10 s and was below the relaxation
#: bound on three of five instances (102/104/127 against 103/107/128), above it on two (103, 119 against
#: 99, 112) without reaching the finish (114, 130).
BIG_SHARE = 0.6


def clauses(req: Requirement | None, canon: Callable[[str], str]) -> list[frozenset[str]]:
    """A prerequisite expression as clauses: each clause names outcomes of which at least one must be
    gained (``all`` joins the clauses of its items; ``any`` takes one clause of each item, joined).
    Only what the expression implies, so the clauses may be fewer than the expression needs."""
    if req is None:
        return []

    def all_of(parts: list[list[frozenset[str]]]) -> list[frozenset[str]]:
        return list(dict.fromkeys(c for p in parts for c in p))[:MAX_CLAUSES]

    def any_of(parts: list[list[frozenset[str]]]) -> list[frozenset[str]]:
        if any(not p for p in parts):
            return []  # a branch that needs nothing: the whole "any" can hold without anything
        out: list[frozenset[str]] = [frozenset()]
        for p in parts:
            out = list(dict.fromkeys(a | b for a in out for b in p))[:MAX_CLAUSES]
        return out

    # a corequisite may be gained while the module runs, not before it starts: no clause (a relaxation)
    return fold(req, lambda o: [frozenset({canon(o)})], all_of, any_of, with_=lambda o: [])


@dataclass(frozen=True)
class _Item:
    """An LP column: a candidate with its start in [lo, hi] (a cohort: lo = hi)."""

    cand: Candidate
    lo: int
    hi: int

    @property
    def end(self) -> int:
        """The earliest week it can end."""
        return self.lo + self.cand.weeks

    def sure_weeks(self) -> range:
        """The weeks it runs whatever its start in [lo, hi]."""
        return range(self.hi, self.lo + self.cand.weeks)


def big_share(inst: Instance) -> float:
    """Share of the candidates that need more than half of the learner's most hours in a week."""
    top = max(inst.capacity, default=0)
    if not inst.candidates or top <= 0:
        return 0.0
    return sum(1 for c in inst.candidates if 2 * scaled(c.offering.hours_per_week) > top) / len(inst.candidates)


def _items(inst: Instance) -> list[_Item]:
    flexible = [c for c in inst.candidates if not c.fixed]
    room = max(len(flexible), MAX_ITEMS - (len(inst.candidates) - len(flexible)))
    spread = sum(c.latest - c.earliest + 1 for c in flexible)
    block = max(1, -(-spread // room)) if spread else 1
    out: list[_Item] = []
    for c in inst.candidates:
        for lo in range(c.earliest, c.latest + 1, block):
            out.append(_Item(c, lo, min(c.latest, lo + block - 1)))
    return out


def packing_bound(inst: Instance, lower: int, upper: int | None, time_limit: float = 1.0) -> int:
    """A lower bound on the finish week from a candidate-level LP that sees weekly packing.

    Columns: every candidate (a flexible one per block of start weeks), between 0 and 1. Rows: at
    most one candidate per module (exactly one when pinned); every needed outcome gained by the
    finish, each choice group's n, hard milestones by their week; each prerequisite clause gained by
    a candidate that ends before the dependent one starts; per week the hours of the candidates
    surely running then within the capacity, and — the packing — at most one of those that need more
    than half of that week's hours (any two of them overflow the week). A binary search over the
    finish week between ``lower`` and ``upper`` (a known finish; the horizon if None) finds the first
    week the LP allows. Returns ``inst.horizon + 1`` when no week does: no route exists.
    """
    from ortools.linear_solver import pywraplp

    H = inst.horizon
    hi = H if upper is None else min(upper, H)
    if lower >= hi or not inst.candidates:
        return lower
    t_end = time.perf_counter() + time_limit
    items = _items(inst)
    if len(items) * BUILD_SECONDS > time_limit:
        return lower  # not even the LP's rows fit in the time given
    lp = pywraplp.Solver.CreateSolver("GLOP")
    if lp is None:
        return lower
    packing = _PackingLP(inst, items, lp, t_end)
    if not packing.add_one_per_module():
        return H + 1
    packing.add_gain_chains()
    packing.add_targets()
    if time.perf_counter() > t_end:
        return lower
    packing.add_prerequisites()
    if time.perf_counter() > t_end:
        return lower
    packing.add_weekly_packing()
    packing.add_budget()
    if upper is None:
        top = packing.allows(H)
        if top is False:
            return H + 1
        if top is None:
            return lower
    return _first_allowed(packing.allows, lower, hi)


def _first_allowed(allows: Callable[[int], bool | None], lo: int, hi: int) -> int:
    """The first finish week in [lo, hi] that ``allows`` accepts (binary search; it is monotone), or
    how far the search got when ``allows`` had no answer in time."""
    while lo < hi:
        mid = (lo + hi) // 2
        ok = allows(mid)
        if ok is None:
            break
        if ok:
            hi = mid
        else:
            lo = mid + 1
    return lo


class _PackingLP:
    """The packing LP of one instance, built one family of rows at a time (see :func:`packing_bound`)."""

    def __init__(self, inst: Instance, items: list[_Item], lp: Any, t_end: float) -> None:
        self.inst, self.items, self.lp, self.t_end = inst, items, lp, t_end
        self.inf = lp.infinity()
        self.x = [lp.NumVar(0.0, 1.0, "") for _ in items]
        self.ends = [it.end for it in items]
        self.by_module: dict[str, list[int]] = {}
        for i, it in enumerate(items):
            self.by_module.setdefault(it.cand.module, []).append(i)
        self.certifying: dict[str, list[int]] = {}
        #: z[o][t]: how much of outcome o is gained by week t (see :meth:`add_gain_chains`)
        self.z: dict[str, dict[int, Any]] = {}
        self.need: dict[str, list[frozenset[str]]] = {}

    def add_one_per_module(self) -> bool:
        """At most one column per module, exactly one when pinned; False when a pinned module has none."""
        inst, lp, x = self.inst, self.lp, self.x
        for mid, idx in self.by_module.items():
            row = lp.Constraint(1.0 if mid in inst.pinned_modules else 0.0, 1.0)
            for i in idx:
                row.SetCoefficient(x[i], 1.0)
        return not (inst.pinned_modules - set(self.by_module))

    def add_gain_chains(self) -> None:
        """z[o][t] as a chain over the weeks asked about, so a prerequisite row has one entry per
        outcome instead of one per candidate that gains it."""
        inst, lp, x, ends = self.inst, self.lp, self.x, self.ends
        for i, it in enumerate(self.items):
            for o in {inst.canon(o) for o in inst.modules[it.cand.module].certifies}:
                self.certifying.setdefault(o, []).append(i)
        self.need = {mid: [c for c in clauses(inst.modules[mid].requires, inst.canon) if not (c & inst.proven)]
                     for mid in self.by_module}
        asked: dict[str, set[int]] = {}
        for it in self.items:
            for clause in self.need[it.cand.module]:
                for o in clause:
                    asked.setdefault(o, set()).add(it.hi)
        for o, weeks in asked.items():
            certs = sorted(self.certifying.get(o, []), key=lambda i: ends[i])
            self.z[o] = {}
            prev = None
            k = 0
            for t in sorted(weeks):
                var = lp.NumVar(0.0, self.inf, "")
                row = lp.Constraint(0.0, 0.0)  # var = prev + the candidates that end in (previous t, t]
                row.SetCoefficient(var, 1.0)
                if prev is not None:
                    row.SetCoefficient(prev, -1.0)
                while k < len(certs) and ends[certs[k]] <= t:
                    row.SetCoefficient(x[certs[k]], -1.0)
                    k += 1
                self.z[o][t] = prev = var

    def add_targets(self) -> None:
        """Every required outcome gained, each choice group's n, hard milestones' outcomes by their week."""
        inst, lp, x, inf, certifying = self.inst, self.lp, self.x, self.inf, self.certifying
        for o in sorted({inst.canon(r) for r in inst.required} - inst.proven):
            row = lp.Constraint(1.0, inf)
            for i in certifying.get(o, []):
                row.SetCoefficient(x[i], 1.0)
        for group in inst.choices:
            opts = sorted({inst.canon(o) for o in group.of})
            have = sum(1 for o in opts if o in inst.proven)
            if have >= group.outcome_n:
                continue  # (a choice counted in modules or EC of a pool is left to the search: a relaxation)
            row = lp.Constraint(float(group.outcome_n - have), inf)
            for o in opts:
                if o in inst.proven:
                    continue
                g = lp.NumVar(0.0, 1.0, "")
                row.SetCoefficient(g, 1.0)
                link = lp.Constraint(0.0, inf)  # g <= sum of its certifiers
                link.SetCoefficient(g, -1.0)
                for i in certifying.get(o, []):
                    link.SetCoefficient(x[i], 1.0)
        for mid, ms in inst.milestones:
            if mid not in inst.hard_milestones:
                continue
            for o in sorted({inst.canon(o) for o in ms.outcomes} - inst.proven):
                row = lp.Constraint(1.0, inf)
                for i in sorted({i for i in certifying.get(o, []) if self.ends[i] <= ms.weeks}):
                    row.SetCoefficient(x[i], 1.0)

    def add_prerequisites(self) -> None:
        """Each prerequisite clause of a column gained by a column that ends before it starts."""
        for i, it in enumerate(self.items):
            for clause in self.need[it.cand.module]:
                row = self.lp.Constraint(0.0, self.inf)  # x_i <= what of the clause is gained before it starts
                row.SetCoefficient(self.x[i], -1.0)
                for o in clause:
                    row.SetCoefficient(self.z[o][it.hi], 1.0)

    def add_weekly_packing(self) -> None:
        """Per week the hours of the columns surely running then within the capacity, and at most one
        of those that need more than half of the week's hours."""
        inst, lp, x, inf = self.inst, self.lp, self.x, self.inf
        running: dict[int, list[int]] = {}
        for i, it in enumerate(self.items):
            for w in it.sure_weeks():
                if w < inst.horizon:
                    running.setdefault(w, []).append(i)
        hours = [scaled(it.cand.offering.hours_per_week) for it in self.items]
        rows: set[tuple[int, tuple[int, ...]]] = set()  # weeks running the same candidates need one row
        for w, idx in running.items():
            cap = inst.capacity[w] if w < len(inst.capacity) else 0
            big = tuple(i for i in idx if 2 * hours[i] > cap)
            if len(big) < len(idx) or any(hours[i] > cap for i in idx):
                rows.add((cap, tuple(idx)))  # with only big ones running, the clique says more
            if len(big) > 1:
                rows.add((-1, big))
        for cap, members in sorted(rows):
            if cap < 0:  # any two of them overflow the week: at most one
                row = lp.Constraint(-inf, 1.0)
                for i in members:
                    row.SetCoefficient(x[i], 1.0)
            else:
                row = lp.Constraint(-inf, float(cap))
                for i in members:
                    row.SetCoefficient(x[i], float(hours[i]))

    def add_budget(self) -> None:
        """The columns' cost within the learner's budget."""
        budget = self.inst.learner.budget
        if budget is not None:
            row = self.lp.Constraint(-self.inf, float(budget))
            for i, it in enumerate(self.items):
                row.SetCoefficient(self.x[i], float(it.cand.offering.cost))

    def allows(self, finish: int) -> bool | None:
        """Whether the LP has a solution with every column ending by ``finish`` (None: no answer in time)."""
        from ortools.linear_solver import pywraplp

        left = self.t_end - time.perf_counter()
        if left <= 0:
            return None
        for i, end in enumerate(self.ends):
            self.x[i].SetUb(1.0 if end <= finish else 0.0)
        self.lp.SetTimeLimit(max(1, int(left * 1000)))
        status = self.lp.Solve()
        if status == pywraplp.Solver.INFEASIBLE:
            return False
        if status in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
            return True
        return None
