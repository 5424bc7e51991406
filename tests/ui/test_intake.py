"""The advisor's table: a new learner from scratch, what-if scenarios side by side, progress toward
the goal, pins and exclusions removed in one click; all driven through the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWizard

from planner.plan import Status
from tests.ui.helpers import CATALOGUE, ROOT, make_window, replanned
from ui.intake import next_monday
from ui.palette import fmt_date
from ui.plaintext import plain_tip


def action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    act = window.findChild(QAction, name)
    assert act is not None, name
    return act


def new_learner(qtbot, window, goal_title: str = "Certificate web developer", hours: float = 20.0,
                name: str = "Sam", notes: str = "", shown: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """File ▸ New learner, fill the intake as the advisor would, OK; wait for the first plan."""
    action(window, "actionNewLearner").trigger()
    dialog = window.intake
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText(name)
    i = dialog.goal.findText(goal_title)
    assert i >= 0, [dialog.goal.itemText(k) for k in range(dialog.goal.count())]
    dialog.goal.setCurrentIndex(i)
    dialog.next()  # the week
    dialog.hours.setValue(hours)
    dialog.next()  # how and where
    dialog.notes.setPlainText(notes)
    dialog.next()  # what you can already show
    assert dialog.shown.topLevelItemCount() > 0 and dialog.ticked() == []
    for outcome, evidence in (shown or {}).items():
        item = next(dialog.shown.topLevelItem(i) for i in range(dialog.shown.topLevelItemCount())
                    if dialog.shown.topLevelItem(i).toolTip(0) == plain_tip(outcome))
        item.setCheckState(0, Qt.CheckState.Checked)
        combo = dialog.shown.itemWidget(item, 1)
        combo.setCurrentIndex(combo.findText(evidence))
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        dialog.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not window.runner.busy)
    return dialog


def set_hours(qtbot, window, hours: float) -> None:  # type: ignore[no-untyped-def]
    replanned(qtbot, window, lambda: window.learner_form.hours.setValue(hours))


def all_planned(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not any(s.runner.busy for s in window.scenarios), timeout=60000)


#: The day of the intake: the tiny catalogue's cohorts run from September 2026.
TODAY = dt.date(2026, 8, 26)
MONDAY = dt.date(2026, 8, 31)


@pytest.fixture
def advisor(qtbot, window):  # type: ignore[no-untyped-def]
    """A window with only the tiny catalogue open, as at the start of an intake."""
    window.today = lambda: TODAY
    assert window.open_catalogues([CATALOGUE])
    qtbot.wait(200)
    return window


def test_new_learner_starts_blank_on_the_next_monday(qtbot, advisor):
    w = advisor
    assert not w.learner_form.has_learner() and w.learner_form.new_button.isEnabled()  # nothing to edit yet
    assert action(w, "actionNewLearner").isEnabled()
    action(w, "actionNewLearner").trigger()
    dialog = w.intake
    texts = [dialog.goal.itemText(k) for k in range(dialog.goal.count())]
    assert "Microcredentials" in texts and "Certificate web developer" in texts
    assert not any(raw in " ".join(texts) for raw in ("webdev-cert", "tiny:", "microcredentials"))
    heading = dialog.goal.findText("Microcredentials")
    assert not dialog.goal.model().item(heading).isEnabled()  # a heading, not a goal
    dialog.goal.setCurrentIndex(heading)
    assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()  # no goal, no next step
    dialog.goal.setCurrentIndex(dialog.goal.findText("Certificate web developer"))
    assert dialog.button(QWizard.WizardButton.NextButton).isEnabled()
    assert dialog.start.date().toPython() == MONDAY
    dialog.reject()

    new_learner(qtbot, w, hours=20)
    learner = w.doc.learner
    assert learner.goal == "tiny:webdev-cert" and learner.name == "Sam"
    assert learner.start == MONDAY
    assert learner.proven == [] and learner.holidays == [] and learner.notes == "" and learner.excluded == []
    assert learner.hours_per_week == 20
    assert w.learner_form.has_learner() and not w.learner_form.empty.isVisible()
    assert w.learner_form.goal.currentText() == "Certificate web developer"
    assert w.doc.plan.status in (Status.OPTIMAL, Status.FEASIBLE) and w.doc.plan.items
    assert w.summary.fields["finish"].text().count(fmt_date(w.doc.plan.totals.finish_date)) == 1
    assert w.isWindowModified()  # a new learner is not in any file yet


def test_the_intake_takes_what_the_learner_can_already_show(qtbot, advisor):
    w = advisor
    new_learner(qtbot, w, hours=20, shown={"Writes small programs in Python": "diploma",
                                           "Works in an agile team": "work experience (to show in an EVC assessment)"})
    proven = {p.outcome: p.evidence for p in w.doc.learner.proven}
    assert proven == {"tiny:program": "diploma", "tiny:agile": "experience"}
    assert "tiny:prog" not in {i.module for i in w.doc.plan.items}  # proven: no course for it
    model = w.progress.requirements
    states = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
    assert states["Writes small programs in Python"] == "proven"
    assert states["Works in an agile team"] == "planned"  # experience is not proof: an EVC route


def test_new_learner_copies_nothing_from_the_learner_before(qtbot, planned):
    w = planned
    w.today = lambda: TODAY
    w.doc.mark_proven("tiny:program", "diploma", "proven")
    before = w.doc.learner
    assert before.holidays and before.proven
    new_learner(qtbot, w, name="Noor", hours=30)
    after = w.doc.learner
    assert after.name == "Noor" and after.proven == [] and after.holidays == [] and after.availability == []
    assert len(w.scenarios) == 1 and w.doc.undo_stack.count() == 0


DEMO = [ROOT / "catalogs" / "hogeschool-oost.yaml", ROOT / "catalogs" / "partner-noord.yaml"]
SWITCH = "Make IT Work — switch into ICT"


def test_scenarios_side_by_side(qtbot, window, tmp_path, settings):
    w = window
    w.today = lambda: TODAY
    assert w.open_catalogues(DEMO)
    new_learner(qtbot, w, goal_title=SWITCH, hours=12)
    answers = iter(["12 h", "8 h evenings", "24 h"])
    w.scenario_handling.ask_text = lambda *_a: next(answers)  # type: ignore[method-assign]
    action(w, "actionRenameScenario").trigger()
    action(w, "actionDuplicateScenario").trigger()
    assert w.scenarios.current.name == "8 h evenings" and w.scenario_bar.tabs.count() == 2
    set_hours(qtbot, w, 8)
    action(w, "actionDuplicateScenario").trigger()
    set_hours(qtbot, w, 24)
    all_planned(qtbot, w)
    assert w.scenarios.names() == ["12 h", "8 h evenings", "24 h"]
    hours = [s.doc.learner.hours_per_week for s in w.scenarios]
    assert hours == [12, 8, 24]
    assert all(s.doc.plan.status in (Status.OPTIMAL, Status.FEASIBLE) for s in w.scenarios)

    # the comparison: three columns, finish dates as each scenario's plan has them
    action(w, "actionCompare").trigger()
    assert w.tabs.currentWidget() is w.comparison
    model = w.comparison.model
    assert model.scenario_names() == ["12 h", "8 h evenings", "24 h"]
    finishes = [s.doc.plan.totals.finish_date for s in w.scenarios]
    assert [model.cell(0, c) for c in range(3)] == [fmt_date(d) for d in finishes]
    assert finishes[1] > finishes[0] > finishes[2]  # fewer hours, later done
    measures = model.measures()[: model.results]  # then what each scenario asked for (test_compare_inputs.py)
    assert model.measures()[model.results:][:1] == ["Hours ≠"]
    assert measures[0] == "Done" and measures[-5:] == ["EC", "Study hours", "Cost", "Modules", "Planner"]
    shares = [m for m in measures if m.endswith("(share of EC)")]  # how the routes are taught and assessed
    assert len(measures) == 1 + 2 + len(shares) + 5  # two milestones of the goal
    assert "self-paced (share of EC)" in shares
    startbekwaam = [s.doc.plan.milestones[0].date for s in w.scenarios]
    assert [model.cell(1, c).split(" (")[0] for c in range(3)] == [fmt_date(d) for d in startbekwaam]
    best = finishes.index(min(finishes))
    assert model.cell(0, best, Qt.ItemDataRole.FontRole).bold()
    assert model.cell(0, 1, Qt.ItemDataRole.BackgroundRole) is not None  # the slowest is tinted
    assert model.cell(0, 1, Qt.ItemDataRole.FontRole) is None
    assert w.comparison.timelines.span() is not None

    # editing one scenario leaves the others' plans alone; undo is per scenario
    others = {s.name: (s.doc.learner, s.doc.plan) for s in w.scenarios if s is not w.scenarios.current}
    replanned(qtbot, w, lambda: w.learner_form.modes["campus"].setChecked(False))
    assert w.doc.learner.modes and "campus" not in w.doc.learner.modes
    all_planned(qtbot, w)
    for s in w.scenarios:
        if s.name in others:
            assert (s.doc.learner, s.doc.plan) == others[s.name]
    replanned(qtbot, w, lambda: action(w, "actionUndo").trigger())
    assert "campus" in w.doc.learner.modes and w.doc.learner.hours_per_week == 24
    ten = w.scenarios.by_name("8 h evenings")
    undo_steps = ten.doc.undo_stack.count()
    assert ten.doc.learner.hours_per_week == 8 and ten.doc.undo_stack.index() == undo_steps
    w.scenario_bar.tabs.setCurrentIndex(1)
    assert w.scenarios.current is ten and w.learner_form.hours.value() == 8
    assert w.summary.fields["finish"].text().count(fmt_date(ten.doc.plan.totals.finish_date)) == 1
    replanned(qtbot, w, lambda: action(w, "actionUndo").trigger())
    assert ten.doc.learner.hours_per_week == 12  # its own step: back to the copy's hours
    assert w.scenarios.by_name("24 h").doc.learner.hours_per_week == 24
    replanned(qtbot, w, lambda: action(w, "actionRedo").trigger())

    # notes, chosen, save, reopen
    w.learner_form.notes.setPlainText("Employer pays; evenings only, Deventer is close.")
    w.learner_form.commit_notes()
    assert ten.doc.learner.notes.startswith("Employer pays")
    action(w, "actionMarkChosen").trigger()
    assert w.scenarios.chosen is ten and w.scenario_bar.tabs.tabText(1).startswith("★")
    all_planned(qtbot, w)
    target = tmp_path / "sam.leerroute.json"
    assert w.save_plan(target)
    assert not w.isWindowModified()
    saved = {s.name: (s.doc.learner, s.doc.plan) for s in w.scenarios}

    gen = make_window(qtbot, settings)
    other = next(gen)
    try:
        assert other.open_plan(target)
        assert other.scenarios.names() == ["12 h", "8 h evenings", "24 h"]
        assert other.scenarios.chosen is other.scenarios.current and other.scenarios.current.name == "8 h evenings"
        for s in other.scenarios:
            assert s.doc.learner == saved[s.name][0]
            # what a person reads is recomputed: the same route, totals and milestones; the claim of the
            # earliest finish stands when it is proven again in the second allowed for it
            opened, before = s.doc.plan, saved[s.name][1]
            assert (opened.items, opened.totals, opened.milestones) == (before.items, before.totals, before.milestones)
            assert opened.status == before.status or (opened.status, before.status) == ("feasible", "optimal")
        assert other.learner_form.notes.toPlainText() == "Employer pays; evenings only, Deventer is close."
        assert len(other.comparison.model.scenario_names()) == 3
        assert not other.isWindowModified()
    finally:
        next(gen, None)

    # delete a scenario
    w.scenario_bar.tabs.setCurrentIndex(2)
    action(w, "actionDeleteScenario").trigger()
    assert w.scenarios.names() == ["12 h", "8 h evenings"] and w.scenario_bar.tabs.count() == 2
    assert w.comparison.model.scenario_names() == ["12 h", "★ 8 h evenings"] and w.isWindowModified()


def test_a_scenario_waiting_for_its_turn_shows_planning(qtbot, advisor):
    w = advisor
    new_learner(qtbot, w, hours=20)
    w.scenario_handling.ask_text = lambda *_a: "second"  # type: ignore[method-assign]
    action(w, "actionDuplicateScenario").trigger()
    first = w.scenarios[0]
    w.runner.time_limit = 3
    with qtbot.waitSignal(w.runner.started, timeout=5000):
        w.learner_form.hours.setValue(30)
    first.replan()  # the other scenario asks while this one solves: it waits
    assert first.runner.busy and first.runner.waiting
    model = w.comparison.model
    assert model.cell(model.results - 1, 0) == "planning…"
    assert "…" in w.scenario_bar.tabs.tabText(0)
    all_planned(qtbot, w)
    assert model.cell(model.results - 1, 0) != "planning…"


def test_progress_shows_proven_planned_missing_and_exclusions_come_off(qtbot, planned):
    w = planned
    replanned(qtbot, w, lambda: w.edits.mark_proven("tiny:program", "diploma"))
    w.tabs.setCurrentWidget(w.progress)
    model = w.progress.requirements

    def row(title: str) -> tuple[str, str, str]:
        for r in range(model.rowCount()):
            if model.item(r, 0).text() == title:
                return model.item(r, 1).text(), model.item(r, 2).text(), model.item(r, 3).text()
        raise AssertionError(title)

    status, how, when = row("Writes small programs in Python")
    assert status == "proven" and how == "diploma" and when == ""
    status, how, when = row("Models data in a relational database")
    item = w.doc.plan.item_for_module("tiny:db")
    assert status == "planned" and how == "Databases"
    assert when == f"{fmt_date(item.start_date)} – {fmt_date(item.end_date)}"  # in a column of its own
    assert "Programming basics" not in {i.title for i in w.doc.plan.items}
    assert "1 proven" in w.progress.heading.text()
    assert w.progress.milestones.rowCount() == 1
    assert w.progress.milestones.item(0, 3).text() in ("met", "late")

    # exclude the only module for security: it is missing, listed, and one click brings it back
    replanned(qtbot, w, lambda: w.edits.exclude("tiny:sec"))
    status, how, _when = row("Secures a web application")
    assert status == "missing" and how == "Every module that teaches it is excluded."
    button = w.progress.remove_buttons[("exclude", "tiny:sec")]
    qtbot.waitUntil(button.isVisible)
    labels = [lbl.text() for lbl in w.progress.choices_box.findChildren(type(w.progress.heading))]
    assert "Web security" in labels and "tiny:sec" not in labels
    replanned(qtbot, w, button.click)
    assert w.doc.learner.excluded == []
    assert "tiny:sec" in {i.module for i in w.doc.plan.items}
    assert row("Secures a web application")[0] == "planned"
    assert w.doc.undo_stack.undoText().startswith("Allow")


def test_pins_come_off_in_one_click(qtbot, planned):
    w = planned
    replanned(qtbot, w, lambda: w.edits.pin("tiny:scrum"))
    assert w.doc.learner.pinned == ["tiny:scrum"]
    button = w.progress.remove_buttons[("pin", "tiny:scrum")]
    replanned(qtbot, w, button.click)
    assert w.doc.learner.pinned == []
    assert ("pin", "tiny:scrum") not in w.progress.remove_buttons
    replanned(qtbot, w, lambda: action(w, "actionUndo").trigger())
    assert w.doc.learner.pinned == ["tiny:scrum"]


def test_notes_are_one_undo_step_and_do_not_replan(qtbot, planned, tmp_path):
    w = planned
    plan = w.doc.plan
    w.learner_form.notes.setPlainText("Works at a hospital; wants to start before summer.")
    w.learner_form.commit_notes()
    assert w.doc.learner.notes == "Works at a hospital; wants to start before summer."
    assert w.doc.undo_stack.undoText() == "Change notes"
    qtbot.wait(400)
    assert not w.runner.busy and w.doc.plan is plan  # the planner does not read notes
    target = tmp_path / "learner.yaml"
    assert w.files.save_learner(target)
    from planner.load import load_learner

    assert load_learner(target).notes == w.doc.learner.notes
    action(w, "actionUndo").trigger()
    assert w.learner_form.notes.toPlainText() == ""


def test_start_is_the_next_monday():
    assert next_monday(dt.date(2026, 12, 1)) == dt.date(2026, 12, 7)
    assert next_monday(dt.date(2026, 12, 7)) == dt.date(2026, 12, 14)
    assert next_monday(dt.date(2026, 12, 13)) == dt.date(2026, 12, 14)


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    from ui import language

    translators = language.install(qapp, "nl")
    yield translators
    language.uninstall(qapp, translators)


def test_the_intake_progress_and_comparison_speak_dutch(qtbot, settings, dutch):
    from tests.ui.helpers import LEARNER, planned_window

    with planned_window(qtbot, settings, [CATALOGUE], LEARNER) as w:
        w.today = lambda: TODAY
        assert [a.text() for a in w.menuBar().actions()][3] == "&Scenario"
        assert action(w, "actionNewLearner").text() == "&Nieuwe deelnemer…"
        replanned(qtbot, w, lambda: w.edits.mark_proven("tiny:program", "diploma"))
        states = {w.progress.requirements.item(r, 1).text() for r in range(w.progress.requirements.rowCount())}
        assert states == {"aangetoond", "gepland"}
        assert w.progress.heading.text().startswith("Op weg naar Certificaat webontwikkelaar")
        assert w.comparison.model.measures()[0] == "Klaar"
        action(w, "actionNewLearner").trigger()
        dialog = w.intake
        assert dialog.windowTitle() == "Nieuwe deelnemer"
        assert dialog.goal.findText("Certificaat webontwikkelaar") >= 0
        assert dialog.goal.findText("Certificate web developer") < 0
        dialog.reject()


def test_notes_being_typed_reach_every_scenario_and_are_saved(qtbot, planned, tmp_path):
    """The notes are the learner's (shared by every scenario): typed in one, they are in all."""
    w = planned
    w.scenario_handling.ask_text = lambda *_a: "copy"  # type: ignore[method-assign]
    w.learner_form.notes.setPlainText("Typed for the first scenario")  # no focus change yet
    action(w, "actionDuplicateScenario").trigger()  # the copy takes the notes as they are typed
    first, copy = w.scenarios[0], w.scenarios[1]
    assert first.doc.learner.notes == copy.doc.learner.notes == "Typed for the first scenario"
    w.learner_form.notes.setPlainText("Typed in the copy")
    w.scenario_bar.tabs.setCurrentIndex(0)  # switching hands the text on before the first is shown
    assert copy.doc.learner.notes == first.doc.learner.notes == "Typed in the copy"
    assert w.learner_form.notes.toPlainText() == "Typed in the copy"
    w.learner_form.notes.setPlainText("Saved with Ctrl+S while still typing")
    target = tmp_path / "p.leerroute.json"
    assert w.save_plan(target)
    from planner.planfile import read_plan_file

    saved = {s.name: s.learner.notes for s in read_plan_file(target).scenario_list()}
    assert saved == {first.name: "Saved with Ctrl+S while still typing", "copy": "Saved with Ctrl+S while still typing"}


def test_without_a_learner_the_panel_says_how_to_start(qtbot, advisor):
    w = advisor
    assert w.learner_form.empty.isVisible() and not w.learner_form.body.isVisible()
    assert "No learner yet" in w.learner_form.empty_text.text()
    w.learner_form.new_button.click()
    assert w.intake is not None and w.intake.isVisible()
    w.intake.reject()


def test_requirements_that_open_alike_say_the_opening_once():
    from ui.language import shared_opening

    assert shared_opening(["The ICT professional writes code", "The ICT professional tests it"]) == "The ICT professional "
    assert shared_opening(["Writes code", "Writes tests"]) == ""  # one word is not worth it
    assert shared_opening(["The ICT professional", "The ICT professional tests"]) == "The ICT "  # never a whole title
    assert shared_opening(["Only one title here"]) == ""


def test_new_catalogues_plan_the_scenario_on_screen_first(qtbot, planned):
    w = planned
    w.scenario_handling.ask_text = lambda *_a: "second"  # type: ignore[method-assign]
    action(w, "actionDuplicateScenario").trigger()
    first = w.scenarios[0]
    with qtbot.waitSignal(w.runner.finished, timeout=20000):
        assert w.open_catalogues([CATALOGUE])
        assert w.runner.busy and not w.runner.waiting  # the scenario on screen solves now
        assert first.runner.busy and first.runner.waiting  # the other one after it
    all_planned(qtbot, w)
    assert first.doc.plan is not None and first.doc.plan.items


def test_an_old_plan_file_opens_as_one_scenario(qtbot, planned, tmp_path, settings):
    import json

    w = planned
    target = tmp_path / "old.leerroute.json"
    assert w.save_plan(target)
    raw = json.loads(target.read_text(encoding="utf-8"))
    raw["formatVersion"] = "1.0"
    raw.pop("scenarios")
    raw.pop("chosen", None)
    target.write_text(json.dumps(raw), encoding="utf-8")
    gen = make_window(qtbot, settings)
    other = next(gen)
    try:
        assert other.open_plan(target)
        assert other.scenarios.names() == ["Test learner"] and other.scenario_bar.tabs.tabText(0) == "Test learner"
        assert other.doc.plan == w.doc.plan and other.scenarios.chosen is None
        assert not other.isWindowModified()
    finally:
        next(gen, None)


def test_a_copy_made_while_planning_plans_itself(qtbot, planned):
    w = planned
    w.scenario_handling.ask_text = lambda *_a: "copy"  # type: ignore[method-assign]
    with qtbot.waitSignal(w.runner.started, timeout=5000):
        w.learner_form.hours.setValue(30)
    source = w.scenarios.current
    action(w, "actionDuplicateScenario").trigger()  # the source is still looking for its route
    copy = w.scenarios.current
    assert copy is not source and copy.runner.busy
    all_planned(qtbot, w)
    assert copy.doc.plan.totals == source.doc.plan.totals  # the same learner: the same route


def test_progress_view_counts_a_choice_in_ec(qtbot):
    """A choice of '10 EC from a pool' reads as EC done of EC needed, with the modules that count."""
    from planner.explain import route_solver
    from planner.load import load_catalogues, load_learner
    from planner.shipped import demo_catalogues, sample_learner
    from ui.progressview import ProgressView

    cs = load_catalogues(demo_catalogues())
    sanne = load_learner(sample_learner("ad-graduate-sanne"))
    plan = route_solver(cs, sanne, time_limit=10).solve()
    view = ProgressView()
    qtbot.addWidget(view)
    view.set_data(cs, sanne, plan)
    model = view.requirements
    rows = [(model.item(r, 0).text(), model.item(r, 3).text()) for r in range(model.rowCount())]
    counted = [(a, b) for a, b in rows if b.endswith(" of 10 EC")]
    assert len(counted) == 1 and not counted[0][0].endswith("EC")  # the figures in their column, not the title's
    item = next(model.item(r, 0) for r in range(model.rowCount()) if model.item(r, 3).text().endswith(" of 10 EC"))
    assert item.rowCount() >= 1 and " EC)" in item.child(0, 0).text()
