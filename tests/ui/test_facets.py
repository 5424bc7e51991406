"""How I like to learn, in the window: the wishes box in the learner panel and the routes side by side."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from planner.facettypes import Choice, Facet
from tests.ui.helpers import open_and_plan, replanned
from ui.alternatives import AlternativesDialog
from ui.app import DEMO_CATALOGUES

FATIMA = DEMO_CATALOGUES[0].parent / "learners" / "selfpaced-fatima.yaml"


def test_the_learner_panel_shows_and_edits_the_wishes(qtbot, window):  # type: ignore[no-untyped-def]
    open_and_plan(qtbot, window, DEMO_CATALOGUES, FATIMA)
    box = window.learner_form.how_box
    assert [box.list.item(i).text() for i in range(box.list.count())] == [
        "never: oral exam (assessment)", "prefer: self-paced (pacing)", "avoid: supervised online (proctoring) (supervision)"]
    assert box.weeks.value() == 4
    box.facet.setCurrentIndex(box.facet.findData(Facet.ASSESSMENT.value))
    box.value.setCurrentIndex(box.value.findData("written-exam"))
    box.choice.setCurrentIndex(box.choice.findData(Choice.NEVER.value))
    replanned(qtbot, window, box.add.click)
    learner = window.doc.learner
    assert [(w.facet.value, w.value, w.choice.value) for w in learner.how.wishes][-1] == ("assessment", "written-exam", "never")
    plan = window.doc.plan
    assert plan.items and not any("written-exam" in [a.value for a in window.doc.catalogues.offerings[i.offering].how.assessment]
                                  for i in plan.items)
    window.learner_form.grab().save("/tmp/hoe-learnerform.png")
    window.doc.undo_stack.undo()
    assert len(window.doc.learner.how.wishes) == 3


def test_the_routes_side_by_side_and_using_one(qtbot, window):  # type: ignore[no-untyped-def]
    open_and_plan(qtbot, window, DEMO_CATALOGUES, FATIMA)
    window.findChild(QAction, "actionAlternatives").trigger()  # Plan ▸ Ways to Learn…
    dialog = window.findChild(AlternativesDialog)
    qtbot.waitUntil(lambda: dialog.table.columnCount() > 0, timeout=60000)
    rows = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    assert rows[:3] == ["Finish", "Weeks later than the fastest", "Preferences met (by EC)"]
    assert "Checked" in rows
    checked = rows.index("Checked")
    assert all(dialog.table.item(checked, c).text() == "valid" for c in range(dialog.table.columnCount()))
    assert dialog.table.horizontalHeaderItem(0).text() == "Fastest"
    dialog.grab().save("/tmp/hoe-alternatives.png")
    fastest = dialog.found[0].weeks_later
    assert fastest != window.doc.learner.how.weeks_later
    replanned(qtbot, window, lambda: dialog.findChild(QPushButton, "useAlternative0").click())
    assert window.doc.learner.how.weeks_later == fastest
