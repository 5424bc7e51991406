"""The domain model: outcomes, modules, offerings, goals, catalogues, learners.

Pydantic v2 models with a description on every field; these models *are* the file format (the
published JSON Schema in ``catalogs/schema/`` is generated from them). Files use camelCase keys,
Python uses snake_case attributes.

Ids inside one catalogue file are local (``prog-basics``); once loaded, every id is qualified
with its catalogue's id (``hs-oost:prog-basics``). A reference that already contains a colon
points into another catalogue.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    field_validator,
    model_validator,
)
from pydantic.alias_generators import to_camel

from planner import reader

#: Study hours per European credit (1 EC = 28 study hours, *studiebelastingsuren*).
HOURS_PER_EC = 28
#: The range of study load a microcredential may have, in EC.
MICROCREDENTIAL_EC = (3.0, 30.0)
#: The catalogue file format this version writes (it reads every version in :data:`READ_VERSIONS`).
FORMAT_VERSION = "1.1"
#: The catalogue file format versions this version reads (any 1.x; these are the ones it knows).
#: 1.1 adds credit thresholds, corequisites, pools and choice groups counted in EC; a file marked
#: 1.0 may use them too (a 1.0 reader refuses the unknown keys, so nothing is silently misread).
READ_VERSIONS = ("1.0", "1.1")
#: The separator between catalogue id and local id in a qualified id.
NS = ":"

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
REF_PATTERN = r"^([a-z0-9][a-z0-9._-]*:)?[a-z0-9][a-z0-9._-]*$"
_REF_RE = re.compile(REF_PATTERN)

LocalId = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=80)]
Ref = Annotated[str, Field(pattern=REF_PATTERN, min_length=1, max_length=161)]
MilestoneRef = Annotated[
    str, Field(pattern=r"^([a-z0-9][a-z0-9._-]*:)?[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?$", max_length=242)
]


#: Dates a file may hold: wide enough for any study route, narrow enough for week arithmetic (a
#: start in year 9999 overflowed it; one in year 1 gave nonsense about deadlines). The reader owns them.
EARLIEST_DATE, LATEST_DATE = reader.EARLIEST_DATE, reader.LATEST_DATE
#: A budget above this many euros limits nothing: it is taken as no budget (as is infinity).
NO_BUDGET_ABOVE = 1e9
#: The most a single offering may cost, in euros.
MAX_COST = 1_000_000


def _sane_date(day: dt.date) -> dt.date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(
            f"the date {day.isoformat()} is outside the years {EARLIEST_DATE.year}–{LATEST_DATE.year}; check the year"
        )
    return day


#: A date in a file, between :data:`EARLIEST_DATE` and :data:`LATEST_DATE`.
Day = Annotated[dt.date, AfterValidator(_sane_date)]


def _local_time(t: dt.time) -> dt.time:
    if t.tzinfo is not None:
        raise ValueError(f"the time {t.isoformat()} has a time zone; give the local time of day, such as 19:00")
    return t


#: A time of day without a time zone (sessions and free windows are local times).
LocalTime = Annotated[dt.time, AfterValidator(_local_time)]
#: A name, place or label: one line of reasonable length.
ShortText = Annotated[str, Field(max_length=200)]
#: A sentence or note.
LongText = Annotated[str, Field(max_length=2000)]


def _check_version(v: str) -> str:
    if v.split(".")[0] != FORMAT_VERSION.split(".")[0]:
        raise ValueError(f"format version {v!r} is not supported; this Leerroute reads {', '.join(READ_VERSIONS)}")
    return v


def ec_to_hours(ec: float) -> float:
    """Study hours for a study load in EC.

    >>> ec_to_hours(5)
    140
    """
    return ec * HOURS_PER_EC


def hours_to_ec(hours: float) -> float:
    """Study load in EC for a number of study hours.

    >>> hours_to_ec(84)
    3.0
    """
    return hours / HOURS_PER_EC


def qualify(ref: str, namespace: str) -> str:
    """Qualify a local reference with its catalogue's namespace; qualified refs stay as they are.

    >>> qualify("prog-basics", "hs-oost"), qualify("partner:x", "hs-oost")
    ('hs-oost:prog-basics', 'partner:x')
    """
    return ref if NS in ref else f"{namespace}{NS}{ref}"


def is_valid_ref(ref: str) -> bool:
    """Whether a string has the shape of a (possibly qualified) id."""
    return bool(_REF_RE.match(ref))


class Model(BaseModel):
    """Base of every file model: camelCase in files, unknown keys refused, values checked on set."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        validate_assignment=True,
        frozen=False,
        allow_inf_nan=False,
    )


# --------------------------------------------------------------------------- small values


class Weekday(StrEnum):
    """Day of the week, as written in files."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @property
    def number(self) -> int:
        """Monday is 0, Sunday is 6 (as :meth:`datetime.date.weekday`)."""
        return list(Weekday).index(self)


class Mode(StrEnum):
    """How an offering is delivered (*waar*): OOAPI's modeOfDelivery, simplified."""

    ONLINE = "online"
    CAMPUS = "campus"
    WORKPLACE = "workplace"
    HYBRID = "hybrid"


class ModuleKind(StrEnum):
    """A taught module, or an assessment-only route (EVC / portfolio assessment)."""

    TAUGHT = "taught"
    ASSESSMENT = "assessment"


class GoalKind(StrEnum):
    """The kind of goal a learner can pursue."""

    DEGREE = "degree"
    ASSOCIATE_DEGREE = "associate-degree"
    MICROCREDENTIALS = "microcredentials"
    SWITCH = "switch"
    CUSTOM = "custom"


class Evidence(StrEnum):
    """How a learner shows an outcome they already have.

    A diploma, an edubadge or a passed EVC assessment proves the outcome. Experience is a claim:
    it does not prove the outcome, but it makes assessment-only (EVC) routes for it available.
    """

    DIPLOMA = "diploma"
    EDUBADGE = "edubadge"
    EVC = "evc"
    EXPERIENCE = "experience"


class Text(Model):
    """A bilingual text (Dutch and English); in files a plain string is taken as both."""

    nl: str | None = Field(default=None, description="Dutch text.", max_length=2000)
    en: str | None = Field(default=None, description="English text.", max_length=2000)

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: object) -> object:
        if isinstance(value, str):
            return {"nl": value, "en": value}
        return value

    @model_validator(mode="after")
    def _one_language(self) -> Self:
        if not (self.nl or self.en):
            raise ValueError("give the text in at least one language (nl or en)")
        return self

    def get(self, language: str = "en") -> str:
        """The text in ``language``, falling back to the other one."""
        first, second = (self.nl, self.en) if language == "nl" else (self.en, self.nl)
        return first or second or ""

    def __str__(self) -> str:
        return self.get("en")


class Session(Model):
    """A recurring weekly session of an offering (a lecture, a lab, a meeting at work)."""

    day: Weekday = Field(description="Day of the week of the session.")
    start: LocalTime = Field(description="Start time, e.g. '19:00'.")
    end: LocalTime = Field(description="End time, e.g. '21:30'; after the start, on the same day.")
    every_weeks: int = Field(default=1, ge=1, le=52, description="The session runs every N weeks.")

    @model_validator(mode="after")
    def _ends_after_start(self) -> Self:
        if self.end <= self.start:
            raise ValueError(
                f"the session ends ({self.end:%H:%M}) before it starts ({self.start:%H:%M}); "
                "give an end time after the start time"
            )
        return self

    def clashes_with(self, other: Session) -> bool:
        """Two sessions clash when they fall on the same day and their times overlap."""
        return self.day == other.day and self.start < other.end and other.start < self.end

    def label(self) -> str:
        """Short human label such as 'tue 19:00–21:30'."""
        every = f" (every {self.every_weeks} weeks)" if self.every_weeks > 1 else ""
        return f"{self.day.value} {self.start:%H:%M}–{self.end:%H:%M}{every}"


class TimeWindow(Model):
    """A free weekly time window of a learner."""

    day: Weekday = Field(description="Day of the week.")
    start: LocalTime = Field(description="Start of the free window.")
    end: LocalTime = Field(description="End of the free window; after the start.")

    @model_validator(mode="after")
    def _ends_after_start(self) -> Self:
        if self.end <= self.start:
            raise ValueError("the window ends before it starts; give an end time after the start time")
        return self

    def holds(self, session: Session) -> bool:
        """Whether a session lies wholly inside this window."""
        return self.day == session.day and self.start <= session.start and session.end <= self.end


class DateRange(Model):
    """A closed range of dates."""

    start: Day = Field(description="First day.")
    end: Day = Field(description="Last day; not before the first.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"the range ends ({self.end}) before it starts ({self.start})")
        return self


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


class Pool(Model):
    """A set of modules chosen by what they are, not listed one by one: every module of the
    catalogue with this subject, level and tag (each one given must match)."""

    subject: str | None = Field(default=None, max_length=200, description="Modules with this 'subject'.")
    level: int | None = Field(default=None, ge=1, le=8, description="Modules of this NLQF/EQF level.")
    tag: str | None = Field(default=None, max_length=80, description="Modules carrying this tag in 'tags'.")
    catalogue: str | None = Field(
        default=None, pattern=ID_PATTERN,
        description="Catalogue whose modules count; left out: the catalogue the rule is written in.",
    )

    @model_validator(mode="after")
    def _something(self) -> Self:
        if self.subject is None and self.level is None and self.tag is None:
            raise ValueError("a pool needs a 'subject', a 'level' or a 'tag' (or several)")
        return self

    def matches(self, module: Module) -> bool:
        """Whether a (loaded, qualified) module belongs to the pool."""
        if self.catalogue is not None and not module.id.startswith(self.catalogue + NS):
            return False
        if self.subject is not None and (module.subject or "").casefold() != self.subject.casefold():
            return False
        if self.level is not None and module.level != self.level:
            return False
        return self.tag is None or self.tag in module.tags

    def label(self) -> str:
        """Short description such as 'level 3, subject mathematics'."""
        parts = []
        if self.level is not None:
            parts.append(f"level {self.level}")
        if self.subject is not None:
            parts.append(f"subject {self.subject}")
        if self.tag is not None:
            parts.append(f"tag {self.tag}")
        return ", ".join(parts)


class AllOf(Model):
    """All of these requirements."""

    all: list[Requirement] = Field(min_length=1, description="Every item must hold.")


class AnyOf(Model):
    """At least one of these requirements."""

    any: list[Requirement] = Field(min_length=1, description="At least one item must hold.")


class Credits(Model):
    """A threshold: at least this many EC (or modules) completed before the module starts,
    optionally counted only from a pool ("at least 84 EC completed", "60 EC of level 1")."""

    credits: float | None = Field(default=None, gt=0, le=1000, description="At least this many EC completed.")
    modules: int | None = Field(default=None, ge=1, le=500, description="At least this many modules completed.")
    from_: Pool | None = Field(
        default=None, alias="from", description="Count only modules of this pool (subject, level, tag)."
    )

    @model_validator(mode="after")
    def _one_count(self) -> Self:
        if (self.credits is None) == (self.modules is None):
            raise ValueError("a threshold gives 'credits: <EC>' or 'modules: <number>', one of the two")
        return self

    @property
    def amount(self) -> float:
        """The number to reach: EC, or modules."""
        return self.credits if self.credits is not None else float(self.modules or 0)

    def weight(self, module: Module) -> float:
        """What one completed module adds: its EC, or 1 when modules are counted."""
        return module.study_ec if self.credits is not None else 1.0

    def counts(self, module: Module) -> bool:
        """Whether a completed module counts towards the threshold."""
        return self.from_ is None or self.from_.matches(module)

    def label(self) -> str:
        """Short description such as '84 EC (level 2)'."""
        what = f"{self.credits:g} EC" if self.credits is not None else f"{self.modules} modules"
        return what + (f" ({self.from_.label()})" if self.from_ is not None else "")


class With(Model):
    """A corequisite: the outcome is proven, or gained by a module that runs at the same time as
    this one or earlier (it starts in the same week or before, and may end later)."""

    with_: Annotated[str, Field(pattern=REF_PATTERN)] = Field(
        alias="with", description="The outcome, proven or gained by a module starting no later than this one."
    )


#: The tags of a prerequisite expression's forms, as pydantic reports them in error paths
#: (with spaces, so that no data key is ever mistaken for one).
REQUIREMENT_TAGS = ("outcome id", "all of", "any of", "credit threshold", "corequisite")
REQUIREMENT_HINT = (
    "write one outcome id, or 'all: [a, b]' when every one is needed, or 'any: [a, b]' when one is enough "
    "(these nest), or 'credits: 84' (optionally with 'from: {subject|level|tag: …}'), or 'with: <outcome>' "
    "for a corequisite"
)


def _requirement_tag(value: object) -> str | None:
    """Which form a prerequisite expression has: decided by its shape, so an error names one form."""
    if isinstance(value, str):
        return "outcome id"
    if isinstance(value, AllOf) or (isinstance(value, dict) and "all" in value):
        return "all of"
    if isinstance(value, AnyOf) or (isinstance(value, dict) and "any" in value):
        return "any of"
    if isinstance(value, Credits) or (isinstance(value, dict) and ("credits" in value or "modules" in value)):
        return "credit threshold"
    if isinstance(value, With) or (isinstance(value, dict) and "with" in value):
        return "corequisite"
    return None


#: A prerequisite expression: an outcome id, all/any of nested expressions, a credit threshold or a
#: corequisite (a discriminated union: a wrong expression gets one precise error, not one per form
#: it failed to be).
Requirement = Annotated[
    Annotated[Annotated[str, Field(pattern=REF_PATTERN)], Tag("outcome id")]
    | Annotated[AllOf, Tag("all of")]
    | Annotated[AnyOf, Tag("any of")]
    | Annotated[Credits, Tag("credit threshold")]
    | Annotated[With, Tag("corequisite")],
    Discriminator(
        _requirement_tag,
        custom_error_type="requirement",
        custom_error_message="a prerequisite must be an outcome id, all/any, credits or with",
    ),
]
AllOf.model_rebuild()
AnyOf.model_rebuild()


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

    @model_validator(mode="after")
    def _when(self) -> Self:
        if not self.starts and self.entry is None:
            raise ValueError("give cohort 'starts' dates or a flexible 'entry' window")
        if self.starts and self.entry is not None:
            raise ValueError("give either cohort 'starts' or a flexible 'entry' window, not both")
        if self.mode != Mode.ONLINE and not self.location:
            raise ValueError(f"a {self.mode.value} offering needs a 'location'")
        return self

    @property
    def flexible(self) -> bool:
        """Whether the learner chooses the start week (flexible entry)."""
        return self.entry is not None

    @property
    def total_hours(self) -> float:
        """Study hours the offering provides over its whole duration."""
        return self.weeks * self.hours_per_week

    def sessions_clash(self, other: Offering) -> bool:
        """Whether any session of this offering clashes with one of ``other``."""
        return any(a.clashes_with(b) for a in self.sessions for b in other.sessions)


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
        return _check_version(v)


# --------------------------------------------------------------------------- learner


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


class Learner(Model):
    """A learner's wishes and what they can already prove."""

    format_version: str = Field(default=FORMAT_VERSION, alias="formatVersion", description="File format version.")
    name: str = Field(description="Name of the learner (or a scenario name).", max_length=200)
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
    notes: str = Field(
        default="", max_length=20000,
        description="Free notes: the learner's background, agreements made in the intake conversation.",
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
        return _check_version(v)

    @model_validator(mode="after")
    def _target(self) -> Self:
        if not self.goal and not self.outcomes:
            raise ValueError("give a 'goal' or a list of 'outcomes' to reach")
        if self.deadline and self.deadline <= self.start:
            raise ValueError(f"the deadline ({self.deadline}) is not after the start ({self.start})")
        return self

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


def week_monday(day: dt.date) -> dt.date:
    """The Monday of the week that contains ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_index(origin: dt.date, day: dt.date) -> int:
    """Week number of ``day`` counted from the week of ``origin`` (week 0); negative before it.

    >>> week_index(dt.date(2026, 9, 2), dt.date(2026, 9, 14))
    2
    """
    return (week_monday(day) - week_monday(origin)).days // 7


def week_start(origin: dt.date, week: int) -> dt.date:
    """The Monday of week ``week`` counted from the week of ``origin``."""
    return week_monday(origin) + dt.timedelta(weeks=week)
