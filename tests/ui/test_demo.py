"""The shipped demo data with the real solver: plan, pin, exclude, undo, an impossible learner."""

from __future__ import annotations

import pytest

from planner.plan import Status
from tests.ui.helpers import SCREENSHOTS, replanned
from ui.app import CATALOGS, DEMO_CATALOGUES, DEMO_LEARNER

pytestmark = pytest.mark.skipif(
    not all(p.exists() for p in [*DEMO_CATALOGUES, DEMO_LEARNER]), reason="demo catalogues not present"
)


@pytest.fixture
def demo(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        assert window.open_catalogues(DEMO_CATALOGUES)
        assert window.open_learner(DEMO_LEARNER)
    qtbot.waitUntil(lambda: not window.runner.busy)
    return window


def test_demo_route_edit_and_undo(qtbot, demo):
    w = demo
    plan = w.doc.plan
    assert plan.status in (Status.OPTIMAL, Status.FEASIBLE) and plan.items
    assert plan.totals.finish_week > 0
    first = min(plan.items, key=lambda i: i.start_week)
    replanned(qtbot, w, lambda: w.edits.pin(first.module))
    assert w.doc.plan.item_for_module(first.module).pinned
    victim = next(i for i in w.doc.plan.items if not i.pinned and not i.assessment_only)
    replanned(qtbot, w, lambda: w.edits.exclude(victim.module))
    assert w.doc.plan.item_for_module(victim.module) is None
    assert w.doc.plan.status in (Status.OPTIMAL, Status.FEASIBLE, Status.INFEASIBLE)
    replanned(qtbot, w, w.menus.act_undo.trigger)
    replanned(qtbot, w, w.menus.act_undo.trigger)
    assert w.doc.learner.pinned == [] and w.doc.learner.excluded == []
    assert w.doc.plan.totals.finish_week == plan.totals.finish_week


def test_demo_impossible_learner_explains_and_a_suggestion_fixes_it(qtbot, demo):
    w = demo
    replanned(qtbot, w, lambda: w.open_learner(CATALOGS / "learners" / "impossible-dewi.yaml"))
    assert w.doc.plan.status == Status.INFEASIBLE
    assert w.explanation.isVisible() and w.explanation.buttons
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    w.grab().save(str(SCREENSHOTS / "demo-infeasible.png"))
    replanned(qtbot, w, w.explanation.buttons[0].click)
    assert w.doc.plan.status in (Status.OPTIMAL, Status.FEASIBLE)
    assert w.isWindowModified()


def test_demo_screenshots(qtbot, demo):
    w = demo
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(["timeline", "load", "week", "modules", "catalogue"]):
        w.tabs.setCurrentIndex(i)
        if name == "catalogue":
            w.browser.lists.setCurrentIndex(1)
            w.browser.views["modules"].selectRow(3)
        qtbot.wait(1)
        assert w.grab().save(str(SCREENSHOTS / f"demo-{name}.png"))
