"""Compare tells the truth: each scenario's inputs beside its results, differences marked, why a
scenario has no route in one sentence, nothing cut — and File ▸ Export ▸ Comparison (PDF) puts the same
on one printable page."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from planner.plan import Status
from tests.ui.fit import cut_texts
from tests.ui.helpers import CATALOGUE, LEARNER, SCREENSHOTS, open_and_plan, replanned
from tests.ui.test_intake import action, all_planned

NAMES = ["20 h", "12 h", "30 h, budget"]
DB = "Databases"


def three(qtbot, w):  # type: ignore[no-untyped-def]
    open_and_plan(qtbot, w, [CATALOGUE], LEARNER)
    answers = iter(NAMES)
    w.scenario_handling.ask_text = lambda *_a: next(answers)  # type: ignore[method-assign]
    action(w, "actionRenameScenario").trigger()
    action(w, "actionDuplicateScenario").trigger()
    replanned(qtbot, w, lambda: w.learner_form.hours.setValue(12))
    action(w, "actionDuplicateScenario").trigger()
    replanned(qtbot, w, lambda: w.learner_form.hours.setValue(30))
    replanned(qtbot, w, lambda: w.doc.edit_learner("Budget", budget=9000))
    replanned(qtbot, w, lambda: w.doc.pin("tiny:db-online", "Pin"))
    all_planned(qtbot, w)
    assert [s.doc.plan.status == Status.INFEASIBLE for s in w.scenarios] == [False, True, False]


def test_compare_shows_what_each_scenario_asked_and_why_one_has_no_route(qtbot, window, tmp_path, monkeypatch):
    w = window
    three(qtbot, w)
    w.resize(1280, 800)
    action(w, "actionCompare").trigger()
    qtbot.wait(100)
    model = w.comparison.model
    measures = model.measures()
    hours = measures.index("Hours ≠")
    assert [model.cell(hours, c) for c in range(3)] == ["20 h/week", "12 h/week", "30 h/week"]
    budget = measures.index("Budget ≠")
    assert [model.cell(budget, c) for c in range(3)] == ["no budget", "no budget", "€9,000"]
    for same in ("Modes", "Deadline", "Places", "Free times"):
        assert same in measures, same  # asked alike: shown, not marked
    assert model.cell(measures.index("Free times"), 0) == "Mon Tue Thu Sat"
    assert model.cell(hours, 1, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.cell(measures.index("Modes"), 1, Qt.ItemDataRole.BackgroundRole) is None
    assert model.cell(measures.index("Modes"), 1) == "every mode"
    pins = measures.index("Pinned (differing) ≠")  # only the pins not every scenario has
    assert [model.cell(pins, c) for c in range(3)] == ["—", "—", f"{DB} (online)"]
    assert model.cell(0, 1) == "no route"
    why = w.comparison.why
    assert why.isVisible()
    assert why.text() == "“12 h”: No route: your 12 hours a week is too tight."
    assert cut_texts(w) == []
    w.resize(1024, 700)
    qtbot.wait(100)
    assert cut_texts(w) == []
    w.resize(1280, 800)
    qtbot.wait(100)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)  # docs/images/ holds a copy chosen by hand
    assert w.grab().save(str(SCREENSHOTS / "comparison.png"))

    # File ▸ Export ▸ Comparison (PDF): one page, the same words
    path = tmp_path / "cmp.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(path), ""))
    act = action(w, "actionExportComparison")
    assert act.isEnabled()
    act.trigger()
    assert path.exists(), w.status_label.text()
    assert w.status_label.text() == "Comparison written to cmp.pdf"
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    for name in NAMES:
        assert name in text
    for words in ("Scenarios compared", "Test learner", "What each scenario asks", "20 h/week", "12 h/week",
                  "No route: your 12 hours a week is too tight.", "every mode", f"{DB} (online)"):
        assert words in text, words
    finish = model.cell(0, 0)
    assert finish in text
    import shutil

    shutil.copy(path, SCREENSHOTS / "comparison.pdf")


def test_nothing_to_compare_is_said_not_written(qtbot, window, tmp_path):
    w = window
    open_and_plan(qtbot, w, [CATALOGUE], LEARNER)
    assert not action(w, "actionExportComparison").isEnabled()
    from ui.comparisonexport import export_comparison

    said: list[str] = []
    w.show_message = lambda title, text, *_a: said.append(text)  # type: ignore[method-assign]
    assert not export_comparison(w, tmp_path / "x.pdf")
    assert said == ["Tick two to four scenarios to compare."] and not Path(tmp_path / "x.pdf").exists()
