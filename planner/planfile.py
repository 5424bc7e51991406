"""Plan files (``*.leerroute.json``): a learner, the catalogues they were planned against, the plan.

A plan file is what an advisor hands over after an intake: it holds the learner (with pins and
exclusions), every catalogue used (its file name, id, format version, publication date, SHA-256
of its bytes and a copy of its content) and the plan, so it opens anywhere, even when it was
e-mailed alone. It is written atomically (a temporary file in the same folder, then renamed over
the target), so a crash never leaves half a file.

Opening one prefers a catalogue file beside the plan with the same bytes, and otherwise uses the
copy saved in the plan. A catalogue reference is a file name inside the plan's folder: absolute
paths and ``..`` in a plan file from someone else are never followed. When a file beside the plan
has the same id but other content, the plan keeps its own copy and the differences are reported
as message codes, so the app can offer to re-plan against the new catalogue. Old plan files
without a copy are checked against the files on disk, as before.

Since format 1.1 it may also hold the what-if ``scenarios`` tried at the table (each a name, a
learner and a plan) and the name of the ``chosen`` one; the top-level learner and plan are then the
chosen scenario's, so a reader that knows no scenarios still finds the route that was agreed.
Files without scenarios (1.0) read as one scenario.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Self

from pydantic import Field, ValidationError, field_validator, model_validator

from planner.catalog import CatalogueSet
from planner.errors import CatalogueError, UnreadableFileError
from planner.fileio import write_text_atomic
from planner.locate import JsonLocator
from planner.models import Catalogue, Learner, Model, week_monday
from planner.plan import Message, Plan, PlannedModule
from planner.reader import file_hash, load_data, parse_json, read_text, shown

#: The plan file format this version reads and writes.
PLANFILE_FORMAT_VERSION = "1.1"
#: The suffix of plan files.
SUFFIX = ".leerroute.json"


class PlanFileError(CatalogueError):
    """A plan file cannot be read or written."""


class CatalogueRef(Model):
    """A catalogue a plan was made with: its file name, id, a hash of its bytes, and a copy of it."""

    path: str = Field(
        description="File name of the catalogue, looked up in the plan's folder (a sub-folder at most; absolute "
        "paths and '..' are not followed)."
    )
    id: str = Field(description="Catalogue id.")

    @field_validator("path")
    @classmethod
    def _plain_path(cls, value: str) -> str:
        if re.search(r"[\x00-\x1f\x7f]", value) or len(value) > 1024:
            raise ValueError("the catalogue's file name holds a control character or is too long; "
                             "give the file name of the catalogue")
        return value

    sha256: str = Field(description="SHA-256 of the catalogue file's bytes when the plan was saved.")
    format_version: str | None = Field(default=None, description="The catalogue's formatVersion.")
    published: dt.date | None = Field(default=None, description="The catalogue's publication date.")
    content: Catalogue | None = Field(
        default=None,
        description="A copy of the catalogue as it was when the plan was saved, so the plan opens and checks "
        "without the catalogue file.",
    )


class Scenario(Model):
    """One what-if of an intake: a name, the learner as changed for it, and its plan."""

    name: str = Field(min_length=1, max_length=200, description="Name of the scenario, e.g. '8 h + online'.")
    learner: Learner = Field(description="The learner in this scenario, with pins and exclusions.")
    plan: Plan | None = Field(default=None, description="The scenario's plan; absent when none was made yet.")


class PlanFile(Model):
    """The content of a ``*.leerroute.json`` file."""

    format_version: str = Field(
        default=PLANFILE_FORMAT_VERSION, alias="formatVersion", description="Plan file format version."
    )
    learner: Learner = Field(description="The learner, with pins and exclusions.")
    catalogues: list[CatalogueRef] = Field(default_factory=list, description="Catalogues used.")
    plan: Plan | None = Field(default=None, description="The plan; absent when none was made yet.")
    scenarios: list[Scenario] = Field(
        default_factory=list,
        description="What-if scenarios (format 1.1); the top-level learner and plan are the chosen one's.",
    )
    chosen: str | None = Field(default=None, description="Name of the chosen scenario.")

    @model_validator(mode="after")
    def _scenarios(self) -> Self:
        names = [s.name for s in self.scenarios]
        doubles = sorted({n for n in names if names.count(n) > 1})
        if doubles:
            raise ValueError(f"two scenarios are called {doubles[0]!r}; give each scenario its own name")
        if self.chosen is not None and self.chosen not in names:
            raise ValueError(f"the chosen scenario {self.chosen!r} is not among the scenarios")
        return self

    def scenario_list(self) -> list[Scenario]:
        """The scenarios; a file without any holds one, named after its learner."""
        return list(self.scenarios) or [Scenario(name=self.learner.name or "1", learner=self.learner, plan=self.plan)]

    def chosen_index(self) -> int:
        """Index of the chosen scenario in :meth:`scenario_list` (0 when none is marked)."""
        names = [s.name for s in self.scenario_list()]
        return names.index(self.chosen) if self.chosen in names else 0

    def catalogue_paths(self, base: Path | str) -> list[Path]:
        """Absolute paths of the referenced catalogues, relative ones taken from ``base`` (a folder)."""
        return [_resolve(ref.path, Path(base)) for ref in self.catalogues]


def _name(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def _inside(path: str, base: Path) -> Path | None:
    """``path`` inside the folder ``base``, or None when it is absolute or climbs out with '..'."""
    posix = path.replace("\\", "/")
    pure = PurePosixPath(posix)
    if not pure.parts or pure.is_absolute() or ".." in pure.parts or re.match(r"^[A-Za-z]:", posix):
        return None
    return base.joinpath(*pure.parts)


def _resolve(path: str, base: Path) -> Path:
    """Where a referenced catalogue is looked for: inside the plan's folder, by name when the path is unsafe."""
    inside = _inside(path, base)
    return (inside if inside is not None else base / (_name(path) or "catalogue.yaml")).resolve()


def _relative(path: Path, base: Path) -> str:
    """The path of a catalogue relative to the plan's folder when it lies inside it, else its file name."""
    try:
        rel = os.path.relpath(path.resolve(), base.resolve()).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return path.name
    return rel if _inside(rel, base) is not None else path.name


def catalogue_refs(cs: CatalogueSet, base: Path | str, embed: bool = True) -> list[CatalogueRef]:
    """References to every catalogue of a set, with a copy of each when ``embed``; paths relative to ``base``."""
    return [catalogue_ref(cat, cs.sources.get(cat.id), cs.hashes.get(cat.id), base, embed) for cat in cs.catalogues]


def catalogue_ref(cat: Catalogue, src: Path | str | None, digest: str | None, base: Path | str,
                  embed: bool = True) -> CatalogueRef:
    """The reference to one catalogue read from ``src`` (None: made in memory) with its content hash
    ``digest`` when known; its path relative to ``base``, with a copy of it when ``embed``."""
    digest = digest or (file_hash(src) if src is not None else hashlib.sha256(
        cat.model_dump_json(by_alias=True, exclude_none=True).encode()).hexdigest())
    path = _relative(Path(src), Path(base)) if src is not None else f"{cat.id}.yaml"
    return CatalogueRef(path=path, id=cat.id, sha256=digest, format_version=cat.format_version,
                        published=cat.published, content=cat if embed else None)


def save_plan_file(
    path: Path | str,
    learner: Learner,
    catalogues: CatalogueSet | Iterable[CatalogueRef],
    plan: Plan | None = None,
    scenarios: Sequence[Scenario] = (),
    chosen: str | None = None,
) -> PlanFile:
    """Write a plan file atomically; return what was written.

    ``catalogues`` is the loaded set (references are made from its sources and hashes) or a list
    of ready references. With ``scenarios``, ``learner`` and ``plan`` should be the ``chosen`` one's.
    """
    p = Path(path)
    base = p.parent
    refs = catalogue_refs(catalogues, base) if isinstance(catalogues, CatalogueSet) else list(catalogues)
    doc = PlanFile(learner=learner, catalogues=refs, plan=plan, scenarios=list(scenarios), chosen=chosen)
    text = json.dumps(doc.model_dump(mode="json", by_alias=True, exclude_none=True), indent=2, ensure_ascii=False)
    try:
        write_text_atomic(p, text + "\n")
    except OSError as exc:
        raise PlanFileError(f"{p}: cannot write the plan file ({exc.strerror or exc}); choose another folder") from None
    return doc


def read_plan_file(path: Path | str) -> PlanFile:
    """Read and validate a plan file; raise :class:`PlanFileError` with file:line and what to do."""
    p = Path(path)
    name = shown(p)
    try:
        text = read_text(p)
        data = parse_json(text, p)
    except UnreadableFileError as exc:
        hint = {"syntax": "fix the syntax there or save the plan again", "encoding": "this is not a plan file",
                }.get(exc.code, exc.hint)
        where = exc.path if exc.line is None else f"{exc.path}:{exc.line}:{exc.column}"
        raise PlanFileError(f"{where}: {exc.problem}; {hint}") from None
    if not isinstance(data, dict):
        raise PlanFileError(f"{name}:1: a plan file holds a JSON object with 'learner', 'catalogues' and 'plan'")
    if isinstance(data.get("learner"), str) and "items" in data and "catalogues" not in data:
        raise PlanFileError(
            f"{name}: this is a route as data, written by 'leerroute plan --json', not a plan file; "
            "write a plan file with 'leerroute plan --save FILE.leerroute.json' or the window's File ▸ Save Plan")
    version = str(data.get("formatVersion", ""))
    if version.split(".")[0] != PLANFILE_FORMAT_VERSION.split(".")[0]:
        raise PlanFileError(
            f"{name}:1: plan file format version {version or '(none)'!r} is not supported; "
            f"this Leerroute reads {PLANFILE_FORMAT_VERSION}"
        )
    try:
        return PlanFile.model_validate(data)
    except ValidationError as exc:
        problems = []
        locator = JsonLocator(text)
        for err in exc.errors()[:10]:
            loc = tuple(err.get("loc", ()))
            line, column = locator.locate([k for k in loc if isinstance(k, str | int)])
            where = f"{name}:{line}:{column}" if line else name
            field = ".".join(str(x) for x in loc) or "(file)"
            problems.append(f"{where}: {field}: {err.get('msg', 'invalid')}")
        raise PlanFileError(
            "\n".join(problems) + "\nFix these values in the file, or open the learner and catalogues and plan again."
        ) from None


def _candidates(ref: CatalogueRef, base: Path) -> list[Path]:
    """Files that may hold a referenced catalogue: its path inside the plan's folder, then its name there."""
    out = [_resolve(ref.path, base), (base / (_name(ref.path) or "catalogue.yaml")).resolve()]
    inside = base.resolve()
    # a link that leads out of the folder is not followed, nor is anything but a regular file
    return [p for p in dict.fromkeys(out) if p.is_relative_to(inside) and p.is_file()]


def _file_id(path: Path) -> str | None:
    """The ``id`` of a catalogue file, or None when it cannot be read as one."""
    try:
        data = load_data(path, fast=True)
    except CatalogueError:
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


@dataclass
class _Found:
    ref: CatalogueRef
    same: Path | None = None  # a file with the saved bytes
    other: Path | None = None  # a file with the same id and other bytes


def _find(doc: PlanFile, base: Path, extra: Sequence[Path] = ()) -> list[_Found]:
    """For each referenced catalogue: a file with the saved bytes (beside the plan or among ``extra``,
    the files the user has), else one with the same id and other bytes."""
    found = []
    beside_only = {p.resolve() for p in extra}
    for ref in doc.catalogues:
        f = _Found(ref)
        for path in dict.fromkeys([*_candidates(ref, base), *(p.resolve() for p in extra)]):
            try:
                digest = file_hash(path)
            except CatalogueError:
                continue
            if digest == ref.sha256:
                f.same = path
                break
            loose = ref.content is None and path not in beside_only  # an old plan names its file
            if f.other is None and (loose or _file_id(path) == ref.id):
                f.other = path
        found.append(f)
    return found


def catalogue_changes(doc: PlanFile, base: Path | str, extra: Sequence[Path] = ()) -> list[Message]:
    """Compare the referenced catalogues with the files in the plan's folder, as message codes.

    ``planfile.catalogue_differs`` {id, path} when a file there has the same id and other content
    (the plan keeps its own copy; re-plan to use the file). For an old plan without a copy:
    ``planfile.catalogue_changed`` {id, path} when the file's bytes differ, and
    ``planfile.catalogue_missing`` {id, path} when it is gone. A catalogue that is only in the plan
    is no news: its copy is used.
    """
    changes: list[Message] = []
    for f in _find(doc, Path(base), extra):
        ref = f.ref
        if f.same is not None:
            continue
        if f.other is not None:
            code = "planfile.catalogue_differs" if ref.content is not None else "planfile.catalogue_changed"
            changes.append(Message(code=code, params={"id": ref.id, "path": str(f.other)}))
        elif ref.content is None:
            changes.append(Message(code="planfile.catalogue_missing",
                                   params={"id": ref.id, "path": str(_resolve(ref.path, Path(base)))}))
    return changes


@dataclass
class PlanCatalogues:
    """The catalogues a plan file opens with, and newer versions found beside it."""

    catalogue_set: CatalogueSet | None
    #: catalogue files on disk that are used (same bytes as when the plan was saved, or old plans)
    paths: list[Path] = field(default_factory=list)
    #: ids of catalogues taken from the copy in the plan file
    embedded: list[str] = field(default_factory=list)
    #: id → a file beside the plan with the same id and other content (offer to re-plan with it)
    updates: dict[str, Path] = field(default_factory=dict)
    #: what changed in those files, as message codes (per catalogue, and for the plan's offerings)
    notes: list[Message] = field(default_factory=list)
    _files: dict[str, Path] = field(default_factory=dict)
    _copies: dict[str, CatalogueRef] = field(default_factory=dict)


def _check(files: dict[str, Path], copies: dict[str, CatalogueRef]) -> CatalogueSet:
    """Check catalogue files and saved copies together (cross-references between them included).

    A copy from a plan file is checked as strictly as a file: it is written to a private
    temporary folder and read back by the same checks.
    """
    from planner.check import check_files

    with tempfile.TemporaryDirectory(prefix="leerroute-plan-") as tmp:
        paths: dict[str, Path] = dict(files)
        for cid, ref in copies.items():
            assert ref.content is not None
            p = Path(tmp) / f"{cid}.json"
            p.write_text(json.dumps(ref.content.model_dump(mode="json", by_alias=True, exclude_none=True)),
                         encoding="utf-8")
            paths[cid] = p
        report = check_files(list(paths.values()))
        if report.errors or report.catalogue_set is None:
            raise PlanFileError("the catalogues of this plan have errors:\n" + report.summary(), report.errors)
        cs = report.catalogue_set
    for cid, ref in copies.items():
        cs.sources.pop(cid, None)
        cs.hashes[cid] = ref.sha256
    return cs


def load_plan_catalogues(doc: PlanFile, base: Path | str, extra: Sequence[Path] = ()) -> PlanCatalogues:
    """The catalogues to open a plan file with: files beside it with the saved bytes, else the saved copies.

    For an old plan file without copies the files on disk are used as they are. Raises
    :class:`PlanFileError` when they have errors.
    """
    out = PlanCatalogues(catalogue_set=None)
    for f in _find(doc, Path(base), extra):
        ref = f.ref
        if f.same is not None:
            out._files[ref.id] = f.same
        elif ref.content is not None:
            out._copies[ref.id] = ref
            out.embedded.append(ref.id)
            if f.other is not None:
                out.updates[ref.id] = f.other
        elif f.other is not None:
            out._files[ref.id] = f.other
    out.paths = list(out._files.values())
    if not out._files and not out._copies:
        return out
    out.catalogue_set = _check(out._files, out._copies)
    if out.updates:
        try:
            newer = updated_catalogues(out)
        except CatalogueError as exc:
            out.notes.append(Message(code="planfile.update_broken", params={"error": str(exc).splitlines()[0]}))
            return out
        for cid in out.updates:
            old = out._copies[cid].content
            new = next((c for c in newer.catalogues if c.id == cid), None)
            if old is not None and new is not None:
                out.notes += catalogue_diff(old, new)
        out.notes += plan_changes(newer, doc.plan)
    return out


def updated_catalogues(pc: PlanCatalogues) -> CatalogueSet:
    """The plan's catalogues with the newer files found beside it in place of the saved copies (to re-plan)."""
    files = dict(pc._files) | dict(pc.updates)
    copies = {cid: ref for cid, ref in pc._copies.items() if cid not in pc.updates}
    cs = _check(files, copies)
    return cs


def _title(item: Any) -> str:
    return str(item.title.get("en")) if getattr(item, "title", None) is not None else str(item.id)


def catalogue_diff(old: Catalogue, new: Catalogue) -> list[Message]:
    """What changed between two versions of a catalogue, per kind, as message codes.

    ``planfile.diff`` {id, kind, added, removed, changed, names} for each of outcomes, modules,
    offerings and goals that differ (``names``: up to five titles or ids of what changed);
    ``planfile.republished`` {id, old, new} when the publication date moved.
    """
    out: list[Message] = []
    if old.published != new.published:
        out.append(Message(code="planfile.republished", params={
            "id": new.id, "old": old.published.isoformat() if old.published else "—",
            "new": new.published.isoformat() if new.published else "—"}))
    for kind in ("outcomes", "modules", "offerings", "goals"):
        before = {x.id: x for x in getattr(old, kind)}
        after = {x.id: x for x in getattr(new, kind)}
        added = [after[k] for k in after if k not in before]
        removed = [before[k] for k in before if k not in after]
        changed = [after[k] for k in after if k in before and after[k] != before[k]]
        if added or removed or changed:
            names = [_title(x) for x in (added + removed + changed)[:5]]
            out.append(Message(code="planfile.diff", params={
                "id": new.id, "kind": kind, "added": len(added), "removed": len(removed), "changed": len(changed),
                "names": names}))
    return out


def plan_changes(cs: CatalogueSet, plan: Plan | None) -> list[Message]:
    """What changed in the catalogues for the offerings a saved plan uses, as message codes.

    ``planfile.offering_missing`` {offering, title} when an offering is gone;
    ``planfile.offering_changed`` {offering, title, field, old, new} for each of cost, hours per
    week, mode, location, sessions, duration and (for cohorts) the start date that differs.
    """
    if plan is None:
        return []
    out: list[Message] = []
    for item in plan.items:
        f = cs.offerings.get(item.offering)
        if f is None:
            # the file's title is the file's word: name the offering by its id
            out.append(Message(code="planfile.offering_missing", params={"offering": item.offering,
                                                                          "title": item.offering}))
            continue

        def changed(field: str, old: object, new: object, item: PlannedModule = item,
                    title: str = cs.module_title(f.module)) -> None:
            out.append(Message(code="planfile.offering_changed", params={
                "offering": item.offering, "title": title, "field": field, "old": old, "new": new}))

        if abs(f.cost - item.cost) > 0.005:
            changed("cost", item.cost, f.cost)
        if abs(f.hours_per_week - item.hours_per_week) > 0.005:
            changed("hours per week", item.hours_per_week, f.hours_per_week)
        if f.mode != item.mode:
            changed("mode", item.mode.value, f.mode.value)
        if (f.location or None) != (item.location or None):
            changed("location", item.location, f.location)
        if [s.label() for s in f.sessions] != [s.label() for s in item.sessions]:
            changed("sessions", ", ".join(s.label() for s in item.sessions), ", ".join(s.label() for s in f.sessions))
        if f.weeks != item.end_week - item.start_week:
            changed("weeks", item.end_week - item.start_week, f.weeks)
        if f.starts and all(week_monday(d) != item.start_date for d in f.starts):
            changed("start", item.start_date.isoformat(), ", ".join(d.isoformat() for d in f.starts))
    return out


def open_plan_file(path: Path | str) -> tuple[PlanFile, list[Message]]:
    """Read a plan file and list the referenced catalogues that changed or went missing since it was saved."""
    doc = read_plan_file(path)
    return doc, catalogue_changes(doc, Path(path).parent)
