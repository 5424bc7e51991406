"""Scenarios side by side as one printable page (A4 landscape PDF, fpdf2, no Qt).

The window gathers what its Compare tab shows — the measures of each scenario's route, what each
scenario asked for, why one has no route — as texts in the interface language (a
:class:`ComparisonSheet`); this module only lays them out: a heading, one table (the best value of a
result in bold, the asked-for rows that differ shaded and marked), the sentences on missing routes and a
legend. It shares the study plan's bundled font and fallbacks (:mod:`planner.export.glyphs`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableBordersLayout

from planner.errors import ExportError
from planner.export.glyphs import UnprintableError, install_fonts
from planner.export.pdfpage import FONT, FONT_FILES
from planner.fileio import write_file

MARGIN = 12.0
PAGE_W, PAGE_H = 297.0, 210.0
WIDTH = PAGE_W - 2 * MARGIN
INK, MUTED, RULE, SHADE, DIFFERS, BEST = 0, 90, 150, 232, 222, 240


@dataclass
class SheetRow:
    """One line of the table: a measure (or something asked for) and a text per scenario."""

    name: str
    cells: list[str]
    best: list[bool] = field(default_factory=list)  # the best value of a result, per scenario
    asked: bool = False  # what the scenario asked for, not what came of it
    differ: bool = False  # asked differently by the scenarios


@dataclass
class ComparisonSheet:
    """Everything the page says, already in words of one language."""

    title: str
    subtitle: str  # the learner, and when the page was made
    scenarios: list[str]
    rows: list[SheetRow]
    asked_heading: str  # above the rows of what each scenario asked for
    notes: list[str] = field(default_factory=list)  # why a scenario has no route, one sentence each
    legend: str = ""
    footer: str = ""


class _Page(FPDF):
    def __init__(self, sheet: ComparisonSheet) -> None:
        super().__init__(orientation="L", unit="mm", format="A4")
        install_fonts(self, FONT, FONT_FILES, sheet)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(False)
        self.set_title(sheet.title)
        self.set_author("Leerroute")
        self.set_creator("Leerroute")
        self.footer_text = sheet.footer

    def footer(self) -> None:
        if self.footer_text:
            self.set_y(-9)
            self.set_font(FONT, "", 7)
            self.set_text_color(MUTED)
            self.cell(0, 4, self.footer_text, align="L")


def _table(pdf: _Page, sheet: ComparisonSheet, size: float) -> None:
    n = len(sheet.scenarios)
    name_w = min(60.0, WIDTH * 0.28)
    widths = (name_w, *([(WIDTH - name_w) / max(n, 1)] * n))
    heading = FontFace(family=FONT, emphasis="BOLD", size_pt=size, color=INK, fill_color=SHADE)
    bold = FontFace(family=FONT, emphasis="BOLD", size_pt=size, fill_color=BEST)
    shaded = FontFace(family=FONT, size_pt=size, fill_color=DIFFERS)
    italic = FontFace(family=FONT, size_pt=size, color=MUTED)
    pdf.set_font(FONT, "", size)
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.15)
    with pdf.table(col_widths=widths, width=WIDTH, align="LEFT", headings_style=heading,
                   text_align=("LEFT", *(["CENTER"] * n)), borders_layout=TableBordersLayout.HORIZONTAL_LINES,
                   line_height=size * 0.45, padding=(0.8, 1.2, 0.8, 1.2), v_align="MIDDLE") as table:
        head = table.row()
        head.cell("")
        for name in sheet.scenarios:
            head.cell(name)
        asked_started = False
        for r in sheet.rows:
            if r.asked and not asked_started:
                asked_started = True
                sub = table.row()
                sub.cell(sheet.asked_heading, colspan=n + 1, style=heading)
            row = table.row()
            row.cell(r.name, style=shaded if r.differ else (italic if r.asked else None))
            for i, text in enumerate(r.cells):
                best = i < len(r.best) and r.best[i]
                row.cell(text, style=bold if best else (shaded if r.differ else None))


def render_comparison(sheet: ComparisonSheet) -> bytes:
    """The comparison as PDF bytes: one A4 landscape page (the table's type shrinks to fit it)."""
    for size in (9.0, 8.0, 7.0, 6.0, 5.5):
        pdf = _Page(sheet)
        pdf.add_page()
        pdf.set_font(FONT, "B", 14)
        pdf.set_text_color(INK)
        pdf.multi_cell(WIDTH, 7, sheet.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 9)
        pdf.set_text_color(MUTED)
        pdf.multi_cell(WIDTH, 4.5, sheet.subtitle, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_text_color(INK)
        _table(pdf, sheet, size)
        pdf.ln(3)
        pdf.set_font(FONT, "", size)
        for note in sheet.notes:
            pdf.multi_cell(WIDTH, size * 0.5, note, new_x="LMARGIN", new_y="NEXT")
        if sheet.legend:
            pdf.ln(1)
            pdf.set_text_color(MUTED)
            pdf.multi_cell(WIDTH, size * 0.5, sheet.legend, new_x="LMARGIN", new_y="NEXT")
        if pdf.page == 1 and pdf.get_y() <= PAGE_H - 10:
            return bytes(pdf.output())
    raise ExportError("the comparison does not fit on one page; compare fewer scenarios", "", "size")


def write_comparison(sheet: ComparisonSheet, path: Path | str) -> None:
    """Write the comparison page to ``path`` atomically; :class:`ExportError` when it cannot be."""
    try:
        data = render_comparison(sheet)
    except UnprintableError as exc:
        raise ExportError(f"{path}: not written: no font at hand can draw {exc}; install a font that has them "
                          "and export again", str(path), "glyphs", detail=str(exc)) from None
    except ExportError as exc:
        raise ExportError(f"{path}: not written: {exc}", str(path), "size") from None
    write_file(path, data)
