"""The open document: catalogues, learner, the current plan and the undo stack.

The document owns no widgets. Views listen to its signals; edits go through :meth:`edit_learner`
which pushes a :class:`~ui.commands.LearnerEdit` on the undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.catalog import CatalogueSet
from planner.explain import apply_suggestion
from planner.models import Learner, ProvenOutcome
from planner.plan import Message, Plan
from ui.commands import LearnerEdit


class Document(QObject):
    """One scenario's state: its learner, its plan and its undo history, over the shared catalogues.

    The plan file's path and the list of scenarios belong to :class:`ui.scenarios.Scenarios`.
    """

    catalogueChanged = Signal()
    learnerChanged = Signal()
    planChanged = Signal()
    diagnosticsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogues: CatalogueSet | None = None
        self.catalogue_paths: list[Path] = []
        self.diagnostics: list[Any] = []
        self.learner: Learner | None = None
        self.learner_path: Path | None = None
        self.plan: Plan | None = None
        self.plan_problems: list[Message] = []
        self.file_notes: list[Message] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")

    # ------------------------------------------------------------------ setting whole parts
    def set_catalogues(self, cs: CatalogueSet | None, paths: list[Path], diagnostics: list[Any]) -> None:
        self.catalogues = cs
        self.catalogue_paths = list(paths)
        self.diagnostics = list(diagnostics)
        self.diagnosticsChanged.emit()
        self.catalogueChanged.emit()

    def set_learner(self, learner: Learner | None, path: Path | None = None) -> None:
        """Replace the learner without an undo step (opening a file); clears the undo history."""
        self.learner = learner.model_copy(deep=True) if learner else None
        self.learner_path = path
        self.undo_stack.clear()
        self.learnerChanged.emit()

    def set_plan(self, plan: Plan | None, problems: list[Message] | None = None) -> None:
        self.plan = plan
        self.plan_problems = list(problems or [])
        self.planChanged.emit()

    # ------------------------------------------------------------------ edits
    def _apply_learner(self, learner: Learner) -> None:
        self.learner = learner
        self.learnerChanged.emit()

    def push_learner(self, after: Learner, text: str, merge_key: str = "") -> bool:
        """Push an edit that replaces the learner by ``after``; False when nothing changed."""
        if self.learner is None or after == self.learner:
            return False
        self.undo_stack.push(LearnerEdit(self._apply_learner, self.learner, after, text, merge_key))
        return True

    def edit_learner(self, text: str, merge_key: str = "", **changes: Any) -> bool:
        """Edit learner fields (snake_case) as one undo step, validated by the model.

        Raises :class:`pydantic.ValidationError` when the result is not a valid learner.
        """
        if self.learner is None:
            return False
        data = self.learner.model_dump()
        data.update(changes)
        after = Learner.model_validate(data)
        return self.push_learner(after, text, merge_key)

    def try_edit_learner(self, text: str, merge_key: str = "", **changes: Any) -> str | None:
        """Like :meth:`edit_learner`; returns an error text instead of raising."""
        try:
            self.edit_learner(text, merge_key, **changes)
        except ValidationError as exc:
            return "; ".join(e.get("msg", "") for e in exc.errors())
        return None

    def pin(self, ref: str, text: str) -> bool:
        assert self.learner is not None
        if ref in self.learner.pinned:
            return False
        return self.edit_learner(
            text, pinned=[*self.learner.pinned, ref], excluded=[x for x in self.learner.excluded if x != ref]
        )

    def unpin(self, ref: str, text: str) -> bool:
        assert self.learner is not None
        return self.edit_learner(text, pinned=[x for x in self.learner.pinned if x != ref])

    def exclude(self, ref: str, text: str) -> bool:
        assert self.learner is not None
        if ref in self.learner.excluded:
            return False
        return self.edit_learner(
            text, excluded=[*self.learner.excluded, ref], pinned=[x for x in self.learner.pinned if x != ref]
        )

    def choose_offering(self, module: str, offering: str, text: str) -> bool:
        """Pin ``offering`` instead of any other pinned offering (or the module) of the same module."""
        assert self.learner is not None and self.catalogues is not None
        siblings = {f.id for f in self.catalogues.offerings_of(module)} | {module}
        pinned = [x for x in self.learner.pinned if x not in siblings] + [offering]
        return self.edit_learner(text, pinned=pinned, excluded=[x for x in self.learner.excluded if x != offering])

    def mark_proven(self, outcome: str, evidence: str, text: str) -> bool:
        assert self.learner is not None
        proven = [p for p in self.learner.proven if p.outcome != outcome]
        proven.append(ProvenOutcome(outcome=outcome, evidence=evidence))  # type: ignore[arg-type]
        return self.edit_learner(text, proven=[p.model_dump() for p in proven])

    def apply_suggestion(self, msg: Message, text: str) -> bool:
        """Apply a solver suggestion (a learner patch) as one undo step."""
        assert self.learner is not None
        after = apply_suggestion(self.learner, msg)
        return self.push_learner(after, text)
