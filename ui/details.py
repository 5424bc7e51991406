"""Details of one module in the route: offering, outcomes, why it is there, and the edits on it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.catalog import CatalogueSet
from planner.models import Learner, Offering
from planner.plan import Plan, PlannedModule
from planner.requirements import describe
from ui import language
from ui.facets import describe_how, how_facts
from ui.messages import render
from ui.outcomemodels import ProvenModel
from ui.palette import event_label, fmt_date, fmt_money, fmt_number, mode_label, session_label
from ui.plaintext import elide, plain_tip


def _e(text: object) -> str:
    return html.escape(str(text))


class DetailsPanel(QWidget):
    """Shows the selected module; its buttons ask the window for learner edits."""

    pinRequested = Signal(str)
    unpinRequested = Signal(str)
    excludeRequested = Signal(str)
    offeringChosen = Signal(str, str)
    provenRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self._item: PlannedModule | None = None
        self._cs: CatalogueSet | None = None
        self._learner: Learner | None = None
        self.text = QTextBrowser(self)
        self.text.setObjectName("detailsText")
        self.text.setAccessibleName(self.tr("Module details"))
        self.text.setOpenExternalLinks(False)

        self.pin = QPushButton(self.tr("&Pin"), self)
        self.pin.setObjectName("pinButton")
        self.pin.setToolTip(self.tr("Keep this module and offering in the route"))
        self.exclude = QPushButton(self.tr("E&xclude"), self)
        self.exclude.setObjectName("excludeButton")
        self.exclude.setToolTip(self.tr("Plan a route without this module"))
        self.offerings = QComboBox(self)
        self.offerings.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.offerings.setMinimumContentsLength(10)
        self.offerings.setObjectName("offeringCombo")
        self.offerings.setAccessibleName(self.tr("Other offerings of this module"))
        self.use_offering = QPushButton(self.tr("&Use this offering"), self)
        self.use_offering.setObjectName("useOfferingButton")
        self.outcome = QComboBox(self)
        self.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcome.setMinimumContentsLength(10)
        self.outcome.setObjectName("provenOutcomeCombo")
        self.outcome.setAccessibleName(self.tr("Outcome to mark as proven"))
        self.evidence = QComboBox(self)
        self.evidence.setObjectName("provenEvidenceCombo")
        self.evidence.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.evidence.setMinimumContentsLength(10)
        self.evidence.setAccessibleName(self.tr("Kind of evidence"))
        # short names in the narrow panel (the long one cut mid-word: "werkervaring (aan te tonen"); the whole one as tip
        short = {"experience": self.tr("work experience (EVC)"), "evc": self.tr("EVC")}
        for value, label in ProvenModel.evidence_labels().items():
            self.evidence.addItem(short.get(value, label), value)
            self.evidence.setItemData(self.evidence.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.evidence.setCurrentIndex(self.evidence.findData("experience"))
        self.mark = QPushButton(self.tr("I &can already show this"), self)
        self.mark.setObjectName("markProvenButton")
        self.mark.setToolTip(self.tr(
            "A diploma, edubadge or passed EVC proves the outcome and the route skips it; work experience "
            "lets the route use an assessment-only (EVC) route for it"))

        edits = QGroupBox(self.tr("Change the route"), self)
        grid = QGridLayout(edits)
        row = QHBoxLayout()
        row.addWidget(self.pin)
        row.addWidget(self.exclude)
        row.addStretch(1)
        grid.addLayout(row, 0, 0, 1, 2)
        # each choice under its label, the whole width of the panel (a narrow window leaves it ~260 px)
        grid.addWidget(QLabel(self.tr("Offering:"), edits), 1, 0, 1, 2)
        grid.addWidget(self.offerings, 2, 0, 1, 2)
        grid.addWidget(self.use_offering, 3, 1)
        grid.addWidget(QLabel(self.tr("Outcome:"), edits), 4, 0, 1, 2)
        grid.addWidget(self.outcome, 5, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Evidence:"), edits), 6, 0, 1, 2)
        grid.addWidget(self.evidence, 7, 0, 1, 2)
        grid.addWidget(self.mark, 8, 1)
        grid.setColumnStretch(1, 1)
        self.edits = edits

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.text, 1)
        lay.addWidget(edits)

        self.pin.clicked.connect(self._pin_clicked)
        self.exclude.clicked.connect(lambda: self._item and self.excludeRequested.emit(self._item.module))
        self.use_offering.clicked.connect(self._use_clicked)
        self.mark.clicked.connect(self._mark_clicked)
        self.show_item(None, None, None)

    @property
    def module(self) -> str | None:
        return self._item.module if self._item else None

    def show_module(self, module: str | None, plan: Plan | None, cs: CatalogueSet | None,
                    learner: Learner | None) -> None:
        item = plan.item_for_module(module) if plan and module else None
        self.show_item(item, cs, learner)

    def show_item(self, item: PlannedModule | None, cs: CatalogueSet | None, learner: Learner | None) -> None:
        self._item, self._cs, self._learner = item, cs, learner
        self.edits.setEnabled(item is not None and learner is not None)
        self.offerings.clear()
        self.outcome.clear()
        if item is None:
            self.text.setHtml("<p style='color:#666'>" + _e(self.tr("Select a module in the timeline or the list "
                                                                    "to see why it is in your route.")) + "</p>")
            return
        pinned = bool(learner and (item.module in learner.pinned or item.offering in learner.pinned))
        self.pin.setText(self.tr("Un&pin") if pinned else self.tr("&Pin"))
        title = lambda o: cs.outcome_title(o, language.current()) if cs else o  # noqa: E731
        # weekly sessions, then test dates and one-offs (OOAPI component offerings)
        weekly = ", ".join(session_label(s) for s in item.sessions)
        sessions = "; ".join([weekly, *(event_label(e) for e in item.events)] if weekly else
                             [event_label(e) for e in item.events]) or self.tr("none (self-paced)")
        facts = [
            (self.tr("Offering"), f"{mode_label(item.mode)}" + (f", {item.location}" if item.location else "")),
            (self.tr("When"), self.tr("{start} – {end} (weeks {a}–{b} of your route)").format(
                start=fmt_date(item.start_date), end=fmt_date(item.end_date), a=item.start_week,
                b=item.end_week - 1)),
            (self.tr("Study load"), self.tr("{ec} EC, {hours} hours, {hpw} hours a week").format(
                ec=fmt_number(item.ec), hours=fmt_number(item.study_hours), hpw=fmt_number(item.hours_per_week))),
            (self.tr("Cost"), self._cost(item.cost, cs.offerings.get(item.offering) if cs else None)),
            (self.tr("Sessions"), sessions),
        ]
        module = cs.modules.get(item.module) if cs else None
        if module is not None and module.requires is not None:
            words = {"and": self.tr("and"), "or": self.tr("or"), "completed": self.tr("{what} completed"),
                     "alongside": self.tr("{outcome} (before or alongside)"), "ec": self.tr("{n} EC"),
                     "modules": self.tr("{n} modules"), "module": self.tr("1 module"), "from": self.tr("{what} ({pool})")}
            facts.append((self.tr("Requires"), describe(module.requires, title, words)))
        offering = cs.offerings.get(item.offering) if cs else None
        facts += how_facts(item.how or (offering.how if offering else None))  # how taught and assessed (ui/facets.py)
        if item.assessment_only:
            facts.append((self.tr("Kind"), self.tr("assessment only (EVC): shows what you already master")))
        if item.microcredential:
            facts.append((self.tr("Certificate"), self.tr("microcredential (edubadge)")))
        rows = "".join(f"<tr><td style='color:#555;padding-right:8px'>{_e(k)}</td><td>{_e(v)}</td></tr>"
                       for k, v in facts)
        outcomes = "".join(f"<li>{_e(title(o))}</li>" for o in item.outcomes)
        none = self.tr("No reason recorded by the planner.")
        reasons = "".join(f"<li>{_e(render(m, cs=cs))}</li>" for m in item.reasons) or f"<li>{_e(none)}</li>"
        why, gains = self.tr("Why is this in my route?"), self.tr("Outcomes you gain")
        self.text.setHtml(
            f"<h3>{_e(language.item_title(item))}</h3>"
            f"<table>{rows}</table>"
            f"<h4>{_e(why)}</h4><ul>{reasons}</ul>"
            f"<h4>{_e(gains)}</h4><ul>{outcomes}</ul>"
        )
        if cs is not None:
            for f in cs.offerings_of(item.module):
                label = mode_label(f.mode) + (f", {f.location}" if f.location else "")
                label += self.tr(" — {weeks} weeks, {hours} h/week, {cost}").format(
                    weeks=f.weeks, hours=fmt_number(f.hours_per_week), cost=self._cost(f.cost, f))
                label += f" — {describe_how(f.how)}"
                if f.id == item.offering:
                    label += self.tr(" (in route)")
                self.offerings.addItem(label, f.id)
            self.offerings.setCurrentIndex(max(0, self.offerings.findData(item.offering)))
        proven = learner.proven_ids() if learner else set()
        for o in item.outcomes:
            if o not in proven:
                self.outcome.addItem(elide(title(o), 120), o)
                self.outcome.setItemData(self.outcome.count() - 1, plain_tip(title(o)), Qt.ItemDataRole.ToolTipRole)
        self.use_offering.setEnabled(self.offerings.count() > 1)
        self.mark.setEnabled(self.outcome.count() > 0)

    def _cost(self, cost: float, offering: Offering | None) -> str:
        """The price, or that it is unknown (an imported offering whose price was not published)."""
        if offering is not None and not offering.cost_known:
            return self.tr("price unknown (not published)")
        return fmt_money(cost)

    def _pin_clicked(self) -> None:
        if not self._item:
            return
        learner = self._learner
        if learner and (self._item.module in learner.pinned or self._item.offering in learner.pinned):
            self.unpinRequested.emit(self._item.module)
        else:
            self.pinRequested.emit(self._item.module)

    def _use_clicked(self) -> None:
        offering = self.offerings.currentData()
        if self._item and offering:
            self.offeringChosen.emit(self._item.module, str(offering))

    def _mark_clicked(self) -> None:
        outcome = self.outcome.currentData()
        if outcome:
            self.provenRequested.emit(str(outcome), str(self.evidence.currentData()))
