"""Stable re-plans: a pin holds its dates, and what need not move stays where it was.

- :func:`hold_pins`: a pinned module that the previous plan placed keeps that offering and start
  week (the learner pinned what they saw), when that placement is still possible;
- :func:`add_stability`: the objective of the re-plan's second phase, right after the finish week:
  first the number of the previous plan's modules that moved (another offering or start, or left
  out) plus the modules added, then how far the moved ones moved. So a module stays where it is
  unless moving it makes the finish earlier (the first phase), and one that must move moves least;
- :func:`settle`: after the search, each module that moved anyway goes back where it was when the
  independent validator accepts that and the finish stays (the stability phase gets only what the
  finish phase leaves of the time limit).
"""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from planner.plan import Plan
from planner.solver.build import summarise
from planner.solver.instance import Candidate, Instance, with_candidates
from planner.solver.model import Vars, plan_starts
from planner.validate import validate_plan


def held_placements(inst: Instance, previous: Plan | None) -> dict[str, tuple[str, int]]:
    """{pinned module: (offering, start week)} of the previous plan that the instance still allows."""
    if previous is None:
        return {}
    out: dict[str, tuple[str, int]] = {}
    starts = inst.learner.pinned_start_weeks()  # a pinned start week wins over the previous one
    for it in previous.items:
        if it.module not in inst.pinned_modules:
            continue
        week = starts.get(it.offering, starts.get(it.module, it.start_week))
        for c in inst.by_module.get(it.module, []):
            if c.offering.id == it.offering and c.earliest <= week <= c.latest:
                out[it.module] = (it.offering, week)
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
    span = max([inst.horizon, *before.values()]) + 1
    weight = 1 + len(before) * span  # one module moved outweighs any sum of weeks
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
            # the previous week may lie beyond a horizon that shrank since (a shorter route is known): the
            # distance must reach it, or the bound on it would forbid the module outright
            d = model.new_int_var(0, span, f"moved[{mid}]")
            model.add(d >= v.S[mid] - week).only_enforce_if(v.y[mid])
            model.add(d >= week - v.S[mid]).only_enforce_if(v.y[mid])
            distance.append(d)
    added = [y for mid, y in v.y.items() if mid not in before]
    # moved = len(before) - sum(kept); the constant is left out of the objective
    return cp_model.LinearExpr.weighted_sum(kept + added + distance,
                                            [-weight] * len(kept) + [weight] * len(added) + [1] * len(distance))


def settle(inst: Instance, previous: Plan | None, plan: Plan, deadline: float) -> Plan:
    """The re-planned route with every moved module put back where the previous plan had it, when
    that keeps the route valid (the independent validator) and finishing no later — one at a time,
    until none can go back or ``deadline`` (``time.perf_counter()``) passes.

    The stability phase does this in the model, but gets what the finish phase leaves of the time
    limit; on M it left 19 such moves over 20 small edits. Putting back ranks above hours and cost,
    as in the phases.
    """
    if previous is None or not previous.items or plan.totals is None or not plan.items:
        return plan
    old = {i.module: i for i in previous.items}
    finish = plan.totals.finish_week
    changed = True
    while changed and time.perf_counter() < deadline:
        changed = False
        for it in list(plan.items):
            before = old.get(it.module)
            if before is None or (before.offering, before.start_week) == (it.offering, it.start_week) or before.end_week > finish:
                continue
            back = before.model_copy(update={"pinned": it.pinned, "reasons": []})
            trial = plan.model_copy(update={"items": [back if i.module == it.module else i for i in plan.items], "totals": None})
            if not validate_plan(inst.cs, inst.learner, trial):
                plan = retotal(inst, trial)
                changed = True
            if time.perf_counter() >= deadline:
                break
    return plan


def retotal(inst: Instance, plan: Plan) -> Plan:
    """A plan with its items sorted and its totals and milestones computed again."""
    items, milestones, totals = summarise(inst, plan.items)
    return plan.model_copy(update={"items": items, "totals": totals, "milestones": milestones})
