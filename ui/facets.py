"""How a module is taught and assessed, in the window: the learner's wishes (*must*, *prefer*, *avoid*,
*never* per facet, and the weeks they give for them) and one line per offering (docs/hoe.md)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
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

from planner.facets import ec_by_value
from planner.facettypes import FACET_VALUES, Choice, Facet, FacetWish, HowWishes, OfferingHow, Pacing
from planner.plan import Plan
from ui.palette import fmt_number


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


def taught_label(how: OfferingHow | None) -> str:
    """How an offering is taught, in the interface language: 'self-paced; independent study; 0.5 contact h/week'."""
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
        parts.append(QCoreApplication.translate("facets", "{hours} contact h/week").format(hours=fmt_number(how.contact_hours)))
    return "; ".join(parts) or facet_label("not-described")


def assessed_label(how: OfferingHow | None) -> str:
    """How an offering is assessed, in the interface language: 'digital exam; supervised online; identity checked'."""
    if how is None or not (how.assessment or how.supervision is not None):
        return facet_label("not-described")
    parts = [", ".join(facet_label(a.value) for a in how.assessment)] if how.assessment else []
    if how.supervision is not None:
        parts.append(facet_label(how.supervision.value))
    if how.identity_check:
        parts.append(QCoreApplication.translate("facets", "identity checked"))
    return "; ".join(parts)


def describe_how(how: OfferingHow | None) -> str:
    """One line on how an offering is taught and assessed, in the interface language."""
    if how is None:
        return facet_label("not-described")
    return QCoreApplication.translate("facets", "{taught} — assessed by {assessed}").format(
        taught=taught_label(how), assessed=assessed_label(how))


def short_how(how: OfferingHow | None) -> str:
    """' (self-paced; digital exam)': pacing and assessment in a few words, for lists; '' when not described."""
    if how is None:
        return ""
    parts = ([facet_label(how.pacing.value)] if how.pacing is not None else []) + [facet_label(a.value) for a in how.assessment]
    return f" ({'; '.join(parts)})" if parts else ""


def how_facts(how: OfferingHow | None) -> list[tuple[str, str]]:
    """The module details' rows on how it is taught and assessed."""
    return [(QCoreApplication.translate("facets", "How taught"), taught_label(how)),
            (QCoreApplication.translate("facets", "How assessed"), assessed_label(how))]


def share_rows(plans: list[Plan | None]) -> list[tuple[str, list[str]]]:
    """Comparison rows: the share of a route's EC per pacing and per assessment type, for the values
    any of the routes has ('—' for a column without a route)."""
    facets = (Facet.PACING, Facet.ASSESSMENT)
    shares: list[tuple[float, list[dict[str, float]]] | None] = []
    for plan in plans:
        if plan is None or not plan.items or plan.totals is None or plan.totals.ec <= 0:
            shares.append(None)
            continue
        route = [(it.how, it.ec) for it in plan.items]
        shares.append((plan.totals.ec, [ec_by_value(f, route) for f in facets]))
    names = (QCoreApplication.translate("facets", "{value} (share of EC)"),
             QCoreApplication.translate("facets", "assessed by {value} (share of EC)"))
    rows: list[tuple[str, list[str]]] = []
    for k, name in enumerate(names):
        for v in sorted({v for s in shares if s is not None for v in s[1][k]}):
            cells = ["—" if s is None else f"{round(100 * s[1][k].get(v, 0.0) / s[0])}%" for s in shares]
            rows.append((name.format(value=facet_label(v)), cells))
    return rows


LEGEND_H = 22  # height of the timeline's legend row, pixels


def decorate_bar(bar: QGraphicsRectItem, rect: QRectF, how: OfferingHow | None) -> None:
    """Mark a timeline bar by how it is taught: hatched when self-paced, a dashed outline when it is
    an assessment only (the colour stays the mode's)."""
    if how is None:
        return
    if how.pacing == Pacing.SELF_PACED:
        hatch = QGraphicsRectItem(rect, bar)
        hatch.setBrush(QBrush(QColor(0, 0, 0, 70), Qt.BrushStyle.BDiagPattern))
        hatch.setPen(QPen(Qt.PenStyle.NoPen))
        hatch.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    if how.assessment_only:
        pen = QPen(bar.pen())
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(max(1.5, pen.widthF()))
        bar.setPen(pen)


def _legend_entries() -> list[tuple[QBrush | None, Qt.PenStyle, str]]:
    return [
        (QBrush(QColor(0, 0, 0, 70), Qt.BrushStyle.BDiagPattern), Qt.PenStyle.SolidLine, facet_label("self-paced")),
        (QBrush(Qt.BrushStyle.NoBrush), Qt.PenStyle.SolidLine, facet_label("cohort")),
        (QBrush(Qt.BrushStyle.NoBrush), Qt.PenStyle.DashLine, facet_label("assessment-only")),
        (None, Qt.PenStyle.NoPen, QCoreApplication.translate("facets", "colour: mode of study")),
    ]


def _legend_places(font: QFont, width: float) -> tuple[list[tuple[float, int]], int]:
    """Where each legend entry goes (x, row) when a row is ``width`` wide; and the number of rows."""
    fm = QFontMetricsF(font)
    x, row, out = 0.0, 0, []
    for brush, _style, text in _legend_entries():
        w = (24 if brush is not None else 0) + fm.horizontalAdvance(text)
        if x > 0 and x + w > width:
            x, row = 0.0, row + 1
        out.append((x, row))
        x += w + 18
    return out, row + 1


def legend_rows(font: QFont, width: float) -> int:
    """How many rows the timeline's legend needs in ``width`` pixels (its entries wrap, never cut)."""
    return _legend_places(font, width)[1]


def add_legend(scene: QGraphicsScene, x: float, y: float, font: QFont, width: float = 1e9,
               parent: QGraphicsItem | None = None) -> None:
    """The timeline's legend: a hatched and a plain swatch (self-paced, with a cohort) and a dashed
    outline (assessment only); the bar's colour is its mode. Entries wrap to rows of ``width``
    (:func:`legend_rows`); with ``parent``, they move with it (the column that follows the scroll)."""
    places, _rows = _legend_places(font, width)
    for (brush, style, text), (dx, row) in zip(_legend_entries(), places, strict=True):
        top = y + row * LEGEND_H
        left = x + dx
        if brush is not None:
            swatch = scene.addRect(QRectF(left, top + 2, 18, 10), QPen(QColor("#555555"), 1, style), brush)
            swatch.setToolTip(text)
            if parent is not None:
                swatch.setParentItem(parent)
            left += 24
        label = scene.addSimpleText(text, font)
        label.setBrush(QColor("#444444"))
        label.setPos(left, top)
        if parent is not None:
            label.setParentItem(parent)


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

    def wishes(self) -> HowWishes:
        """The wishes shown."""
        return self._wishes

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
