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
