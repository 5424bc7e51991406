"""Issue 15: the window in daily use — no surprise edits by the wheel, undo and redo from anywhere,
one Quit key, dates typed as people type them, files of the wrong kind told in one sentence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import CATALOGUE, LEARNER, replanned


def _wheel(widget, steps: int = -1) -> None:  # type: ignore[no-untyped-def]
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_field_scrolls_the_panel_and_changes_nothing(qtbot, planned):
    w = planned
    form = w.learner_form
    w.timeline.setFocus()
    hours, language, goal = form.hours.value(), form.language.currentIndex(), form.goal.currentIndex()
    steps = w.doc.undo_stack.count()
    for field in (form.hours, form.language, form.goal, form.start, form.budget):
        _wheel(field, -1)
        _wheel(field, 2)
    qtbot.wait(250)  # past the re-plan delay: an edit would have been made by now
    assert (form.hours.value(), form.language.currentIndex(), form.goal.currentIndex()) == (hours, language, goal)
    assert w.doc.undo_stack.count() == steps
    assert w.doc.learner.hours_per_week == hours


def test_the_wheel_over_a_field_scrolls_the_learner_panel(qtbot, planned):
    w = planned
    w.resize(1100, 600)
    qtbot.wait(1)
    bar = w.learner_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    _wheel(w.learner_form.hours, -3)
    assert bar.value() > 0


def test_a_focused_field_still_takes_the_wheel(qtbot, planned):
    w = planned
    form = w.learner_form
    form.hours.setFocus()
    qtbot.waitUntil(form.hours.hasFocus)
    before = form.hours.value()
    _wheel(form.hours, 1)
    assert form.hours.value() == before + 1


def _activate(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


def test_ctrl_z_in_a_text_field_with_nothing_typed_undoes_the_last_edit(qtbot, planned):
    w = planned
    _activate(qtbot, w)
    before = w.doc.learner.hours_per_week
    replanned(qtbot, w, lambda: w.doc.edit_learner("hours", hours_per_week=before - 4))
    name = w.learner_form.name
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.doc.learner.hours_per_week == before
    qtbot.keyClick(name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert w.doc.learner.hours_per_week == before - 4
    # typing of its own is the field's to undo first
    qtbot.keyClicks(name, "xyz")
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.doc.learner.hours_per_week == before - 4
    assert not name.text().endswith("xyz")


def test_the_name_field_has_no_focus_at_start(qtbot, window):
    _activate(qtbot, window)
    assert not window.learner_form.name.hasFocus()
    assert window.focusWidget() is not window.learner_form.name


def test_every_shortcut_is_bound_once_and_ctrl_q_quits(qtbot, planned):
    w = planned
    seen: dict[str, str] = {}
    for action in w.findChildren(type(w.menus.act_quit)):
        for key in action.shortcuts():
            text = key.toString()
            assert text, f"{action.objectName()} has an empty shortcut"
            assert text not in seen, f"{text} is bound to {seen[text]} and {action.objectName()}"
            seen[text] = action.objectName()
    _activate(qtbot, w)
    with qtbot.waitSignal(w.menus.act_quit.triggered, timeout=2000):
        qtbot.keyClick(w.timeline, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert QKeySequence("Ctrl+Q") in w.menus.act_quit.shortcuts()


def test_a_start_date_typed_whole_is_that_date(qtbot, planned):
    w = planned
    _activate(qtbot, w)
    start = w.learner_form.start
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    field = w.focusWidget()
    field.selectAll()
    qtbot.keyClicks(field, "5 Jan 2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(1)
    assert w.doc.learner.start == dt.date(2026, 1, 5)
    assert w.doc.undo_stack.count() == 1  # one edit, not one per key
    field.selectAll()
    qtbot.keyClicks(field, "14-9-2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert w.doc.learner.start == dt.date(2026, 9, 14)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "someday")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert w.doc.learner.start == dt.date(2026, 9, 14)
    assert "14" in field.text()


def test_a_catalogue_opened_as_a_learner_is_named_as_such(qtbot, planned):
    w = planned
    assert not w.open_learner(CATALOGUE)
    title, text = w.last_message
    assert "is a catalogue, not a learner file" in text
    assert "more" not in text and text.count("\n") <= 3
    assert w.doc.learner is not None  # the learner on screen stays


def test_a_learner_opened_as_a_catalogue_is_named_as_such(qtbot, window):
    assert not window.open_catalogues([LEARNER])
    assert "is a learner file, not a catalogue" in window.last_message[1]
    assert window.doc.catalogues is None
