"""Issue 23.2: the intake asks everything a first conversation settles (goal, start, hours, free
windows, holidays, deadline, budget, milestones, modes, places, what can be shown, notes), counts
its steps, keeps answers when going back, and "Any place" unticked starts from no place ticked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWizard

from tests.ui.fit import cut_texts
from tests.ui.test_intake import MONDAY, action, advisor  # noqa: F401 - the fixture

__all__ = ["advisor"]


def _intake(w):  # type: ignore[no-untyped-def]
    action(w, "actionNewLearner").trigger()
    dialog = w.intake
    dialog.goal.setCurrentIndex(dialog.goal.findText("Certificate web developer"))
    return dialog


def test_every_step_says_which_of_how_many_and_cuts_no_date(qtbot, advisor):  # noqa: F811
    dialog = _intake(advisor)
    titles = [dialog.page(i).title() for i in dialog.pageIds()]
    # the sixth step is how the learner likes to learn (ui/facets.py, docs/hoe.md)
    assert titles[0].startswith("Step 1 of 6") and titles[5].startswith("Step 6 of 6: How I like to learn")
    assert dialog.currentPage().title().startswith("Step 1 of 6")
    for _step in titles:
        qtbot.wait(10)
        assert cut_texts(dialog) == [], dialog.currentPage().title()
        dialog.next()
    dialog.reject()


def test_the_intake_asks_holidays_deadline_budget_and_milestones(qtbot, advisor):  # noqa: F811
    w = advisor
    dialog = _intake(w)
    dialog.next()  # the week
    dialog.hours.setValue(12)
    dialog.next()  # time off, limits and milestones
    assert dialog.currentPage().title().startswith("Step 3 of 6")
    ms = dialog.milestones
    assert ms, "the goal's milestones are offered"
    ref, box = next(iter(ms.items()))
    assert "by " in box.text() and "week" not in box.text()  # a date, not a route week
    box.setChecked(True)
    dialog.fields.has_deadline.setChecked(True)
    dialog.fields.deadline.setDate(dt.date(2028, 6, 30))
    dialog.fields.has_budget.setChecked(True)
    dialog.fields.budget.setValue(3000)
    dialog.add_holiday()
    dialog.back()  # back keeps the answers
    assert dialog.hours.value() == 12
    dialog.next()
    assert dialog.milestones[ref].isChecked() and dialog.holidays.rowCount() == 1
    learner = dialog.learner()
    assert learner.hours_per_week == 12
    assert learner.deadline == dt.date(2028, 6, 30) and learner.budget == 3000
    assert [(h.start, h.end) for h in learner.holidays] == [(MONDAY + dt.timedelta(days=7), MONDAY + dt.timedelta(days=20))]
    assert learner.hard_milestones == [ref]
    dialog.reject()


def test_a_deadline_before_the_start_cannot_be_finished(qtbot, advisor):  # noqa: F811
    dialog = _intake(advisor)
    dialog.next()
    dialog.next()
    dialog.fields.has_deadline.setChecked(True)
    dialog.fields.deadline.setDate(MONDAY - dt.timedelta(days=7))
    assert not dialog.button(QWizard.WizardButton.FinishButton).isEnabled()
    dialog.fields.deadline.setDate(MONDAY + dt.timedelta(days=300))
    assert dialog.button(QWizard.WizardButton.FinishButton).isEnabled()
    dialog.reject()


def test_unticking_any_place_starts_from_none_ticked(qtbot, advisor):  # noqa: F811
    dialog = _intake(advisor)
    places = dialog.fields.places
    assert places and all(cb.isChecked() for cb in places.values())
    dialog.any_place.setChecked(False)
    assert not any(cb.isChecked() for cb in places.values()) and dialog.places_box.isEnabled()
    first = next(iter(places))
    places[first].setChecked(True)
    assert dialog.learner().places == [first]
    dialog.reject()


def test_the_last_step_asks_who_is_involved_and_back_keeps_the_names(qtbot, advisor):  # noqa: F811
    dialog = _intake(advisor)
    for _ in range(5):
        dialog.next()
    assert dialog.currentPage().title().startswith("Step 6 of 6")
    f = dialog.fields
    assert f.advisor.isVisible() and f.institution.isVisible() and f.employer.isVisible()
    f.advisor.setText("Joost Mulder")
    f.institution.setText("Leerwerkloket Twente")
    dialog.back()
    dialog.next()
    assert f.advisor.text() == "Joost Mulder" and f.institution.text() == "Leerwerkloket Twente"
    assert cut_texts(dialog) == []
    learner = dialog.learner()
    assert learner.involved is not None
    assert (learner.involved.advisor, learner.involved.institution, learner.involved.employer) == (
        "Joost Mulder", "Leerwerkloket Twente", None)
    dialog.reject()


def test_an_intake_that_names_no_one_leaves_the_learner_file_as_before(qtbot, advisor):  # noqa: F811
    dialog = _intake(advisor)
    assert dialog.learner().involved is None
    dialog.reject()
