"""What the comparison shows of each scenario: the measures in rows, one column per scenario, the best
value of a row in bold and the worse ones tinted; under them what each scenario asked for (hours, free
times, modes, places, budget, deadline, differing pins), a row marked ≠ where the scenarios differ
(the table of :class:`ui.comparison.ComparisonView`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import MilestoneResult, Plan, Status
from ui import language
from ui.compareinputs import input_rows
from ui.facets import share_rows
from ui.palette import fmt_date, fmt_money, fmt_number
from ui.plaintext import plain_tip

WORSE = QColor("#fbe3d6")
BEST = QColor("#e3f4e1")
DIFFERS = QColor("#e4ecfa")
DIFFERS_MARK = " ≠"


@dataclass
class Column:
    """What the comparison shows of one scenario."""

    name: str
    chosen: bool
    plan: Plan | None
    busy: bool
    learner: Learner | None = None

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
        self.results = 0  # the rows before it are results (the last of them the planner's status)
        self.differ: set[int] = set()  # input rows where the scenarios ask differently

    def set_columns(self, columns: list[Column], cs: CatalogueSet | None = None) -> None:
        self.beginResetModel()
        self.columns = columns
        self.rows = self._build()
        self.results = len(self.rows)
        self.differ = set()
        if columns:
            for row in input_rows([c.learner for c in columns], cs):
                if row.differ:
                    self.differ.add(len(self.rows))
                name = row.name + (DIFFERS_MARK if row.differ else "")
                self.rows.append((name, [Cell(t, None, tip) for t, tip in zip(row.texts, row.tips, strict=True)]))
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
                                                   self.tr("week {w} of the route").format(w=p.totals.finish_week)))),
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
                                    self.tr("target: week {t} of the route; reached after week {w}").format(
                                        t=r.target_week, w=r.week)))
            rows.append((title, row))
        # how the routes are taught and assessed: share of EC per pacing and assessment type (ui/facets.py)
        rows += [(name, [Cell(t, None) for t in texts]) for name, texts in share_rows([c.plan if c.routed else None for c in cols])]
        rows += [
            (self.tr("EC"), cells(lambda p: Cell(fmt_number(p.totals.ec), p.totals.ec))),
            (self.tr("Study hours"), cells(lambda p: Cell(fmt_number(round(p.totals.hours)), round(p.totals.hours)))),
            (self.tr("Cost"), cells(lambda p: Cell(fmt_money(p.totals.cost), round(p.totals.cost)))),
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
                name = self.rows[index.row()][0]
                if index.row() in self.differ:
                    return plain_tip(self.tr("{name}: the scenarios ask differently").format(
                        name=name.removesuffix(DIFFERS_MARK)))
                return plain_tip(name)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(DIFFERS if index.row() in self.differ else QColor("#f3f3f3"))
            if role == Qt.ItemDataRole.FontRole and index.row() >= self.results:
                font = QFont()
                font.setItalic(True)  # what was asked, set apart from what came of it
                return font
            return None
        cell = self.rows[index.row()][1][index.column() - 1]
        column = self.columns[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(cell.tip or cell.text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if index.row() >= self.results:  # what the scenario asked for: not better or worse, marked where they differ
            if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.differ:
                return QBrush(DIFFERS)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column.busy:
            return QBrush(QColor("#888"))
        if index.row() == self.results - 1:  # the planner's status is not better or worse
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
