"""Write the hand-over documents of one study plan in one go: PDF, calendar and spreadsheet.

The command line's ``--pdf/--ics/--csv`` and the window's export action call :func:`write_handover`;
:func:`check_handover_targets` lets them refuse a bad path before a long solve.
"""

from __future__ import annotations

from pathlib import Path

from planner.export.csv import write_csv
from planner.export.ics import write_ics
from planner.export.pdf import write_pdf
from planner.fileio import check_target
from planner.studyplan import StudyPlan


def check_handover_targets(*paths: Path | str | None) -> None:
    """Raise :class:`~planner.errors.ExportError` for the first given path that cannot be a file."""
    for path in paths:
        if path is not None:
            check_target(path)


def write_handover(
    study_plan: StudyPlan,
    *,
    pdf: Path | str | None = None,
    ics: Path | str | None = None,
    csv: Path | str | None = None,
) -> list[Path]:
    """Write the documents asked for and return their paths, in the order PDF, calendar, CSV.

    Each file is written whole or not at all; the first that cannot be written raises
    :class:`~planner.errors.ExportError` (files written before it stay).
    """
    written: list[Path] = []
    for path, write in ((pdf, write_pdf), (ics, write_ics), (csv, write_csv)):
        if path is not None:
            write(study_plan, path)
            written.append(Path(path))
    return written
