"""Component offerings: the lectures, practicals and tests of a course offering, each with its own
date, time and place (OOAPI v5 ``offeringType: component`` with ``courseOffering``; v6 learning and
test component offerings with ``courseOfferingIds``). They are planned as part of their course
offering: sessions on the same weekday and time that recur become a weekly session (counted against
the learner's free windows and other modules' sessions), the rest — tests, one-offs — dated events
of the offering (their time in the learner's free windows, their town among the learner's places).
Whatever of them is not used is named in the report by the usual leaf accounting."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from pydantic import ValidationError

from planner.importers.ooapi.courses import State
from planner.importers.ooapi.read import Item
from planner.importers.ooapi.values import as_list, city, name_of, ref_id
from planner.importers.report import NoteKind
from planner.models import Event, Mode, Offering, Session, Weekday

#: the id fields of a component offering, v6 then v5
ID_KEYS = ("learningComponentOfferingId", "testComponentOfferingId", "offeringId")
#: fields that name the course offering(s) a component offering belongs to
_COURSE_OFFERING_KEYS = ("courseOfferingIds", "courseOfferings", "courseOffering", "courseOfferingId")
#: fields that name the component offered (an id, or the component expanded)
_COMPONENT_KEYS = ("learningComponentId", "learningComponent", "componentId", "component")


def is_component_offering(it: Item) -> bool:
    """Whether an offering item offers a component (a lecture, a test…) rather than a course or programme."""
    d = it.data
    if "learningComponentOfferingId" in d or "testComponentOfferingId" in d:
        return True
    return "offeringId" in d and (d.get("offeringType") == "component" or "courseOffering" in d)


def component_offering_id(it: Item) -> str:
    """Its own id."""
    return next((str(it.data[k]) for k in ID_KEYS if isinstance(it.data.get(k), str)), "?")


def course_offerings_of(it: Item) -> tuple[list[str], str | None]:
    """The ids of the course offerings it belongs to, and the field that names them."""
    for key in _COURSE_OFFERING_KEYS:
        value = it.get(key)
        ids = [x for x in (ref_id(v, "courseOfferingId") for v in (value if isinstance(value, list) else [value])) if x]
        if ids:
            return ids, key
    return [], None


def collect(items: list[Item], st: State) -> None:
    """File each component offering under the course offerings it names (the others stay for
    :func:`~planner.importers.ooapi.offerings.make_offering`, which names them)."""
    for it in items:
        if it.kind == "component" and isinstance(it.get("componentId"), str):
            st.component_items.setdefault(str(it.get("componentId")), it)
    for it in items:
        if it.kind == "offering" and is_component_offering(it):
            ids, _ = course_offerings_of(it)
            for cid in ids:
                st.components.setdefault(cid, []).append(it)


def _moment(value: object) -> tuple[dt.date, dt.time | None] | None:
    """The date and (when given) the local time of an RFC 3339 date-time, as the institution wrote it."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        if len(value) <= 10:
            return dt.date.fromisoformat(value), None
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return moment.date(), moment.time().replace(second=0, microsecond=0, tzinfo=None)


def _kind(it: Item, st: State) -> str:
    """test, lecture, practical… from the kind of offering or the component's ``componentType``."""
    if "testComponentOfferingId" in it.data:
        return "test"
    for key in _COMPONENT_KEYS:
        value = it.get(key)
        comp = st.component_items.get(ref_id(value, "componentId") or "")
        holder = comp if comp is not None else None
        ctype = holder.get("componentType") if holder is not None else (
            value.get("componentType") if isinstance(value, Mapping) else None)
        if isinstance(ctype, str) and ctype.strip():
            if holder is not None:
                holder.use("componentId", "componentType")
            return ctype.strip().lower().replace(" ", "_")[:60]
    return "session"


def _event(it: Item, st: State) -> Event | None:
    """The dated event of one component offering; None (and a note) when it has no usable date."""
    start, end = _moment(it.get("startDateTime")), _moment(it.get("endDateTime"))
    if start is None:
        it.done = True
        st.report.skipped(it.file, it.path, "component.no_date", id=component_offering_id(it))
        return None
    it.use("startDateTime")
    one_day = end is None or end[0] == start[0]
    times = (start[1], end[1]) if end is not None and one_day and start[1] is not None and end[1] is not None \
        and end[1] > start[1] else (None, None)
    if end is not None and (times[0] is not None or not one_day or end[1] is None):
        it.use("endDateTime")
    place, where = city(it)
    if place is not None and where is not None:
        it.use(f"{where}.city", f"{where}.addressType")
    name = name_of(it.data)
    if name:
        it.use("name")
    try:
        return Event(kind=_kind(it, st), date=start[0], until=end[0] if end is not None and not one_day else None,
                     start=times[0], end=times[1], place=place[:200] if place else None, name=name[:200] if name else None)
    except ValidationError as exc:
        it.done = True
        st.report.skipped(it.file, it.path, "item.invalid", kind="component offering", id=component_offering_id(it),
                          error=str(exc.errors()[0]["msg"]))
        return None


#: How long after its course offering ends a component (a resit) may still be dated.
RESIT_WEEKS = 26


def _last_day(offering: Offering) -> dt.date:
    return offering.starts[0] + dt.timedelta(weeks=offering.weeks, days=-1)


def _outside(event: Event, offering: Offering) -> bool:
    """Whether an event is dated before its (single-start) course offering begins, or more than
    :data:`RESIT_WEEKS` after it ends."""
    if not offering.starts:
        return False
    return event.date < offering.starts[0] or event.date > _last_day(offering) + dt.timedelta(weeks=RESIT_WEEKS)


def attach(offering: Offering, course_offering: str, st: State) -> Offering:
    """The offering with the sessions and dated events of its component offerings."""
    parts = st.components.pop(course_offering, [])
    if not parts:
        return offering
    if offering.flexible:
        for it in parts:
            it.done = True
            st.report.dropped(it.file, it.path, "component.flexible", id=component_offering_id(it), parent=course_offering)
        return offering
    events: list[tuple[Event, Item]] = []
    for it in parts:
        it.use(*(k for k in (*ID_KEYS, "offeringType") if k in it.data))
        _, key = course_offerings_of(it)
        if key is not None and key != "courseOfferings":
            it.use(key)
        elif key == "courseOfferings":
            it.use(*(f"courseOfferings[{i}].courseOfferingId" for i, _ in enumerate(as_list(it.get(key)))))
        for k in ("learningComponentId", "componentId"):
            if isinstance(it.get(k), str):
                it.use(k)
        if (event := _event(it, st)) is None:
            continue
        if _outside(event, offering):  # a date from another year or another run: planned it would mislead
            it.done = True
            st.report.dropped(it.file, it.path, "component.outside", id=component_offering_id(it), date=str(event.date),
                              parent=course_offering, first=str(offering.starts[0]), last=str(_last_day(offering)))
            continue
        events.append((event, it))
    weekly: dict[tuple[int, dt.time | None, dt.time | None], list[tuple[Event, Item]]] = defaultdict(list)
    for event, it in events:
        if not event.is_test and event.start is not None and event.until is None:
            weekly[(event.date.weekday(), event.start, event.end)].append((event, it))
    sessions: list[Session] = []
    folded: set[int] = set()
    for (day, start, end), group in weekly.items():
        if len(group) < 2 or start is None or end is None:
            continue
        dates = sorted({e.date for e, _ in group})
        every = max(1, min(52, min(((b - a).days // 7 for a, b in zip(dates, dates[1:], strict=False)), default=1)))
        session = Session(day=list(Weekday)[day], start=start, end=end, every_weeks=every)
        sessions.append(session)
        folded.update(id(e) for e, _ in group)
        first = group[0][1]
        first.note(st.report, NoteKind.GUESSED, "startDateTime", "component.weekly", count=len(group), kind=group[0][0].kind,
                   session=session.label(), first=str(dates[0]), last=str(dates[-1]))
    rest = sorted((e for e, _ in events if id(e) not in folded), key=lambda e: (e.date, e.start or dt.time()))
    update: dict[str, object] = {"sessions": [*offering.sessions, *sessions], "events": rest[:500]}
    on_site = next(((e, it) for e, it in events if e.place), None)
    if offering.mode == Mode.ONLINE and on_site is not None:  # an online course with a test on site is hybrid
        update.update(mode=Mode.HYBRID, location=on_site[0].place)
        on_site[1].note(st.report, NoteKind.GUESSED, "addresses", "component.on_site", id=course_offering,
                        place=on_site[0].place or "")
    return offering.model_copy(update=update)


def unplaced(st: State) -> None:
    """Name the component offerings whose course offering was not imported."""
    seen: set[int] = set()
    for parent, parts in st.components.items():
        for it in parts:
            if id(it) in seen or it.done:
                continue
            seen.add(id(it))
            it.done = True
            st.report.skipped(it.file, it.path, "component.no_course_offering", id=component_offering_id(it), parent=parent)
    st.components.clear()
