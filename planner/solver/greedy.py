"""A greedy list scheduler: the route a person (or a simple tool) would make by hand.

It is the baseline of the benchmarks, not a solver: for each needed goal outcome take the module
with the fewest study hours that certifies it, add the prerequisites of the chosen modules the same
way, put the modules in prerequisite order, and place each one at the earliest week it fits —
after its prerequisites ended, within the weekly hours, without session clashes, within the
budget. When a module fits nowhere it takes another module for the same outcomes, as a person
would; otherwise it never goes back on a choice, so it can finish later than needed or get stuck
(then the plan is ``infeasible`` without items, which does not mean that no route exists).

It uses the same pruned instance as the CP-SAT solver (:func:`build_instance`), so modes, places,
free windows, exclusions, pins and the deadline are honoured the same way.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from planner.catalog import CatalogueSet
from planner.models import AllOf, ChoiceGroup, Credits, Learner, Module, Requirement, With
from planner.plan import Plan, Status
from planner.requirements import fold, requirement_outcomes, thresholds
from planner.solver.bound import INF, earliest_gain, lower_bound, ready_week
from planner.solver.build import build_plan, empty_plan
from planner.solver.dated import clash as dated_clash
from planner.solver.instance import Candidate, Instance, build_instance, check_clock, counts_for, scaled
from planner.solver.model import Vars


class _Selection:
    """Which modules the greedy route takes: the smallest certifier of each needed outcome."""

    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        self.T = earliest_gain(inst)
        self.covered: set[str] = set(inst.proven)
        self.modules: list[str] = []
        self.failed = False
        #: thresholds met last (:meth:`settle`), when every module the goal needs is taken and counts
        self.pending: list[tuple[str, Credits]] = []  # (module with the threshold, threshold)

    def hours(self, mid: str) -> float:
        return self.inst.modules[mid].study_hours

    def certifier(self, outcome: str) -> str | None:
        """The reachable certifier with the fewest study hours (then by id)."""
        inst = self.inst
        options = [m for m in inst.certifiers.get(outcome, []) if ready_week(inst, inst.modules[m].requires, self.T) < INF]
        if not options:
            return None
        return min(options, key=lambda m: (self.hours(m), m))

    def estimate(self, req: Requirement) -> float:
        """Rough study hours to satisfy a requirement (used to choose in 'any' and choice groups)."""
        def leaf(outcome: str) -> float:
            o = self.inst.canon(outcome)
            if o in self.covered:
                return 0.0
            m = self.certifier(o)
            return float("inf") if m is None else self.hours(m)

        return fold(req, leaf, sum, min)

    def outcome(self, outcome: str) -> None:
        if outcome in self.covered:
            return
        m = self.certifier(outcome)
        if m is None:
            self.failed = True
            return
        self.take(m)

    def take(self, mid: str) -> None:
        if mid in self.modules:
            return
        self.modules.append(mid)
        mod = self.inst.modules[mid]
        self.covered |= {self.inst.canon(o) for o in mod.certifies}
        if mod.requires is not None:
            self.requirement(mod.requires, mid)

    def count(self, wanted: Callable[[Module], bool], weight: Callable[[Module], float], need: float,
              owner: str | None = None) -> None:
        """Take modules that ``wanted`` accepts, fewest hours per unit first, until their ``weight`` adds
        up to ``need`` (those already taken and the exempted ones count first; ``owner``, the module
        whose threshold this is, never counts towards it)."""
        inst = self.inst
        got = sum(weight(inst.cs.modules[m]) for m in inst.exempt if wanted(inst.cs.modules[m]))
        got += sum(weight(inst.modules[m]) for m in self.modules
                   if m not in inst.exempt and m != owner and wanted(inst.modules[m]))
        def cost(m: str) -> tuple[bool, float, float, str]:
            # no threshold of its own first (it could only come late), then the hours per unit counted,
            # its own prerequisites included (a filler that needs two more courses first is dearer than
            # one that needs nothing), then the larger unit (fewer modules)
            req = inst.modules[m].requires
            hours = self.hours(m) + (self.estimate(req) if req is not None else 0.0)
            w = weight(inst.modules[m])
            return (bool(thresholds(req)), hours / w if w > 0 else INF, -w, m)

        options = sorted((m for m in inst.by_module if m not in self.modules and m not in inst.exempt and m != owner
                          and wanted(inst.modules[m]) and ready_week(inst, inst.modules[m].requires, self.T) < INF),
                         key=cost)
        for m in options:
            if got + 1e-9 >= need:
                return
            self.take(m)
            got += weight(inst.modules[m])
        if got + 1e-9 < need:
            self.failed = True

    def settle(self) -> None:
        """Meet the thresholds of the taken modules, counting every module taken for the goal: a
        threshold met as soon as it is seen took fillers for credits that the goal's own later courses
        give (UNSW's COMP3900, "102 UOC completed", took 13 courses too many, and the route no longer
        fitted in the horizon)."""
        while self.pending and not self.failed:
            owner, req = self.pending.pop(0)
            self.count(req.counts, req.weight, req.amount, owner)

    def requirement(self, req: Requirement, owner: str) -> None:
        inst = self.inst
        if isinstance(req, str):
            self.outcome(inst.canon(req))
        elif isinstance(req, With):
            self.outcome(inst.canon(req.with_))
        elif isinstance(req, Credits):
            self.pending.append((owner, req))
        elif isinstance(req, AllOf):
            for r in req.all:
                self.requirement(r, owner)
        else:
            if any(ready_week(inst, r, {o: 0 for o in self.covered}, dict.fromkeys(self.modules, 0),
                              {o: 0 for o in self.covered}) == 0 for r in req.any):
                return  # already holds with what is taken
            options = [r for r in req.any if ready_week(inst, r, self.T) < INF]
            if not options:
                self.failed = True
                return
            self.requirement(min(options, key=lambda r: (self.estimate(r), str(r))), owner)


def select_modules(inst: Instance, keep: list[str] | None = None) -> list[str] | None:
    """The modules of the greedy route (None when some needed outcome cannot be reached).

    ``keep``: modules to take first (those of a previous route); the rest of the goal is added to them.
    """
    sel = _Selection(inst)
    for mid in keep or []:
        if mid in inst.by_module:
            sel.take(mid)
    for mid in sorted(inst.pinned_modules):
        if mid not in inst.by_module:
            return None
        sel.take(mid)
    for o in sorted({inst.canon(x) for x in inst.required} - inst.proven):
        sel.outcome(o)
    for group in inst.choices:
        opts = sorted({inst.canon(x) for x in group.of})
        have = sum(1 for o in opts if o in sel.covered)
        if have >= group.outcome_n:
            continue
        open_ = sorted((o for o in opts if o not in sel.covered), key=lambda o: (sel.estimate(o), sel.T.get(o, INF), o))
        for o in open_[: group.outcome_n - have]:
            sel.outcome(o)
    for group in inst.choices:
        def member(m: Module, g: ChoiceGroup = group) -> bool:
            return counts_for(inst, g, m)

        if group.pool is not None and group.n:
            sel.count(member, lambda m: 1.0, group.n)
        if group.min_ec is not None:
            sel.count(member, lambda m: m.study_ec, group.min_ec)
    sel.settle()
    return None if sel.failed else sel.modules


def dependants(inst: Instance, modules: list[str]) -> dict[str, set[str]]:
    """For each module, the modules among ``modules`` that need an outcome it certifies."""
    gives: dict[str, set[str]] = {}
    for m in modules:
        for o in inst.modules[m].certifies:
            gives.setdefault(inst.canon(o), set()).add(m)
    users: dict[str, set[str]] = {m: set() for m in modules}
    for m in modules:
        req = inst.modules[m].requires
        for o in requirement_outcomes(req):
            for n in gives.get(inst.canon(o), set()):
                if n != m:
                    users[n].add(m)
        for rule in thresholds(req):
            for n in modules:
                if n != m and rule.counts(inst.modules[n]):
                    users[n].add(m)
    return users


def prerequisite_order(inst: Instance, modules: list[str], first: dict[str, float] | None = None) -> list[str]:
    """The modules in prerequisite order (Kahn), earliest possible start first.

    ``first``: a number per module to order by instead (lowest first), such as previous start weeks.
    """
    T = earliest_gain(inst)
    users = dependants(inst, modules)
    waiting = dict.fromkeys(modules, 0)
    for us in users.values():
        for u in us:
            waiting[u] += 1

    def key(m: str) -> tuple[float, float, str]:
        ready = ready_week(inst, inst.modules[m].requires, T)
        return ((first or {}).get(m, ready), inst.modules[m].study_hours, m)

    heap = [(key(m), m) for m in modules if waiting[m] == 0]
    heapq.heapify(heap)
    order: list[str] = []
    while heap:
        _, m = heapq.heappop(heap)
        order.append(m)
        for u in sorted(users[m]):
            waiting[u] -= 1
            if waiting[u] == 0:
                heapq.heappush(heap, (key(u), u))
    rest = sorted((m for m in modules if m not in order), key=key)  # only with cyclic prerequisites
    return order + rest


class _Timeline:
    """Weekly load, placed offerings and cost of the route built so far."""

    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        self.load = [0] * inst.horizon
        self.placed: list[tuple[Candidate, int]] = []
        self.cost = 0.0

    def fits(self, c: Candidate, start: int) -> bool:
        demand = scaled(c.offering.hours_per_week)
        end = start + c.weeks
        if end > self.inst.horizon:
            return False
        cap = self.inst.capacity
        if any(self.load[w] + demand > cap[w] for w in range(start, end)):
            return False
        for other, s in self.placed:
            if s < end and start < s + other.weeks and c.offering.sessions_clash(other.offering):
                return False
            if dated_clash(self.inst, c.offering, start, other.offering, s):  # a test day, also after the run
                return False
        return True

    def earliest(self, c: Candidate, ready: int, before: int) -> int | None:
        """The earliest start of a candidate at or after ``ready`` that fits and ends before ``before``."""
        budget = self.inst.learner.budget
        if budget is not None and self.cost + c.offering.cost > budget + 1e-6:
            return None
        for s in range(max(ready, c.earliest), c.latest + 1):
            if s + c.weeks >= before:
                return None
            if self.fits(c, s):
                return s
        return None

    def place(self, c: Candidate, start: int) -> None:
        demand = scaled(c.offering.hours_per_week)
        for w in range(start, start + c.weeks):
            self.load[w] += demand
        self.placed.append((c, start))
        self.cost += c.offering.cost


def greedy_plan(cs: CatalogueSet, learner: Learner, inst: Instance | None = None, *, keep: list[str] | None = None,
                priority: Callable[[list[str]], dict[str, float]] | None = None, deadline: float | None = None) -> Plan:
    """The greedy route: smallest certifiers, prerequisite order, each at its earliest fit.

    ``inst``: the already built instance for this learner, when the caller has it. The warm starts
    of the solver (:mod:`planner.solver.start`) vary the rest: ``keep`` modules to take first (the
    goal adds what they miss) and ``priority``, which gives the chosen modules an order to be
    placed in (lowest first, prerequisites always before). ``deadline`` (``time.perf_counter()``):
    raise :class:`~planner.solver.instance.OutOfTime` when it passes first.
    """
    t0 = time.perf_counter()
    inst = inst if inst is not None else build_instance(cs, learner, deadline=deadline)
    if not inst.needed and not inst.pinned_modules and not any(g.counts_modules for g in inst.choices):
        plan = empty_plan(inst, Status.OPTIMAL)
        plan.status = Status.FEASIBLE
        plan.bound, plan.gap = 0, 0.0
        return plan
    earliest_gain(inst, deadline)  # once per instance, under the clock
    modules = select_modules(inst, keep)
    if modules is None:
        return _stuck(inst, t0)
    timeline = _Timeline(inst)
    gained: dict[str, int] = {o: 0 for o in inst.proven}
    route = _Route(gained, {}, {})
    keep_all = inst.pinned_modules | inst.counted_modules
    queue = prerequisite_order(inst, modules, priority(modules) if priority is not None else None)
    waiting: list[str] = []  # modules whose thresholds the modules placed so far do not meet yet
    while queue or waiting:
        if not queue:  # the rest was skipped: what waits gets its last try (a pinned module is never dropped)
            queue, waiting = waiting, []
        mid = queue.pop(0)
        check_clock(deadline)
        if all(inst.canon(o) in gained for o in inst.modules[mid].certifies) and mid not in keep_all:
            continue  # a replacement placed earlier already gave its outcomes
        placed = _earliest_fit(inst, timeline, mid, route)
        if placed is None and queue and _may_fit_later(inst, mid, queue + waiting):
            # a threshold and the modules that count towards it can be a cycle of the order (UNSW: COMP3900
            # "102 UOC" and COMP4920 "96 UOC"; a course needing "24 credits completed" and one that needs it):
            # the one tried first may need credits still to come, and what needs it waits with it
            waiting.append(mid)
            continue
        if placed is None and mid not in keep_all:
            # that one does not fit: take another module for the same outcomes, fewest hours first
            wanted = {inst.canon(o) for o in inst.modules[mid].certifies} - set(gained)
            others = sorted({m for o in wanted for m in inst.certifiers.get(o, []) if m != mid},
                            key=lambda m: (inst.modules[m].study_hours, m))
            for other in others:
                placed = _earliest_fit(inst, timeline, other, route)
                if placed is not None:
                    mid = other
                    break
        if placed is None:
            return _stuck(inst, t0)
        end, s, c = placed
        timeline.place(c, s)
        route.done[mid] = end
        for o in inst.modules[mid].certifies:
            co = inst.canon(o)
            gained[co] = min(gained.get(co, INF), end)
            route.started[co] = min(route.started.get(co, INF), s)
        queue[:0], waiting = waiting, []  # their thresholds may hold now
    if not _goal_met(inst, set(gained), set(route.done)):
        return _stuck(inst, t0)  # a replacement left part of the goal uncovered: a person would be stuck too
    chosen = {c.index: s for c, s in timeline.placed}
    plan = build_plan(inst, _fake_vars(inst), lambda e: _value(chosen, e), Status.FEASIBLE)
    finish = plan.totals.finish_week if plan.totals else 0
    plan.bound = min(lower_bound(inst), finish)
    plan.gap = 0.0 if finish == 0 else round((finish - plan.bound) / finish, 4)
    plan.solve_seconds = time.perf_counter() - t0
    return plan


def _may_fit_later(inst: Instance, mid: str, pending: list[str]) -> bool:
    """Whether a module that fits nowhere yet may fit once ``pending`` modules are placed: it has a
    threshold, or one of them gives an outcome its prerequisites mention."""
    req = inst.modules[mid].requires
    if thresholds(req):
        return True
    later = {inst.canon(o) for m in pending for o in inst.modules[m].certifies}
    return any(inst.canon(o) in later for o in requirement_outcomes(req))


@dataclass
class _Route:
    """The route placed so far: outcome -> week gained, module -> end week, outcome -> first start."""

    gained: dict[str, int]
    done: dict[str, int]
    started: dict[str, int]


def _goal_met(inst: Instance, gained: set[str], placed: set[str] | None = None) -> bool:
    """Whether the gained outcomes (and ``placed`` modules) cover the goal: required ones and every
    choice group."""
    if not {inst.canon(o) for o in inst.required} <= gained | inst.proven:
        return False
    if not all(len({inst.canon(o) for o in g.of} & (gained | inst.proven)) >= g.outcome_n for g in inst.choices):
        return False
    counted = (placed or set()) | inst.exempt
    for g in inst.choices:
        if not g.counts_modules:
            continue
        members = [inst.cs.modules[m] for m in counted if counts_for(inst, g, inst.cs.modules[m])]
        if g.pool is not None and len(members) < g.n:
            return False
        if g.min_ec is not None and sum(m.study_ec for m in members) + 1e-9 < g.min_ec:
            return False
    return True


def _earliest_fit(inst: Instance, timeline: _Timeline, mid: str, route: _Route) -> tuple[int, int, Candidate] | None:
    """The offering of a module that ends first when started at its earliest fit: (end, start, candidate)."""
    ready = ready_week(inst, inst.modules[mid].requires, route.gained, route.done, route.started)
    if ready >= INF:
        return None
    best: tuple[int, int, Candidate] | None = None
    for c in inst.by_module[mid]:
        s = timeline.earliest(c, ready, best[0] if best else INF)
        if s is not None and (best is None or (s + c.weeks, s) < best[:2]):
            best = (s + c.weeks, s, c)
    return best


class _Keys:
    """Stands for a dict of solver variables: the variable of candidate ``i`` is ``(kind, i)``."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __getitem__(self, index: int) -> tuple[str, int]:
        return (self.kind, index)


def _fake_vars(inst: Instance) -> Vars:
    """Stand-ins for the solver's variables, so :func:`build_plan` builds the greedy plan too."""
    return Vars(x=cast(Any, _Keys("x")), start=cast(Any, _Keys("s")))


def _value(chosen: dict[int, int], expr: Any) -> int:
    kind, index = expr
    if kind == "x":
        return 1 if index in chosen else 0
    return chosen.get(index, 0)


def _stuck(inst: Instance, t0: float) -> Plan:
    plan = empty_plan(inst, Status.INFEASIBLE)
    plan.solve_seconds = time.perf_counter() - t0
    return plan
