"""File ▸ Export and File ▸ Print: the hand-over documents of the scenario on screen.

The documents are built and laid out in ``planner`` (:func:`planner.studyplan.build_study_plan`,
:mod:`planner.export`); this module only asks where to put them, in the interface language and
under the scenario's name, and says what was written or, in words, why not. Print paints the very
pages of the exported PDF onto the printer (rendered by PDFium through pypdfium2, QtPdf not being
part of PySide6-Essentials), so the paper and the file never differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu

from planner.errors import ExportError
from planner.export.formats import CONTEXT, FORMATS, ExportFormat
from planner.export.pdf import render_pdf
from planner.studyplan import StudyPlan, build_study_plan
from ui import language
from ui.host import WindowHost, widget

# The highest resolution a page is rendered at; the painter scales it up to a finer printer's pixels.
# Smoothed 300 dpi text prints sharp at reading distance; at 600 dpi three pages took 15 s instead
# of 3 s (and 600 MB) while the window waits, and Qt's PDF printer reports 1200 dpi.
MAX_PRINT_DPI = 300

_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` for translation in ``context``; it is translated when shown (:func:`_tr`)."""
    return source


def _tr(source: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("handover", …)``, in the interface language."""
    return QCoreApplication.translate("handover", source)


#: Why a file could not be written, by :attr:`planner.errors.ExportError.reason`.
REASONS = {
    "no_folder": QT_TRANSLATE_NOOP(
        "handover", "The folder {folder} does not exist. Create it, or choose another place."),
    "is_folder": QT_TRANSLATE_NOOP("handover", "{file} is a folder. Give a file name inside it."),
    "permission": QT_TRANSLATE_NOOP(
        "handover", "Leerroute may not write in {folder}. Choose a folder you can write to."),
    "other": QT_TRANSLATE_NOOP("handover", "{file} could not be written. Choose another place or name."),
}


# --------------------------------------------------------------------------- the document


def has_route(window: WindowHost) -> bool:
    """The scenario on screen has catalogues, a learner and a route with modules in it."""
    doc = window.doc
    return doc.catalogues is not None and doc.learner is not None and doc.plan is not None and bool(doc.plan.items)


def study_plan(window: WindowHost, lang: str | None = None) -> StudyPlan | None:
    """The study plan of the scenario on screen, in ``lang`` (default: the interface language)."""
    if not has_route(window):
        return None
    doc = window.doc
    assert doc.catalogues is not None and doc.learner is not None and doc.plan is not None
    return build_study_plan(doc.catalogues, doc.learner, doc.plan, language=lang or language.current(),
                            scenario=window.scenarios.current.name, today=window.today())


def file_stem(sp: StudyPlan) -> str:
    """A file name without suffix for the documents: 'Anna de Vries – 16 h evenings'.

    Characters that some file systems refuse become '-'.
    """
    parts = [p for p in (sp.learner_name.strip(), (sp.scenario or "").strip()) if p]
    stem = " – ".join(parts) or sp.title
    return _NOT_IN_NAMES.sub("-", stem).strip(" .") or "study-plan"


def error_text(exc: ExportError) -> str:
    """Why a document could not be written, in the interface language, by the error's reason."""
    path = Path(exc.path)
    return _tr(REASONS.get(exc.reason, REASONS["other"])).format(folder=str(path.parent), file=str(path))


# --------------------------------------------------------------------------- export


def _format_text(source: str) -> str:
    """A text of an export format (:mod:`planner.export.formats`), in the interface language."""
    return QCoreApplication.translate(CONTEXT, source)


def export(window: WindowHost, kind: ExportFormat, path: Path | str, lang: str | None = None) -> bool:
    """Write the document ``kind`` of the scenario on screen to ``path``; say what happened."""
    sp = study_plan(window, lang)
    if sp is None:
        window.show_message(QCoreApplication.translate("handover", "Nothing to export"),
                            QCoreApplication.translate("handover", "The scenario on screen has no route yet."))
        return False
    p = Path(path)
    try:
        kind.write(sp, p)
    except ExportError as exc:
        window.show_message(QCoreApplication.translate("handover", "Cannot export"), error_text(exc))
        window.status_label.setText(QCoreApplication.translate("handover", "Nothing written"))
        return False
    window.settings.set("files/lastDir", str(p.resolve().parent))
    window.status_label.setText(_format_text(kind.written).format(file=p.name))
    return True


def export_dialog(window: WindowHost, kind: ExportFormat) -> bool:
    """File ▸ Export ▸ …: ask where, proposing 'learner – scenario' in the last-used folder."""
    sp = study_plan(window)
    if sp is None:
        return False
    start = str(Path(window._last_dir()) / (file_stem(sp) + kind.extension))
    path, _ = QFileDialog.getSaveFileName(widget(window), _format_text(kind.title), start, _format_text(kind.filter))
    if not path:
        return False
    p = Path(path)
    if p.suffix.lower() != kind.extension:
        p = p.with_name(p.name + kind.extension)
    return export(window, kind, p)


# --------------------------------------------------------------------------- print


def paint_pdf(pdf: bytes, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Paint pages ``first``..``last`` (1-based; 0: to the end) of ``pdf`` onto ``printer``, each
    rendered at the printer's resolution (at most :data:`MAX_PRINT_DPI`) and fitted to the paper.

    Returns the number of pages painted; raises :class:`RuntimeError` when the printer cannot start.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        count = len(document)
        pages = range(max(first, 1) - 1, min(last or count, count))
        printer.setFullPage(True)  # the PDF has its own margins
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("the printer did not start")
        try:
            dpi = printer.resolution()
            paper = printer.pageLayout().fullRectPixels(dpi)
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                page = document[index]
                width, height = page.get_size()  # in points
                scale = min(dpi, MAX_PRINT_DPI) / 72
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True,
                                     optimize_mode="print")
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
                fit = min(paper.width() / (width * dpi / 72), paper.height() / (height * dpi / 72), 1.0)
                w, h = width * dpi / 72 * fit, height * dpi / 72 * fit
                target = QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)
                painter.drawImage(target, image)
                del image
                bitmap.close()
                page.close()
            return len(pages)
        finally:
            painter.end()
    finally:
        document.close()


def print_study_plan(window: WindowHost, printer: QPrinter, lang: str | None = None) -> int:
    """Print the study plan of the scenario on screen on ``printer``: the exported PDF's pages.

    Honours a page range chosen in the print dialog; returns the number of pages printed.
    """
    sp = study_plan(window, lang)
    if sp is None:
        return 0
    first = last = 0
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = printer.fromPage(), printer.toPage()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        n = paint_pdf(render_pdf(sp), printer, first or 1, last)
    except RuntimeError:
        n = -1
    finally:
        QApplication.restoreOverrideCursor()
    if n < 0:
        window.show_message(QCoreApplication.translate("handover", "Cannot print"), QCoreApplication.translate(
            "handover", "The printer could not be started. Check it and try again."))
        return 0
    if n == 1:
        done = QCoreApplication.translate("handover", "Printed 1 page of the study plan of {name}")
    else:
        done = QCoreApplication.translate("handover", "Printed {n} pages of the study plan of {name}")
    window.status_label.setText(done.format(n=n, name=sp.learner_name))
    return n


def print_dialog(window: WindowHost) -> int:
    """File ▸ Print…: choose a printer (A4 proposed), then print the study plan."""
    sp = study_plan(window)
    if sp is None:
        return 0
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(file_stem(sp))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, widget(window))
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(QCoreApplication.translate("handover", "Print Study Plan"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_study_plan(window, printer)


# --------------------------------------------------------------------------- actions


class HandoverActions(QObject):
    """File ▸ Export ▸ (PDF, calendar, route table) and File ▸ Print…, enabled while the scenario on
    screen has a route."""

    def __init__(self, window: WindowHost) -> None:
        parent = widget(window)
        super().__init__(parent)
        self.window = window

        def action(name: str, text: str, slot: Callable[[], object], tip: str,
                   shortcut: QKeySequence | None = None) -> QAction:
            act = QAction(text, parent)
            act.setObjectName(name)
            act.setStatusTip(tip)
            act.setToolTip(tip)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.triggered.connect(lambda _=False: slot())
            parent.addAction(act)
            return act

        #: one action per export format, by the format's name, in the order of the formats
        self.export_actions = {
            f.name: action(f.action_name, _format_text(f.menu), partial(export_dialog, window, f),
                           _format_text(f.tip))
            for f in FORMATS
        }
        self.act_print = action("actionPrint", _tr(QT_TRANSLATE_NOOP("handover", "&Print…")),
                                lambda: print_dialog(window), _tr(QT_TRANSLATE_NOOP(
                                    "handover", "Print the study plan of the scenario on screen")),
                                QKeySequence(QKeySequence.StandardKey.Print))
        self.menu = QMenu(QCoreApplication.translate("handover", "&Export"), parent)
        self.menu.setObjectName("menuExport")
        self.menu.menuAction().setObjectName("menuExportAction")
        self.menu.addActions(list(self.export_actions.values()))
        window.scenarios.planChanged.connect(self.refresh)
        window.scenarios.currentChanged.connect(self.refresh)
        window.scenarios.catalogueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        enabled = has_route(self.window)
        for act in (*self.export_actions.values(), self.act_print):
            act.setEnabled(enabled)
