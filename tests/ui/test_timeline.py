"""Issue 15: the timeline keeps its names in view, its scroll range current, and a name selects."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.timeline import TimelineView


def _shifted(plan, weeks: int):  # type: ignore[no-untyped-def]
    items = [i.model_copy(update={"start_week": i.start_week + weeks, "end_week": i.end_week + weeks})
             for i in plan.items]
    return plan.model_copy(update={"items": items})


def _view(qtbot):  # type: ignore[no-untyped-def]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(520, 320)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_scroll_range_follows_a_longer_route_without_a_resize(qtbot, planned):
    view = _view(qtbot)
    view.set_plan(planned.doc.plan)
    assert view.horizontalScrollBar().maximum() == 0  # the short route fits
    view.set_plan(_shifted(planned.doc.plan, 300))
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 300
    assert bar.maximum() == int(view.sceneRect().width() - view.viewport().width()) or \
        abs(bar.maximum() - (view.sceneRect().width() - view.viewport().width())) <= 2


def test_the_names_stay_in_view_when_the_weeks_scroll(qtbot, planned):
    view = _view(qtbot)
    view.set_plan(_shifted(planned.doc.plan, 300))
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(1)
    for module, label in view._labels.items():
        x = view.mapFromScene(label.scenePos()).x()
        assert 0 <= x <= 20, (module, x)
        assert view.module_at(view.mapFromScene(label.sceneBoundingRect().center())) == module


def test_a_click_on_a_name_selects_the_module(qtbot, planned):
    w = planned
    w.tabs.setCurrentWidget(w.timeline)
    qtbot.wait(1)
    view = w.timeline
    other = [m for m in view._labels if m != w.details.module][0]
    pos = view.mapFromScene(view._labels[other].sceneBoundingRect().center())
    with qtbot.waitSignal(view.moduleSelected, timeout=1000) as sig:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert sig.args == [other]
    assert w.details.module == other
    assert view.selected_module() == other


def _mouse(view, kind, pos, buttons):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    p = QPointF(pos)
    button = Qt.MouseButton.LeftButton if kind != QMouseEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, p, QPointF(view.viewport().mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_dragging_a_bar_pins_the_offering_starting_nearest_and_undo_takes_it_back(qtbot, planned):
    from PySide6.QtCore import QEvent, QPoint

    w = planned
    w.tabs.setCurrentWidget(w.timeline)
    qtbot.wait(1)
    view = w.timeline
    item = w.doc.plan.item_for_module("tiny:webdev")
    assert item is not None
    target = 30  # 5 Apr 2027, a start of the hybrid offering
    bar = view._bars["tiny:webdev"]
    start = view.mapFromScene(bar.sceneBoundingRect().center())
    end = start + QPoint(int((target - item.start_week) * view.week_w), 0)
    steps = w.doc.undo_stack.count()
    _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(w.runner.finished, timeout=20000):
        _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    qtbot.waitUntil(lambda: not w.runner.busy)
    assert w.doc.learner.pinned == ["tiny:web-hybrid"]
    assert w.doc.undo_stack.count() == steps + 1
    moved = w.doc.plan.item_for_module("tiny:webdev")
    assert moved.offering == "tiny:web-hybrid" and moved.pinned
    w.menus.act_undo.trigger()
    assert w.doc.learner.pinned == []


def test_the_offering_nearest_a_week(planned):
    import datetime as dt

    from ui.dragpin import offering_near

    cs = planned.doc.catalogues
    origin = dt.date(2026, 9, 7)
    assert offering_near(cs, "tiny:webdev", origin, 29) == ("tiny:web-hybrid", 30)
    assert offering_near(cs, "tiny:prog", origin, 25)[0] == "tiny:prog-online"  # self-paced: any week in its window
    assert offering_near(cs, "tiny:prog", origin, 25)[1] == 25
    assert offering_near(cs, "tiny:nothing", origin, 3) is None


def test_the_same_route_again_is_not_drawn_again_and_a_changed_one_is(qtbot, planned):
    """Streamed routes repeat the one on screen (the final plan, later phases): a redraw held the XL window."""
    view = _view(qtbot)
    plan = planned.doc.plan
    view.set_plan(plan)
    bars = dict(view._bars)
    xs = {m: b.rect().x() for m, b in bars.items()}
    view.set_plan(plan.model_copy(deep=True))  # equal, another object: as the final plan arrives
    assert view._bars == bars and all(view._bars[m] is b for m, b in bars.items())
    moved = _shifted(plan, 2)
    view.set_plan(moved)
    assert all(view._bars[m] is not b for m, b in bars.items())
    first = min(moved.items, key=lambda i: i.start_week)
    assert view._bars[first.module].rect().x() > xs[first.module]
    view.resize(700, 320)  # another width: drawn again to fit
    qtbot.wait(1)
    assert view._plan is moved
