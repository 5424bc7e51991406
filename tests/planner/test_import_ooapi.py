"""OOAPI import: our own v5 and v6 samples become a draft catalogue that passes 'leerroute check'
and plans; every dropped or guessed field is reported with its JSON path."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from planner.check import check_files
from planner.cli import main
from planner.importers.ooapi import import_ooapi, write_draft
from planner.importers.report import ImporterError, NoteKind
from planner.load import load_catalogues
from planner.models import Mode
from planner.plan import Status
from planner.solver import Solver
from planner.validate import validate_plan
from tests.factory import learner

FIXTURES = Path(__file__).parent / "fixtures" / "ooapi"
V5, V6 = FIXTURES / "v5", FIXTURES / "v6"


def notes(report, kind: NoteKind) -> list[str]:
    return [f"{n.file} {n.path}" for n in report.of_kind(kind)]


def test_v5_courses_offerings_and_programme():
    cat, report = import_ooapi([V5], catalogue_id="hs-midden", published=dt.date(2027, 6, 1))
    assert cat.institution == "Hogeschool Midden (fictief)"
    web = next(m for m in cat.modules if m.id == "web1")
    assert (web.title.nl, web.title.en, web.ec, web.level) == ("Webontwikkeling 1", "Web development 1", 5, 5)
    assert web.requirements_text.nl.startswith("Basiskennis van HTML")
    outcomes = {o.id: o for o in cat.outcomes}
    assert outcomes[web.certifies[0]].title.en == "The student builds an accessible web page following WCAG 2.1."
    assert outcomes[web.certifies[1]].title.nl.startswith("De student maakt een webpagina interactief")
    pm = next(m for m in cat.modules if m.id == "pm")
    assert pm.hours == 84 and pm.ec is None
    sept = next(o for o in cat.offerings if o.id == "web1-web1-2027-09")
    assert (sept.mode, sept.location, sept.language, sept.cost, sept.seats) == (Mode.CAMPUS, "Utrecht", "nl", 650, 24)
    assert sept.starts == [dt.date(2027, 9, 6)] and sept.weeks == 12 and sept.weeks * sept.hours_per_week >= 140
    flex = next(o for o in cat.offerings if o.module == "pm")
    assert flex.flexible and (flex.entry.start, flex.entry.end) == (dt.date(2027, 9, 1), dt.date(2028, 6, 30))
    assert (flex.mode, flex.language, flex.cost, flex.location) == (Mode.ONLINE, "en", 395, None)
    [goal] = cat.goals
    assert goal.id == "ad-web" and goal.kind.value == "associate-degree"
    assert set(goal.required) == set(web.certifies) | set(pm.certifies)
    # what was dropped, guessed, kept or skipped, with file and JSON path
    assert "offerings.json $.items[0].priceInformation[1]" in notes(report, NoteKind.DROPPED)
    assert "courses.json $.items[0].learningOutcomes[1][1]" in notes(report, NoteKind.DROPPED)  # German text
    assert "courses.json $.items[0].requirements" in notes(report, NoteKind.KEPT)
    assert "courses.json $.items[1].learningOutcomes" in notes(report, NoteKind.GUESSED)  # none given
    assert "offerings.json $.items[2].endDate" in notes(report, NoteKind.GUESSED)  # self-paced duration
    assert notes(report, NoteKind.SKIPPED) == ["courses.json $.items[2]", "offerings.json $.items[3]"]
    assert report.unknown == {"course.x-internal-owner": 1}


def test_v6_plural_fields_outcomes_by_id_and_a_broken_file():
    cat, report = import_ooapi([V6], catalogue_id="zorg")
    data = next(m for m in cat.modules if m.id == "zorg-data")
    assert data.ec == 3 and data.certifies == ["zd.1", "zd.2"]
    assert {o.id: o.title.nl for o in cat.outcomes}["zd.2"].startswith("De zorgprofessional gaat volgens de AVG")
    practice = next(m for m in cat.modules if m.id == "zorg-praktijk")
    assert practice.hours == 112
    cohort = next(o for o in cat.offerings if o.module == "zorg-data")
    assert (cohort.mode, cohort.location, cohort.cost, cohort.weeks) == (Mode.HYBRID, "Zwolle", 300, 10)
    assert cohort.starts == [dt.date(2027, 9, 13)]
    work = next(o for o in cat.offerings if o.module == "zorg-praktijk")
    assert (work.mode, work.location, work.flexible) == (Mode.WORKPLACE, "Deventer", True)
    assert cat.goals[0].id == "mc-zorgdata" and len(cat.goals[0].required) == 3
    assert "broken.json line 2 column 1" in notes(report, NoteKind.SKIPPED)
    dropped = notes(report, NoteKind.DROPPED)
    assert "offerings.json $.items[0].priceInformation[2]" in dropped  # GBP
    assert "courses.json $.items[1].studyLoad[1]" in dropped  # contact time
    # fields outside the specification, named with their paths and counted
    assert report.unknown == {"course.sustainabilityScore": 1, "offering.roomNumber": 1, "offering.enrolStartDateTime": 1,
                              "outcome.startDate": 3}
    assert "offerings.json $.items[1].roomNumber" in dropped


def test_round_trip_import_check_plan(tmp_path):
    target = tmp_path / "hs-midden.yaml"
    out, err = io.StringIO(), io.StringIO()
    assert main(["import", "ooapi", str(V5), str(V6 / "courses.json"), str(V6 / "learning-outcomes.json"),
                 "-o", str(target), "--id", "hs-midden"], out=out, err=err) == 0, err.getvalue()
    assert "Draft catalogue written to" in out.getvalue()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# DRAFT catalogue imported from OOAPI")
    assert "requirementsText:" in text
    report = check_files([target])
    assert report.errors == [], [d.render() for d in report.errors]
    cs = load_catalogues([target])
    lrn = learner(goal="hs-midden:ad-web", start="2027-08-30", hoursPerWeek=16)
    plan = Solver(cs, lrn, time_limit=10).solve()
    assert plan.status in (Status.OPTIMAL, Status.FEASIBLE)
    assert {i.module for i in plan.items} == {"hs-midden:web1", "hs-midden:pm"}
    assert validate_plan(cs, lrn, plan) == []


def test_json_output_and_nothing_to_import(tmp_path):
    cat, report = import_ooapi([V6 / "programmes.json", V6 / "courses.json", V6 / "learning-outcomes.json"],
                               catalogue_id="x")
    target = tmp_path / "x.json"
    write_draft(cat, report, target)
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "x"
    assert check_files([target]).errors == []
    junk = tmp_path / "junk.json"
    junk.write_text('{"hello": "world"}', encoding="utf-8")
    with pytest.raises(ImporterError, match="no course or programme could be imported: junk.json \\$: skipped"):
        import_ooapi([junk], catalogue_id="x")
    err = io.StringIO()
    assert main(["import", "ooapi", str(junk), "-o", str(tmp_path / "y.yaml")], out=io.StringIO(), err=err) == 2
    assert "junk.json" in err.getvalue() and "Traceback" not in err.getvalue()
    assert not (tmp_path / "y.yaml").exists()
