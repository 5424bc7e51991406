"""The export formats of a study plan, listed once: the command line's options, the window's
File ▸ Export menu and the tests all read :data:`FORMATS`. Adding a format is one entry here.

Each entry holds its writer and its texts: the command line's help (English), and the window's
menu item, tip, save-dialog title, file filter and status message — English sources marked with
``QT_TRANSLATE_NOOP("export", …)`` so that ``make i18n`` (which reads this file) puts them in the
window's translation file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner.export.csv import write_csv
from planner.export.ics import write_ics
from planner.export.pdf import write_pdf
from planner.export.xlsx import write_xlsx
from planner.studyplan import StudyPlan

# The translation context of the window's texts below.
CONTEXT = "export"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` for the window's translation in ``context``; the window translates it when shown."""
    return source


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name (the command line's ``--<name>``), its file extension, its writer
    and its texts."""

    name: str
    extension: str
    write: Callable[[StudyPlan, Path | str], None]
    help: str
    menu: str
    tip: str
    title: str
    filter: str
    written: str

    @property
    def action_name(self) -> str:
        """The object name of the window's menu action ('actionExportPdf'), for tests and settings."""
        return "actionExport" + self.name.capitalize()


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "pdf", ".pdf", write_pdf,
        help="also write the study plan as a PDF (A4, to print and sign)",
        menu=QT_TRANSLATE_NOOP("export", "Study Plan (&PDF)…"),
        tip=QT_TRANSLATE_NOOP("export", "Write the study plan to print and sign, in the interface language"),
        title=QT_TRANSLATE_NOOP("export", "Export Study Plan"),
        filter=QT_TRANSLATE_NOOP("export", "PDF documents (*.pdf)"),
        written=QT_TRANSLATE_NOOP("export", "Study plan written to {file}"),
    ),
    ExportFormat(
        "ics", ".ics", write_ics,
        help="also write the weekly sessions as an iCalendar file",
        menu=QT_TRANSLATE_NOOP("export", "&Calendar (.ics)…"),
        tip=QT_TRANSLATE_NOOP("export", "Write the weekly sessions for a calendar app"),
        title=QT_TRANSLATE_NOOP("export", "Export Calendar"),
        filter=QT_TRANSLATE_NOOP("export", "Calendars (*.ics)"),
        written=QT_TRANSLATE_NOOP("export", "Calendar written to {file}"),
    ),
    ExportFormat(
        "csv", ".csv", write_csv,
        help="also write the modules as a CSV spreadsheet",
        menu=QT_TRANSLATE_NOOP("export", "Route &Table (CSV)…"),
        tip=QT_TRANSLATE_NOOP("export", "Write one row per module for a spreadsheet"),
        title=QT_TRANSLATE_NOOP("export", "Export Route Table"),
        filter=QT_TRANSLATE_NOOP("export", "Spreadsheets (*.csv)"),
        written=QT_TRANSLATE_NOOP("export", "Route table written to {file}"),
    ),
    ExportFormat(
        "xlsx", ".xlsx", write_xlsx,
        help="also write the modules as an Excel workbook (dates, hours and euros as typed cells)",
        menu=QT_TRANSLATE_NOOP("export", "Route Table (E&xcel)…"),
        tip=QT_TRANSLATE_NOOP("export", "Write one row per module as an Excel workbook, with dates and amounts as numbers"),
        title=QT_TRANSLATE_NOOP("export", "Export Route Table"),
        filter=QT_TRANSLATE_NOOP("export", "Excel workbooks (*.xlsx)"),
        written=QT_TRANSLATE_NOOP("export", "Route table written to {file}"),
    ),
)


def by_name(name: str) -> ExportFormat:
    """The format called ``name`` ('pdf'); :class:`KeyError` for an unknown one."""
    for f in FORMATS:
        if f.name == name:
            return f
    raise KeyError(name)
