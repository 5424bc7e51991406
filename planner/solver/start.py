"""Warm starts: the route the search starts from.

CP-SAT gets a complete route as its first solution (:mod:`planner.solver.core`); the earlier that
route finishes, the less of the time limit goes to catching up with it. Each start here is a greedy
list schedule (:func:`planner.solver.greedy.greedy_plan`: modules placed one by one at their
earliest fit, prerequisites first) with another order to place the modules in:

- when re-planning, the previous route's modules in their previous order, placed again after the
  edit (first, so that on a tie the route changes least);
- the plain greedy order, earliest possible start first (the benchmarks' baseline);
- longest tail first: a module with a long chain of modules after it goes before one that ends a
  chain (the critical-path rule of list scheduling);
- the tail rule with seeded random weights, a few times, while the time budget lasts.

The route that finishes first wins (ties: the earlier rule in this list).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import networkx as nx

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import Plan, Status
from planner.solver.greedy import dependants, greedy_plan
from planner.solver.instance import Instance

#: Randomised tail orders tried after the fixed rules (fewer when the budget runs out).
VARIANTS = 6


def tail_weeks(inst: Instance, modules: list[str], weight: dict[str, float] | None = None) -> dict[str, float]:
    """Weeks of the longest chain of modules from each module to the end of the route (itself included).

    The weeks of a module are those of its shortest offering, times ``weight`` when given. Modules in
    a prerequisite loop count only the chains after the loop.
    """
    users = dependants(inst, modules)
    weeks = {m: min(c.weeks for c in inst.by_module[m]) * (weight or {}).get(m, 1.0) for m in modules}
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    graph.add_edges_from((m, u) for m, us in users.items() for u in us)
    loops = nx.condensation(graph)  # a DAG of strongly connected components
    tail: dict[str, float] = {}
    for comp in reversed(list(nx.topological_sort(loops))):
        members = loops.nodes[comp]["members"]
        after = max((tail[u] for m in members for u in users[m] if u in tail), default=0.0)
        for m in members:
            tail[m] = weeks[m] + after
    return tail


def finish_week(plan: Plan | None) -> float:
    """The finish week of a route; infinite when there is none."""
    if plan is None or plan.status not in (Status.OPTIMAL, Status.FEASIBLE) or plan.totals is None:
        return float("inf")
    return plan.totals.finish_week


def _longest_tail_first(inst: Instance, weight: dict[str, float] | None = None) -> Callable[[list[str]], dict[str, float]]:
    def priority(modules: list[str]) -> dict[str, float]:
        return {m: -t for m, t in tail_weeks(inst, modules, weight).items()}

    return priority


def repair_route(cs: CatalogueSet, learner: Learner, inst: Instance, previous: Plan, deadline: float | None = None) -> Plan:
    """A previous route fitted to an edit: its modules (plus what the goal or a pin now needs) in its order."""
    weeks = {i.module: float(i.start_week) for i in previous.items}
    return greedy_plan(cs, learner, inst, keep=sorted(weeks, key=lambda m: (weeks[m], m)), priority=lambda modules: weeks,
                       deadline=deadline)


def warm_start(cs: CatalogueSet, learner: Learner, inst: Instance, *, tried: list[Plan] | None = None,
               budget: float = 0.5, deadline: float | None = None) -> Plan:
    """The earliest-finishing route of ``tried`` (routes already made, best first on a tie) and the
    list schedules above that are not among them (the plain greedy one is made when ``tried`` is empty).

    Stops trying random orders once ``budget`` seconds are used; raises
    :class:`~planner.solver.instance.OutOfTime` when ``deadline`` passes first. The plan may have no route (status
    infeasible) when every rule got stuck.
    """
    t0 = time.perf_counter()
    best: Plan | None = None

    def consider(plan: Plan) -> None:
        nonlocal best
        if best is None or finish_week(plan) < finish_week(best):
            best = plan

    for plan in tried or [greedy_plan(cs, learner, inst, deadline=deadline)]:
        consider(plan)
    consider(greedy_plan(cs, learner, inst, priority=_longest_tail_first(inst), deadline=deadline))
    rng = random.Random(len(inst.candidates))
    for _ in range(VARIANTS):
        if time.perf_counter() - t0 >= budget:
            break
        noise = {m: rng.uniform(0.7, 1.3) for m in sorted(inst.by_module)}
        consider(greedy_plan(cs, learner, inst, priority=_longest_tail_first(inst, noise), deadline=deadline))
    assert best is not None
    return best
