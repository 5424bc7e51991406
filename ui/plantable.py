"""The route as a table (the Modules tab)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableView, QWidget


class PlanTable(QTableView):
    """The route as a table: the module column takes the room the other columns leave, but never
    less than :attr:`MIN_TITLE` pixels; in a narrow window the table scrolls sideways instead of
    squeezing the module names to a few letters."""

    MIN_TITLE = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # columns are fitted once per change of the model, and only while the table is shown (with
        # ResizeToContents every model reset measured every cell several times: 0.5 s per route on L)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_columns)
        self._fitted = False

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt naming
        super().setModel(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
            signal.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self._fitted = False
        if self.isVisible():
            self._fit_timer.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._fitted:
            self._fit_columns()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_title()

    def _fit_columns(self) -> None:
        """Each column but the module's as wide as its widest text (or its header).

        Qt's own fitting (``resizeColumnToContents``) asks the model for ten roles of every cell: a route of
        115 modules on XL took 0.17 s of the window's time. Here one cell per column is measured by the
        view (its margins, the mode's colour swatch) and every text only by the font: the same widths for
        a tenth of the work."""
        self._fitted = True
        model, header = self.model(), self.horizontalHeader()
        rows = model.rowCount() if model is not None else 0
        fm = self.fontMetrics()
        grid = 1 if self.showGrid() else 0
        for c in range(1, header.count()):
            if rows == 0:
                self.resizeColumnToContents(c)
                continue
            first = model.index(0, c)
            pad = self.sizeHintForIndex(first).width() - fm.horizontalAdvance(str(first.data() or ""))
            widest = max(fm.horizontalAdvance(str(model.index(r, c).data() or "")) for r in range(rows))
            header.resizeSection(c, max(widest + pad + grid, header.sectionSizeHint(c)))
        self._fit_title()

    def _fit_title(self, *_args: object) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c))
        header.resizeSection(0, max(self.MIN_TITLE, self.viewport().width() - others))
