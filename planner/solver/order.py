"""The learner's order wishes and pinned start weeks as constraints of the CP-SAT model.

An order wish binds only modules the route takes: "A first" makes A end before every other chosen
module starts; "A before B" makes A end before B starts when both are chosen. A pinned start fixes
the start week of a pinned module (or of the pinned offering, when that is what was pinned).
"""

from __future__ import annotations

from typing import Protocol

from ortools.sat.python import cp_model

from planner.solver.instance import Instance


class Vars(Protocol):
    """The variables of :class:`planner.solver.model.Vars` these constraints read (that module calls this one)."""

    x: dict[int, cp_model.IntVar]
    start: dict[int, cp_model.IntVar | int]
    y: dict[str, cp_model.IntVar]
    S: dict[str, cp_model.IntVar]
    E: dict[str, cp_model.IntVar]
    infeasible: list[str]


def add_order(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """Order wishes and pinned start weeks (see the module's docstring)."""
    learner = inst.learner
    for wish in learner.order:
        first = wish.module
        if first not in v.y:
            continue  # a module the route cannot take: nothing to order
        later = [m for m in sorted(v.y) if m != first] if wish.before is None else [wish.before]
        for m in later:
            if m in v.y:
                model.add(v.E[first] <= v.S[m]).only_enforce_if([v.y[first], v.y[m]])
    for ref, week in sorted(learner.pinned_start_weeks().items()):
        offering = inst.cs.offerings.get(ref)
        module = offering.module if offering is not None else ref
        if module not in v.y or week < 0:
            v.infeasible.append(ref)
            model.add_bool_or([])
            continue
        if offering is None:
            model.add(v.S[module] == week)
            continue
        for c in inst.by_module[module]:
            if c.offering.id == ref:
                model.add(v.start[c.index] == week).only_enforce_if(v.x[c.index])
