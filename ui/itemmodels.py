"""Thin Qt item models over planner objects (plan items, diagnostics, catalogue, date ranges); the learner's
outcome lists are in :mod:`ui.outcomemodels`."""

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
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from planner.catalog import CatalogueSet
from planner.models import Learner
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
