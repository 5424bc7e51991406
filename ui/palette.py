"""Colours of the plan views: one per mode of delivery, readable on white with dark text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from planner.models import Mode, Session, Weekday

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


DATE_FORMAT = "d MMM yyyy"


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate (built from its parts: not every PySide6 version types QDate(date))."""
    return QDate(day.year, day.month, day.day)


def fmt_date(day: dt.date) -> str:
    """A date as '7 Sep 2026' in the UI language."""
    return QLocale().toString(qdate(day), DATE_FORMAT)


def mode_colour(mode: str) -> QColor:
    return MODE_COLOURS.get(str(mode), QColor("#bbbbbb"))


def mode_label(mode: str) -> str:
    labels = {
        Mode.ONLINE.value: QCoreApplication.translate("mode", "online"),
        Mode.CAMPUS.value: QCoreApplication.translate("mode", "on campus"),
        Mode.WORKPLACE.value: QCoreApplication.translate("mode", "at the workplace"),
        Mode.HYBRID.value: QCoreApplication.translate("mode", "hybrid"),
    }
    return labels.get(str(mode), str(mode))


def fmt_number(value: float, decimals: int = 2) -> str:
    """A number in the UI language with at most ``decimals`` decimals and no trailing zeros:
    '1.440', '51,43', '2,75' in Dutch."""
    loc = QLocale()
    value = round(float(value), decimals)
    if value.is_integer():
        return loc.toString(int(value))
    return loc.toString(value, "f", decimals).rstrip("0").rstrip(loc.decimalPoint())


def fmt_money(value: float) -> str:
    """An amount in whole euros with the UI language's digit grouping: '€ 4.950'."""
    return "€ " + fmt_number(round(value))


def day_name(index: int) -> str:
    """The short name of a weekday (Monday 0 … Sunday 6) in the UI language: 'ma', 'Mon'."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


def session_label(session: Session) -> str:
    """A weekly session as 'ma 19:00–21:30' (day name in the UI language)."""
    text = f"{day_name(Weekday(session.day).number)} {session.start:%H:%M}–{session.end:%H:%M}"
    if session.every_weeks > 1:
        text += QCoreApplication.translate("mode", " (every {n} weeks)").format(n=session.every_weeks)
    return text
