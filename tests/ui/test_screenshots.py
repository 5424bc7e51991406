"""Grab every main view into tests/screenshots/ (git-ignored) so a person can look at them."""

from __future__ import annotations

import datetime as dt

from tests.ui.helpers import SCREENSHOTS, replanned


def test_screenshots_of_every_view(qtbot, planned):
    w = planned
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = {}
    views = {"timeline": w.timeline, "load": w.load_chart, "week": w.calendar, "modules": w.items_view,
             "progress": w.progress, "compare": w.comparison, "catalogue": w.browser}
    for name, view in views.items():
        w.tabs.setCurrentWidget(view)
        if name == "catalogue":
            w.browser.views["modules"].selectRow(0)
            w.browser.lists.setCurrentIndex(1)
            w.browser.show_graph("tiny:webdev")
        qtbot.wait(1)  # let layouts settle (no sleep: one event-loop turn)
        shots[name] = w.grab()
    w.tabs.setCurrentIndex(0)
    w.learner_dock.widget().verticalScrollBar().setValue(10_000)
    shots["learner-bottom"] = w.grab()
    replanned(qtbot, w, lambda: w.doc.edit_learner("deadline", deadline=dt.date(2027, 3, 1)))
    shots["infeasible"] = w.grab()
    for name, pixmap in shots.items():
        path = SCREENSHOTS / f"{name}.png"
        assert pixmap.save(str(path)), path
        assert path.stat().st_size > 5_000
