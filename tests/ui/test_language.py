"""The Dutch interface: a complete, consistent translation that is compiled, chosen and shown."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.ui.conftest import CATALOGUE, LEARNER
from tests.ui.helpers import SCREENSHOTS, planned_window, shown_tip
from ui import language

TS = language.I18N / "leerroute_nl.ts"
QM = language.I18N / "leerroute_nl.qm"
BIN = Path(sys.executable).parent
FIELDS = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}|%[0-9n]|</?(?:b|i|p|br|ul|li|h[1-6]|table|tr|td|span|a|div)\b[^>]*>")
ACCEL = re.compile(r"&(?=[^\s&])")


def _messages(path: Path) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of each message of a .ts file."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            out.append((name, m.findtext("source") or "", forms, tr.get("type")))
    return out


def _tool(name: str) -> str:
    exe = BIN / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_every_text_is_translated_with_the_same_placeholders_and_one_accelerator():
    problems = []
    for ctx, source, forms, kind in _messages(TS):
        if kind in ("vanished", "obsolete"):
            continue
        if kind == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"{ctx}: untranslated: {source!r}")
            continue
        for form in forms:
            if sorted(FIELDS.findall(form)) != sorted(FIELDS.findall(source)):
                problems.append(f"{ctx}: placeholders differ: {source!r} -> {form!r}")
            if len(ACCEL.findall(form)) != len(ACCEL.findall(source)):
                problems.append(f"{ctx}: accelerator differs: {source!r} -> {form!r}")
    assert problems == []


def test_the_translation_file_lists_every_interface_text(tmp_path):
    """A new tr() text must reach the .ts (``make i18n``), or it would stay English for Dutch users."""
    fresh = tmp_path / "fresh.ts"
    ui = Path(language.__file__).parent
    # the export formats' window texts live with the formats (planner/export/formats.py), as in `make i18n`
    sources = [*sorted(str(p) for p in ui.glob("*.py")), str(ui.parent / "planner" / "export" / "formats.py")]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    wanted = {(c, s) for c, s, _f, _k in _messages(fresh)}
    have = {(c, s) for c, s, _f, k in _messages(TS) if k not in ("vanished", "obsolete")}
    assert sorted(wanted - have) == [], "run `make i18n` and translate the new entries"
    assert sorted(have - wanted) == [], "run `make i18n` to drop texts the interface no longer has"


def test_the_compiled_translation_is_up_to_date(tmp_path):
    out = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert QM.exists(), "run `make i18n`"
    assert QM.read_bytes() == out.read_bytes(), "run `make i18n`: leerroute_nl.qm is older than the .ts"


def test_the_stored_choice_or_the_system_decides_the_language():
    dutch, german = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands), QLocale(QLocale.Language.German)
    assert language.resolve("nl", german) == "nl"
    assert language.resolve("en", dutch) == "en"
    assert language.resolve("", dutch) == "nl"
    assert language.resolve("", german) == "en"
    assert language.resolve("klingon", dutch) == "nl"  # a damaged setting follows the system


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    translators = language.install(qapp, "nl")
    yield translators
    language.uninstall(qapp, translators)


def test_dutch_window_menus_catalogue_titles_and_plan(qtbot, settings, dutch):
    assert language.current() == "nl"
    assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    with planned_window(qtbot, settings, [CATALOGUE], LEARNER) as w:
        menus = [a.text() for a in w.menuBar().actions()]
        english = ["&File", "&Edit", "&Plan", "&Scenario", "&View"]
        assert menus[:5] == [QCoreApplication.translate("MainWindow", t) for t in english]
        assert menus[5:] == [QCoreApplication.translate("HelpMenu", "&Help")]
        assert sum(m != e for m, e in zip(menus[:5], english, strict=True)) >= 3
        # catalogue and plan titles in Dutch where the catalogue has them
        plan = w.doc.plan
        assert plan is not None and plan.items
        first = w.items_model.index(0, 0).data()
        assert first in {i.title_nl for i in plan.items}
        ms = plan.milestones[0]
        texts = [i.text() for i in w.timeline.scene().items() if hasattr(i, "text") and callable(i.text)]
        assert ms.title_nl and ms.title_nl != ms.title and any(ms.title_nl in t for t in texts)
        tips = [shown_tip(i.toolTip()) for i in w.timeline.scene().items()]
        tips = [t for t in tips if t.startswith(plan.items[0].title_nl + "\n")]
        assert tips and "u/week" in tips[0] and f"€ {round(plan.items[0].cost)}" in tips[0]  # a bar's tip, in Dutch
        goals = [w.learner_form.goal.itemText(i) for i in range(w.learner_form.goal.count())]
        assert "Certificaat webontwikkelaar" in goals
        # why a module is in the route: a Dutch sentence around the Dutch title of the outcome
        item = next(i for i in plan.items if any(r.code == "why.goal" for r in i.reasons))
        w.refresh.select_module(item.module)
        details = w.details.text.toPlainText()
        assert language.item_title(item) == item.title_nl in details
        assert "which your goal requires" not in details
        outcome = next(r.params["outcome"] for r in item.reasons if r.code == "why.goal")
        assert w.doc.catalogues.outcome_title(outcome, "nl") in details
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert w.grab().save(str(SCREENSHOTS / "dutch.png"))


def test_choosing_a_language_is_stored_for_the_next_start(window, settings):
    menu = window.findChild(type(window.menus.language_menu), "menuLanguage")
    assert menu is not None
    names = [a.text() for a in menu.actions()]
    assert names[1:] == ["Nederlands", "English"]
    checked = [a.objectName() for a in menu.actions() if a.isChecked()]
    assert checked == ["actionLanguage_system"]
    window.findChild(type(menu.actions()[0]), "actionLanguage_nl").trigger()
    assert settings.get("ui/language") == "nl"
    assert "Nederlands" in window.status_label.text()
    window.findChild(type(menu.actions()[0]), "actionLanguage_system").trigger()
    assert settings.get("ui/language") == ""


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_learner_panel_fits_its_form_without_sideways_scrolling(qtbot, qapp, settings, lang):
    """Anna's long milestone titles (and the longer Dutch labels) widen the panel instead of hiding fields."""
    from ui.app import DEMO_CATALOGUES, DEMO_LEARNER

    translators = language.install(qapp, lang)
    try:
        with planned_window(qtbot, settings, DEMO_CATALOGUES, DEMO_LEARNER) as w:
            assert len(w.learner_form.milestones) == 2
            qtbot.waitUntil(lambda: w.learner_scroll.horizontalScrollBar().maximum() == 0, timeout=2000)
            plan = w.doc.plan
            assert plan is not None and plan.totals is not None
            cost = w.summary.fields["cost"].accessibleName()
            item = next(i for i in plan.items if i.sessions)
            w.refresh.select_module(item.module)
            details = w.details.text.toPlainText()
            assert plan.totals.cost >= 1000
            if lang == "en":
                assert cost == "Cost: €" + f"{round(plan.totals.cost):,}"  # grouped even on a bare "C" system
            if lang == "nl":
                assert cost == "Kosten: € " + f"{round(plan.totals.cost):,}".replace(",", ".")  # Dutch digit grouping
                day = {"mon": "ma", "tue": "di", "wed": "wo", "thu": "do", "fri": "vr", "sat": "za", "sun": "zo"}
                s = item.sessions[0]
                assert f"{day[s.day.value]} {s.start:%H:%M}–{s.end:%H:%M}" in details
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                assert w.grab().save(str(SCREENSHOTS / "dutch-anna.png"))
    finally:
        language.uninstall(qapp, translators)


def test_planner_messages_name_catalogue_things_in_dutch(dutch):
    """The planner writes English titles; the ids beside them give the Dutch ones."""
    from planner.load import load_catalogues
    from planner.plan import Message
    from ui.messages import render

    cs = load_catalogues([CATALOGUE])
    met = Message(code="milestone.met", params={"milestone": "tiny:webdev-cert/startbekwaam",
                                                "title": "Ready to start", "week": 14, "target": 16})
    unpin = Message(code="suggest.unpin", params={"ref": "tiny:sec-workplace", "title": "Web security",
                                                  "finish_week": 30})
    changed = Message(code="planfile.offering_missing", params={"offering": "tiny:prog-online",
                                                                 "title": "Programming basics"})
    assert "Startbekwaam" in render(met, cs=cs) and "Ready to start" not in render(met, cs=cs)
    assert "Webbeveiliging" in render(unpin, cs=cs)
    assert "Basis programmeren" in render(changed, cs=cs)  # an offering id names its module
    assert "Ready to start" in render(met)  # without the catalogues: the planner's title


def test_numbers_keep_their_decimals_in_the_interface_language(dutch):
    from ui.palette import fmt_money, fmt_number

    assert [fmt_number(v) for v in (1440, 51.428571, 2.75, 0.96, 3.0)] == ["1.440", "51,43", "2,75", "0,96", "3"]
    assert fmt_money(4950.4) == "€ 4.950"


def test_english_on_a_german_system_uses_english_dates_and_numbers(qapp):
    from ui.palette import fmt_number

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    translators = language.install(qapp, "en")
    try:
        assert QLocale().language() == QLocale.Language.English
        assert fmt_number(4950.5) == "4,950.5"
    finally:
        language.uninstall(qapp, translators)
        QLocale.setDefault(QLocale.c())


def test_plan_file_changes_and_amounts_read_in_dutch(dutch):
    from planner.plan import Message
    from ui.messages import render

    changed = Message(code="planfile.offering_changed", params={
        "offering": "x:o", "title": "Databases", "field": "cost", "old": 1100, "new": 1250.0})
    assert render(changed) == "“Databases”: de prijs is gewijzigd van € 1.100 naar € 1.250."
    hours = Message(code="planfile.offering_changed", params={
        "offering": "x:o", "title": "Databases", "field": "hours per week", "old": 4.5, "new": 6})
    assert "het aantal uur per week" in render(hours) and "4,5" in render(hours)
    budget = Message(code="suggest.budget", params={"budget": 3250, "finish_week": 40,
                                                    "finish": {"code": "finish.proven", "params": {"week": 40}}})
    assert render(budget) == ("verhoog je budget naar € 3.250, het minste dat werkt: klaar in week 40, het vroegst "
                              "mogelijk met deze wijziging (bewezen)")
    saved = Message(code="suggest.budget", params={"budget": 3250, "finish_week": 40})  # before it said more
    assert render(saved) == "een budget van € 3.250 werkt; minder misschien ook: klaar in week 40"


def test_dates_in_planner_messages_read_as_dates(dutch):
    from planner.plan import Message
    from ui.messages import render

    slow = Message(code="infeasible.too_slow", params={"finish": 97, "finish_date": "2028-11-19",
                                                        "deadline": "2027-07-02"})
    text = render(slow)
    assert "19 nov 2028" in text and "2 jul 2027" in text and "2028-11-19" not in text


def test_the_window_writes_values_as_the_command_line_and_the_documents_do(qapp) -> None:
    """One format per language on every face: the window used QLocale ('€ 4,950', '7 Sept 2026' in
    English) while the command line and documents wrote '€4,950' and '7 Sep 2026'."""
    import datetime as dt

    from planner import formatting
    from planner.models import Session
    from ui.palette import day_name, fmt_date, fmt_money, fmt_month, mode_label, session_label

    day, session = dt.date(2026, 9, 7), Session(day="tue", start="19:00", end="21:30", every_weeks=2)
    for lang in ("en", "nl"):
        translators = language.install(qapp, lang)
        try:
            assert fmt_money(4950) == formatting.money(4950, lang)
            assert fmt_date(day) == formatting.date(day, lang)
            assert mode_label("campus") == formatting.mode_label("campus", lang)
            assert session_label(session) == formatting.session_label(session, lang)
            assert day_name(0) == formatting.weekday(0, lang)
            assert fmt_month(day, year=True) == formatting.month(day, lang, year=True)
        finally:
            language.uninstall(qapp, translators)
    assert (fmt_money(4950), fmt_date(day), fmt_month(day, year=True)) == ("€4,950", "7 Sep 2026", "Sep 2026")
    assert session_label(session) == "Tue 19:00–21:30 (every 2 weeks)"
