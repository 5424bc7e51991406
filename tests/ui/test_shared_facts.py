"""One learner, many scenarios: the learner's facts (proven outcomes, holidays, notes, …) are shared by
every scenario; a scenario varies only the what-ifs. A fact changed in one scenario reaches all of them
as one undo step, and every scenario plans again. A plan file whose scenarios disagree (saved by an
older version) says so and takes the chosen scenario's facts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from planner.learner import LEARNER_FACTS, facts_changed, with_facts
from planner.models import Learner
from planner.planfile import read_plan_file, save_plan_file
from planner.values import DateRange
from tests.ui.helpers import CATALOGUE, LEARNER, make_window, open_and_plan, replanned
from tests.ui.test_intake import action, all_planned
from ui.scenarios import FACTS_NOTE

CHRISTMAS = DateRange(start=dt.date(2026, 12, 21), end=dt.date(2027, 1, 3))
SPRING = DateRange(start=dt.date(2027, 2, 15), end=dt.date(2027, 2, 28))


def test_every_fact_is_a_field_of_the_learner_and_the_what_ifs_are_not_facts():
    fields = set(Learner.model_fields)
    assert set(LEARNER_FACTS) <= fields
    assert not {"hours_per_week", "availability", "modes", "places", "budget", "deadline", "pinned",
                "excluded", "exceptions", "how", "preferences"} & set(LEARNER_FACTS)
    a = Learner(name="A", goal="x:y", start=dt.date(2026, 9, 7), hours_per_week=8)
    b = a.model_copy(update={"hours_per_week": 20, "notes": "met on Monday", "holidays": [SPRING]})
    assert facts_changed(a, b) == ["holidays", "notes"]
    c = with_facts(a, b)
    assert (c.hours_per_week, c.notes, c.holidays) == (8, "met on Monday", [SPRING])
    assert with_facts(b, b) is b


def three_scenarios(qtbot, w):  # type: ignore[no-untyped-def]
    """The tiny learner planned, then two copies with other hours: 20, 12 and 30 hours a week."""
    open_and_plan(qtbot, w, [CATALOGUE], LEARNER)
    answers = iter(["12 h", "30 h"])
    w.scenario_handling.ask_text = lambda *_a: next(answers)  # type: ignore[method-assign]
    for hours in (12, 30):
        action(w, "actionDuplicateScenario").trigger()
        replanned(qtbot, w, lambda hours=hours: w.learner_form.hours.setValue(hours))
    all_planned(qtbot, w)
    return list(w.scenarios)


def test_a_fact_changed_in_one_scenario_reaches_all_as_one_undo_step(qtbot, window):
    w = window
    first, second, third = three_scenarios(qtbot, w)
    w.scenario_bar.tabs.setCurrentIndex(1)
    assert w.scenarios.current is second
    steps = [s.doc.undo_stack.count() for s in w.scenarios]
    plans = [s.doc.plan for s in w.scenarios]

    # a proven outcome and a holiday, edited in the second scenario
    replanned(qtbot, w, lambda: w.doc.mark_proven("tiny:security", "diploma", "Mark proven"))
    replanned(qtbot, w, lambda: w.doc.edit_learner("Holidays", holidays=[CHRISTMAS, SPRING]))
    all_planned(qtbot, w)
    for s in w.scenarios:
        assert "tiny:security" in s.doc.learner.proven_ids(), s.name
        assert s.doc.learner.holidays == [CHRISTMAS, SPRING], s.name
    assert [s.doc.learner.hours_per_week for s in w.scenarios] == [20, 12, 30]  # the what-ifs stay
    assert [s.doc.plan for s in w.scenarios] != plans
    for s, before in zip(w.scenarios, plans, strict=True):  # every scenario planned again, without the module
        assert s.requested is not None and "tiny:security" in s.requested.proven_ids()
        assert s.doc.plan is not before and "tiny:sec" not in {i.module for i in s.doc.plan.items}, s.name
    # one step each, in the scenario where the edit was made
    assert [s.doc.undo_stack.count() for s in w.scenarios] == [steps[0], steps[1] + 2, steps[2]]

    # undo restores every scenario
    replanned(qtbot, w, lambda: action(w, "actionUndo").trigger())
    assert all(s.doc.learner.holidays == [CHRISTMAS] for s in w.scenarios)
    assert all("tiny:security" in s.doc.learner.proven_ids() for s in w.scenarios)
    replanned(qtbot, w, lambda: action(w, "actionUndo").trigger())
    all_planned(qtbot, w)
    for s, before in zip(w.scenarios, plans, strict=True):  # each scenario's route as before the edits
        assert "tiny:security" not in s.doc.learner.proven_ids() and s.doc.learner.holidays == [CHRISTMAS]
        assert s.doc.plan.status == before.status, s.name
        assert {i.module for i in s.doc.plan.items} == {i.module for i in before.items}, s.name
    replanned(qtbot, w, lambda: action(w, "actionRedo").trigger())
    all_planned(qtbot, w)
    assert all("tiny:security" in s.doc.learner.proven_ids() for s in w.scenarios)

    # undoing the third scenario's own hours keeps the fact edited in the second one
    w.scenario_bar.tabs.setCurrentIndex(2)
    replanned(qtbot, w, lambda: action(w, "actionUndo").trigger())
    assert third.doc.learner.hours_per_week == 12  # copied from the second
    assert "tiny:security" in third.doc.learner.proven_ids()
    assert first.doc.learner.hours_per_week == 20 and second.doc.learner.hours_per_week == 12


def test_notes_are_the_learners_and_a_saved_file_keeps_them_shared(qtbot, window, tmp_path, settings):
    w = window
    three_scenarios(qtbot, w)
    w.learner_form.notes.setPlainText("Employer pays; evenings only.")
    w.learner_form.commit_notes()
    assert {s.doc.learner.notes for s in w.scenarios} == {"Employer pays; evenings only."}
    all_planned(qtbot, w)
    target = tmp_path / "sam.leerroute.json"
    assert w.save_plan(target)
    saved = read_plan_file(target)
    assert {s.learner.notes for s in saved.scenario_list()} == {"Employer pays; evenings only."}
    assert [s.learner.hours_per_week for s in saved.scenario_list()] == [20, 12, 30]


def test_a_file_whose_scenarios_disagree_says_so_and_takes_the_chosen_ones_facts(qtbot, window, tmp_path, settings):
    w = window
    three_scenarios(qtbot, w)
    w.scenario_bar.tabs.setCurrentIndex(1)
    action(w, "actionMarkChosen").trigger()
    target = tmp_path / "old.leerroute.json"
    assert w.save_plan(target)
    # as an older version saved it: a badge and a holiday in the chosen scenario only
    pf = read_plan_file(target)
    scenarios = list(pf.scenarios)
    chosen = scenarios[1].learner.model_copy(update={"holidays": [CHRISTMAS, SPRING], "notes": "badge shown"})
    chosen = chosen.model_copy(update={"proven": [*chosen.proven, *Learner.model_validate(
        {"name": "x", "goal": "tiny:webdev-cert", "start": "2026-09-07", "hoursPerWeek": 1,
         "proven": [{"outcome": "tiny:security", "evidence": "edubadge"}]}).proven]})
    scenarios[1] = scenarios[1].model_copy(update={"learner": chosen})
    pf = pf.model_copy(update={"scenarios": scenarios, "learner": chosen})
    save_plan_file(target, pf.learner, w.doc.catalogues, pf.plan, scenarios=pf.scenarios, chosen=pf.chosen)

    gen = make_window(qtbot, settings)
    other = next(gen)
    try:
        assert other.open_plan(target)
        assert other.scenarios.current.name == "12 h"
        all_planned(qtbot, other)
        for s in other.scenarios:
            assert s.doc.learner.holidays == [CHRISTMAS, SPRING] and s.doc.learner.notes == "badge shown", s.name
            assert "tiny:security" in s.doc.learner.proven_ids()
            assert s.doc.plan is not None and "tiny:sec" not in {i.module for i in s.doc.plan.items}, s.name
        assert [s.doc.learner.hours_per_week for s in other.scenarios] == [20, 12, 30]
        assert any(n.code == FACTS_NOTE for n in other.doc.file_notes)
        shown = " ".join(label.text() for label in other.explanation.findChildren(QLabel))
        assert "had different facts about the learner" in shown and "“12 h”" in shown
    finally:
        next(gen, None)
