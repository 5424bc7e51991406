"""The row of scenario tabs above the plan views: click one to show it, double-click to rename."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabBar, QToolButton, QWidget

from ui.plaintext import elide, plain_tip
from ui.scenarios import Scenarios


class ScenarioBar(QWidget):
    """Tabs named after the scenarios (★ marks the chosen one, … one that is planning) and a tool
    button for each of ``actions``; emits :attr:`renameRequested` on a double click."""

    renameRequested = Signal()

    def __init__(self, scenarios: Scenarios, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioBar")
        self.scenarios = scenarios
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("scenarioTabs")
        self.tabs.setAccessibleName(self.tr("Scenarios"))
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._tab_clicked)
        self.tabs.tabBarDoubleClicked.connect(lambda _i: self.renameRequested.emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.addWidget(QLabel(self.tr("Scenario:"), self))
        lay.addWidget(self.tabs, 1)
        lay.addSpacing(12)
        for action in actions:
            button = QToolButton(self)
            button.setObjectName(f"button_{action.objectName()}")
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            lay.addWidget(button)
        self._filling = False
        scenarios.listChanged.connect(self.refresh)
        scenarios.currentChanged.connect(self.refresh)
        scenarios.scenarioBusyChanged.connect(lambda _s, _b: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self._filling = True
        try:
            items = list(self.scenarios)
            while self.tabs.count() > len(items):
                self.tabs.removeTab(self.tabs.count() - 1)
            while self.tabs.count() < len(items):
                self.tabs.addTab("")
            for i, s in enumerate(items):
                text = ("★ " if s is self.scenarios.chosen else "") + elide(s.name, 40) + (" …" if s.runner.busy else "")
                self.tabs.setTabText(i, text)
                tip = self.tr("{name}: the chosen scenario").format(name=s.name) if s is self.scenarios.chosen \
                    else s.name
                self.tabs.setTabToolTip(i, plain_tip(tip))
            self.tabs.setCurrentIndex(items.index(self.scenarios.current))
        finally:
            self._filling = False

    def _tab_clicked(self, index: int) -> None:
        if not self._filling and 0 <= index < len(self.scenarios):
            self.scenarios.set_current(self.scenarios[index])
