"""OOAPI import: Open Education API (v5, v6) JSON in, a draft Leerroute catalogue out.

Reads courses, programmes and their offerings, from single objects, plain lists or OOAPI pages
(``{"items": [...]}``), in any number of files or folders. Both versions are read side by side:
v5 spells ``teachingLanguage``, ``modeOfDelivery``, ``startDate`` and ``programId``; v6 spells
``teachingLanguages``, ``modesOfDelivery``, ``startDateTime`` and ``programmeId``.

OOAPI has no structured prerequisites and no weekly sessions, so the catalogue is a draft: free
text entry requirements are kept in ``requirementsText`` where an editor sees them, and every
field that was dropped or guessed is in the :class:`ImportReport` with its JSON path. The import
is lenient: unknown fields are counted, one bad course or offering is reported and skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planner import reader
from planner.errors import UnreadableFileError
from planner.importers.report import ImporterError, ImportReport, iso_date
from planner.models import (
    FORMAT_VERSION,
    HOURS_PER_EC,
    Catalogue,
    Goal,
    GoalKind,
    Mode,
    Module,
    Offering,
    Outcome,
    Text,
)

#: The largest OOAPI file read, in bytes.
MAX_OOAPI_BYTES = 32 * 1024 * 1024
#: The most files read from the folders given.
MAX_FILES = 2000
#: Weekly study hours assumed when an offering's duration is unknown.
DEFAULT_HOURS_PER_WEEK = 8.0

_MODES = {
    # v6 (EU learning-assessment vocabulary)
    "presential": Mode.CAMPUS, "online": Mode.ONLINE, "hybrid": Mode.HYBRID, "blended": Mode.HYBRID,
    "work_based": Mode.WORKPLACE, "research_lab_based": Mode.CAMPUS, "project_based": Mode.CAMPUS,
    # v5
    "distance-learning": Mode.ONLINE, "on campus": Mode.CAMPUS, "situated": Mode.WORKPLACE,
}
#: modes that are a guess rather than a one-to-one mapping
_GUESSED_MODES = {"research_lab_based", "project_based", "situated"}
_LEVELS = {
    "secondary vocational education": 4, "secondary vocational education 3": 3, "secondary vocational education 4": 4,
    "associate degree": 5, "bachelor": 6, "master": 7, "doctoral": 8, "undefined": None, "nt2-1": None, "nt2-2": None,
}

_COMMON = {"primaryCode", "name", "abbreviation", "description", "otherCodes", "consumers", "consumer", "ext", "link"}
KNOWN_COURSE = _COMMON | {
    "courseId", "ects", "studyLoad", "duration", "firstStartDate", "teachingLanguage", "teachingLanguages",
    "learningOutcomes", "requirements", "admissionRequirements", "qualificationRequirements", "level",
    "modeOfDelivery", "modesOfDelivery", "enrollment", "enrolment", "resources", "assessment",
    "educationSpecification", "addresses", "programs", "programmes", "coordinators", "organization",
    "organisation", "fieldsOfStudy", "validFrom", "validTo", "state",
}
KNOWN_PROGRAMME = KNOWN_COURSE | {
    "programId", "programmeId", "programType", "programmeType", "qualificationAwarded", "levelOfQualification",
    "sector", "modeOfStudy", "parent", "children", "courses", "isced", "admissionRequirements",
}
KNOWN_OFFERING = _COMMON | {
    "offeringId", "offeringType", "academicSession", "teachingLanguage", "teachingLanguages", "modeOfDelivery",
    "modesOfDelivery", "maxNumberStudents", "enrolledNumberStudents", "pendingNumberStudents", "minNumberStudents",
    "resultExpected", "resultValueType", "startDate", "endDate", "startDateTime", "endDateTime", "enrollStartDate",
    "enrollEndDate", "enrolStartDateTime", "enrolEndDateTime", "flexibleEntryPeriodStart", "flexibleEntryPeriodEnd",
    "addresses", "priceInformation", "course", "program", "programme", "programOffering", "programmeOfferings",
    "organization", "organisation", "state", "enrolmentPeriods",
}
#: fields of a course or programme that are read into the catalogue (the rest is reported as dropped)
_USED_COURSE = {
    "courseId", "programId", "programmeId", "primaryCode", "abbreviation", "name", "description", "ects", "studyLoad",
    "teachingLanguage", "teachingLanguages", "modeOfDelivery", "modesOfDelivery", "learningOutcomes", "requirements",
    "admissionRequirements", "level", "addresses", "duration", "programs", "programmes", "courses", "organization",
    "organisation",
}
_USED_OFFERING = {
    "offeringId", "offeringType", "primaryCode", "startDate", "endDate", "startDateTime", "endDateTime",
    "flexibleEntryPeriodStart", "flexibleEntryPeriodEnd", "teachingLanguage", "teachingLanguages", "modeOfDelivery",
    "modesOfDelivery", "addresses", "priceInformation", "course", "program", "programme", "maxNumberStudents",
    "organization", "organisation",
}


@dataclass
class _Item:
    kind: str  # course, programme, offering, outcome, organisation
    data: Mapping[str, Any]
    file: Path
    path: str


@dataclass
class _State:
    report: ImportReport
    ids: set[str] = field(default_factory=set)
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # by local id
    outcome_by_ooapi: dict[str, str] = field(default_factory=dict)  # learningOutcomeId → local id
    lo_items: dict[str, _Item] = field(default_factory=dict)
    modules: dict[str, Module] = field(default_factory=dict)  # by OOAPI id
    module_items: dict[str, _Item] = field(default_factory=dict)
    offerings: list[Offering] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    institution: str | None = None


# --------------------------------------------------------------------------- reading files


def _files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(q for q in p.rglob("*.json") if q.is_file())
        else:
            out.append(p)
        if len(out) > MAX_FILES:
            raise ImporterError(f"more than {MAX_FILES} files to import; give fewer folders")
    return out


def _load(path: Path, report: ImportReport) -> Any | None:
    try:
        return reader.load_json(path, max_bytes=MAX_OOAPI_BYTES)
    except UnreadableFileError as exc:
        where = "$" if exc.line is None else f"line {exc.line} column {exc.column}"
        report.skipped(path, where, f"{exc.problem}; {exc.hint}")
    return None


def _kind(obj: Mapping[str, Any]) -> str | None:
    if "courseId" in obj:
        return "course"
    if "programmeId" in obj or "programId" in obj:
        return "programme"
    if "offeringId" in obj:
        return "offering"
    if "learningOutcomeId" in obj:
        return "outcome"
    if "organizationId" in obj or "organisationId" in obj:
        return "organisation"
    return None


def _items(data: Any, file: Path, report: ImportReport) -> Iterator[_Item]:
    if isinstance(data, Mapping) and isinstance(data.get("items"), list):
        entries = [(f"$.items[{i}]", x) for i, x in enumerate(data["items"])]
    elif isinstance(data, list):
        entries = [(f"$[{i}]", x) for i, x in enumerate(data)]
    else:
        entries = [("$", data)]
    for path, obj in entries:
        kind = _kind(obj) if isinstance(obj, Mapping) else None
        if kind is None:
            report.skipped(file, path, "not an OOAPI course, programme, offering or learning outcome "
                           "(no courseId, programmeId/programId, offeringId or learningOutcomeId)")
            continue
        yield _Item(kind, obj, file, path)
        # expanded objects inside an offering or course are items too
        for key in ("course", "program", "programme"):
            inner = obj.get(key)
            if kind == "offering" and isinstance(inner, Mapping) and _kind(inner) and "name" in inner:
                yield _Item(str(_kind(inner)), inner, file, f"{path}.{key}")


# --------------------------------------------------------------------------- small values


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9._-]+", "-", text.strip().lower()).strip("-._")
    return s[:60].rstrip("-._") or "x"


def _unique(st: _State, base: str) -> str:
    sid, n = base, 2
    while sid in st.ids:
        sid = f"{base}-{n}"
        n += 1
    st.ids.add(sid)
    return sid


def _lang(code: Any) -> str | None:
    if not isinstance(code, str):
        return None
    c = code.lower()
    if c.startswith(("nl", "nld", "dut")):
        return "nl"
    if c.startswith(("en", "eng")):
        return "en"
    return None


def _text(value: Any, it: _Item, path: str, report: ImportReport, what: str) -> Text | None:
    """A bilingual text from an OOAPI LanguageTypedString list (or a plain string)."""
    if isinstance(value, str) and value.strip():
        return Text(nl=value.strip()[:2000], en=value.strip()[:2000])
    if not isinstance(value, list):
        return None
    out: dict[str, str] = {}
    for i, entry in enumerate(value):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("value"), str):
            continue
        lang = _lang(entry.get("language"))
        if lang is None:
            report.dropped(it.file, f"{path}[{i}]", f"{what} in language {entry.get('language')!r}: Leerroute keeps Dutch and English")
            continue
        text = entry["value"].strip()
        if len(text) > 2000:
            report.guessed(it.file, f"{path}[{i}].value", f"{what} cut to 2000 characters")
            text = text[:2000]
        out.setdefault(lang, text)
    return Text(**out) if out else None


def _weeks_of_duration(value: Any) -> int | None:
    """Weeks in an ISO 8601 duration such as P10W, P3M or P1Y (a month is 4⅓ weeks)."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?", value.strip())
    if not m or not any(m.groups()):
        return None
    y, mo, w, d = (int(g) if g else 0 for g in m.groups())
    weeks = y * 52 + mo * 52 / 12 + w + d / 7
    return max(1, math.ceil(weeks)) if weeks > 0 else None


def _list(value: Any) -> list[Any]:
    """A list value, or an empty list for anything else (a stranger's file may give a number)."""
    return value if isinstance(value, list) else []


def _ref_id(value: Any, *keys: str) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for k in keys:
            if isinstance(value.get(k), str):
                return str(value[k])
    return None


def _code(obj: Mapping[str, Any]) -> str | None:
    pc = obj.get("primaryCode")
    if isinstance(pc, Mapping) and isinstance(pc.get("code"), str):
        return str(pc["code"])
    return obj.get("abbreviation") if isinstance(obj.get("abbreviation"), str) else None


def _modes(obj: Mapping[str, Any]) -> list[str]:
    v = obj.get("modesOfDelivery", obj.get("modeOfDelivery"))
    items = v if isinstance(v, list) else [v] if isinstance(v, str) else []
    return [str(x).lower() for x in items if isinstance(x, str)]


def _languages(obj: Mapping[str, Any]) -> list[str]:
    v = obj.get("teachingLanguages", obj.get("teachingLanguage"))
    items = v if isinstance(v, list) else [v] if isinstance(v, str) else []
    return [str(x) for x in items if isinstance(x, str)]


def _city(obj: Mapping[str, Any]) -> str | None:
    addresses = obj.get("addresses")
    if not isinstance(addresses, list):
        return None
    cities = [(a.get("addressType") != "teaching", str(a["city"]).strip()) for a in addresses
              if isinstance(a, Mapping) and isinstance(a.get("city"), str) and a["city"].strip()]
    return sorted(cities)[0][1] if cities else None


def _name_of(value: Any) -> str | None:
    if isinstance(value, Mapping):
        name = value.get("name")
        if isinstance(name, str):
            return name
        if isinstance(name, list):
            for entry in name:
                if isinstance(entry, Mapping) and isinstance(entry.get("value"), str):
                    return str(entry["value"])
    return None


def _unknown(it: _Item, known: set[str], report: ImportReport) -> None:
    for key in it.data:
        if key not in known:
            report.unknown[f"{it.kind}.{key}"] += 1


def _dropped(it: _Item, used: set[str], known: set[str], report: ImportReport) -> None:
    for key, value in it.data.items():
        if key in known and key not in used and value not in (None, [], {}, ""):
            report.dropped(it.file, f"{it.path}.{key}", f"{it.kind} field '{key}' has no place in a Leerroute catalogue")


# --------------------------------------------------------------------------- courses → modules


def _study_load(it: _Item, report: ImportReport) -> tuple[float | None, float | None]:
    """(ec, hours) from ``studyLoad`` (v6 list, v5 object) or v5 ``ects``."""
    d = it.data
    loads = d.get("studyLoad")
    entries = loads if isinstance(loads, list) else [loads] if isinstance(loads, Mapping) else []
    found: tuple[float | None, float | None] | None = None
    for i, load in enumerate(entries):
        if not isinstance(load, Mapping):
            continue
        unit = str(load.get("studyLoadUnit", "")).lower()
        value = load.get("value")
        where = f"{it.path}.studyLoad" + (f"[{i}]" if isinstance(loads, list) else "")
        if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
            report.dropped(it.file, where, "a study load without a positive value")
            continue
        if found is not None:
            report.dropped(it.file, where, f"a second study load ({value:g} {unit}): the first one is used")
        elif unit == "ects":
            found = float(value), None
        elif unit in ("sbu", "hour"):
            found = None, float(value)
        elif unit == "sp":
            report.guessed(it.file, where, f"study points ({value:g} sp) taken as {value:g} EC")
            found = float(value), None
        else:
            report.dropped(it.file, where, f"study load in '{unit}' (contact time is not study load)")
    if found is not None:
        return found
    ects = d.get("ects")
    if isinstance(ects, int | float) and not isinstance(ects, bool) and ects > 0:
        return float(ects), None
    return None, None


def _outcomes_of(it: _Item, st: _State, module_id: str, title: Text) -> list[str]:
    report = st.report
    out: list[str] = []
    los = it.data.get("learningOutcomes")
    for i, lo in enumerate(los if isinstance(los, list) else []):
        where = f"{it.path}.learningOutcomes[{i}]"
        if isinstance(lo, str):  # v6: an id, the full object elsewhere
            if lo in st.outcome_by_ooapi:
                out.append(st.outcome_by_ooapi[lo])
                continue
            lo_item = st.lo_items.get(lo)
            if lo_item is None:
                report.skipped(it.file, where, f"learning outcome '{lo}' is given by id only and is not in the imported files")
                continue
            lo, it_lo = lo_item.data, lo_item
        else:
            it_lo = _Item("outcome", lo, it.file, where) if isinstance(lo, Mapping) else it
        if isinstance(lo, Mapping):  # v6 LearningOutcome
            ooapi_id = lo.get("learningOutcomeId")
            if isinstance(ooapi_id, str) and ooapi_id in st.outcome_by_ooapi:
                out.append(st.outcome_by_ooapi[ooapi_id])
                continue
            text = _text(lo.get("name"), it_lo, f"{it_lo.path}.name", report, "learning outcome")
            code = _code(lo)
            oid = _unique(st, _slug(code) if code else f"{module_id}.lo{len(out) + 1}")
            if text is None:
                report.skipped(it.file, where, "learning outcome without a Dutch or English name")
                continue
            st.outcomes[oid] = Outcome(id=oid, title=text)
            if isinstance(ooapi_id, str):
                st.outcome_by_ooapi[ooapi_id] = oid
            out.append(oid)
        elif isinstance(lo, list):  # v5: a list of LanguageTypedStrings
            text = _text(lo, it, where, report, "learning outcome")
            if text is None:
                report.skipped(it.file, where, "learning outcome without a Dutch or English text")
                continue
            oid = _unique(st, f"{module_id}.lo{len(out) + 1}")
            st.outcomes[oid] = Outcome(id=oid, title=text)
            out.append(oid)
    if not out:
        oid = _unique(st, f"{module_id}.done")
        st.outcomes[oid] = Outcome(id=oid, title=Text(
            nl=f"Heeft '{title.get('nl')}' met goed gevolg afgerond"[:2000],
            en=f"Has completed '{title.get('en')}'"[:2000]))
        report.guessed(it.file, f"{it.path}.learningOutcomes",
                       f"no learning outcomes: '{oid}' (completed the {it.kind}) stands in for them; describe the real outcomes")
        out.append(oid)
    return out


def _module(it: _Item, st: _State) -> None:
    report, d = st.report, it.data
    ooapi_id = str(d.get("courseId") or d.get("programmeId") or d.get("programId"))
    title = _text(d.get("name"), it, f"{it.path}.name", report, "name")
    if title is None:
        report.skipped(it.file, it.path, f"{it.kind} '{ooapi_id}' has no name in Dutch or English")
        return
    if ooapi_id in st.modules:
        if not it.path.endswith((".course", ".programme", ".program")):  # an expanded copy is no news
            report.skipped(it.file, it.path, f"{it.kind} '{ooapi_id}' appears twice; the first one is kept")
        return
    code = _code(d)
    mid = _unique(st, _slug(code or ooapi_id))
    ec, hours = _study_load(it, report)
    if ec is None and hours is None:
        hours = float(HOURS_PER_EC)
        report.guessed(it.file, f"{it.path}.studyLoad", "no study load in EC or hours: 1 EC (28 hours) assumed")
    level = None
    raw_level = d.get("level")
    if isinstance(raw_level, str):
        level = _LEVELS.get(raw_level.lower())
        if level is None:
            report.dropped(it.file, f"{it.path}.level", f"level '{raw_level}' has no NLQF/EQF level")
    requirements = None
    for key in ("admissionRequirements", "requirements"):
        requirements = requirements or _text(d.get(key), it, f"{it.path}.{key}", report, "entry requirements")
        if d.get(key):
            report.kept(it.file, f"{it.path}.{key}", "entry requirements kept as requirementsText: write them as 'requires'")
    certifies = _outcomes_of(it, st, mid, title)
    try:
        module = Module(
            id=mid, title=title, description=_text(d.get("description"), it, f"{it.path}.description", report, "description"),
            ec=ec, hours=hours if ec is None else None, certifies=certifies, level=level,
            requirements_text=requirements, provider=_name_of(d.get("organisation") or d.get("organization")),
        )
    except ValidationError as exc:
        report.skipped(it.file, it.path, f"{it.kind} '{ooapi_id}' cannot be used: {exc.errors()[0]['msg']}")
        return
    st.modules[ooapi_id] = module
    st.module_items[ooapi_id] = it
    _dropped(it, _USED_COURSE, KNOWN_PROGRAMME, report)


# --------------------------------------------------------------------------- offerings


def _mode(it: _Item, course: _Item | None, report: ImportReport) -> Mode:
    own = _modes(it.data)
    values = own or (_modes(course.data) if course else [])
    source = it if own or course is None else course
    where = f"{source.path}.{'modesOfDelivery' if 'modesOfDelivery' in source.data else 'modeOfDelivery'}"
    mapped = [(_MODES[v], v) for v in values if v in _MODES]
    for v in values:
        if v not in _MODES:
            report.dropped(source.file, where, f"mode of delivery '{v}' is not known to Leerroute")
    if not mapped:
        mode = Mode.CAMPUS if _city(it.data) or (course and _city(course.data)) else Mode.ONLINE
        report.guessed(it.file, where, f"no known mode of delivery: '{mode.value}' assumed from the addresses")
        return mode
    modes = {m for m, _ in mapped}
    if len(modes) > 1:
        mode = Mode.HYBRID if Mode.ONLINE in modes else mapped[0][0]
        report.guessed(it.file, where, f"several modes ({', '.join(v for _, v in mapped)}): '{mode.value}' chosen")
        return mode
    if mapped[0][1] in _GUESSED_MODES:
        report.guessed(it.file, where, f"mode '{mapped[0][1]}' taken as '{mapped[0][0].value}'")
    return mapped[0][0]


def _language(it: _Item, course: _Item | None, report: ImportReport) -> str:
    langs = _languages(it.data) or (_languages(course.data) if course else [])
    known = [lg for lg in (_lang(x) for x in langs) if lg]
    if not known:
        if langs:
            report.guessed(it.file, f"{it.path}.teachingLanguage", f"teaching language {langs[0]!r}: 'nl' assumed")
        return "nl"
    if len(set(known)) > 1:
        report.dropped(it.file, f"{it.path}.teachingLanguages", f"also taught in {', '.join(sorted(set(known[1:])))}")
    return known[0]


def _cost(it: _Item, report: ImportReport) -> float:
    prices = it.data.get("priceInformation")
    if not isinstance(prices, list) or not prices:
        return 0.0
    usable = []
    for i, p in enumerate(prices):
        where = f"{it.path}.priceInformation[{i}]"
        if not isinstance(p, Mapping):
            continue
        amount = p.get("amount")
        if isinstance(amount, str):
            try:
                amount = float(amount.replace(",", "."))
            except ValueError:
                amount = None
        currency = str(p.get("currency") or "EUR").upper()
        if not isinstance(amount, int | float) or isinstance(amount, bool) or amount < 0:
            report.dropped(it.file, where, "a price without a usable amount")
        elif currency != "EUR":
            report.dropped(it.file, where, f"a price in {currency}: Leerroute plans in euros")
        else:
            usable.append((str(p.get("costType") or "").lower(), float(amount), where))
    if not usable:
        return 0.0
    total = [u for u in usable if "total" in u[0]]
    chosen = total[0] if total else max(usable, key=lambda u: u[1])
    for u in usable:
        if u is not chosen:
            report.dropped(it.file, u[2], f"price '{u[0] or 'unnamed'}' (€{u[1]:g}): the cost is the "
                           f"{'total' if total else 'highest'} price, '{chosen[0] or 'unnamed'}'")
    if not total and len(usable) > 1:
        report.guessed(it.file, chosen[2], "no total price: the highest price taken as the cost")
    return chosen[1]


def _offering(it: _Item, st: _State, institution: str) -> None:
    report, d = st.report, it.data
    ooapi_id = str(d.get("offeringId"))
    parent = _ref_id(d.get("course"), "courseId") or _ref_id(d.get("programme"), "programmeId") or \
        _ref_id(d.get("program"), "programId")
    if parent is None or parent not in st.modules:
        report.skipped(it.file, it.path, f"offering '{ooapi_id}': its course or programme "
                       f"{repr(parent) if parent else '(none given)'} is not among the imported ones")
        return
    module, course = st.modules[parent], st.module_items[parent]
    start = iso_date(d.get("startDateTime") or d.get("startDate"))
    end = iso_date(d.get("endDateTime") or d.get("endDate"))
    flex_start = iso_date(d.get("flexibleEntryPeriodStart"))
    flex_end = iso_date(d.get("flexibleEntryPeriodEnd"))
    flexible = flex_start is not None or flex_end is not None
    weeks = _weeks_of_duration(course.data.get("duration"))
    if not flexible and start is None:
        report.skipped(it.file, it.path, f"offering '{ooapi_id}' has no start date and no flexible entry period")
        return
    if not flexible and start and end and end >= start:
        weeks = max(1, math.ceil(((end - start).days + 1) / 7))
    if weeks is None:
        weeks = max(1, math.ceil(module.study_hours / DEFAULT_HOURS_PER_WEEK))
        report.guessed(it.file, f"{it.path}.endDate", f"no end date or course duration: {weeks} weeks "
                       f"at {DEFAULT_HOURS_PER_WEEK:g} hours a week assumed")
    if weeks > 260:
        report.guessed(it.file, it.path, f"{weeks} weeks is longer than Leerroute plans: 260 weeks assumed")
        weeks = 260
    per_week = math.ceil(2 * module.study_hours / weeks) / 2
    if per_week > 60:
        weeks = min(260, math.ceil(module.study_hours / 60))
        per_week = math.ceil(2 * module.study_hours / weeks) / 2
        report.guessed(it.file, it.path, f"the study load does not fit the dates at 60 hours a week: {weeks} weeks assumed")
    report.guessed(it.file, it.path, f"hoursPerWeek {per_week:g}: the study load ({module.study_hours:g} h) spread over "
                   f"{weeks} weeks")
    mode = _mode(it, course, report)
    location = _city(d) or _city(course.data)
    if mode != Mode.ONLINE and not location:
        location = institution
        report.guessed(it.file, f"{it.path}.addresses", f"no city in the addresses: location '{location}' assumed")
    elif mode == Mode.ONLINE:
        location = None
    seats = d.get("maxNumberStudents")
    code = _code(d)
    oid = _unique(st, _slug(f"{module.id}-{code or ooapi_id}"))
    try:
        offering = Offering(
            id=oid, module=module.id, mode=mode, location=location, language=_language(it, course, report),
            cost=_cost(it, report), starts=[] if flexible else [start] if start else [],
            entry={"start": flex_start, "end": flex_end} if flexible else None,
            weeks=weeks, hours_per_week=per_week,
            seats=int(seats) if isinstance(seats, int | float) and not isinstance(seats, bool) and seats >= 1 else None,
        )
    except ValidationError as exc:
        report.skipped(it.file, it.path, f"offering '{ooapi_id}' cannot be used: {exc.errors()[0]['msg']}")
        return
    if flexible and (start or end):
        report.dropped(it.file, f"{it.path}.startDate", "start and end of a flexible offering (the entry period is used)")
    st.offerings.append(offering)
    _dropped(it, _USED_OFFERING, KNOWN_OFFERING, report)


# --------------------------------------------------------------------------- programmes → goals


def _goals(st: _State, programmes: list[_Item]) -> None:
    report = st.report
    members: dict[str, list[str]] = {}
    for cid, it in st.module_items.items():
        if it.kind != "course":
            continue
        for key, idkey in (("programmes", "programmeId"), ("programs", "programId")):
            for ref in _list(it.data.get(key)):
                pid = _ref_id(ref, idkey)
                if pid:
                    members.setdefault(pid, []).append(cid)
    for it in programmes:
        pid = str(it.data.get("programmeId") or it.data.get("programId"))
        for ref in _list(it.data.get("courses")):
            listed = _ref_id(ref, "courseId")
            if listed:
                members.setdefault(pid, []).append(listed)
        courses = [c for c in dict.fromkeys(members.get(pid, [])) if c in st.modules and st.module_items[c].kind == "course"]
        if not courses:
            _module(it, st)  # a programme without known courses is planned as one module
            if pid in st.modules:
                report.guessed(it.file, it.path, f"programme '{pid}' lists no imported courses: imported as one module")
            continue
        title = _text(it.data.get("name"), it, f"{it.path}.name", report, "name")
        if title is None:
            report.skipped(it.file, it.path, f"programme '{pid}' has no name in Dutch or English")
            continue
        level_name = str(it.data.get("level") or "").lower()
        kind = {"associate degree": GoalKind.ASSOCIATE_DEGREE, "bachelor": GoalKind.DEGREE,
                "master": GoalKind.DEGREE}.get(level_name, GoalKind.CUSTOM)
        required = list(dict.fromkeys(o for c in courses for o in st.modules[c].certifies))
        code = _code(it.data)
        gid = _unique(st, _slug(code or pid))
        st.goals.append(Goal(id=gid, title=title, kind=kind, required=required, level=_LEVELS.get(level_name),
                             description=_text(it.data.get("description"), it, f"{it.path}.description", report, "description")))
        report.guessed(it.file, it.path, f"programme '{pid}' became goal '{gid}': every outcome of its "
                       f"{len(courses)} courses required (OOAPI has no choices)")
        if it.data.get("learningOutcomes"):
            report.dropped(it.file, f"{it.path}.learningOutcomes", "a programme's own learning outcomes (the goal "
                           "requires its courses' outcomes)")
        _dropped(it, _USED_COURSE | {"learningOutcomes", "studyLoad", "ects"}, KNOWN_PROGRAMME, report)


# --------------------------------------------------------------------------- the import


def import_ooapi(
    paths: Iterable[Path | str], *, catalogue_id: str, institution: str | None = None, title: str | None = None,
    published: dt.date | None = None,
) -> tuple[Catalogue, ImportReport]:
    """Read OOAPI v5/v6 JSON files (or folders of them) into a draft catalogue and an import report.

    Raises :class:`ImporterError` only when nothing at all could be imported.
    """
    report = ImportReport()
    st = _State(report)
    items: list[_Item] = []
    files = _files(Path(p) for p in paths)
    if not files:
        raise ImporterError("no OOAPI files found: give JSON files or folders that hold them")
    for f in files:
        data = _load(f, report)
        if data is not None:
            items += list(_items(data, f, report))
    known = {"course": KNOWN_COURSE, "programme": KNOWN_PROGRAMME, "offering": KNOWN_OFFERING}
    for it in items:
        _unknown(it, known.get(it.kind, set(it.data)), report)
        if it.kind == "outcome" and isinstance(it.data.get("learningOutcomeId"), str):
            st.lo_items[str(it.data["learningOutcomeId"])] = it
        if it.kind == "organisation" and st.institution is None:
            st.institution = _name_of(it.data)
        for key in ("organisation", "organization"):
            st.institution = st.institution or _name_of(it.data.get(key))
    for it in sorted((it for it in items if it.kind == "course"), key=lambda it: it.path.endswith(".course")):
        _module(it, st)
    _goals(st, [it for it in items if it.kind == "programme"])
    inst = institution or st.institution
    if inst is None:
        inst = "Unknown institution"
        report.guessed(files[0], "$", "no organisation in the files: give the institution with --institution")
    for it in items:
        if it.kind == "offering":
            _offering(it, st, inst)
    if not st.modules:
        details = "; ".join(n.render() for n in report.notes[:5])
        raise ImporterError("no course or programme could be imported" + (f": {details}" if details else ""))
    if st.offerings:
        report.guessed("(all files)", "$", "OOAPI has no weekly sessions: the offerings have none; add 'sessions' by hand")
    offered = {o.module for o in st.offerings}
    for ooapi_id, m in st.modules.items():
        if m.id not in offered:
            it = st.module_items[ooapi_id]
            report.guessed(it.file, it.path, f"module '{m.id}' has no offering in the imported files; add one by hand")
    report.counts.update({"modules": len(st.modules), "outcomes": len(st.outcomes),
                          "offerings": len(st.offerings), "goals": len(st.goals)})
    cat = Catalogue(
        format_version=FORMAT_VERSION, id=_slug(catalogue_id).replace(".", "-"), title=Text(nl=title or inst, en=title or inst),
        institution=inst, published=published or dt.date.today(), outcomes=list(st.outcomes.values()),
        modules=list(st.modules.values()), offerings=st.offerings, goals=st.goals,
    )
    return cat, report


def draft_text(cat: Catalogue, report: ImportReport, yaml: bool = True) -> str:
    """The draft catalogue as YAML (with the import report as comments on top) or as JSON."""
    data = cat.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)
    data = {"formatVersion": cat.format_version, **data}
    if not yaml:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    import io

    from ruamel.yaml import YAML

    y = YAML(typ="safe", pure=True)
    y.default_flow_style = False
    y.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    y.width = 110
    buf = io.StringIO()
    y.dump(data, buf)
    head = ["# DRAFT catalogue imported from OOAPI by 'leerroute import ooapi'. Check it before publishing:",
            "# OOAPI has no prerequisites ('requires') and no weekly sessions; entry requirements in words are",
            "# kept in 'requirementsText'. What was dropped or guessed (file and JSON path):"]
    head += [f"#   {line}" for line in report.render().splitlines()]
    return "\n".join(line.replace("\n", " ") for line in head) + "\n" + buf.getvalue()


def write_draft(cat: Catalogue, report: ImportReport, path: Path | str) -> None:
    """Write the draft catalogue atomically (YAML, or JSON for a .json path)."""
    from planner.fileio import write_text_atomic

    p = Path(path)
    try:
        write_text_atomic(p, draft_text(cat, report, yaml=p.suffix.lower() != ".json"))
    except OSError as exc:
        raise ImporterError(f"{p}: cannot write the catalogue ({exc.strerror or exc})") from None
