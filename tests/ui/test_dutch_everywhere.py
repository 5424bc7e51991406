"""Issue 23.4: the Dutch window speaks Dutch. The main screens are driven in Dutch (a plan, a
module's details, a learner without a route, Compare, Progress, the intake's steps, Help, the file
dialog) and every visible text is read; English words from tests/english.py fail the test."""

from __future__ import annotations

import os
import re

import pytest

from tests.english import english_words
from tests.ui.helpers import ROOT, open_and_plan
from tests.ui.texts import visible_texts
from ui import language

DUMP = os.environ.get("LEERROUTE_DUMP_TEXTS")


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    translators = language.install(qapp, "nl")
    yield
    language.uninstall(qapp, translators)


def _allowed(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Names a Dutch text may show as they are: the learner's, institutions', places, file names."""
    out = ["Leerroute", "Open Badges", "EVC", "EC", "PDF", "CSV", "XLSX", "iCalendar", "OOAPI", "Qt", "PySide6", "OR-Tools",
           "CP-SAT", "networkx", "pydantic", "Python"]
    doc = window.doc
    if doc.learner is not None:
        out.append(doc.learner.name)
    if doc.catalogues is not None:  # the catalogues' own Dutch (titles with loan words: "pick-and-place")
        out += catalogue_names(doc.catalogues)
    return out


def catalogue_names(cs) -> list[str]:  # type: ignore[no-untyped-def]
    """The catalogues' proper names and Dutch titles, written by their institutions."""
    out: list[str] = []
    for c in cs.catalogues:
        out.append(c.institution)
        for thing in (*c.goals, *c.modules, *c.outcomes):
            out.append(thing.title.nl or "")  # (an English title shown in Dutch is a leak)
            out += [ms.title.nl or "" for ms in getattr(thing, "milestones", []) or []]
    return [t for t in out if t]


def _leaks(texts: list[tuple[str, str]], allow: list[str]) -> list[tuple[str, str, list[str]]]:
    found = [(where, text, english_words(text, allow)) for where, text in texts]
    if DUMP:
        with open(DUMP, "a", encoding="utf-8") as f:
            for where, text, words in found:
                f.write(f"{'!!' if words else '  '} {where}: {text!r} {words}\n")
    return [f for f in found if f[2]]


def test_the_planned_window_in_dutch(qtbot, settings, dutch) -> None:
    from tests.ui.helpers import anna_planned, each_tab

    with anna_planned(qtbot, settings) as window:
        leaks = []
        for _tab in each_tab(qtbot, window):
            leaks += _leaks(visible_texts(window), _allowed(window))
        for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
            leaks += _leaks(visible_texts(menu, visible_only=False), _allowed(window))
        # seconds with a decimal comma ("1.4 s" was English)
        for label in (window.status_label, window.elapsed_label):
            assert not re.search(r"\d\.\d s\b", label.text()), label.text()
        # two scenarios side by side in Compare
        window.scenario_handling.ask_text = lambda *_a: "Plan 2"
        assert window.scenario_handling.duplicate_scenario()
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
        window.tabs.setCurrentWidget(window.comparison)
        qtbot.wait(50)
        compared = visible_texts(window.comparison)
        assert any(text == "Plan 2" for _w, text in compared)
        leaks += _leaks(compared, _allowed(window))
        assert leaks == []


def test_a_learner_without_a_route_is_explained_in_dutch(qtbot, settings, dutch) -> None:
    from planner.shipped import demo_catalogues, sample_learner
    from tests.ui.helpers import make_window

    gen = make_window(qtbot, settings)
    window = next(gen)
    try:
        window.resize(1280, 800)
        open_and_plan(qtbot, window, list(demo_catalogues()), sample_learner("impossible-dewi"))
        assert window.doc.plan is not None and not window.doc.plan.items
        qtbot.waitUntil(lambda: window.explanation.isVisible())
        window.grab().save("/tmp/words23-no-route-nl.png")
        leaks = _leaks(visible_texts(window.explanation), _allowed(window))
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            qtbot.wait(20)
            leaks += _leaks(visible_texts(window), _allowed(window))
        assert leaks == []
    finally:
        next(gen, None)


def test_the_intake_help_and_file_dialog_in_dutch(qtbot, settings, dutch) -> None:

    from tests.ui.helpers import make_window

    gen = make_window(qtbot, settings)
    window = next(gen)
    try:
        _intake_help_and_file_dialog(qtbot, window)
    finally:
        next(gen, None)


def _intake_help_and_file_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from planner.load import load_catalogues
    from planner.shipped import demo_catalogues
    from ui import helpmenu
    from ui.intake import NewLearnerDialog

    cs = load_catalogues(demo_catalogues())
    allow = ["Leerroute", *catalogue_names(cs)]
    intake = NewLearnerDialog(cs, window)
    qtbot.addWidget(intake)
    intake.show()
    intake.name.setText("Sam")
    leaks = []
    for _ in range(12):
        leaks += _leaks(visible_texts(intake), allow)
        if intake.nextId() == -1:
            break
        before = intake.currentId()
        intake.next()
        assert intake.currentId() != before, intake.currentPage().title()
    leaks += _leaks([("guide", line) for line in helpmenu.guide_text(window).splitlines()], allow)
    leaks += _leaks([("about", line) for line in helpmenu.about_text(window).splitlines()
                     if not line.startswith("•")], allow)  # (licences are names)
    shortcuts = helpmenu.show_shortcuts(window)
    leaks += _leaks(visible_texts(shortcuts), allow)
    shortcuts.close()
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(window, "", str(ROOT / "catalogs"), QCoreApplication.translate("MainWindow", "Learners (*.yaml *.yml *.json)"))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.show()
        leaks += _leaks([t for t in visible_texts(dialog) if "QFileSystemModel" not in t[0]], allow)
        dialog.close()
    assert leaks == []


def test_an_explanation_reads_in_dutch(dutch) -> None:
    """It said "aangeboden als campus/workplace" and "je hebt deze uitgesloten; je hebt deze uitgesloten; …"."""
    from planner.explain import explain_infeasible
    from planner.load import load_catalogues
    from planner.shipped import demo_catalogues
    from tests.planner.test_explain_words import EXCLUDED, dewi_excluding
    from ui.messages import render

    cs = load_catalogues(demo_catalogues())
    title = cs.module_title("hs-oost:zorg-technologie", "nl")
    texts = [render(m, cs=cs) for m in explain_infeasible(cs, dewi_excluding(EXCLUDED[:1]), time_limit=10)]
    assert _leaks([("explanation", t) for t in texts], catalogue_names(cs)) == []
    facts = [t for t in texts if "wordt alleen aangeboden" in t]
    assert facts and all("op de campus in Enschede (za 09:30–15:30)" in t for t in facts), texts
    assert all(t.count("uitgesloten") == 1 and f"je hebt '{title}' uitgesloten" in t for t in facts), texts
    assert any("je studeert niet online of hybride" in t or "je studeert niet hybride of online" in t for t in facts), texts
    assert f"de modules die je hebt uitgesloten: '{title}'" in texts


def test_no_dutch_translation_holds_an_english_word() -> None:
    """Every Dutch text of the window, also those no test drives to the screen (placeholders, web
    addresses and accelerators aside; 'credit hours' and 'creditsAvailable' are Open Badges' own names)."""
    import xml.etree.ElementTree as ET

    found = []
    for ctx in ET.parse(language.I18N / "leerroute_nl.ts").getroot().iter("context"):
        for message in ctx.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            for text in [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]:
                bare = re.sub(r"\{[^}]*\}|https?://\S+|&(?=\w)", "", text)
                words = english_words(bare, ["Open Badges", "Leerroute", "credit hours", "creditsAvailable"])
                if words:
                    found.append((ctx.findtext("name"), text, words))
    assert found == []
