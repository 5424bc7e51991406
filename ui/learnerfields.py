"""The learner's fields, built once for both places that ask for them: the learner panel
(:mod:`ui.learnerform`, every change an undoable edit) and the intake of a new learner
(:mod:`ui.intake`, read once at the end). Each lays the fields out its own way; the fields, their
ranges and how their values are read are the same.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from planner.models import Mode
from ui.availability import AvailabilityGrid
from ui.datefield import DateField
from ui.moneyfield import MoneyField
from ui.palette import mode_label
from ui.plaintext import elide, plain_tip


class NotesEdit(QPlainTextEdit):
    """Free text that is handed over when the field loses focus (one undo step per visit)."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        super().focusOutEvent(event)
        self.editingFinished.emit()


class LearnerFields(QObject):
    """The learner's field widgets, children of ``parent``; ``names`` gives each its object name
    (keys: name, goal, start, hours, has_deadline, deadline, has_budget, budget, any_place, notes,
    grid, and the prefixes mode and place)."""

    def __init__(self, parent: QWidget, names: Mapping[str, str], *, mode_columns: int, place_columns: int,
                 min_hours: float = 0.0, goal_length: int = 16) -> None:
        super().__init__(parent)
        self._parent = parent
        self._names = names
        self.place_columns = place_columns

        def named(widget: QWidget, key: str) -> None:
            if key in names:
                widget.setObjectName(names[key])

        self.name = QLineEdit(parent)
        named(self.name, "name")
        self.goal = QComboBox(parent)
        named(self.goal, "goal")
        self.goal.setAccessibleName(self.tr("Goal"))
        self.goal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal.setMinimumContentsLength(goal_length)
        self.start = DateField(parent)
        named(self.start, "start")
        self.start.setAccessibleName(self.tr("Start date"))
        self.hours = QDoubleSpinBox(parent)
        named(self.hours, "hours")
        self.hours.setRange(min_hours, 80)
        self.hours.setSingleStep(1)
        self.hours.setDecimals(1)
        self.hours.setSuffix(self.tr(" h/week"))
        self.hours.setKeyboardTracking(False)
        self.has_deadline = QCheckBox(self.tr("Deadline"), parent)
        named(self.has_deadline, "has_deadline")
        self.deadline = DateField(parent)
        named(self.deadline, "deadline")
        self.deadline.setAccessibleName(self.tr("Deadline date"))
        self.has_budget = QCheckBox(self.tr("Budget"), parent)
        named(self.has_budget, "has_budget")
        self.budget = MoneyField(parent)  # '€ 9.000', as the summary and the documents write it
        named(self.budget, "budget")
        self.budget.setAccessibleName(self.tr("Budget in euros"))
        self.budget.setRange(0, 1_000_000)
        self.budget.setSingleStep(250)
        self.budget.setKeyboardTracking(False)

        # how: the modes of study the learner accepts
        self.modes: dict[str, QCheckBox] = {}
        self.modes_grid = QGridLayout()
        for k, m in enumerate(Mode):
            cb = QCheckBox(mode_label(m.value), parent)
            cb.setObjectName(f"{names.get('mode', 'mode_')}{m.value}")
            self.modes[m.value] = cb
            self.modes_grid.addWidget(cb, k // mode_columns, k % mode_columns)

        # where: any place, or the places ticked
        self.any_place = QCheckBox(self.tr("Any place"), parent)
        named(self.any_place, "any_place")
        self.places_box = QWidget(parent)
        self.places_lay = QGridLayout(self.places_box)
        self.places_lay.setContentsMargins(16, 0, 0, 0)
        self.places: dict[str, QCheckBox] = {}

        self.notes = NotesEdit(parent)
        named(self.notes, "notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Background, agreements made in the intake…"))
        self.notes.setTabChangesFocus(True)

        self.grid = AvailabilityGrid(parent)
        named(self.grid, "grid")

    def set_places(self, locations: Sequence[str], chosen: Sequence[str] | None) -> list[QCheckBox]:
        """One box per location, ticked when in ``chosen`` (all of them for None: any place); the
        new boxes, for the caller to connect."""
        for cb in self.places.values():
            cb.deleteLater()
        self.places = {}
        prefix = self._names.get("place", "place_")
        for loc in locations:
            cb = QCheckBox(elide(loc, 28), self.places_box)
            cb.setToolTip(plain_tip(loc))
            cb.setObjectName(f"{prefix}{loc}")
            cb.setChecked(chosen is None or loc in chosen)
            self.places_lay.addWidget(cb, len(self.places) // self.place_columns, len(self.places) % self.place_columns)
            self.places[loc] = cb
        self.any_place.setChecked(chosen is None)
        self.places_box.setEnabled(chosen is not None)
        return list(self.places.values())

    def places_value(self) -> list[str] | None:
        """The places ticked; None for any place."""
        if self.any_place.isChecked():
            return None
        return [p for p, cb in self.places.items() if cb.isChecked()]

    def modes_value(self) -> list[str]:
        """The modes ticked."""
        return [m for m, cb in self.modes.items() if cb.isChecked()]
