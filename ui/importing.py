"""File ▸ Import: OOAPI course data into a draft catalogue, and badges into the learner's proof.

The importers live in ``planner.importers``; this module only asks for files, runs them, shows
what they report (as plain text: the files come from strangers) and turns the learner's new
proven outcomes into one undoable edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from planner.errors import LeerrouteError
from planner.importers.badges import BadgeImport, import_badges, looks_like_badge
from planner.importers.report import ImportReport
from ui import fileguard, importnotes
from ui.host import WindowHost, widget
from ui.messages import render
from ui.palette import counted

BADGE_SUFFIXES = (".json", ".png", ".svg")


def is_badge_file(path: Path) -> bool:
    """A file to import as a badge when dropped or opened (PNG, SVG, or Open Badges JSON)."""
    return path.suffix.lower() in BADGE_SUFFIXES and fileguard.readable(path) and looks_like_badge(path)


def _report_box(parent: QWidget, title: str, text: str, details: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("importReport")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def import_badge_files(window: WindowHost, paths: Sequence[Path | str]) -> BadgeImport | None:
    """Import badges into the open learner as one undoable edit; say what each badge proved or why not."""
    doc = window.doc
    title = QCoreApplication.translate("importing", "Cannot import badges")
    if doc.catalogues is None or doc.learner is None:
        window.show_message(title, QCoreApplication.translate("importing", "Open a catalogue and a learner first."))
        return None
    paths = fileguard.usable(window, paths)  # measured before a byte is read: a pipe would never end
    if not paths:
        return None
    try:
        result = import_badges([Path(p) for p in paths], doc.catalogues, doc.learner)
    except LeerrouteError as exc:
        window.show_message(title, str(exc))
        return None
    if result.added:
        names = ", ".join(dict.fromkeys(m.badge.name for m in result.matched))
        doc.push_learner(result.learner,
                         QCoreApplication.translate("importing", "Import badges: {names}").format(names=names))
    proven = len(result.added)
    if proven:
        status = counted(proven, QCoreApplication.translate("importing", "1 outcome proven by badges (signature not verified)"),
                         QCoreApplication.translate("importing", "{n} outcomes proven by badges (signature not verified)"))
    else:
        status = QCoreApplication.translate("importing", "The badges prove no new outcome")
    window.status_label.setText(status)
    text = counted(proven, QCoreApplication.translate(
        "importing", "1 outcome is now proven by edubadge. Signatures are not verified: Leerroute makes no network calls."),
        QCoreApplication.translate(
        "importing",
        "{n} outcomes are now proven by edubadge. Signatures are not verified: Leerroute makes no network calls.",
    ))
    unchecked = [n for m in result.matched for n in m.notes]
    if unchecked:
        text += "\n\n" + QCoreApplication.translate("importing", "Not checked:") + "\n"
        text += "\n".join("• " + render(m, cs=doc.catalogues) for m in unchecked)
    not_used = [u.reason for u in result.unmatched if u.reason is not None] + result.unreadable
    if not_used:
        text += "\n\n" + QCoreApplication.translate("importing", "Not used:") + "\n"
        text += "\n".join("• " + render(m, cs=doc.catalogues) for m in not_used)
    details = "\n".join(render(m, cs=doc.catalogues) for m in result.messages(doc.catalogues))
    window.last_import = _report_box(widget(window), QCoreApplication.translate("importing", "Badges imported"), text, details)
    return result


def import_badges_dialog(window: WindowHost) -> None:
    """File ▸ Import Badges…"""
    paths, _ = QFileDialog.getOpenFileNames(
        widget(window), QCoreApplication.translate("importing", "Import Badges"), window._last_dir(),
        QCoreApplication.translate("importing", "Badges (*.json *.png *.svg)"))
    if paths:
        import_badge_files(window, paths)


def import_ooapi_files(window: WindowHost, inputs: Sequence[Path | str], output: Path | str) -> bool:
    """Write a draft catalogue from OOAPI files, show the report in the interface language, and open
    the draft next to the others."""
    from planner.importers.ooapi import import_ooapi, write_draft

    inputs = fileguard.usable(window, inputs, folders=True)  # OOAPI data may be a folder of files
    if not inputs:
        return False
    out = Path(output)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        cat, report = import_ooapi([Path(p) for p in inputs], catalogue_id=out.name.split(".")[0])
        write_draft(cat, report, out)
    except LeerrouteError as exc:
        window.show_message(QCoreApplication.translate("importing", "Cannot import OOAPI data"), str(exc))
        return False
    finally:
        QApplication.restoreOverrideCursor()
    return show_ooapi_result(window, out, report)


def show_ooapi_result(window: WindowHost, out: Path, report: ImportReport) -> bool:
    """Show an OOAPI import's report in the interface language and open the draft next to the others."""
    text = QCoreApplication.translate(
        "importing",
        "Draft catalogue written to {file}. OOAPI has no prerequisites and no weekly sessions: check the "
        "draft and add them by hand. Details lists every field that was not kept or was guessed.",
    ).format(file=out.name) + "\n\n" + importnotes.summary(report)
    window.last_import = _report_box(widget(window), QCoreApplication.translate("importing", "OOAPI data imported"),
                                     text, importnotes.report_text(report))
    return window.open_catalogues([out], add=True)


def import_ooapi_dialog(window: WindowHost) -> None:
    """File ▸ Import ▸ OOAPI…"""
    inputs, _ = QFileDialog.getOpenFileNames(
        widget(window), QCoreApplication.translate("importing", "Import OOAPI Data"), window._last_dir(),
        QCoreApplication.translate("importing", "OOAPI JSON (*.json)"))
    if not inputs:
        return
    start = str(Path(inputs[0]).with_name("imported-catalogue.yaml"))
    output, _ = QFileDialog.getSaveFileName(
        widget(window), QCoreApplication.translate("importing", "Save Draft Catalogue"), start,
        QCoreApplication.translate("importing", "Catalogues (*.yaml *.json)"))
    if output:
        import_ooapi_files(window, inputs, output)


def import_ooapi_endpoint_dialog(window: WindowHost) -> None:
    """File ▸ Import ▸ OOAPI Endpoint…: addresses, then where to save the draft, then the pages are read."""
    from ui.ooapi_endpoint import EndpointDialog, fetch_endpoint

    dialog = EndpointDialog(widget(window))
    if dialog.exec() != EndpointDialog.DialogCode.Accepted or not dialog.urls():
        return
    output, _ = QFileDialog.getSaveFileName(
        widget(window), QCoreApplication.translate("importing", "Save Draft Catalogue"),
        str(Path(window._last_dir()) / "imported-catalogue.yaml"),
        QCoreApplication.translate("importing", "Catalogues (*.yaml *.json)"))
    if output:
        fetch_endpoint(window, dialog.urls(), Path(output), dialog.options(),
                       lambda out, report: show_ooapi_result(window, out, report))
