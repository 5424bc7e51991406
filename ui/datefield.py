"""A date field that takes dates as people type them: "5 Jan 2026", "5 januari 2026", "5-1-2026",
"2026-01-05", "5 jan" (this year). A calendar button picks one with the mouse.

A ``QDateEdit`` edits a date section by section: typing "5 Jan 2026" over a selected date gave
7 Jan 2026, and every key press was an edit. Here the text is read once, when typing ends (Return,
Tab or a click elsewhere); text that is no date is put back and said so in the tooltip.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ui.palette import fmt_date, qdate


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in (QLocale(QLocale.Language.English), QLocale(QLocale.Language.Dutch), QLocale()):
        for m in range(1, 13):
            for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                names[locale.monthName(m, fmt).lower().rstrip(".")] = m
                names[locale.standaloneMonthName(m, fmt).lower().rstrip(".")] = m
    names.update({"mrt": 3, "sept": 9, "okt": 10, "mei": 5})
    return names


_MONTHS: dict[str, int] | None = None


def parse_date(text: str, this_year: int) -> dt.date | None:
    """The date in ``text``, or None. Day first (as in Dutch and British writing), or ISO.

    >>> parse_date("5 Jan 2026", 2025), parse_date("5-1-2026", 2025), parse_date("2026-01-05", 2025)
    (datetime.date(2026, 1, 5), datetime.date(2026, 1, 5), datetime.date(2026, 1, 5))
    >>> parse_date("5 maart", 2027), parse_date("31 Feb 2026", 2025), parse_date("soon", 2025)
    (datetime.date(2027, 3, 5), None, None)
    """
    global _MONTHS
    s = text.strip().lower().replace(",", " ")
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{2}|\d{4}))?", s):
            year = int(m[3]) if m[3] else this_year
            return dt.date(year + 2000 if year < 100 else year, int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{1,2})\.?\s*([^\W\d_]+)\.?\s*(\d{4})?", s):
            if _MONTHS is None:
                _MONTHS = _month_names()
            month = _MONTHS.get(m[2]) or next((v for k, v in _MONTHS.items() if len(m[2]) >= 3 and k.startswith(m[2])), None)
            if month is None:
                return None
            return dt.date(int(m[3]) if m[3] else this_year, month, int(m[1]))
    except ValueError:
        return None
    return None


class DateField(QWidget):
    """A typed date with a calendar button; :attr:`dateChanged` when the user settles on another."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.button = QToolButton(self)
        self.button.setObjectName("dateCalendarButton")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.clicked.connect(self._pick)
        self.calendar: QCalendarWidget | None = None  # made when first wanted (it brings 24 month actions)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._typed)
        self._show()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: QDate | dt.date) -> None:  # noqa: N802 - Qt naming
        """Show ``day`` (no signal when it is the date shown)."""
        d = day if isinstance(day, QDate) else qdate(day)
        if d != self._date:
            self._date = QDate(d)
            self.dateChanged.emit(QDate(d))
        self._show()

    def hasFocus(self) -> bool:  # noqa: N802 - Qt naming
        return self.edit.hasFocus()

    def selectAll(self) -> None:  # noqa: N802 - Qt naming
        self.edit.selectAll()

    def _show(self) -> None:
        d = self._date
        self.edit.setText(fmt_date(dt.date(d.year(), d.month(), d.day())))  # as every date in the window reads
        self.edit.setToolTip(self.tr("Type a date such as “5 Jan 2026” or “5-1-2026”, or pick one with ▾"))

    def _pick(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("dateCalendar")
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        self.calendar.setSelectedDate(self._date)
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self._settle(day)

    def _typed(self) -> None:
        day = parse_date(self.edit.text(), self._date.year())
        if day is None:
            typed = self.edit.text()
            self._show()
            if typed.strip() and typed != self.edit.text():
                self.edit.setToolTip(self.tr("“{text}” is not a date; type it like “5 Jan 2026” or “5-1-2026”")
                                     .format(text=typed))
            return
        self._settle(qdate(day))

    def _settle(self, d: QDate) -> None:
        self.setDate(d)
