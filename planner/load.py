"""Loading and saving files as models: catalogues checked and merged, learner files read and written.

Loading goes through the checker (:mod:`planner.check`), so a bad file raises
:class:`~planner.errors.CatalogueError` carrying every problem with its position.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path

from ruamel.yaml import YAML

from planner.catalog import CatalogueSet
from planner.check import check_files, check_learner_file
from planner.check.lenient import entity_of
from planner.diagnostics import render_list
from planner.errors import CatalogueError
from planner.fileio import write_text_atomic
from planner.models import Catalogue, Learner


def load_catalogue_file(path: Path | str) -> Catalogue:
    """Load and validate one catalogue file; raise :class:`CatalogueError` listing every problem."""
    report = check_files([Path(path)])
    if report.errors:
        raise CatalogueError(report.summary(), report.diagnostics)
    return report.catalogues[0]


def load_catalogues(paths: Iterable[Path | str], *, lenient: bool = False) -> CatalogueSet:
    """Load, check and merge catalogue files; raise :class:`CatalogueError` on any error.

    ``lenient`` (planning): entities with errors are left out, with what depends on them, and
    listed in the set's ``left_out``; only errors that make a file unusable as a whole (it cannot be
    read, an unknown format version, a catalogue id used twice) raise.
    """
    plist = [Path(p) for p in paths]
    report = check_files(plist, lenient=lenient)
    if report.errors and (not lenient or report.catalogue_set is None):
        errors = report.errors
        if lenient:  # say what stops the whole file first
            errors = sorted(errors, key=lambda d: entity_of(d) is not None)
        raise CatalogueError("\n".join(d.render() for d in errors), report.diagnostics)
    assert report.catalogue_set is not None
    return report.catalogue_set


def learner_text(learner: Learner, path: Path | str) -> str:
    """A learner file's text: JSON for a .json path, YAML (block style, keys in model order) otherwise."""
    data = learner.model_dump(mode="json", by_alias=True, exclude_none=True)
    if Path(path).suffix.lower() == ".json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


def save_learner(learner: Learner, path: Path | str) -> None:
    """Write a learner file atomically (YAML, or JSON by suffix); it reads back as the same learner."""
    write_text_atomic(Path(path), learner_text(learner, path))


def load_learner(path: Path | str) -> Learner:
    """Load a learner file (YAML or JSON); raise :class:`CatalogueError` with every problem."""
    learner, diags = check_learner_file(Path(path))
    errors = [d for d in diags if d.is_error]
    if learner is None or errors:
        raise CatalogueError(render_list(errors) or f"{path}: not a learner file", errors)
    return learner
