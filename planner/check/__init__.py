"""The catalogue checker: every problem in catalogue and learner files, with its position.

``leerroute check FILE...`` and the loaders in :mod:`planner.load` use this package. It never
raises for bad input: whatever a file holds, the result is a list of :class:`Diagnostic` objects,
each saying where (file, line, column, field path), what is wrong and what to do.

The checks run in three layers, and each layer reports everything it finds:

1. reading: the file exists, is not too large, is UTF-8, is valid and safe YAML or JSON;
2. the models: pydantic validates types, unknown and missing fields, and the rules inside one
   object (a session ends after it starts, an offering has a location unless it is online, ...);
3. cross-checks over all files together: duplicate and unknown ids, prerequisite cycles,
   microcredential size, whether an offering can hold its module's study load, goals that no
   module can reach, modules without offerings, unused outcomes, dates far from publication.

One file per layer: :mod:`.source` (reading and positions), :mod:`.fields` (the models' errors in
plain words), :mod:`.cross` (cross-checks), :mod:`.learner` (learner files); this module runs them.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from planner.catalog import CatalogueSet
from planner.check.catalogue_file import CatalogueFile, duplicates, items_of, prepare, validate_catalogue
from planner.check.cross import CrossCheck
from planner.check.fields import model_diagnostics
from planner.check.learner import check_learner_file, is_learner_file
from planner.check.lenient import FileUnusable, sound_parts
from planner.check.source import read_source, top_mapping
from planner.diagnostics import Diagnostic, FileSummary, Report
from planner.locate import Locator, render_path
from planner.models import Catalogue
from planner.reader import file_hash

__all__ = ["Diagnostic", "Report", "check_files", "check_learner_file", "is_learner_file", "run_check"]


def check_files(paths: list[Path], *, lenient: bool = False) -> Report:
    """Check catalogue files together and report every problem (see :func:`_check_files`).

    YAML is read once, by the C parser with the position of every key and item (unusual YAML by the
    careful round-trip reader); JSON first without positions, and again with them when anything is
    found, so that every diagnostic has its line and column.

    ``lenient``: when the errors are all inside entities (a module, an offering, a goal, an
    outcome, an equivalence), ``catalogue_set`` still holds everything else, with what was left out
    and why in its ``left_out`` (see :mod:`planner.check.lenient`); the errors stay in the report.
    """
    # Loading builds hundreds of thousands of small objects and no reference cycles; the cyclic
    # garbage collector would walk them again and again (two thirds of the time on big catalogues).
    enabled = gc.isenabled()
    gc.disable()
    try:
        report = _check_files(paths, fast=True, lenient=lenient)
        if report.diagnostics and not report.positioned:
            report = _check_files(paths, fast=False, lenient=lenient)
    finally:
        if enabled:
            gc.enable()
    return report


def _check_files(paths: list[Path], fast: bool, lenient: bool = False) -> Report:
    """Read, validate and cross-check catalogue files together; every problem becomes a diagnostic.

    Never raises for bad input. ``catalogue_set`` is built when every file gave a valid
    catalogue (cross-check errors may still be present; look at ``errors``), or, ``lenient``, from
    the sound part of every file when no error concerns a file as a whole.
    """
    report = Report()
    diags = report.diagnostics
    cats: list[CatalogueFile] = []
    models: list[tuple[Catalogue, Path, str]] = []
    all_valid = True
    for path in paths:
        path = Path(path)
        summary = FileSummary(str(path))
        report.files.append(summary)
        try:
            loaded = _check_catalogue_file(path, summary, diags, fast)
        except Exception as exc:  # noqa: BLE001 - a checker bug must not become a traceback
            diags.append(_internal(str(path), exc))
            loaded = None
        if loaded is None:
            all_valid = False
            continue
        c, text = loaded
        cats.append(c)
        if c.model is None:
            all_valid = False
        else:
            models.append((c.model, path, hashlib.sha256(text.encode("utf-8")).hexdigest()))
    # one id per catalogue
    first_file: dict[str, str] = {}
    for c in cats:
        if c.ns.startswith("<"):
            continue
        if c.ns in first_file:
            c.f.error(["id"], "duplicate-catalogue",
                      f"the catalogue id '{c.ns}' is also used by {first_file[c.ns]}",
                      "give each catalogue its own id (ids are namespaced by it)", catalogue=c.ns)
            all_valid = False
        else:
            first_file[c.ns] = c.f.name
    report.positioned = all(type(c.f.locator) is not Locator for c in cats) and not (
        fast and any(Path(p).suffix.lower() == ".json" for p in paths))
    for c in cats:
        duplicates(c)
    try:
        CrossCheck(cats).run()
    except Exception as exc:  # noqa: BLE001 - a checker bug must not hide the other diagnostics
        diags.append(_internal(", ".join(str(p) for p in paths), exc))
    report.catalogues = [m for m, _, _ in models]
    if lenient and len(cats) == len(paths) and any(d.is_error for d in diags):
        _build_lenient(report, cats)
    elif all_valid and models:
        cs = CatalogueSet()
        try:
            for m, p, digest in models:
                cs.add(m, source=p, digest=digest)
            report.catalogue_set = cs
        except Exception as exc:  # noqa: BLE001
            diags.append(_internal(", ".join(str(p) for p in paths), exc))
    diags.sort(key=Diagnostic.sort_key)
    return report


def _build_lenient(report: Report, cats: list[CatalogueFile]) -> None:
    """The catalogue set of the sound parts of every file (none when a file is unusable as a whole)."""
    try:
        parts = sound_parts(cats, report.diagnostics)
    except FileUnusable:
        return
    cs = CatalogueSet()
    try:
        for part, c in zip(parts, cats, strict=True):
            cs.add(part.catalogue, source=Path(c.f.name), digest=file_hash(c.f.name))
            cs.left_out += part.left_out
        report.catalogue_set = cs
    except Exception as exc:  # noqa: BLE001 - a checker bug must not become a traceback
        report.diagnostics.append(_internal(", ".join(c.f.name for c in cats), exc))


def _internal(where: str, exc: BaseException) -> Diagnostic:
    return Diagnostic("error", where, None, None, "", f"the check stopped early ({type(exc).__name__}: {exc})",
                      "report this to the Leerroute developers with the files", "internal")


def _check_catalogue_file(
    path: Path, summary: FileSummary, diags: list[Diagnostic], fast: bool = False
) -> tuple[CatalogueFile, str] | None:
    """Read and validate one catalogue file; None when it cannot be read or is no catalogue."""
    f, text = read_source(path, diags, fast)
    if f is None:
        summary.readable = False
        return None
    if not top_mapping(f, "catalogue", "'formatVersion: \"1.0\"' and 'id: …'"):
        summary.readable = False
        return None
    model: Catalogue | None = None
    try:
        model = validate_catalogue(f.data)
    except ValidationError as exc:
        model_diagnostics(f, exc, Catalogue)
    except (RecursionError, ValueError, TypeError) as exc:
        f.error([], "type", f"the file cannot be validated ({type(exc).__name__})", "check its structure")
    c = prepare(f, model)
    _summarise(summary, f.data, model)
    return c, text


def _summarise(s: FileSummary, data: Mapping[str, Any], model: Catalogue | None) -> None:
    if model is not None:
        s.title, s.catalogue_id = str(model.title), model.id
    else:
        title = data.get("title")
        s.title = title if isinstance(title, str) else None
        cid = data.get("id")
        s.catalogue_id = cid if isinstance(cid, str) else None
    s.outcomes, s.modules = len(items_of(data, "outcomes")), len(items_of(data, "modules"))
    s.offerings, s.goals = len(items_of(data, "offerings")), len(items_of(data, "goals"))


def run_check(paths: list[str], out: TextIO, strict: bool = False) -> int:
    """The body of ``leerroute check FILE...``: print every problem and a summary per file.

    Catalogue files are checked together; learner files among them are checked against those
    catalogues. Returns 0 when there are no errors, 1 when there are, 2 when a file cannot be
    read at all. ``strict``: warnings count as errors (printed as errors, exit 1).
    """
    learners = [Path(p) for p in paths if is_learner_file(Path(p))]
    report = check_files([Path(p) for p in paths if Path(p) not in learners])
    learner_lines: list[str] = []
    for lp in learners:
        learner, diags = check_learner_file(lp, report.catalogue_set)
        report.diagnostics += diags
        n_err = sum(1 for d in diags if d.is_error)
        n_warn = len(diags) - n_err
        what = f"learner '{learner.name}'" if learner else "learner"
        if learner and learner.goal:
            what += f", goal {learner.goal}"
        learner_lines.append(f"{lp}: {what}; {_plural(n_err, 'error')}, {_plural(n_warn, 'warning')}")
    if strict:
        for d in report.diagnostics:
            d.severity = "error"
    for d in report.diagnostics:
        print(d.render(), file=out)
    if report.diagnostics:
        print(file=out)
    for s in report.files:
        n_err = sum(1 for d in report.errors if d.file == s.file)
        n_warn = sum(1 for d in report.warnings if d.file == s.file)
        if not s.readable:
            print(f"{s.file}: not loaded; {_plural(n_err, 'error')}", file=out)
            continue
        title = f"{s.title} [{s.catalogue_id}]" if s.title else (s.catalogue_id or "(no title)")
        counts = ", ".join(
            _plural(n, w) for n, w in ((s.outcomes, "outcome"), (s.modules, "module"),
                                       (s.offerings, "offering"), (s.goals, "goal"))
        )
        print(f"{s.file}: {title} — {counts}; {_plural(n_err, 'error')}, {_plural(n_warn, 'warning')}", file=out)
    for line in learner_lines:
        print(line, file=out)
    print(f"{_plural(len(report.errors), 'error')}, {_plural(len(report.warnings), 'warning')}", file=out)
    if report.unreadable:
        return 2
    return 1 if report.errors else 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


__all__ = [
    "Diagnostic",
    "FileSummary",
    "Report",
    "check_files",
    "check_learner_file",
    "is_learner_file",
    "render_path",
    "run_check",
]
