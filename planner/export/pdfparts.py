"""The sections of the printed study plan, in the order they are printed: heading, totals, module
table, how taught and assessed, milestones, proven outcomes, assumptions (a list other parts of the
planner append to in :mod:`planner.studyplan`), notes with ruled room, and signature lines."""

from __future__ import annotations

from collections.abc import Sequence

from fpdf import FontFace
from fpdf.enums import TableBordersLayout

from planner.export.pdfpage import FONT, INK, MARGIN, MUTED, RULE, SHADE, WIDTH, Document
from planner.studyplan import StudyPlan


def heading(pdf: Document, sp: StudyPlan) -> None:
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
    # who else is involved, by name (the learner's name is the heading above)
    for party in sp.parties:
        if party.role == "advisor" and party.name:
            rows.append((sp.label("head.advisor"), party.name))
        if party.role == "advisor" and party.organisation:
            rows.append((sp.label("head.institution"), party.organisation))
        if party.role == "employer" and party.name:
            rows.append((sp.label("head.employer"), party.name))
    _key_values(pdf, rows, key_width=30, size=9.5)


def _key_values(pdf: Document, rows: Sequence[tuple[str, str]], key_width: float, size: float = 9) -> None:
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


def totals(pdf: Document, sp: StudyPlan) -> None:
    if sp.totals is None:
        return
    t = sp.totals
    figures = [
        (sp.label("total.finish"), t.finish_text),
        (sp.label("total.modules"), str(t.modules)),
        (sp.label("total.ec"), t.ec_text),
        (sp.label("total.hours"), t.hours_text),
        (sp.label("total.cost"), t.cost_text),
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
    pdf.font(9)


def _table(
    pdf: Document,
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


def modules(pdf: Document, sp: StudyPlan) -> None:
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
            title, m.offering_name, m.where.replace(", ", ",\n", 1),
            f"{m.start_text} –\n{m.end_text}",
            "\n".join(m.session_labels) or sp.label("sessions.none"), m.hours_per_week_text, m.ec_text, m.cost_text,
        ])
    _table(pdf, header, rows, widths=(44, 32, 20, 21, 25, 14, 9, 15),
           aligns=("LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"))


def how(pdf: Document, sp: StudyPlan) -> None:
    """How each module is taught and assessed (docs/hoe.md)."""
    if not sp.modules:
        return
    pdf.section(sp.label("section.how"))
    header = [sp.label(k) for k in ("col.title", "col.taught", "col.assessed")]
    rows = [[m.title, m.taught.replace("; ", ";\n"), m.assessed.replace("; ", ";\n")] for m in sp.modules]
    _table(pdf, header, rows, widths=(60, 60, 60), aligns=("LEFT", "LEFT", "LEFT"))


def milestones(pdf: Document, sp: StudyPlan) -> None:
    pdf.section(sp.label("section.milestones"))
    if not sp.milestones:
        pdf.multi_cell(WIDTH, 5, sp.label("ms.none"), new_x="LMARGIN", new_y="NEXT")
        return
    header = [sp.label(k) for k in ("col.milestone", "col.target", "col.reached", "col.result")]
    rows = [
        [m.title + f"\n· {sp.label('ms.hard' if m.hard else 'ms.aim')}", m.target_text, m.reached_text, m.result_text]
        for m in sp.milestones
    ]
    _table(pdf, header, rows, widths=(92, 28, 28, 32), aligns=("LEFT",) * 4, size=8)


def proven(pdf: Document, sp: StudyPlan) -> None:
    pdf.section(sp.label("section.proven"))
    if not sp.proven:
        pdf.multi_cell(WIDTH, 5, sp.label("proven.none"), new_x="LMARGIN", new_y="NEXT")
        return
    header = [sp.label(k) for k in ("col.outcome", "col.evidence", "col.note")]
    rows = [[p.title, p.evidence_label, p.note] for p in sp.proven]
    _table(pdf, header, rows, widths=(92, 40, 48), aligns=("LEFT",) * 3, size=7.5)


def assumptions(pdf: Document, sp: StudyPlan) -> None:
    pdf.section(sp.label("section.assumptions"))
    rows = [(a.label, a.value) for a in sp.assumptions]
    rows.append((sp.label("asm.catalogues"), "\n".join(c.text for c in sp.catalogues)))
    _key_values(pdf, rows, key_width=45, size=8.5)


def notes(pdf: Document, sp: StudyPlan) -> None:
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


def signatures(pdf: Document, sp: StudyPlan) -> None:
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
        # under the role: the organisation signed for (the provider's or employer's name, the advisor's institution)
        pdf.cell(w, 4, pdf.fit(party.name if party.role in ("provider", "employer") else party.organisation, w))
        for k, key in enumerate(("sign.name", "sign.date", "sign.signature")):
            ly = y + 16 + k * 9
            pdf.font(7, grey=MUTED)
            pdf.set_xy(x, ly - 3.6)
            pdf.cell(w, 3.4, sp.label(key))
            if key == "sign.name" and party.role in ("learner", "advisor"):
                pdf.font(9)
                pdf.set_xy(x + 16, ly - 4.2)
                pdf.cell(w - 16, 4, pdf.fit(party.name, w - 16))
            pdf.set_draw_color(INK)
            pdf.set_line_width(0.25)
            extra = 6 if key == "sign.signature" else 0
            pdf.line(x, ly + 0.8 + extra, x + w, ly + 0.8 + extra)
    pdf.set_xy(MARGIN, top + rows * block)
