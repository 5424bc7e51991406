"""Plan files (``*.leerroute.json``): a learner, the catalogues they were planned against, the plan.

A plan file is what an advisor hands over after an intake: it holds the learner (with pins and
exclusions), a reference to every catalogue used (path, id and SHA-256 of its bytes) and the plan.
Since format 1.1 it may also hold the what-if ``scenarios`` tried at the table (each a name, a
learner and a plan) and the name of the ``chosen`` one; the top-level learner and plan are then the
chosen scenario's, so a reader that knows no scenarios still finds the route that was agreed.
Files without scenarios (1.0) read as one scenario.
It is written atomically (a temporary file in the same folder, then renamed over the target), so
a crash never leaves half a file. Opening one compares every referenced catalogue with the file on
disk and reports, as message codes, which ones changed or went missing; the caller then re-validates
the plan against the catalogues as they are now.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Self

from pydantic import Field, ValidationError, model_validator

from planner.catalog import MAX_FILE_BYTES, CatalogueSet, file_hash
from planner.errors import CatalogueError
from planner.fileio import write_text_atomic
from planner.models import Learner, Model, week_monday
from planner.plan import Message, Plan, PlannedModule

#: The plan file format this version reads and writes.
PLANFILE_FORMAT_VERSION = "1.1"
#: The suffix of plan files.
SUFFIX = ".leerroute.json"


class PlanFileError(CatalogueError):
    """A plan file cannot be read or written."""


class CatalogueRef(Model):
    """A catalogue a plan was made with: where it was, its id, and a hash of its bytes."""

    path: str = Field(description="Path of the catalogue file, relative to the plan file when possible.")
    id: str = Field(description="Catalogue id.")
    sha256: str = Field(description="SHA-256 of the catalogue file's bytes when the plan was saved.")


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


def _resolve(path: str, base: Path) -> Path:
    p = Path(path)
    return p if p.is_absolute() else (base / p).resolve()


def _relative(path: Path, base: Path) -> str:
    try:
        return os.path.relpath(path.resolve(), base.resolve()).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return str(path.resolve())


def catalogue_refs(cs: CatalogueSet, base: Path | str) -> list[CatalogueRef]:
    """References to every catalogue of a set that came from a file, paths relative to ``base``."""
    refs = []
    for cat in cs.catalogues:
        src = cs.sources.get(cat.id)
        if src is None:
            continue
        digest = cs.hashes.get(cat.id) or file_hash(src)
        refs.append(CatalogueRef(path=_relative(Path(src), Path(base)), id=cat.id, sha256=digest))
    return refs


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


def _error_line(text: str, loc: tuple[object, ...]) -> int | None:
    """A best-effort line number for a validation error: the line of its innermost key.

    The keys of the location are looked up in order, each after the line of its parent.
    """
    keys = [k for k in loc if isinstance(k, str)]
    lines = text.splitlines()
    line, found = 0, False
    for key in keys:
        for i in range(line, len(lines)):
            if f'"{key}"' in lines[i]:
                line, found = i, True
                break
    return line + 1 if found else None


def read_plan_file(path: Path | str) -> PlanFile:
    """Read and validate a plan file; raise :class:`PlanFileError` with file:line and what to do."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PlanFileError(f"{p}: the file is {size / 1e6:.1f} MB, too large to be a plan file")
        text = p.read_bytes().decode("utf-8")
    except PlanFileError:
        raise
    except UnicodeDecodeError as exc:
        raise PlanFileError(f"{p}: byte {exc.start} is not UTF-8 text; this is not a plan file") from None
    except OSError as exc:
        raise PlanFileError(f"{p}: cannot open the file ({exc.strerror or exc}); check the path") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanFileError(
            f"{p}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg}); fix the syntax there or save the plan again"
        ) from None
    except RecursionError:
        raise PlanFileError(f"{p}: the JSON is nested too deeply to be a plan file") from None
    if not isinstance(data, dict):
        raise PlanFileError(f"{p}:1: a plan file holds a JSON object with 'learner', 'catalogues' and 'plan'")
    version = str(data.get("formatVersion", ""))
    if version.split(".")[0] != PLANFILE_FORMAT_VERSION.split(".")[0]:
        raise PlanFileError(
            f"{p}:1: plan file format version {version or '(none)'!r} is not supported; "
            f"this Leerroute reads {PLANFILE_FORMAT_VERSION}"
        )
    try:
        return PlanFile.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:10]:
            loc = tuple(err.get("loc", ()))
            line = _error_line(text, loc)
            where = f"{p}:{line}" if line else str(p)
            field = ".".join(str(x) for x in loc) or "(file)"
            problems.append(f"{where}: {field}: {err.get('msg', 'invalid')}")
        raise PlanFileError(
            "\n".join(problems) + "\nFix these values in the file, or open the learner and catalogues and plan again."
        ) from None


def catalogue_changes(doc: PlanFile, base: Path | str) -> list[Message]:
    """Compare the referenced catalogues with the files on disk, as message codes.

    ``planfile.catalogue_missing`` {id, path} when a file is gone; ``planfile.catalogue_changed``
    {id, path} when its bytes differ from when the plan was saved.
    """
    changes: list[Message] = []
    for ref, path in zip(doc.catalogues, doc.catalogue_paths(base), strict=True):
        try:
            digest = file_hash(path)
        except OSError:
            changes.append(Message(code="planfile.catalogue_missing", params={"id": ref.id, "path": str(path)}))
            continue
        if digest != ref.sha256:
            changes.append(Message(code="planfile.catalogue_changed", params={"id": ref.id, "path": str(path)}))
    return changes


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
            out.append(Message(code="planfile.offering_missing", params={"offering": item.offering, "title": item.title}))
            continue

        def changed(field: str, old: object, new: object, item: PlannedModule = item) -> None:
            out.append(Message(code="planfile.offering_changed", params={
                "offering": item.offering, "title": item.title, "field": field, "old": old, "new": new}))

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
