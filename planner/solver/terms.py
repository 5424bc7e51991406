"""A lower bound from the route as a chain of dated offerings: the term-indexed relaxation.

When every candidate has a fixed start (cohorts, and in a term-based university every course starts
at a term start and runs the term), time need not be a variable at all: a candidate *is* its weeks.
A flexible start range becomes one candidate per week it may start (while that stays small).
This model chooses candidates only (``x[c]``, at most one per module) and states every rule through
their fixed dates:

- an outcome counts for a candidate starting in week s when a chosen candidate certifying it ends by
  s (one "gained by s" literal per outcome and distinct start week, shared by all who ask);
- a credit threshold: the pool's modules done by s add up to it; a corequisite: a chosen certifier
  starts by s;
- the goal, choice groups (outcomes, modules or EC) and pins as in the route model;
- weekly hours: per week, the hours of the candidates running in it fit that week's capacity (one
  row per distinct set of running candidates: a row per term on a term-based catalogue). This is
  where a route is a packing problem, and a knapsack row per term is what the week-indexed
  cumulative's relaxation does not see;
- the finish is the latest end of a chosen candidate.

It leaves out session clashes, budget, milestones and the dominance rule, so every route of the full
model is a solution of this one and its optimum (or CP-SAT's bound on it) is a lower bound. Asked for
a finish before the best route known, "infeasible" proves that route optimal.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ortools.sat.python import cp_model

from planner.graph import pool_members
from planner.models import Credits
from planner.requirements import requirement_outcomes, threshold_key, thresholds
from planner.solver.instance import Candidate, Instance, counts_for, scaled, with_candidates
from planner.solver.model import CREDIT_SCALE, Lit, requirement_literal

#: Above this many candidates the model is not built (a term-based major has 1,000–2,000).
MAX_CANDIDATES = 6000


def applies(inst: Instance) -> bool:
    """Whether the relaxation can be built: candidates exist and, with a flexible start range written
    as one candidate per start week, there are not too many."""
    return 0 < sum(c.latest - c.earliest + 1 for c in inst.candidates) <= MAX_CANDIDATES


def term_based(inst: Instance) -> bool:
    """Whether every start is fixed (cohorts; terms): where the solve runs this relaxation. On M's
    flexible ranges it raised the bound by 0–2 weeks for 1.5 s of the search's 10 s."""
    return all(c.fixed for c in inst.candidates) and applies(inst)


def fixed_starts(inst: Instance) -> Instance:
    """The instance with each flexible candidate written as one candidate per week it may start."""
    if all(c.fixed for c in inst.candidates):
        return inst
    return with_candidates(inst, [Candidate(0, c.module, c.offering, s, s) for c in inst.candidates
                                  for s in range(c.earliest, c.latest + 1)])


class _Terms:
    """The model under construction (see the module docstring)."""

    def __init__(self, inst: Instance, lower: int, upper: int) -> None:
        self.inst = inst
        self.m = cp_model.CpModel()
        m = self.m
        self.x = {c.index: m.new_bool_var(f"x{c.index}") for c in inst.candidates}
        self.y: dict[str, cp_model.IntVar] = {}
        for mid, cands in inst.by_module.items():
            self.y[mid] = m.new_bool_var(f"y[{mid}]")
            m.add(sum(self.x[c.index] for c in cands) == self.y[mid])
        self.lower = lower
        self.finish = m.new_int_var(lower, upper, "finish")
        self._gained: dict[tuple[str, int], Lit] = {}
        self._done: dict[tuple[str, int], Lit] = {}
        self._begun: dict[tuple[str, str, int], Lit] = {}
        self.infeasible = False

    @staticmethod
    def end(c: Candidate) -> int:
        return c.earliest + c.weeks

    def _or(self, name: str, options: list[cp_model.IntVar]) -> Lit:
        if not options:
            return False
        if len(options) == 1:
            return options[0]
        b = self.m.new_bool_var(name)
        self.m.add_bool_or(options).only_enforce_if(b)
        return b

    def gained(self, o: str, week: int) -> Lit:
        """An outcome is proven, or a chosen candidate certifying it ends by ``week``."""
        if o in self.inst.proven:
            return True
        key = (o, week)
        if key not in self._gained:
            opts = [self.x[c.index] for mid in self.inst.certifiers.get(o, []) for c in self.inst.by_module[mid]
                    if self.end(c) <= week]
            self._gained[key] = self._or(f"g[{o},{week}]", opts)
        return self._gained[key]

    def done(self, mid: str, week: int) -> Lit:
        """Module ``mid`` is chosen in a candidate that ends by ``week``."""
        key = (mid, week)
        if key not in self._done:
            self._done[key] = self._or(f"d[{mid},{week}]",
                                       [self.x[c.index] for c in self.inst.by_module[mid] if self.end(c) <= week])
        return self._done[key]

    def credits(self, rule: Credits, mid: str, week: int) -> Lit:
        inst = self.inst
        need = int(round((rule.amount - inst.exempt_amount(rule, exclude=mid)) * CREDIT_SCALE))
        if need <= 0:
            return True
        members = pool_members(inst.cs, rule)
        pool = [p for p in sorted(inst.by_module) if p != mid and p not in inst.exempt and p in members]
        lits = [(self.done(p, week), int(round(rule.weight(inst.modules[p]) * CREDIT_SCALE))) for p in pool]
        lits = [(v, w) for v, w in lits if v is not False]
        if sum(w for _, w in lits) < need:
            return False
        b = self.m.new_bool_var(f"credits[{mid},{week}]")
        self.m.add(cp_model.LinearExpr.weighted_sum([v for v, _ in lits], [w for _, w in lits]) >= need).only_enforce_if(b)
        return b

    def alongside(self, o: str, mid: str, week: int) -> Lit:
        """Corequisite: proven, or another chosen module certifying it starts by ``week``."""
        o = self.inst.canon(o)
        if o in self.inst.proven:
            return True
        key = (o, mid, week)
        if key not in self._begun:
            opts = [self.x[c.index] for cert in self.inst.certifiers.get(o, []) if cert != mid
                    for c in self.inst.by_module[cert] if c.earliest <= week]
            self._begun[key] = self._or(f"w[{o},{mid},{week}]", opts)
        return self._begun[key]

    def add_prerequisites(self, clock: Callable[[], None]) -> None:
        inst, m = self.inst, self.m
        for mid, cands in inst.by_module.items():
            clock()
            req = inst.modules[mid].requires
            if req is None:
                continue
            for week in sorted({c.earliest for c in cands}):
                lit = requirement_literal(m, req, lambda o, w=week: self.gained(inst.canon(o), w),  # type: ignore[misc]
                                          lambda r, w=week, k=mid: self.credits(r, k, w),  # type: ignore[misc]
                                          lambda o, w=week, k=mid: self.alongside(o, k, w))  # type: ignore[misc]
                if lit is True:
                    continue
                for c in cands:
                    if c.earliest == week:
                        if lit is False:
                            m.add(self.x[c.index] == 0)
                        else:
                            m.add_implication(self.x[c.index], lit)

    def add_goal(self) -> None:
        inst, m, H = self.inst, self.m, self.inst.horizon
        for o in sorted({inst.canon(x) for x in inst.required} - inst.proven):
            g = self.gained(o, H)
            if g is False:
                self.infeasible = True
            elif g is not True:
                m.add(g == 1)
        for group in inst.choices:
            opts = sorted({inst.canon(x) for x in group.of})
            got = [self.gained(o, H) for o in opts]
            have = sum(1 for g in got if g is True)
            lits = [g for g in got if g is not True and g is not False]
            if have < group.outcome_n:
                if have + len(lits) < group.outcome_n:
                    self.infeasible = True
                else:
                    m.add(sum(lits) >= group.outcome_n - have)  # type: ignore[arg-type]
            if not group.counts_modules:
                continue
            members = [k for k in sorted(inst.by_module) if k not in inst.exempt and counts_for(inst, group, inst.modules[k])]
            exempt = [inst.cs.modules[k] for k in sorted(inst.exempt) if counts_for(inst, group, inst.cs.modules[k])]
            rules: list[tuple[list[int], int]] = []
            if group.pool is not None and group.n:
                rules.append(([1] * len(members), group.n - len(exempt)))
            if group.min_ec is not None:
                rules.append(([int(round(inst.modules[k].study_ec * CREDIT_SCALE)) for k in members],
                              int(round((group.min_ec - sum(e.study_ec for e in exempt)) * CREDIT_SCALE))))
            for weights, need in rules:
                if need > 0 and sum(weights) < need:
                    self.infeasible = True
                elif need > 0:
                    m.add(cp_model.LinearExpr.weighted_sum([self.y[k] for k in members], weights) >= need)
        for mid in inst.pinned_modules:
            if mid in self.y:
                m.add(self.y[mid] == 1)
            else:
                self.infeasible = True

    def add_capacity(self) -> None:
        """Per week, the hours of the candidates running in it fit its capacity (one row per set)."""
        inst, m = self.inst, self.m
        running: dict[int, list[Candidate]] = {}
        for c in inst.candidates:
            for w in range(c.earliest, min(self.end(c), inst.horizon)):
                running.setdefault(w, []).append(c)
        rows: dict[frozenset[int], int] = {}
        for w, cands in running.items():
            cap = inst.capacity[w]
            if sum(scaled(c.offering.hours_per_week) for c in cands) <= cap:
                continue  # all of them fit: no row needed
            key = frozenset(c.index for c in cands)
            rows[key] = min(cap, rows.get(key, cap))
        for key, cap in rows.items():
            idx = sorted(key)
            hours = [scaled(inst.candidates[i].offering.hours_per_week) for i in idx]
            m.add(cp_model.LinearExpr.weighted_sum([self.x[i] for i in idx], hours) <= cap)
            # any two that need more than half the week's hours overflow it: at most one of them (the
            # knapsack row alone lets its linear relaxation share a week between two such halves)
            big = [i for i, h in zip(idx, hours, strict=True) if 2 * h > cap]
            if len(big) >= 2:
                m.add_at_most_one(self.x[i] for i in big)

    def add_dominance(self) -> None:
        """Interchangeable electives: ``y[b] ⇒ y[a]`` when a can stand in for b (see :func:`dominated`)."""
        for a, b in dominated(self.inst):
            self.m.add_implication(self.y[b], self.y[a])

    def add_finish(self) -> None:
        for c in self.inst.candidates:
            if self.end(c) > self.lower:
                self.m.add(self.finish >= self.end(c)).only_enforce_if(self.x[c.index])


def dominated(inst: Instance) -> list[tuple[str, str]]:
    """Pairs (a, b) where module a can replace module b in any solution of this relaxation that takes
    b and not a: both are electives (each outcome counted only by choice groups' options, none asked
    for by any prerequisite, corequisite or requirement of the goal), a needs nothing before it and
    is the only module giving its outcome, a counts at least as much in every threshold and group, and for
    every candidate of b one of a starts the same week, runs as long and needs no more hours.
    Between two that replace each other only the first (by id) is preferred, so the pairs order
    the interchangeable ones (symmetry breaking) and never force both."""
    asked: set[str] = {inst.canon(o) for o in inst.required}
    rules: dict[object, Credits] = {}
    for mid in inst.by_module:
        req = inst.modules[mid].requires
        asked |= {inst.canon(o) for o in requirement_outcomes(req)}
        rules.update({threshold_key(r): r for r in thresholds(req)})
    groups = [g for g in inst.choices if g.counts_modules]
    options = [{inst.canon(o) for o in g.of} for g in inst.choices]

    def profile(mid: str) -> tuple[object, ...] | None:
        mod = inst.modules[mid]
        outs = {inst.canon(o) for o in mod.certifies}
        if mid in inst.pinned_modules or mid in inst.exempt or outs & (asked | inst.proven) or len(outs) != 1:
            return None
        o = next(iter(outs))
        return tuple(o in opts for opts in options)

    def weights(mid: str) -> list[float]:
        mod = inst.modules[mid]
        out = [r.weight(mod) if r.counts(mod) else 0.0 for r in rules.values()]
        for g in groups:
            c = counts_for(inst, g, mod)
            out += [1.0 if c else 0.0, mod.study_ec if c else 0.0]
        return out

    def slots(mid: str) -> dict[tuple[int, int], int]:
        best: dict[tuple[int, int], int] = {}
        for c in inst.by_module[mid]:
            key = (c.earliest, c.weeks)
            best[key] = min(best.get(key, 1 << 30), scaled(c.offering.hours_per_week))
        return best

    cands: dict[tuple[object, ...], list[str]] = {}
    for mid in sorted(inst.by_module):
        prof = profile(mid)
        if prof is not None and any(prof):
            cands.setdefault(prof, []).append(mid)
    pairs: list[tuple[str, str]] = []
    for same in cands.values():
        info = {mid: (weights(mid), slots(mid)) for mid in same}
        for a in same:
            # a needs nothing before it, and nothing else gives its outcome (else a choice group that
            # counts outcomes could already have it, and taking a instead of b would count one fewer)
            if inst.modules[a].requires is not None or any(len(inst.certifiers.get(inst.canon(o), [])) != 1
                                                           for o in inst.modules[a].certifies):
                continue
            wa, sa = info[a]
            for b in same:
                if a == b:
                    continue
                wb, sb = info[b]
                if any(x < y for x, y in zip(wa, wb, strict=True)):
                    continue
                if any(k not in sa or sa[k] > h for k, h in sb.items()):
                    continue
                tie = wa == wb and sa == sb and inst.modules[b].requires is None
                if tie and b < a:
                    continue  # they replace each other: the first by id is preferred
                pairs.append((a, b))
    return pairs


def term_bound(inst: Instance, lower: int, upper: int | None, time_limit: float = 1.0, workers: int = 2,
               clock: Callable[[], None] = lambda: None) -> int:
    """The relaxation's bound on the finish week, at least ``lower``: the weeks a candidate ends,
    from ``lower`` upwards, each probe asking whether everything can end by then, until one is not
    proven impossible (CP-SAT's linear relaxation of "finish ≥ end if chosen" is too weak to bound
    the finish directly). With ``upper`` (the finish
    of a route known) an answer "none by upper − 1" proves that route optimal; ``inst.horizon + 1``
    when no route exists at all. ``clock`` raises when the solve's set-up time is up."""
    top = inst.horizon if upper is None else upper
    if not applies(inst) or lower >= top:
        return lower
    t_end = time.perf_counter() + time_limit
    inst = fixed_starts(inst)
    t = _Terms(inst, 0, inst.horizon)
    t.add_goal()
    if t.infeasible:
        return inst.horizon + 1
    t.add_prerequisites(clock)
    t.add_capacity()
    t.add_dominance()
    # the finish can only be the end of some candidate (or the bound so far)
    ends = sorted({t.end(c) for c in inst.candidates if lower < t.end(c) < top})
    weeks = [lower, *ends] if upper is not None else [lower, *ends, top]

    def fits(finish: int, seconds: float) -> bool | None:
        probe = t.m.clone()
        for c in inst.candidates:
            if t.end(c) > finish:
                probe.add(probe.get_bool_var_from_proto_index(t.x[c.index].index) == 0)
        solver = cp_model.CpSolver()
        solver.parameters.catch_sigint_signal = False  # Ctrl-C belongs to the caller (see Solver.stop)
        solver.parameters.max_time_in_seconds = seconds
        solver.parameters.num_workers = workers
        status = solver.solve(probe)
        return False if status == cp_model.INFEASIBLE else True if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None

    # upwards from the bound so far: near it "impossible" is proven quickest, and each proof counts
    lo = 0
    while lo < len(weeks):
        left = t_end - time.perf_counter()
        if left <= 0.01:
            break
        ok = fits(weeks[lo], max(0.01, left / 2))
        if ok is not False:
            break
        lo += 1
    if lo == len(weeks):  # every week up to the route known (or the horizon) is impossible
        return upper if upper is not None else inst.horizon + 1
    return max(lower, weeks[lo])
