"""Courses (and programmes planned as one module) into modules: names, study load with its unit,
level, entry requirements, and learning outcomes — inline, expanded, or by id (v6's
``learningOutcomeIds``) with the ``/learning-outcomes`` items given alongside."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pydantic import ValidationError

from planner.importers.ooapi.read import Item
from planner.importers.ooapi.values import (
    as_list,
    code_of,
    lang,
    name_of,
    number,
    slug,
    strings,
    text,
    text_of,
)
from planner.importers.report import ImportReport, NoteKind
from planner.models import HOURS_PER_EC, Goal, Module, Offering, Outcome, Text

LEVELS = {
    "secondary vocational education": 4, "secondary vocational education 1": 1, "secondary vocational education 2": 2,
    "secondary vocational education 3": 3, "secondary vocational education 4": 4, "associate degree": 5,
    "bachelor": 6, "master": 7, "doctoral": 8,
}
#: levels with no NLQF/EQF number
NO_LEVEL = {"undefined", "nt2-1", "nt2-2"}


def level_key(level: object) -> str:
    """A level as the table spells it: v6 ``associate_degree`` and v5 ``associate degree`` alike."""
    return str(level or "").strip().lower().replace("_", " ")


@dataclass
class State:
    """What the import has made so far, and the items by their OOAPI id."""

    report: ImportReport
    ids: set[str] = field(default_factory=set)
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # by local id
    outcome_by_ooapi: dict[str, str] = field(default_factory=dict)  # learningOutcomeId → local id
    lo_items: dict[str, Item] = field(default_factory=dict)
    sessions: dict[str, Item] = field(default_factory=dict)  # academicSessionId → item
    modules: dict[str, Module] = field(default_factory=dict)  # by OOAPI id
    module_items: dict[str, Item] = field(default_factory=dict)
    offerings: list[Offering] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    goal_of: dict[str, str] = field(default_factory=dict)  # programme id → goal id
    components: dict[str, list[Item]] = field(default_factory=dict)  # course offering id → its component offerings
    component_items: dict[str, Item] = field(default_factory=dict)  # componentId → item
    institution: str | None = None
    _next: dict[str, int] = field(default_factory=dict)  # base → the next suffix to try

    def unique(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``… when taken (each base remembers its last suffix:
        counting up from 2 every time made many equal codes quadratic)."""
        sid, n = base, self._next.get(base, 2)
        while sid in self.ids:
            sid = f"{base}-{n}"
            n += 1
        self._next[base] = n
        self.ids.add(sid)
        return sid


def ooapi_id(it: Item) -> str:
    """The item's own OOAPI id."""
    for key in ("courseId", "programmeId", "programId", "componentId"):
        if isinstance(it.get(key), str):
            return str(it.get(key))
    return str(it.get("courseId") or it.get("programmeId") or it.get("programId") or it.get("componentId"))


def id_key(it: Item) -> str:
    """The name of the item's id field."""
    return next(k for k in ("courseId", "programmeId", "programId", "componentId") if k in it.data)


def teaching_lang(it: Item) -> str | None:
    """The item's first teaching language when it is Dutch or English (for texts without a language)."""
    langs, _ = strings(it, "teachingLanguages", "teachingLanguage")
    return lang(langs[0]) if langs else None


def study_load(it: Item, report: ImportReport) -> tuple[float | None, float | None]:
    """(ec, hours) from ``studyLoad`` (v6 list, v5 object, unit by unit) or v5 ``ects``."""
    loads = it.get("studyLoad")
    entries = loads if isinstance(loads, list) else [loads] if isinstance(loads, Mapping) else []
    found: tuple[float | None, float | None] | None = None
    for i, load in enumerate(entries):
        rel = f"studyLoad[{i}]" if isinstance(loads, list) else "studyLoad"
        if not isinstance(load, Mapping):
            continue
        unit = str(load.get("studyLoadUnit", "")).lower()
        value = number(load.get("value"))
        if value is None or value <= 0:
            it.note(report, NoteKind.DROPPED, rel, "load.no_value")
        elif found is not None:
            it.note(report, NoteKind.DROPPED, rel, "load.second", value=value, unit=unit)
        elif unit == "ects":
            found = value, None
            it.use(rel)
        elif unit in ("sbu", "hour", "hours"):
            found = None, value
            it.use(rel)
        elif unit == "sp":
            it.note(report, NoteKind.GUESSED, rel, "load.sp", value=value)
            found = value, None
        elif unit in ("contact_time", "contacttime"):
            it.note(report, NoteKind.DROPPED, rel, "load.contact", value=value)
        else:
            it.note(report, NoteKind.DROPPED, rel, "load.unit", value=value, unit=unit)
    if found is not None:
        return found
    ects = number(it.get("ects"))
    if ects is not None and ects > 0:
        it.use("ects")
        return ects, None
    return None, None


def _outcome_item(st: State, lo: Item, default_lang: str | None) -> str | None:
    """The local id of an OOAPI learning outcome item, made the first time it is asked for."""
    lo_id = lo.get("learningOutcomeId")
    if isinstance(lo_id, str) and lo_id in st.outcome_by_ooapi:
        return st.outcome_by_ooapi[lo_id]
    title = text(lo, "name", st.report, "learning outcome", default_lang)
    if title is None:
        lo.done = True
        st.report.skipped(lo.file, lo.path, "outcome.no_name")
        return None
    code, code_key = code_of(lo.data)
    oid = st.unique(slug(code) if code else slug(f"lo-{lo_id}"))
    lo.use("learningOutcomeId", *([code_key] if code_key else []))
    st.outcomes[oid] = Outcome(id=oid, title=title)
    if isinstance(lo_id, str):
        st.outcome_by_ooapi[lo_id] = oid
    return oid


def outcomes_of(it: Item, st: State, module_id: str, title: Text) -> list[str]:
    """The module's outcomes: learning outcomes inline, expanded or by id; a stand-in when none."""
    report = st.report
    out: list[str] = []
    default_lang = teaching_lang(it)
    refs: list[tuple[str, object]] = [(f"learningOutcomes[{i}]", x) for i, x in enumerate(as_list(it.get("learningOutcomes")))]
    refs += [(f"learningOutcomeIds[{i}]", x) for i, x in enumerate(as_list(it.get("learningOutcomeIds")))]
    for rel, lo in refs:
        if isinstance(lo, str):  # v6: an id, the object in a /learning-outcomes file or page
            lo_item = st.lo_items.get(lo)
            if lo_item is None:
                it.note(report, NoteKind.SKIPPED, rel, "outcome.by_id_missing", id=lo)
                continue
            oid = _outcome_item(st, lo_item, default_lang)
            it.use(rel)
        elif isinstance(lo, Mapping) and isinstance(lo.get("learningOutcomeId"), str):  # expanded
            oid = _outcome_item(st, st.lo_items[str(lo["learningOutcomeId"])], default_lang)
        elif isinstance(lo, list):  # v5: a list of language-typed strings
            lo_text = text_of(lo, it, rel, report, "learning outcome", default_lang)
            if lo_text is None:
                it.note(report, NoteKind.SKIPPED, rel, "outcome.no_text")
                continue
            oid = st.unique(f"{module_id}.lo{len(out) + 1}")
            st.outcomes[oid] = Outcome(id=oid, title=lo_text)
        else:
            continue
        if oid is not None and oid not in out:
            out.append(oid)
    if not out:
        oid = st.unique(f"{module_id}.done")
        st.outcomes[oid] = Outcome(id=oid, title=Text(
            nl=f"Heeft '{title.get('nl')}' met goed gevolg afgerond"[:2000],
            en=f"Has completed '{title.get('en')}'"[:2000]))
        report.guessed(it.file, it.at("learningOutcomes"), "outcome.stand_in", outcome=oid, kind=it.kind)
        out.append(oid)
    return out


def make_module(it: Item, st: State) -> None:
    """A module from a course (or a programme or component planned as one)."""
    report, d = st.report, it.data
    oid = ooapi_id(it)
    if oid in st.modules:  # a second copy: an expanded course inside each of its offerings, or a real duplicate
        it.done = True
        if it.path.endswith((".course", ".programme", ".program", ".learningComponent", ".component")):
            report.dropped(it.file, it.path, "item.copy", kind=it.kind, id=oid)
        else:
            report.skipped(it.file, it.path, "item.twice", kind=it.kind, id=oid)
        return
    default_lang = teaching_lang(it)
    title = text(it, "name", report, "name", default_lang)
    if title is None:
        it.done = True
        report.skipped(it.file, it.path, "item.no_name", kind=it.kind, id=oid)
        return
    code, code_key = code_of(d)
    mid = st.unique(slug(code or oid))
    it.use(id_key(it), *([code_key] if code_key else []))
    ec, hours = study_load(it, report)
    if ec is None and hours is None:
        hours = float(HOURS_PER_EC)
        report.guessed(it.file, it.at("studyLoad"), "load.assumed")
    level = None
    raw_level = d.get("level")
    if isinstance(raw_level, str) and raw_level.strip():
        level = LEVELS.get(level_key(raw_level))
        if level is None:
            it.note(report, NoteKind.DROPPED, "level", "level.none", level=raw_level)
        else:
            it.use("level")
    requirements = None
    for key in ("admissionRequirements", "qualificationRequirements", "requirements"):
        if d.get(key) and requirements is None:
            requirements = text(it, key, report, "entry requirements", default_lang)
            if requirements is not None:
                it.note(report, NoteKind.KEPT, key, "requirements.kept")
    certifies = outcomes_of(it, st, mid, title)
    description = text(it, "description", report, "description", default_lang)
    organisation = d.get("organisation") or d.get("organization")
    provider = name_of(organisation)
    try:
        module = Module(
            id=mid, title=title, description=description, ec=ec, hours=hours if ec is None else None,
            certifies=certifies, level=level, requirements_text=requirements, provider=provider,
        )
    except ValidationError as exc:
        it.done = True
        report.skipped(it.file, it.path, "item.invalid", kind=it.kind, id=oid, error=str(exc.errors()[0]["msg"]))
        return
    st.modules[oid] = module
    st.module_items[oid] = it
