"""The learner's outcome lists: what the learner can already prove (:class:`ProvenModel`) and the outcomes
aimed for (:class:`GoalOutcomesModel`), every outcome of the open catalogues in each, with a search and
"only the checked ones" filter (:class:`SearchProxy`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from planner.catalog import CatalogueSet
from planner.models import Evidence, Learner
from ui import language
from ui.itemmodels import DISPLAY, Index, Role, _Table
from ui.palette import fmt_date
from ui.plaintext import plain_tip


class _OutcomeTable(_Table):
    """Every outcome of the open catalogues, one row each, sorted by title in the interface language;
    column 0 is the title, searchable by id and both titles."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._outcomes: list[Any] = []
        self._rows_of: CatalogueSet | None = None  # the catalogue set the rows are the outcomes of
        self._row_of: dict[str, int] = {}

    def _set_outcomes(self, cs: CatalogueSet | None) -> None:
        self._rows_of = cs
        self._outcomes = sorted(cs.outcomes.values(), key=lambda o: language.text(o.title).lower()) if cs else []
        self._row_of = {o.id: row for row, o in enumerate(self._outcomes)}

    def _rows_changed(self, outcomes: set[str]) -> None:
        """Tell the views that the rows of ``outcomes`` changed. An edit of the learner changes a few rows of
        the same catalogues' outcomes: a reset instead sorted all of them again and made every view look
        up its current row anew (on XL 5,840 rows, twice per edit: 0.05 s of the window's time)."""
        last = self.columnCount() - 1
        for row in sorted(self._row_of[o] for o in outcomes if o in self._row_of):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _rows(self) -> Sequence[Any]:
        return self._outcomes

    def _common(self, o: Any, column: int, role: int) -> Any:
        """The id, search text and title of an outcome row; None for anything else."""
        if role == Role.Id:
            return o.id
        if role == Role.Search:
            return f"{o.id} {o.title.get('en')} {o.title.get('nl')}".lower()
        if column == 0 and role in (DISPLAY, Role.Sort):
            return language.text(o.title)
        return None


class ProvenModel(_OutcomeTable):
    """Every outcome of the catalogues, checkable as proven, with the kind of evidence.

    Edits do not change the learner here: they call ``on_edit(proven)`` with the new list of
    proven outcomes (plain dicts), which the window turns into an undoable edit.
    """

    def __init__(self, on_edit: Callable[[list[dict[str, Any]], str], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self._proven: dict[str, Any] = {}
        self._learner: Learner | None = None

    def set_data(self, cs: CatalogueSet | None, learner: Learner | None) -> bool:
        """Show ``learner``'s proven outcomes among ``cs``'s; True when the rows were reset (other catalogues),
        False when only the rows whose proof changed were updated."""
        proven = {p.outcome: p for p in learner.proven} if learner else {}
        if cs is self._rows_of:
            changed = {o for o in proven.keys() | self._proven.keys() if proven.get(o) != self._proven.get(o)}
            self._learner, self._proven = learner, proven
            self._rows_changed(changed)
            return False
        self.beginResetModel()
        self._set_outcomes(cs)
        self._learner, self._proven = learner, proven
        self.endResetModel()
        return True

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("models", "Outcome"), QCoreApplication.translate("models", "Evidence")]

    @staticmethod
    def evidence_labels() -> dict[str, str]:
        return {Evidence.DIPLOMA.value: QCoreApplication.translate("models", "diploma"), Evidence.EDUBADGE.value: QCoreApplication.translate("models", "edubadge"),
                Evidence.EVC.value: QCoreApplication.translate("models", "EVC (recognised prior learning)"),
                Evidence.EXPERIENCE.value: QCoreApplication.translate("models", "work experience (to show in an EVC assessment)")}

    def _cell(self, o: Any, column: int, role: int) -> Any:
        proof = self._proven.get(o.id)
        common = self._common(o, column, role)
        if common is not None:
            return common
        if column == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if proof else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(language.text(o.title))  # the whole title; never the id
        if column == 1:
            if role in (DISPLAY, Role.Sort):
                label = self.evidence_labels().get(proof.evidence.value, proof.evidence.value) if proof else ""
                return f"{label}: {proof.badge}" if proof and proof.badge else label
            if role == Qt.ItemDataRole.EditRole:
                return proof.evidence.value if proof else Evidence.EXPERIENCE.value
            if role == Qt.ItemDataRole.ToolTipRole and proof is not None and (proof.badge or proof.note):
                return plain_tip(self.evidence_tip(proof))
        return None

    @staticmethod
    def evidence_tip(proof: Any) -> str:
        """Which badge (or note) proves an outcome: name, issuer, date, and whether its signature was verified."""
        if not proof.badge:
            return str(proof.note or "")
        lines = [QCoreApplication.translate("models", "Edubadge “{name}”").format(name=proof.badge)]
        if proof.issuer:
            lines.append(QCoreApplication.translate("models", "Issued by {issuer}").format(issuer=proof.issuer))
        if proof.issued_on:
            lines.append(QCoreApplication.translate("models", "Issued on {date}").format(date=fmt_date(proof.issued_on)))
        if proof.badge_id:
            lines.append(proof.badge_id)
        lines.append(QCoreApplication.translate("models", "Signature verified") if proof.verified else
                     QCoreApplication.translate("models", "Signature not verified"))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        elif self._outcomes[index.row()].id in self._proven:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._learner is None:
            return False
        o = self._outcomes[index.row()]
        proven = [p.model_dump() for p in self._learner.proven]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if checked and o.id not in self._proven:
                proven.append({"outcome": o.id, "evidence": Evidence.EXPERIENCE.value})
                self._on_edit(proven, QCoreApplication.translate("models", "Mark “{title}” proven").format(title=language.text(o.title)))
            elif not checked and o.id in self._proven:
                proven = [p for p in proven if p["outcome"] != o.id]
                self._on_edit(proven, QCoreApplication.translate("models", "Unmark “{title}” as proven").format(title=language.text(o.title)))
            else:
                return False
            return True
        if index.column() == 1 and role == Qt.ItemDataRole.EditRole and o.id in self._proven:
            if value not in {e.value for e in Evidence}:
                return False
            for p in proven:
                if p["outcome"] == o.id:
                    p["evidence"] = value
            self._on_edit(proven, QCoreApplication.translate("models", "Change evidence of “{title}”").format(title=language.text(o.title)))
            return True
        return False


class SearchProxy(QSortFilterProxyModel):
    """Filters rows by search text (``Role.Search``) and, optionally, to the checked rows only.

    Both filters live in the proxy, so they combine: hiding view rows by number instead went out of
    step as soon as the search changed which rows the proxy shows.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterRole(Role.Search)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._only_checked = False

    def set_only_checked(self, only: bool) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later (6.9 has only the begin)
            self.beginFilterChange()
            self._only_checked = only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._only_checked = only
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self._only_checked:
            source = self.sourceModel()
            state = source.index(row, 0, parent).data(Qt.ItemDataRole.CheckStateRole)
            if state != Qt.CheckState.Checked:
                return False
        return super().filterAcceptsRow(row, parent)


class GoalOutcomesModel(_OutcomeTable):
    """Every outcome of the open catalogues, checked when the learner wants to reach it by hand-picking.

    The checked outcomes are the learner's ``outcomes``: the whole target when there is no goal, or
    outcomes to reach besides the goal. A change calls ``on_edit(outcomes, text)``; unchecking the
    last outcome of a learner without a goal calls ``on_refuse(text)`` instead (a route needs a target).
    """

    def __init__(self, on_edit: Callable[[list[str], str], None], on_refuse: Callable[[str], None],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self._on_refuse = on_refuse
        self._chosen: list[str] = []
        self._goal_outcomes: set[str] = set()
        self._has_goal = False

    def set_data(self, cs: CatalogueSet | None, learner: Learner | None) -> bool:
        """Show ``learner``'s chosen outcomes among ``cs``'s; True when the rows were reset (other catalogues),
        False when only the rows whose choice or goal membership changed were updated."""
        chosen = list(learner.outcomes) if learner else []
        goal = cs.goals.get(learner.goal) if cs and learner and learner.goal else None
        in_goal = set(goal.all_outcomes()) if goal else set()
        self._has_goal = bool(learner and learner.goal)
        if cs is self._rows_of:
            changed = (set(chosen) ^ set(self._chosen)) | (in_goal ^ self._goal_outcomes)
            self._chosen, self._goal_outcomes = chosen, in_goal
            self._rows_changed(changed)
            return False
        self.beginResetModel()
        self._set_outcomes(cs)
        self._chosen, self._goal_outcomes = chosen, in_goal
        self.endResetModel()
        return True

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("models", "Outcome"), QCoreApplication.translate("models", "Level")]

    def _cell(self, o: Any, column: int, role: int) -> Any:
        common = self._common(o, column, role)
        if common is not None:
            return common
        if column == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if o.id in self._chosen else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                title = language.text(o.title)
                if o.id in self._goal_outcomes:
                    title = QCoreApplication.translate("models", "{title}\nAlready part of your goal.").format(title=title)
                return plain_tip(title)  # never the id
            if role == Qt.ItemDataRole.ForegroundRole and o.id in self._goal_outcomes:
                return QBrush(QColor("#777"))
        if column == 1 and role in (DISPLAY, Role.Sort):
            return o.level or ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        o = self._outcomes[index.row()]
        title = language.text(o.title)
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked and o.id not in self._chosen:
            self._on_edit([*self._chosen, o.id], QCoreApplication.translate("models", "Aim for “{title}”").format(title=title))
        elif not checked and o.id in self._chosen:
            rest = [x for x in self._chosen if x != o.id]
            if not rest and not self._has_goal:
                self._on_refuse(QCoreApplication.translate(
                    "models", "A route needs something to reach: keep at least one outcome, or choose a goal."))
                return False
            self._on_edit(rest, QCoreApplication.translate("models", "No longer aim for “{title}”").format(title=title))
        else:
            return False
        return True
