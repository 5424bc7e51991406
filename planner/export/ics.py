"""The study plan's sessions as an iCalendar file (RFC 5545), for the learner's own calendar.

Each weekly session of a planned module becomes one recurring event in Europe/Amsterdam time: it
starts on the first real session of the module, repeats every week (or every N weeks) until the
module's last session, and skips the sessions that fall in the learner's weeks without study
(holidays; the same week rule the planner uses). A module without fixed sessions (self-paced)
becomes one all-day event over its period, marked free so it does not block the day.

UIDs are derived from learner name, module and the event's place among the module's events
(not from the offering), so importing a newer export updates the events instead of adding them
twice — also when the planner has moved the module to another offering.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from planner.fileio import write_file
from planner.formatting import mode_label
from planner.models import Session
from planner.studyplan import ModuleRow, StudyPlan

#: The time zone of every session.
TZID = "Europe/Amsterdam"
TZ = ZoneInfo(TZID)


def session_dates(row: ModuleRow, session: Session) -> list[dt.date]:
    """Every date on which ``session`` of a planned module takes place, holidays included.

    The first is the session's weekday in the module's first week; then every ``every_weeks``
    weeks up to the module's end date.
    """
    first = row.start + dt.timedelta(days=(session.day.number - row.start.weekday()) % 7)
    out = []
    day = first
    while day <= row.end:
        out.append(day)
        day += dt.timedelta(weeks=session.every_weeks)
    return out


def event_uid(learner_name: str, module_id: str, index: int) -> str:
    """A UID that stays the same across exports of the same learner and module: the ``index``-th
    event of the module (its sessions in order; one event for a module without sessions)."""
    digest = hashlib.sha256(f"{learner_name}\x1f{module_id}\x1f{index}".encode()).hexdigest()[:32]
    return f"{digest}@leerroute"


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\r\n\t]+")


def text(value: str, *, lines: bool = False) -> str:
    """Text for a calendar property: control characters (CR, NUL, ESC, …) removed; line breaks kept only
    where a property holds several lines (``lines``), else made spaces. icalendar escapes the rest.

    >>> text("Anna\\nde Vries\\x1b[2J"), text("a\\r\\nb", lines=True)
    ('Anna de Vries[2J', 'a\\nb')
    """
    if not lines:
        value = _LINE_BREAKS.sub(" ", value)
    return _CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _description(sp: StudyPlan, row: ModuleRow) -> str:
    lines = [sp.label("ics.offering", offering=row.offering_name), sp.label("ics.mode", mode=row.mode_label)]
    lines += list(row.flags)
    return text("\n".join(lines), lines=True)


def _session_event(sp: StudyPlan, row: ModuleRow, index: int, session: Session, stamp: dt.datetime) -> Event | None:
    dates = session_dates(row, session)
    if not dates:
        return None
    ev = Event()
    ev.add("uid", event_uid(sp.learner_name, row.module_id, index))
    ev.add("dtstamp", stamp)
    ev.add("summary", text(row.title))
    ev.add("dtstart", dt.datetime.combine(dates[0], session.start, tzinfo=TZ))
    ev.add("dtend", dt.datetime.combine(dates[0], session.end, tzinfo=TZ))
    rule: dict[str, object] = {"freq": "weekly"}
    if session.every_weeks > 1:
        rule["interval"] = session.every_weeks
    # with a TZID on DTSTART, UNTIL must be in UTC (RFC 5545 3.3.10): the start of the last session
    rule["until"] = dt.datetime.combine(dates[-1], session.start, tzinfo=TZ).astimezone(dt.UTC)
    ev.add("rrule", rule)
    skipped = [dt.datetime.combine(d, session.start, tzinfo=TZ) for d in dates if sp.is_study_free(d)]
    if skipped:
        ev.add("exdate", skipped)
    ev.add("location", text(row.place or mode_label("online", sp.language)))
    ev.add("description", _description(sp, row))
    return ev


def _period_event(sp: StudyPlan, row: ModuleRow, stamp: dt.datetime) -> Event:
    ev = Event()
    ev.add("uid", event_uid(sp.learner_name, row.module_id, 0))
    ev.add("dtstamp", stamp)
    ev.add("summary", text(row.title))
    ev.add("dtstart", row.start)
    ev.add("dtend", row.end + dt.timedelta(days=1))
    ev.add("transp", "TRANSPARENT")
    ev.add("location", text(row.place or mode_label("online", sp.language)))
    ev.add("description", _description(sp, row))
    return ev


def build_calendar(study_plan: StudyPlan, *, now: dt.datetime | None = None) -> Calendar:
    """The study plan's calendar: a recurring event per weekly session, an all-day event per module
    without sessions, and the VTIMEZONE of Europe/Amsterdam."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//Leerroute//Study plan//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", text(study_plan.label("ics.calendar", name=study_plan.learner_name)))
    cal.add("x-wr-timezone", TZID)
    for row in study_plan.modules:
        if row.sessions:
            for index, session in enumerate(row.sessions):
                event = _session_event(study_plan, row, index, session, stamp)
                if event is not None:
                    cal.add_component(event)
        else:
            cal.add_component(_period_event(study_plan, row, stamp))
    if study_plan.modules:
        first = min(r.start for r in study_plan.modules) - dt.timedelta(days=366)
        last = max(r.end for r in study_plan.modules) + dt.timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal


def render_ics(study_plan: StudyPlan) -> bytes:
    """The iCalendar file of a study plan, as bytes."""
    return build_calendar(study_plan).to_ical()


def write_ics(study_plan: StudyPlan, path: Path | str) -> None:
    """Write the study plan's iCalendar file to ``path`` atomically.

    Raises :class:`~planner.errors.ExportError` when the path cannot be written.
    """
    write_file(path, render_ics(study_plan))
