"""The small values every file model is made of: ids and references, dates and times of day, texts in
two languages, weekdays, modes, sessions and windows, the base of every model, and week arithmetic.

Split from :mod:`planner.models` (which re-exports every name here): these change rarely, the
catalogue and learner models often.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

from planner import reader

#: Study hours per European credit (1 EC = 28 study hours, *studiebelastingsuren*).
HOURS_PER_EC = 28
#: The range of study load a microcredential may have, in EC.
MICROCREDENTIAL_EC = (3.0, 30.0)
#: The catalogue file format this version writes (it reads every version in :data:`READ_VERSIONS`).
FORMAT_VERSION = "1.2"
#: The catalogue file format versions this version reads (any 1.x; these are the ones it knows).
#: 1.1 adds credit thresholds, corequisites, pools and choice groups counted in EC; a file marked
#: 1.0 may use them too (a 1.0 reader refuses the unknown keys, so nothing is silently misread).
#: 1.2 adds how an offering is taught and assessed (``how``) and a learner's wishes about it.
READ_VERSIONS = ("1.0", "1.1", "1.2")
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
#: start in year 9999 overflowed it; one in year 1 gave nonsense about deadlines).
EARLIEST_DATE, LATEST_DATE = reader.EARLIEST_DATE, reader.LATEST_DATE  # the reader owns them
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


def check_version(v: str) -> str:
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


class Event(Model):
    """One dated part of a cohort offering that is no weekly session: a test, a one-off lecture or
    practical, a project day (an OOAPI component offering). Its time must fall in the learner's free
    windows, and its place must be one of the learner's places, like the offering's own."""

    kind: ShortText = Field(description="What it is: test, lecture, practical, tutorial, project, … (OOAPI componentType).")
    date: Day = Field(description="Its date (its first day, when it runs over several).")
    until: Day | None = Field(default=None, description="Its last day, when it runs over several days.")
    start: LocalTime | None = Field(default=None, description="Start time, when it is on one day.")
    end: LocalTime | None = Field(default=None, description="End time, after the start, when it is on one day.")
    place: ShortText | None = Field(default=None, description="Town where it takes place; none when online or unknown.")
    name: ShortText | None = Field(default=None, description="Its name, as the institution gives it.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if (self.start is None) != (self.end is None):
            raise ValueError("give an event both a 'start' and an 'end' time, or neither")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(f"the event ends ({self.end:%H:%M}) before it starts ({self.start:%H:%M})")
        if self.until is not None and self.until < self.date:
            raise ValueError(f"the event's last day ({self.until}) is before its date ({self.date})")
        return self

    @property
    def is_test(self) -> bool:
        """Whether it is an assessment (a test date)."""
        return self.kind == "test"

    def as_session(self) -> Session | None:
        """Its time as a session on its weekday (for the learner's free windows); None without times."""
        if self.start is None or self.end is None:
            return None
        return Session(day=list(Weekday)[self.date.weekday()], start=self.start, end=self.end)


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


# --------------------------------------------------------------------------- week arithmetic


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
