"""Issue 23.7: getting back to work. The second start reopens the plan worked on last (not the
demo with the welcome); the welcome offers Open Plan and the recent plans; Recent lists the user's
files before the demo's; Save never suggests the program's own folder; a bar is dragged from
anywhere on it, its text included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QGraphicsSimpleTextItem, QPushButton

from planner import shipped
from tests.ui.helpers import CATALOGUE, LEARNER, make_window, open_and_plan
from tests.ui.test_timeline import _mouse
from ui.palette import fmt_date


def _saved_plan(qtbot, settings, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    gen = make_window(qtbot, settings)
    w = next(gen)
    open_and_plan(qtbot, w, [CATALOGUE], LEARNER)
    target = tmp_path / "sam.leerroute.json"
    assert w.save_plan(target)
    w.close()
    next(gen, None)
    return target


def _start(window) -> bool:  # type: ignore[no-untyped-def]
    """What ``leerroute-gui`` without arguments opens; whether it shows the welcome."""
    from ui.app import open_start, parse_args
    from ui.welcome import wants_welcome

    return not open_start(window, parse_args([]), reopen=True) and wants_welcome(window)


def test_the_second_start_reopens_the_last_plan_without_the_welcome(qtbot, settings, tmp_path):

    target = _saved_plan(qtbot, settings, tmp_path)
    gen = make_window(qtbot, settings)
    w = next(gen)
    try:
        assert not _start(w)
        assert w.scenarios.path == target
        assert w.doc.learner is not None and w.doc.learner.name == "Test learner"
        assert "sam.leerroute.json" in w.windowTitle()
    finally:
        next(gen, None)


def test_the_first_start_opens_the_demo_with_the_welcome(qtbot, window):
    from ui.app import DEMO_LEARNER

    assert _start(window)  # nothing to reopen: the demo, and the welcome
    assert window.doc.learner_path == DEMO_LEARNER
    assert window.scenarios.path is None


def test_a_moved_last_plan_falls_back_to_the_demo(qtbot, window, settings, tmp_path):
    settings.set("files/lastPlan", str(tmp_path / "gone.leerroute.json"))
    assert _start(window)
    assert window.doc.catalogues is not None and window.last_message is None  # no error about the old file


def test_recent_lists_the_users_files_before_the_demos(qtbot, window, settings, tmp_path):
    own = tmp_path / "mine.yaml"
    own.write_text(LEARNER.read_text())
    settings.add_recent(own)
    for demo in shipped.demo_catalogues():  # opened later: newer, yet after the user's own
        settings.add_recent(demo)
    window.menus.recent_menu.aboutToShow.emit()
    tips = [a.toolTip() for a in window.menus.recent_menu.actions()]
    assert tips[0] == str(own.resolve())
    assert set(tips[1:]) == {str(p.resolve()) for p in shipped.demo_catalogues()}


def test_the_welcome_offers_open_plan_and_the_recent_plans(qtbot, settings, tmp_path):
    from ui.welcome import WelcomeDialog

    target = _saved_plan(qtbot, settings, tmp_path)
    gen = make_window(qtbot, settings)
    w = next(gen)
    try:
        opened: list[str] = []
        w.files.open_plan_dialog = lambda: opened.append("dialog")  # type: ignore[method-assign]
        dialog = WelcomeDialog(w)
        assert dialog.findChild(QPushButton, "welcomeOpenPlan") is not None
        recent = dialog.findChild(QPushButton, "welcomeRecent0")
        assert recent is not None and recent.text() == "sam"
        with qtbot.waitSignal(w.runner.finished, timeout=20000, raising=False):
            recent.click()
        assert w.scenarios.path == target
        again = WelcomeDialog(w)
        again.open_plan.click()
        assert opened == ["dialog"]
    finally:
        next(gen, None)


def test_save_of_a_new_plan_suggests_the_documents_folder(qtbot, planned, settings, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: (asked.append(start), ("", ""))[1])
    settings.set("files/lastDir", str(shipped.data_dir()))  # a folder of the program: never suggested
    assert not planned.files.save()
    folder = Path(asked[0]).parent
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert folder == Path(documents) and folder.is_dir()  # made when missing: a dialog given none opens the cwd
    assert not folder.resolve().is_relative_to(shipped.data_dir().resolve())


def test_a_bar_is_dragged_from_its_text_too(qtbot, planned):
    w = planned
    w.tabs.setCurrentWidget(w.timeline)
    qtbot.wait(1)
    view = w.timeline
    item = w.doc.plan.item_for_module("tiny:webdev")
    bar = view._bars["tiny:webdev"]
    texts = [c for c in bar.childItems() if isinstance(c, QGraphicsSimpleTextItem)]
    assert texts, "the bar shows its hours"
    start = view.mapFromScene(texts[0].sceneBoundingRect().center())
    end = start + QPoint(int((30 - item.start_week) * view.week_w), 0)  # week 30: a start of the hybrid offering
    _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(w.runner.finished, timeout=20000):
        _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    qtbot.waitUntil(lambda: not w.runner.busy)
    assert w.doc.learner.pinned == ["tiny:web-hybrid"]
    step = w.doc.undo_stack.undoText()  # History says when, as a date, not "week 30" of the route
    assert "week" not in step and fmt_date(w.doc.plan.start_date + dt.timedelta(weeks=30)) in step


def test_the_panel_gives_milestones_a_date_not_a_route_week(qtbot, planned):
    learner = planned.doc.learner
    boxes = list(planned.learner_form.milestones.values())
    assert boxes
    for box in boxes:
        assert "week" not in box.text()
    assert fmt_date(learner.start + dt.timedelta(weeks=16)) in boxes[0].text()  # the tiny goal's milestone: week 16
