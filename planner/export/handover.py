"""Write the hand-over documents of one study plan in one go, in the order of
:data:`planner.export.formats.FORMATS` (PDF, calendar, spreadsheet, …).

The command line's ``--pdf/--ics/--csv/--xlsx`` (one option per format) and the window's export action
call :func:`write_handover`; :func:`check_handover_targets` lets them refuse a bad path before a
long solve.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from planner.export.formats import FORMATS
from planner.fileio import check_target
from planner.studyplan import StudyPlan


def check_handover_targets(*paths: Path | str | None) -> None:
    """Raise :class:`~planner.errors.ExportError` for the first given path that cannot be a file."""
    for path in paths:
        if path is not None:
            check_target(path)


def write_handover(study_plan: StudyPlan, targets: Mapping[str, Path | str | None]) -> list[Path]:
    """Write the documents asked for (format name -> path; None or absent: not asked) and return
    their paths, in the order of the formats.

    Each file is written whole or not at all; the first that cannot be written raises
    :class:`~planner.errors.ExportError` (files written before it stay).
    """
    unknown = set(targets) - {f.name for f in FORMATS}
    if unknown:
        raise KeyError(f"no export format {', '.join(sorted(unknown))}")
    written: list[Path] = []
    for f in FORMATS:
        path = targets.get(f.name)
        if path is not None:
            f.write(study_plan, path)
            written.append(Path(path))
    return written
