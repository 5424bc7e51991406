"""The study plan as a spreadsheet: one row per planned module, a header row in the plan's language.

The file follows the spreadsheet convention of the plan's language, so a double click opens it in
columns: Dutch uses ';' between cells and a decimal comma (0,43), English ',' and a decimal point
(0.43). Numbers have no grouping and costs are euros without a currency sign; dates are ISO
(2026-09-07), which spreadsheets in both languages read as dates. Texts (titles, offering, mode,
sessions, outcomes) are in the plan's language; several values in one cell are separated by '; '.
The file is UTF-8 with a byte-order mark, so spreadsheet programs read the diacritics right. A text
that starts like a formula (``=``, ``+``, ``-``, ``@``, a tab or CR) gets a ``'`` in front, so a
spreadsheet shows it and never runs it.
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


#: Cell separator and decimal sign per language (what the language's spreadsheet programs expect).
CONVENTION = {"nl": (";", ","), "en": (",", ".")}


def plain_number(value: float, language: str = "en") -> str:
    """A number as plain decimal text: at most 2 decimals, no grouping, the language's decimal sign.

    >>> plain_number(0.4286), plain_number(4950.0), plain_number(2.5, "nl")
    ('0.43', '4950', '2,5')
    """
    text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
    text = "0" if text in ("", "-0") else text
    return text.replace(".", CONVENTION.get(language, CONVENTION["en"])[1])


#: What a spreadsheet takes for the start of a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(cell: str) -> str:
    """A text cell a spreadsheet shows as text, never runs: one starting like a formula gets a ``'``
    in front (the OWASP rule; spreadsheets hide that quote).

    >>> neutral("=HYPERLINK(\\"http://x\\")"), neutral("Databases"), neutral("-")
    ('\\'=HYPERLINK("http://x")', 'Databases', "'-")
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _row(m: ModuleRow, language: str) -> list[str]:
    texts = [m.title, m.offering_name, m.mode_label, m.place or ""]
    return [
        *map(neutral, texts), m.start.isoformat(), m.end.isoformat(),
        neutral("; ".join(m.session_labels)), plain_number(m.hours_per_week, language),
        plain_number(m.ec, language), plain_number(m.cost, language), neutral("; ".join(m.outcomes)), neutral("; ".join(m.flags)), neutral(m.taught),
        neutral(m.assessed),
    ]


def render_csv(study_plan: StudyPlan) -> str:
    """The CSV text (without byte-order mark) of a study plan: a header row, then one row per module."""
    buf = io.StringIO()
    separator = CONVENTION.get(study_plan.language, CONVENTION["en"])[0]
    writer = csv.writer(buf, delimiter=separator, lineterminator="\r\n")
    writer.writerow([neutral(study_plan.label(key)) for key in COLUMNS])
    for m in study_plan.modules:
        writer.writerow(_row(m, study_plan.language))
    return buf.getvalue()


def write_csv(study_plan: StudyPlan, path: Path | str) -> None:
    """Write the study plan's CSV (UTF-8 with byte-order mark) to ``path`` atomically.

    Raises :class:`~planner.errors.ExportError` when the path cannot be written.
    """
    write_file(path, render_csv(study_plan).encode("utf-8-sig"))
