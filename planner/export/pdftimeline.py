"""The timeline picture of the printed study plan: one bar per module on a month axis, weeks
without study shaded, milestone targets and the weeks the route reaches them, and a legend."""

from __future__ import annotations

import datetime as dt

from planner import formatting as fmt
from planner.export.pdfpage import INK, MARGIN, MODE_FILL, MUTED, RULE, SHADE, WIDTH, Document
from planner.formatting import mode_label
from planner.models import Mode
from planner.studyplan import StudyPlan


def _month_ticks(first: dt.date, last: dt.date) -> tuple[list[dt.date], int]:
    """First days of the months between two dates, and the step in months between labelled ticks."""
    months = []
    day = first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    step = 1 if len(months) <= 15 else 3 if len(months) <= 45 else 12
    return months, step


def _bar(pdf: Document, x: float, y: float, w: float, h: float, mode: Mode) -> None:
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


def _diamond(pdf: Document, x: float, y: float, r: float, filled: bool) -> None:
    pdf.set_draw_color(INK)
    pdf.set_fill_color(INK if filled else 255)
    pdf.set_line_width(0.25)
    pdf.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], style="DF")


def _triangle(pdf: Document, x: float, y: float, r: float) -> None:
    pdf.set_draw_color(INK)
    pdf.set_fill_color(255)
    pdf.set_line_width(0.25)
    pdf.polygon([(x - r, y - r), (x + r, y - r), (x, y + r)], style="DF")


def timeline(pdf: Document, sp: StudyPlan) -> None:
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
