"""File ▸ Import in the app: badges dropped on the learner panel prove outcomes (one undoable edit,
shown with the badge that proved them); OOAPI data becomes a draft catalogue that opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.helpers import planned_window
from ui import importing

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "catalogs"
BADGES = CATALOGS / "badges"
OOAPI_V5 = ROOT / "tests" / "planner" / "fixtures" / "ooapi" / "v5"


def _cell(model, outcome: str, column: int, role: int) -> object:  # type: ignore[no-untyped-def]
    row = next(i for i, o in enumerate(model._outcomes) if o.id == outcome)
    return model.index(row, column).data(role)


def test_badges_dropped_on_the_learner_panel_prove_outcomes_and_shorten_the_route(qtbot, settings, tmp_path):
    learner = tmp_path / "chen.yaml"
    learner.write_text('formatVersion: "1.0"\nname: Chen\ngoal: hs-oost:mc-data-ai\nstart: 2027-01-11\n'
                       "hoursPerWeek: 12\nmodes: [online, hybrid]\n", encoding="utf-8")
    with planned_window(qtbot, settings, [CATALOGS / "hogeschool-oost.yaml"], learner) as w:
        before = w.doc.plan.totals.finish_week
        files = [BADGES / "python-for-professionals.ob2.json", BADGES / "databases-1.ob2.png",
                 BADGES / "data-analysis.ob3.json"]
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
        panel = w.learner_form.proven_view.viewport()
        enter = QDragEnterEvent(panel.rect().center(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(panel, enter)
        assert enter.isAccepted()
        drop = QDropEvent(QPointF(panel.rect().center()), Qt.DropAction.CopyAction, mime,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        with qtbot.waitSignal(w.runner.finished, timeout=30000):
            QApplication.sendEvent(panel, drop)
        qtbot.waitUntil(lambda: not w.runner.busy)
        proven = {p.outcome: p for p in w.doc.learner.proven}
        assert proven["hs-oost:ict.prog.basis"].badge == "Python for professionals"
        assert proven["hs-oost:ict.db.sql"].badge == "Databases 1"
        assert proven["hs-oost:ict.data.clean"].badge == "Data analysis with Python"
        assert w.doc.plan.totals.finish_week < before
        assert "hs-oost:ict-data-analyse" not in {i.module for i in w.doc.plan.items}
        # the learner panel says which badge proved each outcome
        model = w.learner_form.proven
        assert _cell(model, "hs-oost:ict.db.sql", 1, Qt.ItemDataRole.DisplayRole) == "edubadge: Databases 1"
        tip = str(_cell(model, "hs-oost:ict.db.sql", 1, Qt.ItemDataRole.ToolTipRole))
        assert "Hogeschool Oost (fictief)" in tip and "Signature not verified" in tip
        assert w.last_import.text().startswith("6 outcomes are now proven by edubadge. Signatures are not verified")
        # one edit, undone in one step
        assert w.doc.undo_stack.undoText().startswith("Import badges: Python for professionals")
        with qtbot.waitSignal(w.runner.finished, timeout=30000):
            w.doc.undo_stack.undo()
        assert w.doc.learner.proven == []


def test_a_badge_that_proves_nothing_is_named_with_the_reason(qtbot, settings, tmp_path):
    learner = tmp_path / "chen.yaml"
    learner.write_text('formatVersion: "1.0"\nname: Chen\ngoal: tiny:webdev-cert\nstart: 2027-01-11\n'
                       "hoursPerWeek: 20\n", encoding="utf-8")
    with planned_window(qtbot, settings, [ROOT / "tests" / "ui" / "data" / "tiny.yaml"], learner) as w:
        result = importing.import_badge_files(w, [BADGES / "privacy-by-design.ob2.svg"])
        assert result is not None and result.added == []
        assert w.doc.learner.proven == []
        assert "'Privacy by design' (privacy-by-design.ob2.svg) proves nothing" in w.last_import.text()
        assert w.status_label.text() == "The badges prove no new outcome"


def test_import_menu_and_ooapi_draft_opens_next_to_the_catalogues(qtbot, window, tmp_path):
    menu = window.findChild(QMenu, "menuImport")
    assert menu is not None
    assert [a.objectName() for a in menu.actions()] == ["actionImportOoapi", "actionImportOoapiEndpoint"]
    assert window.findChild(QAction, "actionImportBadges") in window.findChild(QMenu, "menuFile").actions()
    target = tmp_path / "hs-midden.yaml"
    assert importing.import_ooapi_files(window, [OOAPI_V5], target)
    assert "hs-midden:web1" in window.doc.catalogues.modules
    details = window.last_import.detailedText()
    assert "offerings.json $.items[0].priceInformation[1]: not kept: price 'administration_costs'" in details
    assert "Draft catalogue written to hs-midden.yaml" in window.last_import.text()


def test_ooapi_endpoint_import_with_progress_and_the_report_in_dutch(qtbot, window, tmp_path):
    from planner.importers.ooapi.fetch import FetchOptions
    from tests.planner.ooapi_server import COURSES, serve
    from ui import language
    from ui.ooapi_endpoint import fetch_endpoint

    target = tmp_path / "live.yaml"
    translators = language.install(QApplication.instance(), "nl")
    try:
        with serve(tmp_path) as (ep, ca):
            opts = FetchOptions(ca_bundle=str(ca), timeout=5.0, retries=1, backoff=0.0)
            urls = [f"{ep.base}/courses", f"{ep.base}/learning-outcomes", f"{ep.base}/course-offerings"]
            job = fetch_endpoint(window, urls, target, opts, lambda out, report: importing.show_ooapi_result(
                window, out, report))
            with qtbot.waitSignal(job.finished, timeout=60000):
                pass
        assert target.exists()
        assert len([m for m in window.doc.catalogues.modules if m.startswith("live:")]) == COURSES
        box = window.last_import
        assert "Conceptcatalogus geschreven naar live.yaml" in box.text()
        assert "Geïmporteerd: 200 modules, 400 leeruitkomsten, 400 aanbiedingen" in box.text()
        details = box.detailedText()
        assert "/course-offerings $.items[0]: geschat: hoursPerWeek" in details
        assert "/course-offerings?pageNumber=20 $.items[19]: geschat: hoursPerWeek" in details
        box.grab().save("/tmp/ooapi-report-nl.png")
    finally:
        language.uninstall(QApplication.instance(), translators)


def test_a_failed_endpoint_read_writes_nothing_and_says_why(qtbot, window, tmp_path):
    from planner.importers.ooapi.fetch import FetchOptions
    from tests.planner.ooapi_server import serve
    from ui.ooapi_endpoint import EndpointDialog, fetch_endpoint

    dialog = EndpointDialog(window)
    dialog.edit.setPlainText("https://a.example/courses\n\n  https://a.example/course-offerings  ")
    assert dialog.urls() == ["https://a.example/courses", "https://a.example/course-offerings"]
    assert not dialog.options().insecure_http
    dialog.grab().save("/tmp/ooapi-endpoint-dialog.png")
    shown: list[tuple[str, str]] = []
    window.show_message = lambda title, text, *a: shown.append((title, text))
    target = tmp_path / "never.yaml"
    with serve(tmp_path) as (ep, ca):
        opts = FetchOptions(ca_bundle=str(ca), timeout=5.0, retries=0)
        job = fetch_endpoint(window, [f"{ep.base}/to-http"], target, opts, lambda out, report: None)
        with qtbot.waitSignal(job.finished, timeout=60000):
            pass
    assert not target.exists()
    [(title, text)] = shown
    assert title == "Cannot read the OOAPI endpoint"
    assert "the redirect to http://" in text and "Nothing was written to never.yaml." in text


def test_badge_checks_read_in_dutch(qtbot, planned, tmp_path):
    import json

    from planner.importers.badges import match_badge, parse_badge
    from planner.messages import msg
    from ui import language
    from ui.messages import render

    cs = planned.doc.catalogues
    data = {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:1",
            "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": {"id": "https://b.example/i", "name": "HS"},
            "validFrom": "2026-06-30T00:00:00Z",
            "credentialStatus": {"type": "BitstringStatusListEntry", "statusListCredential": "https://b.example/status/3"},
            "credentialSubject": {"achievement": {"id": "https://b.example/a", "name": "Data 1", "creditsAvailable": 36}}}
    m = match_badge(parse_badge(json.loads(json.dumps(data)), "d.json"), cs)
    who = {"badge": "Data 1", "file": "d.json"}
    codes = [*m.notes, msg("badge.recipient_mismatch", recipient="email sha256$ab12…", **who),
             msg("badge.ob1", file="ob1.json"), msg("badge.legacy_png", file="old.png", text="https://x.example/1"),
             msg("badge.svg_doctype", file="bomb.svg")]
    english = [render(c, cs=cs) for c in codes]
    translators = language.install(QApplication.instance(), "nl")
    try:
        dutch = [render(c, cs=cs) for c in codes]
    finally:
        language.uninstall(QApplication.instance(), translators)
    assert english[:3] == [
        "'Data 1' (d.json): recipient not compared: the badge names no recipient",
        "'Data 1' (d.json): revocation not checked: status list at https://b.example/status/3 (Leerroute makes no "
        "network calls)",
        "'Data 1' (d.json): 36 credits available are credit hours (Open Badges 3.0), not taken as EC"]
    assert dutch == [
        "'Data 1' (d.json): ontvanger niet vergeleken: de badge noemt geen ontvanger",
        "'Data 1' (d.json): intrekking niet gecontroleerd: statuslijst op https://b.example/status/3 (Leerroute maakt "
        "geen netwerkverbindingen)",
        "'Data 1' (d.json): 36 creditsAvailable zijn credit hours (Open Badges 3.0), niet als EC gelezen",
        "'Data 1' (d.json) wordt niet gebruikt: de badge is aan iemand anders uitgereikt (de ontvanger, email "
        "sha256$ab12…, is geen van de e-mailadressen in het lerendenbestand)",
        "ob1.json is een Open Badges 1.x-badge, die Leerroute niet leest: vraag de uitgever of je backpack om een "
        "export in Open Badges 2.0 of 3.0",
        "old.png: de badge zit in een verouderd tEXt-blok, zoals bij Open Badges 1.x (https://x.example/1): vraag de "
        "uitgever of je backpack om een export in Open Badges 2.0 of 3.0",
        "bomb.svg: de SVG declareert een DTD (DOCTYPE) of entiteiten, die Leerroute niet leest"]


def test_a_long_report_is_cut_in_the_dialog_with_the_count_of_the_rest(qtbot, window):
    from planner.importers.report import ImportReport
    from ui.importnotes import report_text

    report = ImportReport()
    for i in range(12):
        report.guessed("p.json", f"$.items[{i}]", "price.unknown")
    text = report_text(report, limit=10)
    assert text.splitlines()[-1] == "… and 2 more notes: the draft catalogue's header lists every one"
    assert len(text.splitlines()) == 12  # the summary, ten notes, the rest counted


def test_an_unpublished_price_reads_unknown_in_the_details(qtbot, settings, tmp_path):
    import datetime as dt

    from planner.importers.ooapi import import_ooapi, write_draft
    from tests.ui.helpers import planned_window
    from ui.palette import fmt_money

    cat, report = import_ooapi([ROOT / "tests" / "planner" / "fixtures" / "ooapi" / "v6-set"], catalogue_id="hso",
                               published=dt.date(2027, 6, 1))
    draft = tmp_path / "hso.yaml"
    write_draft(cat, report, draft)
    learner = tmp_path / "ana.yaml"
    learner.write_text('formatVersion: "1.0"\nname: Ana\ngoal: hso:minor-swo\nstart: 2027-08-30\nhoursPerWeek: 30\n',
                       encoding="utf-8")
    with planned_window(qtbot, settings, [draft], learner) as w:
        items = {i.module: i for i in w.doc.plan.items}
        w.details.show_item(items["hso:db"], w.doc.catalogues, w.doc.learner)
        text = w.details.text.toPlainText()
        assert "price unknown (not published)" in text and fmt_money(0) not in text
        w.details.show_item(items["hso:prg1"], w.doc.catalogues, w.doc.learner)
        assert fmt_money(340.84) in w.details.text.toPlainText()


def test_every_import_note_code_has_its_text_in_the_window(qtbot, window):
    from planner.importers.notes import TEMPLATES
    from ui.importnotes import _templates

    assert _templates() == TEMPLATES  # the same English, so lupdate's source texts are the planner's
