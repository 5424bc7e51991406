"""Scenarios side by side: finish, milestones, EC, hours, cost and modules in columns, the best value
in bold and worse ones tinted; under it one compact timeline per scenario on a shared time axis.

The table's model is in :mod:`ui.comparisonmodel`, the drawn timelines in :mod:`ui.comparetimelines`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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

from ui.compareinputs import why_no_route
from ui.comparetimelines import CompareTimelines
from ui.comparisonmodel import Cell, Column, ComparisonModel
from ui.plaintext import elide, plain_tip
from ui.scenarios import Scenario, Scenarios

__all__ = ["Cell", "Column", "CompareTimelines", "ComparisonModel", "ComparisonView"]


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
        self.why = QLabel(self)  # why a scenario has no route, a sentence each
        self.why.setObjectName("comparisonWhy")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setStyleSheet("color:#8a2a10")
        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Scenarios compared"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a keyboard or screen-reader user reads it cell by cell
        self.table.setWordWrap(True)  # a long list of places or modes takes another line, never cut
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
        il.addWidget(self.why)
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
        return [Column(s.name, s is self.scenarios.chosen, s.doc.plan, s.runner.busy, s.doc.learner)
                for s in self.picked[: Scenarios.MAX_COMPARED]]

    def why_texts(self) -> list[tuple[str, str]]:
        """Each compared scenario without a route, with why in one sentence."""
        cs = self.scenarios.current.doc.catalogues
        out = []
        for s in self.picked[: Scenarios.MAX_COMPARED]:
            why = "" if s.runner.busy else why_no_route(s.doc.plan, cs)
            if why:
                out.append((s.name, why))
        return out

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
            self.hint.setText(self.tr("Best value in bold; worse values tinted; ≠ marks what the scenarios ask "
                                      "differently. ★ marks the chosen scenario."))
        self.model.set_columns(columns, self.scenarios.current.doc.catalogues)
        why = self.why_texts() if len(columns) >= 2 else []
        self.why.setText("\n".join(f"“{name}”: {text}" for name, text in why))
        self.why.setVisible(bool(why))
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
        self.table.resizeRowsToContents()
        rows = range(self.model.rowCount())
        height = header.sizeHint().height() + sum(max(self.table.rowHeight(r), 1) for r in rows)
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_table()
        self._fit_pick()
