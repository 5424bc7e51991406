"""Reading OOAPI data: files or fetched pages, paging envelopes, the items in them, and the
bookkeeping that proves every leaf of the input was read into the catalogue or named in the report.

An item is one course, programme, learning component, offering, learning outcome, academic session
or organisation, wherever it stands: at the top of a file, in a page's ``items``, or expanded
inside another item (``expand=course``, an inline ``learningOutcomes`` list). Each item remembers
which of its fields (relative JSON paths) were used; :func:`name_leftovers` names the rest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner import reader
from planner.errors import UnreadableFileError
from planner.importers.report import ImporterError, ImportReport, NoteKind

_SEPARATOR = re.compile(r"[.\[]")

#: The largest OOAPI file read, in bytes.
MAX_OOAPI_BYTES = 32 * 1024 * 1024
#: The most files read from the folders given.
MAX_FILES = 2000

#: The fields of OOAPI's pagination envelope (v5 and v6): read to follow the pages, nothing to keep.
ENVELOPE = {"pageSize", "pageNumber", "hasPreviousPage", "hasNextPage", "totalPages", "items"}

#: id field → item kind; offerings first: a v6 course offering carries ``courseId`` as its parent.
_ID_KINDS = (
    ("courseOfferingId", "offering"), ("programmeOfferingId", "offering"), ("learningComponentOfferingId", "offering"),
    ("testComponentOfferingId", "offering"),
    ("offeringId", "offering"), ("componentId", "component"), ("courseId", "course"), ("programmeId", "programme"),
    ("programId", "programme"), ("learningOutcomeId", "outcome"), ("academicSessionId", "session"),
    ("organisationId", "organisation"), ("organizationId", "organisation"),
)
#: fields that may hold another item expanded in place (``expand=``), one object or a list of them
EXPANDABLE = {
    "course", "program", "programme", "component", "learningComponent", "academicSession", "organisation",
    "organization", "learningOutcomes", "programmes", "programs", "courses", "parent", "children",
}


def kind_of(obj: Mapping[str, Any]) -> str | None:
    """course, programme, component, offering, outcome, session or organisation; None for anything else."""
    for key, kind in _ID_KINDS:
        if key in obj:
            return kind
    return None


@dataclass(eq=False)
class Item:
    """One OOAPI object, where it was found, and which of its fields were used."""

    kind: str
    data: Mapping[str, Any]
    file: str
    path: str
    used: set[str] = field(default_factory=set)
    partial: set[str] = field(default_factory=set)
    nested: set[str] = field(default_factory=set)  # fields holding an expanded item, which accounts for itself
    done: bool = False  # the whole item was skipped or is a copy: its skip note names all of it

    def use(self, *rels: str) -> None:
        """Mark fields (relative paths such as ``name`` or ``addresses[0].city``) as read into the result."""
        self.used.update(rels)
        for rel in rels:
            if "." in rel or "[" in rel:
                self.partial.update(_prefixes(rel))

    def note(self, report: ImportReport, kind: NoteKind, rel: str, code: str, /, **params: Any) -> None:
        """Name a field in the report (and so count it as accounted for)."""
        self.use(rel)
        report.add(kind, self.file, self.at(rel), code, **params)

    def at(self, rel: str) -> str:
        """The absolute JSON path of a relative one."""
        if not rel:
            return self.path
        return f"{self.path}{rel}" if rel.startswith("[") else f"{self.path}.{rel}"

    def get(self, key: str, default: Any = None) -> Any:
        """A field's value."""
        return self.data.get(key, default)


@functools.lru_cache(maxsize=65536)
def _prefixes(rel: str) -> tuple[str, ...]:
    """The paths that hold ``rel`` (``a``, ``a[0]`` for ``a[0].b``); the same few paths recur in every item."""
    return tuple(rel[:m.start()] for m in _SEPARATOR.finditer(rel, 1))


# --------------------------------------------------------------------------- files


def files_of(paths: Iterable[Path]) -> list[Path]:
    """The JSON files given, folders searched for ``*.json``."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(q for q in p.rglob("*.json") if q.is_file())
        else:
            out.append(p)
        if len(out) > MAX_FILES:
            raise ImporterError(f"more than {MAX_FILES} files to import; give fewer folders")
    return out


def parse(raw: bytes, source: str, report: ImportReport) -> Any | None:
    """JSON from bytes, through the one reader (:func:`planner.reader.parse_json`); a note and None when
    it is not JSON or holds what Leerroute refuses (a duplicate key, a number of thousands of digits)."""
    try:
        return reader.parse_json(reader.decode(raw, source, bom=True), source)
    except UnreadableFileError as exc:
        _refused(source, exc, report)
    return None


def load_file(path: Path, report: ImportReport) -> Any | None:
    """A file's JSON, or None with a note saying why not (a FIFO, a device or a file too large is not read)."""
    try:
        raw = reader.read_bytes(path, max_bytes=MAX_OOAPI_BYTES)
    except UnreadableFileError as exc:
        _refused(str(path), exc, report)
        return None
    return parse(raw, str(path), report)


def _refused(source: str, exc: UnreadableFileError, report: ImportReport) -> None:
    """The reader's refusal as an import note."""
    where = "$" if exc.line is None else f"line {exc.line} column {exc.column}"
    if exc.code == "encoding":
        report.skipped(source, where, "file.not_utf8", byte=int(re.sub(r"\D", "", exc.problem) or 0))
    elif exc.code == "syntax":
        report.skipped(source, where, "file.not_json", error=exc.problem.removeprefix("not valid JSON (").rstrip(")"))
    elif exc.code == "too-deep":
        report.skipped(source, where, "file.too_deep")
    elif exc.code == "too-large":
        size = reader.refusal(source, max_bytes=MAX_OOAPI_BYTES)
        report.skipped(source, where, "file.too_large", mb=round((size.size if size else 0) / 1e6, 1),
                       limit=MAX_OOAPI_BYTES // 10**6)
    else:
        report.skipped(source, where, "file.unreadable", error=f"{exc.problem}; {exc.hint}")


# --------------------------------------------------------------------------- items


def _nested(parent: Item, report: ImportReport) -> Iterator[Item]:
    """Items expanded inside ``parent`` (and inside those)."""
    for key in EXPANDABLE & parent.data.keys():
        value = parent.data[key]
        entries = [(f"{key}[{i}]", v) for i, v in enumerate(value)] if isinstance(value, list) else [(key, value)]
        for rel, obj in entries:
            if not isinstance(obj, Mapping):
                continue
            kind = kind_of(obj)
            if kind is None or "name" not in obj:  # a reference by id only: the parent reads the id
                continue
            parent.nested.add(rel)  # its fields are accounted for by the nested item
            if rel != key:
                parent.partial.add(key)
            child = Item(kind, obj, parent.file, parent.at(rel))
            yield child
            yield from _nested(child, report)


def items_of(data: Any, source: str, report: ImportReport) -> Iterator[Item]:
    """The items of one file or page: a page's ``items``, a plain list, or one object."""
    if isinstance(data, Mapping) and isinstance(data.get("items"), list):
        for key in data:
            if key not in ENVELOPE:
                report.dropped(source, f"$.{key}", "field.envelope", field=key)
            elif report.trace and key != "items":  # each item accounts for itself
                report.mapped.add((source, f"$.{key}"))
        entries = [(f"$.items[{i}]", x) for i, x in enumerate(data["items"])]
    elif isinstance(data, list):
        entries = [(f"$[{i}]", x) for i, x in enumerate(data)]
    else:
        entries = [("$", data)]
    for path, obj in entries:
        kind = kind_of(obj) if isinstance(obj, Mapping) else None
        if kind is None:
            report.skipped(source, path, "item.not_ooapi")
            continue
        it = Item(kind, obj, source, path)
        yield it
        yield from _nested(it, report)


# --------------------------------------------------------------------------- nothing lost in silence


def _has_data(value: Any) -> bool:
    return value not in (None, "", [], {})


def name_leftovers(it: Item, report: ImportReport, known: frozenset[str], reasons: Mapping[str, str]) -> None:
    """Name every field of ``it`` that holds data and was neither used nor named.

    A field the specification defines for this kind of item is "dropped" with the reason in
    ``reasons`` (or the general one); a field outside the specification is named as unknown.
    With ``report.trace`` the used paths are collected for the leaf-coverage test.
    """
    if it.done:
        return
    if report.trace:
        report.mapped.update((it.file, it.at(rel)) for rel in it.used)
    for key, value in it.data.items():
        if key in it.used or key in it.nested or not _has_data(value):
            continue
        if key in it.partial:
            _walk(it, key, value, report, reasons.get(key, "field.unused"))
        elif key in known:
            report.dropped(it.file, it.at(key), reasons.get(key, "field.unused"), kind=it.kind, field=key)
        else:
            report.unknown[f"{it.kind}.{key}"] += 1
            report.dropped(it.file, it.at(key), "field.unknown", kind=it.kind, field=key)


def _walk(it: Item, rel: str, value: Any, report: ImportReport, code: str) -> None:
    """Name the unused parts of a partly used field."""
    children: Iterable[tuple[str, Any]]
    if isinstance(value, Mapping):
        children = ((f"{rel}.{k}", v) for k, v in value.items())
    elif isinstance(value, list):
        children = ((f"{rel}[{i}]", v) for i, v in enumerate(value))
    else:
        children = ()
    for sub, v in children:
        if sub in it.used or sub in it.nested or not _has_data(v):
            continue
        if sub in it.partial:
            _walk(it, sub, v, report, code)
        else:
            report.dropped(it.file, it.at(sub), code, kind=it.kind, field=sub)
