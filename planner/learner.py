"""The learner: wishes, hours, free times, places, what they can already prove.

Re-exported by :mod:`planner.models`, the one way in (``from planner.models import Learner``).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Annotated, Literal, Self

from pydantic import Field, field_validator, model_validator

from planner.facettypes import HowWishes
from planner.values import (
    FORMAT_VERSION,
    NO_BUDGET_ABOVE,
    DateRange,
    Day,
    Evidence,
    LongText,
    MilestoneRef,
    Mode,
    Model,
    Ref,
    Session,
    ShortText,
    TimeWindow,
    check_version,
    week_index,
    week_start,
)


class ProvenOutcome(Model):
    """An outcome the learner has already proven, and how."""

    outcome: Ref = Field(description="Qualified outcome id.")
    evidence: Evidence = Field(description="diploma, edubadge, evc or experience.")
    note: LongText | None = Field(default=None, description="E.g. the diploma or badge name.")
    badge: str | None = Field(default=None, max_length=500, description="Name of the badge that proves it (edubadge).")
    badge_id: str | None = Field(
        default=None, max_length=2048, description="Id of the badge: the assertion's or credential's id (a URL or urn)."
    )
    badge_class: str | None = Field(
        default=None, max_length=2048, description="Id of the badge class (BadgeClass or Achievement) it was issued for."
    )
    issuer: str | None = Field(default=None, max_length=500, description="Who issued the badge or diploma.")
    issued_on: Day | None = Field(default=None, description="When the badge or diploma was issued.")
    verified: bool | None = Field(
        default=None,
        description="Whether the badge's signature was verified (offline); false: signature not verified.",
    )


class CapacityException(Model):
    """Different weekly hours in a date range (a busy project at work, a quiet summer)."""

    start: Day = Field(description="First day.")
    end: Day = Field(description="Last day.")
    hours_per_week: float = Field(ge=0, le=80, description="Hours available each week in the range.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"the range ends ({self.end}) before it starts ({self.start})")
        return self


class Preferences(Model):
    """Soft wishes, used after finish week, hours and cost are optimal."""

    prefer_online: bool = Field(default=False, description="Prefer online offerings.")
    fewer_campus_evenings: bool = Field(default=False, description="Prefer fewer evening sessions on campus.")
    language: Literal["nl", "en"] | None = Field(default=None, description="Preferred teaching language.")


class Involved(Model):
    """Who else is involved in the learner's route: names printed on the study plan (format 1.2, additive)."""

    advisor: ShortText | None = Field(default=None, description="Name of the study advisor who made the plan with the learner.")
    institution: ShortText | None = Field(default=None, description="The advisor's institution (school, university, training provider).")
    employer: ShortText | None = Field(default=None, description="The learner's employer, when one is involved (it may sign too).")

    def any(self) -> bool:
        """Whether any name is given."""
        return bool(self.advisor or self.institution or self.employer)
class OrderWish(Model):
    """A wish about the order of modules: ``module`` first (it ends before every other module of the
    route starts), or ``module`` before ``before`` (it ends before that one starts). A wish binds only
    the modules the route takes; it never adds a module to the route (pin it for that)."""

    module: Ref = Field(description="Qualified id of the module to plan earlier.")
    before: Ref | None = Field(
        default=None, description="Qualified id of the module it must end before; left out: before every other module."
    )

    @model_validator(mode="after")
    def _two(self) -> Self:
        if self.before == self.module:
            raise ValueError(f"'{self.module}' cannot be planned before itself: name another module in 'before'")
        return self


class PinnedStart(Model):
    """The week a pinned module or offering starts (a bar dropped on the timeline)."""

    ref: Ref = Field(description="A module or offering in 'pinned'.")
    start: Day = Field(description="A day in the week it starts (the Monday of that week).")


class Learner(Model):
    """A learner's wishes and what they can already prove."""

    format_version: str = Field(default=FORMAT_VERSION, alias="formatVersion", description="File format version.")
    name: str = Field(description="Name of the learner (or a scenario name).", max_length=200)
    emails: list[Annotated[str, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")]] = Field(
        default_factory=list, max_length=20,
        description="The learner's e-mail addresses: an imported badge issued to another recipient is refused.")
    goal: Ref | None = Field(default=None, description="Qualified goal id, e.g. 'hs-oost:ad-ict'.")
    outcomes: list[Ref] = Field(default_factory=list, description="Hand-picked outcomes instead of a goal.")
    start: Day = Field(description="When the learner starts.")
    hours_per_week: float = Field(ge=0, le=80, description="Study hours available in a normal week.")
    exceptions: list[CapacityException] = Field(default_factory=list, description="Other hours in date ranges.")
    holidays: list[DateRange] = Field(default_factory=list, description="Weeks without any study.")
    availability: list[TimeWindow] = Field(
        default_factory=list,
        description="Free weekly windows; every session must fall inside one. Empty: any time.",
    )
    modes: list[Mode] = Field(default_factory=lambda: list(Mode), description="Accepted modes of delivery.")
    places: list[ShortText] | None = Field(
        default=None, description="Reachable locations; left out means any location."
    )
    proven: list[ProvenOutcome] = Field(
        default_factory=list,
        description="Outcomes already proven (diploma, edubadge, evc) or claimed from experience (experience).",
    )
    budget: float | None = Field(
        default=None, ge=0, description=f"Maximum total cost in euros; above {NO_BUDGET_ABOVE:.0e} (or .inf) means no budget."
    )
    deadline: Day | None = Field(default=None, description="Everything done by this date.")
    hard_milestones: list[MilestoneRef] = Field(
        default_factory=list,
        description="Goal milestones the learner must meet, not just aim for ('<goal id>/<milestone id>').",
    )
    pinned: list[Ref] = Field(default_factory=list, description="Modules or offerings that must be in the route.")
    excluded: list[Ref] = Field(default_factory=list, description="Modules or offerings that must not be used.")
    preferences: Preferences = Field(default_factory=Preferences, description="Soft wishes.")
    how: HowWishes = Field(default_factory=HowWishes, description="How the learner likes to learn (format 1.2; docs/hoe.md).")
    notes: str = Field(
        default="", max_length=20000,
        description="Free notes: the learner's background, agreements made in the intake conversation.",
    )
    involved: Involved | None = Field(
        default=None, description="Advisor, institution and employer by name (left out: not named).")
    order: list[OrderWish] = Field(
        default_factory=list, max_length=500,
        description="Order wishes: a module first, or one module before another (they bind modules the route takes).",
    )
    pinned_starts: list[PinnedStart] = Field(
        default_factory=list, max_length=500,
        description="Start weeks of pinned modules or offerings: each must also be in 'pinned'.",
    )

    @field_validator("budget", mode="before")
    @classmethod
    def _no_budget(cls, value: object) -> object:
        if isinstance(value, int | float) and not isinstance(value, bool) and value == value and value > NO_BUDGET_ABOVE:
            return None  # a budget of 1e18 (or infinity) limits nothing
        return value

    @field_validator("format_version")
    @classmethod
    def _version(cls, v: str) -> str:
        return check_version(v)

    @model_validator(mode="after")
    def _target(self) -> Self:
        if not self.goal and not self.outcomes:
            raise ValueError("give a 'goal' or a list of 'outcomes' to reach")
        if self.deadline and self.deadline <= self.start:
            raise ValueError(f"the deadline ({self.deadline}) is not after the start ({self.start})")
        return self

    @model_validator(mode="after")
    def _starts_pinned(self) -> Self:
        for p in self.pinned_starts:
            if p.ref not in self.pinned:
                raise ValueError(f"a start is pinned for '{p.ref}', which is not pinned: add it to 'pinned' or remove its start")
        if len({p.ref for p in self.pinned_starts}) < len(self.pinned_starts):
            raise ValueError("a module or offering has two pinned starts: keep one")
        return self

    def pinned_start_weeks(self) -> dict[str, int]:
        """Each pinned start as a week of the route (0 = the week of the start), by module or offering."""
        return {p.ref: week_index(self.start, p.start) for p in self.pinned_starts}

    def proven_ids(self) -> set[str]:
        """Ids of every proven outcome (diploma, edubadge, EVC; not a claim of experience)."""
        return {p.outcome for p in self.proven if p.evidence != Evidence.EXPERIENCE}

    def claimed_ids(self) -> set[str]:
        """Ids of outcomes claimed from experience: to be shown in an assessment-only route."""
        return {p.outcome for p in self.proven if p.evidence == Evidence.EXPERIENCE}

    def fits_windows(self, session: Session) -> bool:
        """Whether a session lies inside one of the learner's free windows (any time if none given)."""
        return not self.availability or any(w.holds(session) for w in self.availability)

    def week_capacity(self, week: int) -> float:
        """Study hours available in week ``week`` (0 = the week of the start).

        A week belongs to a date range (exception or holiday) when at least four of its seven days
        lie in the range; holidays win over exceptions, later exceptions over earlier ones.
        """
        monday = week_start(self.start, week)
        sunday = monday + dt.timedelta(days=6)

        def covers(start: dt.date, end: dt.date) -> bool:
            overlap = (min(end, sunday) - max(start, monday)).days + 1
            return overlap >= 4

        if any(covers(h.start, h.end) for h in self.holidays):
            return 0.0
        hours = self.hours_per_week
        for e in self.exceptions:
            if covers(e.start, e.end):
                hours = e.hours_per_week
        return hours


#: The learner's own facts, shared by every scenario of one intake: who they are, how to reach them,
#: what they can already prove, when they cannot study, what was agreed. Every other field of
#: :class:`Learner` is a what-if a scenario may vary (hours, windows, modes, places, budget, deadline,
#: pins, exclusions, wishes; the goal and start too). A new fact about the person is one entry here.
LEARNER_FACTS: tuple[str, ...] = ("name", "emails", "proven", "holidays", "notes", "involved")


def facts_changed(before: Learner, after: Learner) -> list[str]:
    """The facts (:data:`LEARNER_FACTS`) that differ between two learners, in the order of the list."""
    return [f for f in LEARNER_FACTS if getattr(before, f) != getattr(after, f)]


def with_facts(learner: Learner, source: Learner, fields: tuple[str, ...] | list[str] = LEARNER_FACTS) -> Learner:
    """``learner`` (its what-ifs) with the facts ``fields`` of ``source``; the learner itself when they agree."""
    update = {f: copy.deepcopy(getattr(source, f)) for f in fields if getattr(learner, f) != getattr(source, f)}
    return learner.model_copy(update=update) if update else learner
