"""Lower bounds on the finish week, and the pruning they allow.

- chain: the earliest week each outcome can be gained through real start dates, following
  prerequisites but ignoring capacity and clashes (a fixpoint over the candidates);
- energy: the study hours of the largest unavoidable module must fit in the weeks before the finish;
- relaxation: a small model that only chooses modules (goal coverage, prerequisites as logic, no
  timing) with their release weeks, where the work released after week t must fit in the capacity
  between t and the finish. It is a relaxation of the route model, so its optimum is a bound.
"""

from __future__ import annotations

import time

from planner.graph import pool_members, threshold_key
from planner.models import Credits, Requirement
from planner.requirements import fold, necessary
from planner.solver.instance import Candidate, Instance, check_clock, scaled, with_candidates

INF = 10**9


def ready_week(
    inst: Instance,
    req: Requirement | None,
    T: dict[str, int],
    done: dict[str, int] | None = None,
    started: dict[str, int] | None = None,
) -> int:
    """The first week a requirement holds, given the week each outcome is gained (INF: never).

    ``done`` (module: end week) and ``started`` (outcome: first start week of a module giving it)
    describe a route being built (the greedy one). Without them the answer is a lower bound: a
    threshold holds from week 0 unless the modules of its pool cannot add up to it at all, and a
    corequisite from week 0 when some module can give it (it may run alongside).
    """
    if req is None:
        return 0

    def credits(rule: Credits) -> int:
        need = rule.amount - inst.exempt_amount(rule) - 1e-9
        if need <= 0:
            return 0
        if done is None:
            return 0 if pool_amount(inst, rule) >= need else INF
        got = 0.0
        for end, m in sorted((e, m) for m, e in done.items() if m not in inst.exempt and rule.counts(inst.cs.modules[m])):
            got += rule.weight(inst.cs.modules[m])
            if got >= need:
                return end
        return INF

    def alongside(o: str) -> int:
        co = inst.canon(o)
        if co in inst.proven:
            return 0
        if started is None:
            return 0 if co in inst.certifiers else INF
        return started.get(co, INF)

    return fold(req, lambda o: T.get(inst.canon(o), INF), max, min, credits, alongside)


def pool_amount(inst: Instance, rule: Credits) -> float:
    """What every candidate module (not exempted) of a threshold's pool adds up to (once per instance
    and distinct pool: the greedy route and the bounds ask for every candidate)."""
    key = ("pool", threshold_key(rule))
    if key not in inst.memo:
        members = pool_members(inst.cs, rule)
        inst.memo[key] = sum(rule.weight(inst.modules[m]) for m in inst.by_module if m not in inst.exempt and m in members)
    return float(inst.memo[key])  # type: ignore[arg-type]


def earliest_gain(inst: Instance, deadline: float | None = None) -> dict[str, int]:
    """Earliest week each (canonical) outcome can be gained, ignoring capacity and clashes.

    Computed once per instance (a copy is returned). ``deadline`` (``time.perf_counter()``): raise
    :class:`OutOfTime` when it passes first.
    """
    if "gain" not in inst.memo:
        inst.memo["gain"] = _earliest_gain(inst, deadline)
    return dict(inst.memo["gain"])  # type: ignore[call-overload]


def _earliest_gain(inst: Instance, deadline: float | None) -> dict[str, int]:
    T: dict[str, int] = {o: 0 for o in inst.proven}
    changed = True
    while changed:
        check_clock(deadline)
        changed = False
        for mid, cands in inst.by_module.items():  # the prerequisites once per module, not per candidate
            m = inst.modules[mid]
            r = ready_week(inst, m.requires, T)
            if r >= INF:
                continue
            ends = [max(r, c.earliest) + c.weeks for c in cands if max(r, c.earliest) <= c.latest]
            if not ends:
                continue
            end = min(ends)
            for o in m.certifies:
                co = inst.canon(o)
                if end < T.get(co, INF):
                    T[co] = end
                    changed = True
    return T


def chain_bound(inst: Instance) -> int:
    """Longest prerequisite chain through real start dates (INF when something is unreachable)."""
    T = earliest_gain(inst)
    lb = 0
    for o in inst.required:
        lb = max(lb, T.get(inst.canon(o), INF))
    for g in inst.choices:
        if not g.outcome_n:
            continue
        times = sorted(T.get(inst.canon(o), INF) for o in set(g.of))
        lb = max(lb, times[g.outcome_n - 1] if len(times) >= g.outcome_n else INF)
    for mid in inst.pinned_modules:
        ends = [min(c.latest, max(c.earliest, ready_week(inst, inst.modules[mid].requires, T))) + c.weeks
                for c in inst.by_module.get(mid, [])]
        lb = max(lb, min(ends) if ends else INF)
    return lb


def energy_bound(inst: Instance) -> int:
    """Weeks needed to fit the largest unavoidable study load into the learner's weekly capacity."""
    need = 0
    for o in {inst.canon(x) for x in inst.required} - inst.proven:
        loads = [c.weeks * scaled(c.offering.hours_per_week) for mid in inst.certifiers.get(o, []) for c in inst.by_module[mid]]
        if loads:
            need = max(need, min(loads))
    total = 0
    for w, cap in enumerate(inst.capacity):
        if total >= need:
            return w
        total += cap
    return inst.horizon if total >= need else inst.horizon + 1


def release_weeks(inst: Instance) -> dict[str, int]:
    """The earliest week each module can start: prerequisites gained at the earliest, a start date open."""
    T = earliest_gain(inst)
    out: dict[str, int] = {}
    for mid, cands in inst.by_module.items():
        r = ready_week(inst, inst.modules[mid].requires, T)
        starts = [max(r, c.earliest) for c in cands if max(r, c.earliest) <= c.latest]
        out[mid] = min(starts) if starts else INF
    return out


def necessary_outcomes(inst: Instance, req: Requirement | None) -> set[str]:
    """The (canonical) outcomes a requirement cannot hold without: those every "any" branch needs."""
    return necessary(req, inst.canon)


def gain_deadlines(inst: Instance, horizon: int) -> dict[str, int]:
    """The latest week an outcome can be gained in a route that ends by ``horizon``.

    A required outcome p (or one that a required outcome cannot be gained without, and so on) whose
    every certifier needs outcome o must be gained by its own deadline, so o must be gained at least
    the shortest of those certifiers earlier. Outcomes not listed have the horizon as deadline.
    """
    needs: dict[str, tuple[set[str], int]] = {}
    todo = sorted({inst.canon(o) for o in inst.required} - inst.proven)
    while todo:  # required outcomes, and what they cannot be gained without, transitively
        p = todo.pop()
        certs = inst.certifiers.get(p, [])
        if p in needs or not certs:
            continue
        common = set.intersection(*(necessary_outcomes(inst, inst.modules[m].requires) for m in certs))
        common -= {p} | inst.proven
        needs[p] = (common, min(c.weeks for m in certs for c in inst.by_module[m]))
        todo.extend(sorted(common - set(needs)))
    lead: dict[str, int] = {}  # weeks between gaining an outcome and the horizon, at least

    def weeks_after(o: str, path: frozenset[str]) -> int:
        if o in lead:
            return lead[o]
        if o in path:
            return 0  # a prerequisite loop: claim nothing
        after = [weeks + weeks_after(p, path | {o}) for p, (common, weeks) in needs.items() if o in common]
        lead[o] = max(after, default=0)
        return lead[o]

    for o in sorted({o for common, _ in needs.values() for o in common}):
        weeks_after(o, frozenset())
    return {o: horizon - w for o, w in lead.items() if w > 0}


def tighten(inst: Instance, horizon: int | None = None, deadline: float | None = None) -> Instance:
    """Drop cohorts that start before a module's prerequisites can be met, or end after every
    outcome the module gives is needed (``gain_deadlines``); narrow flexible start ranges the same way.

    Safe: no route can start what is dropped too early; a module that ends too late only repeats
    outcomes that other modules gave in time, and leaving it out makes no objective worse (pinned
    modules are kept).
    """
    T = earliest_gain(inst, deadline)
    due = gain_deadlines(inst, inst.horizon if horizon is None else horizon)
    kept_modules = inst.pinned_modules | inst.counted_modules
    keep: list[Candidate] = []
    check_clock(deadline)
    ready = {mid: ready_week(inst, inst.modules[mid].requires, T) for mid in inst.by_module}
    for c in inst.candidates:
        r = ready[c.module]
        lo = max(r, c.earliest)
        hi = c.latest
        gives = {inst.canon(o) for o in inst.modules[c.module].certifies} - inst.proven
        if gives and c.module not in kept_modules and gives <= set(due):
            hi = min(hi, max(due[o] for o in gives) - c.weeks)
        if lo <= hi:
            keep.append(c if (lo, hi) == (c.earliest, c.latest) else Candidate(c.index, c.module, c.offering, lo, hi))
    return with_candidates(inst, keep, horizon)


def prefix_capacity(inst: Instance) -> list[int]:
    """Capacity (tenths of hours) of weeks 0..w-1, for w = 0..horizon."""
    out = [0]
    for c in inst.capacity:
        out.append(out[-1] + c)
    return out


def energy(c: Candidate) -> int:
    """Study load of a candidate as weeks × hours per week (tenths)."""
    return c.weeks * scaled(c.offering.hours_per_week)


def relaxation_bound(inst: Instance, lower: int, time_limit: float = 1.0, workers: int = 2) -> int:
    """Bound from the module-choice relaxation (see the module docstring); ``lower`` if it times out."""
    from ortools.sat.python import cp_model

    from planner.solver.model import requirement_literal

    H = inst.horizon
    if not inst.by_module or lower >= H:
        return lower
    rel = release_weeks(inst)
    m = cp_model.CpModel()
    y = {mid: m.new_bool_var(mid) for mid in sorted(inst.by_module)}
    work = {mid: min(energy(c) for c in cands) for mid, cands in inst.by_module.items()}
    short = {mid: min(c.weeks for c in cands) for mid, cands in inst.by_module.items()}
    gained: dict[str, cp_model.IntVar] = {}

    def have(o: str) -> cp_model.IntVar | bool:
        if o in inst.proven:
            return True
        certs = inst.certifiers.get(o, [])
        if not certs:
            return False
        if o not in gained:
            b = m.new_bool_var(f"g[{o}]")
            m.add_bool_or([y[c] for c in certs]).only_enforce_if(b)
            gained[o] = b
        return gained[o]

    for mid, yv in y.items():
        if rel[mid] >= INF:
            m.add(yv == 0)
            continue
        req = inst.modules[mid].requires
        if req is not None:
            h = requirement_literal(m, req, lambda o: have(inst.canon(o)))
            if h is False:
                m.add(yv == 0)
            elif h is not True:
                m.add_implication(yv, h)
    for o in sorted({inst.canon(x) for x in inst.required} - inst.proven):
        g = have(o)
        if g is False:
            return H + 1
        if g is not True:
            m.add(g == 1)
    for group in inst.choices:
        opts = sorted({inst.canon(x) for x in group.of})
        got = [have(o) for o in opts]
        fixed = sum(1 for g in got if g is True)
        lits = [g for g in got if g is not True and g is not False]
        if fixed + len(lits) < group.outcome_n:
            return H + 1
        if fixed < group.outcome_n:
            m.add(sum(lits) >= group.outcome_n - fixed)  # type: ignore[arg-type]
    for mid in inst.pinned_modules:
        if mid in y:
            m.add(y[mid] == 1)
    cum = prefix_capacity(inst)
    releases = sorted({r for r in rel.values() if r < INF})

    def fits(finish: int, seconds: float) -> bool:
        """Whether some choice of modules could be done by week ``finish`` (True when unsure)."""
        probe = m.clone()
        for mid, yv in y.items():
            if rel[mid] < INF and rel[mid] + short[mid] > finish:
                probe.add(probe.get_bool_var_from_proto_index(yv.index) == 0)
        for t in releases:
            if t >= finish:
                break
            late = [(probe.get_bool_var_from_proto_index(y[k].index), work[k]) for k in y if rel[k] >= t]
            if late:
                probe.add(cp_model.LinearExpr.weighted_sum([v for v, _ in late], [w for _, w in late]) <= cum[finish] - cum[t])
        solver = cp_model.CpSolver()
        solver.parameters.catch_sigint_signal = False  # Ctrl-C belongs to the caller (see Solver.stop)
        solver.parameters.max_time_in_seconds = seconds
        solver.parameters.num_workers = workers
        return solver.solve(probe) != cp_model.INFEASIBLE

    # binary search for the first finish week the relaxation allows; only proofs raise the bound
    lo, hi = lower, H
    probes = max(1, (hi - lo).bit_length())
    deadline = time.perf_counter() + time_limit
    while lo < hi:
        left = deadline - time.perf_counter()
        if left <= 0:
            break
        mid_week = (lo + hi) // 2
        if fits(mid_week, max(0.01, left / probes)):
            hi = mid_week
        else:
            lo = mid_week + 1
    return lo


def lower_bound(inst: Instance) -> int:
    """The best of the quick bounds (chain and energy)."""
    return max(chain_bound(inst), energy_bound(inst))
