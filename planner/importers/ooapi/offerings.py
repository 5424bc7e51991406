"""Offerings into the catalogue's offerings: v5 ``offeringId`` with ``course``/``program``, v6
``courseOfferingId`` with ``courseId`` (or an expanded ``course``) and ``programmeOfferingId``; dates,
flexible entry, the academic session when an offering has no dates of its own, place, modes,
teaching language, price (unknown stays unknown), seats, and whether a result is expected."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from pydantic import ValidationError

from planner.facets import from_ooapi
from planner.facettypes import OfferingHow
from planner.importers.ooapi.components import attach, course_offerings_of, is_component_offering
from planner.importers.ooapi.courses import State
from planner.importers.ooapi.read import Item
from planner.importers.ooapi.values import (
    GUESSED_MODES,
    MODES,
    as_list,
    city,
    code_of,
    lang,
    number,
    ref_id,
    slug,
    strings,
)
from planner.importers.ooapi.values import weeks_of_duration as duration_weeks
from planner.importers.report import ImportReport, NoteKind, iso_date
from planner.models import Mode, Offering

#: Weekly study hours assumed when an offering's duration is unknown.
DEFAULT_HOURS_PER_WEEK = 8.0
#: A flexible entry period shorter than this, around a start date, is a fixed start.
SHORT_ENTRY_DAYS = 14
#: offering states that mean a learner cannot take it
CLOSED_STATES = {"cancelled", "canceled", "inactive", "archived", "concept"}
#: (field with the parent's id or the expanded parent, the id field inside an expanded parent)
_PARENTS = (
    ("courseId", "courseId"), ("course", "courseId"), ("programmeId", "programmeId"), ("programme", "programmeId"),
    ("program", "programId"), ("learningComponentId", "componentId"), ("learningComponent", "componentId"),
    ("component", "componentId"),
)


def _first(it: Item, *keys: str) -> tuple[dt.date | None, str | None]:
    for key in keys:
        d = iso_date(it.get(key))
        if d is not None:
            return d, key
    return None, None


#: where an offering (or, when it gives none, its course) names its modes and its teaching languages
_MODE_KEYS = ("modesOfDelivery", "modeOfDelivery")
_LANGUAGE_KEYS = ("teachingLanguages", "teachingLanguage")


def _inherited(it: Item, course: Item, keys: tuple[str, ...], use: bool = True) -> tuple[list[str], str | None, Item]:
    """The strings of the first of ``keys`` the offering gives, else its course's: the values, the
    field and the item they came from (marked as read, unless ``use`` is false)."""
    values, key = strings(it, *keys)
    source = it
    if not values:
        values, key = strings(course, *keys)
        source = course
    if key and use:
        source.use(key)
    return values, key, source


def _mode(it: Item, course: Item, has_city: bool, report: ImportReport) -> Mode:
    values, key, source = _inherited(it, course, _MODE_KEYS)
    where = key or "modesOfDelivery"
    mapped = [(MODES[v.lower()], v) for v in values if v.lower() in MODES]
    for v in values:
        if v.lower() not in MODES:
            report.dropped(source.file, source.at(where), "mode.unknown", mode=v)
    if not mapped:
        mode = Mode.CAMPUS if has_city else Mode.ONLINE
        report.guessed(it.file, it.at(where), "mode.assumed", mode=mode.value)
        return mode
    modes = {m for m, _ in mapped}
    if len(modes) > 1:
        mode = Mode.HYBRID if Mode.ONLINE in modes else mapped[0][0]
        report.guessed(it.file, it.at(where), "mode.several", modes=", ".join(v for _, v in mapped), mode=mode.value)
        return mode
    if mapped[0][1].lower() in GUESSED_MODES:
        report.guessed(source.file, source.at(where), "mode.taken_as", given=mapped[0][1], mode=mapped[0][0].value)
    return mapped[0][0]


def _language(it: Item, course: Item, report: ImportReport) -> str:
    langs, key, source = _inherited(it, course, _LANGUAGE_KEYS)
    known = [lg for lg in (lang(x) for x in langs) if lg]
    if not known:
        report.guessed(it.file, it.at(key or "teachingLanguages"), "language.assumed",
                       given=", ".join(langs) or "none")
        return "nl"
    if len(set(known)) > 1 or len(known) < len(langs):
        others = [x for x in langs if lang(x) != known[0]]
        report.dropped(source.file, source.at(key or "teachingLanguages"), "language.also", languages=", ".join(others))
    return known[0]


def _cost(it: Item, report: ImportReport) -> float | None:
    """The price in euros: the total costs, else the highest price; None when none is published."""
    usable = []
    for i, p in enumerate(as_list(it.get("priceInformation"))):
        rel = f"priceInformation[{i}]"
        if not isinstance(p, Mapping):
            continue
        amount = number(p.get("amount"))
        currency = str(p.get("currency") or "EUR").upper()
        if amount is None or amount < 0:
            it.note(report, NoteKind.DROPPED, rel, "price.no_amount")
        elif currency != "EUR":
            it.note(report, NoteKind.DROPPED, rel, "price.currency", currency=currency)
        else:
            usable.append((str(p.get("costType") or "").lower().replace(" ", "_"), amount, rel))
    if not usable:
        return None
    total = [u for u in usable if u[0] == "total_costs" or "total" in u[0]]
    chosen = total[0] if total else max(usable, key=lambda u: u[1])
    it.use(f"{chosen[2]}.amount", f"{chosen[2]}.currency", f"{chosen[2]}.costType")
    for u in usable:
        if u is not chosen:
            it.note(report, NoteKind.DROPPED, u[2], "price.other", cost_type=u[0] or "-", amount=u[1],
                    chosen=chosen[0] or "-")
    if not total and len(usable) > 1:
        report.guessed(it.file, it.at(chosen[2]), "price.highest")
    return chosen[1]


def _parent(it: Item) -> tuple[str | None, str | None]:
    for key, inner in _PARENTS:
        pid = ref_id(it.get(key), inner)
        if pid:
            return pid, key
    return None, None


def _dates(it: Item, st: State) -> tuple[dt.date | None, dt.date | None, Item | None]:
    """The offering's start and end, from its academic session when it gives none itself."""
    start, skey = _first(it, "startDateTime", "startDate")
    end, ekey = _first(it, "endDateTime", "endDate")
    it.use(*(k for k in (skey, ekey) if k))
    if start is not None:
        return start, end, None
    session = it.get("academicSession")
    sid = ref_id(session, "academicSessionId") or ref_id(it.get("academicSessionId"))
    s_item = st.sessions.get(sid) if sid else None
    if s_item is None:
        return None, end, None
    s_start, s_skey = _first(s_item, "startDateTime", "startDate")
    s_end, s_ekey = _first(s_item, "endDateTime", "endDate")
    if s_start is None:
        return None, end, None
    s_item.use(*(k for k in (s_skey, s_ekey) if k))
    if "academicSession" not in it.nested:  # an expanded session accounts for itself
        it.use("academicSession" if isinstance(session, Mapping) else "academicSessionId")
    return s_start, end or s_end, s_item


def make_offering(it: Item, st: State, institution: str) -> None:
    """An offering of an imported module, or a note saying why not."""
    report, d = st.report, it.data
    if is_component_offering(it) and course_offerings_of(it)[0]:
        return  # planned with its course offering (components.py)
    oid = next((str(d[k]) for k in ("courseOfferingId", "programmeOfferingId", "learningComponentOfferingId",
                                    "testComponentOfferingId", "offeringId") if isinstance(d.get(k), str)), "?")
    parent, pkey = _parent(it)
    if pkey in ("learningComponentId", "learningComponent", "component") or is_component_offering(it):
        it.done = True
        report.dropped(it.file, it.path, "offering.component", id=oid, parent=parent or "?")
        return
    if parent is not None and parent in st.goal_of:
        it.done = True
        report.dropped(it.file, it.path, "offering.of_goal", id=oid, parent=parent, goal=st.goal_of[parent])
        return
    if parent is None or parent not in st.modules:
        it.done = True
        report.skipped(it.file, it.path, "offering.no_parent", id=oid, parent=parent or "-")
        return
    state = str(d.get("state") or "").lower()
    if state in CLOSED_STATES:
        it.done = True
        report.skipped(it.file, it.path, "offering.state", id=oid, state=state)
        return
    if d.get("resultExpected") is False:
        it.done = True
        report.skipped(it.file, it.path, "offering.no_result", id=oid)
        return
    it.use(*(k for k in ("courseOfferingId", "programmeOfferingId", "offeringId", "offeringType", "state",
                         "resultExpected") if k in d))
    if isinstance(pkey, str) and pkey not in it.nested:  # an id, or an expanded parent that is only a reference
        it.use(pkey)
    module, course = st.modules[parent], st.module_items[parent]
    start, end, session = _dates(it, st)
    flex_start, fs_key = _first(it, "flexibleEntryPeriodStartDateTime", "flexibleEntryPeriodStart")
    flex_end, fe_key = _first(it, "flexibleEntryPeriodEndDateTime", "flexibleEntryPeriodEnd")
    flexible = flex_start is not None or flex_end is not None
    if flexible and start is not None and flex_start and flex_end and (flex_end - flex_start).days < SHORT_ENTRY_DAYS:
        it.note(report, NoteKind.GUESSED, fs_key or "", "entry.short", start=str(flex_start), end=str(flex_end),
                cohort=str(start))
        it.use(*(k for k in (fe_key,) if k))
        flexible = False
    elif flexible:
        it.use(*(k for k in (fs_key, fe_key) if k))
    if session is not None:
        key = "academicSession" if "academicSession" in d else "academicSessionId"
        report.guessed(it.file, it.at(key), "dates.session", start=str(start))
    if not flexible and start is None:
        it.done = True
        report.skipped(it.file, it.path, "offering.no_start", id=oid)
        return
    weeks = None
    if not flexible and start and end and end >= start:
        weeks = max(1, math.ceil(((end - start).days + 1) / 7))
    elif (weeks := duration_weeks(course.get("duration"))) is not None:
        course.use("duration")
    if weeks is None:
        weeks = max(1, math.ceil(module.study_hours / DEFAULT_HOURS_PER_WEEK))
        report.guessed(it.file, it.at("endDate" if "offeringId" in d else "endDateTime"), "weeks.assumed", weeks=weeks, per_week=DEFAULT_HOURS_PER_WEEK)
    if weeks > 260:
        report.guessed(it.file, it.path, "weeks.too_long", weeks=weeks)
        weeks = 260
    per_week = math.ceil(2 * module.study_hours / weeks) / 2
    if per_week > 60:
        weeks = min(260, math.ceil(module.study_hours / 60))
        per_week = math.ceil(2 * module.study_hours / weeks) / 2
        report.guessed(it.file, it.path, "weeks.too_short", weeks=weeks)
    report.guessed(it.file, it.path, "hours.spread", per_week=per_week, hours=module.study_hours, weeks=weeks)
    location, where = city(it)
    place_of = it
    if location is None:
        location, where = city(course)
        place_of = course
    mode = _mode(it, course, location is not None, report)
    if mode == Mode.ONLINE:
        location = None
    elif location is None:
        location = institution
        report.guessed(it.file, it.at("addresses"), "location.assumed", location=location)
    if location is not None and where is not None:
        place_of.use(f"{where}.city", f"{where}.addressType")
    cost = _cost(it, report)
    if cost is None:
        report.guessed(it.file, it.at("priceInformation"), "price.unknown")
    seats = _count(it, "maxNumberStudents", report)
    minimum = _count(it, "minNumberStudents", report)
    if seats is not None and minimum is not None and minimum > seats:
        it.note(report, NoteKind.DROPPED, "minNumberStudents", "seats.min_above_max", min=minimum, max=seats)
        minimum = None
    language = _language(it, course, report)
    how = _how(it, course)
    code, code_key = code_of(d)
    local = st.unique(slug(f"{module.id}-{code or oid}"))
    try:
        offering = Offering(
            id=local, module=module.id, mode=mode, location=location, language=language,
            cost=cost or 0.0, cost_known=cost is not None, starts=[] if flexible else [start] if start else [],
            entry={"start": flex_start, "end": flex_end} if flexible else None,
            weeks=weeks, hours_per_week=per_week, seats=seats, min_seats=minimum, how=how,
        )
    except ValidationError as exc:
        it.done = True
        report.skipped(it.file, it.path, "item.invalid", kind="offering", id=oid, error=str(exc.errors()[0]["msg"]))
        return
    if code_key:
        it.use(code_key)
    if flexible and (start or end):
        report.dropped(it.file, it.at("startDateTime" if "startDateTime" in d else "startDate"), "entry.dates_dropped")
    st.offerings.append(attach(offering, oid, st))  # with its lectures' sessions and its test dates


def _how(it: Item, course: Item) -> OfferingHow | None:
    """How the offering is taught, from its (or its course's) delivery modes and mode of study
    (:func:`planner.facets.from_ooapi`; docs/hoe.md); None when nothing maps."""
    modes, _, _ = _inherited(it, course, _MODE_KEYS, use=False)
    source = it if isinstance(it.get("modeOfStudy"), str) else course
    study = source.get("modeOfStudy")
    how = from_ooapi(modes, study if isinstance(study, str) else None)
    if how is not None and isinstance(study, str) and how.pacing is not None:
        source.use("modeOfStudy")
    return how


def _count(it: Item, key: str, report: ImportReport) -> int | None:
    value = number(it.get(key))
    if value is None:
        return None
    if value < 1 or value > 100_000 or value != int(value):
        it.note(report, NoteKind.DROPPED, key, "seats.odd", field=key, value=value)
        return None
    it.use(key)
    return int(value)
