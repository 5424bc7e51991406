"""The domain model: outcomes, modules, offerings, goals, catalogues, learners.

Pydantic v2 models with a description on every field; these models *are* the file format (the
published JSON Schema in ``catalogs/schema/`` is generated from them). Files use camelCase keys,
Python uses snake_case attributes.

Ids inside one catalogue file are local (``prog-basics``); once loaded, every id is qualified
with its catalogue's id (``hs-oost:prog-basics``). A reference that already contains a colon
points into another catalogue.

The small values (ids, dates, texts, sessions, week arithmetic) live in :mod:`planner.values` and
the prerequisite expression in :mod:`planner.prerequisites`; every name is re-exported here, so
``from planner.models import …`` is the one way in.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Self

from pydantic import Field, field_validator, model_validator

from planner.facettypes import OfferingHow
from planner.learner import (  # re-exported
    CapacityException,
    Involved,
    Learner,
    OrderWish,
    PinnedStart,
    Preferences,
    ProvenOutcome,
)
from planner.prerequisites import (
    REQUIREMENT_HINT,
    REQUIREMENT_TAGS,
    AllOf,
    AnyOf,
    Countable,
    Credits,
    Pool,
    Requirement,
    With,
)
from planner.values import (
    EARLIEST_DATE,
    FORMAT_VERSION,
    HOURS_PER_EC,
    ID_PATTERN,
    LATEST_DATE,
    MAX_COST,
    MICROCREDENTIAL_EC,
    NO_BUDGET_ABOVE,
    NS,
    READ_VERSIONS,
    REF_PATTERN,
    DateRange,
    Day,
    Event,
    Evidence,
    GoalKind,
    LocalId,
    LocalTime,
    LongText,
    MilestoneRef,
    Mode,
    Model,
    ModuleKind,
    Ref,
    Session,
    ShortText,
    Text,
    TimeWindow,
    Weekday,
    check_version,
    ec_to_hours,
    hours_to_ec,
    is_valid_ref,
    qualify,
    week_index,
    week_monday,
    week_start,
)

__all__ = [
    "AllOf",
    "AnyOf",
    "CapacityException",
    "Catalogue",
    "ChoiceGroup",
    "Countable",
    "Credits",
    "DateRange",
    "Day",
    "EARLIEST_DATE",
    "EntryWindow",
    "Equivalence",
    "Event",
    "Evidence",
    "FORMAT_VERSION",
    "Goal",
    "GoalKind",
    "HOURS_PER_EC",
    "ID_PATTERN",
    "LATEST_DATE",
    "Learner",
    "LocalId",
    "LocalTime",
    "LongText",
    "MAX_COST",
    "MICROCREDENTIAL_EC",
    "Milestone",
    "MilestoneRef",
    "Mode",
    "Model",
    "Module",
    "ModuleKind",
    "NO_BUDGET_ABOVE",
    "NS",
    "Offering",
    "OrderWish",
    "Outcome",
    "PinnedStart",
    "OutcomeParts",
    "Pool",
    "Preferences",
    "ProvenOutcome",
    "Involved",
    "READ_VERSIONS",
    "REF_PATTERN",
    "REQUIREMENT_HINT",
    "REQUIREMENT_TAGS",
    "Ref",
    "Requirement",
    "Session",
    "ShortText",
    "Text",
    "TimeWindow",
    "Weekday",
    "With",
    "check_version",
    "ec_to_hours",
    "hours_to_ec",
    "is_valid_ref",
    "qualify",
    "week_index",
    "week_monday",
    "week_start",
]


# --------------------------------------------------------------------------- catalogue


class OutcomeParts(Model):
    """The structured parts of a learning outcome (NCP NLQF 2020), in this order."""

    verb: LongText = Field(description="Active verb: what the learner does (designs, advises, ...).")
    qualification: LongText = Field(description="Type of final qualification it contributes to.")
    subject: LongText = Field(description="Subject: the field of expertise.")
    standard: LongText | None = Field(default=None, description="Standard: guidelines, methods, norms applied.")
    context: LongText | None = Field(default=None, description="Context in which it is demonstrated.")


class Outcome(Model):
    """A learning outcome (*leeruitkomst*): what a learner can demonstrably do."""

    id: LocalId = Field(description="Stable id, unique in its catalogue.")
    title: Text = Field(description="The outcome as one sentence, in Dutch and/or English.")
    parts: OutcomeParts | None = Field(default=None, description="Structured parts of the outcome.")
    level: int | None = Field(default=None, ge=1, le=8, description="NLQF/EQF level (Ad 5, Bachelor 6).")
    esco: LongText | None = Field(default=None, description="Optional ESCO skill or framework URI.")
    uri: str | None = Field(
        default=None, max_length=2048,
        description="Optional URI of this outcome in a framework (CASE, a published outcome page); a badge "
        "alignment whose targetUrl is this URI (or the ESCO URI) proves the outcome.",
    )
    badges: list[Annotated[str, Field(min_length=1, max_length=2048)]] = Field(
        default_factory=list,
        description="Badge classes (Open Badges BadgeClass or Achievement ids or URLs) whose badge proves this outcome.",
    )
    entry: bool = Field(
        default=False,
        description="An entry requirement learners bring (a diploma, a certificate): no module needs to "
        "certify it, and modules that require it are not reported as impossible to start.",
    )




class Module(Model):
    """A unit of education (or an assessment-only route) that certifies outcomes."""

    id: LocalId = Field(description="Stable id, unique in its catalogue.")
    title: Text = Field(description="Title in Dutch and/or English.")
    description: Text | None = Field(default=None, description="Longer description.")
    kind: ModuleKind = Field(default=ModuleKind.TAUGHT, description="Taught module or assessment-only (EVC).")
    ec: float | None = Field(default=None, gt=0, le=240, description="Study load in EC (1 EC = 28 hours).")
    hours: float | None = Field(default=None, gt=0, le=6720, description="Study load in hours (instead of EC).")
    certifies: list[Ref] = Field(min_length=1, description="Outcomes this module certifies on completion.")
    requires: Requirement | None = Field(
        default=None,
        description="Prerequisites: an outcome id, {all: [...]} / {any: [...]} (nestable), a credit threshold "
        "{credits: 84, from: {subject|level|tag: ...}} or a corequisite {with: outcome}.",
    )
    subject: str | None = Field(default=None, max_length=200, description="Subject, for pools and thresholds.")
    tags: list[ShortText] = Field(default_factory=list, description="Free tags, for pools ('from: {tag: ...}').")
    provider: ShortText | None = Field(default=None, description="Faculty, academy or partner that provides it.")
    microcredential: bool = Field(default=False, description="Issued as a microcredential (3–30 EC).")
    level: int | None = Field(default=None, ge=1, le=8, description="NLQF/EQF level.")
    badges: list[Annotated[str, Field(min_length=1, max_length=2048)]] = Field(
        default_factory=list,
        description="Badge classes (Open Badges BadgeClass or Achievement ids or URLs) issued for this module; "
        "such a badge proves every outcome the module certifies.",
    )
    requirements_text: Text | None = Field(
        default=None,
        description="Entry requirements in words, as published (e.g. imported from OOAPI). The planner does not "
        "read them: a catalogue editor turns them into 'requires'.",
    )

    @model_validator(mode="after")
    def _one_load(self) -> Self:
        if self.ec is None and self.hours is None:
            raise ValueError("give the study load as 'ec' or as 'hours'")
        if self.ec is not None and self.hours is not None:
            raise ValueError("give the study load as 'ec' or as 'hours', not both")
        return self

    @property
    def study_hours(self) -> float:
        """Study load in hours."""
        return self.hours if self.hours is not None else ec_to_hours(self.ec or 0)

    @property
    def study_ec(self) -> float:
        """Study load in EC."""
        return self.ec if self.ec is not None else hours_to_ec(self.hours or 0)


class EntryWindow(Model):
    """Flexible entry: the learner may start any week in this window (self-paced offerings)."""

    start: Day | None = Field(default=None, description="First possible start; open if left out.")
    end: Day | None = Field(default=None, description="Last possible start; open if left out.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"the entry window ends ({self.end}) before it opens ({self.start})")
        return self


class Offering(Model):
    """One way to follow a module: mode, place, dates, weekly hours and sessions, cost."""

    id: LocalId = Field(description="Stable id, unique in its catalogue.")
    module: Ref = Field(description="The module this offering runs.")
    mode: Mode = Field(description="online, campus, workplace or hybrid.")
    location: ShortText | None = Field(default=None, description="Campus or town; required unless online.")
    language: Literal["nl", "en"] = Field(default="nl", description="Teaching language.")
    cost: float = Field(default=0.0, ge=0, le=MAX_COST, description="Tuition in euros.")
    starts: list[Day] = Field(
        default_factory=list, description="Cohort start dates (fixed start); leave empty for flexible entry."
    )
    entry: EntryWindow | None = Field(default=None, description="Flexible entry window (self-paced).")
    weeks: int = Field(ge=1, le=260, description="Duration in weeks.")
    hours_per_week: float = Field(gt=0, le=60, description="Study hours each week the offering runs.")
    sessions: list[Session] = Field(default_factory=list, description="Recurring weekly sessions.")
    seats: int | None = Field(default=None, ge=1, le=100_000, description="Seats per cohort (informational).")
    min_seats: int | None = Field(
        default=None, ge=1, le=100_000, description="Learners needed for a cohort to run (informational).")
    cost_known: bool = Field(
        default=True, description="False when no price is published: the price is unknown (never €0); leave 'cost' out.")
    how: OfferingHow | None = Field(default=None, description="How it is taught and assessed (format 1.2; docs/hoe.md).")
    events: list[Event] = Field(
        default_factory=list, max_length=500,
        description="Dated parts of a cohort with one start that are no weekly session: test dates, one-off lectures.")

    @model_validator(mode="after")
    def _when(self) -> Self:
        if not self.starts and self.entry is None:
            raise ValueError("give cohort 'starts' dates or a flexible 'entry' window")
        if self.starts and self.entry is not None:
            raise ValueError("give either cohort 'starts' or a flexible 'entry' window, not both")
        if self.mode != Mode.ONLINE and not self.location:
            raise ValueError(f"a {self.mode.value} offering needs a 'location'")
        if self.events and len(self.starts) != 1:
            raise ValueError("dated 'events' belong to one cohort: give exactly one 'starts' date with them")
        if not self.cost_known and self.cost:
            raise ValueError("an offering with 'costKnown: false' has no published price: leave 'cost' out")
        return self

    @property
    def flexible(self) -> bool:
        """Whether the learner chooses the start week (flexible entry)."""
        return self.entry is not None

    @property
    def total_hours(self) -> float:
        """Study hours the offering provides over its whole duration."""
        return self.weeks * self.hours_per_week

    @property
    def places(self) -> list[str]:
        """Every town a learner must reach: the offering's (unless online) and its events'."""
        own = [self.location] if self.mode != Mode.ONLINE and self.location else []
        return own + [e.place for e in self.events if e.place and e.place not in own]

    def sessions_clash(self, other: Offering) -> bool:
        """Whether any session of this offering clashes with one of ``other``."""
        return any(a.clashes_with(b) for a in self.sessions for b in other.sessions)

    def dated_clash(self, first_monday: dt.date, other: Offering, other_first_monday: dt.date) -> dt.date | None:
        """The first date on which a dated event with times of one of the two offerings overlaps a weekly
        session of the other while that one runs (from the Monday of its first week, its ``weeks`` weeks), or
        a dated event with times of the other; None when there is none. Events without times (a date only,
        several days) are not compared: their hours are not known."""
        clashes: list[dt.date] = []
        for mine, theirs, their_first in ((self, other, other_first_monday), (other, self, first_monday)):
            their_last = their_first + dt.timedelta(weeks=theirs.weeks)
            for event in mine.events:
                timed = event.as_session()
                if timed is None:
                    continue
                running = their_first <= event.date < their_last
                if (running and any(timed.clashes_with(s) for s in theirs.sessions)) or any(
                        e.date == event.date and (t := e.as_session()) is not None and timed.clashes_with(t)
                        for e in theirs.events):
                    clashes.append(event.date)
        return min(clashes, default=None)


class ChoiceGroup(Model):
    """A choice in a goal: n of these outcomes ("2 of these 5"), or at least so many EC of them
    ("30 EC from these"), or n modules / so many EC from a pool ("15 EC of level-3 mathematics")."""

    id: LocalId = Field(description="Id of the choice group.")
    title: Text | None = Field(default=None, description="What the choice is about.")
    n: int = Field(default=0, ge=0, le=1000, description="How many outcomes (or, with 'pool', modules) are needed.")
    min_ec: float | None = Field(
        default=None, gt=0, le=1000,
        description="At least this many EC of modules that certify an outcome of 'of' (or belong to 'pool').",
    )
    of: list[Ref] = Field(default_factory=list, description="The outcomes to choose from.")
    pool: Pool | None = Field(default=None, description="Instead of 'of': modules chosen by subject, level or tag.")

    @model_validator(mode="after")
    def _enough(self) -> Self:
        if bool(self.of) == (self.pool is not None):
            raise ValueError("give the outcomes to choose from in 'of', or a 'pool' of modules, one of the two")
        if self.n == 0 and self.min_ec is None:
            raise ValueError("the choice needs 'n' (how many) or 'minEc' (how many EC), or both")
        if self.pool is None and self.n > len(self.of):
            raise ValueError(f"the choice needs {self.n} outcomes but offers only {len(self.of)}")
        return self

    @property
    def outcome_n(self) -> int:
        """How many outcomes of 'of' are needed (0 for a pool, which counts modules)."""
        return self.n if self.pool is None else 0

    @property
    def counts_modules(self) -> bool:
        """Whether the group counts modules (a pool, or a minimum of EC) besides outcomes."""
        return self.pool is not None or self.min_ec is not None


class Milestone(Model):
    """An intermediate goal: a set of outcomes by a number of weeks after the start."""

    id: LocalId = Field(description="Id of the milestone.")
    title: Text = Field(description="Name, e.g. 'startbekwaam'.")
    outcomes: list[Ref] = Field(min_length=1, description="Outcomes needed for the milestone.")
    weeks: int = Field(ge=1, le=520, description="Target: weeks after the learner's start.")
    hard: bool = Field(default=False, description="A hard milestone must be met; a soft one is a target.")


class Goal(Model):
    """What a learner works towards: a degree, a microcredential stack, a switch programme."""

    id: LocalId = Field(description="Stable id, unique in its catalogue.")
    title: Text = Field(description="Title in Dutch and/or English.")
    kind: GoalKind = Field(description="Kind of goal.")
    description: Text | None = Field(default=None, description="Longer description.")
    required: list[Ref] = Field(default_factory=list, description="Outcomes that are all required.")
    choices: list[ChoiceGroup] = Field(default_factory=list, description="Choice groups (n of).")
    milestones: list[Milestone] = Field(default_factory=list, description="Intermediate milestones.")
    level: int | None = Field(default=None, ge=1, le=8, description="NLQF/EQF level of the goal.")

    @model_validator(mode="after")
    def _something(self) -> Self:
        if not self.required and not self.choices:
            raise ValueError("a goal needs 'required' outcomes or 'choices'")
        return self

    def all_outcomes(self) -> set[str]:
        """Every outcome the goal mentions (required, in choices, in milestones)."""
        out = set(self.required)
        for c in self.choices:
            out |= set(c.of)
        for m in self.milestones:
            out |= set(m.outcomes)
        return out


class Equivalence(Model):
    """Recognition across institutions: an outcome here counts as an outcome of another catalogue."""

    outcome: Ref = Field(description="An outcome of this catalogue.")
    equals: Ref = Field(description="The qualified id of an outcome in another catalogue ('partner:x').")
    note: LongText | None = Field(default=None, description="Basis of the recognition (examination board decision).")


class Catalogue(Model):
    """A catalogue file: what one institution offers."""

    format_version: str = Field(alias="formatVersion", description="File format version, e.g. '1.0'.")
    id: LocalId = Field(description="Catalogue id; namespaces every id in the file ('hs-oost').")
    title: Text = Field(description="Name of the catalogue.")
    institution: ShortText = Field(description="The institution that publishes it.")
    published: Day | None = Field(default=None, description="Date of publication.")
    currency: Literal["EUR"] = Field(default="EUR", description="Currency of costs.")
    outcomes: list[Outcome] = Field(default_factory=list, description="Learning outcomes.")
    modules: list[Module] = Field(default_factory=list, description="Modules and assessment routes.")
    offerings: list[Offering] = Field(default_factory=list, description="Offerings of modules.")
    goals: list[Goal] = Field(default_factory=list, description="Goals learners can pursue.")
    equivalences: list[Equivalence] = Field(default_factory=list, description="Outcome equivalences.")

    @field_validator("format_version")
    @classmethod
    def _version(cls, v: str) -> str:
        return check_version(v)
