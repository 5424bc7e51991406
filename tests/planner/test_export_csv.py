"""The spreadsheet, read back with the csv module: one row per module, header in the plan's language."""

from __future__ import annotations

import csv
import datetime as dt

from planner.export.csv import write_csv
from planner.studyplan import build_study_plan
from tests.planner.studyplan_demo import catalogues, learner_and_plan


def read(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_one_row_per_module_with_machine_readable_values(tmp_path):
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan, language="nl")
    write_csv(sp, tmp_path / "plan.csv")
    assert (tmp_path / "plan.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for spreadsheets
    header, *rows = read(tmp_path / "plan.csv")
    assert header == ["Onderdeel", "Aanbod", "Vorm", "Plaats", "Start", "Einde", "Bijeenkomsten", "Uren per week",
                      "EC", "Kosten", "Leeruitkomsten", "Bijzonderheden", "Onderwijs", "Toetsing"]
    assert len(rows) == len(plan.items)
    for row, item in zip(rows, plan.items, strict=True):
        values = dict(zip(header, row, strict=True))
        assert values["Onderdeel"] == catalogues().modules[item.module].title.get("nl")
        assert values["Aanbod"] == item.offering
        assert values["Plaats"] == (item.location or "")
        assert dt.date.fromisoformat(values["Start"]) == item.start_date
        assert dt.date.fromisoformat(values["Einde"]) == item.end_date
        assert float(values["Uren per week"]) == item.hours_per_week
        assert float(values["Kosten"]) == item.cost
        assert abs(float(values["EC"]) - item.ec) < 0.005
        assert values["Leeruitkomsten"].count("; ") == len(item.outcomes) - 1
    first = dict(zip(header, rows[0], strict=True))
    assert first["Vorm"] == "hybride" and first["Bijeenkomsten"] == "ma 19:00–21:30; wo 19:00–21:30"
    assert "oriëntatie" in first["Onderdeel"]
    # how it is taught and assessed (format 1.2)
    assert first["Onderwijs"] == "met een cohort; hoorcollege, werkcollege, practicum, zelfstudie; in een groep; 5 contacturen/week"
    assert first["Toetsing"] == "mondeling tentamen, opdracht; met toezicht op locatie; identiteitscontrole"


def test_header_speaks_english_too(tmp_path):
    learner, plan = learner_and_plan("switcher-anna")
    write_csv(build_study_plan(catalogues(), learner, plan, language="en"), tmp_path / "plan.csv")
    header, *rows = read(tmp_path / "plan.csv")
    assert header == ["Module", "Offering", "Mode", "Place", "Start", "End", "Weekly sessions", "Hours a week",
                      "EC", "Cost", "Outcomes", "Notes", "How taught", "How assessed"]
    assert rows[0][-1] == "oral exam, assignment; supervised on site; identity checked"
    assert rows[0][2] == "hybrid" and rows[0][6] == "Mon 19:00–21:30; Wed 19:00–21:30"
