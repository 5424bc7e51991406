"""Plan one learner end to end — the one pipeline of the command line, the window's worker and the batch.

Loading (:func:`load_for_planning`): the catalogues leniently (entities with errors are left out and
named), the learner checked against them. Planning (:class:`PlanJob`, :func:`plan_learner`): build the
solver, solve within the time limit (with the solver's claims: optimal only when proven), check the
route with the independent validator, and — when no route exists — explain why and suggest the
checked changes (the solver's ``why_not``). The request and the outcome are pydantic models, so a
batch task carries them as JSON (:class:`PlanRequest`, :func:`plan_request`); a CP-SAT model never
leaves the process that builds it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import Field

from planner.catalog import CatalogueSet
from planner.diagnostics import Diagnostic
from planner.leftout import record_left_out
from planner.models import Catalogue, Learner, Model
from planner.plan import Message, Plan

#: Builds the solver of one learner: ``factory(cs, learner, previous=…, time_limit=…, **options)``; it
#: returns an object with ``solve(on_plan=None) -> Plan`` and a thread-safe ``stop()``.
SolverFactory = Callable[..., Any]
OnPlan = Callable[[Plan], None]


class PlanSettings(Model):
    """The solver settings of one solve; part of a batch's cache key."""

    time_limit: float = Field(default=10.0, gt=0, description="Seconds for the solve (with the explanation).")
    workers: int = Field(default=2, ge=1, le=64, description="CP-SAT search threads (1 when processes fill the cores).")
    explain: bool = Field(default=True, description="Say why each module is in the route; why not, when none.")

    def solver_options(self) -> dict[str, Any]:
        """The keyword options of :class:`~planner.solver.core.Solver` for these settings."""
        return {"time_limit": self.time_limit, "workers": self.workers, "explain": self.explain}


class PlanOutcome(Model):
    """What planning one learner gives: the plan, and what the independent validator found wrong with it
    (nothing, unless there is a bug)."""

    plan: Plan = Field(description="The route, or the reasons there is none.")
    problems: list[Message] = Field(default_factory=list, description="The independent validator's findings.")


class PlanRequest(Model):
    """One learner to plan against catalogues, as data (what a batch task carries)."""

    catalogues: list[Catalogue] = Field(description="The catalogues, as loaded (entities with errors left out).")
    learner: Learner = Field(description="The learner.")
    settings: PlanSettings = Field(default_factory=PlanSettings, description="Solver settings.")


def default_solver_factory(cs: CatalogueSet, learner: Learner, **options: Any) -> Any:
    """The solver that explains, when no route exists, why not and what would help."""
    from planner.explain import route_solver

    return route_solver(cs, learner, **options)


def validate(cs: CatalogueSet, learner: Learner, plan: Plan) -> list[Message]:
    """The independent validator's findings on a route (none to check when there is no route)."""
    from planner.validate import validate_plan

    return list(validate_plan(cs, learner, plan)) if plan.items else []


class PlanJob:
    """One learner's solve, stoppable from any thread: :meth:`run` blocks (build, solve, validate);
    :meth:`stop` — before or during the solve — makes it return the best route so far, marked stopped."""

    def __init__(self, cs: CatalogueSet, learner: Learner, settings: PlanSettings | None = None, *,
                 previous: Plan | None = None, solver_factory: SolverFactory | None = None,
                 options: dict[str, Any] | None = None, keep: bool = False) -> None:
        self.cs = cs
        self.learner = learner
        self.settings = settings or PlanSettings()
        self.previous = previous
        self.factory = solver_factory or default_solver_factory
        self.options = dict(options) if options is not None else self.settings.solver_options()
        if keep:  # the solve keeps its model for a re-plan of its plan, and a re-plan reuses one (solver/kept.py)
            from planner.solver.kept import KEPT

            self.options["keep"] = KEPT
        self.solver: Any = None
        self._lock = threading.Lock()
        self._stopped = False

    def stop(self) -> None:
        """Stop the solve, or stop it as soon as the solver is built."""
        with self._lock:
            self._stopped = True
            solver = self.solver
        if solver is not None:
            solver.stop()

    @property
    def stopped(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._stopped

    def run(self, on_plan: OnPlan | None = None) -> PlanOutcome:
        """Build the solver (in the calling thread: on a large catalogue that takes a while), solve,
        validate. ``on_plan`` receives each improving route, in the solver's thread."""
        solver = self.factory(self.cs, self.learner, previous=self.previous, **self.options)
        with self._lock:
            self.solver = solver
            stopped = self._stopped
        if stopped:
            solver.stop()
        plan = solver.solve(on_plan=on_plan) if on_plan is not None else solver.solve()
        if not plan.left_out and self.cs.left_out:  # whatever solver made it: what it was made without
            record_left_out(plan, self.cs, self.learner)
        return PlanOutcome(plan=plan, problems=validate(self.cs, self.learner, plan))


def plan_learner(cs: CatalogueSet, learner: Learner, settings: PlanSettings | None = None, *,
                 previous: Plan | None = None, on_plan: OnPlan | None = None) -> PlanOutcome:
    """Plan one learner end to end (blocking)."""
    return PlanJob(cs, learner, settings, previous=previous).run(on_plan)


def plan_request(request: PlanRequest, cs: CatalogueSet | None = None) -> PlanOutcome:
    """Plan a request that came as data; ``cs``: its catalogues already merged (a batch merges them
    once for all its learners)."""
    cs = cs if cs is not None else CatalogueSet.from_catalogues(request.catalogues)
    return plan_learner(cs, request.learner, request.settings)


# --------------------------------------------------------------------------- loading


@dataclass
class Loaded:
    """Catalogues and a learner read for planning, with what a reader should be told."""

    cs: CatalogueSet
    learner: Learner | None
    #: lines about catalogue entities left out (each with what to do), for the error stream
    notes: list[str] = field(default_factory=list)
    #: the learner file's findings (errors make ``learner`` unusable; warnings are worth saying)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        """The learner file's errors."""
        return [d for d in self.diagnostics if d.is_error]

    @property
    def usable(self) -> bool:
        """A learner to plan for."""
        return self.learner is not None and not self.errors


def load_catalogues_leniently(paths: Sequence[Path | str]) -> tuple[CatalogueSet, list[str]]:
    """The catalogues, entities with errors left out; the lines that say what was left out.

    Raises :class:`~planner.errors.CatalogueError` when a file cannot be used at all."""
    from planner.load import load_catalogues
    from planner.messages import render

    cs = load_catalogues(paths, lenient=True)
    notes = [render(note) for note in cs.left_out_messages()]
    if cs.left_out:
        notes.append(f"(run 'leerroute check {' '.join(str(p) for p in paths)}' for every problem with its position)\n")
    return cs, notes


def load_for_planning(catalogues: Sequence[Path | str], learner: Path | str) -> Loaded:
    """Read catalogues leniently and a learner file checked against them (never a traceback: a bad
    learner file comes back as diagnostics; a catalogue that cannot be used raises
    :class:`~planner.errors.CatalogueError`)."""
    from planner.check import check_learner_file

    cs, notes = load_catalogues_leniently(catalogues)
    person, diags = check_learner_file(Path(learner), cs)
    return Loaded(cs, person, notes, diags)


def time_left(limit: float, started: float, reserve: float = 0.0, floor: float = 0.05) -> float:
    """What remains of ``limit`` seconds since ``started`` (``time.perf_counter``), less ``reserve``."""
    return max(floor, limit - (time.perf_counter() - started) - reserve)


def requests_for(cs: CatalogueSet, learners: Iterable[Learner], settings: PlanSettings) -> list[PlanRequest]:
    """One request per learner on the same catalogues."""
    return [PlanRequest(catalogues=list(cs.catalogues), learner=learner, settings=settings) for learner in learners]
