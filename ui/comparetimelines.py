"""One compact timeline per compared scenario, all on one time axis, with a legend under the lanes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.models import Mode
from planner.plan import Plan
from ui.comparisonmodel import Column
from ui.palette import GRID, MET, MISSED, fmt_month, mode_colour, mode_label


def _packed(plan: Plan) -> list[int]:
    """A row for every item of a plan, so no two items in one row overlap (fewest rows, greedy)."""
    ends: list[int] = []
    rows = []
    for item in plan.items:
        for r, end in enumerate(ends):
            if end <= item.start_week:
                ends[r] = item.end_week
                rows.append(r)
                break
        else:
            ends.append(item.end_week)
            rows.append(len(ends) - 1)
    return rows


class CompareTimelines(QWidget):
    """One compact timeline per scenario, all on one time axis (months across)."""

    BAR_H = 9
    LANE_GAP = 12
    HEADER_H = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTimelines")
        self.setAccessibleName(self.tr("Timelines of the compared scenarios"))
        self.columns: list[Column] = []
        #: what the last paint wrote: (text, the rectangle the whole text needs, the box it was given)
        self.drawn_texts: list[tuple[str, QRectF, QRectF]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_columns(self, columns: list[Column]) -> None:
        self.columns = columns
        self.updateGeometry()
        self.update()

    def _lane_heights(self) -> list[int]:
        out = []
        for c in self.columns:
            rows = max(_packed(c.plan), default=0) + 1 if c.plan and c.plan.items else 1
            out.append(max(rows * (self.BAR_H + 2), QFontMetrics(self.font()).height() * 2))
        return out

    def sizeHint(self) -> QSize:
        return QSize(600, self.HEADER_H + sum(h + self.LANE_GAP for h in self._lane_heights()) + 8
                     + self._legend_height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self.updateGeometry()  # the legend may take another line

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def span(self) -> tuple[dt.date, dt.date] | None:
        """First and last day on the shared axis."""
        plans = [c.plan for c in self.columns if c.plan is not None and c.plan.items]
        if not plans:
            return None
        first = min(p.start_date for p in plans)
        last = max(max(i.end_date for i in p.items) for p in plans)
        return first, max(last, first + dt.timedelta(days=28))

    def paintEvent(self, event: QPaintEvent) -> None:
        self.drawn_texts = []
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        label_w = min(max([fm.horizontalAdvance("★ " + c.name) for c in self.columns], default=60) + 16,
                      max(self.width() // 3, 90))  # a name is cut only in a very narrow window
        span = self.span()
        heights = self._lane_heights()
        if span is None:
            p.setPen(QColor("#666"))
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No routes to show yet."))
            p.end()
            return
        first, last = span
        days = max((last - first).days, 1)
        left, right = label_w, self.width() - 12

        def x(day: dt.date) -> float:
            return left + (right - left) * (day - first).days / days

        # months across the top, a thin line at each
        p.setPen(QPen(GRID))
        month = dt.date(first.year, first.month, 1)
        total_h = self.HEADER_H + sum(h + self.LANE_GAP for h in heights)
        step = 1 if days < 500 else 3
        free_from = 0.0  # month labels never overlap: one is left out when it would
        while month <= last:
            if month >= first:
                xm = x(month)
                p.setPen(QPen(GRID))
                p.drawLine(int(xm), self.HEADER_H - 4, int(xm), total_h)
                text = _month_label(month) if month.month != 1 else str(month.year)
                fits = xm + 2 + QFontMetrics(p.font()).horizontalAdvance(text) <= self.width() - 2
                if (month.month - 1) % step == 0 and xm + 2 >= free_from and fits:
                    p.setPen(QColor("#555"))
                    p.drawText(int(xm) + 2, self.HEADER_H - 8, text)
                    plain = QFontMetrics(p.font())
                    self.drawn_texts.append((text, QRectF(int(xm) + 2, self.HEADER_H - 8 - plain.ascent(),
                                                          plain.horizontalAdvance(text), plain.height()),
                                             QRectF(0, 0, self.width(), self.HEADER_H)))
                    free_from = xm + 2 + fm.horizontalAdvance(text) + 6
            month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        y = self.HEADER_H
        for c, h in zip(self.columns, heights, strict=True):
            p.setPen(QColor("#111"))
            font = QFont(self.font())
            font.setBold(c.chosen)
            p.setFont(font)
            full = ("★ " if c.chosen else "") + c.name
            name = fm.elidedText(full, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(4, y, label_w - 8, h), int(Qt.AlignmentFlag.AlignVCenter), name)
            self.drawn_texts.append((full, QRectF(4, y, fm.horizontalAdvance(full), fm.height()),
                                     QRectF(4, y, label_w - 8, h)))
            p.setFont(self.font())
            if c.plan is not None and c.plan.items:
                for item, row in zip(c.plan.items, _packed(c.plan), strict=True):
                    x0, x1 = x(item.start_date), x(item.end_date)
                    rect = QRectF(x0, y + row * (self.BAR_H + 2), max(x1 - x0, 2), self.BAR_H)
                    colour = mode_colour(item.mode.value)
                    p.fillRect(rect, QBrush(colour.darker(140) if c.busy else colour))
                for m in c.plan.milestones:
                    if m.date is None:
                        continue
                    xm = x(m.date)
                    p.setBrush(QBrush(MET if m.met else MISSED))
                    p.setPen(QPen(QColor("white")))
                    p.drawPolygon(QPolygonF([QRectF(xm - 5, y + h - 10, 10, 10).center() + d for d in _DIAMOND]))
                finish = max(i.end_date for i in c.plan.items)
                p.setPen(QPen(QColor("#111"), 2))
                p.drawLine(int(x(finish)), y - 2, int(x(finish)), y + h + 2)
            elif c.busy:
                p.setPen(QColor("#888"))
                p.drawText(QRectF(left, y, right - left, h), int(Qt.AlignmentFlag.AlignVCenter),
                           self.tr("planning…"))
            else:
                p.setPen(QColor("#b03020"))
                p.drawText(QRectF(left, y, right - left, h), int(Qt.AlignmentFlag.AlignVCenter), self.tr("no route"))
            y += h + self.LANE_GAP
            p.setPen(QPen(GRID))
            p.drawLine(0, y - self.LANE_GAP // 2, self.width(), y - self.LANE_GAP // 2)
        self._legend(p, left, y + 4)
        p.end()

    def _legend_items(self) -> list[tuple[str, QColor, str]]:
        items = [("box", mode_colour(m.value), mode_label(m.value)) for m in Mode]
        items += [("diamond", MET, self.tr("milestone in time")), ("diamond", MISSED, self.tr("milestone late")),
                  ("line", QColor("#111"), self.tr("done"))]
        return items

    def _legend_layout(self, width: int) -> list[tuple[float, float]]:
        """Where each legend item goes: left to right, on a new line when the width is used up."""
        fm = QFontMetrics(self.font())
        x, y, out = 4.0, 0.0, []
        for _kind, _colour, text in self._legend_items():
            w = 18 + fm.horizontalAdvance(text) + 14
            if x > 4 and x + w > width - 4:
                x, y = 4.0, y + fm.height() + 4
            out.append((x, y))
            x += w
        return out

    def _legend_height(self) -> int:
        fm = QFontMetrics(self.font())
        return int(max((y for _x, y in self._legend_layout(max(self.width(), 300))), default=0)) + fm.height() + 8

    def _legend(self, p: QPainter, _x: float, top: float) -> None:
        """What the colours and marks mean, under the lanes."""
        fm = QFontMetrics(self.font())
        h = fm.height()
        p.setFont(self.font())
        for (kind, colour, text), (x, dy) in zip(self._legend_items(), self._legend_layout(self.width()), strict=True):
            y = top + dy
            if kind == "box":
                p.fillRect(QRectF(x, y + h / 2 - 5, 14, 10), colour)
            elif kind == "diamond":
                p.setBrush(QBrush(colour))
                p.setPen(QPen(QColor("white")))
                p.drawPolygon(QPolygonF([QPointF(x + 7, y + h / 2) + d for d in _DIAMOND]))
            else:
                p.setPen(QPen(colour, 2))
                p.drawLine(int(x + 7), int(y + 2), int(x + 7), int(y + h - 2))
            p.setPen(QColor("#333"))
            p.drawText(QRectF(x + 18, y, fm.horizontalAdvance(text) + 4, h), int(Qt.AlignmentFlag.AlignVCenter), text)


def _month_label(day: dt.date) -> str:
    return fmt_month(day)


_DIAMOND = [QPointF(0, -5), QPointF(5, 0), QPointF(0, 5), QPointF(-5, 0)]
