"""The spreadsheet, read back with the csv module: one row per module, header in the plan's language."""

from __future__ import annotations

import csv
import datetime as dt

from planner.export.csv import write_csv
from planner.studyplan import build_study_plan
from tests.planner.studyplan_demo import catalogues, learner_and_plan


def read(path, delimiter: str = ";") -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def dutch(number: str) -> float:
    """A number as Dutch spreadsheets write it (decimal comma, no grouping)."""
    assert "." not in number, number
    return float(number.replace(",", "."))


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
        assert values["Aanbod"] == sp.modules[plan.items.index(item)].offering_name and ":" not in values["Aanbod"]
        assert values["Plaats"] == (item.location or "")
        assert dt.date.fromisoformat(values["Start"]) == item.start_date
        assert dt.date.fromisoformat(values["Einde"]) == item.end_date
        assert dutch(values["Uren per week"]) == item.hours_per_week
        assert dutch(values["Kosten"]) == item.cost
        assert abs(dutch(values["EC"]) - item.ec) < 0.005
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
    header, *rows = read(tmp_path / "plan.csv", delimiter=",")
    assert header == ["Module", "Offering", "Mode", "Place", "Start", "End", "Weekly sessions", "Hours a week",
                      "EC", "Cost", "Outcomes", "Notes", "How taught", "How assessed"]
    assert rows[0][-1] == "oral exam, assignment; supervised on site; identity checked"
    assert rows[0][2] == "hybrid" and rows[0][6] == "Mon 19:00–21:30; Wed 19:00–21:30"


def test_each_language_gets_its_own_spreadsheet_convention(tmp_path):
    """Dutch Excel splits on ';' and reads '0,43'; English Excel splits on ',' and reads '0.43'."""
    learner, plan = learner_and_plan("switcher-anna")
    for language, separator, fraction in (("nl", ";", "0,43"), ("en", ",", "0.43")):
        write_csv(build_study_plan(catalogues(), learner, plan, language=language), tmp_path / f"{language}.csv")
        raw = (tmp_path / f"{language}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        header_line = raw.decode("utf-8-sig").splitlines()[0]
        assert header_line.count(separator) == 13, header_line
        header, *rows = read(tmp_path / f"{language}.csv", delimiter=separator)
        ec = header.index("EC")
        assert fraction in [r[ec] for r in rows]  # the EVC assessment's 0.43 EC
        assert all(len(r) == len(header) for r in rows)


def test_formulas_stay_text_with_the_dutch_separator(tmp_path):
    learner, plan = learner_and_plan("switcher-anna")
    item = plan.items[0].model_copy(update={"title": "=1+2;@SUM(A1)", "title_nl": "=1+2;@SUM(A1)",
                                            "module": "x:unknown"})
    sp = build_study_plan(catalogues(), learner, plan.model_copy(update={"items": [item]}), language="nl")
    write_csv(sp, tmp_path / "plan.csv")
    header, row = read(tmp_path / "plan.csv")
    assert row[0] == "'=1+2;@SUM(A1)"  # one cell, shown as text
