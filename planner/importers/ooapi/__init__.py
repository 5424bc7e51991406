"""OOAPI import: Open Education API (v5, v6) JSON in, a draft Leerroute catalogue out.

Reads courses, programmes, their offerings (v5 ``offeringId``; v6 course, programme and learning
component offerings), learning outcomes and academic sessions, from single objects, plain lists or
OOAPI pages (``{"pageSize", "pageNumber", "hasNextPage", "items": [...]}``), in files, folders or
pages fetched from an endpoint (:mod:`planner.importers.ooapi.fetch`). Both versions are read side
by side (v5 ``teachingLanguage``, ``startDate``, ``programId``; v6 ``teachingLanguages``,
``startDateTime``, ``programmeId``, ``learningOutcomeIds``), expanded objects (``expand=``) too.

OOAPI has no structured prerequisites, and weekly sessions only where component offerings (lectures,
tests: :mod:`planner.importers.ooapi.components`) give them, so the catalogue is a draft. Nothing
is lost in silence: every field of the input is read into the catalogue or named in the
:class:`ImportReport` with its JSON path and the reason, and every guessed value is named. The
mapping is a pure function of the data given; the network sits at the edge, in ``fetch``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from planner.importers.ooapi import spec
from planner.importers.ooapi.components import collect, unplaced
from planner.importers.ooapi.courses import State, make_module
from planner.importers.ooapi.offerings import DEFAULT_HOURS_PER_WEEK, make_offering
from planner.importers.ooapi.programmes import make_goals
from planner.importers.ooapi.read import (
    MAX_FILES,
    MAX_OOAPI_BYTES,
    Item,
    files_of,
    items_of,
    load_file,
    name_leftovers,
)
from planner.importers.ooapi.values import name_of, slug
from planner.importers.report import ImporterError, ImportReport
from planner.models import FORMAT_VERSION, Catalogue, Text

__all__ = ["DEFAULT_HOURS_PER_WEEK", "MAX_FILES", "MAX_OOAPI_BYTES", "draft_text", "import_data", "import_ooapi",
           "write_draft"]

#: a course's fields that are read for its offerings (its own language, modes, place, duration)
_FOR_OFFERINGS = ("teachingLanguages", "teachingLanguage", "modesOfDelivery", "modeOfDelivery", "addresses", "duration")
_CONSUMER = ("consumer", "consumers")
_OFFERING_REASONS = {
    "name": "field.offering_name", "description": "field.offering_name", "abbreviation": "field.offering_name",
    "addresses": "field.address_rest", "rooms": "field.address_rest", "enrollStartDate": "field.enrolment",
    "enrollEndDate": "field.enrolment", "enrolmentPeriods": "field.enrolment", "enrolledNumberStudents": "field.counts",
    "pendingNumberStudents": "field.counts", "academicSessionId": "field.session", "academicSession": "field.session",
}


def _reasons(it: Item, is_module: bool) -> dict[str, str]:
    reasons = dict.fromkeys(_CONSUMER, "field.consumer")
    if it.kind == "offering":
        reasons.update(_OFFERING_REASONS)
    elif is_module:
        reasons.update(dict.fromkeys(_FOR_OFFERINGS, "field.course_for_offerings"))
        if "addresses" in it.partial:  # its city is an offering's place
            reasons["addresses"] = "field.address_rest"
    return reasons


def _account(items: list[Item], st: State) -> None:
    """Name what no part of the import read: unused outcomes, sessions and components whole, the
    rest field by field."""
    report = st.report
    used_outcomes = set(st.outcome_by_ooapi)
    module_items = {id(v) for v in st.module_items.values()}
    for it in items:
        if it.done:
            continue
        if it.kind == "outcome" and it.get("learningOutcomeId") not in used_outcomes:
            it.done = True
            report.dropped(it.file, it.path, "item.unused_outcome", id=str(it.get("learningOutcomeId")))
        elif it.kind == "session" and not it.used:
            it.done = True
            report.dropped(it.file, it.path, "item.unused_session", id=str(it.get("academicSessionId")))
        elif it.kind == "component" and not it.used:  # a component whose type a component offering read is accounted below
            it.done = True
            report.dropped(it.file, it.path, "item.component", id=str(it.get("componentId")))
        name_leftovers(it, report, spec.KNOWN.get(it.kind, frozenset()), _reasons(it, id(it) in module_items))


def import_data(
    sources: Iterable[tuple[str, Any]], report: ImportReport, *, catalogue_id: str, institution: str | None = None,
    title: str | None = None, published: dt.date | None = None,
) -> Catalogue:
    """The draft catalogue from parsed OOAPI data, each with the name of its file or page.

    Raises :class:`ImporterError` only when nothing at all could be imported.
    """
    with _no_cyclic_gc():
        return _import(sources, report, catalogue_id=catalogue_id, institution=institution, title=title,
                       published=published)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector while an import builds its hundreds of thousands of small,
    acyclic objects: each generation-0 pass rescans them all, a third of the time of a large import
    (reference counting still frees everything; the collector resumes afterwards)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _import(
    sources: Iterable[tuple[str, Any]], report: ImportReport, *, catalogue_id: str, institution: str | None,
    title: str | None, published: dt.date | None,
) -> Catalogue:
    st = State(report)
    items: list[Item] = []
    first = "(no data)"
    for n, (source, data) in enumerate(sources):
        first = source if n == 0 else first
        items += items_of(data, source, report)
    for it in items:
        if it.kind == "outcome" and isinstance(it.get("learningOutcomeId"), str):
            st.lo_items.setdefault(str(it.get("learningOutcomeId")), it)
        elif it.kind == "session" and isinstance(it.get("academicSessionId"), str):
            st.sessions.setdefault(str(it.get("academicSessionId")), it)
        elif it.kind == "organisation" and st.institution is None and name_of(it.data):
            st.institution = name_of(it.data)
            it.use("name", "organisationId" if "organisationId" in it.data else "organizationId")
    for it in items:  # a course's own item first, an expanded copy inside an offering after
        if it.kind == "course" and not it.path.endswith(".course"):
            make_module(it, st)
    for it in items:
        if it.kind == "course" and it.path.endswith(".course"):
            make_module(it, st)
    make_goals(st, sorted((it for it in items if it.kind == "programme"), key=lambda it: it.path.count(".")))
    inst = institution or st.institution
    if inst is None:
        inst = "Unknown institution"
        report.guessed(first, "$", "file.no_organisation")
    collect(items, st)  # component offerings, planned with their course offering
    for it in items:
        if it.kind == "offering":
            make_offering(it, st, inst)
    unplaced(st)
    if not st.modules:
        details = "; ".join(n.render() for n in report.notes[:5])
        raise ImporterError("no course or programme could be imported" + (f": {details}" if details else ""))
    _account(items, st)
    if any(not o.sessions for o in st.offerings):  # no component offerings gave them sessions
        report.guessed("(all files)", "$", "offerings.no_sessions")
    offered = {o.module for o in st.offerings}
    for oid, m in st.modules.items():
        if m.id not in offered:
            it = st.module_items[oid]
            report.guessed(it.file, it.path, "module.no_offering", module=m.id)
    report.counts.update({"modules": len(st.modules), "outcomes": len(st.outcomes),
                          "offerings": len(st.offerings), "goals": len(st.goals)})
    return Catalogue(
        format_version=FORMAT_VERSION, id=slug(catalogue_id).replace(".", "-"), title=Text(nl=title or inst, en=title or inst),
        institution=inst, published=published or dt.date.today(), outcomes=list(st.outcomes.values()),
        modules=list(st.modules.values()), offerings=st.offerings, goals=st.goals,
    )


def import_ooapi(
    paths: Iterable[Path | str], *, catalogue_id: str, institution: str | None = None, title: str | None = None,
    published: dt.date | None = None, trace: bool = False, pages: Iterable[tuple[str, Any]] = (),
) -> tuple[Catalogue, ImportReport]:
    """Read OOAPI v5/v6 JSON files (or folders of them) into a draft catalogue and an import report.

    ``pages`` are pages already fetched from an endpoint (:func:`~planner.importers.ooapi.fetch.fetch_pages`),
    read after the files. Raises :class:`ImporterError` only when nothing at all could be imported.
    """
    report = ImportReport(trace=trace)
    files = files_of(Path(p) for p in paths)
    pages = list(pages)
    if not files and not pages:
        raise ImporterError("no OOAPI files found: give JSON files or folders that hold them")
    sources = itertools.chain(((str(f), data) for f in files if (data := load_file(f, report)) is not None), pages)
    cat = import_data(sources, report, catalogue_id=catalogue_id, institution=institution, title=title,
                      published=published)
    return cat, report


def draft_text(cat: Catalogue, report: ImportReport, yaml: bool = True) -> str:
    """The draft catalogue as YAML (with the import report as comments on top) or as JSON."""
    data = cat.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)
    data = {"formatVersion": cat.format_version, **data}
    if not yaml:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    from planner.yamlwrite import dump_plain

    body = dump_plain(data, width=110)  # ruamel's C emitter fed directly: the same text, ~8× faster
    head = ["# DRAFT catalogue imported from OOAPI by 'leerroute import ooapi'. Check it before publishing:",
            "# OOAPI has no prerequisites ('requires'), and weekly sessions only from component offerings; entry "
            "requirements in words are",
            "# kept in 'requirementsText'. What was dropped or guessed (file and JSON path):"]
    head += [f"#   {line}" for line in report.render().splitlines()]
    return "\n".join(line.replace("\n", " ") for line in head) + "\n" + body


def write_draft(cat: Catalogue, report: ImportReport, path: Path | str) -> None:
    """Write the draft catalogue atomically (YAML, or JSON for a .json path)."""
    from planner.fileio import write_text_atomic

    p = Path(path)
    try:
        write_text_atomic(p, draft_text(cat, report, yaml=p.suffix.lower() != ".json"))
    except OSError as exc:
        raise ImporterError(f"{p}: cannot write the catalogue ({exc.strerror or exc})") from None

