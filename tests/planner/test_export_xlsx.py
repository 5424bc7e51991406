"""The Excel workbook, read back with openpyxl: typed cells a spreadsheet can sort and sum."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from planner.errors import ExportError
from planner.export.xlsx import write_xlsx
from planner.studyplan import build_study_plan
from tests.planner.studyplan_demo import catalogues, learner_and_plan


@pytest.mark.parametrize(("language", "header"), [
    ("nl", ["Onderdeel", "Aanbod", "Vorm", "Plaats", "Start", "Einde", "Bijeenkomsten", "Uren per week", "EC",
            "Kosten", "Leeruitkomsten", "Bijzonderheden", "Onderwijs", "Toetsing"]),
    ("en", ["Module", "Offering", "Mode", "Place", "Start", "End", "Weekly sessions", "Hours a week", "EC", "Cost",
            "Outcomes", "Notes", "How taught", "How assessed"]),
])
def test_one_row_per_module_with_dates_as_dates_and_amounts_as_numbers(tmp_path, language, header):
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan, language=language)
    write_xlsx(sp, tmp_path / "plan.xlsx")
    ws = load_workbook(tmp_path / "plan.xlsx").active
    assert ws.title == sp.title
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == header
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "B2"
    assert len(rows) == 1 + len(plan.items)
    for row, item, m in zip(ws.iter_rows(min_row=2), plan.items, sp.modules, strict=True):
        values = dict(zip(header, row, strict=True))
        start, end = values[header[4]], values[header[5]]
        assert start.is_date and end.is_date
        assert start.value.date() == item.start_date and end.value.date() == item.end_date
        hours, ec, cost = values[header[7]], values[header[8]], values[header[9]]
        assert hours.value == item.hours_per_week and hours.data_type == "n" and hours.number_format == "0.##"
        assert abs(ec.value - item.ec) < 0.005 and ec.number_format == "0.00"
        assert cost.value == item.cost and "€" in cost.number_format
        assert values[header[0]].value == m.title
        assert values[header[1]].value == m.offering_name and ":" not in m.offering_name
    # columns are wide enough to read: the title column holds a whole short title
    assert ws.column_dimensions["A"].width >= 30
    assert ws.column_dimensions["E"].width >= 10
    total = sum(ws.cell(row=r, column=10).value for r in range(2, ws.max_row + 1))
    assert total == plan.totals.cost


def test_a_title_that_looks_like_a_formula_stays_text(tmp_path):
    learner, plan = learner_and_plan("switcher-anna")
    item = plan.items[0].model_copy(update={"title": "=HYPERLINK(\"http://x\")", "title_nl": "=1+2",
                                            "module": "x:unknown"})
    sp = build_study_plan(catalogues(), learner, plan.model_copy(update={"items": [item]}), language="nl")
    write_xlsx(sp, tmp_path / "plan.xlsx")
    cell = load_workbook(tmp_path / "plan.xlsx").active["A2"]
    assert cell.value == "=1+2" and cell.data_type == "s"
    with zipfile.ZipFile(tmp_path / "plan.xlsx") as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet  # no formula anywhere in the sheet: Excel shows the text and runs nothing


def test_an_unwritable_path_is_a_clear_error(tmp_path):
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan)
    with pytest.raises(ExportError):
        write_xlsx(sp, tmp_path / "no-such-folder" / "plan.xlsx")
    assert not list(tmp_path.rglob("*.xlsx"))
