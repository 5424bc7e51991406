"""An offering as a person names it, in Dutch or English: where, when in the week, from when.

Documents and calendars show this name instead of the offering's id, so an advisor reads
'Campus Deventer, dinsdagavond, vanaf 6 sep 2027' where a machine reads
``hs-oost:ict-beroepsproduct-dev-avond``.

>>> from planner.values import Session
>>> tue = Session(day="tue", start="19:00", end="21:30")
>>> offering_name("campus", "Zwolle", [tue], dt.date(2026, 9, 7), "en")
'Campus Zwolle, Tuesday evenings, from 7 Sep 2026'
>>> offering_name("campus", "Zwolle", [tue], dt.date(2026, 9, 7), "nl")
'Campus Zwolle, dinsdagavond, vanaf 7 sep 2026'
>>> wed = Session(day="wed", start="19:00", end="21:30")
>>> offering_name("hybrid", "Enschede", [tue, wed], dt.date(2026, 9, 7), "nl")
'Hybride, Enschede, dinsdag- en woensdagavond, vanaf 7 sep 2026'
>>> offering_name("online", None, [], dt.date(2026, 9, 7), "en", flexible=True)
'Online, self-paced'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner import formatting as fmt
from planner.values import Session

#: The mode and place as the start of the name; {place} is the location.
_WHERE = {
    "online": {"nl": "Online", "en": "Online"},
    "campus": {"nl": "Campus {place}", "en": "Campus {place}"},
    "hybrid": {"nl": "Hybride, {place}", "en": "Hybrid, {place}"},
    "workplace": {"nl": "Werkplek {place}", "en": "Workplace {place}"},
}
_PART_OF_DAY = {
    "morning": {"nl": "ochtend", "en": "mornings"},
    "afternoon": {"nl": "middag", "en": "afternoons"},
    "evening": {"nl": "avond", "en": "evenings"},
}
_SELF_PACED = {"nl": "in eigen tempo", "en": "self-paced"}
_NO_TIMES = {"nl": "geen vaste tijden", "en": "no fixed times"}
_FROM = {"nl": "vanaf {date}", "en": "from {date}"}


def _part_of_day(session: Session) -> str:
    if session.start.hour >= 17:
        return "evening"
    return "morning" if session.start.hour < 12 else "afternoon"


def session_words(sessions: Sequence[Session], language: str) -> str:
    """The weekly sessions as a person says them: 'dinsdagavond', 'Monday and Wednesday evenings'."""
    lang = fmt.lang(language)
    parts: dict[str, list[str]] = {}
    for s in sorted(sessions, key=lambda s: (s.day.number, s.start)):
        days = parts.setdefault(_part_of_day(s), [])
        day = fmt.weekday(s.day.number, lang, long=True)
        if day not in days:
            days.append(day)
    said = []
    for part, days in parts.items():
        if lang == "nl":
            # 'maandag- en woensdagavond'
            head = "-, ".join(days[:-1])
            said.append((head + "- en " if head else "") + days[-1] + _PART_OF_DAY[part]["nl"])
        else:
            said.append(", ".join(days[:-1]) + (" and " if len(days) > 1 else "") + days[-1] + " " + _PART_OF_DAY[part]["en"])
    return ", ".join(said)


def offering_name(
    mode: str,
    place: str | None,
    sessions: Sequence[Session],
    start: dt.date | None,
    language: str,
    *,
    flexible: bool = False,
) -> str:
    """The name of an offering: mode and place, its weekly sessions (or 'self-paced'), and its start
    date when the offering runs in cohorts (``flexible`` False)."""
    lang = fmt.lang(language)
    value = str(getattr(mode, "value", mode))
    where = _WHERE.get(value, {"nl": "{place}", "en": "{place}"})[lang].format(place=place or "").strip(" ,")
    if value == "online" and place:
        where += f" ({place})"
    parts = [where or fmt.mode_label(value, lang)]
    if sessions:
        parts.append(session_words(sessions, lang))
    else:
        parts.append((_SELF_PACED if flexible else _NO_TIMES)[lang])
    if start is not None and not flexible:
        parts.append(_FROM[lang].format(date=fmt.date(start, lang)))
    return ", ".join(parts)
