"""The fourth dimension, *hoe*: how an offering is taught and assessed, and what a learner wants of it.

These are file models (catalogue format 1.2 adds :class:`OfferingHow` to an offering; a learner file
may hold :class:`HowWishes`). The vocabulary is one list of values per facet; each value is mapped to
the Open Education API (OOAPI v5/v6) and to the elements of Annex I of the EU Council Recommendation
on micro-credentials (2022) in :data:`VOCABULARY` and in ``docs/hoe.md``.

This module imports nothing of the planner, so that :mod:`planner.models` can use it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel


class _Model(BaseModel):
    # the same settings as planner.models.Model: camelCase in files, unknown keys refused
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", validate_assignment=True, allow_inf_nan=False
    )


class Facet(StrEnum):
    """A facet of how a module is taught and assessed, on which a learner can state a wish."""

    PACING = "pacing"
    ACTIVITY = "activity"
    GROUPING = "grouping"
    ASSESSMENT = "assessment"
    SUPERVISION = "supervision"
    ROUTE = "route"


class Pacing(StrEnum):
    """At one's own pace, or with a group that starts and moves together."""

    SELF_PACED = "self-paced"
    COHORT = "cohort"


class Activity(StrEnum):
    """A type of learning activity (OOAPI component types)."""

    LECTURE = "lecture"
    TUTORIAL = "tutorial"
    PRACTICAL = "practical"
    PROJECT = "project"
    WORKSHOP = "workshop"
    SKILLS_TRAINING = "skills-training"
    INDEPENDENT_STUDY = "independent-study"
    WORK_BASED = "work-based"


class Grouping(StrEnum):
    """Whether the learner works alone or in a group."""

    INDIVIDUAL = "individual"
    GROUP = "group"


class Assessment(StrEnum):
    """A type of assessment (OOAPI test component types; EU Annex I 'type of assessment')."""

    WRITTEN_EXAM = "written-exam"
    DIGITAL_EXAM = "digital-exam"
    ORAL_EXAM = "oral-exam"
    PORTFOLIO = "portfolio"
    ASSIGNMENT = "assignment"
    PRESENTATION = "presentation"
    PRACTICAL_EXAM = "practical-exam"
    WORKPLACE = "workplace"


class Supervision(StrEnum):
    """How the assessment is supervised (EU Annex I 'supervision and identity verification')."""

    UNSUPERVISED = "unsupervised"
    SUPERVISED_ONLINE = "supervised-online"
    SUPERVISED_ON_SITE = "supervised-on-site"


class Route(StrEnum):
    """Lessons and an assessment, or the assessment alone (EVC, portfolio route)."""

    TAUGHT = "taught"
    ASSESSMENT_ONLY = "assessment-only"


#: The value type of each facet.
FACET_VALUES: dict[Facet, type[StrEnum]] = {
    Facet.PACING: Pacing,
    Facet.ACTIVITY: Activity,
    Facet.GROUPING: Grouping,
    Facet.ASSESSMENT: Assessment,
    Facet.SUPERVISION: Supervision,
    Facet.ROUTE: Route,
}

#: Per value: (OOAPI term(s), EU micro-credential Annex I / European Learning Model term). The terms
#: are the standards' own spellings; ``docs/hoe.md`` shows the same table.
VOCABULARY: dict[str, tuple[str, str]] = {
    Pacing.SELF_PACED: ("modeOfStudy: self-paced", "form of participation: self-paced (flexible entry)"),
    Pacing.COHORT: ("modeOfStudy: full-time, part-time, dual training", "form of participation: scheduled, with a group"),
    Activity.LECTURE: ("componentType: lecture", "learning activity: lecture"),
    Activity.TUTORIAL: ("componentType: tutorial", "learning activity: tutorial"),
    Activity.PRACTICAL: ("componentType: practical", "learning activity: practical / laboratory"),
    Activity.PROJECT: ("componentType: project", "learning activity: project"),
    Activity.WORKSHOP: ("componentType: workshop", "learning activity: workshop"),
    Activity.SKILLS_TRAINING: ("componentType: skills training", "learning activity: skills training"),
    Activity.INDEPENDENT_STUDY: ("componentType: independent study", "learning activity: self-study"),
    Activity.WORK_BASED: ("modeOfDelivery: work_based (v6), situated (v5)", "learning setting: work-based learning"),
    Grouping.INDIVIDUAL: ("(no OOAPI field)", "form of participation: individual"),
    Grouping.GROUP: ("componentType: project, workshop (group work)", "form of participation: in a group"),
    Assessment.WRITTEN_EXAM: ("test component type: test on paper", "type of assessment: written exam"),
    Assessment.DIGITAL_EXAM: ("test component type: digital test", "type of assessment: digital exam"),
    Assessment.ORAL_EXAM: ("test component type: oral test", "type of assessment: oral exam, criterion-based interview"),
    Assessment.PORTFOLIO: ("test component type: portfolio assessment", "type of assessment: portfolio"),
    Assessment.ASSIGNMENT: ("test component type: assignment, report", "type of assessment: assignment / product"),
    Assessment.PRESENTATION: ("test component type: presentation", "type of assessment: presentation"),
    Assessment.PRACTICAL_EXAM: ("test component type: practical test, skills test", "type of assessment: practical demonstration"),
    Assessment.WORKPLACE: ("test component type: assessment at the workplace", "type of assessment: observation in practice"),
    Supervision.UNSUPERVISED: ("(no OOAPI field)", "supervision: unsupervised"),
    Supervision.SUPERVISED_ONLINE: ("modeOfDelivery of the test: online", "supervision: supervised online (proctored)"),
    Supervision.SUPERVISED_ON_SITE: ("modeOfDelivery of the test: presential / on campus", "supervision: supervised on site"),
    Route.TAUGHT: ("offering with components other than tests", "learning activities and assessment"),
    Route.ASSESSMENT_ONLY: ("offering whose only component is a test", "assessment only (validation of prior learning, EVC)"),
}


def _described(values: type[StrEnum], what: str) -> str:
    terms = "; ".join(f"'{v.value}' ({VOCABULARY[v][0]}; EU: {VOCABULARY[v][1]})" for v in values)
    return f"{what} One of: {terms}."


class OfferingHow(_Model):
    """How an offering is taught and assessed (catalogue format 1.2; every field optional)."""

    pacing: Pacing | None = Field(
        default=None, description=_described(Pacing, "Self-paced (own pace, flexible entry) or with a cohort.")
    )
    activities: list[Activity] = Field(
        default_factory=list, max_length=8, description=_described(Activity, "The types of learning activity.")
    )
    group_work: bool | None = Field(
        default=None, description="Whether part of the work is done in a group (EU Annex I: form of participation)."
    )
    contact_hours: float | None = Field(
        default=None, ge=0, le=60,
        description="Hours a week with a teacher or coach (lectures, tutorials, coaching); the rest is self-study.",
    )
    assessment: list[Assessment] = Field(
        default_factory=list, max_length=8, description=_described(Assessment, "How the outcomes are assessed.")
    )
    supervision: Supervision | None = Field(
        default=None, description=_described(Supervision, "How the assessment is supervised.")
    )
    identity_check: bool | None = Field(
        default=None, description="Whether the learner's identity is verified at the assessment (EU Annex I)."
    )
    assessment_only: bool = Field(
        default=False,
        description="Assessment only, no lessons: the EVC or portfolio route (OOAPI: an offering of a test component only).",
    )

    def values(self, facet: Facet) -> set[str] | None:
        """The values this offering has for a facet; None when the catalogue does not say."""
        match facet:
            case Facet.PACING:
                return None if self.pacing is None else {self.pacing.value}
            case Facet.ACTIVITY:
                return {a.value for a in self.activities} or None
            case Facet.GROUPING:
                return None if self.group_work is None else {(Grouping.GROUP if self.group_work else Grouping.INDIVIDUAL).value}
            case Facet.ASSESSMENT:
                return {a.value for a in self.assessment} or None
            case Facet.SUPERVISION:
                return None if self.supervision is None else {self.supervision.value}
            case _:
                return {(Route.ASSESSMENT_ONLY if self.assessment_only else Route.TAUGHT).value}


class Choice(StrEnum):
    """What a learner says of a value: it must be there, is preferred, is better avoided, or never."""

    MUST = "must"
    PREFER = "prefer"
    AVOID = "avoid"
    NEVER = "never"


#: Hard choices (the solver and the validator enforce them); the others are weighed.
HARD = (Choice.MUST, Choice.NEVER)


class FacetWish(_Model):
    """One wish: for a facet, a value, and whether it is a must, preferred, avoided or never."""

    facet: Facet = Field(description="pacing, activity, grouping, assessment, supervision or route.")
    value: str = Field(max_length=40, description="A value of the facet's vocabulary (see docs/hoe.md).")
    choice: Choice = Field(description="must, prefer, avoid or never.")

    @model_validator(mode="after")
    def _known(self) -> Self:
        allowed = [v.value for v in FACET_VALUES[self.facet]]
        if self.value not in allowed:
            raise ValueError(f"'{self.value}' is not a value of {self.facet.value}; use one of: {', '.join(allowed)}")
        return self


class HowWishes(_Model):
    """How the learner likes to learn: wishes per facet, and how many weeks later the route may
    finish for them (0: the fastest route, with the preferences only where they cost nothing)."""

    wishes: list[FacetWish] = Field(default_factory=list, max_length=60, description="Wishes on how modules are taught and assessed.")
    weeks_later: int = Field(
        default=0, ge=0, le=104,
        description="Up to this many weeks later than the fastest route, for the 'prefer' and 'avoid' wishes.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        seen: dict[tuple[Facet, str], Choice] = {}
        for w in self.wishes:
            other = seen.setdefault((w.facet, w.value), w.choice)
            if other != w.choice:
                raise ValueError(
                    f"{w.facet.value} '{w.value}' is both '{other.value}' and '{w.choice.value}'; keep one of the two"
                )
        return self

    def hard(self) -> list[FacetWish]:
        """The must and never wishes."""
        return [w for w in self.wishes if w.choice in HARD]

    def soft(self) -> list[FacetWish]:
        """The prefer and avoid wishes."""
        return [w for w in self.wishes if w.choice not in HARD]


#: English and Dutch labels per facet and per value, for documents (the window translates its own).
LABELS: dict[str, tuple[str, str]] = {
    "pacing": ("pacing", "tempo"),
    "activity": ("learning activity", "leeractiviteit"),
    "grouping": ("group work", "groepswerk"),
    "assessment": ("assessment", "toetsing"),
    "supervision": ("supervision", "toezicht"),
    "route": ("route", "route"),
    "self-paced": ("self-paced", "in eigen tempo"),
    "cohort": ("with a cohort", "met een cohort"),  # (not "met een groep": group work is "in een groep")
    "lecture": ("lecture", "hoorcollege"),
    "tutorial": ("tutorial", "werkcollege"),
    "practical": ("practical", "practicum"),
    "project": ("project", "project"),
    "workshop": ("workshop", "workshop"),
    "skills-training": ("skills training", "vaardigheidstraining"),
    "independent-study": ("independent study", "zelfstudie"),
    "work-based": ("work-based learning", "leren op de werkplek"),
    "individual": ("individual", "individueel"),
    "group": ("in a group", "in een groep"),
    "written-exam": ("written exam", "schriftelijk tentamen"),
    "digital-exam": ("digital exam", "digitaal tentamen"),
    "oral-exam": ("oral exam", "mondeling tentamen"),
    "portfolio": ("portfolio", "portfolio"),
    "assignment": ("assignment", "opdracht"),
    "presentation": ("presentation", "presentatie"),
    "practical-exam": ("practical exam", "praktijktoets"),
    "workplace": ("assessment at work", "beoordeling op de werkplek"),
    "unsupervised": ("unsupervised", "zonder toezicht"),
    "supervised-online": ("supervised online (proctoring)", "online surveillance (proctoring)"),
    "supervised-on-site": ("supervised on site", "met toezicht op locatie"),
    "taught": ("lessons and assessment", "lessen en toetsing"),
    "assessment-only": ("assessment only (EVC)", "alleen assessment (EVC)"),
    "not-described": ("not described", "niet beschreven"),
    "must": ("must", "moet"),
    "prefer": ("prefer", "liever wel"),
    "avoid": ("avoid", "liever niet"),
    "never": ("never", "nooit"),
}


def label(value: str, lang: str = "en") -> str:
    """A value's (or facet's) label in English or Dutch; the value itself when unknown."""
    pair = LABELS.get(value)
    return value if pair is None else pair[1 if lang == "nl" else 0]
