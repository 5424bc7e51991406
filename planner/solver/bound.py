"""Lower bounds on the finish week, and the pruning they allow.

- chain: the earliest week each outcome can be gained through real start dates, following
  prerequisites but ignoring capacity and clashes (a fixpoint over the candidates); a credit
  threshold holds once its pool can have ended in enough credits, each start week's starts fitting
  that week's hours (:func:`credit_week`);
- energy: the study hours of the largest unavoidable module must fit in the weeks before the finish;
- relaxation: a small model that only chooses modules (goal coverage, prerequisites as logic, no
  timing) with their release weeks, where the work released after week t must fit in the capacity
  between t and the finish. It is a relaxation of the route model, so its optimum is a bound.
"""

from __future__ import annotations

import bisect
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
    threshold holds from the first week its pool's modules can have ended in enough credits
    (:func:`credit_week`), and a corequisite from week 0 when some module can give it (it may run
    alongside).
    """
    if req is None:
        return 0

    def credits(rule: Credits) -> int:
        need = rule.amount - inst.exempt_amount(rule) - 1e-9
        if need <= 0:
            return 0
        if done is None:
            return credit_week(inst, rule, need)
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


def credit_week(inst: Instance, rule: Credits, need: float) -> int:
    """The first week by which modules of a threshold's pool can have ended in ``need`` credits
    (INF: never); a lower bound on when the threshold can hold, on any route.

    The modules of a route that start in week s all run in week s, so their weekly hours fit its
    capacity: for each start week, the most credits of candidates starting then and ending by W
    that fit together (a knapsack) bound what that week's starts add by W. Summed over the start
    weeks (a module counted in several start weeks, or a flexible candidate at every week of its
    range, only over-counts), the first W whose sum reaches ``need`` is the bound.
    """
    ends, totals = _credit_steps(inst, rule)
    i = bisect.bisect_left(totals, need)
    return ends[i] if i < len(ends) else INF


#: Above this much knapsack work (items × capacity tenths) a start week's credits are bounded by
#: the fractional knapsack instead (still an upper bound, computed in a sort).
KNAPSACK_WORK = 20_000


def _credit_steps(inst: Instance, rule: Credits) -> tuple[list[int], list[float]]:
    """The weeks W where the credits a threshold's pool can have ended by W rise, and those credits
    (once per instance and distinct pool; see :func:`credit_week`)."""
    key = ("credit steps", threshold_key(rule))
    if key in inst.memo:
        return inst.memo[key]  # type: ignore[return-value]
    members = pool_members(inst.cs, rule)
    runs = _runs(inst)
    at: dict[int, list[tuple[int, int, str]]] = {}  # start week: (weeks, load, module) of the pool's candidates
    value: dict[str, float] = {}
    for mid in inst.by_module:
        if mid in inst.exempt or mid not in members:
            continue
        value[mid] = rule.weight(inst.modules[mid])
        for s, w, h in runs[mid]:
            at.setdefault(s, []).append((w, h, mid))
    events: list[tuple[int, int, float]] = []  # (W, start week, what that week's starts can have ended by W)
    for s, here in at.items():
        cap = inst.capacity[s] if s < len(inst.capacity) else 0
        here.sort()
        load: dict[str, int] = {}  # module: least load of its candidates of at most d weeks
        best = 0.0
        for i, (d, h, mid) in enumerate(here):
            load[mid] = min(h, load.get(mid, h))
            if i + 1 < len(here) and here[i + 1][0] == d:
                continue  # every candidate of d weeks first
            got = _knapsack([(h, value[m]) for m, h in load.items()], cap)
            if got > best:
                best = got
                events.append((s + d, s, got))
    ends: list[int] = []
    totals: list[float] = []
    now: dict[int, float] = {}
    total = 0.0
    for end, s, got in sorted(events):
        total += got - now.get(s, 0.0)
        now[s] = got
        if ends and ends[-1] == end:
            totals[-1] = total
        else:
            ends.append(end)
            totals.append(total)
    inst.memo[key] = (ends, totals)
    return ends, totals


def _runs(inst: Instance) -> dict[str, list[tuple[int, int, int]]]:
    """Per module, each start week a candidate may have with its weeks and weekly load (tenths; a
    module of no weeks runs in no week), once per instance."""
    if "runs" not in inst.memo:
        inst.memo["runs"] = {mid: [(s, c.weeks, scaled(c.offering.hours_per_week) if c.weeks > 0 else 0)
                                   for c in cands for s in range(c.earliest, c.latest + 1)]
                             for mid, cands in inst.by_module.items()}
    return inst.memo["runs"]  # type: ignore[return-value]


def _knapsack(items: list[tuple[int, float]], cap: int) -> float:
    """The most value of ``items`` (load, value) whose loads add up to at most ``cap``; above
    :data:`KNAPSACK_WORK` an upper bound on it (the fractional knapsack)."""
    free = sum(v for h, v in items if h <= 0)
    fit = [(h, v) for h, v in items if 0 < h <= cap]
    if sum(h for h, _ in fit) <= cap:
        return free + sum(v for _, v in fit)
    classes: dict[tuple[int, float], int] = {}
    for item in fit:
        classes[item] = classes.get(item, 0) + 1
    split: list[tuple[int, float]] = []  # bounded knapsack as 0/1 items in powers of two
    for (h, v), n in classes.items():
        n = min(n, cap // h)
        k = 1
        while n > 0:
            take = min(k, n)
            split.append((h * take, v * take))
            n -= take
            k *= 2
    if len(split) * cap > KNAPSACK_WORK:
        room, got = cap, 0.0
        for h, v in sorted(fit, key=lambda hv: hv[1] / hv[0], reverse=True):
            if h >= room:
                return free + got + v * room / h
            room -= h
            got += v
        return free + got
    table = [0.0] * (cap + 1)
    for h, v in split:
        for room in range(cap, h - 1, -1):
            if table[room - h] + v > table[room]:
                table[room] = table[room - h] + v
    return free + table[cap]


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
