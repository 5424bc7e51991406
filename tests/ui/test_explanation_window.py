"""The window says what an explanation showed: a route planned on a partly broken catalogue names
what it was made without (a note in the status bar, the entries in the Progress tab); the panel says
which conflicting choices were shown to be needed, and each suggestion's finish, proven or not."""

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


def test_the_panel_says_which_choices_were_shown_needed_and_each_finish(qtbot) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QLabel, QPushButton

    from planner.messages import msg
    from planner.plan import Plan, Status
    from ui.explanation import ExplanationPanel

    panel = ExplanationPanel()
    qtbot.addWidget(panel)
    plan = Plan(learner="x", start_date=dt.date(2027, 1, 4), status=Status.INFEASIBLE, messages=[
        msg("infeasible.summary"), msg("group.hours", hours=8), msg("group.places", places="Zwolle"),
        msg("explain.needed_some", needed=[msg("group.hours", hours=8).model_dump(mode="json")]),
        msg("suggest.deadline_found", deadline="2028-02-06", lower="2027-07-02", finish_week=56,
            finish=msg("finish.found", week=56).model_dump(mode="json"), patch={"deadline": "2028-02-06"}),
    ])
    panel.set_plan(plan, [], [])
    texts = [w.text() for w in panel.findChildren(QLabel)]
    assert any("These choices together make it impossible" in t for t in texts)
    assert any("shown to be needed" in t and "your 8 hours a week" in t for t in texts)
    button = panel.findChildren(QPushButton)[0].text()
    assert button.split("\n") == ["a deadline of 6 Feb 2028 works; an earlier one may, but not 2 Jul 2027 or earlier",
                                  "finish in week 56; with this change an earlier finish may exist"]


def test_a_long_suggestion_wraps_inside_the_panel(qtbot) -> None:
    """A suggestion's button never wrapped: at 1280 px its finish ('…(bewezen)') ran past the panel's edge."""
    import datetime as dt

    from planner.messages import msg
    from planner.plan import Plan, Status
    from ui.explanation import ExplanationPanel

    panel = ExplanationPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 400)
    finish = msg("finish.proven_on", week=97, date="2028-11-19").model_dump(mode="json")
    plan = Plan(learner="x", start_date=dt.date(2027, 1, 4), status=Status.INFEASIBLE, messages=[
        msg("infeasible.summary"), msg("group.deadline", deadline="2027-07-02"),
        msg("suggest.deadline", deadline="2028-11-19", finish_week=97, finish=finish, patch={"deadline": "2028-11-19"}),
    ])
    panel.set_plan(plan, [], [])
    panel.show()
    qtbot.waitUntil(lambda: panel.buttons and panel.buttons[0].isVisible())
    qtbot.wait(20)
    button = panel.buttons[0]
    assert button.text().split("\n") == ["move your deadline to 19 Nov 2028, the earliest that works",
                                         "finish on 19 Nov 2028 (week 97 of your route), the earliest with this change (proven)"]
    viewport = panel.texts_scroll.viewport()

    def right() -> int:
        return button.mapTo(viewport, button.rect().topRight()).x()

    qtbot.waitUntil(lambda: right() <= viewport.width(), timeout=3000)  # (once the scroll bar has settled)
    assert button.label.height() >= button.label.heightForWidth(button.label.width())  # every line shown
