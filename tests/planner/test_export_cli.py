"""``leerroute plan --pdf/--ics/--csv --language``: files written, or exit 2 naming the path."""

from __future__ import annotations

import csv
import io

import pytest
from icalendar import Calendar
from pypdf import PdfReader

import planner.fileio
from planner.cli import EXIT_BAD_INPUT, EXIT_INFEASIBLE, EXIT_OK, main
from tests.planner.studyplan_demo import ANNA, CATALOGS, FILES

BASE = ["plan", "--catalog", *map(str, FILES), "--learner", str(ANNA), "--time-limit", "5"]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*BASE, *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_all_three_documents_in_dutch(tmp_path):
    pdf, ics, sheet = tmp_path / "anna.pdf", tmp_path / "anna.ics", tmp_path / "anna.csv"
    code, out, err = run("--pdf", str(pdf), "--ics", str(ics), "--csv", str(sheet), "--language", "nl")
    assert code == EXIT_OK, err
    for path in (pdf, ics, sheet):
        assert f"Written: {path}" in out
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "Studieplan" in text and "Anna de Vries" in text and "Handtekening" in text
    cal = Calendar.from_ical(ics.read_bytes())
    assert cal.walk("VEVENT") and str(cal["X-WR-CALNAME"]) == "Leerroute van Anna de Vries"
    with open(sheet, encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh, delimiter=";"))[0] == "Onderdeel"
    assert not list(tmp_path.glob(".*.tmp")), "no temporary files are left behind"


def test_one_document_in_english_by_default(tmp_path):
    code, _, err = run("--csv", str(tmp_path / "plan.csv"))
    assert code == EXIT_OK, err
    assert (tmp_path / "plan.csv").read_text(encoding="utf-8-sig").startswith("Module,Offering,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.csv"]


@pytest.mark.parametrize("make_target", [
    lambda tmp: tmp / "missing" / "plan.pdf",   # a folder that does not exist
    lambda tmp: tmp,                            # a folder as the target
])
def test_a_target_that_cannot_be_a_file_exits_2_with_its_path_before_planning(tmp_path, make_target):
    target = make_target(tmp_path)
    code, out, err = run("--pdf", str(target))
    assert code == EXIT_BAD_INPUT
    assert str(target) in err and "Traceback" not in err
    assert out == "", "the route is not even planned"


def test_a_read_only_place_exits_2_with_its_path(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # what a read-only folder does: creating the temporary file beside the target fails
    monkeypatch.setattr(planner.fileio, "_create_temp", refuse)
    target = tmp_path / "plan.ics"
    code, out, err = run("--ics", str(target))
    assert code == EXIT_BAD_INPUT
    assert str(target) in err and "permission denied" in err and "Traceback" not in err
    assert "Route for Anna de Vries" in out
    assert not target.exists()


def test_no_route_writes_no_documents(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    code = main(["plan", "--catalog", *map(str, FILES), "--learner", str(CATALOGS / "learners" / "impossible-dewi.yaml"),
                 "--time-limit", "5", "--pdf", str(tmp_path / "dewi.pdf")], out=out, err=err)
    assert code == EXIT_INFEASIBLE
    assert "no study plan documents were written" in err.getvalue()
    assert not (tmp_path / "dewi.pdf").exists()


def test_an_unknown_language_is_bad_input(tmp_path):
    code, _, _ = run("--csv", str(tmp_path / "x.csv"), "--language", "de")
    assert code == EXIT_BAD_INPUT
    assert not (tmp_path / "x.csv").exists()
