"""Lower bounds on the finish week, computed without the solver.

- chain: the earliest week each outcome can be gained through real start dates, following
  prerequisites but ignoring capacity and clashes (a fixpoint over the candidates);
- energy: the study hours of the cheapest way to gain each needed outcome must fit in the weeks
  before the finish.
"""

from __future__ import annotations

from planner.models import AllOf, Requirement
from planner.solver.instance import Instance, scaled

INF = 10**9


def _ready(inst: Instance, req: Requirement | None, T: dict[str, int]) -> int:
    if req is None:
        return 0
    if isinstance(req, str):
        return T.get(inst.canon(req), INF)
    vals = [_ready(inst, r, T) for r in (req.all if isinstance(req, AllOf) else req.any)]
    return max(vals) if isinstance(req, AllOf) else min(vals)


def earliest_gain(inst: Instance) -> dict[str, int]:
    """Earliest week each (canonical) outcome can be gained, ignoring capacity and clashes."""
    T: dict[str, int] = {o: 0 for o in inst.proven}
    changed = True
    while changed:
        changed = False
        for c in inst.candidates:
            m = inst.modules[c.module]
            r = _ready(inst, m.requires, T)
            if r >= INF:
                continue
            s = max(r, c.earliest)
            if s > c.latest:
                continue
            end = s + c.weeks
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
        times = sorted(T.get(inst.canon(o), INF) for o in set(g.of))
        lb = max(lb, times[g.n - 1] if len(times) >= g.n else INF)
    for mid in inst.pinned_modules:
        ends = [min(c.latest, max(c.earliest, _ready(inst, inst.modules[mid].requires, T))) + c.weeks
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


def lower_bound(inst: Instance) -> int:
    """The best of the bounds above."""
    return max(chain_bound(inst), energy_bound(inst))
