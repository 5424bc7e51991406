"""Order wishes in the learner panel: the list, each with Remove (one undo step by the rules of
:mod:`planner.edits`, then a new plan). The context menus' actions are in :mod:`ui.orderactions`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from planner.catalog import CatalogueSet
from planner.models import Learner, OrderWish
from ui.plaintext import elide, plain_tip, wrappable
from ui.progressview import ref_title


def wish_text(cs: CatalogueSet | None, wish: OrderWish) -> str:
    """'“Orientation” first' or '“Programming” before “Databases”', with the modules' titles."""
    first = elide(ref_title(cs, wish.module), 120)
    if wish.before is None:
        return QCoreApplication.translate("OrderWishesBox", "“{m}” first").format(m=first)
    return QCoreApplication.translate("OrderWishesBox", "“{m}” before “{b}”").format(
        m=first, b=elide(ref_title(cs, wish.before), 120))


class OrderWishesBox(QGroupBox):
    """The learner's order wishes, each with a Remove button (:attr:`removeRequested`)."""

    removeRequested = Signal(object)  # the OrderWish to remove

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Order of modules"), parent)
        self.setObjectName("orderWishesBox")
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.remove_buttons: dict[int, QPushButton] = {}
        self.labels: list[QLabel] = []

    def set_data(self, cs: CatalogueSet | None, learner: Learner | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.remove_buttons, self.labels = {}, []
        wishes = list(learner.order) if learner is not None else []
        if not wishes:
            empty = QLabel(self.tr("No wishes about the order. Right-click a module in the route or on the "
                                   "timeline: Plan This First, or Plan Before…"), self)
            empty.setWordWrap(True)
            empty.setStyleSheet("color:#666")
            self.grid.addWidget(empty, 0, 0, 1, 2)
            self.labels.append(empty)
            return
        for row, wish in enumerate(wishes):
            text = wish_text(cs, wish)
            label = QLabel(wrappable(text), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setToolTip(plain_tip(text))
            button = QPushButton(self.tr("Remove"), self)
            button.setObjectName(f"remove_order_{row}")
            button.setToolTip(self.tr("Plan again without this wish"))
            button.setAccessibleName(self.tr("Remove the wish {wish}").format(wish=text))
            button.clicked.connect(lambda _=False, wish=wish: self.removeRequested.emit(wish))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.labels.append(label)
            self.remove_buttons[row] = button
