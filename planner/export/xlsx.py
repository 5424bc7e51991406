"""The study plan as an Excel workbook (.xlsx), written with openpyxl: the CSV's columns with typed
cells, so a spreadsheet sorts and sums them without conversion.

Dates are dates (shown as 7-9-2026 or 9/7/2026 as the reader's spreadsheet likes), hours, EC and
euros are numbers with a number format; the header row is bold, stays in view when scrolling
(frozen panes) and has a filter; columns are wide enough for their texts. Texts are stored as
texts: one that starts like a formula stays a text and is never run.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from planner.export.csv import COLUMNS
from planner.fileio import write_file
from planner.studyplan import ModuleRow, StudyPlan

#: Number formats by column (Excel codes; the reader's spreadsheet shows its own decimal sign).
FORMATS = {
    "col.start": "d mmm yyyy",
    "col.end": "d mmm yyyy",
    "col.hours_week": "0.##",
    "col.ec": "0.00",
    "col.cost": '"€" #,##0',
}
#: Widths of the columns in characters: long texts wrap instead of widening the sheet.
WIDTHS = {"col.title": 40, "col.offering": 36, "col.outcomes": 60, "col.taught": 40, "col.assessed": 40}
MAX_WIDTH = 60


def _values(m: ModuleRow) -> list[object]:
    return [
        m.title, m.offering_name, m.mode_label, m.place or "", m.start, m.end, "; ".join(m.session_labels),
        m.hours_per_week, round(m.ec, 2), m.cost, "; ".join(m.outcomes), "; ".join(m.flags), m.taught, m.assessed,
    ]


def _text(cell: Cell) -> None:
    """Keep a text a text: openpyxl would store '=…' as a formula."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def build_workbook(study_plan: StudyPlan) -> Workbook:
    """The workbook: one sheet named after the document, a header row, one row per module."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new workbook has one sheet
    ws.title = study_plan.title[:31]
    wb.properties.title = f"{study_plan.title} — {study_plan.learner_name}"[:255]
    wb.properties.creator = "Leerroute"
    wb.properties.language = study_plan.language
    header = [study_plan.label(key) for key in COLUMNS]
    ws.append(header)
    for m in study_plan.modules:
        ws.append(_values(m))
    bold = Font(bold=True)
    shade = PatternFill("solid", start_color="E8E8E8")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = shade
        _text(cell)
    for index, key in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        longest = max([len(header[index - 1])] + [len(str(c.value or "")) for c in ws[letter][1:]])
        ws.column_dimensions[letter].width = min(WIDTHS.get(key, longest + 2), MAX_WIDTH, max(longest + 2, 8))
        for cell in ws[letter][1:]:
            if key in FORMATS:
                cell.number_format = FORMATS[key]
            else:
                _text(cell)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"  # the header and the module's title stay in view
    ws.auto_filter.ref = ws.dimensions
    return wb


def render_xlsx(study_plan: StudyPlan) -> bytes:
    """The workbook of a study plan, as bytes."""
    buf = io.BytesIO()
    build_workbook(study_plan).save(buf)
    return buf.getvalue()


def write_xlsx(study_plan: StudyPlan, path: Path | str) -> None:
    """Write the study plan's workbook to ``path`` atomically.

    Raises :class:`~planner.errors.ExportError` when the path cannot be written.
    """
    write_file(path, render_xlsx(study_plan))
