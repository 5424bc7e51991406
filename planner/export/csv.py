"""The study plan as a spreadsheet: one row per planned module, a header row in the plan's language.

Values are for machines as much as for people: ISO dates (2026-09-07), plain decimal numbers with
a point (0.43, 4950), costs in euros without a currency sign (an empty cell when no price was published:
unknown, not 0). Texts (titles, mode, sessions,
outcomes) are in the plan's language; several values in one cell are separated by '; '. The file is
UTF-8 with a byte-order mark, so spreadsheet programs read the diacritics right. A text that starts
like a formula (``=``, ``+``, ``-``, ``@``, a tab or CR) gets a ``'`` in front, so a spreadsheet
shows it and never runs it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from planner.fileio import write_file
from planner.studyplan import ModuleRow, StudyPlan

#: Label keys of the columns, in order.
COLUMNS = (
    "col.title", "col.offering", "col.mode", "col.place", "col.start", "col.end", "col.sessions",
    "col.hours_week", "col.ec", "col.cost", "col.outcomes", "col.flags", "col.taught", "col.assessed",
)


def plain_number(value: float) -> str:
    """A number as plain decimal text for machines: at most 2 decimals, no grouping, '.' as point.

    >>> plain_number(0.4286), plain_number(4950.0), plain_number(2.5)
    ('0.43', '4950', '2.5')
    """
    text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


#: What a spreadsheet takes for the start of a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(cell: str) -> str:
    """A text cell a spreadsheet shows as text, never runs: one starting like a formula gets a ``'``
    in front (the OWASP rule; spreadsheets hide that quote).

    >>> neutral("=HYPERLINK(\\"http://x\\")"), neutral("Databases"), neutral("-")
    ('\\'=HYPERLINK("http://x")', 'Databases', "'-")
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _row(m: ModuleRow) -> list[str]:
    texts = [m.title, m.offering_id, m.mode_label, m.place or ""]
    return [
        *map(neutral, texts), m.start.isoformat(), m.end.isoformat(),
        neutral("; ".join(m.session_labels)), plain_number(m.hours_per_week), plain_number(m.ec),
        plain_number(m.cost) if m.cost_known else "", neutral("; ".join(m.outcomes)), neutral("; ".join(m.flags)), neutral(m.taught),
        neutral(m.assessed),
    ]


def render_csv(study_plan: StudyPlan) -> str:
    """The CSV text (without byte-order mark) of a study plan: a header row, then one row per module."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([neutral(study_plan.label(key)) for key in COLUMNS])
    for m in study_plan.modules:
        writer.writerow(_row(m))
    return buf.getvalue()


def write_csv(study_plan: StudyPlan, path: Path | str) -> None:
    """Write the study plan's CSV (UTF-8 with byte-order mark) to ``path`` atomically.

    Raises :class:`~planner.errors.ExportError` when the path cannot be written.
    """
    write_file(path, render_csv(study_plan).encode("utf-8-sig"))
