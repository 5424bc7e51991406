"""Hand-over documents never drop a name: the PDF draws names and titles in eight scripts (Arabic and
Hebrew right to left) or stops naming what it cannot draw; CSV cells never run as formulas; the
calendar holds no control characters and a newline in a name does not stop it."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import unicodedata
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from planner.cli import main
from planner.errors import ExportError
from planner.export.csv import render_csv
from planner.export.glyphs import system_font
from planner.export.ics import render_ics
from planner.export.pdf import render_pdf, write_pdf
from planner.studyplan import StudyPlan, build_study_plan
from tests.planner.studyplan_demo import catalogues, learner_and_plan

#: A learner's name and a module title in each script the bundled font draws.
SCRIPTS = {
    "Dutch": ("Anaïs van Ĳsselmuiden-Çelik", "Één module: ‘coördinatie’ & €"),
    "Polish": ("Zażółć Gęślą-Jaźń", "Łódzkie ćwiczenia"),
    "Greek": ("Γιώργος Παπαδόπουλος", "Βάσεις δεδομένων"),
    "Cyrillic": ("Ольга Смирнова", "Базы данных"),
    "Vietnamese": ("Nguyễn Thị Thu Hương", "Cơ sở dữ liệu"),
    "Turkish": ("Şükrü Işıkoğlu", "Veri tabanları ğ"),
    "Arabic": ("محمد العلي", "قواعد البيانات"),
    "Hebrew": ("דוד כהן", "מסדי נתונים"),
}
CJK = "王芳"


@pytest.fixture(scope="module")
def plan() -> StudyPlan:
    learner, p = learner_and_plan("switcher-anna")
    return build_study_plan(catalogues(), learner, p, language="en", today=dt.date(2026, 9, 1))


def named(sp: StudyPlan, name: str, title: str) -> StudyPlan:
    first = dataclasses.replace(sp.modules[0], title=title)
    return dataclasses.replace(sp, learner_name=name, modules=[first, *sp.modules[1:]])


def read_back(data: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return unicodedata.normalize("NFKC", " ".join(text.split()))


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_every_name_and_title_reads_back_from_the_pdf(plan: StudyPlan, script: str) -> None:
    name, title = SCRIPTS[script]
    text = read_back(render_pdf(named(plan, name, title)))
    nfkc = unicodedata.normalize("NFKC", name)  # a ligature such as 'Ĳ' reads back as 'IJ'
    assert text.count(nfkc) >= 2, text[:300]  # the heading and the signature line
    assert unicodedata.normalize("NFKC", title) in text


@pytest.mark.parametrize("script", ["Arabic", "Hebrew"])
def test_arabic_and_hebrew_run_right_to_left(plan: StudyPlan, script: str) -> None:
    """Arabic was drawn left to right, its letters unjoined."""
    pdfium = pytest.importorskip("pypdfium2", reason="PDFium comes with the window's extra (leerroute[gui])")
    name = SCRIPTS[script][0]
    page = pdfium.PdfDocument(render_pdf(named(plan, name, "x")))[0]
    chars = page.get_textpage()
    left = {}
    for i in range(chars.count_chars()):
        left.setdefault(chars.get_text_range(i, 1), chars.get_charbox(i)[0])
    assert left[name[0]] > left[name[-1]]  # the first letter stands at the right


def test_a_name_no_font_can_draw_stops_the_pdf_with_its_characters(plan: StudyPlan, tmp_path: Path) -> None:
    """'王芳' left a blank above the signature line, and the export said 'Written'."""
    sp = named(plan, CJK, "Databases")
    target = tmp_path / "plan.pdf"
    if system_font(CJK[0]) is not None:  # a CJK font on this machine: the name is drawn with it
        write_pdf(sp, target)
        assert read_back(target.read_bytes()).count(CJK) >= 2
        return
    with pytest.raises(ExportError) as caught:
        write_pdf(sp, target)
    assert caught.value.reason == "glyphs" and "王 (U+738B), 芳 (U+82B3)" in str(caught.value)
    assert not target.exists()


def test_plan_pdf_never_says_written_over_a_missing_name(tmp_path: Path) -> None:
    if system_font(CJK[0]) is not None:
        pytest.skip("a font for Chinese is installed here: the name is drawn (checked above)")
    learner = tmp_path / "wang.yaml"
    learner.write_text(f'formatVersion: "1.0"\nname: {CJK}\ngoal: hs-oost:mc-data-ai\nstart: 2027-01-11\n'
                       "hoursPerWeek: 12\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["plan", "--learner", str(learner), "--time-limit", "5", "--pdf", str(tmp_path / "p.pdf")],
                out=out, err=err)
    assert code == 2 and "Written" not in out.getvalue()
    assert "王 (U+738B)" in err.getvalue() and not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_never_run_as_formulas(plan: StudyPlan, cell: str) -> None:
    """Cells starting with =, +, -, @, TAB or CR were written as they were (formula injection)."""
    sp = named(plan, "Anna", cell)
    rows = list(csv.reader(io.StringIO(render_csv(sp), newline="")))
    written = rows[1][0]
    assert written == "'" + cell  # a spreadsheet shows the text after the quote, and runs nothing
    assert all(not c.startswith(("=", "+", "@", "\t", "\r")) for row in rows for c in row if c and not c[0].isdigit())


def test_calendar_text_has_no_control_characters(plan: StudyPlan) -> None:
    """CR, NUL and ESC reached the .ics; a newline in the learner's name stopped it (exit 4)."""
    sp = named(plan, "Anna\nde Vries\x00\x1b[2J\r", "Data\x1b]0;x\x07bases\r\nII")
    data = render_ics(sp)
    assert not any(b in data for b in (b"\x00", b"\x1b", b"\x07"))
    assert b"\r\n" in data and b"\r" not in data.replace(b"\r\n", b"")
    cal = Calendar.from_ical(data)
    assert str(cal["x-wr-calname"]).endswith("Anna de Vries[2J")
    assert {str(e["summary"]) for e in cal.walk("VEVENT")} >= {"Data]0;xbases II"}


def test_plan_ics_with_a_newline_in_the_name(tmp_path: Path) -> None:
    learner = tmp_path / "anna.json"
    learner.write_text('{"formatVersion": "1.0", "name": "Anna\\nde Vries", "goal": "hs-oost:mc-data-ai", '
                       '"start": "2027-01-11", "hoursPerWeek": 12}', encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["plan", "--learner", str(learner), "--time-limit", "5", "--ics", str(tmp_path / "a.ics"),
                 "--pdf", str(tmp_path / "a.pdf")], out=out, err=err)
    assert code == 0, err.getvalue()
    assert b"Anna de Vries" in (tmp_path / "a.ics").read_bytes()
