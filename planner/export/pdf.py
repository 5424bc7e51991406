"""The study plan as a printable A4 PDF, drawn with fpdf2 — no Qt, so the command line can write it.

The layout only places what :class:`~planner.studyplan.StudyPlan` already says: a heading (learner,
goal, scenario, route status), the totals, a timeline picture (one bar per module on a month or
quarter axis, weeks without study shaded, milestones marked), the module table (its header repeated
on every page it spans), milestones, proven outcomes, assumptions with catalogue provenance, the
notes with ruled room for further agreements, and signature lines for every party. It reads in
black and white: modes differ by fill and hatching and are named in a legend and in the table.
Text is set in the bundled DejaVu Sans Condensed (Latin with Vietnamese, Greek, Cyrillic, Arabic and
Hebrew, shaped right to left), with a system font for what it lacks (:mod:`planner.export.glyphs`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableBordersLayout

from planner import formatting as fmt
from planner.errors import ExportError
from planner.export.glyphs import UnprintableError, install_fonts
from planner.fileio import write_file
from planner.formatting import mode_label
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


class _Document(FPDF):
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


# --------------------------------------------------------------------------- parts of the page


def _heading(pdf: _Document, sp: StudyPlan) -> None:
    pdf.font(20, bold=True)
    pdf.cell(WIDTH, 10, sp.title, new_x="LMARGIN", new_y="NEXT")
    pdf.font(14, bold=True)
    pdf.cell(WIDTH, 8, sp.learner_name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    # the kind of goal, unless the title already says it ('Associate degree ICT')
    said = not sp.goal_kind_label or sp.goal_kind_label.lower() in sp.goal_title.lower()
    goal = sp.goal_title + ("" if said else f" ({sp.goal_kind_label})")
    period = f"{sp.start_text} – {sp.totals.finish_text}" if sp.totals is not None and sp.modules else sp.start_text
    rows = [(sp.label("head.goal"), goal)]
    if sp.scenario:
        rows.append((sp.label("head.scenario"), sp.scenario))
    rows += [(sp.label("head.route"), sp.status_text), (sp.label("head.period"), period)]
    _key_values(pdf, rows, key_width=24, size=9.5)


def _key_values(pdf: _Document, rows: Sequence[tuple[str, str]], key_width: float, size: float = 9) -> None:
    """Label–value lines; long labels and values wrap within their own column."""
    line = size * 0.5
    for key, value in rows:
        pdf.font(size, bold=True)
        key_lines = pdf.lines_of(key, key_width - 2, line)
        pdf.font(size)
        value_lines = pdf.lines_of(value, WIDTH - key_width, line)
        height = max(key_lines, value_lines) * line
        pdf.keep(height + 1)
        y = pdf.get_y()
        pdf.font(size, bold=True, grey=MUTED)
        pdf.set_xy(MARGIN, y)
        pdf.multi_cell(key_width - 2, line, key, align="L")
        pdf.font(size)
        pdf.set_xy(MARGIN + key_width, y)
        pdf.multi_cell(WIDTH - key_width, line, value, align="L")
        pdf.set_xy(MARGIN, y + height + 0.8)


def _totals(pdf: _Document, sp: StudyPlan) -> None:
    if sp.totals is None:
        return
    t = sp.totals
    figures = [
        (sp.label("total.finish"), t.finish_text),
        (sp.label("total.modules"), str(t.modules)),
        (sp.label("total.ec"), t.ec_text),
        (sp.label("total.hours"), t.hours_text),
        (sp.label("total.cost"), t.known_cost_text + (" +" if t.unknown_prices else "") if t.known_cost_text else t.cost_text),
    ]
    pdf.ln(3)
    pdf.keep(18)
    y = pdf.get_y()
    w = WIDTH / len(figures)
    pdf.set_fill_color(SHADE)
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.2)
    pdf.rect(MARGIN, y, WIDTH, 14, style="DF")
    for i, (key, value) in enumerate(figures):
        x = MARGIN + i * w
        if i:
            pdf.line(x, y + 2, x, y + 12)
        pdf.set_xy(x, y + 1.8)
        pdf.font(7.5, grey=MUTED)
        pdf.cell(w, 4, key, align="C")
        pdf.set_xy(x, y + 6.3)
        pdf.font(11.5, bold=True)
        pdf.cell(w, 6, value, align="C")
    pdf.set_xy(MARGIN, y + 14)
    if t.unknown_text:  # prices not published: named under the box, with what the budget leaves for them
        pdf.font(8.5, grey=MUTED)
        pdf.multi_cell(WIDTH, 4.5, "; ".join(x for x in (t.unknown_text, t.budget_text) if x), align="R")
    pdf.font(9)


def _month_ticks(first: dt.date, last: dt.date) -> tuple[list[dt.date], int]:
    """First days of the months between two dates, and the step in months between labelled ticks."""
    months = []
    day = first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    step = 1 if len(months) <= 15 else 3 if len(months) <= 45 else 12
    return months, step


def _bar(pdf: _Document, x: float, y: float, w: float, h: float, mode: Mode) -> None:
    """A timeline bar filled (or hatched) for its mode; every bar has a black outline."""
    pdf.set_draw_color(INK)
    pdf.set_line_width(0.25)
    fill = MODE_FILL[mode]
    if fill is None:
        pdf.set_fill_color(255)
        pdf.rect(x, y, w, h, style="F")
        pdf.set_line_width(0.2)
        with pdf.rect_clip(x, y, w, h):
            step = 1.1
            k = 0.0
            while k < w + h:
                pdf.line(x + k - h, y + h, x + k, y)
                k += step
        pdf.set_line_width(0.25)
    else:
        pdf.set_fill_color(fill)
        pdf.rect(x, y, w, h, style="F")
    pdf.rect(x, y, w, h, style="D")


def _diamond(pdf: _Document, x: float, y: float, r: float, filled: bool) -> None:
    pdf.set_draw_color(INK)
    pdf.set_fill_color(INK if filled else 255)
    pdf.set_line_width(0.25)
    pdf.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], style="DF")


def _triangle(pdf: _Document, x: float, y: float, r: float) -> None:
    pdf.set_draw_color(INK)
    pdf.set_fill_color(255)
    pdf.set_line_width(0.25)
    pdf.polygon([(x - r, y - r), (x + r, y - r), (x, y + r)], style="DF")


def _timeline(pdf: _Document, sp: StudyPlan) -> None:
    rows = sp.modules
    if not rows:
        return
    milestones = sp.milestones
    first = min(r.start for r in rows)
    last = max([r.end for r in rows] + [m.target for m in milestones] + [m.reached for m in milestones if m.reached])
    months, step = _month_ticks(first, last)
    t0 = months[0]
    t1 = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    span = max(1, (t1 - t0).days)
    label_w = 50.0
    px = MARGIN + label_w + 2
    pw = WIDTH - label_w - 2
    n = len(rows) + len(milestones)
    pitch = 5.0 if n <= 22 else max(3.0, 110.0 / n)
    bar_h = pitch * 0.62
    axis_h = 9.0
    legend_h = 9.0
    height = axis_h + pitch * n + 2 + legend_h

    pdf.section(sp.label("section.timeline"), need=height + 14)
    top = pdf.get_y()

    def x_of(day: dt.date) -> float:
        return px + pw * (day - t0).days / span

    plot_top = top + axis_h
    plot_bottom = plot_top + pitch * n + 1

    # weeks without study, shaded behind everything
    pdf.set_fill_color(SHADE)
    for week in sorted(sp.no_study_weeks):
        monday = sp.week_origin + dt.timedelta(weeks=week)
        if monday < t0 or monday >= t1:
            continue
        pdf.rect(x_of(monday), plot_top, x_of(monday + dt.timedelta(days=7)) - x_of(monday), plot_bottom - plot_top, style="F")

    # month grid and labels
    pdf.set_line_width(0.1)
    year_shown = False
    for i, month in enumerate(months):
        x = x_of(month)
        on_step = (month.month - 1) % step == 0
        # the first month is labelled too, unless the next labelled tick is too close
        near = i == 0 and not on_step and any(
            (month.month - 1 + j) % step == 0 and x_of(months[i + j]) - x < 9 for j in range(1, min(step, len(months) - i))
        )
        labelled = on_step or (i == 0 and not near)
        pdf.set_draw_color(RULE if labelled else 215)
        pdf.line(x, plot_top - (1.5 if labelled else 0), x, plot_bottom)
        if labelled and x < px + pw - 4:
            pdf.font(6.5, grey=MUTED)
            pdf.set_xy(x, top + 0.5)
            pdf.cell(12, 3, _month_name(month, sp.language), align="L")
            if not year_shown or month.month == 1:
                year_shown = True
                pdf.set_xy(x, top + 3.6)
                pdf.font(6.5, bold=True, grey=MUTED)
                pdf.cell(12, 3, str(month.year), align="L")
    pdf.set_draw_color(INK)
    pdf.set_line_width(0.3)
    pdf.line(px, plot_top, px + pw, plot_top)

    # one bar per module
    y = plot_top + 0.5
    for r in rows:
        pdf.font(7)
        pdf.set_xy(MARGIN, y + (pitch - 3) / 2)
        pdf.cell(label_w, 3, pdf.fit(r.title, label_w), align="L")
        x0 = x_of(r.start)
        x1 = max(x_of(r.end + dt.timedelta(days=1)), x0 + 0.8)
        _bar(pdf, x0, y + (pitch - bar_h) / 2, x1 - x0, bar_h, r.mode)
        y += pitch

    # milestones: open triangle at the target, black diamond where the route reaches it
    if milestones:
        pdf.set_draw_color(RULE)
        pdf.set_line_width(0.2)
        pdf.line(MARGIN, y + 0.2, px + pw, y + 0.2)
    for m in milestones:
        cy = y + pitch / 2
        pdf.font(7, bold=True)
        pdf.set_xy(MARGIN, y + (pitch - 3) / 2)
        pdf.cell(label_w, 3, pdf.fit(m.title, label_w), align="L")
        if m.reached is not None:
            xr = x_of(m.reached + dt.timedelta(days=1))
            pdf.set_draw_color(MUTED)
            pdf.set_line_width(0.2)
            with pdf.dashed(0.6, 0.6):
                pdf.line(xr, plot_top, xr, cy)
        xt = x_of(m.target + dt.timedelta(days=1))
        _triangle(pdf, xt, cy, 1.3)
        if m.reached is not None:
            _diamond(pdf, x_of(m.reached + dt.timedelta(days=1)), cy, 1.4, filled=True)
        y += pitch

    # legend
    pdf.set_y(plot_bottom + 2.5)
    x = MARGIN
    ly = pdf.get_y()
    used = [mode for mode in MODE_FILL if any(r.mode == mode for r in rows)]
    for mode in used:
        _bar(pdf, x, ly + 0.4, 7, 2.6, mode)
        pdf.font(7)
        pdf.set_xy(x + 8, ly)
        text = mode_label(mode, sp.language)
        pdf.cell(pdf.get_string_width(text) + 1, 3.4, text)
        x += 8 + pdf.get_string_width(text) + 5
    if any(t0 <= sp.week_origin + dt.timedelta(weeks=w) < t1 for w in sp.no_study_weeks):
        pdf.set_fill_color(SHADE)
        pdf.rect(x, ly + 0.4, 7, 2.6, style="F")
        pdf.font(7)
        pdf.set_xy(x + 8, ly)
        text = sp.label("timeline.no_study")
        pdf.cell(pdf.get_string_width(text) + 1, 3.4, text)
        x += 8 + pdf.get_string_width(text) + 5
    if milestones:
        for draw, key in ((lambda cx: _triangle(pdf, cx, ly + 1.7, 1.2), "timeline.target"),
                          (lambda cx: _diamond(pdf, cx, ly + 1.7, 1.3, True), "timeline.milestone")):
            draw(x + 1.5)
            pdf.font(7)
            pdf.set_xy(x + 4, ly)
            text = sp.label(key)
            pdf.cell(pdf.get_string_width(text) + 1, 3.4, text)
            x += 4 + pdf.get_string_width(text) + 5
    pdf.set_xy(MARGIN, ly + legend_h - 3)
    pdf.font(9)


def _month_name(month: dt.date, language: str) -> str:
    """'sep' / 'Sep': the month of a date as the shared formatter writes it."""
    return fmt.date(month, language).split(" ")[1]


def _table(
    pdf: _Document,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    aligns: Sequence[str],
    size: float = 7.5,
) -> None:
    """A table with a grey header row repeated on every page it spans; rows never split."""
    pdf.font(size)
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.15)
    heading = FontFace(family=FONT, emphasis="BOLD", size_pt=size, color=INK, fill_color=SHADE)
    with pdf.table(
        col_widths=tuple(widths),
        width=WIDTH,
        align="LEFT",
        text_align=tuple(aligns),
        headings_style=heading,
        borders_layout=TableBordersLayout.HORIZONTAL_LINES,
        line_height=size * 0.47,
        padding=(1.0, 1.2, 1.0, 1.2),
        v_align="TOP",
        repeat_headings=1,
    ) as table:
        head = table.row()
        for text in header:
            head.cell(text)
        for values in rows:
            row = table.row()
            for text in values:
                row.cell(text)
    pdf.font(9)


def _modules(pdf: _Document, sp: StudyPlan) -> None:
    pdf.section(sp.label("section.modules"))
    if not sp.modules:
        pdf.multi_cell(WIDTH, 5, sp.label("modules.none"), new_x="LMARGIN", new_y="NEXT")
        return
    header = [sp.label(k) for k in ("col.title", "col.offering", "col.where", "col.dates", "col.sessions",
                                     "col.hours_week", "col.ec", "col.cost")]
    rows = []
    for m in sp.modules:
        title = m.title + "".join(f"\n· {f}" for f in m.flags)
        rows.append([
            title, _wrap_id(pdf, m.offering_id, 32 - 2.4, 7.5), m.where.replace(", ", ",\n", 1),
            f"{m.start_text} –\n{m.end_text}",
            "\n".join(m.session_labels) or sp.label("sessions.none"), m.hours_per_week_text, m.ec_text, m.cost_text,
        ])
    _table(pdf, header, rows, widths=(44, 32, 20, 21, 25, 14, 9, 15),
           aligns=("LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"))


def _how(pdf: _Document, sp: StudyPlan) -> None:
    """How each module is taught and assessed (docs/hoe.md)."""
    if not sp.modules:
        return
    pdf.section(sp.label("section.how"))
    header = [sp.label(k) for k in ("col.title", "col.taught", "col.assessed")]
    rows = [[m.title, m.taught.replace("; ", ";\n"), m.assessed.replace("; ", ";\n")] for m in sp.modules]
    _table(pdf, header, rows, widths=(60, 60, 60), aligns=("LEFT", "LEFT", "LEFT"))


def _wrap_id(pdf: _Document, identifier: str, width: float, size: float) -> str:
    """An id broken into lines after ':' or '-' so that each line fits ``width`` (ids have no spaces)."""
    pdf.font(size)
    parts: list[str] = []
    for chunk in identifier.replace(":", ":\0").replace("-", "-\0").split("\0"):
        if parts and pdf.get_string_width(parts[-1] + chunk) <= width:
            parts[-1] += chunk
        else:
            parts.append(chunk)
    return "\n".join(parts)


def _milestones(pdf: _Document, sp: StudyPlan) -> None:
    pdf.section(sp.label("section.milestones"))
    if not sp.milestones:
        pdf.multi_cell(WIDTH, 5, sp.label("ms.none"), new_x="LMARGIN", new_y="NEXT")
        return
    header = [sp.label(k) for k in ("col.milestone", "col.target", "col.reached", "col.result")]
    rows = [
        [m.title + (f"\n· {sp.label('ms.hard')}" if m.hard else ""), m.target_text, m.reached_text, m.result_text]
        for m in sp.milestones
    ]
    _table(pdf, header, rows, widths=(92, 28, 28, 32), aligns=("LEFT",) * 4, size=8)


def _proven(pdf: _Document, sp: StudyPlan) -> None:
    pdf.section(sp.label("section.proven"))
    if not sp.proven:
        pdf.multi_cell(WIDTH, 5, sp.label("proven.none"), new_x="LMARGIN", new_y="NEXT")
        return
    header = [sp.label(k) for k in ("col.outcome", "col.evidence", "col.note")]
    rows = [[p.title, p.evidence_label, p.note] for p in sp.proven]
    _table(pdf, header, rows, widths=(92, 40, 48), aligns=("LEFT",) * 3, size=7.5)


def _assumptions(pdf: _Document, sp: StudyPlan) -> None:
    pdf.section(sp.label("section.assumptions"))
    rows = [(a.label, a.value) for a in sp.assumptions]
    rows.append((sp.label("asm.catalogues"), "\n".join(c.text for c in sp.catalogues)))
    _key_values(pdf, rows, key_width=45, size=8.5)


def _notes(pdf: _Document, sp: StudyPlan) -> None:
    pdf.section(sp.label("section.notes"))
    pdf.font(9)
    pdf.multi_cell(WIDTH, 4.6, reflow(sp.notes) or sp.label("notes.none"), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    lines = 6
    pdf.keep(7 + lines * 8)
    pdf.font(9, bold=True, grey=MUTED)
    pdf.cell(WIDTH, 6, sp.label("section.agreements"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.2)
    y = pdf.get_y()
    for i in range(1, lines + 1):
        pdf.line(MARGIN, y + i * 8, MARGIN + WIDTH, y + i * 8)
    pdf.set_y(y + lines * 8 + 2)
    pdf.font(9)


def reflow(text: str) -> str:
    """Notes typed with hard line breaks, as paragraphs: a line joins the one before it unless
    either is empty or it starts a list item ('-', '*', '•', '1.').

    >>> reflow("one\\ntwo\\n\\n- a\\n- b")
    'one two\\n\\n- a\\n- b'
    """
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        item = line[:1] in ("-", "*", "•") or (line[:1].isdigit() and "." in line[:4])
        if out and out[-1] and line and not item:
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out).strip()


def _signatures(pdf: _Document, sp: StudyPlan) -> None:
    parties = sp.parties
    per_row = 3 if len(parties) >= 3 else max(1, len(parties))
    gap = 8.0
    w = (WIDTH - gap * (per_row - 1)) / per_row
    block = 44.0
    rows = (len(parties) + per_row - 1) // per_row
    pdf.section(sp.label("section.signatures"), need=14 + rows * block)
    top = pdf.get_y()
    for i, party in enumerate(parties):
        x = MARGIN + (i % per_row) * (w + gap)
        y = top + (i // per_row) * block
        pdf.set_xy(x, y)
        pdf.font(9.5, bold=True)
        pdf.cell(w, 5, party.role_label)
        pdf.set_xy(x, y + 5)
        pdf.font(8, grey=MUTED)
        pdf.cell(w, 4, pdf.fit(party.name, w) if party.role == "provider" else "")
        for k, key in enumerate(("sign.name", "sign.date", "sign.signature")):
            ly = y + 16 + k * 9
            pdf.font(7, grey=MUTED)
            pdf.set_xy(x, ly - 3.6)
            pdf.cell(w, 3.4, sp.label(key))
            if key == "sign.name" and party.role == "learner":
                pdf.font(9)
                pdf.set_xy(x + 16, ly - 4.2)
                pdf.cell(w - 16, 4, pdf.fit(party.name, w - 16))
            pdf.set_draw_color(INK)
            pdf.set_line_width(0.25)
            extra = 6 if key == "sign.signature" else 0
            pdf.line(x, ly + 0.8 + extra, x + w, ly + 0.8 + extra)
    pdf.set_xy(MARGIN, top + rows * block)


# --------------------------------------------------------------------------- the document


def render_pdf(study_plan: StudyPlan) -> bytes:
    """The study plan as PDF bytes (A4)."""
    pdf = _Document(study_plan)
    pdf.add_page()
    _heading(pdf, study_plan)
    _totals(pdf, study_plan)
    _timeline(pdf, study_plan)
    _modules(pdf, study_plan)
    _how(pdf, study_plan)
    _milestones(pdf, study_plan)
    _proven(pdf, study_plan)
    _assumptions(pdf, study_plan)
    _notes(pdf, study_plan)
    _signatures(pdf, study_plan)
    return bytes(pdf.output())


def write_pdf(study_plan: StudyPlan, path: Path | str) -> None:
    """Write the study plan as a PDF to ``path`` atomically.

    Raises :class:`~planner.errors.ExportError` when the path cannot be written, or (reason
    ``"glyphs"``) when no font at hand can draw some characters — then nothing is written.
    """
    try:
        data = render_pdf(study_plan)
    except UnprintableError as exc:
        raise ExportError(f"{path}: not written: no font at hand can draw {exc}; install a font that has them "
                          "(for example Noto Sans CJK for Chinese, Japanese or Korean) and export again",
                          str(path), "glyphs", detail=str(exc)) from None
    write_file(path, data)
