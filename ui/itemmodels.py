"""Thin Qt item models over planner objects (plan items, diagnostics, catalogue, learner lists)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from planner.catalog import CatalogueSet
from planner.models import Evidence, Learner
from planner.plan import Plan
from ui import language
from ui.goalpicker import kind_label
from ui.palette import fmt_date, fmt_number, fmt_price, mode_colour, mode_label, qdate
from ui.plaintext import elide, plain_tip

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class Role(IntEnum):
    """Custom roles of every model in the app."""

    Id = Qt.ItemDataRole.UserRole + 1
    Sort = Qt.ItemDataRole.UserRole + 2
    Kind = Qt.ItemDataRole.UserRole + 3
    Search = Qt.ItemDataRole.UserRole + 4


class _Table(QAbstractTableModel):
    """Read-only table with a header list; subclasses give :meth:`_cell` (and may name the roles it
    answers in :attr:`ROLES`: a view asks for ten roles per cell, most of them unanswered)."""

    ROLES: frozenset[int] | None = None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def _rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        count = self.__dict__.get("_columns")
        if count is None:  # asked for every cell: counted once (the headers are translated texts)
            count = self.__dict__["_columns"] = len(self.headers())
        return int(count)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.headers()):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if self.ROLES is not None and role not in self.ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows()):
            return None
        return self._cell(self._rows()[index.row()], index.column(), role)

    def _cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError


# --------------------------------------------------------------------------- plan


class PlanItemsModel(_Table):
    """The modules of a plan, one row each."""

    ROLES = frozenset(int(r) for r in (DISPLAY, Role.Id, Role.Sort, Qt.ItemDataRole.ToolTipRole,
                                       Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.TextAlignmentRole))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._sorted: list[Any] = []
        self._cells: dict[int, tuple[list[Any], list[Any]]] = {}

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        # sorted once here, not on every data() call (the view asks ~100,000 times per plan)
        self._sorted = sorted(plan.items, key=lambda i: (i.start_week, i.title)) if plan else []
        self._cells = {}
        self.endResetModel()

    def _rows(self) -> Sequence[Any]:
        return self._sorted

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("models", "Module"), QCoreApplication.translate("models", "Mode"), QCoreApplication.translate("models", "Place"), QCoreApplication.translate("models", "Start"), QCoreApplication.translate("models", "End"), QCoreApplication.translate("models", "Hours/week"),
                QCoreApplication.translate("models", "EC"), QCoreApplication.translate("models", "Cost"), QCoreApplication.translate("models", "Pinned")]

    def _values(self, item: Any) -> tuple[list[Any], list[Any]]:
        """A row's shown texts and sort keys, worked out once per plan: the sorting proxy and fitting the
        columns ask for every cell many times (on XL 6,700 calls when the Modules tab is first shown)."""
        cached = self._cells.get(id(item))
        if cached is None:
            values = [language.item_title(item), mode_label(item.mode), elide(item.location or "—"), item.start_date,
                      item.end_date, item.hours_per_week, item.ec, item.cost if item.cost_known else -1.0, item.pinned]
            sort = [v.isoformat() if isinstance(v, dt.date) else v for v in values]
            shown = [fmt_date(v) if isinstance(v, dt.date)
                     else (QCoreApplication.translate("models", "yes") if v else "") if isinstance(v, bool)
                     else fmt_price(item.cost, item.cost_known) if column == 7
                     else fmt_number(v) if isinstance(v, float) else v
                     for column, v in enumerate(values)]
            cached = self._cells[id(item)] = (shown, sort)
        return cached

    def _cell(self, item: Any, column: int, role: int) -> Any:
        if role == Role.Id:
            return item.module
        if role == DISPLAY:
            return self._values(item)[0][column]
        if role == Role.Sort:
            return self._values(item)[1][column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2):
            return plain_tip(language.item_title(item) if column == 0 else item.location or "")
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return mode_colour(item.mode)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, module: str) -> int:
        return next((r for r, i in enumerate(self._rows()) if i.module == module), -1)


# --------------------------------------------------------------------------- diagnostics


def diagnostic_location(d: Any) -> str:
    """'file:line:column' of a diagnostic (any object with file/line/column attributes)."""
    file = getattr(d, "file", None)
    if not file:
        return ""
    text = Path(str(file)).name
    line, column = getattr(d, "line", None), getattr(d, "column", None)
    if line:
        text += f":{line}"
        if column:
            text += f":{column}"
    return text


class DiagnosticsModel(_Table):
    """Problems found in catalogue and learner files, with file:line."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._diags: list[Any] = []

    def set_diagnostics(self, diags: Sequence[Any]) -> None:
        self.beginResetModel()
        self._diags = list(diags)
        self.endResetModel()

    def _rows(self) -> Sequence[Any]:
        return self._diags

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("models", "Severity"), QCoreApplication.translate("models", "Where"), QCoreApplication.translate("models", "Problem"), QCoreApplication.translate("models", "What to do")]

    def _cell(self, d: Any, column: int, role: int) -> Any:
        severity = str(getattr(d, "severity", "error"))
        severity = getattr(getattr(d, "severity", None), "value", severity)
        if role == DISPLAY:
            return [QCoreApplication.translate("models", "error") if severity == "error" else QCoreApplication.translate("models", "warning") if severity == "warning" else severity,
                    diagnostic_location(d), str(getattr(d, "message", d)), str(getattr(d, "hint", "") or "")][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            render = getattr(d, "render", None)
            return plain_tip(render() if callable(render) else str(d))
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor("#b03020") if severity == "error" else QColor("#9a6a00"))
        if role == Role.Id:
            return str(getattr(d, "file", "") or "")
        return None


# --------------------------------------------------------------------------- catalogue


class CatalogueItemsModel(_Table):
    """Goals, modules or outcomes of the loaded catalogues (``kind`` chooses which)."""

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        assert kind in ("goals", "modules", "outcomes")
        self.kind = kind
        self._cs: CatalogueSet | None = None
        self._items: list[Any] = []
        self._memo: dict[int, list[Any]] = {}
        self._search: dict[int, str] = {}
        self._staged: tuple[CatalogueSet | None, dict[int, list[Any]], dict[int, str]] | None = None

    def set_catalogues(self, cs: CatalogueSet | None) -> None:
        staged = self._staged
        self.beginResetModel()
        self._cs = cs
        self._memo, self._search = (staged[1], staged[2]) if staged and staged[0] is cs else ({}, {})
        items = list(getattr(cs, self.kind).values()) if cs else []
        self._items = sorted(items, key=lambda x: (language.text(x.title).lower(), x.id))  # in title order
        self.endResetModel()

    def stage(self, cs: CatalogueSet | None) -> Callable[[], None]:
        """Prepare for ``cs``: the returned function works out every row's values (run it in a
        background thread), so that showing them later (:meth:`set_catalogues`) is quick. Rows not
        ready by then are worked out on demand."""
        memo: dict[int, list[Any]] = {}
        search: dict[int, str] = {}
        self._staged = (cs, memo, search)

        def warm() -> None:
            if cs is None:
                return
            for k, x in enumerate(list(getattr(cs, self.kind).values())):
                if self._staged is None or self._staged[0] is not cs:
                    return  # other catalogues came
                memo[id(x)] = self._compute(x, cs)
                search[id(x)] = self._search_text(x, cs)
                if k % 50 == 0:
                    time.sleep(0)  # let the GUI thread have the interpreter

        return warm

    def _rows(self) -> Sequence[Any]:
        return self._items

    def headers(self) -> list[str]:
        if self.kind == "goals":
            return [QCoreApplication.translate("models", "Goal"), QCoreApplication.translate("models", "Kind"), QCoreApplication.translate("models", "Outcomes"), QCoreApplication.translate("models", "Id")]
        if self.kind == "modules":
            return [QCoreApplication.translate("models", "Module"), QCoreApplication.translate("models", "Kind"), QCoreApplication.translate("models", "EC"), QCoreApplication.translate("models", "Modes"), QCoreApplication.translate("models", "Provider"), QCoreApplication.translate("models", "Id")]
        return [QCoreApplication.translate("models", "Outcome"), QCoreApplication.translate("models", "Level"), QCoreApplication.translate("models", "Taught by"), QCoreApplication.translate("models", "Id")]

    def _values(self, x: Any) -> list[Any]:
        # each row's values once per catalogue set (sorting and filtering 5,000 modules asks often)
        memo = self._memo.get(id(x))
        if memo is None:
            assert self._cs is not None
            memo = self._memo[id(x)] = self._compute(x, self._cs)
        return memo

    def _compute(self, x: Any, cs: CatalogueSet) -> list[Any]:
        if self.kind == "goals":
            return [language.text(x.title), kind_label(x.kind), len(x.all_outcomes()), x.id]
        if self.kind == "modules":
            modes = sorted({str(f.mode.value) for f in cs.offerings_of(x.id)})
            return [language.text(x.title), QCoreApplication.translate("models", "assessment (EVC)") if x.kind.value == "assessment" else QCoreApplication.translate("models", "taught"),
                    round(x.study_ec, 1), ", ".join(mode_label(m) for m in modes), elide(x.provider or ""), x.id]
        return [language.text(x.title), x.level or "", len(cs.certifiers(x.id)), x.id]

    def _search_text(self, x: Any, cs: CatalogueSet) -> str:
        parts = [x.id, x.title.get("en"), x.title.get("nl")]
        if self.kind == "modules":
            parts.append(x.provider or "")
            parts += [str(f.mode.value) for f in cs.offerings_of(x.id)]
        return " ".join(parts).lower()

    def _cell(self, x: Any, column: int, role: int) -> Any:
        if role == Role.Id:
            return x.id
        if role == Role.Kind:
            return self.kind
        if role in (DISPLAY, Role.Sort):
            value = self._values(x)[column]
            return value if role == Role.Sort or not isinstance(value, float) else fmt_number(value)
        if role == Role.Search:
            text = self._search.get(id(x))
            if text is None:
                assert self._cs is not None
                text = self._search[id(x)] = self._search_text(x, self._cs)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{language.text(x.title)}\n{x.id}")  # (the other language's title is no help)
        return None


# --------------------------------------------------------------------------- learner


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


class RangesModel(_Table):
    """Capacity exceptions (start, end, hours) or holidays (start, end) of the learner, editable.

    Like :class:`ProvenModel`, an edit calls ``on_edit(rows, text)`` with the new list of dicts.
    """

    def __init__(self, field: str, on_edit: Callable[[list[dict[str, Any]], str], None], parent: Any = None) -> None:
        super().__init__(parent)
        assert field in ("exceptions", "holidays")
        self.field = field
        self._on_edit = on_edit
        self._rows_: list[dict[str, Any]] = []

    def set_learner(self, learner: Learner | None) -> None:
        self.set_rows([r.model_dump() for r in getattr(learner, self.field)] if learner else [])

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows_ = [dict(r) for r in rows]
        self.endResetModel()

    def _rows(self) -> Sequence[Any]:
        return self._rows_

    def headers(self) -> list[str]:
        h = [QCoreApplication.translate("models", "From"), QCoreApplication.translate("models", "To")]
        return h + [QCoreApplication.translate("models", "Hours/week")] if self.field == "exceptions" else h

    def _keys(self) -> list[str]:
        return ["start", "end", "hours_per_week"][: self.columnCount()]

    def _cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        value = row[self._keys()[column]]
        if role == DISPLAY:
            return fmt_date(value) if isinstance(value, dt.date) else fmt_number(value)
        if role == Qt.ItemDataRole.EditRole:
            return qdate(value) if isinstance(value, dt.date) else float(value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self._keys()[index.column()]
        if isinstance(value, QDate):
            value = value.toPython()
        rows = [dict(r) for r in self._rows_]
        rows[index.row()][key] = value
        self._on_edit(rows, QCoreApplication.translate("models", "Edit a holiday") if self.field == "holidays" else QCoreApplication.translate("models", "Edit weekly hours"))
        return True

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows_]
