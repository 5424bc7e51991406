"""A v6 and a v5 catalogue as an institution publishes them (pages, expanded objects, outcomes by id,
academic sessions, consumers, fields outside the specification) import with every offering's dates,
place, modes and price; the draft passes 'leerroute check'; a learner's route runs on those dates.
And nothing is lost in silence: every leaf of every fixture is read or named in the report."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.check import check_files
from planner.importers.ooapi import import_ooapi, write_draft
from planner.importers.report import NoteKind
from planner.load import load_catalogues
from planner.models import Mode
from planner.plan import Status
from planner.solver import Solver
from planner.validate import validate_plan
from tests.factory import learner

FIXTURES = Path(__file__).parent / "fixtures" / "ooapi"
V6, V5 = FIXTURES / "v6-set", FIXTURES / "v5-set"


def _paths(report: Any, kind: NoteKind) -> list[str]:
    return [f"{n.file} {n.path}" for n in report.of_kind(kind)]


def test_v6_offerings_keep_dates_place_modes_price_seats():
    cat, report = import_ooapi([V6], catalogue_id="hso", published=dt.date(2027, 6, 1))
    assert cat.institution == "Hogeschool Oost (fictief)"
    off = {o.module: o for o in cat.offerings}
    assert set(off) == {"prg1", "db", "sep"}  # the cancelled run is not offered
    prg = off["prg1"]
    assert (prg.starts, prg.weeks, prg.mode, prg.location, prg.language) == ([dt.date(2027, 9, 6)], 10, Mode.CAMPUS, "Utrecht", "nl")
    assert (prg.cost, prg.cost_known, prg.seats, prg.min_seats) == (340.84, True, 40, 12)
    db = off["db"]
    assert (db.starts, db.mode, db.location, db.language) == ([dt.date(2027, 11, 15)], Mode.ONLINE, None, "en")
    assert (db.cost, db.cost_known) == (0, False)  # no price published: unknown, not free
    sep = off["sep"]  # dates from its expanded academic session; blended is hybrid
    assert (sep.starts, sep.weeks, sep.mode, sep.location, sep.cost) == ([dt.date(2028, 2, 7)], 20, Mode.HYBRID, "Deventer", 495)
    # outcomes by id (learningOutcomeIds with the /learning-outcomes page) and expanded in the course
    mods = {m.id: m for m in cat.modules}
    assert mods["prg1"].certifies == ["prg1-lu1", "prg1-lu2"] and mods["sep"].certifies == ["sep-lu1"]
    assert {o.id: o.title.en for o in cat.outcomes}["db-lu1"].startswith("The student designs a normalised")
    assert mods["prg1"].description.nl == "Je leert programmeren in Python:\n• variabelen & lussen\n• functies"
    assert (mods["sep"].hours, mods["sep"].ec) == (140, None)
    assert (mods["prg1"].level, mods["db"].level) == (6, 5)  # v6 'associate_degree' spelled with an underscore
    [goal] = cat.goals
    assert goal.id == "minor-swo" and set(goal.required) == {"prg1-lu1", "prg1-lu2", "db-lu1", "sep-lu1"}
    dropped, guessed = _paths(report, NoteKind.DROPPED), _paths(report, NoteKind.GUESSED)
    assert "courses-page-1.json $.items[0].consumer" in dropped  # RIO data, named
    assert "courses-page-2.json $.items[0].consumer" in dropped  # eduXchange data, named
    assert "course-offerings.json $.items[0].enrolmentPeriods" in dropped
    assert "course-offerings.json $.items[1].priceInformation" in guessed  # unknown price said
    assert "course-offerings.json $.items[2].academicSession" in guessed  # session dates said
    assert "learning-outcomes.json $.items[3]" in dropped  # an outcome of no course
    assert _paths(report, NoteKind.SKIPPED) == ["course-offerings.json $.items[3]",  # cancelled
                                                "learning-component-offerings.json $.items[5]"]  # of no offering
    assert report.unknown == {"course.x-vakeigenaar": 1}


def test_v5_offerings_course_fields_short_entry_window():
    cat, report = import_ooapi([V5], catalogue_id="hn", published=dt.date(2027, 6, 1))
    assert cat.institution == "Hanze Noord (fictief)"
    off = {o.id: o for o in cat.offerings}
    sept = off["bouw-1-bk1-2027-09"]
    assert (sept.starts, sept.weeks, sept.mode, sept.location, sept.cost, sept.seats, sept.min_seats) == (
        [dt.date(2027, 9, 13)], 8, Mode.CAMPUS, "Groningen", 420.5, 30, 8)  # the place from the course's address
    bim = off["bim-bim-flex"]  # mode and duration from the course, entry window from the offering
    assert (bim.flexible, bim.entry.start, bim.entry.end, bim.mode, bim.weeks) == (
        True, dt.date(2027, 9, 1), dt.date(2028, 3, 31), Mode.ONLINE, 8)
    feb = off["bouw-1-bk1-2028-02"]  # a one-day entry window around the start is a fixed start, not flexible
    assert (feb.flexible, feb.starts, feb.location, feb.cost_known) == (False, [dt.date(2028, 2, 7)], "Assen", False)
    outcomes = {o.id: o.title for o in cat.outcomes}
    assert outcomes["bouw-1.lo2"].nl == "De student berekent een eenvoudige constructie." and outcomes["bouw-1.lo2"].en is None
    assert {m.id: m.description for m in cat.modules}["bouw-1"].nl == "Basis van bouwkunde & constructie.\nMet veldwerk."
    dropped = _paths(report, NoteKind.DROPPED)
    # a course without offerings: its own language, mode and addresses are named, not lost
    assert {"courses.json $.items[2].teachingLanguage", "courses.json $.items[2].modeOfDelivery",
            "courses.json $.items[2].addresses"} <= set(dropped)
    assert {"offerings.json $.items[0].enrollStartDate", "offerings.json $.items[0].consumers",
            "courses.json $.items[0].consumers"} <= set(dropped)


@pytest.mark.parametrize("folder", [V6, V5], ids=["v6", "v5"])
def test_set_passes_check_and_plans_on_the_offerings_dates(folder: Path, tmp_path: Path):
    cat, report = import_ooapi([folder], catalogue_id="inst", published=dt.date(2027, 6, 1))
    target = tmp_path / "inst.yaml"
    write_draft(cat, report, target)
    checked = check_files([target])
    assert checked.errors == [], [d.render() for d in checked.errors]
    cs = load_catalogues([target])
    lrn = learner(goal=f"inst:{cat.goals[0].id}", start="2027-08-30", hoursPerWeek=30)
    plan = Solver(cs, lrn, time_limit=10).solve()
    assert plan.status in (Status.OPTIMAL, Status.FEASIBLE)
    assert validate_plan(cs, lrn, plan) == []
    offerings = {f"inst:{o.id}": o for o in cat.offerings}
    needed = {f"inst:{m.id}" for m in cat.modules if set(m.certifies) & set(cat.goals[0].required)}
    assert {i.module for i in plan.items} == needed and len(needed) >= 2
    for item in plan.items:
        o = offerings[item.offering]
        if o.flexible:
            assert o.entry.start <= item.start_date + dt.timedelta(days=6) and item.start_date <= o.entry.end
        else:  # the route starts the week the offering starts, and lasts as long
            assert item.start_date == o.starts[0] - dt.timedelta(days=o.starts[0].weekday())
            assert item.end_week - item.start_week == o.weeks


# --------------------------------------------------------------------------- nothing lost in silence


def _leaves(value: Any, path: str) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, f"{path}[{i}]")
    elif value not in (None, ""):
        yield path


def _prefixes(path: str) -> Iterator[str]:
    for i, ch in enumerate(path):
        if ch in ".[" and i:
            yield path[:i]
    yield path


@pytest.mark.parametrize("folder", sorted(p for p in FIXTURES.iterdir() if p.is_dir()), ids=lambda p: p.name)
def test_every_leaf_is_mapped_or_named(folder: Path):
    _, report = import_ooapi([folder], catalogue_id="x", trace=True)
    named = {(n.file, n.path) for n in report.notes} | report.mapped
    named = {(Path(f).name, p) for f, p in named}
    missing = []
    leaves = 0
    for f in sorted(folder.glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            assert any(n.file == f.name and n.kind == NoteKind.SKIPPED for n in report.notes)
            continue
        for leaf in _leaves(data, "$"):
            leaves += 1
            if not any((f.name, p) in named for p in _prefixes(leaf)):
                missing.append(f"{f.name} {leaf}")
    assert leaves > 20
    assert missing == [], "leaves neither mapped nor named in the report:\n" + "\n".join(missing)


def test_the_coverage_test_can_fail(monkeypatch: pytest.MonkeyPatch):
    """Without the importer's own accounting of unused fields the coverage test finds the gaps."""
    monkeypatch.setattr("planner.importers.ooapi.name_leftovers", lambda *args: None)
    with pytest.raises(AssertionError, match="leaves neither mapped nor named"):
        test_every_leaf_is_mapped_or_named(V6)


def test_programme_offerings_components_results_and_plain_strings(tmp_path: Path):
    items = [
        {"programmeId": "p2", "name": "Associate degree Zorg", "teachingLanguages": ["en-GB"],
         "studyLoad": [{"studyLoadUnit": "ects", "value": 30}]},
        {"programmeOfferingId": "po2", "programmeId": "p2", "primaryCode": {"codeType": "offeringCode", "code": "2027"},
         "name": [{"language": "nl-NL", "value": "Ad Zorg 2027"}], "startDateTime": "2027-09-06T00:00:00+02:00",
         "endDateTime": "2028-01-28T00:00:00+01:00", "modesOfDelivery": ["online"],
         "priceInformation": [{"costType": "total_costs", "amount": "1250.00", "currency": "EUR"}]},
        {"learningComponentOfferingId": "lco1", "learningComponentId": "lc1", "name": [{"language": "nl", "value": "x"}],
         "startDateTime": "2027-09-06", "rooms": [{"roomId": "r1", "name": [{"language": "nl", "value": "B-12"}]}]},
        {"courseOfferingId": "co9", "programmeId": "p2", "courseId": "p2", "resultExpected": False,
         "startDateTime": "2027-09-06"},
    ]
    (tmp_path / "mixed.json").write_text(json.dumps({"items": items}), encoding="utf-8")
    cat, report = import_ooapi([tmp_path], catalogue_id="x", institution="X", trace=True)
    [m] = cat.modules
    assert (m.id, m.ec, m.title.en, m.title.nl) == ("p2", 30, "Associate degree Zorg", None)  # under its language
    [o] = cat.offerings
    assert (o.module, o.starts, o.cost, o.mode) == ("p2", [dt.date(2027, 9, 6)], 1250, Mode.ONLINE)
    by_path = {n.path: n for n in report.notes}
    assert by_path["$.items[0].name"].code == "text.no_language_taught"
    assert by_path["$.items[2]"].code == "offering.component"
    assert by_path["$.items[3]"].code == "offering.no_result"


def test_offerings_with_their_course_expanded_are_enough(tmp_path: Path):
    """expand=course: the course-offerings page alone gives the modules and their offerings."""
    page = json.loads((V6 / "course-offerings.json").read_text(encoding="utf-8"))
    course = {"courseId": "c-exp", "primaryCode": {"codeType": "identifier", "code": "EXP"},
              "name": [{"language": "en-GB", "value": "Expanded course"}],
              "studyLoad": [{"studyLoadUnit": "ects", "value": 3}]}
    for o in page["items"][:2]:
        o["courseId"], o["course"] = "c-exp", dict(course)
    (tmp_path / "course-offerings.json").write_text(json.dumps(page), encoding="utf-8")
    cat, report = import_ooapi([tmp_path], catalogue_id="x", institution="X", trace=True)
    assert [m.id for m in cat.modules] == ["exp"]
    assert sorted(o.starts[0] for o in cat.offerings) == [dt.date(2027, 9, 6), dt.date(2027, 11, 15)]
    assert "course-offerings.json $.items[1].course" in _paths(report, NoteKind.DROPPED)  # the second copy, named
