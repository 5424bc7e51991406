"""Issue 23: a bar dropped on the timeline stays where it was dropped (a self-paced one at week 0
too), a drop that cannot work says why and changes nothing, and order wishes are made from the
context menu, listed in the learner panel with Remove, and undone through the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QLabel

from planner.models import OrderWish
from planner.validate import validate_plan
from tests.ui.test_timeline import _mouse
from ui.palette import fmt_date


def _drag(qtbot, w, module: str, week: int, replans: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Drag the module's bar, pressed in its middle, so that it starts in ``week``."""
    w.tabs.setCurrentWidget(w.timeline)
    qtbot.wait(1)
    view = w.timeline
    item = w.doc.plan.item_for_module(module)
    bar = view._bars[module]
    start = view.mapFromScene(bar.sceneBoundingRect().center())
    end = start + QPoint(round((week - item.start_week) * view.week_w), 0)
    _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    if not replans:
        _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
        return
    with qtbot.waitSignal(w.runner.finished, timeout=30000):
        _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=30000)


def _weeks(w, module: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    item = w.doc.plan.item_for_module(module)
    return item.start_week, item.end_week


def test_a_self_paced_bar_stays_where_it_was_dropped_even_at_week_0(qtbot, planned):
    w = planned
    assert _weeks(w, "tiny:db") == (0, 14)  # self-paced, 14 weeks
    _drag(qtbot, w, "tiny:db", 1)  # (from week 2 it would run into the Christmas holiday)
    assert _weeks(w, "tiny:db") == (1, 15)
    assert w.doc.learner.pinned == ["tiny:db-online"] and w.doc.learner.pinned_start_weeks() == {"tiny:db-online": 1}
    x1 = w.timeline._bars["tiny:db"].sceneBoundingRect().x()
    w.tabs.setCurrentWidget(w.progress)  # filled when shown
    pinned = [label.text().replace("\u200b", "") for label in w.progress.findChildren(QLabel)
              if label.text().replace("\u200b", "").startswith("Databases (online)") and not label.isHidden()]
    assert pinned == ["Databases (online), from " + fmt_date(dt.date(2026, 9, 14))]  # the Progress tab's pins say from when
    _drag(qtbot, w, "tiny:db", 0)  # back to week 0: it used to jump back to where it was, "pinned"
    assert _weeks(w, "tiny:db") == (0, 14)
    assert w.doc.plan.item_for_module("tiny:db").pinned
    assert w.timeline._bars["tiny:db"].sceneBoundingRect().x() == x1 - w.timeline.week_w  # the bar on screen too
    assert validate_plan(w.doc.catalogues, w.doc.learner, w.doc.plan) == []
    w.menus.act_undo.trigger()
    assert w.doc.learner.pinned_start_weeks() == {"tiny:db-online": 1}


def test_a_drop_that_cannot_work_says_why_and_changes_nothing(qtbot, planned):
    w = planned
    learner, steps = w.doc.learner, w.doc.undo_stack.count()
    # security needs web development, which the route gives in week 35: its first start (week 26) is too early
    _drag(qtbot, w, "tiny:sec", 26, replans=False)
    assert w.doc.learner == learner and w.doc.undo_stack.count() == steps
    assert "cannot start on" in w.status_label.text() and "first" in w.status_label.text()
    # the database course over the Christmas holiday (weeks 15 and 16 have no study hours)
    _drag(qtbot, w, "tiny:db", 10, replans=False)
    assert w.doc.learner == learner and w.doc.undo_stack.count() == steps
    assert "cannot start on" in w.status_label.text() and "0 study hours" in w.status_label.text()
    assert not w.runner.busy


def test_order_wishes_from_the_context_menu_listed_with_remove_and_undone(qtbot, planned, monkeypatch):
    w = planned
    assert _weeks(w, "tiny:scrum") == (18, 30)
    w.timeline.moduleSelected.emit("tiny:scrum")
    assert w.menus.order.act_first in w.timeline.actions() and w.menus.order.act_first in w.items_view.actions()
    w.menus.update_enabled()
    assert w.menus.order.act_first.isEnabled()
    with qtbot.waitSignal(w.runner.finished, timeout=30000):
        w.menus.order.act_first.trigger()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=30000)
    assert w.doc.learner.order == [OrderWish(module="tiny:scrum")]
    scrum = _weeks(w, "tiny:scrum")
    assert all(scrum[1] <= i.start_week for i in w.doc.plan.items if i.module != "tiny:scrum")
    assert validate_plan(w.doc.catalogues, w.doc.learner, w.doc.plan) == []

    # Plan Before…: the chooser offers the route's other modules by title
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, names, *_args):  # type: ignore[no-untyped-def]
        offered.append(list(names))
        return next(n for n in names if "Security" in n or "security" in n.lower()), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    w.timeline.moduleSelected.emit("tiny:prog")
    with qtbot.waitSignal(w.runner.finished, timeout=30000):
        w.menus.order.act_before.trigger()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=30000)
    assert offered and all(":" not in n for n in offered[0])  # titles, not ids
    assert w.doc.learner.order == [OrderWish(module="tiny:scrum"), OrderWish(module="tiny:prog", before="tiny:sec")]

    box = w.learner_form.order_box
    texts = [label.text().replace("\u200b", "") for label in box.labels]
    assert len(texts) == 2 and texts[0].endswith("first") and " before " in texts[1]
    w.resize(1280, 800)
    qtbot.wait(20)
    w.learner_scroll.ensureWidgetVisible(box, 0, 0)
    qtbot.wait(20)
    assert box.visibleRegion().boundingRect().height() == box.height()  # the whole list in view, nothing cut
    w.grab().save("/tmp/hoe-learner-panel.png")  # looked at: the panel with two wishes

    with qtbot.waitSignal(w.runner.finished, timeout=30000):
        box.remove_buttons[0].click()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=30000)
    assert w.doc.learner.order == [OrderWish(module="tiny:prog", before="tiny:sec")]
    assert len(w.learner_form.order_box.remove_buttons) == 1
    w.menus.act_undo.trigger()
    assert w.doc.learner.order == [OrderWish(module="tiny:scrum"), OrderWish(module="tiny:prog", before="tiny:sec")]
    assert len(w.learner_form.order_box.remove_buttons) == 2


def test_a_drop_pins_only_an_offering_the_learner_can_take(planned):
    from ui.dragpin import offering_near

    cs, learner = planned.doc.catalogues, planned.doc.learner
    origin = dt.date(2026, 9, 7)
    assert offering_near(cs, "tiny:prog", origin, 21) == ("tiny:prog-campus", 21)  # a cohort starts that week
    online = learner.model_copy(update={"modes": ["online"]})
    assert offering_near(cs, "tiny:prog", origin, 21, online) == ("tiny:prog-online", 21)
    assert offering_near(cs, "tiny:webdev", origin, 21, online) is None  # only hybrid: nothing to pin


def test_a_wish_that_leaves_no_route_is_named_in_the_window_and_dropped_by_its_suggestion(qtbot, planned):
    import html

    from PySide6.QtWidgets import QLabel

    w = planned
    assert w.doc.plan.totals.finish_week == 47
    # a deadline the route meets (week 60), then Agile teamwork first: everything waits for its cohort
    w.doc.edit_learner("deadline", deadline=dt.date(2027, 11, 1))
    qtbot.waitUntil(lambda: not w.runner.busy and w.doc.plan is not None and bool(w.doc.plan.items), timeout=30000)
    w.timeline.moduleSelected.emit("tiny:scrum")
    with qtbot.waitSignal(w.runner.finished, timeout=60000):
        w.menus.order.act_first.trigger()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=60000)
    assert not w.doc.plan.items
    panel = w.explanation
    qtbot.waitUntil(panel.isVisible, timeout=10000)
    texts = html.unescape(" ".join(label.text() for label in panel.findChildren(QLabel)))
    assert "the order you wished: 'Agile teamwork' first" in texts and "'Agile teamwork' cannot come first" in texts
    drop = [b for b in panel.buttons if "drop the wish" in b.text()]
    assert drop, [b.text() for b in panel.buttons]
    panel.grab().save("/tmp/hoe-no-route-order.png")
    with qtbot.waitSignal(w.runner.finished, timeout=60000):
        drop[0].click()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=60000)
    assert w.doc.learner.order == [] and w.doc.plan.totals.finish_week == 47
    w.menus.act_undo.trigger()  # the suggestion was one undo step
    assert w.doc.learner.order == [OrderWish(module="tiny:scrum")]


def test_drops_and_wishes_read_in_dutch(qapp, planned):
    from planner.load import load_learner
    from planner.ordering import drop_problem, order_message
    from tests.ui.helpers import LEARNER
    from ui import language
    from ui.messages import render
    from ui.orderwishes import wish_text

    cs, plan = planned.doc.catalogues, planned.doc.plan
    translators = language.install(qapp, "nl")
    try:
        problem = drop_problem(cs, load_learner(LEARNER), plan, "tiny:sec", "tiny:sec-workplace", 26)
        assert render(problem, cs=cs) == ("'Webbeveiliging' kan niet op 8 mrt 2027 beginnen: het vraagt eerst "
                                          "'Bouwt een webapplicatie', en die geeft je route pas later")
        wish = OrderWish(module="tiny:prog", before="tiny:sec")
        assert render(order_message(cs, wish), cs=cs) == "'Basis programmeren' vóór 'Webbeveiliging'"
        assert wish_text(cs, wish) == "“Basis programmeren” vóór “Webbeveiliging”"
    finally:
        language.uninstall(qapp, translators)


def test_compare_shows_each_scenarios_order_wishes(planned):
    from ui.compareinputs import input_rows

    cs, learner = planned.doc.catalogues, planned.doc.learner
    wished = learner.model_copy(update={"order": [OrderWish(module="tiny:scrum")]})
    [row] = [r for r in input_rows([learner, wished], cs) if r.name == "Order"]
    assert row.texts == ["—", "“Agile teamwork” first"] and row.differ
    assert not [r for r in input_rows([learner, learner], cs) if r.name == "Order"]  # no wishes: no row
