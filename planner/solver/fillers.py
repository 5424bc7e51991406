"""Broad pools in the model: keep the modules a route needs and a few of those that only count.

A university's rules ("72 credits completed", "48 credits of level-1 courses") make every module of
the catalogue relevant: each one counts towards some threshold. The model would then hold every
module with every cohort, and a literal per pool module for every module with a threshold — too
large to build, let alone search, in seconds (3,000 modules: some 48,000 candidates).

A route needs only a few of the modules that merely count. :func:`restrict_fillers` keeps

- the modules that can give what the goal needs (its outcomes, choices, milestones and pins, and
  the prerequisites of their certifiers, transitively — thresholds aside);
- the modules of the routes already known (so the best of them is still a route of the model),
  the pinned ones and those of the previous plan;
- per threshold (and choice group counted in modules or EC) of the kept modules, the best modules
  that count towards it and need nothing before them, twice as many as would fill it: most start
  weeks first, then cheapest, fewest hours.

This is a restriction, not a proof: a route outside it may finish earlier. The solver therefore
never claims more from the restricted model than the bounds of the whole instance say (CP-SAT's own
bound on it is not used), so "optimal" still means proven.
"""

from __future__ import annotations

import math

from planner.graph import pool_members, threshold_key
from planner.models import ChoiceGroup, Credits, Module
from planner.requirements import requirement_outcomes, thresholds
from planner.solver.instance import Instance, counts_for, with_candidates

#: Restrict only instances with at least this many candidates, when it removes at least half of them.
MIN_CANDIDATES = 4000
#: Fillers kept per threshold, as a multiple of how many would fill it.
SPARE = 2


def restrict_fillers(inst: Instance, keep: set[str], min_candidates: int = MIN_CANDIDATES) -> Instance | None:
    """The instance with only the modules described above, or None when that would not help.

    ``keep``: modules that must stay (known routes, pins, the previous plan).
    """
    if len(inst.candidates) < min_candidates:
        return None
    kept = _needed(inst) | {m for m in keep if m in inst.by_module} | (inst.pinned_modules & set(inst.by_module))
    free = sorted((m for m in inst.by_module if _free(inst, inst.modules[m])), key=lambda m: _rank(inst, m))
    done: set[tuple[object, ...]] = set()
    todo = True
    while todo:  # thresholds of added fillers count too (free fillers have none, but pins may)
        todo = False
        for mid in sorted(kept):
            for rule in thresholds(inst.modules[mid].requires):
                key = threshold_key(rule)
                if key not in done:
                    done.add(key)
                    kept |= _best(inst, free, rule, None)
                    todo = True
    for group in inst.choices:
        if group.counts_modules:
            kept |= _best(inst, free, None, group)
    kept |= _prerequisites(inst, kept)
    candidates = [c for c in inst.candidates if c.module in kept]
    if 2 * len(candidates) > len(inst.candidates):
        return None
    return with_candidates(inst, candidates)


def _needed(inst: Instance) -> set[str]:
    """Certifiers of the goal's outcomes (required, choices, milestones) and of the prerequisites of
    every module taken this way, transitively."""
    want = {inst.canon(o) for o in inst.required} | {inst.canon(o) for g in inst.choices for o in g.of}
    want |= {inst.canon(o) for _, ms in inst.milestones for o in ms.outcomes}
    return _prerequisites(inst, {m for o in want - inst.proven for m in inst.certifiers.get(o, [])})


def _prerequisites(inst: Instance, modules: set[str]) -> set[str]:
    """The modules with the certifiers of every outcome their prerequisites mention, transitively."""
    out = set(modules)
    todo = sorted(modules)
    while todo:
        mid = todo.pop()
        for o in requirement_outcomes(inst.modules[mid].requires):
            for cert in inst.certifiers.get(inst.canon(o), []):
                if cert not in out:
                    out.add(cert)
                    todo.append(cert)
    return out


def _free(inst: Instance, module: Module) -> bool:
    """Needs nothing before it: no prerequisite outcome that is not proven, and no threshold."""
    req = module.requires
    return not thresholds(req) and all(inst.canon(o) in inst.proven for o in requirement_outcomes(req))


def _rank(inst: Instance, mid: str) -> tuple[float, float, float, str]:
    """Best filler first: most start weeks, then cheapest, then fewest study hours."""
    cands = inst.by_module[mid]
    starts = sum(c.latest - c.earliest + 1 for c in cands)
    cheapest = min(c.offering.cost if c.offering.cost_known else float("inf") for c in cands)  # unknown: not free
    return (-starts, cheapest, inst.modules[mid].study_hours, mid)


def _best(inst: Instance, free: list[str], rule: Credits | None, group: ChoiceGroup | None) -> set[str]:
    """The best free modules counting towards a threshold or a counted choice group, ``SPARE`` times
    as many as would fill it."""
    if rule is not None:
        members = pool_members(inst.cs, rule)
        count = [m for m in free if m in members]
        need = rule.amount
        weights = [rule.weight(inst.modules[m]) for m in count]
    else:
        assert group is not None
        count = [m for m in free if counts_for(inst, group, inst.modules[m])]
        need = max(float(group.n), group.min_ec or 0.0)
        weights = [1.0 if group.min_ec is None else inst.modules[m].study_ec for m in count]
    positive = [w for w in weights if w > 0]
    if not positive:
        return set()
    n = SPARE * math.ceil(need / min(positive))
    return set(count[:n])
