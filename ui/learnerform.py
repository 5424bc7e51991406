"""The learner form: every learner field, each change one undoable edit that re-plans the route."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.catalog import CatalogueSet
from planner.models import Learner
from ui import language
from ui.document import Document
from ui.facets import FacetWishes
from ui.goalpicker import fill_goal_combo
from ui.itemmodels import RangesModel, Role
from ui.learnerfields import LearnerFields
from ui.orderwishes import OrderWishesBox, wish_text
from ui.outcomemodels import GoalOutcomesModel, ProvenModel, SearchProxy
from ui.palette import fmt_date, qdate
from ui.plaintext import plain_tip


class EvidenceDelegate(QStyledItemDelegate):
    """A combo box of evidence kinds for the Evidence column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in ProvenModel.evidence_labels().items():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# the goal-combo entry for a target of hand-picked outcomes (no goal)
PICKED = "\x00picked"


def _keeping_current(view: QTableView, update: Callable[[], bool]) -> None:
    """Run ``update`` (True when it reset the model) and put the current row back on the same outcome after a
    reset, so a tick in a long list does not send the keyboard back to the top."""
    current = view.currentIndex().data(Role.Id)
    if not update() or current is None:
        return
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Role.Id) == current:
            view.setCurrentIndex(index)
            return


def _date(d: dt.date | None) -> QDate:
    return qdate(d) if d else QDate.currentDate()


class LearnerForm(QWidget):
    """Edits the document's learner; never changes it directly, always through undo commands."""

    error = Signal(str)
    newLearnerRequested = Signal()

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerForm")
        self.doc = doc
        self._updating = False
        self._cs: CatalogueSet | None = None
        self._places: tuple[CatalogueSet | None, list[str]] = (None, [])  # every place of a catalogue set
        self._had_extras = False  # the learner had outcomes to reach besides a goal

        f = self.fields = LearnerFields(self, {
            "name": "learnerName", "goal": "goalCombo", "start": "startDate", "hours": "hoursPerWeek",
            "has_deadline": "hasDeadline", "deadline": "deadline", "has_budget": "hasBudget", "budget": "budget",
            "any_place": "anyPlace", "notes": "learnerNotes", "mode": "mode_", "place": "place_",
            "advisor": "learnerAdvisor", "institution": "learnerInstitution", "employer": "learnerEmployer"},
            mode_columns=2, place_columns=2)
        self.name, self.goal, self.start, self.hours = f.name, f.goal, f.start, f.hours
        self.has_deadline, self.deadline, self.has_budget, self.budget = f.has_deadline, f.deadline, f.has_budget, f.budget
        self.modes, self.any_place, self.places_box, self.grid = f.modes, f.any_place, f.places_box, f.grid

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow(self.has_deadline, self.deadline)
        form.addRow(self.has_budget, self.budget)
        self.milestones_box = QGroupBox(self.tr("Milestones I must reach in time"), self)
        self.milestones_lay = QVBoxLayout(self.milestones_box)
        self.milestones: dict[str, QCheckBox] = {}

        # where and how
        modes_box = QGroupBox(self.tr("How and where"), self)
        modes_lay = QVBoxLayout(modes_box)
        for cb in self.modes.values():
            cb.toggled.connect(self._modes_changed)
        modes_lay.addLayout(f.modes_grid)
        modes_lay.addWidget(self.any_place)
        modes_lay.addWidget(self.places_box)
        self.prefer_online = QCheckBox(self.tr("Prefer online"), modes_box)
        self.prefer_online.setObjectName("preferOnline")
        self.fewer_evenings = QCheckBox(self.tr("Fewer campus evenings"), modes_box)
        self.fewer_evenings.setObjectName("fewerEvenings")
        self.language = QComboBox(modes_box)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Preferred teaching language"))
        self.language.addItem(self.tr("Any language"), None)
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        prefs = QGridLayout()
        prefs.addWidget(self.prefer_online, 0, 0, 1, 2)
        prefs.addWidget(self.fewer_evenings, 1, 0, 1, 2)
        prefs.addWidget(QLabel(self.tr("Teaching language:"), modes_box), 2, 0)
        prefs.addWidget(self.language, 2, 1)
        prefs.setColumnStretch(1, 1)
        modes_lay.addLayout(prefs)

        # time: free windows, exceptions, holidays
        grid_box = QGroupBox(self.tr("Free time each week (drag to paint)"), self)
        QVBoxLayout(grid_box).addWidget(self.grid)
        self.exceptions = RangesModel("exceptions", lambda rows, text: self._edit(text, exceptions=rows), self)
        self.holidays = RangesModel("holidays", lambda rows, text: self._edit(text, holidays=rows), self)
        exc_box, self.exceptions_view = self._range_box(self.tr("Other hours in some weeks"), self.exceptions,
                                                        "exceptions")
        hol_box, self.holidays_view = self._range_box(self.tr("Holidays (no study)"), self.holidays, "holidays")

        # hand-picked outcomes: the whole target without a goal, or extras beside it
        self.targets = GoalOutcomesModel(lambda rows, text: self._edit(text, outcomes=rows), self._refuse, self)
        self.targets_proxy, self.targets_search, self.only_targets, self.targets_view, targets_list = self._outcome_list(
            self.targets, "targets", self.tr("Only chosen"), self.tr("Outcomes to reach"), 150)
        self.targets_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.targets_view.horizontalHeader().setResizeContentsPrecision(100)  # not every outcome of a big set
        self.targets_box = QGroupBox(self.tr("Outcomes to reach"), self)
        self.targets_box.setObjectName("targetsBox")
        tl = QVBoxLayout(self.targets_box)
        # with a goal the list is folded away until wanted: most learners add nothing to their goal
        self.targets_toggle = QToolButton(self.targets_box)
        self.targets_toggle.setObjectName("targetsToggle")
        self.targets_toggle.setText(self.tr("More outcomes to reach"))
        self.targets_toggle.setToolTip(self.tr("Pick outcomes to reach besides the goal"))
        self.targets_toggle.setCheckable(True)
        self.targets_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.targets_toggle.setAutoRaise(True)
        self.targets_toggle.toggled.connect(self._show_targets)
        tl.addWidget(self.targets_toggle)
        self.targets_body = QWidget(self.targets_box)
        bl = QVBoxLayout(self.targets_body)
        bl.setContentsMargins(0, 0, 0, 0)
        self.targets_hint = QLabel(self.targets_body)
        self.targets_hint.setObjectName("targetsHint")
        self.targets_hint.setWordWrap(True)
        self.targets_hint.setStyleSheet("color:#555")
        bl.addWidget(self.targets_hint)
        bl.addLayout(targets_list)
        tl.addWidget(self.targets_body)

        # proven outcomes
        self.proven = ProvenModel(lambda rows, text: self._edit(text, proven=rows), self)
        self.proven_proxy, self.proven_search, self.only_proven, self.proven_view, proven_list = self._outcome_list(
            self.proven, "proven", self.tr("Only proven"), self.tr("Outcomes you can already prove"), 180)
        self.proven_view.setItemDelegateForColumn(1, EvidenceDelegate(self.proven_view))
        self.proven_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        proven_box = QGroupBox(self.tr("What I can already do, and how I show it"), self)
        QVBoxLayout(proven_box).addLayout(proven_list)

        # notes: background and agreements of the intake (not used by the planner)
        self.notes = f.notes
        self.notes.setMaximumHeight(90)
        notes_box = QGroupBox(self.tr("Notes"), self)
        notes_lay = QVBoxLayout(notes_box)
        notes_lay.addWidget(self.notes)
        # who else is involved: names printed on the study plan
        involved = QFormLayout()
        involved.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        involved.addRow(self.tr("Study advisor:"), f.advisor)
        involved.addRow(self.tr("Institution:"), f.institution)
        involved.addRow(self.tr("Employer:"), f.employer)
        notes_lay.addLayout(involved)
        for edit in (f.advisor, f.institution, f.employer):
            edit.editingFinished.connect(self.commit_involved)

        # without a learner: say how to start one instead of showing an empty form
        self.empty = QWidget(self)
        self.empty.setObjectName("noLearner")
        el = QVBoxLayout(self.empty)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setWordWrap(True)
        self.empty_text.setObjectName("noLearnerText")
        el.addWidget(self.empty_text)
        self.new_button = QPushButton(self.tr("New Learner…"), self.empty)
        self.new_button.setObjectName("newLearnerButton")
        self.new_button.clicked.connect(self.newLearnerRequested.emit)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        el.addLayout(row)
        el.addStretch(1)

        self.body = QWidget(self)
        self.body.setObjectName("learnerFormBody")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(self.body)
        lay = QVBoxLayout(self.body)
        lay.addLayout(form)
        lay.addWidget(notes_box)
        lay.addWidget(self.milestones_box)
        lay.addWidget(self.targets_box)
        lay.addWidget(modes_box)
        self.how_box = FacetWishes(self)  # how I like to learn (ui/facets.py)
        self.how_box.edited.connect(lambda how: self._edit(self.tr("Change how I like to learn"), how=how))
        lay.addWidget(self.how_box)
        self.order_box = OrderWishesBox(self)  # order wishes, each with Remove (ui/orderwishes.py)
        self.order_box.removeRequested.connect(lambda wish: self.doc.drop_order(
            wish, self.tr("Remove the wish {wish}").format(wish=wish_text(self._cs, wish))))
        lay.addWidget(self.order_box)
        lay.addWidget(grid_box)
        lay.addWidget(exc_box)
        lay.addWidget(hol_box)
        lay.addWidget(proven_box)
        lay.addStretch(1)

        self.name.editingFinished.connect(lambda: self._edit(self.tr("Rename learner"), name=self.name.text()))
        self.notes.editingFinished.connect(self.commit_notes)
        self.goal.activated.connect(self._goal_changed)
        self.start.dateChanged.connect(
            lambda d: self._edit(self.tr("Change start date"), "start", start=d.toPython()))
        self.hours.valueChanged.connect(
            lambda v: self._edit(self.tr("Change hours per week"), "hours", hours_per_week=v))
        self.has_deadline.toggled.connect(self._deadline_changed)
        self.deadline.dateChanged.connect(self._deadline_changed)
        self.has_budget.toggled.connect(self._budget_changed)
        self.budget.valueChanged.connect(self._budget_changed)
        self.any_place.toggled.connect(self._places_changed)
        self.prefer_online.toggled.connect(self._prefs_changed)
        self.fewer_evenings.toggled.connect(self._prefs_changed)
        self.language.activated.connect(self._prefs_changed)
        self.grid.windowsChanged.connect(lambda w: self._edit(self.tr("Change free time"), availability=w))
        self.set_data(None, None)

    def _range_box(self, title: str, model: RangesModel, name: str) -> tuple[QGroupBox, QTableView]:
        box = QGroupBox(title, self)
        view = QTableView(box)
        view.setObjectName(f"{name}Table")
        view.setAccessibleName(title)
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setMaximumHeight(110)
        add = QPushButton(self.tr("Add"), box)
        add.setObjectName(f"add_{name}")
        remove = QPushButton(self.tr("Remove"), box)
        remove.setObjectName(f"remove_{name}")
        add.clicked.connect(lambda: self._add_range(model))
        remove.clicked.connect(lambda: self._remove_range(model, view))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addWidget(view)
        lay.addLayout(buttons)
        return box, view

    def _outcome_list(self, model: Any, name: str, only_text: str, accessible: str,
                      height: int) -> tuple[SearchProxy, QLineEdit, QCheckBox, QTableView, QVBoxLayout]:
        """A searchable list of outcomes with an "only the checked ones" filter: proxy, search field,
        filter box, table and their layout (object names ``{name}Search``, ``only{Name}``, ``{name}Table``)."""
        proxy = SearchProxy(self)
        proxy.setSourceModel(model)
        search = QLineEdit(self)
        search.setObjectName(f"{name}Search")
        search.setPlaceholderText(self.tr("Search outcomes…"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(proxy.setFilterFixedString)
        only = QCheckBox(only_text, self)
        only.setObjectName(f"only{name.capitalize()}")
        only.toggled.connect(proxy.set_only_checked)
        view = QTableView(self)
        view.setObjectName(f"{name}Table")
        view.setAccessibleName(accessible)
        view.setModel(proxy)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setMinimumHeight(height)
        view.setWordWrap(False)
        layout = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(search, 1)
        row.addWidget(only)
        layout.addLayout(row)
        layout.addWidget(view)
        return proxy, search, only, view, layout

    # ------------------------------------------------------------------ from the learner to the widgets
    def _places_of(self, cs: CatalogueSet | None) -> list[str]:
        """Every place the catalogues teach at, sorted; worked out once per catalogue set (a look over every
        offering, 20,000 on XL, at each edit of the learner)."""
        if cs is None:
            return []
        if self._places[0] is not cs:
            self._places = (cs, sorted({f.location for f in cs.offerings.values() if f.location}))
        return list(self._places[1])

    def set_data(self, cs: CatalogueSet | None, learner: Learner | None) -> None:
        self._updating = True
        try:
            self._cs = cs
            self.body.setEnabled(learner is not None)
            self.body.setVisible(learner is not None)
            self.empty.setVisible(learner is None)
            self.new_button.setEnabled(cs is not None)
            self.empty_text.setText(
                self.tr("No learner yet. Start one for the open catalogues, or open a learner or plan file.")
                if cs is not None else
                self.tr("Open a catalogue first (File ▸ Open Catalogue), then start a new learner or open one."))
            fill_goal_combo(self.goal, cs)
            self.order_box.set_data(cs, learner)
            if learner is None:
                return
            if learner.goal and self.goal.findData(learner.goal) < 0:
                self.goal.addItem(self.tr("{goal} (not in the open catalogues)").format(goal=learner.goal),
                                  learner.goal)
            self.goal.insertSeparator(self.goal.count())
            self.goal.addItem(self.tr("No goal: only the outcomes I pick"), PICKED)
            self.goal.setCurrentIndex(max(0, self.goal.findData(learner.goal or PICKED)))
            if self.name.text() != learner.name:
                self.name.setText(learner.name)
            if self.notes.toPlainText() != learner.notes:
                self.notes.setPlainText(learner.notes)
            self.fields.set_involved(learner.involved)
            self.start.setDate(_date(learner.start))
            self.hours.setValue(learner.hours_per_week)
            self.has_deadline.setChecked(learner.deadline is not None)
            self.deadline.setEnabled(learner.deadline is not None)
            self.deadline.setDate(_date(learner.deadline or (learner.start + dt.timedelta(days=365))))
            self.has_budget.setChecked(learner.budget is not None)
            self.budget.setEnabled(learner.budget is not None)
            self.budget.setValue(learner.budget or 0)
            for m, cb in self.modes.items():
                cb.setChecked(m in {x.value for x in learner.modes})
            locations = self._places_of(cs)
            locations += [p for p in (learner.places or []) if p not in locations]
            for cb in self.fields.set_places(locations, learner.places):
                cb.toggled.connect(self._places_changed)
            self._set_milestones(cs, learner)
            self.prefer_online.setChecked(learner.preferences.prefer_online)
            self.fewer_evenings.setChecked(learner.preferences.fewer_campus_evenings)
            self.language.setCurrentIndex(max(0, self.language.findData(learner.preferences.language)))
            self.how_box.set_wishes(learner.how)
            self.grid.set_windows(learner.availability)
            self.exceptions.set_learner(learner)
            self.holidays.set_learner(learner)
            _keeping_current(self.proven_view, lambda: self.proven.set_data(cs, learner))
            _keeping_current(self.targets_view, lambda: self.targets.set_data(cs, learner))
            self.targets_toggle.setVisible(bool(learner.goal))
            extras = bool(learner.goal and learner.outcomes)
            if extras and not self._had_extras:
                self.targets_toggle.setChecked(True)  # show extras when they appear, then leave it to the user
            self._had_extras = extras
            self._show_targets(not learner.goal or self.targets_toggle.isChecked())
            if learner.goal:
                self.targets_box.setTitle(self.tr("Also reach (besides the goal)"))
                self.targets_hint.setText(self.tr("Tick outcomes to reach on top of your goal; greyed ones are in it already."))
            else:
                self.targets_box.setTitle(self.tr("Outcomes to reach"))
                self.targets_hint.setText(self.tr("Your own target: tick the outcomes you want, for example for a set "
                                                  "of microcredentials. The route reaches all of them."))
        finally:
            self._updating = False

    def _set_milestones(self, cs: CatalogueSet | None, learner: Learner) -> None:
        for cb in self.milestones.values():
            cb.hide()  # (gone at once, also before the event loop deletes it)
            cb.deleteLater()
        self.milestones = {}
        goal = cs.goals.get(learner.goal) if cs and learner.goal else None
        for ms in goal.milestones if goal else []:
            ref = f"{goal.id}/{ms.id}"  # type: ignore[union-attr]
            title = language.text(ms.title)
            short = title if len(title) <= 30 else title[:29].rstrip() + "…"
            # two lines: a narrow panel (1024 px window, Dutch) keeps the week in view
            # a date, not a route week: "week 26" read as the calendar's week 26
            by = fmt_date(learner.start + dt.timedelta(weeks=ms.weeks))
            cb = QCheckBox(self.tr("“{title}”\nby {date}").format(title=short, date=by),
                           self.milestones_box)
            cb.setObjectName(f"milestone_{ms.id}")
            cb.setToolTip(plain_tip(self.tr("{title}\nBy {date}: week {week} of the route, counted from the start.\n"
                                            "Checked: the route must reach it in time. Unchecked: it is a target "
                                            "only.").format(title=title, date=by, week=ms.weeks)))
            cb.setChecked(ms.hard or ref in learner.hard_milestones or ms.id in learner.hard_milestones)
            cb.setEnabled(not ms.hard)
            cb.toggled.connect(self._milestones_changed)
            self.milestones_lay.addWidget(cb)
            self.milestones[ref] = cb
        self.milestones_box.setVisible(bool(self.milestones))

    # ------------------------------------------------------------------ from the widgets to edits
    def _milestones_changed(self) -> None:
        learner = self.doc.learner
        if learner is None:
            return
        shown = set(self.milestones) | {r.split("/")[-1] for r in self.milestones}
        keep = [r for r in learner.hard_milestones if r not in shown]
        hard = keep + [r for r, cb in self.milestones.items() if cb.isChecked() and cb.isEnabled()]
        self._edit(self.tr("Change milestones"), hard_milestones=hard)

    def _edit(self, text: str, merge_key: str = "", **changes: Any) -> None:
        if self._updating or self.doc.learner is None:
            return
        problem = self.doc.try_edit_learner(text, merge_key, **changes)
        if problem:
            self.error.emit(self.tr("Not changed: {problem}").format(problem=problem))
            self.set_data(self._cs, self.doc.learner)  # show the learner as it is

    def set_document(self, doc: Document) -> None:
        """Edit another scenario's document from now on (the caller shows its learner); text still
        being typed goes to the scenario it was typed for."""
        self.commit_pending()
        self.doc = doc

    def has_learner(self) -> bool:
        return self.body.isEnabled()

    def commit_pending(self) -> None:
        """Hand over text fields that are still being typed (before a save, a copy or a switch)."""
        learner = self.doc.learner
        if learner is not None and not self._updating and self.name.text() != learner.name and self.name.text().strip():
            self._edit(self.tr("Rename learner"), name=self.name.text())
        self.commit_notes()
        self.commit_involved()

    def commit_involved(self) -> None:
        """Hand the names of advisor, institution and employer to the learner as one undoable edit."""
        learner = self.doc.learner
        if learner is None:
            return
        typed = self.fields.involved_value()
        now = learner.involved.model_dump(exclude_none=True) if learner.involved else None
        if typed != (now or None):
            self._edit(self.tr("Change who is involved"), involved=typed)

    def commit_notes(self) -> None:
        """Hand the notes to the learner as one undoable edit (when they changed)."""
        learner = self.doc.learner
        if learner is not None and self.notes.toPlainText() != learner.notes:
            self._edit(self.tr("Change notes"), notes=self.notes.toPlainText())

    def _goal_changed(self) -> None:
        goal = self.goal.currentData()
        learner = self.doc.learner
        if learner is None or goal is None or goal == learner.goal:
            return
        if goal == PICKED:
            if not learner.goal:
                return
            self._edit(self.tr("Pick the outcomes yourself"), goal=None, outcomes=self._goal_as_outcomes(learner),
                       hard_milestones=[])
            return
        new = self._cs.goals.get(goal) if self._cs else None
        if learner.goal:
            # extras beside the old goal stay, unless the new goal has them anyway
            keep = [o for o in learner.outcomes if new is None or o not in new.all_outcomes()]
            self._edit(self.tr("Choose goal “{g}”").format(g=self.goal.currentText()), goal=goal, outcomes=keep)
        else:
            # the goal takes the place of the picked outcomes (Undo brings them back)
            self._edit(self.tr("Choose goal “{g}” instead of the picked outcomes").format(g=self.goal.currentText()),
                       goal=goal, outcomes=[])

    def _goal_as_outcomes(self, learner: Learner) -> list[str]:
        """The goal as a list to trim: its required outcomes, in each choice the options the current
        route takes (else the first ones), and the extras beside it, so the route stays the same."""
        old = self._cs.goals.get(learner.goal) if self._cs and learner.goal else None
        if old is None:
            return list(learner.outcomes)
        plan = self.doc.plan
        gained = {o for item in plan.items for o in item.outcomes} if plan else set()
        gained |= learner.proven_ids()
        picked = list(old.required)
        for group in old.choices:
            n = group.outcome_n
            taken = [o for o in group.of if o in gained][:n]
            picked += taken + [o for o in group.of if o not in taken][: n - len(taken)]
            if group.counts_modules and plan is not None and self._cs is not None:
                # counted in EC or from a pool: keep the outcomes of the modules the route takes for it
                of = set(group.of)
                for item in plan.items:
                    m = self._cs.modules.get(item.module)
                    if m is not None and (group.pool.matches(m) if group.pool is not None else of & set(m.certifies)):
                        picked += item.outcomes
        return list(dict.fromkeys(picked + list(learner.outcomes)))

    def _show_targets(self, shown: bool) -> None:
        self.targets_body.setVisible(shown or not self.targets_toggle.isVisibleTo(self.targets_box))
        self.targets_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _refuse(self, text: str) -> None:
        self.error.emit(text)
        self.set_data(self._cs, self.doc.learner)

    def _deadline_changed(self) -> None:
        self.deadline.setEnabled(self.has_deadline.isChecked())
        value = self.deadline.date().toPython() if self.has_deadline.isChecked() else None
        self._edit(self.tr("Change deadline"), "deadline", deadline=value)

    def _budget_changed(self) -> None:
        self.budget.setEnabled(self.has_budget.isChecked())
        value = self.budget.value() if self.has_budget.isChecked() else None
        self._edit(self.tr("Change budget"), "budget", budget=value)

    def _modes_changed(self) -> None:
        self._edit(self.tr("Change accepted modes"), modes=self.fields.modes_value())

    def _places_changed(self) -> None:
        self.places_box.setEnabled(not self.any_place.isChecked())
        self._edit(self.tr("Change places"), places=self.fields.places_value())

    def _prefs_changed(self) -> None:
        prefs = {"prefer_online": self.prefer_online.isChecked(),
                 "fewer_campus_evenings": self.fewer_evenings.isChecked(),
                 "language": self.language.currentData()}
        self._edit(self.tr("Change preferences"), preferences=prefs)

    def _add_range(self, model: RangesModel) -> None:
        learner = self.doc.learner
        if learner is None:
            return
        rows = model.rows()
        last = max([r["end"] for r in rows], default=learner.start)
        start = max(last, learner.start) + dt.timedelta(days=7)
        row: dict[str, Any] = {"start": start, "end": start + dt.timedelta(days=13)}
        if model.field == "exceptions":
            row["hours_per_week"] = max(0.0, learner.hours_per_week / 2)
        text = self.tr("Add a holiday") if model.field == "holidays" else self.tr("Add other hours")
        self._edit(text, "", **{model.field: [*rows, row]})

    def _remove_range(self, model: RangesModel, view: QTableView) -> None:
        rows = model.rows()
        r = view.currentIndex().row()
        if 0 <= r < len(rows):
            del rows[r]
            text = self.tr("Remove a holiday") if model.field == "holidays" else self.tr("Remove other hours")
            self._edit(text, "", **{model.field: rows})

