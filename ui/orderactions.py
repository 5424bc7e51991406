"""Plan This First and Plan Before… in the Edit menu and the route table's and timeline's context
menus: order wishes for the selected module, each one undo step, then a new plan. The learner
panel lists the wishes (:mod:`ui.orderwishes`).

Texts keep the main window's translation context: they are the window's words.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from ui.editing import Edits
from ui.host import WindowHost, widget
from ui.plaintext import elide
from ui.progressview import ref_title


class OrderActions:
    """Plan This First and Plan Before… for the selected module (Edit menu and context menus)."""

    def __init__(self, window: WindowHost, edits: Edits, make: Callable[..., QAction]) -> None:
        self._window = weakref.ref(window)
        self._edits = edits
        self.act_first = make(
            "actionPlanFirst", QCoreApplication.translate("MainWindow", "Plan This &First"), self.plan_first,
            tip=QCoreApplication.translate("MainWindow", "Plan the selected module before every other module of the route"))
        self.act_before = make(
            "actionPlanBefore", QCoreApplication.translate("MainWindow", "Plan &Before…"), self.plan_before,
            tip=QCoreApplication.translate("MainWindow", "Plan the selected module before another module you choose"))

    @property
    def actions(self) -> list[QAction]:
        return [self.act_first, self.act_before]

    @property
    def w(self) -> WindowHost:
        window = self._window()
        assert window is not None, "the window is gone"
        return window

    def plan_first(self) -> bool:
        module = self.w.details.module
        return bool(module) and self._edits.plan_first(str(module))

    def others(self, module: str) -> list[tuple[str, str]]:
        """The other modules of the route on screen, in route order: (title, module id)."""
        plan, cs = self.w.doc.plan, self.w.doc.catalogues
        items = sorted(plan.items, key=lambda i: (i.start_week, i.end_week)) if plan is not None else []
        return [(ref_title(cs, i.module), i.module) for i in items if i.module != module]

    def plan_before(self, *_: Any) -> bool:
        module = self.w.details.module
        if not module:
            return False
        others = self.others(str(module))
        if not others:
            self.w.status_label.setText(QCoreApplication.translate("MainWindow", "The route has no other module to plan it before."))
            return False
        title = ref_title(self.w.doc.catalogues, str(module))
        names = [t for t, _ in others]
        chosen, ok = QInputDialog.getItem(
            widget(self.w), QCoreApplication.translate("MainWindow", "Plan Before"),
            QCoreApplication.translate("MainWindow", "Plan “{m}” before:").format(m=elide(title, 120)), names, 0, False)
        if not ok or chosen not in names:
            return False
        return self._edits.plan_before(str(module), others[names.index(chosen)][1])
