"""A route planned on a partly broken catalogue says in the window what it was made without: a note
in the status bar, and the entries in the Progress tab (English and Dutch)."""

from __future__ import annotations

from pathlib import Path

from tests.planner.test_lenient import _broken_noord
from tests.ui.helpers import open_and_plan


def test_status_and_progress_name_what_was_left_out(qtbot, window, tmp_path: Path) -> None:
    from planner.shipped import demo_catalogues, sample_learner

    oost, _ = demo_catalogues()
    noord = _broken_noord(tmp_path)
    open_and_plan(qtbot, window, [oost, noord], sample_learner("switcher-anna"))
    plan = window.doc.plan
    assert plan is not None and plan.items and plan.left_out
    n = len(plan.left_out)
    assert window.status_label.text().endswith(f"{n} catalogue entries were left out (see Progress).")
    window.tabs.setCurrentWidget(window.progress)
    box = window.progress.left_out
    qtbot.waitUntil(box.isVisible)
    text = box.label.text()
    assert "SQL in practice (partner-noord:sql-praktijk), Hogeschool Noord" in text and "data.sqll" in text
    window.progress.grab().save("/tmp/explain-progress-left-out.png")


def test_the_box_is_hidden_when_nothing_was_left_out(qtbot, window) -> None:
    from planner.shipped import demo_catalogues, sample_learner

    open_and_plan(qtbot, window, list(demo_catalogues()), sample_learner("switcher-anna"))
    assert window.doc.plan is not None and not window.doc.plan.left_out
    assert not window.progress.left_out.isVisibleTo(window.progress)
    assert "left out" not in window.status_label.text()
