"""A new learner at the advisor's table: a short guided intake in the order of the conversation.

Six steps: who and the goal; the week (start, hours, free time); time off, limits and milestones;
how and where (modes, places, notes); what the learner can already show (the goal's outcomes,
ticked with their evidence); how the learner likes to learn and who else is involved (advisor,
institution, employer). Every step but the first may be left as it is and finished early. Nothing
is copied from the learner shown before: a new learner starts blank, on the next Monday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner.catalog import CatalogueSet
from planner.facettypes import HowWishes
from planner.models import Evidence, Learner, Mode
from ui import language
from ui.availability import cells_to_windows
from ui.facets import FacetWishes
from ui.goalpicker import fill_goal_combo, select_goal
from ui.itemmodels import RangesModel
from ui.learnerfields import LearnerFields
from ui.outcomemodels import ProvenModel
from ui.palette import counted, fmt_date, qdate
from ui.plaintext import elide, plain_tip


def next_monday(today: dt.date | None = None) -> dt.date:
    """The first Monday after ``today`` (a week later when today is a Monday).

    >>> next_monday(dt.date(2026, 12, 1))
    datetime.date(2026, 12, 7)
    """
    today = today or dt.date.today()
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


class NewLearnerDialog(QWizard):
    """The intake of a new learner; :meth:`learner` is the result once accepted."""

    DEFAULT_HOURS = 8.0

    def __init__(self, cs: CatalogueSet, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newLearnerDialog")
        self.setWindowTitle(self.tr("New learner"))
        self._cs = cs

        f = self.fields = LearnerFields(self, {
            "name": "intakeName", "goal": "intakeGoal", "start": "intakeStart", "hours": "intakeHours",
            "has_deadline": "intakeHasDeadline", "deadline": "intakeDeadline", "has_budget": "intakeHasBudget",
            "budget": "intakeBudget", "any_place": "intakeAnyPlace", "notes": "intakeNotes", "grid": "intakeFreeTime",
            "advisor": "intakeAdvisor", "institution": "intakeInstitution", "employer": "intakeEmployer",
            "mode": "intakeMode_", "place": "intakePlace_"}, mode_columns=len(Mode), place_columns=4, min_hours=1,
            goal_length=28)
        self.name, self.goal, self.start, self.hours, self.grid = f.name, f.goal, f.start, f.hours, f.grid
        self.modes, self.any_place, self.places_box, self.notes = f.modes, f.any_place, f.places_box, f.notes
        self.name.setPlaceholderText(self.tr("First name or a label"))
        fill_goal_combo(self.goal, cs)
        select_goal(self.goal, None)
        self.goal_about = QLabel(self)
        self.goal_about.setObjectName("intakeGoalAbout")
        self.goal_about.setWordWrap(True)
        self.goal_about.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_about.setStyleSheet("color:#555")
        self.goal.currentIndexChanged.connect(self._goal_shown)

        self.start.setDate(qdate(next_monday(today)))
        self.hours.setValue(self.DEFAULT_HOURS)
        for cb in self.modes.values():
            cb.setChecked(True)
        f.modes_grid.setColumnStretch(len(Mode), 1)
        f.set_places(sorted({o.location for o in cs.offerings.values() if o.location}), None)
        self.any_place.toggled.connect(lambda on: self.places_box.setEnabled(not on))
        self.notes.setMinimumHeight(60)
        # unticking "Any place" starts from none ticked: the next click ticks the place meant
        self.any_place.toggled.connect(self._any_place_toggled)

        # time off, limits and the goal's milestones
        f.deadline.setDate(qdate(next_monday(today) + dt.timedelta(days=365)))
        f.deadline.setEnabled(False)
        f.has_deadline.toggled.connect(f.deadline.setEnabled)
        f.budget.setEnabled(False)
        f.has_budget.toggled.connect(f.budget.setEnabled)
        self.holidays = RangesModel("holidays", lambda rows, _text: self.holidays.set_rows(rows), self)
        self.holidays_view = QTableView(self)
        self.holidays_view.setObjectName("intakeHolidays")
        self.holidays_view.setAccessibleName(self.tr("Holidays (no study)"))
        self.holidays_view.setModel(self.holidays)
        self.holidays_view.verticalHeader().hide()
        self.holidays_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.holidays_view.setMaximumHeight(120)
        add = QPushButton(self.tr("Add a holiday"), self)
        add.setObjectName("intakeAddHoliday")
        add.clicked.connect(self.add_holiday)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("intakeRemoveHoliday")
        remove.clicked.connect(self._remove_holiday)
        self.milestones_box = QWidget(self)
        self.milestones_lay = QVBoxLayout(self.milestones_box)
        self.milestones_lay.setContentsMargins(0, 0, 0, 0)
        self.milestones: dict[str, QCheckBox] = {}
        self._milestones_goal: str | None = None

        # what the learner can already show: the goal's outcomes, ticked with their evidence
        self.shown = QTreeWidget(self)
        self.shown.setObjectName("intakeProven")
        self.shown.setAccessibleName(self.tr("Outcomes you can already show"))
        self.shown.setHeaderLabels([self.tr("Outcome of the goal"), self.tr("Shown with")])
        self.shown.setRootIsDecorated(False)
        self.shown.setUniformRowHeights(True)
        self.shown.setMinimumHeight(220)
        self.shown.header().setStretchLastSection(False)
        self.shown.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.shown.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.shown.header().resizeSection(1, 190)
        self.evidence: dict[str, QComboBox] = {}
        self._shown_goal: str | None = None
        self._filling = False
        self.shown.itemChanged.connect(self._ticked_changed)

        self.addPage(self._page(self.tr("Who, and what for"), self.tr(
            "The learner's name (or a label) and the goal to plan toward."),
            self._form([(self.tr("&Name:"), self.name), (self.tr("&Goal:"), self.goal), ("", self.goal_about)]),
            complete=lambda: self.goal.currentData() is not None))
        week = QWidget(self)
        wl = QVBoxLayout(week)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self._form([(self.tr("&Start:"), self.start), (self.tr("&Hours:"), self.hours)]))
        wl.addWidget(QLabel(self.tr("Free time each week (drag to paint; leave empty for any time):"), self))
        wl.addWidget(self.grid)
        self.addPage(self._page(self.tr("The week"), self.tr(
            "When the learner starts, how many hours a week there are for study, and when."), week))
        limits = QWidget(self)
        ll = QVBoxLayout(limits)
        ll.setContentsMargins(0, 0, 0, 0)
        limits_form = self._form([])
        form_layout = limits_form.layout()
        assert isinstance(form_layout, QFormLayout)
        form_layout.addRow(f.has_deadline, f.deadline)
        form_layout.addRow(f.has_budget, f.budget)
        ll.addWidget(limits_form)
        ll.addWidget(QLabel(self.tr("Milestones that must be reached in time:"), self))
        ll.addWidget(self.milestones_box)
        ll.addWidget(QLabel(self.tr("Holidays (no study):"), self))
        ll.addWidget(self.holidays_view)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        ll.addLayout(buttons)
        self.limits_page = self._page(self.tr("Time off, limits and milestones"), self.tr(
            "Weeks without study, a deadline or budget if there is one, and the milestones the route must meet."),
            limits, complete=self._limits_complete)
        for changed in (f.has_deadline.toggled, f.deadline.dateChanged, self.start.dateChanged):
            changed.connect(lambda *_a: self.limits_page.completeChanged.emit())
        self.addPage(self.limits_page)
        where = QWidget(self)
        pl = QVBoxLayout(where)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(f.modes_grid)
        pl.addWidget(self.any_place)
        pl.addWidget(self.places_box)
        pl.addWidget(QLabel(self.tr("Notes (background, agreements):"), self))
        pl.addWidget(self.notes)
        self.addPage(self._page(self.tr("How and where"), self.tr(
            "Ways of studying the learner accepts, the places within reach, and notes of the conversation."), where))
        self.addPage(self._page(self.tr("What you can already show"), self.tr(
            "A diploma, an edubadge or a passed EVC proves an outcome; work experience opens an assessment."),
            self.shown))
        self.how = FacetWishes(self)  # how the learner likes to learn (ui/facets.py), kept as edited
        self.how.edited.connect(lambda how: self.how.set_wishes(HowWishes.model_validate(how)))
        last = QWidget(self)
        lastl = QVBoxLayout(last)
        lastl.setContentsMargins(0, 0, 0, 0)
        lastl.addWidget(self.how, 1)
        lastl.addWidget(QLabel(self.tr("Who else is involved (printed on the study plan):"), self))
        lastl.addWidget(self._form([(self.tr("Study &advisor:"), f.advisor), (self.tr("&Institution:"), f.institution),
                                    (self.tr("&Employer:"), f.employer)]))
        self.addPage(self._page(self.tr("How I like to learn, and who is involved"), self.tr(
            "Must and never are always kept; prefer and avoid are weighed after the finish date. "
            "The advisor and employer are named on the study plan and sign it."), last))
        self.currentIdChanged.connect(lambda _i: self._fill_shown())
        self.currentIdChanged.connect(lambda _i: self._fill_milestones())
        for n, page_id in enumerate(self.pageIds(), start=1):
            page = self.page(page_id)
            page.setTitle(self.tr("Step {n} of {m}: {title}").format(n=n, m=len(self.pageIds()), title=page.title()))
        self.start.dateChanged.connect(lambda _d: self._fill_milestones(force=True))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start planning"))
        self.goal.setMinimumContentsLength(28)
        self.setMinimumWidth(680)  # outcome titles are sentences; fits a 1024 × 700 screen
        self._goal_shown()

    def _form(self, rows: list[tuple[str, QWidget]]) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in rows:
            form.addRow(label, widget)
        return box

    def _page(self, title: str, subtitle: str, body: QWidget, complete: Callable[[], bool] | None = None) -> QWizardPage:
        page = _Page(complete, self)
        page.setTitle(title)
        page.setSubTitle(subtitle)
        page.setFinalPage(True)  # every step may be left as it is: finish whenever the goal is chosen
        QVBoxLayout(page).addWidget(body)
        self.goal.currentIndexChanged.connect(lambda _i: page.completeChanged.emit())
        return page

    def _any_place_toggled(self, on: bool) -> None:
        if not on:
            for cb in self.fields.places.values():
                cb.setChecked(False)

    def _start_day(self) -> dt.date:
        day = self.start.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _limits_complete(self) -> bool:
        """A deadline, when given, lies after the start (a learner file refuses one that does not)."""
        return self.goal.currentData() is not None and (
            not self.fields.has_deadline.isChecked() or self.fields.deadline.date() > self.start.date())

    def add_holiday(self) -> None:
        """A two-week holiday after the last one (or a week after the start)."""
        rows = self.holidays.rows()
        start = max([r["end"] for r in rows], default=self._start_day()) + dt.timedelta(days=7)
        self.holidays.set_rows([*rows, {"start": start, "end": start + dt.timedelta(days=13)}])

    def _remove_holiday(self) -> None:
        rows = self.holidays.rows()
        r = self.holidays_view.currentIndex().row()
        if 0 <= r < len(rows):
            del rows[r]
            self.holidays.set_rows(rows)

    def _fill_milestones(self, force: bool = False) -> None:
        """The goal's milestones with the date each falls on from the start; must-meet ones ticked
        and fixed, the others ticked when the learner must meet them too."""
        gid = self.goal.currentData()
        if gid == self._milestones_goal and not force:
            return
        self._milestones_goal = gid
        kept = {ref for ref, cb in self.milestones.items() if cb.isChecked()}
        for old in self.milestones_box.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            old.hide()
            old.deleteLater()
        self.milestones = {}
        goal = self._cs.goals.get(gid) if gid else None
        start = self._start_day()
        for ms in goal.milestones if goal else []:
            ref = f"{goal.id}/{ms.id}"  # type: ignore[union-attr]
            title = language.text(ms.title)
            cb = QCheckBox(self.tr("{title}: by {date}").format(
                title=elide(title, 60), date=fmt_date(start + dt.timedelta(weeks=ms.weeks))), self.milestones_box)
            cb.setObjectName(f"intakeMilestone_{ms.id}")
            cb.setToolTip(plain_tip(title))
            cb.setChecked(ms.hard or ref in kept)
            cb.setEnabled(not ms.hard)
            self.milestones_lay.addWidget(cb)
            self.milestones[ref] = cb
        if not self.milestones:
            none = QLabel(self.tr("The goal sets no milestones."), self.milestones_box)
            none.setObjectName("intakeNoMilestones")
            self.milestones_lay.addWidget(none)

    def _goal_shown(self) -> None:
        gid = self.goal.currentData()
        goal = self._cs.goals.get(gid) if gid else None
        if goal is None:
            self.goal_about.setText(self.tr("Choose a goal to plan toward."))
            return
        n = len(goal.all_outcomes())
        about = self.tr("{outcomes}, {milestones}").format(
            outcomes=counted(n, self.tr("{n} outcome"), self.tr("{n} outcomes")),
            milestones=counted(len(goal.milestones), self.tr("{n} milestone"), self.tr("{n} milestones")))
        if goal.description is not None:
            about = language.text(goal.description) + "\n" + about
        self.goal_about.setText(about)

    def _fill_shown(self) -> None:
        """The goal's outcomes (required ones, then the options of its choices); ticks stay when
        the goal changes and the outcome is in the new one too."""
        gid = self.goal.currentData()
        if gid == self._shown_goal:
            return
        self._shown_goal = gid
        kept = {o: self.evidence[o].currentData() for o in self.ticked() if o in self.evidence}
        self._filling = True
        self.shown.clear()
        self.evidence = {}
        goal = self._cs.goals.get(gid) if gid else None
        if goal is None:
            self._filling = False
            return
        outcomes = list(dict.fromkeys([*goal.required, *(o for c in goal.choices for o in c.of)]))
        titles = {o: language.text(self._cs.outcomes[o].title) if o in self._cs.outcomes else o for o in outcomes}
        opening = language.shared_opening(list(titles.values()))
        self.shown.setHeaderLabels([self.tr("Outcome of the goal: {start}…").format(start=opening.rstrip())
                                    if opening else self.tr("Outcome of the goal"), self.tr("Shown with")])
        for o in outcomes:
            item = QTreeWidgetItem(self.shown, [titles[o][len(opening):]])
            item.setData(0, Qt.ItemDataRole.UserRole, o)
            item.setToolTip(0, plain_tip(titles[o]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if o in kept else Qt.CheckState.Unchecked)
            if o in kept:
                self._evidence_for(item, kept[o])
        self._filling = False

    def _evidence_for(self, item: QTreeWidgetItem, value: str = Evidence.DIPLOMA.value) -> None:
        """The evidence choice of a ticked outcome (unticked ones have none: the list stays calm)."""
        o = str(item.data(0, Qt.ItemDataRole.UserRole))
        combo = QComboBox(self.shown)
        combo.setAccessibleName(self.tr("Shown with"))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        for v, label in ProvenModel.evidence_labels().items():
            combo.addItem(label, v)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        self.shown.setItemWidget(item, 1, combo)
        self.evidence[o] = combo

    def _ticked_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        o = str(item.data(0, Qt.ItemDataRole.UserRole))
        if item.checkState(0) == Qt.CheckState.Checked:
            if o not in self.evidence:
                self._evidence_for(item)
        elif o in self.evidence:
            self.shown.removeItemWidget(item, 1)
            del self.evidence[o]

    def ticked(self) -> list[str]:
        """The outcomes ticked as shown already."""
        out = []
        for i in range(self.shown.topLevelItemCount()):
            item = self.shown.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(str(item.data(0, Qt.ItemDataRole.UserRole)))
        return out

    def learner(self) -> Learner:
        """The new learner as entered: every answer of every step; nothing pinned or excluded."""
        return Learner.model_validate({
            "name": self.name.text().strip() or self.tr("New learner"),
            "goal": self.goal.currentData(),
            "start": self.start.date().toPython(),
            "hours_per_week": self.hours.value(),
            "availability": cells_to_windows(self.grid.cells),
            "modes": self.fields.modes_value() or [m.value for m in Mode],
            "places": self.fields.places_value(),
            "notes": self.notes.toPlainText(),
            "deadline": self.fields.deadline.date().toPython() if self.fields.has_deadline.isChecked() else None,
            "budget": self.fields.budget.value() if self.fields.has_budget.isChecked() else None,
            "holidays": self.holidays.rows(),
            "hard_milestones": [r for r, cb in self.milestones.items()
                                if cb.isChecked() and cb.isEnabled()],
            "proven": [{"outcome": o, "evidence": self.evidence[o].currentData()} for o in self.ticked()],
            "how": self.how.wishes(),
            "involved": self.fields.involved_value(),
        })


class _Page(QWizardPage):
    """A wizard page that is complete when ``complete`` says so (always, without one)."""

    def __init__(self, complete: Callable[[], bool] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complete = complete

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return self._complete() if self._complete is not None else True
