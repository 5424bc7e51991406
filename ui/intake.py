"""A new learner at the advisor's table: a short intake in the order of the conversation.

Goal first, then the week (start, hours, free time), then places and modes, then notes; what the
learner can already show is ticked afterwards in the learner panel, next to the goal's outcomes.
Nothing is copied from the learner shown before: a new learner starts blank, on the next Monday.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.catalog import CatalogueSet
from planner.models import Learner, Mode
from ui import language
from ui.availability import AvailabilityGrid, cells_to_windows
from ui.goalpicker import fill_goal_combo, select_goal
from ui.palette import DATE_FORMAT, mode_label, qdate


def next_monday(today: dt.date | None = None) -> dt.date:
    """The first Monday after ``today`` (a week later when today is a Monday).

    >>> next_monday(dt.date(2026, 12, 1))
    datetime.date(2026, 12, 7)
    """
    today = today or dt.date.today()
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


class NewLearnerDialog(QDialog):
    """The intake of a new learner; :meth:`learner` is the result once accepted."""

    DEFAULT_HOURS = 8.0

    def __init__(self, cs: CatalogueSet, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newLearnerDialog")
        self.setWindowTitle(self.tr("New learner"))
        self._cs = cs

        self.name = QLineEdit(self)
        self.name.setObjectName("intakeName")
        self.name.setPlaceholderText(self.tr("First name or a label"))
        self.goal = QComboBox(self)
        self.goal.setObjectName("intakeGoal")
        self.goal.setAccessibleName(self.tr("Goal"))
        fill_goal_combo(self.goal, cs)
        select_goal(self.goal, None)
        self.goal_about = QLabel(self)
        self.goal_about.setObjectName("intakeGoalAbout")
        self.goal_about.setWordWrap(True)
        self.goal_about.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_about.setStyleSheet("color:#555")
        self.goal.currentIndexChanged.connect(self._goal_shown)

        self.start = QDateEdit(self)
        self.start.setObjectName("intakeStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(DATE_FORMAT)
        self.start.setDate(qdate(next_monday(today)))
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("intakeHours")
        self.hours.setRange(1, 80)
        self.hours.setDecimals(1)
        self.hours.setValue(self.DEFAULT_HOURS)
        self.hours.setSuffix(self.tr(" h/week"))
        self.grid = AvailabilityGrid(self)
        self.grid.setObjectName("intakeFreeTime")

        self.modes: dict[str, QCheckBox] = {}
        modes_row = QHBoxLayout()
        for m in Mode:
            cb = QCheckBox(mode_label(m.value), self)
            cb.setObjectName(f"intakeMode_{m.value}")
            cb.setChecked(True)
            self.modes[m.value] = cb
            modes_row.addWidget(cb)
        modes_row.addStretch(1)
        self.any_place = QCheckBox(self.tr("Any place"), self)
        self.any_place.setObjectName("intakeAnyPlace")
        self.any_place.setChecked(True)
        self.places: dict[str, QCheckBox] = {}
        places_grid = QGridLayout()
        places_grid.setContentsMargins(16, 0, 0, 0)
        for loc in sorted({f.location for f in cs.offerings.values() if f.location}):
            cb = QCheckBox(loc, self)
            cb.setObjectName(f"intakePlace_{loc}")
            cb.setChecked(True)
            places_grid.addWidget(cb, len(self.places) // 3, len(self.places) % 3)
            self.places[loc] = cb
        self.places_box = QWidget(self)
        self.places_box.setLayout(places_grid)
        self.places_box.setEnabled(False)
        self.any_place.toggled.connect(lambda on: self.places_box.setEnabled(not on))

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("intakeNotes")
        self.notes.setPlaceholderText(self.tr("Background, agreements made in the intake…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)

        goal_box = QGroupBox(self.tr("1. Who, and what for"), self)
        gf = QFormLayout(goal_box)
        gf.addRow(self.tr("&Name:"), self.name)
        gf.addRow(self.tr("&Goal:"), self.goal)
        gf.addRow("", self.goal_about)
        week_box = QGroupBox(self.tr("2. The week"), self)
        wl = QVBoxLayout(week_box)
        wf = QFormLayout()
        wf.addRow(self.tr("&Start:"), self.start)
        wf.addRow(self.tr("&Hours:"), self.hours)
        wl.addLayout(wf)
        wl.addWidget(QLabel(self.tr("Free time each week (drag to paint; leave empty for any time):"), self))
        wl.addWidget(self.grid)
        where_box = QGroupBox(self.tr("3. How and where"), self)
        pl = QVBoxLayout(where_box)
        pl.addLayout(modes_row)
        pl.addWidget(self.any_place)
        pl.addWidget(self.places_box)
        notes_box = QGroupBox(self.tr("4. Notes"), self)
        nl = QVBoxLayout(notes_box)
        nl.addWidget(self.notes)
        hint = QLabel(self.tr("What the learner can already show (diplomas, badges, experience) is ticked next, "
                              "in the learner panel under “What I can already do”."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        nl.addWidget(hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start planning"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.goal.currentData() is not None)

        # two columns, in the order of the conversation: who and what for, the week; then where, notes
        lay = QGridLayout(self)
        lay.addWidget(goal_box, 0, 0)
        lay.addWidget(week_box, 0, 1, 3, 1)
        lay.addWidget(where_box, 1, 0)
        lay.addWidget(notes_box, 2, 0)
        lay.addWidget(self.buttons, 3, 0, 1, 2)
        lay.setColumnStretch(0, 1)
        lay.setColumnStretch(1, 1)
        self.goal.setMinimumContentsLength(28)
        self._goal_shown()

    def _goal_shown(self) -> None:
        gid = self.goal.currentData()
        goal = self._cs.goals.get(gid) if gid else None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok) if hasattr(self, "buttons") else None
        if ok is not None:
            ok.setEnabled(goal is not None)
        if goal is None:
            self.goal_about.setText(self.tr("Choose a goal to plan toward."))
            return
        n = len(goal.all_outcomes())
        about = self.tr("{n} outcomes, {m} milestones").format(n=n, m=len(goal.milestones))
        if goal.description is not None:
            about = language.text(goal.description) + "\n" + about
        self.goal_about.setText(about)

    def learner(self) -> Learner:
        """The new learner as entered: nothing proven, no holidays, nothing pinned or excluded."""
        places = None if self.any_place.isChecked() else [p for p, cb in self.places.items() if cb.isChecked()]
        return Learner.model_validate({
            "name": self.name.text().strip() or self.tr("New learner"),
            "goal": self.goal.currentData(),
            "start": self.start.date().toPython(),
            "hours_per_week": self.hours.value(),
            "availability": cells_to_windows(self.grid.cells),
            "modes": [m for m, cb in self.modes.items() if cb.isChecked()] or [m.value for m in Mode],
            "places": places,
            "notes": self.notes.toPlainText(),
        })
