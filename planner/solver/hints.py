"""Where the search starts: a known route completed to a full hint, and the re-plan's short search inside
the previous route's modules (the solver's steps, :mod:`planner.solver.core`)."""

from __future__ import annotations

from ortools.sat.python import cp_model

from planner.plan import Plan
from planner.solver.instance import Instance
from planner.solver.model import Vars, plan_starts, without_repeats


def complete_hint(model: cp_model.CpModel, inst: Instance, v: Vars, plan: Plan, seconds: float) -> dict[int, int] | None:
    """Start the search from a known route: the previous plan when re-planning, else the greedy one.

    The route is completed to a value for every variable (a quick solve with the choices fixed),
    so CP-SAT starts from a full solution. Returns those values, or None when the route does not
    fit the model any more (then only the choices are hinted).
    """
    chosen = without_repeats(inst, plan_starts(inst, plan))
    fixed = model.clone()
    fixed.clear_hints()
    for c in inst.candidates:
        x = fixed.get_bool_var_from_proto_index(v.x[c.index].index)
        fixed.add(x == (1 if c.index in chosen else 0))
        start = v.start[c.index]
        if c.index in chosen and not isinstance(start, int):
            fixed.add(fixed.get_int_var_from_proto_index(start.index) == chosen[c.index])
    fixed.clear_objective()
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.catch_sigint_signal = False
    solver.parameters.max_time_in_seconds = seconds
    model.clear_hints()
    if solver.solve(fixed) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        values = [int(solver.value(fixed.get_int_var_from_proto_index(i))) for i in range(len(model.proto.variables))]
        model.proto.solution_hint.vars.extend(range(len(values)))
        model.proto.solution_hint.values.extend(values)
        return dict(enumerate(values))
    for c in inst.candidates:
        model.add_hint(v.x[c.index], 1 if c.index in chosen else 0)
        start = v.start[c.index]
        if c.index in chosen and not isinstance(start, int):
            model.add_hint(start, chosen[c.index])
    return None



def within_modules(model: cp_model.CpModel, inst: Instance, v: Vars, modules: set[str]) -> cp_model.CpModel | None:
    """A copy of the model that keeps exactly these modules (pins may add), minimising the finish; None
    when one of them is not in the model."""
    assert v.finish is not None
    if not modules <= set(v.y):
        return None
    fixed = model.clone()
    for mid, y in v.y.items():
        if mid in modules:
            fixed.add(fixed.get_bool_var_from_proto_index(y.index) == 1)
        elif mid not in inst.pinned_modules:
            fixed.add(fixed.get_bool_var_from_proto_index(y.index) == 0)
    fixed.minimize(fixed.get_int_var_from_proto_index(v.finish.index))
    return fixed
