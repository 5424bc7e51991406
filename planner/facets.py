"""How a route is taught and assessed, against how the learner likes to learn (*hoe*).

A learner's *must* and *never* wishes rule offerings out (:func:`facet_rejections`, used with the
other reasons in :func:`planner.access.offering_rejections`, so the solver, the greedy route, the
graph queries and the explanations all honour them). *prefer* and *avoid* wishes are weighed per EC
(:func:`penalty`): the solver minimises the EC that miss them right after the finish week, within the
learner's ``weeksLater``. What the catalogue does not say is never taken as met: an offering that does
not describe its assessment fails a *must* on assessment and a *prefer*, and passes a *never* and an
*avoid* (the route shows it as "not described").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from planner.catalog import CatalogueSet
from planner.facettypes import (
    FACET_VALUES,
    Activity,
    Assessment,
    Choice,
    Facet,
    FacetWish,
    HowWishes,
    OfferingHow,
    Pacing,
    Supervision,
    label,
)
from planner.formatting import number
from planner.messages import msg
from planner.models import Learner, Offering
from planner.plan import Message, Plan


def breaches(wishes: Iterable[FacetWish], how: OfferingHow | None) -> list[FacetWish]:
    """The wishes an offering that is taught ``how`` does not meet (unknown values meet no *must*
    or *prefer* and break no *never* or *avoid*)."""
    out = []
    for w in wishes:
        values = how.values(w.facet) if how is not None else None
        has = values is not None and w.value in values
        if w.choice in (Choice.MUST, Choice.PREFER) and not has or w.choice in (Choice.NEVER, Choice.AVOID) and has:
            out.append(w)
    return out


def soften(wishes: HowWishes, only: FacetWish | None = None) -> HowWishes:
    """The wishes with every *must* made *prefer* and every *never* *avoid* (or only the one given)."""
    weaker = {Choice.MUST: Choice.PREFER, Choice.NEVER: Choice.AVOID}
    out = [w.model_copy(update={"choice": weaker[w.choice]}) if w.choice in weaker and (only is None or w == only) else w
           for w in wishes.wishes]
    return wishes.model_copy(update={"wishes": out})


#: The message codes per kind of wish: why an offering is ruled out, what relaxing it says, the wish itself.
REASON = {Choice.MUST: "reason.facet_must", Choice.NEVER: "reason.facet_never"}
CHANGE = {Choice.MUST: "change.facet_must", Choice.NEVER: "change.facet_never"}
WISH = {Choice.MUST: "wish.must", Choice.PREFER: "wish.prefer", Choice.AVOID: "wish.avoid", Choice.NEVER: "wish.never"}


def facet_rejections(learner: Learner, off: Offering) -> list[Message]:
    """Why a learner's *must* and *never* wishes rule an offering out (empty when they do not)."""
    return [msg(REASON[w.choice], facet=w.facet.value, value=w.value) for w in breaches(learner.how.hard(), off.how)]


#: Penalty weight per EC of a module that misses one soft wish (tenths of an EC).
EC_SCALE = 10


def penalty(learner: Learner, off: Offering, ec: float) -> int:
    """The soft wishes the offering misses, weighed by its module's EC (tenths; at least 1 per wish)."""
    missed = len(breaches(learner.how.soft(), off.how))
    return missed * max(1, int(round(ec * EC_SCALE)))


def met_share(wishes: HowWishes, taken: Iterable[tuple[OfferingHow | None, float]]) -> float | None:
    """The share of the soft wishes met, over the modules taken (offering's how, EC), weighed by EC;
    None when the learner has no soft wish or the route no EC."""
    soft = wishes.soft()
    total = met = 0.0
    for how, ec in taken:
        total += ec * len(soft)
        met += ec * (len(soft) - len(breaches(soft, how)))
    return None if not soft or total <= 0 else met / total


def taken(cs: CatalogueSet, plan: Plan) -> list[tuple[OfferingHow | None, float]]:
    """Per module of a route: how its offering is taught, and its EC (unknown offerings left out)."""
    return [(off.how, it.ec) for it in plan.items if (off := cs.offerings.get(it.offering)) is not None]


def facet_messages(cs: CatalogueSet, learner: Learner, plan: Plan, fastest: int | None) -> list[Message]:
    """What a route says of how the learner likes to learn: the weeks it gave for it (when it finishes
    after the fastest route, ``fastest``), and the share of the preferences it meets."""
    out: list[Message] = []
    if plan.totals is not None and fastest is not None and plan.totals.finish_week > fastest:
        out.append(msg("facets.later", weeks=plan.totals.finish_week - fastest, fastest=fastest))
    share = met_share(learner.how, taken(cs, plan))
    if share is not None and plan.items:
        out.append(msg("facets.met", pct=round(100 * share)))
    return out


def ec_by_value(facet: Facet, taken: Iterable[tuple[OfferingHow | None, float]]) -> dict[str, float]:
    """EC per value of a facet over the modules taken ('not-described' for the rest); a module with
    several values (two assessment types) counts its EC to each."""
    out: dict[str, float] = {}
    for how, ec in taken:
        values = how.values(facet) if how is not None else None
        for v in sorted(values or {"not-described"}):
            out[v] = out.get(v, 0.0) + ec
    return out


def taught_text(how: OfferingHow | None, lang: str = "en") -> str:
    """How an offering is taught, in words: 'self-paced; independent study; 0.5 contact h/week'."""
    if how is None:
        return label("not-described", lang)
    parts: list[str] = []
    if how.assessment_only:
        parts.append(label("assessment-only", lang))
    if how.pacing is not None:
        parts.append(label(how.pacing.value, lang))
    if how.activities:
        parts.append(", ".join(label(a.value, lang) for a in how.activities))
    if how.group_work:
        parts.append(label("group", lang))
    if how.contact_hours is not None:
        dutch = " contactuur/week" if how.contact_hours == 1 else " contacturen/week"  # '1 contacturen' read wrong
        parts.append(number(how.contact_hours, lang) + (dutch if lang == "nl" else " contact h/week"))
    return "; ".join(parts) or label("not-described", lang)


def assessed_text(how: OfferingHow | None, lang: str = "en") -> str:
    """How an offering is assessed, in words: 'digital exam; supervised online (proctoring); identity checked'."""
    if how is None or not (how.assessment or how.supervision is not None):
        return label("not-described", lang)
    parts = [", ".join(label(a.value, lang) for a in how.assessment)] if how.assessment else []
    if how.supervision is not None:
        parts.append(label(how.supervision.value, lang))
    if how.identity_check:
        parts.append("identiteitscontrole" if lang == "nl" else "identity checked")
    return "; ".join(parts)


def describe(how: OfferingHow | None, lang: str = "en") -> str:
    """One line on how an offering is taught and assessed, for documents and tables."""
    if how is None:
        return label("not-described", lang)
    return f"{taught_text(how, lang)} — " + ("toetsing: " if lang == "nl" else "assessed by ") + assessed_text(how, lang)


def wish_text(w: FacetWish, lang: str = "en") -> str:
    """A wish in words: 'never: oral exam (assessment)'."""
    return f"{label(w.choice.value, lang)}: {label(w.value, lang)} ({label(w.facet.value, lang)})"


# --------------------------------------------------------------------------- OOAPI

_COMPONENTS: Mapping[str, Activity] = {
    "lecture": Activity.LECTURE, "tutorial": Activity.TUTORIAL, "practical": Activity.PRACTICAL,
    "project": Activity.PROJECT, "workshop": Activity.WORKSHOP, "skills training": Activity.SKILLS_TRAINING,
    "independent study": Activity.INDEPENDENT_STUDY, "self-study": Activity.INDEPENDENT_STUDY,
    "selfstudy": Activity.INDEPENDENT_STUDY, "work based": Activity.WORK_BASED, "situated": Activity.WORK_BASED,
}
_TESTS: Mapping[str, Assessment] = {
    "test on paper": Assessment.WRITTEN_EXAM, "written test": Assessment.WRITTEN_EXAM, "digital test": Assessment.DIGITAL_EXAM,
    "oral test": Assessment.ORAL_EXAM, "portfolio assessment": Assessment.PORTFOLIO, "portfolio": Assessment.PORTFOLIO,
    "assignment": Assessment.ASSIGNMENT, "report": Assessment.ASSIGNMENT, "presentation": Assessment.PRESENTATION,
    "practical test": Assessment.PRACTICAL_EXAM, "skills test": Assessment.PRACTICAL_EXAM,
    "assessment at the workplace": Assessment.WORKPLACE, "workplace assessment": Assessment.WORKPLACE,
}
_ONLINE = {"online", "distance learning"}
_ON_SITE = {"presential", "on campus", "situated", "work based"}


def _norm(value: object) -> str:
    return str(value).strip().lower().replace("_", " ").replace("-", " ") if isinstance(value, str) else ""


def from_ooapi(
    modes_of_delivery: Iterable[object] = (),
    mode_of_study: object = None,
    component_types: Iterable[object] = (),
    test_component_types: Iterable[object] = (),
    test_modes_of_delivery: Iterable[object] = (),
) -> OfferingHow | None:
    """How an offering is taught and assessed, from the OOAPI values of the course, its offering and
    its components (v5 and v6 spellings; unknown values are left out). None when nothing maps.

    A self-paced ``modeOfStudy`` gives pacing self-paced, any other a cohort; ``work_based`` or
    ``situated`` delivery adds work-based learning; components give the activities (a ``test``
    component none), test components the assessment types, and the delivery of the test its
    supervision; an offering whose components are all tests is assessment only.
    """
    study = _norm(mode_of_study)
    pacing = Pacing.SELF_PACED if study == "self paced" else Pacing.COHORT if study else None
    comps = [_norm(c) for c in component_types]
    activities = {_COMPONENTS[c] for c in comps if c in _COMPONENTS}
    if any(_norm(m) in ("work based", "situated") for m in modes_of_delivery):
        activities.add(Activity.WORK_BASED)
    tests = {_TESTS[t] for t in (_norm(x) for x in test_component_types) if t in _TESTS}
    test_modes = {_norm(m) for m in test_modes_of_delivery}
    supervision = (
        Supervision.SUPERVISED_ON_SITE if test_modes & _ON_SITE else Supervision.SUPERVISED_ONLINE if test_modes & _ONLINE else None
    )
    only_tests = bool(comps) and all(c == "test" for c in comps)
    group = True if {"project", "workshop"} & set(comps) else None
    if pacing is None and not activities and not tests and supervision is None and not only_tests:
        return None
    order = list(FACET_VALUES[Facet.ACTIVITY])
    return OfferingHow(
        pacing=pacing, activities=sorted(activities, key=order.index), group_work=group,
        assessment=sorted(tests, key=list(Assessment).index), supervision=supervision, assessment_only=only_tests,
    )
