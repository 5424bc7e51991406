"""A week of the route as a calendar: free windows shaded, sessions of running modules as blocks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.models import Learner, Weekday, week_start
from planner.plan import Plan
from ui import language
from ui.palette import FREE, GRID, day_name, fmt_date, mode_colour
from ui.plaintext import plain_tip

FIRST_HOUR, LAST_HOUR = 7, 23


def day_index(day: Weekday | str) -> int:
    """Monday 0 … Sunday 6."""
    return Weekday(day).number


def day_names() -> list[str]:
    return [day_name(i) for i in range(7)]


def session_text(start: dt.time, end: dt.time, title: str) -> str:
    """What a session block says; the time may wrap after its dash (a zero-width space), so a narrow
    block shows "19:00–" and "21:30" instead of cutting off the last digit."""
    return f"{start:%H:%M}–\u200b{end:%H:%M}\n{title}"


def fit_words(text: str, fm: QFontMetrics, width: float) -> str:
    """The block's text with every title word that is wider than the block elided ("oriën…"): word
    wrap breaks such a word anywhere ("werkvel" / "d"), which reads as a mistake. The time line keeps
    its own break after the dash; the whole text is in the block's tip."""
    time_line, _, title = text.partition("\n")
    words = [w if fm.horizontalAdvance(w) <= width else fm.elidedText(w, Qt.TextElideMode.ElideRight, int(width))
             for w in title.split(" ")]
    return f"{time_line}\n{' '.join(words)}" if title else time_line


def sessions_in_week(plan: Plan, week: int) -> list[tuple[int, dt.time, dt.time, str, str]]:
    """(day index, start, end, title, mode) of every session that takes place in ``week``."""
    out = []
    for item in plan.items:
        if not item.start_week <= week < item.end_week:
            continue
        for s in item.sessions:
            if (week - item.start_week) % s.every_weeks == 0:
                out.append((day_index(s.day), s.start, s.end, language.item_title(item), str(item.mode)))
    return out


class WeekCanvas(QWidget):
    """The painted week: days across, hours down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekCanvas")
        self.setAccessibleName(self.tr("Sessions this week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sessions: list[tuple[int, dt.time, dt.time, str, str]] = []
        self.free: list[tuple[int, dt.time, dt.time]] = []
        self._blocks: list[tuple[QRectF, str]] = []  # painted session blocks and their full text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            # a narrow block shows only the lines that fit: its tip has the whole text
            pos = QPointF(event.pos())  # type: ignore[attr-defined]
            text = next((t for r, t in self._blocks if r.contains(pos)), "")
            if text:
                QToolTip.showText(event.globalPos(), plain_tip(text), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:
        return QSize(700, 480)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        fm = QFontMetrics(self.font())
        left, top = fm.horizontalAdvance("00:00") + 12, fm.height() + 8
        cw = (self.width() - left - 6) / 7
        hours = LAST_HOUR - FIRST_HOUR
        rh = (self.height() - top - 6) / hours

        def y(t: dt.time) -> float:
            return top + ((t.hour + t.minute / 60) - FIRST_HOUR) * rh

        for day, start, end in self.free:
            p.fillRect(QRectF(left + day * cw, y(start), cw, y(end) - y(start)), FREE)
        p.setPen(QPen(GRID))
        for h in range(hours + 1):
            yy = top + h * rh
            p.drawLine(int(left), int(yy), self.width() - 6, int(yy))
            p.setPen(QColor("#555555"))
            p.drawText(QRectF(0, yy - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{FIRST_HOUR + h:02d}:00")
            p.setPen(QPen(GRID))
        for d, name in enumerate(day_names()):
            x = left + d * cw
            p.drawLine(int(x), top, int(x), self.height() - 6)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(x, 2, cw, fm.height() + 4), Qt.AlignmentFlag.AlignCenter, name)
            p.setPen(QPen(GRID))
        p.drawLine(int(left + 7 * cw), top, int(left + 7 * cw), self.height() - 6)
        # overlapping sessions on one day share the column side by side
        self._blocks = []
        by_day: dict[int, list[tuple[dt.time, dt.time, str, str]]] = {}
        for day, start, end, title, mode in self.sessions:
            by_day.setdefault(day, []).append((start, end, title, mode))
        for day, sessions in by_day.items():
            n = len(sessions)
            for k, (start, end, title, mode) in enumerate(sorted(sessions)):
                r = QRectF(left + day * cw + 2 + k * (cw - 4) / n, y(start) + 1, (cw - 4) / n - 1, y(end) - y(start) - 2)
                colour = mode_colour(mode)
                p.fillRect(r, colour)
                p.setPen(QPen(colour.darker(150)))
                p.drawRect(r)
                p.setPen(QColor("#111111"))
                text = session_text(start, end, title)
                self._blocks.append((r, text.replace("\u200b", "")))
                inner = r.adjusted(3, 2, -3, -2)
                # whole lines only: a line cut in half at the block's bottom reads as a glitch
                inner.setHeight(max(fm.lineSpacing(), inner.height() // fm.lineSpacing() * fm.lineSpacing()))
                p.drawText(inner, Qt.TextFlag.TextWordWrap, fit_words(text, fm, inner.width()))
        if not self.sessions:
            p.setPen(QColor("#777777"))
            p.drawText(QRectF(left, top, 7 * cw, hours * rh), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No sessions this week: self-paced study only."))
        p.end()


class WeekCalendar(QWidget):
    """Week chooser plus the painted week."""

    weekChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekCalendar")
        self._plan: Plan | None = None
        self._learner: Learner | None = None
        self.week = QSpinBox(self)
        self.week.setObjectName("calendarWeek")
        self.week.setAccessibleName(self.tr("Week of your route"))
        self.week.setRange(0, 0)
        self.dates = QLabel(self)
        self.canvas = WeekCanvas(self)
        self._week_chosen = False  # the user picked a week: keep it across new routes
        self._setting = False
        top = QHBoxLayout()
        label = QLabel(self.tr("Route &week:"), self)
        label.setBuddy(self.week)
        top.addWidget(label)
        top.addWidget(self.week)
        top.addWidget(self.dates, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.canvas, 1)
        self.week.valueChanged.connect(self._refresh)
        self.week.valueChanged.connect(self._chosen)

    def _chosen(self) -> None:
        if not self._setting:
            self._week_chosen = True

    def set_data(self, plan: Plan | None, learner: Learner | None) -> None:
        self._plan, self._learner = plan, learner
        last = max([i.end_week for i in plan.items], default=1) - 1 if plan else 0
        self._setting = True
        try:
            self.week.setRange(0, max(0, last))
            if plan and plan.items and not self._week_chosen:
                # until the user picks a week, show the route's first week with sessions, where the
                # calendar says most (a better route may start its sessions in another week)
                weeks = [w for w in range(last + 1) if sessions_in_week(plan, w)]
                if weeks:
                    self.week.setValue(weeks[0])
        finally:
            self._setting = False
        self._refresh()

    def _refresh(self) -> None:
        w = self.week.value()
        plan = self._plan
        self.canvas.sessions = sessions_in_week(plan, w) if plan else []
        self.canvas.free = [(day_index(t.day), t.start, t.end) for t in self._learner.availability] \
            if self._learner else []
        if plan:
            monday = week_start(plan.start_date, w)
            # short dates: the long form ('maandag 7 september 2026 – zondag …') was cut in a narrow window
            self.dates.setText(self.tr("{first} – {last}").format(
                first=f"{day_name(0)} {fmt_date(monday)}", last=f"{day_name(6)} {fmt_date(monday + dt.timedelta(days=6))}"))
        else:
            self.dates.clear()
        self.canvas.update()
        self.weekChanged.emit(w)
