"""Issue 10 done: an intake at the advisor's table, from blank to the documents handed over.

Nothing on disk but the demo catalogues and a temporary folder: a new learner through the intake,
three what-if scenarios side by side, one chosen, and its study plan and calendar exported through
File ▸ Export (and printed) — then read back as the learner would: the PDF's text (in English and in Dutch) and
the calendar's events.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from planner import formatting as fmt
from planner.plan import Status
from tests.ui.helpers import SCREENSHOTS, replanned
from tests.ui.test_intake import SWITCH, TODAY, action, all_planned, new_learner
from ui import handover, language
from ui.app import DEMO_CATALOGUES
from ui.palette import fmt_date

NAME = "Anna de Vries"
SCENARIOS = ["16 h", "8 h", "24 h, not online"]


def flat(text: str) -> str:
    """Every run of whitespace one space: table cells wrap long titles."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def export(window, monkeypatch, name: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Trigger File ▸ Export ▸ … and answer the save dialog with ``path``."""
    asked: list[str] = []

    def save_dialog(_parent, _title, start, filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    act = action(window, name)
    assert act.isEnabled()
    act.trigger()
    assert len(asked) == 1 and Path(asked[0]).name.startswith(f"{NAME} – {window.scenarios.current.name}")
    assert path.exists(), window.last_message


def check_study_plan(text: str, window, lang: str) -> None:  # type: ignore[no-untyped-def]
    """What the signed study plan must say, taken from the window's catalogues and plan, not from the document."""
    cs, plan = window.doc.catalogues, window.doc.plan
    labels = {"en": ["Study plan", "Milestones", "Signatures", "Learner", "Education provider", "Employer",
                     "Name", "Date", "Signature"],
              "nl": ["Studieplan", "Mijlpalen", "Ondertekening", "Deelnemer", "Opleider", "Werkgever",
                     "Naam", "Datum", "Handtekening"]}[lang]
    for word in labels:
        assert word in text, (lang, word)
    assert NAME in text and window.scenarios.current.name in text
    bare = text.replace(" ", "")
    for item in plan.items:
        title = cs.module_title(item.module, lang)
        assert title.replace(" ", "") in bare, (lang, title)
    assert plan.milestones
    for m in plan.milestones:
        title = (m.title_nl or m.title) if lang == "nl" else m.title
        assert title.replace(" ", "") in bare, (lang, title)
        assert m.date is not None and fmt.date(m.date, lang) in text


def test_an_intake_from_blank_to_the_documents_handed_over(qtbot, qapp, window, tmp_path, monkeypatch, settings):
    w = window
    w.today = lambda: TODAY
    w.runner.time_limit = 4.0  # every scenario copies it
    settings.set("files/lastDir", str(tmp_path))
    assert w.open_catalogues(DEMO_CATALOGUES)
    for name in ("actionExportPdf", "actionExportIcs", "actionExportCsv", "actionPrint"):
        assert not action(w, name).isEnabled()  # no learner, no route, nothing to hand over

    # the intake, then three what-ifs
    new_learner(qtbot, w, goal_title=SWITCH, hours=16, name=NAME,
                notes="Works in a hospital lab; the employer pays the switch.")
    assert action(w, "actionExportPdf").isEnabled()
    answers = iter(SCENARIOS)
    w.scenario_handling.ask_text = lambda *_a: next(answers)  # type: ignore[method-assign]
    action(w, "actionRenameScenario").trigger()
    action(w, "actionDuplicateScenario").trigger()
    replanned(qtbot, w, lambda: w.learner_form.hours.setValue(8))
    action(w, "actionDuplicateScenario").trigger()
    replanned(qtbot, w, lambda: w.learner_form.hours.setValue(24))
    replanned(qtbot, w, lambda: w.learner_form.modes["online"].setChecked(False))
    all_planned(qtbot, w)
    assert w.scenarios.names() == SCENARIOS
    assert [s.doc.learner.hours_per_week for s in w.scenarios] == [16, 8, 24]
    assert "online" not in w.scenarios[2].doc.learner.modes and "online" in w.scenarios[0].doc.learner.modes
    assert all(s.doc.plan.status in (Status.OPTIMAL, Status.FEASIBLE) and s.doc.plan.items for s in w.scenarios), [
        (s.doc.plan.status, len(s.doc.plan.items), s.doc.learner.modes) for s in w.scenarios]

    # side by side: one column per scenario, its finish as its plan has it
    action(w, "actionCompare").trigger()
    model = w.comparison.model
    assert model.scenario_names() == SCENARIOS
    finishes = [s.doc.plan.totals.finish_date for s in w.scenarios]
    assert [model.cell(0, c) for c in range(3)] == [fmt_date(d) for d in finishes]
    assert finishes[1] > finishes[0]  # fewer hours, later done

    # the advisor and Anna agree on the evenings of 8 hours
    w.scenario_bar.tabs.setCurrentIndex(1)
    chosen = w.scenarios.current
    assert chosen.name == "8 h"
    action(w, "actionMarkChosen").trigger()
    assert w.scenarios.chosen is chosen
    for name in ("actionExportPdf", "actionExportIcs", "actionExportCsv", "actionPrint"):
        assert action(w, name).isEnabled()

    # the study plan in English (the interface language), then the calendar
    pdf_en = tmp_path / "anna-en.pdf"
    export(w, monkeypatch, "actionExportPdf", pdf_en)
    assert w.status_label.text() == "Study plan written to anna-en.pdf"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert w.grab().save(str(SCREENSHOTS / "advisor-exported.png"))
    check_study_plan(pdf_text(pdf_en), w, "en")
    assert "8 uur per week" not in pdf_text(pdf_en)

    ics = tmp_path / "anna.ics"
    export(w, monkeypatch, "actionExportIcs", ics)
    assert w.status_label.text() == "Calendar written to anna.ics"
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    plan = chosen.doc.plan
    expected = []
    for item in plan.items:
        title = w.doc.catalogues.module_title(item.module, "en")
        if not item.sessions:
            expected.append((title, item.start_date, None))
        for s in item.sessions:
            # the first session: the session's weekday in the module's first week
            first = next(item.start_date + dt.timedelta(days=k) for k in range(7)
                         if (item.start_date + dt.timedelta(days=k)).weekday() == s.day.number)
            expected.append((title, first, s.start))
    assert any(t is not None for _title, _d, t in expected), "the chosen route has weekly sessions"
    got = []
    for ev in events:
        start = ev.decoded("dtstart")
        if isinstance(start, dt.datetime):
            assert str(start.tzinfo) == "Europe/Amsterdam"
            got.append((str(ev.get("summary")), start.date(), start.time()))
        else:
            got.append((str(ev.get("summary")), start, None))
    assert sorted(got, key=str) == sorted(expected, key=str)

    # File ▸ Print paints the same pages (here onto a PDF printer, without the dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert handover.print_study_plan(w, printer) == len(PdfReader(str(pdf_en)).pages) >= 2
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == len(PdfReader(str(pdf_en)).pages)

    # the same window code path in Dutch: the documents follow the interface language
    translators = language.install(qapp, "nl")
    try:
        pdf_nl = tmp_path / "anna-nl.pdf"
        export(w, monkeypatch, "actionExportPdf", pdf_nl)
        assert w.status_label.text() == "Studieplan opgeslagen als anna-nl.pdf"
    finally:
        language.uninstall(qapp, translators)
    text_nl = pdf_text(pdf_nl)
    check_study_plan(text_nl, w, "nl")
    assert "8 uur per week" in text_nl and "Study plan" not in text_nl
    assert {p.name for p in tmp_path.iterdir()} == {"anna-en.pdf", "anna.ics", "printed.pdf", "anna-nl.pdf"}
