"""Progress toward the goal: each requirement proven, planned or missing; milestones against their
dates; the modules pinned or excluded, each removable with one click.

A thin face over :mod:`planner.progress`: this file only turns its rows into words and colours.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import Message, Plan
from planner.progress import (
    ChoiceProgress,
    MilestoneProgress,
    MilestoneState,
    OutcomeProgress,
    State,
    goal_progress,
    milestone_progress,
)
from ui import language
from ui.facets import short_how
from ui.itemmodels import Role
from ui.leftout import LeftOutBox
from ui.messages import render
from ui.outcomemodels import ProvenModel
from ui.palette import counted, fmt_date, fmt_number, mode_label
from ui.plaintext import elide, plain_tip, wrappable

STATE_COLOURS = {State.PROVEN: "#2e7d32", State.PLANNED: "#1f5fbf", State.MISSING: "#b03020"}
MILESTONE_COLOURS = {MilestoneState.MET: "#2e7d32", MilestoneState.LATE: "#8a5a00",
                     MilestoneState.NOT_REACHED: "#b03020"}


def _item(text: str, colour: str | None = None, bold: bool = False, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if colour:
        item.setForeground(QBrush(QColor(colour)))
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    item.setToolTip(plain_tip(tip or text))
    return item


def ref_title(cs: CatalogueSet | None, ref: str) -> str:
    """A pinned or excluded module or offering by its title: 'Web development (hybrid, Deventer)'."""
    if cs is None:
        return ref
    if ref in cs.modules:
        return language.text(cs.modules[ref].title)
    f = cs.offerings.get(ref)
    if f is None:
        return ref
    where = ", ".join(x for x in (mode_label(f.mode.value), f.location) if x)
    return f"{language.text(cs.modules[f.module].title) if f.module in cs.modules else f.module} ({where})"


class ProgressView(QWidget):
    """The Progress tab; emits :attr:`unpinRequested` / :attr:`unexcludeRequested` with a module or
    offering id when its Remove button is clicked."""

    unpinRequested = Signal(str)
    unexcludeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        self.heading = QLabel(self)
        self.heading.setObjectName("progressHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.requirements = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("requirementsTree")
        self.tree.setAccessibleName(self.tr("Requirements of the goal"))
        self.tree.setModel(self.requirements)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self._prefix = ""
        self._cs: CatalogueSet | None = None
        self.milestones = QStandardItemModel(self)
        self.milestone_view = QTreeView(self)
        self.milestone_view.setObjectName("milestonesTable")
        self.milestone_view.setAccessibleName(self.tr("Milestones"))
        self.milestone_view.setModel(self.milestones)
        self.milestone_view.setRootIsDecorated(False)
        self.milestone_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.choices_box = QGroupBox(self.tr("Pinned and excluded"), self)
        self.choices_box.setObjectName("choicesBox")
        self.choices_grid = QGridLayout()
        self.choices_grid.setColumnStretch(1, 1)
        inner = QWidget(self.choices_box)
        inner.setLayout(self.choices_grid)
        self.choices_inner = inner
        scroll = QScrollArea(self.choices_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.choices_scroll = scroll
        QVBoxLayout(self.choices_box).addWidget(scroll)
        self.remove_buttons: dict[tuple[str, str], QPushButton] = {}

        ms_box = QGroupBox(self.tr("Milestones"), self)
        QVBoxLayout(ms_box).addWidget(self.milestone_view)
        self.milestones_box = ms_box
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.tree, 1)
        lay.addWidget(ms_box)
        lay.addWidget(self.choices_box)
        self.left_out = LeftOutBox(self)
        lay.addWidget(self.left_out)
        self.set_data(None, None, None)

    # ------------------------------------------------------------------ words
    def state_text(self, state: State) -> str:
        return {State.PROVEN: self.tr("proven"), State.PLANNED: self.tr("planned"),
                State.MISSING: self.tr("missing")}[state]

    def milestone_text(self, state: MilestoneState) -> str:
        return {MilestoneState.MET: self.tr("met"), MilestoneState.LATE: self.tr("late"),
                MilestoneState.NOT_REACHED: self.tr("not reached")}[state]

    def reason_text(self, reason: Message | None) -> str:
        return render(reason, self._cs) if reason is not None else ""

    def _how(self, cs: CatalogueSet, row: OutcomeProgress) -> tuple[str, str]:
        """The evidence, module or reason of a requirement, and when its module runs (dates and counts
        have a column of their own, sized to them, so a long module title never cuts them)."""
        if row.state == State.PROVEN:
            evidence = ProvenModel.evidence_labels().get(str(row.evidence), str(row.evidence))
            return (f"{evidence}: {row.note}" if row.note else evidence), ""
        if row.state == State.PLANNED and row.module and row.start and row.end:
            module = language.text(cs.modules[row.module].title) if row.module in cs.modules else row.module
            off = cs.offerings.get(row.offering or "")
            return module + short_how(off.how if off else None), self._when(row.start, row.end)
        return self.reason_text(row.reason), ""

    def _when(self, start: dt.date, end: dt.date) -> str:
        return self.tr("{start} – {end}").format(start=fmt_date(start), end=fmt_date(end))

    def _counted_rows(self, cs: CatalogueSet, row: ChoiceProgress) -> list[QStandardItem]:
        """A choice counted in modules or EC: what it needs, how far the route gets, and the modules
        that count (exempt or planned) below it."""
        title = language.text(row.title) if row.title else row.group
        have = [self.tr("{done} of {n} modules").format(done=row.done, n=row.n)] if row.n else []
        if row.min_ec is not None:
            have.append(self.tr("{done} of {ec} EC").format(done=fmt_number(row.ec_done), ec=fmt_number(row.min_ec)))
        first = _item(title, bold=True)
        first.setData(row.group, Role.Id)
        first.setData(row.state.value, Role.Kind)
        for c in row.counted:
            name = language.text(cs.modules[c.module].title) if c.module in cs.modules else c.module
            label = self.tr("{module} ({ec} EC)").format(module=name, ec=fmt_number(c.ec))
            how = self.tr("exempt: every outcome proven") if c.state == State.PROVEN else ""
            when = self._when(c.start, c.end) if c.state != State.PROVEN and c.start and c.end else ""
            child = _item(label)
            child.setData(c.module, Role.Id)
            first.appendRow([child, _item(self.state_text(c.state), STATE_COLOURS[c.state], bold=True), _item(how),
                             _item(when)])
        return [first, _item(self.state_text(row.state), STATE_COLOURS[row.state], bold=True), _item(""),
                _item(", ".join(have))]

    def _outcome_title(self, cs: CatalogueSet, outcome: str) -> str:
        return language.text(cs.outcomes[outcome].title) if outcome in cs.outcomes else outcome

    def _outcome_row(self, cs: CatalogueSet, row: OutcomeProgress) -> list[QStandardItem]:
        title = self._outcome_title(cs, row.outcome)
        short = title[len(self._prefix):] if self._prefix and title.startswith(self._prefix) else title
        first = _item(short, tip=title)
        first.setData(row.outcome, Role.Id)
        first.setData(row.state.value, Role.Kind)
        how, when = self._how(cs, row)
        return [first, _item(self.state_text(row.state), STATE_COLOURS[row.state], bold=True), _item(how), _item(when)]

    # ------------------------------------------------------------------ data
    def set_data(self, cs: CatalogueSet | None, learner: Learner | None, plan: Plan | None) -> None:
        self.requirements.clear()
        self.requirements.setHorizontalHeaderLabels([self.tr("Requirement"), self.tr("Status"),
                                                     self.tr("Evidence, module or reason"), self.tr("When, how far")])
        self.milestones.clear()
        self.milestones.setHorizontalHeaderLabels([self.tr("Milestone"), self.tr("Target"), self.tr("Reached"),
                                                   self.tr("Status")])
        self._set_choices(cs, learner)
        self.left_out.set_plan(plan)
        self._cs = cs
        if cs is None or learner is None:
            self.heading.setText(self.tr("Open a catalogue and a learner to see progress toward a goal."))
            return
        goal = cs.goals.get(learner.goal) if learner.goal else None
        rows = goal_progress(cs, learner, plan)
        outcomes = [r.outcome for r in rows if isinstance(r, OutcomeProgress)]
        outcomes += [o.outcome for r in rows if isinstance(r, ChoiceProgress) for o in r.options]
        self._prefix = language.shared_opening([self._outcome_title(cs, o) for o in outcomes])
        if self._prefix:
            # outcome titles often open alike ("The ICT professional …"): say that once, in the header
            self.requirements.setHorizontalHeaderItem(0, QStandardItem(
                self.tr("Requirement: {start}…").format(start=self._prefix.rstrip())))
        counts = {s: 0 for s in State}
        root = self.requirements.invisibleRootItem()
        for row in rows:
            counts[row.state] += 1
            if isinstance(row, ChoiceProgress) and row.counts_modules:
                root.appendRow(self._counted_rows(cs, row))
            elif isinstance(row, ChoiceProgress):
                title = language.text(row.title) if row.title else row.group
                first = _item(title, bold=True)
                first.setData(row.group, Role.Id)
                first.setData(row.state.value, Role.Kind)
                how = self.tr("{done} of {n} chosen, from {m}").format(done=min(row.done, row.n), n=row.n,
                                                                       m=len(row.options))
                root.appendRow([first, _item(self.state_text(row.state), STATE_COLOURS[row.state], bold=True),
                                _item(""), _item(how)])
                for option in row.options:
                    first.appendRow(self._outcome_row(cs, option))
            else:
                root.appendRow(self._outcome_row(cs, row))
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        target = language.text(goal.title) if goal else self.tr("your own outcomes")
        missing = counted(counts[State.MISSING], self.tr("{n} missing", "one outcome"), self.tr("{n} missing", "several outcomes"))
        self.heading.setText(self.tr("Toward {goal}: {proven} proven, {planned} planned, {missing}").format(
            goal=wrappable(elide(target, 300)), proven=counts[State.PROVEN], planned=counts[State.PLANNED], missing=missing))
        for ms in milestone_progress(cs, learner, plan):
            self._milestone_row(ms)
        mh = self.milestone_view.header()
        mh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            mh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        n_ms = max(self.milestones.rowCount(), 1)
        row_h = max(self.milestone_view.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.milestone_view.setFixedHeight(mh.sizeHint().height() + n_ms * row_h
                                           + 2 * self.milestone_view.frameWidth() + 6)
        self.milestones_box.setVisible(self.milestones.rowCount() > 0)

    def _milestone_row(self, ms: MilestoneProgress) -> None:
        title = language.text(ms.title)
        tip = self.tr("{title}\nMust be met: the route is planned to reach it in time.").format(title=title) \
            if ms.hard else title
        first = _item(title, bold=ms.hard, tip=tip)
        first.setData(ms.id, Role.Id)
        first.setData(ms.state.value, Role.Kind)
        target = self.tr("{date} (week {week} of your route)").format(date=fmt_date(ms.target_date), week=ms.target_week)
        reached = fmt_date(ms.date) if ms.date else "—"
        self.milestones.appendRow([first, _item(target), _item(reached),
                                   _item(self.milestone_text(ms.state), MILESTONE_COLOURS[ms.state], bold=True)])

    def _set_choices(self, cs: CatalogueSet | None, learner: Learner | None) -> None:
        while self.choices_grid.count():
            item = self.choices_grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.remove_buttons = {}
        entries = [("pin", r) for r in (learner.pinned if learner else [])]
        entries += [("exclude", r) for r in (learner.excluded if learner else [])]
        if not entries:
            empty = QLabel(self.tr("Nothing pinned or excluded. Pin or exclude a module from its details or "
                                   "the timeline's menu."), self)
            empty.setWordWrap(True)
            empty.setStyleSheet("color:#666")
            self.choices_grid.addWidget(empty, 0, 0, 1, 3)
            empty.setVisible(True)
            self._fit_choices()
            return
        starts = {p.ref: p.start for p in learner.pinned_starts} if learner else {}
        for row, (kind, ref) in enumerate(entries):
            what = QLabel(self.tr("Pinned") if kind == "pin" else self.tr("Excluded"), self)
            what.setStyleSheet("color:#1f5fbf" if kind == "pin" else "color:#b03020")
            name = ref_title(cs, ref)
            if kind == "pin" and ref in starts:  # dropped on the timeline: it starts that week
                name = self.tr("{title}, from {date}").format(title=name, date=fmt_date(starts[ref]))
            title = QLabel(wrappable(elide(name, 300)), self)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setToolTip(plain_tip(name))
            title.setWordWrap(True)
            button = QPushButton(self.tr("Remove"), self)
            button.setObjectName(f"remove_{kind}_{ref}")
            button.setToolTip(self.tr("Plan again without this choice"))
            button.setAccessibleName(self.tr("Remove “{title}”").format(title=elide(ref_title(cs, ref), 300)))
            signal = self.unpinRequested if kind == "pin" else self.unexcludeRequested
            button.clicked.connect(lambda _=False, ref=ref, signal=signal: signal.emit(ref))
            for column, widget in enumerate((what, title, button)):
                self.choices_grid.addWidget(widget, row, column)
                widget.setVisible(True)  # now, so the list's height counts it
            self.remove_buttons[(kind, ref)] = button
        self.choices_grid.setRowStretch(len(entries), 1)
        self._fit_choices()

    def _fit_choices(self) -> None:
        """As tall as the list, up to about five rows; then it scrolls."""
        self.choices_grid.activate()
        width = max(self.choices_scroll.viewport().width(), 200)
        need = self.choices_grid.totalHeightForWidth(width) if self.choices_grid.hasHeightForWidth() \
            else self.choices_inner.sizeHint().height()
        cap = self.fontMetrics().height() * 8 + 30
        self.choices_scroll.setFixedHeight(max(min(need + 4, cap), self.fontMetrics().height() * 2 + 12))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_choices()
