"""A saved scenario without a route reopens as it was saved: the planner's explanation (why there is
no route, what would help), not the validator's list of every outcome the empty route misses, and the
window keeps its size however long the explanation is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from planner.plan import Status
from tests.ui.helpers import CATALOGUE, LEARNER, SCREENSHOTS, make_window, open_and_plan, replanned


def explanation(window) -> list[str]:  # type: ignore[no-untyped-def]
    """What the explanation panel says, its texts and its buttons, in order."""
    panel = window.explanation
    shown = [w for w in panel.findChildren(QWidget) if isinstance(w, QLabel | QPushButton) and w.isVisibleTo(panel)]
    return [w.text() for w in shown]


def test_a_saved_no_route_scenario_reopens_with_its_explanation_and_size(qtbot, window, tmp_path, settings):
    w = window
    open_and_plan(qtbot, w, [CATALOGUE], LEARNER)
    replanned(qtbot, w, lambda: w.learner_form.hours.setValue(12))
    assert w.doc.plan.status == Status.INFEASIBLE and not w.doc.plan.items
    qtbot.wait(100)
    said = explanation(w)
    assert said and w.explanation.isVisible()
    target = tmp_path / "no-route.leerroute.json"
    assert w.save_plan(target)

    gen = make_window(qtbot, settings)
    other = next(gen)
    try:
        other.resize(1280, 800)
        qtbot.wait(100)
        size = other.size()
        assert other.open_plan(target)
        qtbot.wait(300)
        assert other.doc.plan.status == Status.INFEASIBLE and not other.runner.busy
        assert explanation(other) == said
        assert not any("breaks these rules" in t for t in explanation(other))
        assert other.size() == size  # the window grew to 1,096 px once, pushing the status bar off the screen
        assert other.statusBar().geometry().bottom() < other.height()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)  # docs/images/ holds a copy chosen by hand
        assert other.grab().save(str(SCREENSHOTS / "reopened-no-route.png"))
    finally:
        next(gen, None)


def test_a_long_explanation_scrolls_inside_the_window(qtbot, window):
    """However many reasons, the panel stays a part of the window (the route's tabs keep room)."""
    from planner.plan import Message, Plan

    w = window
    w.resize(1280, 800)
    qtbot.wait(100)
    plan = Plan(learner="x", start_date="2026-09-07", status=Status.INFEASIBLE,
                messages=[Message(code="infeasible.hours", params={"hours": h}) for h in range(40)])
    size = w.size()
    w.explanation.set_plan(plan, [], [])
    qtbot.wait(100)
    assert w.size() == size
    assert w.explanation.height() <= w.height() * 0.45
    assert w.tabs.height() >= 200
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    w.grab().save(str(SCREENSHOTS / "long-explanation.png"))
