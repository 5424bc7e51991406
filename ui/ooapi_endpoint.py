"""File ▸ Import ▸ OOAPI Endpoint: the addresses to read, and the pages read off the GUI thread with
a progress dialog (pages and items) that can be cancelled. Nothing is written until every page is
in; a cancelled or failed read writes nothing. The token or API key is read from the environment
(the dialog names the variables), never typed into the window or saved."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from planner.importers.ooapi.fetch import API_KEY_ENV, TOKEN_ENV, FetchOptions, Progress, fetch_pages
from planner.importers.report import ImportReport
from ui.background import Background
from ui.host import WindowHost, widget

# the reads under way, kept alive until they end
_RUNNING: list[Background] = []


class Cancelled(Exception):
    """The user cancelled the read."""


class EndpointDialog(QDialog):
    """Asks for one OOAPI address a line, and whether plain http is allowed (a test server)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ooapiEndpointDialog")
        self.setWindowTitle(self.tr("Import from an OOAPI Endpoint"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The addresses to read, one a line, e.g. https://api.example.nl/ooapi/courses, then /learning-outcomes "
            "and /course-offerings. Every page is read; the draft is written when all are in."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("ooapiUrls")
        self.edit.setAccessibleName(self.tr("Addresses to read"))
        self.edit.setPlaceholderText("https://")
        layout.addWidget(self.edit)
        self.insecure = QCheckBox(self.tr("Allow plain http (only for a test server: anyone on the way can read it)"))
        self.insecure.setObjectName("ooapiInsecure")
        layout.addWidget(self.insecure)
        secrets = QLabel(self.tr("A bearer token is read from the environment variable {token}, an API key from "
                                 "{key}; they are never shown or saved.").format(token=TOKEN_ENV, key=API_KEY_ENV))
        secrets.setWordWrap(True)
        secrets.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(secrets)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def urls(self) -> list[str]:
        """The addresses given, one a line."""
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def options(self) -> FetchOptions:
        """How to read them."""
        return FetchOptions(insecure_http=self.insecure.isChecked())


class _Signals(QObject):
    progress = Signal(str, int, int, int)  # address, pages, items, total pages (0 = unknown)
    stage = Signal(str)


def fetch_endpoint(window: WindowHost, urls: list[str], output: Path, opts: FetchOptions,
                   on_done: Callable[[Path, ImportReport], object]) -> Background:
    """Read every page of ``urls``, import them and write the draft to ``output``, all off the GUI
    thread; ``on_done(output, report)`` on the GUI thread afterwards. Cancelled or failed, nothing
    is written."""
    from planner.importers.ooapi import import_ooapi, write_draft

    parent = widget(window)
    dialog = QProgressDialog(QCoreApplication.translate("ooapi_endpoint", "Reading {url}…").format(url=urls[0]),
                             QCoreApplication.translate("ooapi_endpoint", "Cancel"), 0, 0, parent)
    dialog.setObjectName("ooapiFetchProgress")
    dialog.setWindowTitle(QCoreApplication.translate("ooapi_endpoint", "Import from an OOAPI Endpoint"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    cancel = threading.Event()
    dialog.canceled.connect(cancel.set)
    signals = _Signals(parent)

    def shown(url: str, pages: int, items: int, total: int) -> None:
        dialog.setLabelText(QCoreApplication.translate("ooapi_endpoint", "{url}: page {pages}, {items} items").format(
            url=url, pages=pages, items=items))
        dialog.setMaximum(total)
        dialog.setValue(pages if total else 0)

    signals.progress.connect(shown)
    def staged(text: str) -> None:
        dialog.setLabelText(text)
        dialog.setMaximum(0)

    signals.stage.connect(staged)

    def progress(p: Progress) -> None:  # on the worker thread
        if cancel.is_set():
            raise Cancelled
        signals.progress.emit(p.url, p.pages, p.items, p.total_pages or 0)

    def work() -> ImportReport:
        pages = fetch_pages(urls, opts, progress=progress)
        signals.stage.emit(QCoreApplication.translate("ooapi_endpoint", "Writing the draft catalogue {file}…").format(file=output.name))
        cat, report = import_ooapi([], catalogue_id=output.name.split(".")[0], pages=pages)
        if cancel.is_set():
            raise Cancelled
        write_draft(cat, report, output)
        return report

    def done(report: ImportReport) -> None:
        dialog.reset()
        on_done(output, report)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        if isinstance(exc, Cancelled):
            window.status_label.setText(QCoreApplication.translate("ooapi_endpoint", "Import cancelled: nothing was written"))
        else:
            window.show_message(QCoreApplication.translate("ooapi_endpoint", "Cannot read the OOAPI endpoint"),
                                QCoreApplication.translate("ooapi_endpoint", "{error}\n\nNothing was written to {file}.").format(
                                    error=exc, file=output.name))

    job = Background(parent, work, done, failed)
    _RUNNING.append(job)
    job.finished.connect(lambda: _RUNNING.remove(job) if job in _RUNNING else None)
    return job
