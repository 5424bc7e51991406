"""The calendar file, read back: first sessions, repeats, skipped holiday weeks, time zone, stable UIDs."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from planner.export.ics import render_ics, write_ics
from planner.models import DateRange, Learner, week_index
from planner.plan import Plan
from planner.studyplan import ModuleRow, StudyPlan, build_study_plan
from tests.planner.studyplan_demo import catalogues, learner_and_plan

AMS = ZoneInfo("Europe/Amsterdam")


def events(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk("VEVENT")]


def holiday_in_first_module() -> tuple[Learner, Plan, StudyPlan]:
    """Anna's plan after the advisor added two weeks off in October (the plan was not re-solved),
    and three days off that do not make a holiday week."""
    learner, plan = learner_and_plan("switcher-anna")
    extra = [DateRange(start=dt.date(2026, 9, 21), end=dt.date(2026, 10, 4)),
             DateRange(start=dt.date(2026, 10, 9), end=dt.date(2026, 10, 11))]
    off = learner.model_copy(update={"holidays": [*learner.holidays, *extra]})
    return off, plan, build_study_plan(catalogues(), off, plan, language="nl")


def exdates(ev) -> set[dt.date]:
    """The dates an event's EXDATE properties leave out (one property or several)."""
    found = ev.get("EXDATE", [])
    props = found if isinstance(found, list) else [found]
    return {x.dt.date() for prop in props for x in prop.dts}


def expected_dates(row: ModuleRow, weekday: int, every: int) -> list[dt.date]:
    """Session dates worked out here, independently: the weekday in the first week, then every N weeks."""
    day = row.start + dt.timedelta(days=(weekday - row.start.weekday()) % 7)
    out = []
    while day <= row.end:
        out.append(day)
        day += dt.timedelta(weeks=every)
    return out


def session_events(sp: StudyPlan, data: bytes) -> list[tuple[ModuleRow, object]]:
    by_title = {r.title: r for r in sp.modules}
    return [(by_title[str(e["SUMMARY"])], e) for e in events(data) if "RRULE" in e]


def test_each_session_starts_on_the_first_real_session_in_amsterdam_time():
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan, language="nl")
    data = render_ics(sp)
    found = session_events(sp, data)
    assert len(found) == sum(len(r.sessions) for r in sp.modules) > 0
    for row, ev in found:
        start = ev["DTSTART"].dt
        assert ev["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert start.tzinfo is not None and start.utcoffset() == start.astimezone(AMS).utcoffset()
        session = next(s for s in row.sessions if s.day.number == start.weekday() and s.start == start.time())
        assert start.date() == expected_dates(row, session.day.number, session.every_weeks)[0]
        assert ev["DTEND"].dt.time() == session.end
        until = ev["RRULE"]["UNTIL"][0]
        assert until.tzinfo is not None and until.astimezone(AMS).date() <= row.end
        assert str(ev["LOCATION"]) == (row.place or "online")
        assert row.offering_name in str(ev["DESCRIPTION"]).replace("\n", " ")
    assert "BEGIN:VTIMEZONE" in data.decode() and "TZID:Europe/Amsterdam" in data.decode()


def test_sessions_in_holiday_weeks_are_excluded_exactly():
    learner, plan, sp = holiday_in_first_module()
    found = session_events(sp, render_ics(sp))
    skipped_any = False
    for row, ev in found:
        start = ev["DTSTART"].dt
        dates = expected_dates(row, start.weekday(), 1)
        holiday = {d for d in dates if learner.week_capacity(week_index(learner.start, d)) == 0}
        skipped = exdates(ev)
        assert skipped == holiday
        skipped_any |= bool(holiday)
        # expanding the rule and leaving out the exceptions gives exactly the sessions outside holidays
        rule = rrulestr(ev["RRULE"].to_ical().decode(), dtstart=start)
        occurs = {d.date() for d in rule} - skipped
        assert occurs == set(dates) - holiday
    assert skipped_any, "the added holiday falls in the first module: some sessions must be skipped"
    first = sp.modules[0]
    # Mondays and Wednesdays of 21 Sep and 28 Sep are skipped; 9-11 Oct is only three days: not skipped
    all_skipped = set().union(*(exdates(ev) for _, ev in found))
    assert all_skipped == {dt.date(2026, 9, 21), dt.date(2026, 9, 23), dt.date(2026, 9, 28), dt.date(2026, 9, 30)}
    assert first.title.startswith("Startblok")


def test_a_session_every_two_weeks_repeats_with_interval_two():
    learner, plan = learner_and_plan("switcher-anna")
    item = plan.items[0]
    fortnightly = item.model_copy(update={"sessions": [s.model_copy(update={"every_weeks": 2}) for s in item.sessions]})
    plan2 = plan.model_copy(update={"items": [fortnightly, *plan.items[1:]]})
    sp = build_study_plan(catalogues(), learner, plan2)
    for row, ev in session_events(sp, render_ics(sp)):
        if row.offering_id != item.offering:
            continue
        assert ev["RRULE"]["INTERVAL"] == [2]
        start = ev["DTSTART"].dt
        occurs = [d.date() for d in rrulestr(ev["RRULE"].to_ical().decode(), dtstart=start)]
        assert occurs == expected_dates(row, start.weekday(), 2)
        assert occurs[1] - occurs[0] == dt.timedelta(weeks=2)


def test_uids_are_stable_across_exports_and_differ_between_events(tmp_path):
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan, language="en")
    write_ics(sp, tmp_path / "a.ics")
    again = build_study_plan(catalogues(), learner, plan, language="nl")  # another language, same events
    write_ics(again, tmp_path / "b.ics")
    first = [str(e["UID"]) for e in events((tmp_path / "a.ics").read_bytes())]
    second = [str(e["UID"]) for e in events((tmp_path / "b.ics").read_bytes())]
    assert first == second
    assert len(set(first)) == len(first)
    assert all(uid.endswith("@leerroute") for uid in first)
    other = build_study_plan(catalogues(), learner.model_copy(update={"name": "Bea Jansen"}), plan)
    assert not set(first) & {str(e["UID"]) for e in events(render_ics(other))}


def test_modules_without_sessions_are_all_day_events_over_their_period():
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan, language="en")
    by_title = {r.title: r for r in sp.modules}
    all_day = [e for e in events(render_ics(sp)) if "RRULE" not in e]
    assert len(all_day) == sum(1 for r in sp.modules if not r.sessions) > 0
    for ev in all_day:
        row = by_title[str(ev["SUMMARY"])]
        assert ev["DTSTART"].dt == row.start
        assert ev["DTEND"].dt == row.end + dt.timedelta(days=1)
        assert str(ev["TRANSP"]) == "TRANSPARENT"


def test_a_module_keeps_its_uid_when_the_planner_moves_it_to_another_offering():
    """A re-import must replace the module's event, not show the module twice."""
    learner, plan = learner_and_plan("switcher-anna")
    cs = catalogues()
    moved = None
    for i, item in enumerate(plan.items):
        others = [(oid, o) for oid, o in cs.offerings.items() if o.module == item.module and oid != item.offering]
        if others:
            oid, other = others[0]
            moved = i, item.model_copy(update={
                "offering": oid, "mode": other.mode,
                "location": other.location, "sessions": other.sessions,
            })
            break
    assert moved is not None, "the demo route should have a module with another offering"
    i, item = moved
    before = build_study_plan(cs, learner, plan, language="nl")
    after = build_study_plan(cs, learner, plan.model_copy(update={"items": [*plan.items[:i], item, *plan.items[i + 1:]]}),
                             language="nl")
    assert before.modules[i].offering_name != after.modules[i].offering_name

    def uids(sp):
        return {str(e["UID"]): str(e["SUMMARY"]) for e in events(render_ics(sp))}

    title = before.modules[i].title
    first = [u for u, s in uids(before).items() if s == title]
    second = [u for u, s in uids(after).items() if s == title]
    assert first and second and first[0] == second[0]
    assert set(uids(before)) - set(first) == set(uids(after)) - set(second)  # the other modules' events too
