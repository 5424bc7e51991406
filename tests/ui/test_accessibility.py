"""Every interactive widget of every window and dialog has an accessible name and a keyboard path
(the walk is in tests/ui/accessibility.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from planner import shipped
from tests.ui.accessibility import problems
from tests.ui.helpers import open_and_plan


def test_the_walk_finds_a_field_without_a_name_and_a_button_out_of_keyboard_reach(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root).setObjectName("nameless")
    button = QPushButton("Go", root)
    button.setObjectName("unreachable")
    from PySide6.QtCore import Qt

    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    root.show()
    found = problems(root)
    assert "no accessible name: QLineEdit nameless in QWidget" in found
    assert "no keyboard path: QPushButton unreachable in QWidget" in found
    assert not [p for p in found if "accessible name: QPushButton" in p]  # its text names it


def test_the_main_window_on_every_tab(qtbot, window):
    open_and_plan(qtbot, window, shipped.demo_catalogues(), shipped.sample_learner())
    assert problems(window) == []


def test_the_scenarios_compared(qtbot, window):
    open_and_plan(qtbot, window, shipped.demo_catalogues(), shipped.sample_learner())
    window.scenarios.duplicate("second")
    qtbot.waitUntil(lambda: not any(s.runner.busy for s in window.scenarios), timeout=30000)
    assert len(window.scenarios) == 2
    assert problems(window) == []


@pytest.mark.parametrize("opener", ["welcome", "shortcuts"])
def test_the_help_dialogs(qtbot, window, opener):
    from ui.helpmenu import show_shortcuts
    from ui.welcome import show_welcome

    dialog = (show_welcome if opener == "welcome" else show_shortcuts)(window)
    qtbot.waitUntil(dialog.isVisible)
    assert problems(dialog) == []
    dialog.close()


def test_every_page_of_the_intake(qtbot, window):
    from ui.intake import NewLearnerDialog

    open_and_plan(qtbot, window, shipped.demo_catalogues(), shipped.sample_learner())
    dialog = NewLearnerDialog(window.doc.catalogues, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Test")
    pages = dialog.pageIds()
    assert len(pages) >= 4
    for page in pages:
        qtbot.waitUntil(lambda page=page: dialog.currentId() == page)
        assert problems(dialog) == [], f"page {page}: {dialog.currentPage().title()}"
        dialog.next()


def test_the_insight_alternatives_and_endpoint_dialogs(qtbot, window):
    from ui.alternatives import AlternativesDialog
    from ui.insight import InsightDialog
    from ui.ooapi_endpoint import EndpointDialog

    fatima = next(p for p in shipped.sample_learners() if "fatima" in p.name)  # wishes on how she learns
    open_and_plan(qtbot, window, shipped.demo_catalogues(), fatima)
    dialogs = [InsightDialog(window.doc.catalogues, window),
               AlternativesDialog(window.doc.catalogues, window.doc.learner, window, time_limit=0.5),
               EndpointDialog(window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        assert problems(dialog) == [], dialog.objectName()
    alternatives = dialogs[1]
    qtbot.waitUntil(lambda: alternatives.table.columnCount() > 0, timeout=60000)  # the routes are in
    assert problems(alternatives) == []
    for dialog in dialogs:
        dialog.close()
