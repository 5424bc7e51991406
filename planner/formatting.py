"""Amounts, numbers, dates, weekdays, modes of delivery and sessions as text, in Dutch or English,
without Qt: the one source of format.

The command line, plan-file notes, exported documents (PDF, CSV, calendar) and the window
(``ui/palette.py`` passes the interface language) all write values with these functions, so one
value reads the same on every face: '€ 4.950' and '7 sep 2026' in Dutch, '€4,950' and
'7 Sep 2026' in English.

>>> money(4950, "nl"), money(4950, "en")
('€ 4.950', '€4,950')
>>> number(51.4286, "nl"), number(1440, "nl"), number(2.5, "en")
('51,43', '1.440', '2.5')
>>> date(dt.date(2027, 7, 2), "nl"), date(dt.date(2027, 7, 2), "en")
('2 jul 2027', '2 Jul 2027')
>>> mode_label("campus", "nl"), mode_label("workplace", "en")
('op de campus', 'at the workplace')
"""

from __future__ import annotations

import datetime as dt

from planner.values import Session

#: Languages the planner writes; anything else falls back to English.
LANGUAGES = ("nl", "en")

_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
}
_MONTHS_LONG = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
}
_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
}
#: Modes of delivery in words, per language.
MODES: dict[str, dict[str, str]] = {
    "online": {"nl": "online", "en": "online"},
    "campus": {"nl": "op de campus", "en": "on campus"},
    "workplace": {"nl": "op de werkplek", "en": "at the workplace"},
    "hybrid": {"nl": "hybride", "en": "hybrid"},
}
_EVERY = {"nl": "om de {n} weken", "en": "every {n} weeks"}
_DAYS_LONG = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}


def lang(language: str | None) -> str:
    """``language`` when the planner writes it, else English.

    >>> lang("nl"), lang("de"), lang(None)
    ('nl', 'en', 'en')
    """
    return language if language in LANGUAGES else "en"


def number(value: float, language: str = "en", decimals: int = 2) -> str:
    """A number with at most ``decimals`` decimals, no trailing zeros, grouped by thousands."""
    value = round(float(value), decimals)
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang(language) == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def money(value: float, language: str = "en") -> str:
    """An amount in whole euros: '€ 4.950' in Dutch, '€4,950' in English."""
    whole = number(round(float(value)), language, 0)
    return f"€ {whole}" if lang(language) == "nl" else f"€{whole}"


def date(day: dt.date, language: str = "en") -> str:
    """A date as '2 jul 2027' (Dutch) or '2 Jul 2027' (English)."""
    return f"{day.day} {_MONTHS[lang(language)][day.month - 1]} {day.year}"


def month(day: dt.date, language: str = "en", year: bool = False) -> str:
    """The month of a date, short, optionally with its year: 'sep' / 'Sep', 'sep 2026' / 'Sep 2026'."""
    name = _MONTHS[lang(language)][day.month - 1]
    return f"{name} {day.year}" if year else name


def long_date(day: dt.date, language: str = "en") -> str:
    """A date as '2 juli 2027' (Dutch) or '2 July 2027' (English)."""
    return f"{day.day} {_MONTHS_LONG[lang(language)][day.month - 1]} {day.year}"


def weekday(index: int, language: str = "en", long: bool = False) -> str:
    """The name of a weekday, Monday 0 … Sunday 6: 'ma' / 'Mon', or 'maandag' / 'Monday'."""
    return (_DAYS_LONG if long else _DAYS)[lang(language)][index]


def mode_label(mode: str, language: str = "en") -> str:
    """A mode of delivery in words: 'op de campus' / 'on campus'; an unknown mode as it is."""
    value = str(getattr(mode, "value", mode))
    return MODES[value][lang(language)] if value in MODES else value


def session_label(session: Session, language: str = "en") -> str:
    """A weekly session as 'ma 19:00–21:30' (Dutch) or 'Mon 19:00–21:30', with 'every N weeks'.

    >>> from planner.values import Session
    >>> session_label(Session(day="tue", start="19:00", end="21:30", every_weeks=2), "nl")
    'di 19:00–21:30 (om de 2 weken)'
    """
    text = f"{weekday(session.day.number, language)} {session.start:%H:%M}–{session.end:%H:%M}"
    if session.every_weeks > 1:
        text += f" ({_EVERY[lang(language)].format(n=session.every_weeks)})"
    return text


_AND = {"nl": "en", "en": "and"}
_OR = {"nl": "of", "en": "or"}


def join_words(items: list[str], language: str = "en", conjunction: str = "and") -> str:
    """Items as one phrase: 'A, B and C' / 'A, B en C'; ``conjunction`` "or" gives 'A, B or C' / 'A, B of C'.

    >>> join_words(["online", "hybride", "op de campus"], "nl", "or"), join_words(["A"], "en")
    ('online, hybride of op de campus', 'A')
    """
    word = (_OR if conjunction == "or" else _AND)[lang(language)]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def times_label(times: dict[str, object], language: str = "en") -> str:
    """A weekly session or free window as a message carries it (``{"day": "sat", "start": "09:30",
    "end": "15:30", "every_weeks": 2}``): 'za 09:30–15:30 om de 2 weken' / 'Sat 09:30–15:30 every 2 weeks'.

    >>> times_label({"day": "sat", "start": "09:30:00", "end": "15:30"}, "nl")
    'za 09:30–15:30'
    """
    days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    day = str(times.get("day", ""))
    name = weekday(days.index(day), language) if day in days else day
    text = f"{name} {str(times.get('start', ''))[:5]}–{str(times.get('end', ''))[:5]}"
    every = times.get("every_weeks") or 1
    if isinstance(every, int) and every > 1:
        text += f" {_EVERY[lang(language)].format(n=every)}"  # (no brackets: the message may put it in some)
    return text
