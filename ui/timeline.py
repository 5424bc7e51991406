"""The route as a timeline: weeks and months across, a bar per module coloured by mode, milestones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from planner.models import week_start
from planner.plan import Plan
from ui.palette import GRID, MET, MISSED, mode_colour, mode_label

LABEL_W = 250
WEEK_W = 16
ROW_H = 30
HEADER_H = 44
MODULE_ROLE = 0


def _date(d: dt.date) -> str:
    return QLocale().toString(d, QLocale.FormatType.ShortFormat)


class TimelineView(QGraphicsView):
    """Read-only timeline; selecting a bar emits :attr:`moduleSelected` with the module id."""

    moduleSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Route timeline"))
        self.setAccessibleDescription(self.tr("A bar for every module in the route, by week; milestones as markers."))
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.scene().selectionChanged.connect(self._selection_changed)
        self._bars: dict[str, QGraphicsRectItem] = {}
        self._plan: Plan | None = None

    def set_plan(self, plan: Plan | None, holidays: set[int] | None = None) -> None:
        selected = self.selected_module()
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        self._bars.clear()
        self._plan = plan
        if plan is None or not plan.items:
            text = scene.addSimpleText(
                self.tr("No route to show yet.") if plan is None else self.tr("No modules in this route.")
            )
            text.setPos(12, 12)
            scene.setSceneRect(QRectF(0, 0, 400, 60))
            scene.blockSignals(False)
            return
        items = sorted(plan.items, key=lambda i: (i.start_week, i.end_week, i.title))
        last = max(i.end_week for i in items)
        targets = [m.target_week for m in plan.milestones] + [m.week or 0 for m in plan.milestones]
        weeks = max([last, *targets]) + 3
        height = HEADER_H + ROW_H * len(items) + (24 if plan.milestones else 8)
        width = LABEL_W + WEEK_W * weeks + 12
        grid = QPen(GRID)
        grid.setCosmetic(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)

        # holiday weeks shaded
        for w in sorted(holidays or ()):
            if 0 <= w < weeks:
                r = scene.addRect(QRectF(LABEL_W + w * WEEK_W, HEADER_H, WEEK_W, height - HEADER_H),
                                  QPen(Qt.PenStyle.NoPen), QBrush(QColor("#eeeeee")))
                r.setToolTip(self.tr("No study this week (holiday)"))
        # months and weeks
        prev_month = None
        for w in range(weeks + 1):
            monday = week_start(plan.start_date, w)
            x = LABEL_W + w * WEEK_W
            if (monday.year, monday.month) != prev_month:
                prev_month = (monday.year, monday.month)
                scene.addLine(x, 0, x, height, QPen(QColor("#9a9a9a")))
                if x + 60 < width:
                    label = scene.addSimpleText(QLocale().toString(monday, "MMM yyyy"), bold)
                    label.setPos(x + 3, 2)
            else:
                scene.addLine(x, HEADER_H - 6, x, height, grid)
            if w % 4 == 0 and w < weeks:
                num = scene.addSimpleText(str(w), small)
                num.setBrush(QColor("#666666"))
                num.setPos(x + 2, HEADER_H - 20)
        wk = scene.addSimpleText(self.tr("week"), small)
        wk.setBrush(QColor("#666666"))
        wk.setPos(LABEL_W - QFontMetrics(small).horizontalAdvance(self.tr("week")) - 6, HEADER_H - 20)
        scene.addLine(0, HEADER_H, width, HEADER_H, QPen(QColor("#9a9a9a")))
        scene.addLine(LABEL_W, 0, LABEL_W, height, QPen(QColor("#9a9a9a")))

        fm = QFontMetrics(self.font())
        for row, item in enumerate(items):
            y = HEADER_H + row * ROW_H
            if row % 2:
                band = scene.addRect(QRectF(0, y, width, ROW_H), QPen(Qt.PenStyle.NoPen), QBrush(QColor(0, 0, 0, 10)))
                band.setZValue(-1)
            title = item.title + ("  •" if item.pinned else "")
            label = scene.addSimpleText(fm.elidedText(title, Qt.TextElideMode.ElideRight, LABEL_W - 14))
            label.setPos(8, y + (ROW_H - fm.height()) / 2)
            if item.pinned:
                label.setFont(bold)
            rect = QRectF(LABEL_W + item.start_week * WEEK_W + 1, y + 5,
                          max(WEEK_W - 2, (item.end_week - item.start_week) * WEEK_W - 2), ROW_H - 10)
            colour = mode_colour(item.mode)
            bar = scene.addRect(rect, QPen(colour.darker(150), 2 if item.pinned else 1), QBrush(colour))
            bar.setData(MODULE_ROLE, item.module)
            bar.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            bar.setCursor(Qt.CursorShape.PointingHandCursor)
            bar.setToolTip(self.tr("{title}\n{mode}{location}\n{start} – {end}, {hours} h/week, {ec} EC, € {cost}").format(
                title=item.title, mode=mode_label(item.mode),
                location=f", {item.location}" if item.location else "",
                start=_date(item.start_date), end=_date(item.end_date),
                hours=f"{item.hours_per_week:g}", ec=f"{item.ec:g}", cost=f"{item.cost:,.0f}"))
            inner = f"{item.hours_per_week:g} h/wk"
            if fm.horizontalAdvance(inner) + 8 < rect.width():
                t = QGraphicsSimpleTextItem(inner, bar)
                t.setFont(small)
                t.setPos(rect.x() + 4, rect.y() + (rect.height() - QFontMetrics(small).height()) / 2)
            self._bars[item.module] = bar

        # milestones
        ybase = HEADER_H + ROW_H * len(items)
        for ms in plan.milestones:
            x = LABEL_W + ms.target_week * WEEK_W
            pen = QPen(MET if ms.met else MISSED, 1.5, Qt.PenStyle.DashLine)
            line = scene.addLine(x, HEADER_H, x, ybase + 4, pen)
            line.setToolTip(self.tr("Target for “{title}”: week {week}").format(title=ms.title, week=ms.target_week))
            if ms.week is not None:
                xr = LABEL_W + ms.week * WEEK_W
                diamond = QPolygonF([QPointF(xr, ybase + 4), QPointF(xr + 7, ybase + 11),
                                     QPointF(xr, ybase + 18), QPointF(xr - 7, ybase + 11)])
                d = scene.addPolygon(diamond, QPen(QColor("#333333")), QBrush(MET if ms.met else MISSED))
                d.setToolTip(self.tr("“{title}” reached in week {week} ({state})").format(
                    title=ms.title, week=ms.week, state=self.tr("on time") if ms.met else self.tr("late")))
                lbl = scene.addSimpleText(ms.title, small)
                lbl.setPos(xr + 10, ybase + 4)
        scene.setSceneRect(QRectF(0, 0, width, height + 4))
        scene.blockSignals(False)
        if selected and selected in self._bars:
            self.select_module(selected)

    def selected_module(self) -> str | None:
        for it in self.scene().selectedItems():
            value = it.data(MODULE_ROLE)
            if value:
                return str(value)
        return None

    def select_module(self, module: str | None) -> None:
        scene = self.scene()
        scene.blockSignals(True)
        scene.clearSelection()
        bar = self._bars.get(module or "")
        if bar is not None:
            bar.setSelected(True)
            self.ensureVisible(bar)
        scene.blockSignals(False)

    def _selection_changed(self) -> None:
        module = self.selected_module()
        if module:
            self.moduleSelected.emit(module)

