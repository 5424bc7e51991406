"""Routes side by side that trade weeks for how the learner likes to learn (Plan ▸ Ways to Learn…).

The routes come from :func:`planner.alternatives.alternatives`, solved off the GUI thread; each
column is one route: its finish date, the weeks it gives, the share of the preferences it meets, EC
per pacing and per assessment type, and whether the independent validator accepts it. "Use" sets
the learner's weeks to give (an undoable edit), and the window plans again.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.alternatives import Alternative, alternatives
from planner.catalog import CatalogueSet
from planner.models import Learner
from ui.background import Background
from ui.facets import facet_label
from ui.palette import counted, fmt_date, fmt_number, fmt_total_cost


def _share(part: float, total: float) -> str:
    return f"{round(100 * part / total)}%" if total > 0 else "—"


class AlternativesDialog(QDialog):
    """The routes side by side; emits ``chosen`` with the weeks to give of the route picked."""

    chosen = Signal(int)

    def __init__(self, cs: CatalogueSet, learner: Learner, parent: QWidget | None = None, time_limit: float = 3.0) -> None:
        super().__init__(parent)
        self.setObjectName("alternativesDialog")
        self.setWindowTitle(self.tr("Ways to learn: finish against preferences"))
        self.cs, self.learner = cs, learner
        self.found: list[Alternative] = []
        self._stop = threading.Event()
        self.status = QLabel(self.tr("Planning the routes…"), self)
        self.status.setObjectName("alternativesStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("alternativesTable")
        self.table.setAccessibleName(self.tr("Routes side by side"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.uses = QHBoxLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)
        lay.addLayout(self.uses)
        lay.addWidget(buttons)
        self.resize(760, 460)
        self.job = Background(self, lambda: alternatives(cs, learner, time_limit=time_limit, stop=self._stop),
                              self.show_routes, self._failed)

    def done(self, result: int) -> None:  # closing stops the solves
        self._stop.set()
        self.job.wait()
        super().done(result)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The routes could not be planned: {error}").format(error=exc))

    def show_routes(self, found: list[Alternative]) -> None:
        """Fill the table with the routes (GUI thread)."""
        self.found = found
        if not found:
            self.status.setText(self.tr("No route fits your wishes; the plan view says why."))
            return
        fastest = found[0].finish or 0
        self.status.setText(self.tr("{n} routes, from the fastest to the one that meets most of your preferences; "
                                    "each is checked by the independent validator.").format(n=len(found)))
        pacings = sorted({k for a in found for k in a.pacing})
        kinds = sorted({k for a in found for k in a.assessment})
        rows: list[tuple[str, Any]] = [
            (self.tr("Finish"), lambda a: fmt_date(a.plan.totals.finish_date) if a.plan.totals else "—"),
            (self.tr("Weeks later than the fastest"), lambda a: str((a.finish or 0) - fastest)),
            (self.tr("Preferences met (by EC)"), lambda a: "—" if a.met is None else f"{round(100 * a.met)}%"),
            *[(self.tr("EC {what}").format(what=facet_label(p)), lambda a, p=p: _share(a.pacing.get(p, 0.0), a.plan.totals.ec))
              for p in pacings],
            *[(self.tr("EC assessed by {what}").format(what=facet_label(k)),
               lambda a, k=k: _share(a.assessment.get(k, 0.0), a.plan.totals.ec)) for k in kinds],
            (self.tr("Modules"), lambda a: str(len(a.plan.items))),
            (self.tr("Study hours"), lambda a: fmt_number(a.plan.totals.hours) if a.plan.totals else "—"),
            (self.tr("Cost"), lambda a: fmt_total_cost(a.plan.totals) if a.plan.totals else "—"),
            (self.tr("Checked"), lambda a: self.tr("valid") if not a.findings else counted(
                len(a.findings), self.tr("{n} problem"), self.tr("{n} problems"))),
        ]
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(found))
        self.table.setVerticalHeaderLabels([r[0] for r in rows])
        self.table.setHorizontalHeaderLabels([
            self.tr("Fastest") if a.weeks_later == 0 else counted(
                a.weeks_later, self.tr("Up to 1 week later"), self.tr("Up to {n} weeks later")) for a in found])
        for c, a in enumerate(found):
            for r, (_, value) in enumerate(rows):
                item = QTableWidgetItem(value(a))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
            use = QPushButton(counted(a.weeks_later, self.tr("Use: up to 1 week later"),
                                      self.tr("Use: up to {n} weeks later")), self)
            use.setObjectName(f"useAlternative{c}")
            use.clicked.connect(lambda _=False, w=a.weeks_later: self._use(w))
            self.uses.addWidget(use)
        self.table.resizeColumnsToContents()

    def _use(self, weeks: int) -> None:
        self.chosen.emit(weeks)
        self.accept()


def alternatives_action(window: Any) -> QAction:
    """The Plan menu's action that shows the routes for the window's learner (``window.doc``)."""
    act = QAction(QCoreApplication.translate("AlternativesDialog", "&Ways to Learn…"), window)
    act.setObjectName("actionAlternatives")
    act.setStatusTip(QCoreApplication.translate("AlternativesDialog", "Routes that trade weeks for how you like to learn, side by side"))

    def show() -> None:
        doc = window.doc
        if doc.catalogues is None or doc.learner is None:
            return
        dialog = AlternativesDialog(doc.catalogues, doc.learner, window)

        def use(weeks: int) -> None:
            how = dict(doc.learner.how.model_dump(mode="json"), weeks_later=weeks)
            doc.try_edit_learner(QCoreApplication.translate("AlternativesDialog", "Give weeks for how I like to learn"), how=how)

        dialog.chosen.connect(use)
        dialog.open()

    act.triggered.connect(lambda _=False: show())
    return act


__all__ = ["AlternativesDialog", "alternatives_action"]
