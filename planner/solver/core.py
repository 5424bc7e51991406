"""The route solver: CP-SAT in lexicographic phases, streaming each improving plan. Phases: (1) finish week,
(2) total study hours, (3) cost, (4) preferences, milestone lateness and stability against a previous plan, (5) a
tie-break (start early) so the same input gives the same plan; each fixes the one before's optimum, hinted by it."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ortools.sat.python import cp_model

import planner.solver.lns as lns
from planner.catalog import CatalogueSet
from planner.facets import facet_messages
from planner.messages import msg
from planner.models import Learner, week_start
from planner.plan import Message, Plan, Status
from planner.solver.bound import earliest_gain, lower_bound, relaxation_bound, tighten
from planner.solver.build import build_plan, empty_plan
from planner.solver.fillers import MIN_CANDIDATES, restrict_fillers
from planner.solver.greedy import greedy_plan
from planner.solver.hints import complete_hint, within_modules
from planner.solver.instance import Instance, OutOfTime, build_instance
from planner.solver.kept import KeptModels, hint_values, keep_model
from planner.solver.model import Objectives, Vars, build_model, earliness_terms
from planner.solver.packing import BIG_SHARE, big_share, drop_overloaded, packing_bound
from planner.solver.reasons import explain_plan
from planner.solver.slots import fixed_start_bound
from planner.solver.stability import add_stability, held_placements, hold_pins, settle
from planner.solver.start import finish_week, repair_route, warm_start
from planner.validate import validate_plan

OnPlan = Callable[[Plan], None]
#: Explains why no route exists, given the stop event to honour and the moment (``time.perf_counter()``)
#: by which it must be done: see :func:`planner.explain.route_solver`.
WhyNot = Callable[[CatalogueSet, Learner, threading.Event, float], list[Message]]
#: Seconds it takes to build the model, per candidate (L: 2,500 candidates in about 0.4 s), so that a
#: solve with too little time left returns the route it has instead of overrunning its limit.
BUILD_SECONDS = 0.00015
#: What the whole solve (set-up, search and explanation) keeps back from its time limit, seconds.
RESERVE = 0.1
#: Above this many candidates the presolve skips probing.
LARGE_MODEL = 5000
#: Above this many candidates the phases after the first skip probing: on L (2,000–3,000 candidates)
#: it took about a second, more than those phases get, so hours and cost were never improved.
LATER_PROBING = 1500


class _Unheld(Exception):
    """Holding the pins' previous dates leaves no route (then the solve runs again without)."""


class _Rebuild(Exception):
    """The kept model (cut to the previous route's horizon) found no route after the edit: build afresh."""


@dataclass
class PhaseResult:
    """What one phase of the solve found."""

    status: Any
    values: dict[int, int] | None
    objective: int | None
    bound: float | None


class _Stream(cp_model.CpSolverSolutionCallback):
    """Forwards improving solutions as plans, at most every ``interval`` seconds."""

    def __init__(self, emit: Callable[[cp_model.CpSolverSolutionCallback], None], interval: float = 0.15) -> None:
        super().__init__()
        self._emit = emit
        self._interval = interval
        self._last = 0.0

    def on_solution_callback(self) -> None:
        now = time.perf_counter()
        if now - self._last >= self._interval:
            self._last = now
            self._emit(self)


class Solver:
    """Plans a route for one learner; :meth:`stop` may be called from any thread."""

    def __init__(
        self,
        cs: CatalogueSet,
        learner: Learner,
        *,
        previous: Plan | None = None,
        time_limit: float = 10.0,
        explain: bool = True,
        workers: int = 2,
        phases: int = 5,
        parameters: dict[str, Any] | None = None,
        why_not: WhyNot | None = None,
        stop: threading.Event | None = None,
        keep: KeptModels | None = None,
    ) -> None:
        self.cs = cs
        self.learner = learner
        self.previous = previous
        self.time_limit = time_limit
        self.explain = explain
        self.workers = workers
        self.phases = phases
        self.parameters = dict(parameters or {})
        self.why_not = why_not
        # a shared event stops this solver and every solver made with it (the explanation's probes)
        self._stop = stop if stop is not None else threading.Event()
        self._deadline = time.perf_counter() + time_limit
        self._lock = threading.Lock()
        self._current: cp_model.CpSolver | None = None
        self.instance: Instance | None = None
        self._holding = False
        #: Where this solve's model is kept for the next re-plan (and looked up for this one); what the
        #: re-plan reused: the edits applied to the kept model, or None when it was built afresh.
        self.keep = keep
        self.reused: list[str] | None = None
        self._previous_valid = self._shown_previous = False
        #: The best list-scheduler route so far and its bound: the answer when the set-up runs out of time.
        self._fallback: tuple[Plan, int] | None = None
        self._at_bound: Plan | None = None  # the choices of a route that ends at the bound (slots.py)

    # ------------------------------------------------------------------ control
    def stop(self) -> None:
        """Stop the search as soon as possible; :meth:`solve` returns the best plan so far."""
        self._stop.set()
        with self._lock:
            if self._current is not None:
                self._current.stop_search()

    @property
    def stopped(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._stop.is_set()

    # ------------------------------------------------------------------ solve
    def solve(self, on_plan: OnPlan | None = None) -> Plan:
        """Find the best route (blocking). ``on_plan`` receives each improving plan."""
        t0 = time.perf_counter()
        self._deadline = t0 + self.time_limit
        self._fallback, self._shown_previous, self._at_bound = None, False, None
        try:
            try:
                try:
                    return self._solve(on_plan, t0, hold=True, reuse=True)
                except _Rebuild:
                    self._fallback, self.reused = None, None
                    return self._solve(on_plan, t0, hold=True)
            except _Unheld:
                # the pins' previous dates leave no route: pins hold their modules (and offerings) only
                self._fallback = None
                return self._solve(on_plan, t0, hold=False)
        except OutOfTime:
            return self._out_of_time(t0)

    def _solve(self, on_plan: OnPlan | None, t0: float, hold: bool, reuse: bool = False) -> Plan:
        # every step of the set-up runs under the time limit: when it passes, OutOfTime ends the solve
        # with the best route so far (_out_of_time)
        clock = self._deadline - RESERVE
        if self.previous is not None and self.previous.items and on_plan is not None and not self._shown_previous and \
                not validate_plan(self.cs, self.learner, self.previous):  # the edit left it a route: on screen before any set-up
            self._shown_previous = True
            self._show(on_plan, self.previous.model_copy(deep=True), 0, t0)
        reused = self.keep.reuse(self.cs, self.learner, self.previous) if reuse and self.keep is not None else None
        if reused is not None:  # the previous solve's model with the edit as bounds (kept.py)
            self.reused, inst = reused.kinds, reused.inst
            self.instance = inst
            first = self._start_routes(inst, inst, reused.bound, on_plan, t0, clock)
            if first is None:  # no list schedule within the kept horizon (it may need a later one): build afresh
                raise _Rebuild
            earliest_gain(inst, clock)  # the edited instance's own bounds may be above the kept one (a budget)
            lb = reused.at_least(self._tighter_bound(inst, max(reused.bound, lower_bound(inst)), int(finish_week(first))))
            return self._search(on_plan, t0, inst, lb, first, first, None, reused.model, reused.v, reused.obj, reused.values)
        inst = build_instance(self.cs, self.learner, deadline=clock)
        self._holding = hold and bool(held_placements(inst, self.previous))
        if self._holding:
            inst = hold_pins(inst, self.previous)  # a pin holds its offering and dates
        self.instance = inst
        if not inst.needed and not inst.pinned_modules and not any(g.counts_modules for g in inst.choices):
            plan = empty_plan(inst, Status.OPTIMAL)
            plan.messages.append(msg("status.nothing"))
            plan.bound, plan.gap = 0, 0.0
            return plan
        # cohorts through a week with too few hours can never be taken: without them the quick bounds
        # may already prove that no route exists (8 h a week across holidays: 8.5 s without a proof)
        plain, inst = inst, drop_overloaded(inst)
        self.instance = inst
        earliest_gain(inst, clock)
        lb = lower_bound(inst)
        if lb > inst.horizon:
            return self._infeasible(inst, t0)
        # a route to show at once: the greedy one, or when re-planning the previous route if the edit
        # left it valid, else that route repaired; better starts are tried after it is on screen
        # (the plain greedy route is the benchmark's baseline: on the instance before pruning, the same route)
        warm = self._start_routes(inst, plain, lb, on_plan, t0, clock)
        if warm is not None and self._left() <= BUILD_SECONDS * min(len(inst.candidates), MIN_CANDIDATES):
            # no time to build the model (larger ones may be narrowed below): the best list schedule
            return self._heuristic(warm, lb, t0)
        # its finish is an upper bound: a shorter horizon, and cohorts that cannot start in time go
        upper = int(finish_week(warm)) if warm is not None else None
        route = warm
        warm = warm or empty_plan(inst, Status.UNKNOWN)
        # a learner who gives weeks for how they like to learn may finish up to that much later
        later = self.learner.how.weeks_later if self.phases > 1 and self.learner.how.soft() else 0
        inst = tighten(inst, horizon=min(inst.horizon, upper + later) if upper else None, deadline=clock)
        self.instance = inst
        earliest_gain(inst, clock)
        # broad pools: only what a route needs and the best of what merely counts (fillers.py, keeps the known
        # route); the whole instance's relaxation (seconds at this size) is left out for the search
        narrow = None if route is None else \
            restrict_fillers(inst, {i.module for p in (route, self.previous) if p is not None for i in p.items})
        lb = self._tighter_bound(inst, lb, upper, relax=narrow is None)
        if lb > inst.horizon:
            return self._infeasible(inst, t0)
        if narrow is not None:
            inst = self.instance = narrow
        if route is not None and self._left() <= BUILD_SECONDS * len(inst.candidates):
            return self._heuristic(route, lb, t0)  # no time left to build the model
        if route is not None:
            self._fallback = (route, lb)
        model, v, obj = build_model(inst, self.previous, lb, deadline=clock)
        return self._search(on_plan, t0, inst, lb, route, warm, narrow, model, v, obj, None)

    def _search(self, on_plan: OnPlan | None, t0: float, inst: Instance, lb: int, route: Plan | None, warm: Plan,
                narrow: Instance | None, model: cp_model.CpModel, v: Vars, obj: Objectives,
                kept_values: dict[int, int] | None) -> Plan:
        """The search in phases on a built (or kept) model; ``kept_values``: a kept complete hint."""
        if v.infeasible:
            return self._infeasible(inst, t0)
        if route is not None and self._left() <= 0:
            return self._heuristic(route, lb, t0)
        base = model.clone() if self.keep is not None and narrow is None else None
        # a kept route on the kept model; else a route at the bound (slots.py) if it completes, else the best known
        secs = max(0.01, min(2.0, 0.1 * self.time_limit, 0.3 * self._left()))
        known = hint_values(model, kept_values) if kept_values is not None and self._previous_valid else \
            (self._at_bound and complete_hint(model, inst, v, self._at_bound, secs)) or complete_hint(model, inst, v, warm, secs)
        if route is None and big_share(inst) >= BIG_SHARE:
            # no route known, and most candidates need more than half a week: CP-SAT often proves
            # quickly that there is none; when it does not, the packing LP may (Anna at 8 h a week)
            assert v.finish is not None
            model.minimize(v.finish)
            quick = self._run(model, v, max(0.05, min(0.5, 0.2 * self._left())), None, self.workers)
            if quick.status == cp_model.INFEASIBLE:
                return self._infeasible(inst, t0)
            if quick.values is None:
                lb = max(lb, packing_bound(inst, lb, None, time_limit=max(0.01, min(2.0, 0.5 * self._left()))))
                if lb > inst.horizon:
                    return self._infeasible(inst, t0)

        # when re-planning, the search leaves a little time to put back what it moved without need (settle)
        deadline = self._deadline - (min(0.5, 0.05 * self.time_limit) if self.previous is not None and self.previous.items else 0.0)
        bound = float(lb)

        def emit(cb: cp_model.CpSolverSolutionCallback) -> None:
            if on_plan is None:
                return
            plan = build_plan(inst, v, cb.value, Status.FEASIBLE)
            claim(plan, int(max(bound, lb)), stopped=False)
            plan.solve_seconds = time.perf_counter() - t0
            on_plan(plan)

        if self.previous is not None and self.previous.items and known is not None:
            # re-planning: first a short search that keeps the previous route's modules (offerings and
            # weeks free); it fits most edits within a few tenths of a second
            fixed = within_modules(model, inst, v, {i.module for i in self.previous.items})
            res = self._run(fixed, v, max(0.05, min(0.3, 0.05 * self.time_limit)), emit, self.workers, interval=0.0) \
                if fixed is not None else None
            better = res.values if res is not None and res.objective is not None and v.finish is not None and \
                res.objective < known[v.finish.index] else None
            if better is not None:
                known = better
                model.clear_hints()
                model.proto.solution_hint.vars.extend(list(known))
                model.proto.solution_hint.values.extend(list(known.values()))

        if known is not None and lns.applies(inst, bool(self.previous and self.previous.items)):  # L: around the last weeks first
            known = lns.first(inst, model, v, known, lns.SHARE * 0.85 * (deadline - time.perf_counter()), self.workers, self._stop, emit, lb)
        terms, slack, extra = self._objective_terms(model, inst, v, obj)
        fastest: int | None = None
        status = Status.OPTIMAL
        values: dict[int, int] | None = None
        for phase, term in enumerate(terms[: self.phases + extra]):
            remaining = deadline - time.perf_counter()
            last = phase == len(terms) - 1
            if phase > 0 and (remaining <= 0.05 or self._stop.is_set()):
                if not last and status == Status.OPTIMAL:
                    status = Status.FEASIBLE
                break
            # the finish week matters most: it may use all but a reserve for the later phases
            share = remaining * (0.85 if phase == 0 else 1.0 / (len(terms) - phase))
            if isinstance(term, int):
                continue
            model.minimize(term)
            if last:  # the tie-break runs single-threaded from scratch, so equal inputs give equal plans
                model.clear_hints()
            # phase 1 shows each better route it finds; a start that ends at the bound is optimal as it is
            at_bound = phase == 0 and known is not None and v.finish is not None and known[v.finish.index] <= lb
            res = PhaseResult(cp_model.OPTIMAL, known, lb, lb) if at_bound else \
                self._run(model, v, max(share, 0.05), emit if phase == 0 or on_plan else None, 1 if last else self.workers,
                          interval=0.0 if phase == 0 else 0.15, later=phase > 0)
            if last and res.values is None:
                break  # keep the previous phase's plan; the tie-break is cosmetic
            if res.values is None and phase == 0 and known is not None and res.status != cp_model.INFEASIBLE:
                # out of time before the search reported anything: the known route still stands
                assert v.finish is not None
                res = PhaseResult(cp_model.FEASIBLE, known, known[v.finish.index], None)
            if res.values is None and phase == 0 and route is not None and res.status != cp_model.INFEASIBLE:
                return self._heuristic(route, int(max(bound, lb)), t0)
            if res.values is None:
                if phase == 0:
                    if res.status == cp_model.INFEASIBLE:
                        return self._infeasible(inst, t0)
                    return self._no_route_found(inst, t0, int(max(bound, lb)))
                status = Status.FEASIBLE if status == Status.OPTIMAL else status
                break
            values = res.values
            if phase == 0:
                if narrow is None:
                    bound = max(float(lb), math.ceil((res.bound or 0.0) - 1e-6))  # the finish week is whole
                if res.status != cp_model.OPTIMAL:
                    status = Status.STOPPED if self._stop.is_set() else Status.FEASIBLE
            elif res.status != cp_model.OPTIMAL and status == Status.OPTIMAL and not last:
                status = Status.FEASIBLE
            # fix this phase's value and continue from this solution (the finish week with the learner's slack)
            if phase == 0:
                fastest = int(res.objective or 0)
            model.add(term <= int(res.objective or 0) + (slack if phase == 0 else 0))  # type: ignore[operator]
            model.clear_hints()
            for var_index, value in values.items():
                model.proto.solution_hint.vars.append(var_index)
                model.proto.solution_hint.values.append(value)

        assert values is not None
        plan = self._final_plan(inst, v, values, status, int(max(bound, lb)), fastest, t0)
        if base is not None and self.keep is not None and plan.status in (Status.OPTIMAL, Status.FEASIBLE):
            keep_model(self.keep, self.learner, inst, base, v, obj, values, plan)
        return plan

    # ------------------------------------------------------------------ steps of a solve
    def _start_routes(self, inst: Instance, plain: Instance, lb: int, on_plan: OnPlan | None, t0: float,
                      clock: float) -> Plan | None:
        """The route to show at once and the best start found after it (None: no list schedule found)."""
        still = self.previous is not None and bool(self.previous.items) and self._trusted(self.previous, lb) is not None
        base = self._trusted(greedy_plan(self.cs, self.learner, plain, deadline=clock), lb)
        first = base
        if self.previous is not None and self.previous.items:
            if still:
                first = self.previous
            else:
                repaired = self._trusted(repair_route(self.cs, self.learner, inst, self.previous, clock), lb)
                if repaired is not None and finish_week(repaired) <= finish_week(base):
                    first = repaired
        self._previous_valid = first is self.previous
        if first is not None:
            self._fallback = (first, lb)
        if first is not None and on_plan is not None and not still:
            self._show(on_plan, first, lb, t0)
        tried = [p for p in (first, base) if p is not None]
        if first is self.previous and self.previous is not None:
            # the edit left room (more hours, say): the same route placed again may finish earlier
            tried.insert(1, repair_route(self.cs, self.learner, inst, self.previous, clock))
        # random orders only for a new route: when re-planning, the previous route is the better start
        budget = 0.0 if self.previous is not None and self.previous.items else max(0.02, min(0.5, 0.03 * self.time_limit))
        budget = min(budget, max(0.0, 0.2 * self._left()))
        warm = self._trusted(warm_start(self.cs, self.learner, inst, tried=tried, budget=budget, deadline=clock), lb) or first
        if warm is not None:
            self._fallback = (warm, lb)
        if warm is not None and warm is not first and on_plan is not None:
            self._show(on_plan, warm, lb, t0)
        return warm

    def _tighter_bound(self, inst: Instance, lb: int, upper: int | None, relax: bool = True) -> int:
        """Quick bounds; with ``relax`` the relaxation and packing LP; the fixed-start ones (slots.py)."""
        lb = max(lb, lower_bound(inst))
        share = min(1.0, 0.1 * self.time_limit, 0.2 * self._left())
        if relax and lb <= inst.horizon and upper != lb:
            lb = relaxation_bound(inst, lb, time_limit=max(0.01, share), workers=self.workers)
            if lb <= inst.horizon and upper is not None and upper != lb and big_share(inst) >= BIG_SHARE:
                lb = max(lb, packing_bound(inst, lb, upper, time_limit=max(0.01, share)))
        if lb <= inst.horizon and upper != lb:  # when every start is fixed (also narrowed, or no route known)
            lb, self._at_bound = fixed_start_bound(inst, lb, upper, 2 * share, self.workers)
        return lb

    def _objective_terms(self, model: cp_model.CpModel, inst: Instance, v: Vars,
                         obj: Any) -> tuple[list[cp_model.LinearExprT], int, int]:
        """The objective's phases in order, the weeks of slack after the first (the learner's weeks
        for how they like to learn) and how many phases the learner's wishes add."""
        terms: list[cp_model.LinearExprT] = [obj.finish, obj.hours, obj.cost, obj.preferences, earliness_terms(inst, v)]
        if self.previous is not None and self.previous.items:
            # re-planning: right after the finish week, move as little of the previous route as possible
            terms.insert(1, add_stability(model, inst, v, self.previous))
        # how the learner likes to learn: right after the finish week, up to weeksLater weeks after it
        # (then the earliest finish again); its own phases, so the phase count of the others holds
        slack, extra = 0, 0
        if self.phases > 1 and not isinstance(obj.facets, int):
            terms.insert(1, obj.facets)
            extra = 1
            if self.learner.how.weeks_later > 0:
                slack = self.learner.how.weeks_later
                terms.insert(2, obj.finish)
                extra = 2
        return terms, slack, extra

    def _final_plan(self, inst: Instance, v: Vars, values: dict[int, int], status: Status, bound: int,
                    fastest: int | None, t0: float) -> Plan:
        """The plan of the last phase's values: settled, claimed against ``bound``, explained."""
        plan = build_plan(inst, v, lambda e: _value(values, e), status)
        # what moved although it could have stayed goes back (re-planning; within the time limit)
        plan = settle(inst, self.previous, plan, self._deadline - RESERVE)
        # every claim follows from the figures: optimal exactly when the bound meets the finish
        claim(plan, bound, stopped=self._stop.is_set())
        plan.messages += facet_messages(self.cs, self.learner, plan, fastest)
        plan.solve_seconds = time.perf_counter() - t0
        if self.explain:
            explain_plan(inst, plan)
        return plan

    # ------------------------------------------------------------------ helpers
    def _run(
        self,
        model: cp_model.CpModel,
        v: Vars,
        seconds: float,
        emit: Callable[[cp_model.CpSolverSolutionCallback], None] | None,
        workers: int,
        interval: float = 0.15,
        later: bool = False,
    ) -> PhaseResult:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.01, min(seconds, self._left()))
        solver.parameters.num_workers = workers
        solver.parameters.random_seed = 1
        # Ctrl-C is the caller's: it calls stop(), which keeps the best route (CP-SAT's own handler did not)
        solver.parameters.catch_sigint_signal = False
        # probing in presolve took 5 s a round on XL (7,800 candidates) and starved the search
        if self.instance is not None and len(self.instance.candidates) > (LATER_PROBING if later else LARGE_MODEL):
            solver.parameters.cp_model_probing_level = 0
        for key, value in self.parameters.items():
            if isinstance(value, list | tuple):  # a repeated field, such as ignore_subsolvers
                getattr(solver.parameters, key).extend(value)
            else:
                setattr(solver.parameters, key, value)
        with self._lock:
            if self._stop.is_set():
                return PhaseResult(cp_model.UNKNOWN, None, None, None)
            self._current = solver
        done = threading.Event()

        def watch() -> None:  # a stop from a shared event (or from a signal handler) reaches this search
            while not done.wait(0.05):
                if self._stop.is_set():
                    solver.stop_search()
                    return

        watcher = threading.Thread(target=watch, name="stop-watch", daemon=True)
        watcher.start()
        try:
            cb = _Stream(emit, interval) if emit is not None else None
            st = solver.solve(model, cb)
        finally:
            done.set()
            with self._lock:
                self._current = None
        if st in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            values = {i: int(solver.value(model.get_int_var_from_proto_index(i))) for i in range(len(model.proto.variables))}
            return PhaseResult(st, values, int(round(solver.objective_value)), solver.best_objective_bound)
        return PhaseResult(st, None, None, None)

    def _trusted(self, plan: Plan | None, lb: int) -> Plan | None:
        """A heuristic route, if it is one that the validator accepts (else None)."""
        bad = plan is None or finish_week(plan) == float("inf") or finish_week(plan) < lb or validate_plan(self.cs, self.learner, plan)
        return None if bad else plan

    @staticmethod
    def _show(on_plan: OnPlan, plan: Plan, lb: int, t0: float) -> None:
        claim(plan, lb, stopped=False)
        plan.solve_seconds = time.perf_counter() - t0
        on_plan(plan)

    def _heuristic(self, route: Plan, lb: int, t0: float) -> Plan:
        """A route of the list scheduler as the answer (time ran out, or its finish meets the bound)."""
        plan = route.model_copy(deep=True)  # (when re-planning, it may be the previous plan itself)
        plan.status = Status.FEASIBLE
        plan.messages = []
        inst = self.instance
        for it in plan.items:
            it.pinned = inst is not None and (it.module in inst.pinned_modules or it.offering in inst.pinned_offerings)
        claim(plan, lb, stopped=self._stop.is_set())
        plan.solve_seconds = time.perf_counter() - t0
        if self.explain and self.instance is not None:
            explain_plan(self.instance, plan)
        return plan

    def _out_of_time(self, t0: float) -> Plan:
        """The time limit passed while setting up: the best list schedule, or no route found."""
        if self._fallback is not None:
            route, lb = self._fallback
            return self._heuristic(route, lb, t0)
        stopped = self._stop.is_set()
        plan = Plan(learner=self.learner.name, goal=self.learner.goal, start_date=week_start(self.learner.start, 0),
                    status=Status.STOPPED if stopped else Status.UNKNOWN)
        plan.solve_seconds = time.perf_counter() - t0
        plan.messages.append(msg("status.stopped" if stopped else "status.no_route_found", seconds=round(plan.solve_seconds, 1)))
        return plan

    def _left(self) -> float:
        """Seconds left of the time limit (set-up, search and explanation share it)."""
        return self._deadline - RESERVE - time.perf_counter()

    def _infeasible(self, inst: Instance, t0: float) -> Plan:
        """No route exists: proven (by a bound, the model's own conflict, or CP-SAT)."""
        if self.reused is not None:
            raise _Rebuild
        if self._holding:
            raise _Unheld
        plan = empty_plan(inst, Status.INFEASIBLE)
        if self.explain and self.why_not is not None and not self._stop.is_set():
            plan.messages.extend(self.why_not(self.cs, self.learner, self._stop, self._deadline - RESERVE))
        plan.solve_seconds = time.perf_counter() - t0
        return plan

    def _no_route_found(self, inst: Instance, t0: float, bound: int) -> Plan:
        """No route found, but none proven impossible either: stopped, or out of time."""
        stopped = self._stop.is_set()
        if self.reused is not None and not stopped:
            raise _Rebuild
        plan = empty_plan(inst, Status.STOPPED if stopped else Status.UNKNOWN)
        plan.bound = bound
        plan.solve_seconds = time.perf_counter() - t0
        plan.messages.append(msg("status.stopped" if stopped else "status.no_route_found", seconds=round(plan.solve_seconds, 1)))
        return plan


def claim(plan: Plan, bound: int, *, stopped: bool) -> None:
    """Set what a plan with a route may claim: its bound, gap and status.

    ``optimal`` exactly when the bound meets the finish week (the fastest possible route, proven),
    ``stopped`` when the learner stopped the search first (whatever the gap), else ``feasible``.
    """
    if plan.totals is None:
        return
    finish = plan.totals.finish_week
    plan.bound = min(bound, finish)
    plan.gap = 0.0 if finish == 0 else round((finish - plan.bound) / finish, 4)
    if stopped:
        plan.status = Status.STOPPED
    else:
        plan.status = Status.OPTIMAL if plan.bound >= finish else Status.FEASIBLE


def _value(values: dict[int, int], expr: object) -> int:
    if isinstance(expr, int | bool):
        return int(expr)
    return values[expr.index]  # type: ignore[attr-defined]


def solve(cs: CatalogueSet, learner: Learner, **kwargs: object) -> Plan:
    """Plan a route (see :class:`Solver` for the options)."""
    return Solver(cs, learner, **kwargs).solve()  # type: ignore[arg-type]


@dataclass(frozen=True)
class Check:
    """What a short solve says about a learner: the finish of the best route found, and whether it is
    proven (the earliest possible finish; with no route, that none exists)."""

    finish: int | None
    proven: bool

    @property
    def impossible(self) -> bool:
        """No route exists, proven."""
        return self.finish is None and self.proven


def check_route(cs: CatalogueSet, learner: Learner, time_limit: float = 2.0, stop: threading.Event | None = None,
                workers: int = 2) -> Check:
    """A route's earliest (or earliest found) finish week, or proof that there is none.

    Used to explain and to check suggestions: only the first phase, no explanation. Honours ``stop``.
    """
    if (stop is not None and stop.is_set()) or time_limit <= 0:
        return Check(None, False)
    p = Solver(cs, learner, time_limit=time_limit, explain=False, phases=1, stop=stop, workers=workers).solve()
    if p.status == Status.INFEASIBLE:
        return Check(None, True)
    if p.totals is not None and p.status in (Status.OPTIMAL, Status.FEASIBLE, Status.STOPPED) and p.items is not None:
        if p.status != Status.STOPPED or p.items or p.totals.finish_week == 0:
            return Check(p.totals.finish_week, p.status == Status.OPTIMAL)
    return Check(None, False)


__all__ = ["Check", "Solver", "check_route", "claim", "solve", "Message"]
