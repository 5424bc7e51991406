"""File ▸ Export and File ▸ Print: the hand-over documents of the scenario on screen, from the window."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from planner.errors import ExportError
from planner.export.formats import FORMATS, by_name
from planner.export.pdf import render_pdf
from tests.ui.helpers import SCREENSHOTS
from ui import handover


def action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    act = window.findChild(QAction, name)
    assert act is not None, name
    return act


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers ``path`` and remembers what it was asked."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent, title, start, filters):  # type: ignore[no-untyped-def]
        self.asked.append((title, start, filters))
        return self.path, filters


EXPORTS = (*[f.action_name for f in FORMATS], "actionPrint")
#: How the documents of the formats begin (a format not listed here must write something).
HEADINGS = {"pdf": b"%PDF", "ics": b"BEGIN:VCALENDAR", "csv": "\ufeffModule".encode()}


def test_export_and_print_wait_for_a_route(qtbot, window):
    for name in EXPORTS:
        assert not action(window, name).isEnabled(), name
    names = [a.objectName() for a in window.findChild(type(window.menus.recent_menu), "menuExport").actions()]
    # one action per format, in the registry's order; then, set apart, the scenarios' comparison
    assert names == [f.action_name for f in FORMATS] + ["", "actionExportComparison"]
    assert names[:3] == ["actionExportPdf", "actionExportIcs", "actionExportCsv"]
    file_menu = [a.objectName() for a in window.findChild(type(window.menus.recent_menu), "menuFile").actions()]
    assert file_menu.index("menuExportAction") + 1 == file_menu.index("actionPrint")
    assert action(window, "actionPrint").shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    # the print shortcut is nobody else's (an ambiguous shortcut does nothing)
    others = [a.objectName() for a in window.findChildren(QAction)
              if a.objectName() != "actionPrint" and QKeySequence("Ctrl+P") in a.shortcuts()]
    assert others == []


def test_export_is_enabled_with_a_route_and_writes_each_document(qtbot, planned, tmp_path, monkeypatch, settings):
    w = planned
    for name in EXPORTS:
        assert action(w, name).isEnabled(), name
    settings.set("files/lastDir", str(tmp_path))
    learner, scenario = w.doc.learner.name, w.scenarios.current.name
    for f in FORMATS:
        name, suffix, heading = f.action_name, f.extension, HEADINGS.get(f.name, b"")
        target = tmp_path / "out" / f"route{suffix}"
        target.parent.mkdir(exist_ok=True)
        dialog = SaveDialog(target.with_suffix(""))  # no suffix typed: the kind's is added
        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
        folder = settings.get("files/lastDir")
        action(w, name).trigger()
        _title, start, _filters = dialog.asked[0]
        assert start == str(Path(folder) / f"{learner} – {scenario}{suffix}")
        assert target.read_bytes().startswith(heading) and target.stat().st_size > len(heading), name
        assert target.name in w.status_label.text()
        assert settings.get("files/lastDir") == str(target.parent)  # the next dialog opens here
    rows = list(csv.reader(io.StringIO((tmp_path / "out" / "route.csv").read_text(encoding="utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == [i.title for i in w.doc.plan.items]


def test_cancelling_the_save_dialog_writes_nothing(qtbot, planned, tmp_path, monkeypatch):
    w = planned
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(""))
    status = w.status_label.text()
    action(w, "actionExportPdf").trigger()
    assert w.status_label.text() == status and w.last_message is None


def test_a_folder_without_write_permission_is_refused_in_words(qtbot, planned, tmp_path, monkeypatch):
    import planner.fileio

    def denied(path, data):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(planner.fileio, "write_bytes_atomic", denied)  # root may write anywhere
    assert not handover.export(planned, by_name("pdf"), tmp_path / "plan.pdf")
    assert planned.last_message == ("Cannot export", f"Leerroute may not write in {tmp_path}. "
                                                     "Choose a folder you can write to.")
    assert not (tmp_path / "plan.pdf").exists()


def test_errors_are_said_by_their_reason_without_a_traceback(qtbot, planned, tmp_path):
    w = planned
    assert not handover.export(w, by_name("ics"), tmp_path / "missing" / "plan.ics")
    title, text = w.last_message
    assert title == "Cannot export"
    assert text == f"The folder {tmp_path / 'missing'} does not exist. Create it, or choose another place."
    assert w.status_label.text() == "Nothing written"
    assert not handover.export(w, by_name("csv"), tmp_path)
    assert w.last_message[1] == f"{tmp_path} is a folder. Give a file name inside it."
    for reason in ("permission", "other"):
        text = handover.error_text(ExportError("English, from the planner", str(tmp_path / "x.pdf"), reason))
        assert "English, from the planner" not in text and ("x.pdf" in text or str(tmp_path) in text)


def test_file_names_drop_what_file_systems_refuse(planned):
    sp = handover.study_plan(planned)
    assert sp is not None
    assert handover.file_stem(sp) == f"{sp.learner_name} – {sp.scenario}"
    odd = sp.__class__(**{**sp.__dict__, "learner_name": 'A/B: "C"?', "scenario": "12 h*"})
    assert handover.file_stem(odd) == "A-B- -C- – 12 h-"


def _print_to_file(window, path: Path, dpi: int = 96) -> int:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return handover.print_study_plan(window, printer)


def test_print_paints_every_page_of_the_exported_pdf(qtbot, planned, tmp_path):
    w = planned
    sp = handover.study_plan(w)
    exported = PdfReader(io.BytesIO(render_pdf(sp)))
    assert len(exported.pages) >= 2  # the table and the signatures run over a page
    printed_path = tmp_path / "printed.pdf"
    n = _print_to_file(w, printed_path)
    printed = PdfReader(str(printed_path))
    assert n == len(printed.pages) == len(exported.pages)
    assert f"Printed {n} pages" in w.status_label.text()
    # pictures of pages, not text: every printed page carries one page image, sized as the paper
    for page in printed.pages:
        assert len(page.images) == 1
        assert abs(float(page.mediabox.width) - float(exported.pages[0].mediabox.width)) < 2

    # a page range from the print dialog prints just those pages
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert handover.print_study_plan(w, printer) == 1
    assert len(PdfReader(str(tmp_path / "page2.pdf")).pages) == 1


def test_printed_pages_look_like_the_exported_ones(qtbot, planned, tmp_path):
    """Page 1 printed and page 1 exported, both rendered to pictures, differ only by resampling."""
    import pypdfium2 as pdfium
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    w = planned
    printed_path = tmp_path / "printed.pdf"
    _print_to_file(w, printed_path, dpi=150)

    def picture(data: bytes) -> QImage:
        page = pdfium.PdfDocument(data)[0]
        bitmap = page.render(scale=100 / 72, grayscale=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_Grayscale8)
        return image.copy()

    printed = picture(printed_path.read_bytes())
    exported = picture(render_pdf(handover.study_plan(w)))
    assert abs(printed.width() - exported.width()) <= 2 and abs(printed.height() - exported.height()) <= 2
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    printed.save(str(SCREENSHOTS / "printed-page1.png"))
    exported.save(str(SCREENSHOTS / "exported-page1.png"))
    # the same page: shrunk alike, they differ by little; a blank page differs by much more
    def shrunk(image: QImage) -> bytes:
        small = image.scaled(160, 226, mode=Qt.TransformationMode.SmoothTransformation)
        return bytes(small.convertToFormat(QImage.Format.Format_Grayscale8).constBits())[: 160 * 226]

    def distance(a: bytes, b: bytes) -> float:
        return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)

    blank = QImage(exported.size(), QImage.Format.Format_Grayscale8)
    blank.fill(255)
    same, other = distance(shrunk(printed), shrunk(exported)), distance(shrunk(blank), shrunk(exported))
    assert other > 5 and same < other / 5, (same, other)


def test_a_printer_that_does_not_start_is_said_in_words(qtbot, planned, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no such folder" / "printed.pdf"))
    assert handover.print_study_plan(planned, printer) == 0
    assert planned.last_message == ("Cannot print", "The printer could not be started. Check it and try again.")


def test_export_and_print_speak_dutch(qtbot, qapp, settings, tmp_path):
    from tests.ui.helpers import CATALOGUE, LEARNER, planned_window
    from ui import language

    translators = language.install(qapp, "nl")
    try:
        with planned_window(qtbot, settings, [CATALOGUE], LEARNER) as w:
            texts = [a.text() for a in w.findChild(type(w.menus.recent_menu), "menuExport").actions()]
            assert texts[:4] == ["Studieplan (&PDF)…", "&Agenda (.ics)…", "Route&tabel (CSV)…", "Routetabel (E&xcel)…"]
            assert texts[4:] == ["", "&Vergelijking (PDF)…"]
            assert action(w, "actionPrint").text() == "Afdru&kken…"
            assert not handover.export(w, by_name("csv"), tmp_path / "missing" / "route.csv")
            assert w.last_message == ("Exporteren lukt niet", f"De map {tmp_path / 'missing'} bestaat niet. "
                                                              "Maak hem aan of kies een andere plek.")
            assert handover.export(w, by_name("csv"), tmp_path / "route.csv")
            assert w.status_label.text() == "Routetabel opgeslagen als route.csv"
            assert (tmp_path / "route.csv").read_text(encoding="utf-8-sig").startswith("Onderdeel;Aanbod;")
    finally:
        language.uninstall(qapp, translators)


def test_a_name_no_font_can_draw_is_named_and_nothing_is_written(qtbot, planned, tmp_path, monkeypatch):
    """'王芳' left a blank name above the signature line, and the window said the PDF was written."""
    import planner.export.glyphs as glyphs

    monkeypatch.setattr(glyphs, "system_font", lambda ch: None)  # as on a computer without a CJK font
    planned.doc.learner = planned.doc.learner.model_copy(update={"name": "王芳"})
    assert not handover.export(planned, by_name("pdf"), tmp_path / "plan.pdf")
    title, text = planned.last_message
    assert title == "Cannot export" and "王 (U+738B), 芳 (U+82B3)" in text and "Noto Sans CJK" in text
    assert planned.status_label.text() == "Nothing written" and not (tmp_path / "plan.pdf").exists()
