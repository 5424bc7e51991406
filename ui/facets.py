"""How a module is taught and assessed, in the window: the learner's wishes (*must*, *prefer*, *avoid*,
*never* per facet, and the weeks they give for them) and one line per offering (docs/hoe.md)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.facettypes import FACET_VALUES, Choice, Facet, FacetWish, HowWishes, OfferingHow


def _labels() -> dict[str, str]:
    # built per call so that a language switch takes effect at once
    return {
        "pacing": QCoreApplication.translate("facets", "pacing"), "activity": QCoreApplication.translate("facets", "learning activity"), "grouping": QCoreApplication.translate("facets", "group work"),
        "assessment": QCoreApplication.translate("facets", "assessment"), "supervision": QCoreApplication.translate("facets", "supervision"), "route": QCoreApplication.translate("facets", "route"),
        "self-paced": QCoreApplication.translate("facets", "self-paced"), "cohort": QCoreApplication.translate("facets", "with a cohort"),
        "lecture": QCoreApplication.translate("facets", "lecture"), "tutorial": QCoreApplication.translate("facets", "tutorial"), "practical": QCoreApplication.translate("facets", "practical"),
        "project": QCoreApplication.translate("facets", "project"), "workshop": QCoreApplication.translate("facets", "workshop"),
        "skills-training": QCoreApplication.translate("facets", "skills training"), "independent-study": QCoreApplication.translate("facets", "independent study"),
        "work-based": QCoreApplication.translate("facets", "work-based learning"), "individual": QCoreApplication.translate("facets", "individual"),
        "group": QCoreApplication.translate("facets", "in a group"), "written-exam": QCoreApplication.translate("facets", "written exam"),
        "digital-exam": QCoreApplication.translate("facets", "digital exam"), "oral-exam": QCoreApplication.translate("facets", "oral exam"),
        "portfolio": QCoreApplication.translate("facets", "portfolio"), "assignment": QCoreApplication.translate("facets", "assignment"),
        "presentation": QCoreApplication.translate("facets", "presentation"), "practical-exam": QCoreApplication.translate("facets", "practical exam"),
        "workplace": QCoreApplication.translate("facets", "assessment at work"), "unsupervised": QCoreApplication.translate("facets", "unsupervised"),
        "supervised-online": QCoreApplication.translate("facets", "supervised online (proctoring)"),
        "supervised-on-site": QCoreApplication.translate("facets", "supervised on site"), "taught": QCoreApplication.translate("facets", "lessons and assessment"),
        "assessment-only": QCoreApplication.translate("facets", "assessment only (EVC)"), "not-described": QCoreApplication.translate("facets", "not described"),
        "must": QCoreApplication.translate("facets", "must"), "prefer": QCoreApplication.translate("facets", "prefer"), "avoid": QCoreApplication.translate("facets", "avoid"),
        "never": QCoreApplication.translate("facets", "never"),
    }


def facet_label(value: str) -> str:
    """A facet, a value of one or a choice, in the interface language (the value itself if unknown)."""
    return _labels().get(value, value)


def describe_how(how: OfferingHow | None) -> str:
    """One line on how an offering is taught and assessed, in the interface language."""
    if how is None:
        return facet_label("not-described")
    parts: list[str] = []
    if how.assessment_only:
        parts.append(facet_label("assessment-only"))
    if how.pacing is not None:
        parts.append(facet_label(how.pacing.value))
    if how.activities:
        parts.append(", ".join(facet_label(a.value) for a in how.activities))
    if how.group_work:
        parts.append(facet_label("group"))
    if how.contact_hours is not None:
        parts.append(QCoreApplication.translate("facets", "{hours} contact h/week").format(hours=f"{how.contact_hours:g}"))
    if how.assessment:
        parts.append(QCoreApplication.translate("facets", "assessed by {kinds}").format(kinds=", ".join(facet_label(a.value) for a in how.assessment)))
    if how.supervision is not None:
        parts.append(facet_label(how.supervision.value))
    if how.identity_check:
        parts.append(QCoreApplication.translate("facets", "identity checked"))
    return "; ".join(parts) or facet_label("not-described")


def wish_label(w: FacetWish) -> str:
    """'never: oral exam (assessment)' in the interface language."""
    return f"{facet_label(w.choice.value)}: {facet_label(w.value)} ({facet_label(w.facet.value)})"


class FacetWishes(QGroupBox):
    """The learner's wishes on how they learn: a list, a row to add one, and the weeks they give.

    Emits ``edited`` with the new wishes (as a plain dict, for the learner's undoable edit); shows
    whatever :meth:`set_wishes` gives it and never changes the learner itself.
    """

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How I like to learn"), parent)
        self.setObjectName("facetWishes")
        self._wishes = HowWishes()
        self._updating = False
        self.list = QListWidget(self)
        self.list.setObjectName("facetWishList")
        self.list.setAccessibleName(self.tr("Wishes on how I learn"))
        self.list.setMaximumHeight(110)
        self.list.setWordWrap(True)  # a long wish wraps in the narrow panel instead of scrolling sideways
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facet = QComboBox(self)
        self.facet.setObjectName("facetCombo")
        self.facet.setAccessibleName(self.tr("Facet"))
        self.value = QComboBox(self)
        self.value.setObjectName("facetValueCombo")
        self.value.setAccessibleName(self.tr("Value"))
        self.choice = QComboBox(self)
        self.choice.setObjectName("facetChoiceCombo")
        self.choice.setAccessibleName(self.tr("Choice"))
        self.add = QPushButton(self.tr("Add"), self)
        self.add.setObjectName("facetAdd")
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setObjectName("facetRemove")
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("facetWeeksLater")
        self.weeks.setRange(0, 104)
        self.weeks.setKeyboardTracking(False)
        self.weeks.setAccessibleName(self.tr("Weeks later for how I like to learn"))
        self.hint = QLabel(self.tr("Must and never are kept always; prefer and avoid only where they cost no more "
                                   "weeks than you give here."), self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("facetHint")

        # the side panel is narrow: the combos give up width before the window does (their popups show whole texts)
        for combo in (self.choice, self.facet, self.value):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        row = QHBoxLayout()
        row.addWidget(self.choice)
        row.addWidget(self.facet, 1)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.add)
        weeks_row = QHBoxLayout()
        weeks_row.addWidget(QLabel(self.tr("Up to"), self))
        weeks_row.addWidget(self.weeks)
        weeks_text = QLabel(self.tr("weeks later for how I like to learn"), self)
        weeks_text.setWordWrap(True)
        weeks_row.addWidget(weeks_text, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(row)
        lay.addLayout(value_row)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.remove)
        lay.addLayout(actions)
        lay.addLayout(weeks_row)
        lay.addWidget(self.hint)

        self._fill_combos()
        self.facet.currentIndexChanged.connect(self._fill_values)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))
        self.weeks.valueChanged.connect(self._weeks_changed)
        self.remove.setEnabled(False)

    def _fill_combos(self) -> None:
        self.facet.clear()
        for f in Facet:
            self.facet.addItem(facet_label(f.value), f.value)
        self.choice.clear()
        for c in Choice:
            self.choice.addItem(facet_label(c.value), c.value)
        self._fill_values()

    def _fill_values(self) -> None:
        facet = Facet(self.facet.currentData() or Facet.PACING.value)
        self.value.clear()
        for v in FACET_VALUES[facet]:
            self.value.addItem(facet_label(v.value), v.value)

    def set_wishes(self, wishes: HowWishes) -> None:
        """Show the learner's wishes (no signal)."""
        self._updating = True
        try:
            self._wishes = wishes
            self.list.clear()
            for w in wishes.wishes:
                item = QListWidgetItem(wish_label(w))
                item.setToolTip(self.tr("Must and never: always kept. Prefer and avoid: weighed after the finish date."))
                self.list.addItem(item)
            self.weeks.setValue(wishes.weeks_later)
            self.remove.setEnabled(False)
        finally:
            self._updating = False

    def _emit(self, wishes: list[dict[str, Any]], weeks: int) -> None:
        if not self._updating:
            self.edited.emit({"wishes": wishes, "weeksLater": weeks})

    def _current(self) -> list[dict[str, Any]]:
        return [w.model_dump(mode="json") for w in self._wishes.wishes]

    def _add(self) -> None:
        new = {"facet": self.facet.currentData(), "value": self.value.currentData(), "choice": self.choice.currentData()}
        kept = [w for w in self._current() if (w["facet"], w["value"]) != (new["facet"], new["value"])]
        self._emit([*kept, new], self.weeks.value())

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._wishes.wishes):
            self._emit([w for i, w in enumerate(self._current()) if i != row], self.weeks.value())

    def _weeks_changed(self, weeks: int) -> None:
        self._emit(self._current(), weeks)
