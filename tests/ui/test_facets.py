"""How I like to learn, in the window: the wishes box in the learner panel and the routes side by side."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from planner.facettypes import Choice, Facet
from ui.alternatives import AlternativesDialog
from ui.app import DEMO_CATALOGUES

FATIMA = DEMO_CATALOGUES[0].parent / "learners" / "selfpaced-fatima.yaml"


def replanned(qtbot, window, action):  # type: ignore[no-untyped-def]
    """Run ``action`` (an edit) and wait for the plan that follows it: polled, with a long timeout (the
    demo takes longer than the tiny catalogue on a busy machine)."""
    before = window.doc.plan
    result = action()
    qtbot.waitUntil(lambda: window.doc.plan is not before and not window.runner.busy, timeout=120000)
    return result


def open_and_plan(qtbot, window, catalogues, learner) -> None:  # type: ignore[no-untyped-def]
    """Open the demo catalogues and a learner and wait for the first plan (polled, as above)."""
    window.runner.time_limit = 3.0
    assert window.open_catalogues(catalogues)
    assert window.open_learner(learner)
    qtbot.waitUntil(lambda: window.doc.plan is not None and window.doc.plan.items and not window.runner.busy, timeout=120000)


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
    try:
        qtbot.waitUntil(lambda: dialog.table.columnCount() > 0, timeout=180000)
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
    finally:
        dialog.done(0)  # stops and waits for the solves, even when an assertion failed


def test_the_timeline_marks_self_paced_bars_and_has_a_legend(qtbot, window):  # type: ignore[no-untyped-def]
    open_and_plan(qtbot, window, DEMO_CATALOGUES, FATIMA)
    timeline = window.timeline
    scene = timeline.scene()
    texts = [i.text() for i in scene.items() if hasattr(i, "text") and callable(i.text)]
    assert {"self-paced", "with a cohort", "assessment only (EVC)", "colour: mode of study"} <= set(texts)
    plan = window.doc.plan
    self_paced = [i.module for i in plan.items if i.how is not None and i.how.pacing.value == "self-paced"]
    assert self_paced
    for module, bar in timeline._bars.items():
        hatched = [c for c in bar.childItems() if hasattr(c, "brush") and c.brush().style().name == "BDiagPattern"]
        assert bool(hatched) == (module in self_paced)
        assert "assessed by" in bar.toolTip()
    timeline.grab().save("/tmp/hoe-timeline.png")


def test_details_comparison_and_progress_say_how_modules_are_taught(qtbot, window):  # type: ignore[no-untyped-def]
    from ui.comparison import Column, ComparisonModel

    open_and_plan(qtbot, window, DEMO_CATALOGUES, FATIMA)
    plan = window.doc.plan
    item = plan.items[0]
    window.details.show_item(item, window.doc.catalogues, window.doc.learner)
    text = window.details.text.toPlainText()
    assert "How taught" in text and "How assessed" in text
    assert "self-paced" in text
    window.details.grab().save("/tmp/hoe-details.png")
    # the comparison: share of EC per pacing and per assessment type
    model = ComparisonModel()
    fastest = plan.model_copy(deep=True)
    model.set_columns([Column("Fatima", True, plan, False), Column("copy", False, fastest, False), Column("none", False, None, False)])
    measures = model.measures()
    assert "self-paced (share of EC)" in measures
    row = measures.index("self-paced (share of EC)")
    self_paced_ec = sum(i.ec for i in plan.items if i.how and i.how.pacing.value == "self-paced")
    assert model.cell(row, 0) == f"{round(100 * self_paced_ec / plan.totals.ec)}%"
    assert model.cell(row, 2) == "—"
    assert any(m.startswith("assessed by digital exam") for m in measures)
    # the progress view names pacing and assessment beside the planned module
    window.progress.set_data(window.doc.catalogues, window.doc.learner, plan)
    model_p = window.progress.tree.model()
    texts = []
    for r in range(model_p.rowCount()):
        for c in range(model_p.columnCount()):
            texts.append(str(model_p.index(r, c).data()))
            parent = model_p.index(r, 0)
            texts += [str(model_p.index(rr, c, parent).data()) for rr in range(model_p.rowCount(parent))]
    assert any("(self-paced;" in t for t in texts), texts[:20]


def test_the_intake_asks_how_the_learner_likes_to_learn(qtbot, window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    window.runner.time_limit = 3.0
    window.open_catalogues(DEMO_CATALOGUES)
    qtbot.waitUntil(lambda: window.doc.catalogues is not None, timeout=60000)
    window.findChild(QAction, "actionNewLearner").trigger()
    dialog = window.intake
    dialog.name.setText("Noor")
    dialog.goal.setCurrentIndex(dialog.goal.findText("Data and AI microcredential stack"))
    box = dialog.how
    box.facet.setCurrentIndex(box.facet.findData("assessment"))
    box.value.setCurrentIndex(box.value.findData("oral-exam"))
    box.choice.setCurrentIndex(box.choice.findData("never"))
    box.add.click()
    box.weeks.setValue(3)
    assert box.list.count() == 1
    dialog.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.doc.plan is not None and window.doc.plan.items and not window.runner.busy, timeout=120000)
    how = window.doc.learner.how
    assert [(w.facet.value, w.value, w.choice.value) for w in how.wishes] == [("assessment", "oral-exam", "never")]
    assert how.weeks_later == 3
    plan = window.doc.plan
    assert plan.items and all("oral-exam" not in [a.value for a in i.how.assessment] for i in plan.items if i.how)


def test_the_legend_is_whole_in_view_at_1024_pixels_wide_and_scrolled(qtbot, window):  # type: ignore[no-untyped-def]
    """At 1024 px wide the legend ran on under the scroll bar ('assessment o…'); scrolled, it left the view."""
    window.resize(1024, 700)
    open_and_plan(qtbot, window, DEMO_CATALOGUES, FATIMA)
    timeline = window.timeline
    window.tabs.setCurrentWidget(timeline)
    qtbot.waitUntil(lambda: timeline.isVisible())
    wanted = {"self-paced", "with a cohort", "assessment only (EVC)", "colour: mode of study"}
    bar = timeline.horizontalScrollBar()
    for value in (bar.minimum(), (bar.minimum() + bar.maximum()) // 2, bar.maximum()):
        bar.setValue(value)
        qtbot.wait(10)
        shown = [i for i in timeline.scene().items() if hasattr(i, "text") and callable(i.text) and i.text() in wanted]
        assert {i.text() for i in shown} == wanted
        for item in shown:
            seen = timeline.mapFromScene(item.sceneBoundingRect()).boundingRect()
            assert timeline.viewport().rect().contains(seen), (item.text(), seen, timeline.viewport().rect(), value)
    timeline.grab().save("/tmp/words23-legend-1024.png")
