"""Stable re-plans: a pin holds its dates, and what need not move stays where it was.

- :func:`hold_pins`: a pinned module that the previous plan placed keeps that offering and start
  week (the learner pinned what they saw), when that placement is still possible;
- :func:`add_stability`: the objective of the re-plan's second phase, right after the finish week:
  first the number of the previous plan's modules that moved (another offering or start, or left
  out) plus the modules added, then how far the moved ones moved. So a module stays where it is
  unless moving it makes the finish earlier (the first phase), and one that must move moves least.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from planner.plan import Plan
from planner.solver.instance import Candidate, Instance, with_candidates
from planner.solver.model import Vars, plan_starts


def held_placements(inst: Instance, previous: Plan | None) -> dict[str, tuple[str, int]]:
    """{pinned module: (offering, start week)} of the previous plan that the instance still allows."""
    if previous is None:
        return {}
    out: dict[str, tuple[str, int]] = {}
    for it in previous.items:
        if it.module not in inst.pinned_modules:
            continue
        for c in inst.by_module.get(it.module, []):
            if c.offering.id == it.offering and c.earliest <= it.start_week <= c.latest:
                out[it.module] = (it.offering, it.start_week)
    return out


def hold_pins(inst: Instance, previous: Plan | None) -> Instance:
    """The instance with each pinned module of the previous plan fixed to its offering and start week."""
    held = held_placements(inst, previous)
    if not held:
        return inst
    keep: list[Candidate] = []
    for c in inst.candidates:
        if c.module not in held:
            keep.append(c)
            continue
        offering, week = held[c.module]
        if c.offering.id == offering and c.earliest <= week <= c.latest and not any(k.module == c.module for k in keep):
            keep.append(Candidate(c.index, c.module, c.offering, week, week))
    return with_candidates(inst, keep)


def add_stability(model: cp_model.CpModel, inst: Instance, v: Vars, previous: Plan | None) -> cp_model.LinearExprT:
    """Modules moved or added against the previous plan (weighted first), then weeks moved."""
    if previous is None or not previous.items:
        return 0
    same = plan_starts(inst, previous)
    before = {i.module: i.start_week for i in previous.items}
    weight = 1 + len(before) * (inst.horizon + 1)  # one module moved outweighs any sum of weeks
    kept: list[cp_model.IntVar] = []  # a previous module at its previous offering and start
    distance: list[cp_model.IntVar] = []
    for mid, week in sorted(before.items()):
        for c in inst.by_module.get(mid, []):
            if c.index not in same:
                continue
            start = v.start[c.index]
            if isinstance(start, int):
                kept.append(v.x[c.index])
            else:
                k = model.new_bool_var(f"kept[{mid}]")
                model.add_implication(k, v.x[c.index])
                model.add(start == same[c.index]).only_enforce_if(k)
                kept.append(k)
        if mid in v.y:
            d = model.new_int_var(0, inst.horizon + 1, f"moved[{mid}]")
            model.add(d >= v.S[mid] - week).only_enforce_if(v.y[mid])
            model.add(d >= week - v.S[mid]).only_enforce_if(v.y[mid])
            distance.append(d)
    added = [y for mid, y in v.y.items() if mid not in before]
    # moved = len(before) - sum(kept); the constant is left out of the objective
    return cp_model.LinearExpr.weighted_sum(kept + added + distance,
                                            [-weight] * len(kept) + [weight] * len(added) + [1] * len(distance))
