"""Weekly study load of the route against the learner's capacity (custom-painted bar chart)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.models import Learner, week_start
from planner.plan import Plan
from ui import language
from ui.palette import CAPACITY, GRID, fmt_date, fmt_number, mode_colour, mode_label
from ui.plaintext import plain_tip


def weekly_capacity(learner: Learner, weeks: int) -> list[float]:
    """Study hours available in each of the first ``weeks`` weeks (the planner's rule)."""
    return [learner.week_capacity(w) for w in range(weeks)]


def holiday_weeks(learner: Learner | None, weeks: int) -> set[int]:
    if learner is None:
        return set()
    return {w for w, h in enumerate(weekly_capacity(learner, weeks)) if h == 0}


class LoadChart(QWidget):
    """Stacked study hours per week, one colour per module mode, with the capacity as a red step line."""

    MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 48, 16, 28, 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadChart")
        self.setAccessibleName(self.tr("Weekly load against capacity"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._plan: Plan | None = None
        self._learner: Learner | None = None
        self.load: list[float] = []
        self.stacks: list[list[tuple[float, QColor, str]]] = []
        self.capacity: list[float] = []

    def sizeHint(self) -> QSize:
        return QSize(700, 320)

    def set_data(self, plan: Plan | None, learner: Learner | None) -> None:
        self._plan, self._learner = plan, learner
        items = plan.items if plan else []
        weeks = max([i.end_week for i in items], default=0) + 2
        self.stacks = [[] for _ in range(weeks)]
        self.capacity = weekly_capacity(learner, weeks) if learner else []
        for item in sorted(items, key=lambda i: i.start_week):
            for w in range(item.start_week, min(item.end_week, weeks)):
                if self.capacity and self.capacity[w] == 0:
                    continue  # nothing is studied in a holiday week
                self.stacks[w].append((item.hours_per_week, mode_colour(item.mode), language.item_title(item)))
        self.load = [sum(h for h, _, _ in s) for s in self.stacks]
        summary = self.tr("Highest weekly load {load} hours, capacity {cap} hours.").format(
            load=fmt_number(max(self.load, default=0)), cap=fmt_number(max(self.capacity, default=0)))
        self.setAccessibleDescription(summary)
        self.update()

    def _geometry(self) -> tuple[QRectF, float, float]:
        plot = QRectF(self.MARGIN_L, self.MARGIN_T, max(10, self.width() - self.MARGIN_L - self.MARGIN_R),
                      max(10, self.height() - self.MARGIN_T - self.MARGIN_B))
        top = max([*self.load, *self.capacity, 1.0]) * 1.15
        bar_w = plot.width() / max(1, len(self.stacks))
        return plot, top, bar_w

    def _text(self, p: QPainter, box: QRectF, flags: Qt.AlignmentFlag, text: str) -> None:
        """Draw ``text`` in ``box`` and note it with the room it needs (tests/ui/fit.py checks it)."""
        p.drawText(box, flags, text)
        fm = QFontMetrics(p.font())
        need = fm.horizontalAdvance(text)
        left = box.right() - need if flags & Qt.AlignmentFlag.AlignRight else box.center().x() - need / 2 \
            if flags & Qt.AlignmentFlag.AlignHCenter else box.left()
        self.drawn_texts.append((text, QRectF(left, box.top(), need, fm.height()), box))

    def paintEvent(self, event: QPaintEvent) -> None:
        self.drawn_texts: list[tuple[str, QRectF, QRectF]] = []  # what this paint wrote (tests/ui/fit.py)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if not self.stacks or not any(self.load):
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No route to show yet."))
            return
        plot, top, bar_w = self._geometry()
        fm = QFontMetrics(self.font())

        def y(v: float) -> float:
            return plot.bottom() - v / top * plot.height()

        step = 2 if top <= 16 else 5 if top <= 40 else 10
        p.setPen(QPen(GRID))
        v = 0
        while v <= top:
            p.setPen(QPen(GRID))
            p.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)))
            p.setPen(QColor("#444444"))
            self._text(p, QRectF(0, y(v) - fm.height() / 2, plot.left() - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fmt_number(v))
            v += step
        p.save()
        p.translate(12, plot.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-60, -8, 120, 16), Qt.AlignmentFlag.AlignCenter, self.tr("hours / week"))
        p.restore()
        for w, stack in enumerate(self.stacks):
            base = 0.0
            x = plot.left() + w * bar_w
            for hours, colour, _ in stack:
                r = QRectF(x + 1, y(base + hours), max(1.0, bar_w - 2), y(base) - y(base + hours))
                p.fillRect(r, colour)
                p.setPen(QPen(colour.darker(140), 0.6))
                p.drawRect(r)
                base += hours
        # capacity step line
        if self.capacity:
            pen = QPen(CAPACITY, 2)
            p.setPen(pen)
            for w, cap in enumerate(self.capacity):
                x0, x1 = plot.left() + w * bar_w, plot.left() + (w + 1) * bar_w
                p.drawLine(QPointF(x0, y(cap)), QPointF(x1, y(cap)))
                if w + 1 < len(self.capacity) and self.capacity[w + 1] != cap:
                    p.drawLine(QPointF(x1, y(cap)), QPointF(x1, y(self.capacity[w + 1])))
            # overload markers
            for w, (load, cap) in enumerate(zip(self.load, self.capacity, strict=False)):
                if load > cap + 1e-6:
                    p.fillRect(QRectF(plot.left() + w * bar_w, plot.top() - 6, bar_w, 4), CAPACITY)
        # x axis: week numbers every few weeks, month names where a month starts
        p.setPen(QColor("#444444"))
        every = max(1, int(fm.horizontalAdvance("000") / max(bar_w, 1)) + 1)
        every = next(e for e in (1, 2, 4, 8, 13, 26, 52, 104) if e >= every)
        for w in range(0, len(self.stacks), every):
            x = plot.left() + w * bar_w
            self._text(p, QRectF(x - 20 + bar_w / 2, plot.bottom() + 2, 40, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, str(w))
        p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 2, plot.width(), fm.height()),
                   Qt.AlignmentFlag.AlignCenter, self.tr("route week"))
        # legend: the capacity line, then the modes that occur
        lx = plot.left()
        ly = 6 + fm.height() / 2
        p.setPen(QPen(CAPACITY, 2))
        p.drawLine(QPointF(lx, ly), QPointF(lx + 24, ly))
        p.setPen(QColor("#222222"))
        text = self.tr("available hours")
        p.drawText(QPointF(lx + 30, ly + fm.ascent() / 2 - 1), text)
        lx += 30 + fm.horizontalAdvance(text) + 20
        modes = sorted({str(i.mode) for i in (self._plan.items if self._plan else [])})
        for mode in modes:
            p.fillRect(QRectF(lx, ly - 6, 12, 12), mode_colour(mode))
            label = mode_label(mode)
            p.drawText(QPointF(lx + 17, ly + fm.ascent() / 2 - 1), label)
            lx += 17 + fm.horizontalAdvance(label) + 16
        p.setPen(QPen(GRID))
        p.drawRect(plot)
        p.end()

    def week_at(self, x: float) -> int | None:
        plot, _, bar_w = self._geometry()
        if not self.stacks or x < plot.left() or x > plot.right():
            return None
        w = int((x - plot.left()) // bar_w)
        return w if 0 <= w < len(self.stacks) else None

    def event(self, e) -> bool:  # type: ignore[no-untyped-def]
        if e.type() == e.Type.ToolTip and isinstance(e, QHelpEvent):
            w = self.week_at(e.position().x() if hasattr(e, "position") else e.pos().x())
            if w is None:
                QToolTip.hideText()
            else:
                lines = [self.tr("Week of {date} (week {w} of your route): {load} of {cap} hours").format(
                    date=fmt_date(week_start(self._plan.start_date, w)) if self._plan else "—", w=w, load=fmt_number(self.load[w]), cap=fmt_number(self.capacity[w] if self.capacity else 0))]
                lines += [f"  {t}: {fmt_number(h)} h" for h, _, t in self.stacks[w]]
                QToolTip.showText(e.globalPos(), plain_tip("\n".join(lines)), self)
            return True
        return super().event(e)
