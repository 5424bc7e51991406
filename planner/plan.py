"""A plan: the chosen offerings, milestones, totals, solver status, reasons.

The plan is the solver's answer and the subject of the independent validator; its JSON form
(``leerroute plan --json``) is documented by the schema ``catalogs/schema/plan.schema.json``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field

from planner.facettypes import OfferingHow
from planner.models import Event, Mode, Model, Session

PLAN_FORMAT_VERSION = "1.0"
#: No week of a plan lies further out than this (a route is at most ten years; this leaves room).
MAX_PLAN_WEEKS = 2000


class Status(StrEnum):
    """What the solver can say about a plan."""

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    INFEASIBLE = "infeasible"
    STOPPED = "stopped"
    UNKNOWN = "unknown"


class Message(Model):
    """A message as a code with parameters; the CLI and the desktop app render it in a language."""

    code: str = Field(description="Stable message code, e.g. 'why.goal'.")
    params: dict[str, Any] = Field(default_factory=dict, description="Parameters of the message.")


class PlannedModule(Model):
    """One chosen offering of a module in the route."""

    module: str = Field(description="Qualified module id.")
    offering: str = Field(description="Qualified offering id.")
    title: str = Field(description="Module title (English, falling back to Dutch).")
    title_nl: str = Field(default="", description="Module title in Dutch.")
    start_week: int = Field(ge=0, le=MAX_PLAN_WEEKS, description="First week (0 = the learner's first week).")
    end_week: int = Field(ge=0, le=MAX_PLAN_WEEKS, description="Week after the last week (start_week + duration).")
    start_date: dt.date = Field(description="Monday of the first week.")
    end_date: dt.date = Field(description="Sunday of the last week.")
    mode: Mode = Field(description="Mode of delivery.")
    location: str | None = Field(default=None, description="Location, if not online.")
    hours_per_week: float = Field(description="Study hours per week.")
    study_hours: float = Field(description="Total study hours of the offering.")
    ec: float = Field(description="Study load in EC of the module.")
    cost: float = Field(description="Cost in euros (0 when the price is unknown).")
    cost_known: bool = Field(default=True, description="False when the offering has no published price: unknown, not €0.")
    sessions: list[Session] = Field(default_factory=list, description="Weekly sessions.")
    events: list[Event] = Field(default_factory=list, description="Dated parts that are no weekly session: test dates, one-offs.")
    outcomes: list[str] = Field(default_factory=list, description="Outcomes gained.")
    assessment_only: bool = Field(default=False, description="An assessment-only (EVC) route.")
    microcredential: bool = Field(default=False, description="Issued as a microcredential.")
    pinned: bool = Field(default=False, description="Pinned by the learner.")
    reasons: list[Message] = Field(default_factory=list, description="Why this module is in the route.")
    how: OfferingHow | None = Field(default=None, description="How the offering is taught and assessed (docs/hoe.md).")


class MilestoneResult(Model):
    """When a goal milestone is reached in the plan."""

    id: str = Field(description="Qualified milestone id (goal id + '/' + milestone id).")
    title: str = Field(description="Milestone title.")
    title_nl: str = Field(default="", description="Milestone title in Dutch.")
    target_week: int = Field(ge=0, le=MAX_PLAN_WEEKS, description="Target week.")
    week: int | None = Field(default=None, ge=0, le=MAX_PLAN_WEEKS, description="Week after which every outcome is gained.")
    date: dt.date | None = Field(default=None, description="Date it is reached.")
    hard: bool = Field(default=False, description="Whether it had to be met.")

    @property
    def met(self) -> bool:
        """Whether it is reached by its target week."""
        return self.week is not None and self.week <= self.target_week


class Totals(Model):
    """Totals of a plan."""

    finish_week: int = Field(ge=0, le=MAX_PLAN_WEEKS, description="Week after the last module ends (0 when nothing is needed).")
    finish_date: dt.date = Field(description="Last day of the route.")
    ec: float = Field(description="Total EC of the chosen modules.")
    hours: float = Field(description="Total study hours.")
    cost: float = Field(description="Total of the known prices in euros.")
    modules: int = Field(description="Number of modules.")
    unknown_prices: int = Field(default=0, ge=0, description="Modules whose offering has no published price (not in 'cost').")
    unknown_prices_at_most: float | None = Field(
        default=None, ge=0, description="With a budget and unknown prices: what the budget leaves for them together "
        "(the route fits the budget only if they stay within it).")


class LeftOutEntry(Model):
    """Something of the catalogues that was left out of planning, and why.

    Lenient loading leaves out an entity with an error in its entry (``reason``: the file's line and
    what is wrong); a module whose only way in was a left-out module can never start and is listed
    too (``needs``: those left-out modules).
    """

    kind: str = Field(max_length=40, description="outcome, module, offering, goal or equivalence.")
    id: str = Field(max_length=400, description="Qualified id of what was left out.")
    title: str | None = Field(default=None, max_length=1000, description="Its title, when the entry had one.")
    institution: str = Field(default="", max_length=400, description="Institution of its catalogue.")
    file: str = Field(default="", max_length=400, description="Name of its catalogue file.")
    reason: str = Field(max_length=4000, description="Why it was left out.")
    needs: list[Annotated[str, Field(max_length=400)]] = Field(default_factory=list, max_length=100,
                             description="For a module that can never start: the left-out modules that were its only way in.")

    @property
    def label(self) -> str:
        """'Title (id)' or the id."""
        return f"{self.title} ({self.id})" if self.title else self.id


class Plan(Model):
    """A learning route for one learner."""

    format_version: str = Field(default=PLAN_FORMAT_VERSION, alias="formatVersion", description="Plan format.")
    learner: str = Field(description="Learner name.")
    goal: str | None = Field(default=None, description="Qualified goal id.")
    start_date: dt.date = Field(description="Monday of week 0.")
    status: Status = Field(description="optimal, feasible, infeasible, stopped or unknown.")
    items: list[PlannedModule] = Field(default_factory=list, description="Chosen offerings by start week.")
    milestones: list[MilestoneResult] = Field(default_factory=list, description="Milestones reached.")
    totals: Totals | None = Field(default=None, description="Totals; absent when no route exists.")
    bound: int | None = Field(default=None, description="Proven lower bound on the finish week.")
    gap: float | None = Field(default=None, description="(finish - bound) / finish; 0 when proven optimal.")
    solve_seconds: float = Field(default=0.0, description="Wall time of the solve.")
    messages: list[Message] = Field(default_factory=list, description="Explanations and suggestions.")
    left_out: list[LeftOutEntry] = Field(
        default_factory=list, description="What of the catalogues was left out of planning (entries with errors, and "
        "modules that could then never start), so that the plan says what it was not made with.")

    def item_for_module(self, module: str) -> PlannedModule | None:
        """The plan item of a module, if it is in the route."""
        return next((i for i in self.items if i.module == module), None)
