"""Colours of the plan views (one per mode of delivery, readable on white with dark text), and the
window's thin calls into :mod:`planner.formatting` for amounts, dates, modes and sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from planner import formatting
from planner.models import Mode, Session
from ui import language

MODE_COLOURS: dict[str, QColor] = {
    Mode.ONLINE.value: QColor("#7fb2e5"),
    Mode.CAMPUS.value: QColor("#f2b36b"),
    Mode.WORKPLACE.value: QColor("#8fcf8f"),
    Mode.HYBRID.value: QColor("#c5a3de"),
}
CAPACITY = QColor("#c0392b")
MET = QColor("#2e8b3a")
MISSED = QColor("#c0392b")
FREE = QColor("#e3f4e1")
GRID = QColor("#d0d0d0")


#: How a date is typed and shown in date fields ('7 Sep 2026'); texts use :func:`fmt_date`.
DATE_FORMAT = "d MMM yyyy"


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate (built from its parts: not every PySide6 version types QDate(date))."""
    return QDate(day.year, day.month, day.day)


def mode_colour(mode: str) -> QColor:
    return MODE_COLOURS.get(str(mode), QColor("#bbbbbb"))


# The window writes values as the command line and the documents do: planner.formatting in the
# interface language ('€ 4.950', '7 sep 2026' in Dutch; '€4,950', '7 Sep 2026' in English).


def fmt_date(day: dt.date) -> str:
    """A date as '7 Sep 2026' in the interface language."""
    return formatting.date(day, language.current())


def fmt_month(day: dt.date, year: bool = False) -> str:
    """The month of a date in the interface language: 'Sep', or 'Sep 2026' with its year."""
    return formatting.month(day, language.current(), year)


def mode_label(mode: str) -> str:
    """A mode of delivery in words in the interface language: 'op de campus', 'on campus'."""
    return formatting.mode_label(mode, language.current())


def fmt_number(value: float, decimals: int = 2) -> str:
    """A number in the interface language with at most ``decimals`` decimals and no trailing zeros:
    '1.440', '51,43', '2,75' in Dutch."""
    return formatting.number(value, language.current(), decimals)


def fmt_money(value: float) -> str:
    """An amount in whole euros in the interface language: '€ 4.950', '€4,950'."""
    return formatting.money(value, language.current())


def day_name(index: int) -> str:
    """The short name of a weekday (Monday 0 … Sunday 6) in the interface language: 'ma', 'Mon'."""
    return formatting.weekday(index, language.current())


def session_label(session: Session) -> str:
    """A weekly session as 'ma 19:00–21:30' in the interface language, with 'every N weeks'."""
    return formatting.session_label(session, language.current())


def counted(n: int, one: str, many: str) -> str:
    """``one`` (n is 1) or ``many`` (any other n, 0 too: so in Dutch and English), with ``{n}`` filled in;
    both texts come translated: ``counted(k, self.tr("{n} outcome"), self.tr("{n} outcomes"))``."""
    return (one if n == 1 else many).format(n=n)
