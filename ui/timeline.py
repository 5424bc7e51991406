"""The route as a timeline: weeks and months across, a bar per module coloured by mode, milestones."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from planner.models import week_start
from planner.plan import Plan
from ui import language
from ui.facets import LEGEND_H, add_legend, decorate_bar, describe_how, legend_rows
from ui.palette import (
    GRID,
    MET,
    MISSED,
    fmt_date,
    fmt_month,
    fmt_number,
    fmt_price,
    mode_colour,
    mode_label,
)
from ui.plaintext import plain_tip

MAX_LABEL_W, MIN_LABEL_W = 250, 150
MIN_WEEK_W, MAX_WEEK_W = 4.0, 28.0
MS_ROW_H = 24
ROW_H = 30
HEADER_H = 44
MODULE_ROLE = 0
#: Rows drawn at once (at least those in view); the rest follow in slices of SLICE_ROWS, one per turn of
#: the event loop. Drawing a route of 115 modules at once held the window for 0.1-0.2 s on a loaded machine.
FIRST_ROWS = 30
SLICE_ROWS = 30


@dataclass
class _Rows:
    """What drawing the rows of one route needs (the rest of it is drawn already)."""

    items: list[Any]
    label_w: float
    width: float
    names: QGraphicsRectItem
    small: QFont
    bold: QFont
    drawn: int = 0


def _date(d: dt.date) -> str:
    return fmt_date(d)


class TimelineView(QGraphicsView):
    """Read-only timeline; selecting a bar emits :attr:`moduleSelected` with the module id."""

    moduleSelected = Signal(str)
    moveRequested = Signal(str, int)  # module, the week its bar was dragged to

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
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}
        self._names: QGraphicsRectItem | None = None  # the frozen name column
        self._plan: Plan | None = None
        self._holidays: set[int] = set()
        self.week_w = 16.0
        self._drag: tuple[str, float, float] | None = None  # module, press x, bar's x
        self._label_w = 0.0
        self._drawn: tuple[object, ...] | None = None  # what the scene shows (see set_plan)
        self._rows: _Rows | None = None  # rows still to draw
        self._to_select: str | None = None  # selected while its bar was not drawn yet
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.setInterval(0)
        self._slice.timeout.connect(self._draw_slice)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._plan is not None and self._plan.items:
            self.set_plan(self._plan, self._holidays)

    def _empty_text(self, plan: Plan | None) -> str:
        """Why there is no route to draw; "nothing to plan" only when nothing is missing."""
        if plan is None:
            return self.tr("No route to show yet.")
        if plan.status == "infeasible":
            return self.tr("No route: see above what would help.")
        if plan.status == "optimal" and plan.totals is not None and plan.totals.finish_week == 0:
            return self.tr("Nothing to plan: you can already prove every outcome of your goal.")
        if plan.status == "stopped":
            return self.tr("Planning was stopped before a route was found.")
        return self.tr("No route found in {s:.0f} s, and none proven impossible: plan again with more time.").format(
            s=plan.solve_seconds)

    def set_plan(self, plan: Plan | None, holidays: set[int] | None = None) -> None:
        # a route drawn already (the final plan is mostly the last one streamed; later phases stream
        # the same placements) is not drawn again: on XL a drawing held the window for 0.1-0.2 s
        drawn = None if plan is None or not plan.items else (
            plan.model_dump_json(include={"items", "milestones", "start_date"}), frozenset(holidays or ()),
            self.viewport().width(), language.current())
        if drawn is not None and drawn == self._drawn:
            self._plan = plan
            return
        self._drawn = drawn
        selected = self.selected_module()
        self._holidays = set(holidays or ())
        self._rows, self._to_select = None, None
        self._slice.stop()
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        self._bars.clear()
        self._labels.clear()
        self._names = None
        self._plan = plan
        if plan is None or not plan.items:
            text = scene.addSimpleText(self._empty_text(plan))
            text.setPos(12, 12)
            scene.setSceneRect(QRectF(0, 0, 400, 60))
            self.setSceneRect(scene.sceneRect())
            scene.blockSignals(False)
            return
        items = sorted(plan.items, key=lambda i: (i.start_week, i.end_week, i.title))
        last = max(i.end_week for i in items)
        targets = [m.target_week for m in plan.milestones] + [m.week or 0 for m in plan.milestones]
        weeks = max([last, *targets]) + 3
        # the whole route fits the width when it can; long routes scroll
        # module names get at most a third of the width, the weeks the rest
        label_w = max(MIN_LABEL_W, min(MAX_LABEL_W, int(self.viewport().width() * 0.3)))
        room = self.viewport().width() - label_w - 16
        self.week_w = max(MIN_WEEK_W, min(MAX_WEEK_W, room / weeks))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        # the legend stays in view (it follows the scroll, as the names do) and wraps to the view's width
        legend_w = self.viewport().width() - 16
        legend_h = LEGEND_H * legend_rows(small, legend_w)
        height = HEADER_H + ROW_H * len(items) + MS_ROW_H * len(plan.milestones) + 4 + legend_h
        width = label_w + self.week_w * weeks + 12
        grid = QPen(GRID)
        grid.setCosmetic(True)
        bold = QFont(self.font())
        bold.setBold(True)

        # holiday weeks shaded
        for w in sorted(holidays or ()):
            if 0 <= w < weeks:
                r = scene.addRect(QRectF(label_w + w * self.week_w, HEADER_H, self.week_w, height - HEADER_H),
                                  QPen(Qt.PenStyle.NoPen), QBrush(QColor("#eeeeee")))
                r.setToolTip(self.tr("No study this week (holiday)"))
        # months and weeks
        prev_month = None
        label_end = 0.0
        for w in range(weeks + 1):
            monday = week_start(plan.start_date, w)
            x = label_w + w * self.week_w
            if (monday.year, monday.month) != prev_month:
                prev_month = (monday.year, monday.month)
                scene.addLine(x, 0, x, height, QPen(QColor("#9a9a9a")))
                month = fmt_month(monday, year=monday.month == 1 or w == 0)
                advance = QFontMetrics(bold).horizontalAdvance(month)
                if x + 3 >= label_end and x + advance + 4 < width:
                    label = scene.addSimpleText(month, bold)
                    label.setPos(x + 3, 2)
                    label_end = x + 3 + advance + 6
            elif self.week_w >= 8:
                scene.addLine(x, HEADER_H - 6, x, height, grid)
            if w % (4 if self.week_w >= 12 else 8 if self.week_w >= 7 else 13) == 0 and w < weeks:
                num = scene.addSimpleText(str(w), small)
                num.setBrush(QColor("#666666"))
                num.setPos(x + 2, HEADER_H - 20)
        wk = QGraphicsSimpleTextItem(self.tr("route week"))
        wk.setFont(small)
        wk.setBrush(QColor("#666666"))
        wk.setPos(label_w - QFontMetrics(small).horizontalAdvance(self.tr("route week")) - 6, HEADER_H - 20)
        scene.addLine(0, HEADER_H, width, HEADER_H, QPen(QColor("#9a9a9a")))
        # the names stay in view when the weeks scroll sideways: they live on a white column that
        # follows the horizontal scroll (see scrollContentsBy)
        names = scene.addRect(QRectF(0, 0, label_w, height + 4), QPen(Qt.PenStyle.NoPen), QBrush(QColor("white")))
        names.setZValue(10)
        self._names = names
        wk.setParentItem(names)
        QGraphicsLineItem(label_w, 0, label_w, height, names).setPen(QPen(QColor("#9a9a9a")))
        QGraphicsLineItem(0, HEADER_H, label_w, HEADER_H, names).setPen(QPen(QColor("#9a9a9a")))

        rows = _Rows(items, label_w, width, names, small, bold)
        self._draw_rows(rows, max(FIRST_ROWS, int(self.viewport().height() / ROW_H) + 2))

        # milestones: one row each under the modules; target as a dashed line, reached as a diamond
        fm = QFontMetrics(self.font())
        ybase = HEADER_H + ROW_H * len(items)
        scene.addLine(0, ybase, width, ybase, QPen(QColor("#9a9a9a")))
        QGraphicsLineItem(0, ybase, label_w, ybase, names).setPen(QPen(QColor("#9a9a9a")))
        for k, ms in enumerate(plan.milestones):
            y = ybase + k * MS_ROW_H
            colour = MET if ms.met else MISSED
            x = label_w + ms.target_week * self.week_w
            pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
            line = scene.addLine(x, HEADER_H, x, y + MS_ROW_H, pen)
            title = language.item_title(ms)
            line.setToolTip(plain_tip(self.tr("Target for “{title}”: week {week} of your route").format(title=title, week=ms.target_week)))
            label = QGraphicsSimpleTextItem(fm.elidedText("◆ " + title, Qt.TextElideMode.ElideRight, label_w - 14), names)
            label.setBrush(colour)
            label.setPos(8, y + (MS_ROW_H - fm.height()) / 2)
            label.setToolTip(plain_tip(title))
            state = self.tr("on time") if ms.met else self.tr("late") if ms.week is not None else self.tr("not reached")
            if ms.week is not None:
                xr = label_w + ms.week * self.week_w
                cy = y + MS_ROW_H / 2
                diamond = QPolygonF([QPointF(xr, cy - 7), QPointF(xr + 7, cy), QPointF(xr, cy + 7), QPointF(xr - 7, cy)])
                d = scene.addPolygon(diamond, QPen(QColor("#333333")), QBrush(colour))
                d.setToolTip(plain_tip(self.tr("“{title}” reached on {date}, week {week} of your route ({state}); target: week {target}").format(
                    date=fmt_date(ms.date) if ms.date else "—",
                    title=title, week=ms.week, state=state, target=ms.target_week)))
                note = scene.addSimpleText(self.tr("route week {week}, {state}").format(week=ms.week, state=state), small)
                note.setBrush(QColor("#444444"))
                nx = xr + 10
                if nx + note.boundingRect().width() > width - 4:
                    nx = xr - 10 - note.boundingRect().width()
                note.setPos(nx, cy - note.boundingRect().height() / 2)
        band = QGraphicsRectItem(QRectF(0, height - legend_h + 2, self.viewport().width(), legend_h + 2), names)
        band.setPen(QPen(Qt.PenStyle.NoPen))
        band.setBrush(QBrush(QColor("white")))
        add_legend(scene, 8, height - legend_h + 6, small, legend_w, parent=names)
        scene.setSceneRect(QRectF(0, 0, width, height + 4))
        # the scene's signals are blocked (no selection noise): tell the view its new size directly,
        # or the scroll bars keep the old route's range until the window is resized
        self.setSceneRect(scene.sceneRect())
        scene.blockSignals(False)
        self._follow_scroll()
        if rows.drawn < len(items):
            self._rows = rows
            self._slice.start()
        if selected:
            self.select_module(selected)

    def _draw_slice(self) -> None:
        """The next rows of the route; another slice follows while rows are left."""
        rows = self._rows
        if rows is None:
            return
        scene = self.scene()
        scene.blockSignals(True)
        self._draw_rows(rows, SLICE_ROWS)
        scene.blockSignals(False)
        if rows.drawn < len(rows.items):
            self._slice.start()
            return
        self._rows = None
        if self._to_select is not None:
            self.select_module(self._to_select)

    def _draw_rows(self, rows: _Rows, count: int) -> None:
        """The next ``count`` rows: a module's name (in the frozen column) and its bar."""
        scene = self.scene()
        label_w, width, names, small, bold = rows.label_w, rows.width, rows.names, rows.small, rows.bold
        fm = QFontMetrics(self.font())
        end = min(len(rows.items), rows.drawn + count)
        for row in range(rows.drawn, end):
            item = rows.items[row]
            y = HEADER_H + row * ROW_H
            if row % 2:
                band = scene.addRect(QRectF(0, y, width, ROW_H), QPen(Qt.PenStyle.NoPen), QBrush(QColor(0, 0, 0, 10)))
                band.setZValue(-1)
                name_band = QGraphicsRectItem(QRectF(0, y, label_w, ROW_H), names)
                name_band.setBrush(QBrush(QColor(0, 0, 0, 10)))
                name_band.setPen(QPen(Qt.PenStyle.NoPen))
            title = language.item_title(item) + ("  •" if item.pinned else "")
            label = QGraphicsSimpleTextItem(fm.elidedText(title, Qt.TextElideMode.ElideRight, int(label_w - 14)), names)
            label.setPos(8, y + (ROW_H - fm.height()) / 2)
            label.setData(MODULE_ROLE, item.module)
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.setToolTip(plain_tip(language.item_title(item)))
            if item.pinned:
                label.setFont(bold)
            self._labels[item.module] = label
            rect = QRectF(label_w + item.start_week * self.week_w + 1, y + 5,
                          max(self.week_w - 2, (item.end_week - item.start_week) * self.week_w - 2), ROW_H - 10)
            colour = mode_colour(item.mode)
            bar = scene.addRect(rect, QPen(colour.darker(150), 2 if item.pinned else 1), QBrush(colour))
            bar.setData(MODULE_ROLE, item.module)
            bar.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            bar.setCursor(Qt.CursorShape.PointingHandCursor)
            bar.setToolTip(plain_tip(self.tr("{title}\n{mode}{location}\n{start} – {end}, {hours} h/week, {ec} EC, {cost}").format(
                title=language.item_title(item), mode=mode_label(item.mode),
                location=f", {item.location}" if item.location else "",
                start=_date(item.start_date), end=_date(item.end_date),
                hours=fmt_number(item.hours_per_week), ec=fmt_number(item.ec), cost=fmt_price(item.cost, item.cost_known))
                + "\n" + describe_how(item.how)))
            inner = self.tr("{hours} h/wk").format(hours=fmt_number(item.hours_per_week))
            if fm.horizontalAdvance(inner) + 8 < rect.width():
                t = QGraphicsSimpleTextItem(inner, bar)
                t.setFont(small)
                t.setPos(rect.x() + 4, rect.y() + (rect.height() - QFontMetrics(small).height()) / 2)
            decorate_bar(bar, rect, item.how)  # hatched: self-paced; dashed: assessment only (ui/facets.py)
            self._bars[item.module] = bar
        rows.drawn = end

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt naming
        super().scrollContentsBy(dx, dy)
        if dx:
            self._follow_scroll()

    def _follow_scroll(self) -> None:
        if self._names is not None:
            self._names.setX(max(0.0, self.mapToScene(0, 0).x()))

    def module_at(self, pos: QPoint) -> str | None:
        """The module whose bar or name is at ``pos`` (viewport coordinates)."""
        for item in self.items(pos):
            module = item.data(MODULE_ROLE)
            if module:
                return str(module)
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # a click on a name selects its module; a right click selects the bar under it first, so
        # its context menu acts on that module
        pos = event.position().toPoint()
        module = self.module_at(pos)
        bar = self._bars.get(module or "")
        # anywhere on a bar, its text included, holds the bar; elsewhere the module's name
        on_bar = bar is not None and bar.sceneBoundingRect().contains(self.mapToScene(pos))
        on_name = module is not None and not on_bar
        if module and (event.button() == Qt.MouseButton.RightButton or on_name):
            self.select_module(module)
            self.moduleSelected.emit(module)
            if on_name:
                event.accept()
                return
        if module and event.button() == Qt.MouseButton.LeftButton and bar is not None:
            self._drag = (module, event.position().x(), bar.x())
            if not bar.isSelected():  # the text on the bar takes the press: select the bar as a click on it would
                self.select_module(module)
                self.moduleSelected.emit(module)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            module, x0, bar_x = self._drag
            weeks = round((event.position().x() - x0) / self.week_w)
            bar = self._bars.get(module)
            if bar is not None:
                bar.setX(bar_x + weeks * self.week_w)  # follows the pointer week by week
                item = self._plan.item_for_module(module) if self._plan else None
                if item is not None and weeks:
                    bar.setToolTip(self.tr("Drop to pin the offering that starts nearest to {date}").format(
                        date=fmt_date(week_start(self._plan.start_date, max(0, item.start_week + weeks))) if self._plan else "—"))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        drag, self._drag = self._drag, None
        if drag is not None and event.button() == Qt.MouseButton.LeftButton:
            module, x0, bar_x = drag
            weeks = round((event.position().x() - x0) / self.week_w)
            bar = self._bars.get(module)
            if bar is not None:
                bar.setX(bar_x)
            item = self._plan.item_for_module(module) if self._plan else None
            if weeks and item is not None:
                self.moveRequested.emit(module, max(0, item.start_week + weeks))
        super().mouseReleaseEvent(event)

    def selected_module(self) -> str | None:
        if self._to_select is not None:
            return self._to_select
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
        # a bar still waiting for its slice is selected when it is drawn
        rows = self._rows
        waiting = bar is None and rows is not None and any(i.module == module for i in rows.items[rows.drawn:])
        self._to_select = module if waiting else None
        if bar is not None:
            bar.setSelected(True)
            self.ensureVisible(bar)
        scene.blockSignals(False)

    def _selection_changed(self) -> None:
        module = self.selected_module()
        if module:
            self.moduleSelected.emit(module)

