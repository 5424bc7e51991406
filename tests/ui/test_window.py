"""The main window against the real solver on a small catalogue: plan, edit, undo, files, cancel."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton

from planner.plan import Status
from tests.ui.helpers import CATALOGUE, LEARNER, BlockingSolver, make_window, replanned


def modules(window) -> set[str]:
    return {i.module for i in window.doc.plan.items}


def test_open_catalogue_and_learner_shows_a_plan(planned):
    w = planned
    plan = w.doc.plan
    assert plan.status in (Status.OPTIMAL, Status.FEASIBLE)
    assert {"tiny:prog", "tiny:db", "tiny:webdev", "tiny:sec"} <= modules(w)
    assert set(w.timeline._bars) == modules(w)
    assert w.items_model.rowCount() == len(plan.items)
    assert "week" in w.summary.fields["finish"].text()
    assert not w.busy.isVisible() and not w.cancel_button.isVisible()
    assert w.details.module in modules(w)
    assert "Why is this in my route?" in w.details.text.toPlainText()
    w.tabs.setCurrentWidget(w.browser)  # the lists fill when the tab is first shown
    assert w.browser.models["modules"].rowCount() == 6
    assert w.learner_form.goal.currentData() == "tiny:webdev-cert"


def test_every_action_has_an_object_name_and_main_shortcuts(window):
    actions = window.findChildren(QAction)
    unnamed = [a.text() for a in actions if a.text() and not a.isSeparator() and not a.objectName()]
    assert unnamed == []
    shortcuts = {a.objectName(): [s.toString() for s in a.shortcuts()] for a in actions}
    assert "Ctrl+Shift+O" in shortcuts["actionOpenCatalogue"]
    assert "Ctrl+O" in shortcuts["actionOpenPlan"]
    assert "Ctrl+S" in shortcuts["actionSave"]
    assert "Ctrl+Z" in shortcuts["actionUndo"]
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(shortcuts["actionRedo"])
    assert "F5" in shortcuts["actionReplan"]
    assert "Esc" in shortcuts["actionCancel"]


def test_bad_catalogue_reports_file_and_line(window, tmp_path):
    """A file unusable as a whole (an unknown format version) is refused, with its line."""
    bad = tmp_path / "broken.yaml"
    bad.write_text(CATALOGUE.read_text(encoding="utf-8").replace('formatVersion: "1.0"', 'formatVersion: "2.0"', 1),
                   encoding="utf-8")
    assert not window.open_catalogues([bad])
    title, text = window.last_message
    assert "broken.yaml:" in text and "format version '2.0'" in text
    assert window.browser.diagnostics.rowCount() >= 1
    assert window.browser.diagnostics.index(0, 1).data().startswith("broken.yaml:")
    assert window.doc.catalogues is None
    assert window.status_label.text() == "1 problem in the catalogue"  # not "1 problems"
    assert window.open_catalogues([CATALOGUE])
    assert window.status_label.text() == "Opened 1 catalogue"


def test_a_broken_module_is_left_out_and_the_rest_opens(window, tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text(CATALOGUE.read_text(encoding="utf-8").replace("ec: 5\n", "ec: five\n", 1), encoding="utf-8")
    assert window.open_catalogues([bad])
    status = window.status_label.text()
    assert status.startswith("1 module of Hogeschool Test was left out: "), status
    assert "expected a number, found the text 'five'" in status
    assert window.browser.diagnostics.index(0, 1).data().startswith("broken.yaml:")  # still listed, with its line
    cs = window.doc.catalogues
    assert cs is not None and len(cs.left_out) >= 1 and cs.left_out[0].id not in cs.modules


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"[1, 2", b"- just\n- a list\n"])
def test_garbage_files_never_crash(window, tmp_path, content):
    f = tmp_path / "junk.yaml"
    f.write_bytes(content)
    assert not window.open_catalogues([f])
    assert not window.open_learner(f)
    g = tmp_path / "junk.leerroute.json"
    g.write_bytes(content)
    assert not window.open_plan(g)
    assert "junk" in window.last_message[1]


def test_edit_hours_replans_and_undo_redo(qtbot, planned):
    w = planned
    before = w.doc.plan
    replanned(qtbot, w, lambda: w.learner_form.hours.setValue(40))
    assert w.doc.learner.hours_per_week == 40
    assert w.doc.plan is not before and w.doc.plan.status in (Status.OPTIMAL, Status.FEASIBLE)
    assert w.doc.plan.totals.finish_week <= before.totals.finish_week
    assert w.isWindowModified() and "[*]" in w.windowTitle()
    replanned(qtbot, w, w.menus.act_undo.trigger)
    assert w.doc.learner.hours_per_week == 20
    assert w.learner_form.hours.value() == 20
    assert w.doc.plan.totals.finish_week == before.totals.finish_week
    assert not w.isWindowModified()
    replanned(qtbot, w, w.menus.act_redo.trigger)
    assert w.doc.learner.hours_per_week == 40
    assert w.isWindowModified()


def test_pin_exclude_choose_offering_and_mark_proven(qtbot, planned):
    w = planned
    replanned(qtbot, w, lambda: w.edits.exclude("tiny:prog-online"))
    assert w.doc.learner.excluded == ["tiny:prog-online"]
    assert w.doc.plan.item_for_module("tiny:prog").offering == "tiny:prog-campus"

    replanned(qtbot, w, w.menus.act_undo.trigger)
    assert w.doc.learner.excluded == []
    replanned(qtbot, w, lambda: w.edits.choose_offering("tiny:prog", "tiny:prog-campus"))
    assert w.doc.learner.pinned == ["tiny:prog-campus"]
    item = w.doc.plan.item_for_module("tiny:prog")
    assert item.offering == "tiny:prog-campus" and item.pinned
    replanned(qtbot, w, lambda: w.edits.choose_offering("tiny:prog", "tiny:prog-online"))
    assert w.doc.learner.pinned == ["tiny:prog-online"]  # the other pin of the module is replaced

    replanned(qtbot, w, lambda: w.edits.mark_proven("tiny:agile", "diploma"))
    assert "tiny:agile" in w.doc.learner.proven_ids()
    assert not any("tiny:agile" in i.outcomes for i in w.doc.plan.items)

    assert w.doc.undo_stack.count() == 3
    for _ in range(3):
        replanned(qtbot, w, w.menus.act_undo.trigger)
    assert w.doc.learner.pinned == [] and w.doc.learner.excluded == [] and w.doc.learner.proven == []


def test_pin_from_details_panel(qtbot, planned):
    w = planned
    w.refresh.select_module("tiny:db")
    replanned(qtbot, w, w.details.pin.click)
    assert "tiny:db" in w.doc.learner.pinned
    assert w.doc.plan.item_for_module("tiny:db").pinned
    assert w.details.pin.text().replace("&", "") == "Unpin"


def test_save_and_reopen_plan_file(qtbot, planned, tmp_path, settings):
    w = planned
    replanned(qtbot, w, lambda: w.edits.exclude("tiny:prog-online"))
    target = tmp_path / "anna.leerroute.json"
    assert w.save_plan(target)
    assert not w.isWindowModified()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["learner"]["excluded"] == ["tiny:prog-online"]
    assert data["catalogues"][0]["id"] == "tiny" and len(data["catalogues"][0]["sha256"]) == 64

    gen = make_window(qtbot, settings)
    other = next(gen)
    assert other.open_plan(target)
    assert other.doc.learner == w.doc.learner
    assert other.doc.plan == w.doc.plan
    assert other.windowTitle().startswith("anna.leerroute.json")
    assert not other.explanation.isVisible()
    assert str(target.resolve()) in settings.recent_files()


def test_reopen_against_changed_catalogue_says_so(qtbot, planned, tmp_path, settings):
    w = planned
    cats = tmp_path / "cats"
    cats.mkdir()
    copy = cats / "tiny.yaml"
    shutil.copy(CATALOGUE, copy)
    with qtbot.waitSignal(w.runner.finished, timeout=20000):
        assert w.open_catalogues([copy])
    target = tmp_path / "plan.leerroute.json"
    assert w.save_plan(target)
    copy.write_text(copy.read_text(encoding="utf-8").replace("cost: 450", "cost: 475"), encoding="utf-8")
    gen = make_window(qtbot, settings)
    other = next(gen)
    assert other.open_plan(target)
    codes = [n.code for n in other.doc.file_notes]
    assert codes[:2] == ["planfile.catalogue_differs", "planfile.diff"]
    uses_online = other.doc.plan.item_for_module("tiny:prog").offering == "tiny:prog-online"
    assert ("planfile.offering_changed" in codes) == uses_online
    assert other.explanation.isVisible()
    texts = " ".join(lbl.text() for lbl in other.explanation.findChildren(type(other.status_label)))
    assert "is not the one this plan was made with; the plan uses the copy saved in it" in texts
    assert "“tiny”, offerings: 0 added, 0 removed, 1 changed" in texts
    if uses_online:
        assert "the cost changed from €450 to €" in texts  # an amount, not a bare number
    # the plan keeps the catalogue it was made with, and offers to plan again with the new one
    assert other.doc.catalogues.offerings["tiny:prog-online"].cost == 450
    assert other.menus.act_replan_new_catalogues.isEnabled()
    button = other.explanation.findChild(QPushButton, "replanNewCatalogues")
    with qtbot.waitSignal(other.runner.finished, timeout=20000):
        button.click()
    assert other.doc.catalogues.offerings["tiny:prog-online"].cost == 475
    assert not other.menus.act_replan_new_catalogues.isEnabled()


def test_infeasible_learner_shows_explanation_and_a_suggestion_applies(qtbot, planned):
    w = planned
    replanned(qtbot, w, lambda: w.doc.edit_learner("deadline", deadline=dt.date(2027, 3, 1)))
    assert w.doc.plan.status == Status.INFEASIBLE
    assert w.explanation.isVisible()
    shown = " ".join(lbl.text() for lbl in w.explanation.findChildren(type(w.status_label)))
    assert "your deadline of 1 Mar 2027" in shown  # the conflicting choice is named, its date as a date
    assert "the earliest possible finish is" in shown and "of your route)" in shown  # and why, a date and a route week
    assert w.explanation.buttons, "a suggestion button"
    assert "deadline" in w.explanation.buttons[0].text()
    replanned(qtbot, w, w.explanation.buttons[0].click)
    assert w.doc.plan.status in (Status.OPTIMAL, Status.FEASIBLE)
    assert w.doc.learner.deadline > dt.date(2027, 3, 1)
    assert not w.explanation.isVisible()
    replanned(qtbot, w, w.menus.act_undo.trigger)
    assert w.doc.learner.deadline == dt.date(2027, 3, 1)


def test_cancel_a_running_solve(qtbot, settings):
    BlockingSolver.instances.clear()
    gen = make_window(qtbot, settings, solver_factory=BlockingSolver)
    w = next(gen)
    with qtbot.waitSignal(w.runner.started, timeout=5000):
        w.open_catalogues([CATALOGUE])
        w.open_learner(LEARNER)
    assert w.runner.busy and w.menus.act_cancel.isEnabled()
    qtbot.waitUntil(lambda: w.busy.isVisible() and w.cancel_button.isVisible())
    qtbot.waitUntil(lambda: w.doc.plan is not None)  # the improving plan is shown while solving
    assert w.doc.plan.status == Status.FEASIBLE
    with qtbot.waitSignal(w.runner.finished, timeout=5000):
        w.menus.act_cancel.trigger()
    assert w.doc.plan.status == Status.STOPPED
    qtbot.waitUntil(lambda: not w.runner.busy)
    assert not w.busy.isVisible() and not w.menus.act_cancel.isEnabled()


def test_a_newer_request_stops_the_running_solve(qtbot, settings):
    BlockingSolver.instances.clear()
    gen = make_window(qtbot, settings, solver_factory=BlockingSolver)
    w = next(gen)
    with qtbot.waitSignal(w.runner.started, timeout=5000):
        w.open_catalogues([CATALOGUE])
        w.open_learner(LEARNER)
    qtbot.waitUntil(lambda: len(BlockingSolver.instances) == 1)  # the solver is built in its thread
    first = BlockingSolver.instances[-1]
    with qtbot.waitSignal(w.runner.started, timeout=5000):
        w.doc.edit_learner("hours", hours_per_week=12)
    assert first.stopped.is_set()
    qtbot.waitUntil(lambda: len(BlockingSolver.instances) == 2)
    assert BlockingSolver.instances[-1].learner.hours_per_week == 12
    with qtbot.waitSignal(w.runner.finished, timeout=5000):
        w.scenario_handling.cancel()


def test_unsaved_changes_are_asked_about_on_close(qtbot, planned):
    w = planned
    replanned(qtbot, w, lambda: w.edits.exclude("tiny:prog-online"))
    asked = []
    w.ask_unsaved = lambda: asked.append(1) or QMessageBox.StandardButton.Cancel
    assert not w.close()
    assert asked and w.isVisible()
    w.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert w.close()


def test_availability_grid_paints_free_time_with_a_drag(qtbot, planned):
    w = planned
    grid = w.learner_form.grid
    w.learner_dock.widget().ensureWidgetVisible(grid)
    start, end = grid.cell_center(2, 2), grid.cell_center(2, 5)  # Wednesday 08:00-10:00
    with qtbot.waitSignal(w.runner.finished, timeout=20000):
        qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(grid, grid.cell_center(2, 3))
        qtbot.mouseMove(grid, end)
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    wed = [a for a in w.doc.learner.availability if a.day.value == "wed"]
    assert [(a.start, a.end) for a in wed] == [(dt.time(8, 0), dt.time(10, 0))]
    assert w.doc.undo_stack.undoText() == "Change free time"


def test_catalogue_browser_search_filter_and_graph(planned):
    b = planned.browser
    b.search.setText("web")
    assert b.proxies["modules"].rowCount() == 2
    b.mode.setCurrentIndex(b.mode.findData("workplace"))
    assert b.proxies["modules"].rowCount() == 1
    b.search.clear()
    b.mode.setCurrentIndex(0)
    b.show_graph("tiny:webdev")
    assert {"M:tiny:webdev", "M:tiny:prog", "M:tiny:db", "M:tiny:sec"} <= set(b.graph.node_items)


def test_learner_form_rejects_an_impossible_value_without_crashing(qtbot, planned):
    w = planned
    w.learner_form.has_deadline.setChecked(True)
    w.learner_form.deadline.setDate(dt.date(2026, 1, 1))  # before the start
    assert w.doc.learner.deadline is None or w.doc.learner.deadline > w.doc.learner.start
    assert "Not changed" in w.status_label.text()


def test_open_any_sorts_dropped_files(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        window.open_any([str(LEARNER), str(CATALOGUE)])
    assert window.doc.catalogues is not None and window.doc.learner is not None


def test_recent_files_are_filtered_for_existing_files(settings, tmp_path):
    gone = tmp_path / "gone.yaml"
    gone.write_text("x", encoding="utf-8")
    settings.add_recent(CATALOGUE)
    settings.add_recent(gone)
    gone.unlink()
    assert settings.recent_files() == [str(CATALOGUE.resolve())]
    with pytest.raises(KeyError):
        settings.set("no/such/key", 1)


def test_dropping_files_on_the_window_opens_them(qtbot, window):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CATALOGUE)), QUrl.fromLocalFile(str(LEARNER))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        QApplication.sendEvent(window, drop)
    assert window.doc.catalogues is not None and window.doc.learner.name == "Test learner"
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile("/tmp/picture.png")])
    refused = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, other,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    refused.setAccepted(False)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


def test_hard_milestone_checkbox_is_an_undoable_edit(qtbot, planned):
    w = planned
    box = w.learner_form.milestones["tiny:webdev-cert/startbekwaam"]
    assert not box.isChecked()
    replanned(qtbot, w, lambda: box.setChecked(True))
    assert w.doc.learner.hard_milestones == ["tiny:webdev-cert/startbekwaam"]
    assert w.doc.plan.status in (Status.OPTIMAL, Status.FEASIBLE)
    assert w.doc.plan.milestones[0].met
    assert w.history.model().rowCount() == 2  # <opened> + the edit
    replanned(qtbot, w, w.menus.act_undo.trigger)
    assert w.doc.learner.hard_milestones == []
    assert not w.learner_form.milestones["tiny:webdev-cert/startbekwaam"].isChecked()


def test_closing_during_a_solve_stops_it_cleanly(qtbot, settings):
    BlockingSolver.instances.clear()
    gen = make_window(qtbot, settings, solver_factory=BlockingSolver)
    w = next(gen)
    with qtbot.waitSignal(w.runner.started, timeout=5000):
        w.open_catalogues([CATALOGUE])
        w.open_learner(LEARNER)
    thread = w.runner._thread
    assert w.close()
    assert BlockingSolver.instances[-1].stopped.is_set()
    assert thread is not None and thread.isFinished()


def test_plan_file_with_a_missing_catalogue_says_what_to_do(qtbot, planned, tmp_path, settings):
    w = planned
    cat = tmp_path / "tiny.yaml"
    shutil.copy(CATALOGUE, cat)
    with qtbot.waitSignal(w.runner.finished, timeout=20000):
        w.open_catalogues([cat])
    target = tmp_path / "p.leerroute.json"
    assert w.save_plan(target)
    cat.unlink()
    other = next(make_window(qtbot, settings))
    assert other.open_plan(target)
    # the plan carries its catalogue: it opens with every title and passes its checks
    assert other.doc.file_notes == [] and other.doc.plan_problems == []
    assert other.doc.catalogues.module_title("tiny:prog") != "tiny:prog"
    assert other.doc.plan == w.doc.plan


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_save_learner_and_open_it_again(qtbot, planned, tmp_path, suffix):
    w = planned
    target = tmp_path / f"me{suffix}"
    assert w.files.save_learner(target)
    saved = w.doc.learner
    with qtbot.waitSignal(w.runner.finished, timeout=20000):
        assert w.open_learner(target)
    assert w.doc.learner == saved


def test_right_click_on_a_timeline_bar_then_exclude_from_its_menu(qtbot, planned):
    w = planned
    w.tabs.setCurrentIndex(0)
    module = "tiny:sec"
    bar = w.timeline._bars[module]
    pos = w.timeline.mapFromScene(bar.sceneBoundingRect().center())
    qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.RightButton, pos=pos)
    assert w.details.module == module
    assert w.menus.act_exclude in w.timeline.actions() and w.menus.act_exclude.isEnabled()
    replanned(qtbot, w, w.menus.act_exclude.trigger)
    assert module in w.doc.learner.excluded


def test_the_graph_hint_wraps_to_a_narrow_view(qtbot, window):
    """The hint in an empty prerequisite graph was laid out 360 px wide and cut off in a narrower view."""
    graph = window.browser.graph
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    graph.setFixedWidth(240)
    graph.scale(1.5, 1.5)  # the zoom of a graph shown before
    graph.show_message("Choose a module or an outcome to see what it needs and what needs it.")
    assert graph.transform().m11() == 1.0
    qtbot.waitUntil(lambda: graph.viewport().width() < 240)
    assert graph.sceneRect().width() <= graph.viewport().width()
    assert graph.horizontalScrollBar().maximum() == 0
    graph.setFixedWidth(600)
    qtbot.waitUntil(lambda: graph.viewport().width() > 500)
    assert graph.sceneRect().width() > 400  # and unwraps again when there is room


def test_the_route_table_keeps_module_names_readable(qtbot, planned):
    w = planned
    w.tabs.setCurrentIndex(3)
    view = w.items_view
    header = view.horizontalHeader()

    def total() -> int:
        return sum(header.sectionSize(c) for c in range(header.count()))

    w.resize(2400, 900)
    qtbot.waitUntil(lambda: abs(total() - view.viewport().width()) <= 2)  # wide: fills the table, no scrolling
    assert header.sectionSize(0) > view.MIN_TITLE
    w.resize(900, 900)
    qtbot.waitUntil(lambda: header.sectionSize(0) == view.MIN_TITLE)  # narrow: names keep their room
    assert view.horizontalScrollBar().maximum() > 0  # and the other columns scroll sideways


def test_a_narrow_session_block_shows_its_whole_time(qapp):
    """A session block in a narrow day column cut "19:00–21:30" to "19:00–21:3" (the time could not wrap)."""
    import datetime as dt

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.weekcalendar import session_text

    fm = QFontMetrics(QFont())
    text = session_text(dt.time(19, 0), dt.time(21, 30), "Startblok")
    width = fm.horizontalAdvance("19:00–21:3")  # narrower than the time on one line
    box = fm.boundingRect(QRect(0, 0, width, 400), Qt.TextFlag.TextWordWrap.value, text)
    assert box.width() <= width + 0.5
    assert "21:30" in text.replace("\u200b", "")


def test_a_session_block_tells_its_whole_title_on_hover(qtbot, settings):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip, QWidget

    from tests.ui.helpers import planned_window
    from ui.app import DEMO_CATALOGUES, DEMO_LEARNER
    from ui.plaintext import plain_tip

    with planned_window(qtbot, settings, DEMO_CATALOGUES, DEMO_LEARNER) as w:
        w.tabs.setCurrentIndex(2)
        canvas = w.findChild(QWidget, "weekCanvas")
        canvas.grab()  # paint, which lays out the blocks
        rect, text = canvas._blocks[0]
        item = next(i for i in w.doc.plan.items if i.title in text)
        assert text.endswith(item.title) and "\u200b" not in text
        centre = rect.center().toPoint()
        QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, centre, canvas.mapToGlobal(centre)))
        qtbot.waitUntil(QToolTip.isVisible)
        assert QToolTip.text() == plain_tip(text)
        QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), canvas.mapToGlobal(QPoint(1, 1))))
        qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_the_calendar_follows_a_better_route_to_its_first_session_week(qtbot):
    """An improved route that starts its sessions in another week left the calendar on an empty week."""
    import datetime as dt

    from planner.models import Mode, Session, Weekday
    from planner.plan import Plan, PlannedModule, Status
    from ui.weekcalendar import WeekCalendar

    def plan_with_sessions_from(week: int) -> Plan:
        start = dt.date(2026, 9, 7)
        item = PlannedModule(
            module="c:m", offering="c:o", title="Startblok", start_week=week, end_week=week + 4,
            start_date=start + dt.timedelta(weeks=week), end_date=start + dt.timedelta(weeks=week + 4, days=-1),
            mode=Mode.CAMPUS, location="Deventer", hours_per_week=4, study_hours=16, ec=1, cost=0,
            sessions=[Session(day=Weekday.TUE, start=dt.time(19), end=dt.time(21))])
        return Plan(learner="x", start_date=start, status=Status.FEASIBLE, items=[item])

    cal = WeekCalendar()
    qtbot.addWidget(cal)
    cal.set_data(plan_with_sessions_from(3), None)
    assert cal.week.value() == 3 and cal.canvas.sessions
    cal.set_data(plan_with_sessions_from(7), None)  # a better route found later in the same solve
    assert cal.week.value() == 7 and cal.canvas.sessions
    cal.week.setValue(8)  # the user's own choice of week is kept
    cal.set_data(plan_with_sessions_from(6), None)
    assert cal.week.value() == 8


def test_the_details_say_what_a_module_requires_in_format_1_1(qtbot, settings):
    """Sanne's route: the lab's details name its corequisite, the graduation its credit threshold."""
    from planner.shipped import sample_learner
    from tests.ui.helpers import planned_window
    from ui.app import DEMO_CATALOGUES

    with planned_window(qtbot, settings, DEMO_CATALOGUES, sample_learner("ad-graduate-sanne")) as w:
        items = {i.module: i for i in w.doc.plan.items}
        w.details.show_item(items["hs-oost:ict-architectuurlab"], w.doc.catalogues, w.doc.learner)
        text = w.details.text.toPlainText()
        assert "Requires" in text and "(before or alongside)" in text
        assert "needs 'The ICT professional" in text or "before or alongside it" in text  # why: the corequisite
        w.details.show_item(items["hs-oost:ict-afstuderen-ba"], w.doc.catalogues, w.doc.learner)
        assert "20 EC (level 6, subject ict) completed" in w.details.text.toPlainText()


def test_picking_outcomes_instead_of_a_goal_keeps_a_choice_counted_in_ec(qtbot, settings):
    """Turning Sanne's goal into a list of outcomes kept nothing of '10 EC of level-6 deepening'
    (its options are a pool of modules, not outcomes): the route changed."""
    from planner.shipped import sample_learner
    from tests.ui.helpers import planned_window
    from ui.app import DEMO_CATALOGUES

    with planned_window(qtbot, settings, DEMO_CATALOGUES, sample_learner("ad-graduate-sanne")) as w:
        cs = w.doc.catalogues
        deepening = [i for i in w.doc.plan.items if "ba-verdieping" in cs.modules[i.module].tags]
        assert deepening
        picked = w.learner_form._goal_as_outcomes(w.doc.learner)
        assert all(o in picked for i in deepening for o in i.outcomes)


def test_a_long_word_in_a_narrow_session_block_is_elided_not_broken(qapp):
    """Dutch calendar blocks stopped mid-word ('ICT-werkvel' / 'd'): word wrap breaks a word that is
    wider than the block anywhere."""
    import datetime as dt

    from PySide6.QtGui import QFont, QFontMetrics

    from ui.weekcalendar import fit_words, session_text

    fm = QFontMetrics(QFont())
    width = fm.horizontalAdvance("oriëntatie") - 5
    text = fit_words(session_text(dt.time(19), dt.time(21, 30), "Startblok oriëntatie op het ICT-werkveld"), fm, width)
    time_line, title = text.split("\n")
    assert time_line == "19:00–\u200b21:30"  # the time keeps its own break after the dash
    for word in title.split(" "):
        assert fm.horizontalAdvance(word) <= width and (word in "Startblok oriëntatie op het ICT-werkveld".split()
                                                        or word.endswith("…"))
    assert "ICT-werk…" in title or title.split(" ")[-1].endswith("…")
