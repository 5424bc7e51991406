"""Scenarios side by side: finish, milestones, EC, hours, cost and modules in columns, the best value
in bold and worse ones tinted; under it one compact timeline per scenario on a shared time axis."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.models import Mode
from planner.plan import MilestoneResult, Plan, Status
from ui import language
from ui.facets import share_rows
from ui.palette import (
    GRID,
    MET,
    MISSED,
    fmt_date,
    fmt_month,
    fmt_number,
    fmt_total_cost,
    mode_colour,
    mode_label,
)
from ui.plaintext import elide, plain_tip
from ui.scenarios import Scenario, Scenarios

WORSE = QColor("#fbe3d6")
BEST = QColor("#e3f4e1")


@dataclass
class Column:
    """What the comparison shows of one scenario."""

    name: str
    chosen: bool
    plan: Plan | None
    busy: bool

    @property
    def routed(self) -> bool:
        return self.plan is not None and self.plan.totals is not None and self.plan.status != Status.INFEASIBLE


@dataclass
class Cell:
    text: str
    value: float | None  # lower is better; None: no value (not reached, no route)
    tip: str = ""


class ComparisonModel(QAbstractTableModel):
    """Rows are measures; column 0 names the measure, the next columns are the scenarios.
    :attr:`Qt.FontRole` bolds the best value of a row and :attr:`Qt.BackgroundRole` tints the worse
    ones (only where the scenarios differ). :meth:`cell` reads a scenario's value by its index."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[tuple[str, list[Cell]]] = []

    def set_columns(self, columns: list[Column]) -> None:
        self.beginResetModel()
        self.columns = columns
        self.rows = self._build()
        self.endResetModel()

    def _build(self) -> list[tuple[str, list[Cell]]]:
        cols = self.columns
        planning = self.tr("planning…")
        none = self.tr("no route")

        def cells(fn: Any) -> list[Cell]:
            out = []
            for c in cols:
                if c.routed:
                    out.append(fn(c.plan))
                else:
                    out.append(Cell(planning if c.busy and c.plan is None else none, None))
            return out

        rows: list[tuple[str, list[Cell]]] = [
            (self.tr("Done"), cells(lambda p: Cell(fmt_date(p.totals.finish_date), p.totals.finish_week,
                                                   self.tr("week {w}").format(w=p.totals.finish_week)))),
        ]
        # each milestone of any compared scenario, in the order of the first that has it
        seen: dict[str, str] = {}
        for c in cols:
            for m in c.plan.milestones if c.plan else []:
                seen.setdefault(m.id, language.item_title(m))
        for mid, title in seen.items():
            row = []
            for c in cols:
                r: MilestoneResult | None = next((x for x in c.plan.milestones if x.id == mid), None) if c.plan else None
                if not c.routed or r is None:
                    row.append(Cell(planning if c.busy and c.plan is None else "—", None))
                elif r.week is None or r.date is None:
                    row.append(Cell(self.tr("not reached"), None))
                else:
                    late = "" if r.met else self.tr(" (late)")
                    row.append(Cell(fmt_date(r.date) + late, r.week,
                                    self.tr("target: week {t}; reached after week {w}").format(t=r.target_week,
                                                                                               w=r.week)))
            rows.append((title, row))
        # how the routes are taught and assessed: share of EC per pacing and assessment type (ui/facets.py)
        rows += [(name, [Cell(t, None) for t in texts]) for name, texts in share_rows([c.plan if c.routed else None for c in cols])]
        rows += [
            (self.tr("EC"), cells(lambda p: Cell(fmt_number(p.totals.ec), p.totals.ec))),
            (self.tr("Study hours"), cells(lambda p: Cell(fmt_number(round(p.totals.hours)), round(p.totals.hours)))),
            (self.tr("Cost"), cells(lambda p: Cell(fmt_total_cost(p.totals), round(p.totals.cost)))),
            (self.tr("Modules"), cells(lambda p: Cell(str(p.totals.modules), p.totals.modules))),
        ]
        status = []
        names = {Status.OPTIMAL: self.tr("best route"), Status.FEASIBLE: self.tr("good route"),
                 Status.INFEASIBLE: self.tr("no route"), Status.STOPPED: self.tr("stopped early"),
                 Status.UNKNOWN: self.tr("unknown")}
        for c in cols:
            if c.busy:
                status.append(Cell(planning, None))
            else:
                status.append(Cell(names.get(c.plan.status, "") if c.plan else self.tr("no plan yet"), None))
        rows.append((self.tr("Planner"), status))
        return rows

    # ------------------------------------------------------------------ the model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self.columns else len(self.columns) + 1

    def scenario_names(self) -> list[str]:
        return [self.headerData(c + 1, Qt.Orientation.Horizontal) for c in range(len(self.columns))]

    def measures(self) -> list[str]:
        return [r[0] for r in self.rows]

    def cell(self, row: int, scenario: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What row ``row`` shows for the ``scenario``-th compared scenario."""
        return self.index(row, scenario + 1).data(role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        c = self.columns[section - 1] if orientation == Qt.Orientation.Horizontal and 0 < section <= len(self.columns) \
            else None
        if role == Qt.ItemDataRole.DisplayRole:
            if c is not None:
                return f"★ {c.name}" if c.chosen else c.name
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
                return self.rows[section][0]
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and c is not None:
            return plain_tip(self.tr("{name} (chosen)").format(name=c.name) if c.chosen else c.name)
        return None

    def _best(self, row: int) -> tuple[float | None, bool]:
        values = [c.value for c in self.rows[row][1] if c.value is not None]
        cells = self.rows[row][1]
        differ = len(set(values)) > 1 or (bool(values) and len(values) < len(cells))
        return (min(values) if values else None), differ

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][0]
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(self.rows[index.row()][0])
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#f3f3f3"))
            return None
        cell = self.rows[index.row()][1][index.column() - 1]
        column = self.columns[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(cell.tip or cell.text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.busy:
            return QBrush(QColor("#888"))
        if index.row() == len(self.rows) - 1:  # the planner's status is not better or worse
            return None
        best, differ = self._best(index.row())
        is_best = differ and cell.value is not None and cell.value == best
        is_worse = differ and not is_best and not (column.busy and column.plan is None)
        if role == Qt.ItemDataRole.FontRole and is_best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if is_best:
                return QBrush(BEST)
            if is_worse:
                return QBrush(WORSE)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled


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
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        label_w = min(max([fm.horizontalAdvance("★ " + c.name) for c in self.columns], default=60) + 16,
                      max(self.width() // 5, 90))
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
                if (month.month - 1) % step == 0 and xm + 2 >= free_from:
                    p.setPen(QColor("#555"))
                    p.drawText(int(xm) + 2, self.HEADER_H - 8, text)
                    free_from = xm + 2 + fm.horizontalAdvance(text) + 6
            month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        y = self.HEADER_H
        for c, h in zip(self.columns, heights, strict=True):
            p.setPen(QColor("#111"))
            font = QFont(self.font())
            font.setBold(c.chosen)
            p.setFont(font)
            name = fm.elidedText(("★ " if c.chosen else "") + c.name, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(4, y, label_w - 8, h), int(Qt.AlignmentFlag.AlignVCenter), name)
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


class ComparisonView(QWidget):
    """The Compare tab over :class:`~ui.scenarios.Scenarios`: tick 2–4 scenarios to compare."""

    def __init__(self, scenarios: Scenarios, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.scenarios = scenarios
        self.picked: list[Scenario] = []
        self.pick_label = QLabel(self.tr("Compare:"), self)
        # tick boxes that wrap onto a second line in a narrow window instead of widening it
        self.pick = QListWidget(self)
        self.pick.setObjectName("comparePick")
        self.pick.setAccessibleName(self.tr("Scenarios to compare"))
        self.pick.setFlow(QListView.Flow.LeftToRight)
        self.pick.setWrapping(True)
        self.pick.setResizeMode(QListView.ResizeMode.Adjust)
        self.pick.setFrameShape(QFrame.Shape.NoFrame)
        self.pick.setSpacing(2)
        self.pick.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pick.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.pick.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pick.viewport().setAutoFillBackground(False)
        self.pick.setMinimumWidth(120)
        self.pick.itemChanged.connect(self._ticked)
        self._filling = False
        self.hint = QLabel(self)
        self.hint.setObjectName("comparisonHint")
        self.hint.setStyleSheet("color:#666")
        self.hint.setWordWrap(True)
        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Scenarios compared"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a keyboard or screen-reader user reads it cell by cell
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timelines = CompareTimelines(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        il = QVBoxLayout(inner)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(self.table)
        il.addWidget(self.timelines)
        il.addStretch(1)
        scroll.setWidget(inner)
        top = QHBoxLayout()
        top.addWidget(self.pick_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.pick, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(scroll, 1)
        scenarios.listChanged.connect(self.refresh_list)
        scenarios.scenarioPlanChanged.connect(lambda _s: self.refresh())
        scenarios.scenarioBusyChanged.connect(lambda _s, _b: self.refresh())
        self.refresh_list()

    def refresh_list(self) -> None:
        """Rebuild the tick boxes; keep the picked scenarios that still exist, then fill up to four."""
        alive = list(self.scenarios)
        self.picked = [s for s in self.picked if s in alive]
        for s in alive:
            if len(self.picked) >= Scenarios.MAX_COMPARED:
                break
            if s not in self.picked and len(alive) <= Scenarios.MAX_COMPARED:
                self.picked.append(s)
        if not self.picked:
            self.picked = alive[: Scenarios.MAX_COMPARED]
        self._filling = True
        try:
            self.pick.clear()
            for s in alive:
                item = QListWidgetItem(elide(s.name, 40), self.pick)
                item.setToolTip(plain_tip(s.name))
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if s in self.picked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self.refresh()

    def _ticked(self, item: QListWidgetItem) -> None:
        if not self._filling:
            row = self.pick.row(item)
            self._toggle(list(self.scenarios)[row], item.checkState() == Qt.CheckState.Checked)

    def _toggle(self, scenario: Scenario, on: bool) -> None:
        if on and scenario not in self.picked:
            self.picked.append(scenario)
            order = list(self.scenarios)
            self.picked.sort(key=order.index)
        elif not on and scenario in self.picked:
            self.picked.remove(scenario)
        self.refresh()

    def columns(self) -> list[Column]:
        return [Column(s.name, s is self.scenarios.chosen, s.doc.plan, s.runner.busy)
                for s in self.picked[: Scenarios.MAX_COMPARED]]

    def refresh(self) -> None:
        full = len(self.picked) >= Scenarios.MAX_COMPARED
        self._filling = True
        try:
            for i, s in enumerate(self.scenarios):
                item = self.pick.item(i)
                if item is not None:
                    enabled = s in self.picked or not full
                    flags = Qt.ItemFlag.ItemIsUserCheckable | (Qt.ItemFlag.ItemIsEnabled if enabled else Qt.ItemFlag.NoItemFlags)
                    item.setFlags(flags)
        finally:
            self._filling = False
        self._fit_pick()
        columns = self.columns()
        if len(list(self.scenarios)) < 2:
            self.hint.setText(self.tr("Make a second scenario with Scenario ▸ Duplicate (Ctrl+D), change it, "
                                      "and compare them here."))
        elif len(columns) < 2:
            self.hint.setText(self.tr("Tick two to four scenarios to compare."))
        else:
            self.hint.setText(self.tr("Best value in bold; worse values tinted. ★ marks the chosen scenario."))
        self.model.set_columns(columns)
        self.timelines.set_columns(columns)
        self._fit_table()

    def _fit_pick(self) -> None:
        """As many lines of tick boxes as the names need at this width (at most three)."""
        fm = self.pick.fontMetrics()
        width = max(self.pick.width(), 120)
        lines, x = 1, 0
        for i in range(self.pick.count()):
            item = self.pick.item(i)
            w = fm.horizontalAdvance(item.text()) + 36 if item is not None else 0
            if x and x + w > width:
                lines, x = lines + 1, 0
            x += w
        row = max(self.pick.sizeHintForRow(0), fm.height() + 6)
        self.pick.setFixedHeight(min(lines, 3) * (row + 4) + 4)

    def _fit_table(self) -> None:
        """The measure names as wide as they need, up to two fifths of the table, but giving way to the
        values: a date or amount is never cut to make room for a name. Every row visible."""
        fm = self.table.fontMetrics()
        names = max([fm.horizontalAdvance(m) for m in self.model.measures()], default=80) + 16
        width = self.table.viewport().width()
        scenarios = self.model.columnCount() - 1
        values = max([self.table.sizeHintForColumn(c) for c in range(1, scenarios + 1)], default=0)
        room = width - scenarios * values if scenarios else width
        self.table.horizontalHeader().resizeSection(0, max(80, min(names, max(width * 2 // 5, 120), room)))
        header = self.table.horizontalHeader()
        rows = self.model.rowCount()
        height = header.sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_table()
        self._fit_pick()
