"""Component offerings (OOAPI v6 learning and test component offerings, v5 component offerings) are
planned with their course offering: recurring lectures as its weekly session, tests and one-offs as
its dated events, whose times must fall in the learner's free windows and whose towns must be among
the learner's places; the route, the command line and the documents show them."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.access import offering_rejections
from planner.export.ics import render_ics
from planner.export.pdf import render_pdf
from planner.importers.ooapi import import_ooapi, write_draft
from planner.load import load_catalogues
from planner.models import Weekday
from planner.plan import Status
from planner.solver import Solver
from planner.studyplan import build_study_plan
from planner.validate import validate_plan
from tests.factory import cli, learner

FIXTURES = Path(__file__).parent / "fixtures" / "ooapi"
V6, V5 = FIXTURES / "v6-set", FIXTURES / "v5-set"


@pytest.fixture(scope="module")
def v6(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cat, report = import_ooapi([V6], catalogue_id="inst", published=dt.date(2027, 6, 1))
    target = tmp_path_factory.mktemp("v6") / "inst.yaml"
    write_draft(cat, report, target)
    return target


def _offering(target: Path, module: str = "inst:prg1"):  # type: ignore[no-untyped-def]
    cs = load_catalogues([target])
    [off] = [o for o in cs.offerings.values() if o.module == module and o.events]
    return cs, off


def test_v6_lectures_become_a_weekly_session_and_the_test_a_dated_event(v6: Path) -> None:
    _, off = _offering(v6)
    [session] = off.sessions  # four Monday lectures, a week apart
    assert (session.day, f"{session.start:%H:%M}", f"{session.end:%H:%M}", session.every_weeks) == (Weekday.MON, "13:30", "15:30", 1)
    practical, test = off.events
    assert (practical.date, f"{practical.start:%H:%M}", practical.place) == (dt.date(2027, 10, 14), "09:00", "Utrecht")
    assert (test.kind, test.date, f"{test.start:%H:%M}", f"{test.end:%H:%M}", test.place) == (
        "test", dt.date(2027, 11, 10), "09:00", "11:00", "Amersfoort")


def test_the_v5_component_offering_gives_its_course_offering_a_test_date() -> None:
    cat, report = import_ooapi([V5], catalogue_id="inst", published=dt.date(2027, 6, 1))
    [off] = [o for o in cat.offerings if o.events]
    [test] = off.events
    assert (test.kind, test.date, f"{test.start:%H:%M}", test.place) == ("test", dt.date(2027, 11, 3), "19:00", "Zwolle")
    assert "component-offerings.json $.items[0].room" in {f"{n.file} {n.path}" for n in report.notes}


def test_dated_events_belong_to_one_cohort() -> None:
    from pydantic import ValidationError

    from planner.models import Offering
    base = {"id": "o", "module": "m", "mode": "online", "weeks": 4, "hoursPerWeek": 2,
            "events": [{"kind": "test", "date": "2027-03-12", "start": "09:00", "end": "11:00"}]}
    assert Offering.model_validate({**base, "starts": ["2027-03-01"]}).events[0].as_session() is not None
    with pytest.raises(ValidationError, match="belong to one cohort"):
        Offering.model_validate({**base, "entry": {"start": "2027-03-01"}})
    with pytest.raises(ValidationError, match="ends"):
        Offering.model_validate({**base, "starts": ["2027-03-01"],
                                 "events": [{"kind": "test", "date": "2027-03-12", "start": "11:00", "end": "09:00"}]})


def test_an_online_offering_with_a_test_on_site_is_hybrid(tmp_path: Path) -> None:
    import json
    import shutil

    shutil.copytree(V6, tmp_path / "set")
    exam = {"testComponentOfferingId": "74000000-0000-4000-8000-000000000002", "componentId": "75000000-0000-4000-8000-000000000002",
            "courseOfferingIds": ["70000000-0000-4000-8000-000000000002"], "startDateTime": "2028-01-26T13:00:00+01:00",
            "endDateTime": "2028-01-26T15:00:00+01:00", "addresses": [{"addressType": "teaching", "city": "Zwolle"}]}
    (tmp_path / "set" / "exam.json").write_text(json.dumps(exam))
    cat, report = import_ooapi([tmp_path / "set"], catalogue_id="inst", published=dt.date(2027, 6, 1))
    [off] = [o for o in cat.offerings if o.events and o.events[0].place == "Zwolle"]
    assert (off.mode.value, off.location) == ("hybrid", "Zwolle")  # an online-only learner cannot sit the test
    assert "component.on_site" in {n.code for n in report.notes if n.file == "exam.json"}


def test_a_test_dated_outside_its_course_offering_is_named_not_planned(tmp_path: Path) -> None:
    # the specification's own example dates a test component offering 2025-03-01: beside a course
    # offering of autumn 2027 that date was planned as the course's exam, two years before it starts
    import json
    import shutil

    shutil.copytree(V6, tmp_path / "set")
    tests = tmp_path / "set" / "test-component-offerings.json"
    data = json.loads(tests.read_text())
    data["items"][0].update(startDateTime="2025-03-01T08:30:00+01:00", endDateTime="2025-03-01T10:30:00+01:00")
    tests.write_text(json.dumps(data))
    cat, report = import_ooapi([tmp_path / "set"], catalogue_id="inst", published=dt.date(2027, 6, 1))
    assert all(e.date.year >= 2027 for o in cat.offerings for e in o.events)
    [note] = [n for n in report.notes if n.code == "component.outside"]
    assert (note.file, note.path) == ("test-component-offerings.json", "$.items[0]")
    assert "2025-03-01" in note.message and "it is not planned" in note.message


def _plan(target: Path, **wishes: object):  # type: ignore[no-untyped-def]
    cs = load_catalogues([target])
    goal = next(iter(cs.goals))
    lrn = learner(goal=goal, start="2027-08-30", hoursPerWeek=30, **wishes)
    return cs, lrn, Solver(cs, lrn, time_limit=10).solve()


def test_the_test_town_counts_against_the_learners_places(v6: Path) -> None:
    cs, off = _offering(v6)
    cs, lrn, plan = _plan(v6, places=["Utrecht", "Deventer"])  # not Amersfoort, where the test is
    assert off.id not in {i.offering for i in plan.items} and plan.status == Status.INFEASIBLE  # its only offering
    assert [(m.code, m.params) for m in offering_rejections(lrn, off)] == [("reason.place", {"place": "Amersfoort"})]
    cs, lrn, plan = _plan(v6, places=["Utrecht", "Deventer", "Amersfoort"])
    item = next(i for i in plan.items if i.offering == off.id)
    assert [e.date for e in item.events] == [dt.date(2027, 10, 14), dt.date(2027, 11, 10)]
    assert validate_plan(cs, lrn, plan) == []


def test_the_test_time_counts_against_the_learners_free_windows(v6: Path) -> None:
    cs, off = _offering(v6)
    evenings = [{"day": d, "start": "13:00", "end": "16:00"} for d in ("mon",)]  # lectures fit, the 9:00 ones do not
    cs, lrn, plan = _plan(v6, availability=evenings)
    assert off.id not in {i.offering for i in plan.items} and plan.status == Status.INFEASIBLE
    mornings = [{"day": "mon", "start": "13:00", "end": "16:00"}, {"day": "wed", "start": "08:00", "end": "12:00"},
                {"day": "thu", "start": "08:00", "end": "12:00"}]
    cs, lrn, plan = _plan(v6, availability=mornings)
    assert off.id in {i.offering for i in plan.items}
    # the validator agrees on its own: the route with the test moved out of the windows is refused
    bad = lrn.model_copy(update={"availability": lrn.availability[:2]})
    assert "invalid.window" in {m.code for m in validate_plan(cs, bad, plan)}


def test_a_test_date_in_the_learners_time_off_rules_the_offering_out(v6: Path) -> None:
    cs, off = _offering(v6)
    cs, lrn, plan = _plan(v6, holidays=[{"start": "2027-11-08", "end": "2027-11-12"}])  # the week of the test
    assert off.id not in {i.offering for i in plan.items} and plan.status == Status.INFEASIBLE
    assert [(m.code, m.params) for m in offering_rejections(lrn, off)] == [
        ("reason.time_off", {"what": "test", "date": "2027-11-10"})]
    cs, free, planned = _plan(v6)  # without that holiday the route takes it; with it, the validator refuses it
    assert off.id in {i.offering for i in planned.items} and validate_plan(cs, free, planned) == []
    assert ("invalid.time_off", "inst:prg1") in {(m.code, m.params.get("module")) for m in validate_plan(cs, lrn, planned)}


def test_the_route_and_documents_show_the_sessions_and_test_dates(v6: Path, tmp_path: Path) -> None:
    cs, lrn, plan = _plan(v6)
    sp = build_study_plan(cs, lrn, plan, language="nl")
    row = next(m for m in sp.modules if m.module_id == "inst:prg1")
    assert row.session_labels == ("ma 13:30–15:30", "bijeenkomst 14 okt 2027 09:00–12:00, Utrecht",
                                  "toets 10 nov 2027 09:00–11:00, Amersfoort")
    calendar = render_ics(sp).decode()
    assert "DTSTART;TZID=Europe/Amsterdam:20271110T090000" in calendar and "LOCATION:Amersfoort" in calendar
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(render_pdf(sp))).pages)
    assert "toets 10 nov 2027 09:00–11:00, Amersfoort" in text
    (tmp_path / "learner.json").write_text(lrn.model_dump_json(by_alias=True, exclude_none=True))
    code, out, err = cli("plan", "--catalog", v6, "--learner", tmp_path / "learner.json", "--time-limit", "10")
    assert code == 0, err
    assert "sessions: Mon 13:30–15:30" in out
    assert "dates: session 14 Oct 2027 09:00–12:00, Utrecht; test 10 Nov 2027 09:00–11:00, Amersfoort" in out
