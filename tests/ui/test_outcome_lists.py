"""The outcome lists of the learner form: what I can already prove, and the outcomes I pick as a target."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import SCREENSHOTS, replanned


def _visible(view) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount()) if not view.isRowHidden(r)]


def test_only_proven_and_search_together_show_the_matching_proven_outcomes(qtbot, planned):
    form = planned.learner_form
    replanned(qtbot, planned, lambda: planned.doc.edit_learner(
        "prove", proven=[{"outcome": "tiny:web", "evidence": "diploma"}]))
    form.only_proven.setChecked(True)
    assert _visible(form.proven_view) == ["Builds a web application"]
    # "web" also matches "Secures a web application", which is not proven
    form.proven_search.setText("web")
    assert _visible(form.proven_view) == ["Builds a web application"]
    form.proven_search.setText("secures")
    assert _visible(form.proven_view) == []
    form.proven_search.clear()
    assert _visible(form.proven_view) == ["Builds a web application"]
    form.only_proven.setChecked(False)
    assert len(_visible(form.proven_view)) == len(planned.doc.catalogues.outcomes)


def _choose_goal(form, data):  # type: ignore[no-untyped-def]
    i = form.goal.findData(data)
    assert i >= 0
    form.goal.setCurrentIndex(i)
    form.goal.activated.emit(i)


def _check(form, title, state, taken=True):  # type: ignore[no-untyped-def]
    model = form.targets_view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    assert model.setData(model.index(row, 0), state, Qt.ItemDataRole.CheckStateRole) is taken


def test_a_target_of_hand_picked_outcomes_starts_from_the_goal_and_plans_what_is_ticked(qtbot, planned):
    from ui.learnerform import PICKED

    w, form = planned, planned.learner_form
    goal = w.doc.catalogues.goals["tiny:webdev-cert"]
    assert "Web security" in {i.title for i in w.doc.plan.items}
    assert form.targets_box.title() == "Also reach (besides the goal)"

    replanned(qtbot, w, lambda: _choose_goal(form, PICKED))
    assert w.doc.learner.goal is None
    assert w.doc.learner.outcomes == list(goal.required)  # the goal's outcomes, ready to trim
    assert form.targets_box.title() == "Outcomes to reach"
    form.only_targets.setChecked(True)
    assert len(_visible(form.targets_view)) == len(goal.required)
    assert form.goal.currentData() == PICKED

    # untick one: the route no longer takes the module that only that outcome needed
    replanned(qtbot, w, lambda: _check(form, "Secures a web application", Qt.CheckState.Unchecked))
    assert "tiny:security" not in w.doc.learner.outcomes
    assert "Web security" not in {i.title for i in w.doc.plan.items}
    assert "Secures a web application" not in _visible(form.targets_view)
    replanned(qtbot, w, w.doc.undo_stack.undo)
    assert "Web security" in {i.title for i in w.doc.plan.items}

    # the last outcome cannot go: a route needs something to reach
    for title in ["Secures a web application", "Builds a web application", "Works in an agile team",
                  "Models data in a relational database"]:
        replanned(qtbot, w, lambda t=title: _check(form, t, Qt.CheckState.Unchecked))
    assert w.doc.learner.outcomes == ["tiny:program"]
    before = w.doc.undo_stack.count()
    _check(form, "Writes small programs in Python", Qt.CheckState.Unchecked, taken=False)
    assert w.doc.learner.outcomes == ["tiny:program"] and w.doc.undo_stack.count() == before
    assert "keep at least one outcome" in w.status_label.text()
    qtbot.waitUntil(lambda: not w.runner.busy)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert w.grab().save(str(SCREENSHOTS / "picked-outcomes.png"))

    # back to a goal: it takes the place of the picked outcomes, and Undo brings them back
    replanned(qtbot, w, lambda: _choose_goal(form, "tiny:webdev-cert"))
    assert w.doc.learner.goal == "tiny:webdev-cert" and w.doc.learner.outcomes == []
    assert w.doc.undo_stack.undoText() == "Choose goal “Certificate web developer” instead of the picked outcomes"
    assert form.targets_box.title() == "Also reach (besides the goal)"
    assert form.targets_toggle.isVisible()
    replanned(qtbot, w, w.doc.undo_stack.undo)
    assert w.doc.learner.goal is None and w.doc.learner.outcomes == ["tiny:program"]


def test_extras_beside_a_goal_unfold_once_and_keep_the_keyboard_position(qtbot, planned):
    w, form = planned, planned.learner_form
    form.targets_toggle.click()
    model = form.targets_view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Builds a web application")
    form.targets_view.setCurrentIndex(model.index(row, 0))
    replanned(qtbot, w, lambda: _check(form, "Builds a web application", Qt.CheckState.Checked))
    assert w.doc.learner.outcomes == ["tiny:web"]  # an extra beside the goal (it is in the goal already)
    assert form.targets_view.currentIndex().data() == "Builds a web application"  # not back at the top
    form.targets_toggle.click()  # fold it: an edit elsewhere leaves it folded
    replanned(qtbot, w, lambda: w.doc.edit_learner("hours", hours_per_week=18))
    assert not form.targets_body.isVisible()


def test_picking_outcomes_by_hand_starts_from_the_choices_the_route_took(qtbot, settings):
    """Anna's goal has choice groups; the hand-picked list must hold the options her route took, not
    simply the first ones, so switching does not change what she is aiming for."""
    from tests.ui.helpers import planned_window
    from ui.app import DEMO_CATALOGUES, DEMO_LEARNER
    from ui.learnerform import PICKED

    with planned_window(qtbot, settings, DEMO_CATALOGUES, DEMO_LEARNER) as w:
        goal = w.doc.catalogues.goals[w.doc.learner.goal]
        assert goal.choices
        gained = {o for item in w.doc.plan.items for o in item.outcomes} | w.doc.learner.proven_ids()
        replanned(qtbot, w, lambda: _choose_goal(w.learner_form, PICKED))
        picked = set(w.doc.learner.outcomes)
        assert set(goal.required) <= picked
        for group in goal.choices:
            chosen = picked & set(group.of)
            assert len(chosen) == group.n
            assert chosen == set(group.of) & gained or len(set(group.of) & gained) > group.n
