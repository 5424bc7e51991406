"""The page of the printed study plan: A4 with margins, the running header and the page-number
footer, the bundled font, grey levels, and the small drawing tools the parts of the plan share
(:mod:`planner.export.pdfparts`, :mod:`planner.export.pdftimeline`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fpdf import FPDF

from planner.export.glyphs import install_fonts
from planner.models import Mode
from planner.studyplan import StudyPlan

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVuSansCondensed"
FONT_FILES = {"": FONT_DIR / "DejaVuSansCondensed.ttf", "B": FONT_DIR / "DejaVuSansCondensed-Bold.ttf"}

MARGIN = 15.0
WIDTH = 210.0 - 2 * MARGIN
BOTTOM = 18.0

INK = 0
MUTED = 90
RULE = 150
SHADE = 232

#: Fill of a timeline bar per mode, in grey levels (None: hatched), chosen to differ in black and white.
MODE_FILL: dict[Mode, int | None] = {Mode.CAMPUS: 70, Mode.HYBRID: 175, Mode.ONLINE: 255, Mode.WORKPLACE: None}


class Document(FPDF):
    """An A4 page with the plan's running header and the page-number footer."""

    def __init__(self, sp: StudyPlan) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.sp = sp
        install_fonts(self, FONT, FONT_FILES, sp)  # bundled, shaped, with system fallbacks (glyphs.py)
        self.set_margins(MARGIN, 14, MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.alias_nb_pages()
        self.set_title(f"{sp.title} — {sp.learner_name}")
        self.set_author("Leerroute")
        self.set_creator("Leerroute")
        self.set_lang(sp.language)
        self.set_creation_date(dt.datetime.combine(sp.generated, dt.time(12), tzinfo=dt.UTC))

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(FONT, "", 7.5)
        self.set_text_color(MUTED)
        self.set_xy(MARGIN, 8)
        self.cell(WIDTH, 4, f"{self.sp.title} — {self.sp.learner_name}", align="L")
        self.set_draw_color(RULE)
        self.set_line_width(0.2)
        self.line(MARGIN, 12.5, MARGIN + WIDTH, 12.5)
        self.set_xy(MARGIN, 16)
        self.set_text_color(INK)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(MUTED)
        self.cell(WIDTH * 0.7, 4, self.sp.label("footer.generated", date=self.sp.generated_text), align="L")
        self.cell(WIDTH * 0.3, 4, self.sp.label("footer.page", page=self.page_no(), pages="{nb}"), align="R")
        self.set_text_color(INK)

    # ------------------------------------------------------------------ small tools
    def font(self, size: float, bold: bool = False, grey: int = INK) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(grey)

    def room(self) -> float:
        """Height left above the bottom margin on this page."""
        return self.page_break_trigger - self.get_y()

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` millimetres still fit on this one."""
        if self.room() < height:
            self.add_page()

    def section(self, title: str, need: float = 30.0) -> None:
        """A section title, never alone at the foot of a page."""
        self.keep(need)
        self.ln(4)
        self.font(12, bold=True)
        self.cell(WIDTH, 7, title, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(INK)
        self.set_line_width(0.3)
        self.line(MARGIN, self.get_y(), MARGIN + WIDTH, self.get_y())
        self.ln(2.5)
        self.font(9)

    def fit(self, text: str, width: float) -> str:
        """``text``, shortened with '…' so it fits in ``width`` in the current font."""
        if self.get_string_width(text) <= width:
            return text
        while text and self.get_string_width(text + "…") > width:
            text = text[:-1]
        return text.rstrip() + "…"

    def lines_of(self, text: str, width: float, line: float) -> int:
        """How many lines ``text`` takes in a column of ``width`` in the current font."""
        lines = self.multi_cell(width, line, text, dry_run=True, output="LINES")
        return len(lines) if isinstance(lines, list) else 1

    @contextmanager
    def dashed(self, dash: float = 0.8, gap: float = 0.8) -> Iterator[None]:
        self.set_dash_pattern(dash=dash, gap=gap)
        try:
            yield
        finally:
            self.set_dash_pattern()
