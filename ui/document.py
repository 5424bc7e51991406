"""The open document: catalogues, learner, the current plan and the undo stack.

The document owns no widgets. Views listen to its signals; edits go through :meth:`edit_learner`
which pushes a :class:`~ui.commands.LearnerEdit` on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner import edits
from planner.catalog import CatalogueSet
from planner.explain import apply_suggestion
from planner.learner import LEARNER_FACTS, with_facts
from planner.models import Learner, OrderWish
from planner.plan import Message, Plan
from ui.commands import LearnerEdit


class Document(QObject):
    """One scenario's state: its learner, its plan and its undo history, over the shared catalogues.

    The plan file's path and the list of scenarios belong to :class:`ui.scenarios.Scenarios`.
    """

    catalogueChanged = Signal()
    learnerChanged = Signal()
    factsEdited = Signal(object, list)  # Learner, the names of the facts an edit or its undo changed
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
        """Show ``plan`` (a better route while the search goes on, or its answer)."""
        self.plan = plan
        self.plan_problems = list(problems or [])
        self.planChanged.emit()

    # ------------------------------------------------------------------ edits
    def _apply_learner(self, learner: Learner, facts: list[str]) -> None:
        """Put a snapshot of an undo step in place: its what-ifs, and of the learner's facts (shared by
        every scenario) only the ones the step changes, so a step never undoes another scenario's fact
        edit. ``factsEdited`` tells the other scenarios."""
        if self.learner is not None:
            learner = with_facts(learner, self.learner, [f for f in LEARNER_FACTS if f not in facts])
        self.learner = learner
        self.learnerChanged.emit()
        if facts:
            self.factsEdited.emit(learner, list(facts))

    def take_facts(self, source: Learner, facts: list[str]) -> bool:
        """Take the facts ``facts`` of ``source`` (another scenario edited them); no undo step here, the
        edit's own step undoes it everywhere. False when nothing changed."""
        if self.learner is None:
            return False
        after = with_facts(self.learner, source, facts)
        if after is self.learner:
            return False
        self.learner = after
        self.learnerChanged.emit()
        return True

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

    # The rules of each edit live in the domain (planner.edits); the document names the undo step.
    def _rule(self, rule: Callable[..., Learner], *args: Any, text: str) -> bool:
        assert self.learner is not None
        return self.push_learner(rule(self.learner, *args), text)

    def _catalogue_rule(self, rule: Callable[..., Learner], *args: Any, text: str) -> bool:
        assert self.learner is not None and self.catalogues is not None
        return self.push_learner(rule(self.catalogues, self.learner, *args), text)

    def pin(self, ref: str, text: str) -> bool:
        return self._rule(edits.pin, ref, text=text)

    def unpin(self, ref: str, text: str) -> bool:
        return self._rule(edits.unpin, ref, text=text)

    def unpin_module(self, module: str, text: str) -> bool:
        """Remove every pin of ``module`` (the module and its offerings)."""
        if self.catalogues is None:
            return self._rule(edits.unpin, module, text=text)
        return self._catalogue_rule(edits.unpin_module, module, text=text)

    def exclude(self, ref: str, text: str) -> bool:
        return self._rule(edits.exclude, ref, text=text)

    def allow(self, ref: str, text: str) -> bool:
        """Allow an excluded module or offering again."""
        return self._rule(edits.allow, ref, text=text)

    def choose_offering(self, module: str, offering: str, text: str) -> bool:
        """Pin ``offering`` instead of any other pinned offering (or the module) of the same module."""
        return self._catalogue_rule(edits.choose_offering, module, offering, text=text)

    def pin_at(self, module: str, offering: str, week: int, text: str) -> bool:
        """Pin ``offering`` of ``module`` to start in route week ``week`` (a bar dropped on the timeline)."""
        return self._catalogue_rule(edits.pin_at, module, offering, week, text=text)

    def plan_first(self, module: str, text: str) -> bool:
        return self._rule(edits.plan_first, module, text=text)

    def plan_before(self, module: str, before: str, text: str) -> bool:
        return self._rule(edits.plan_before, module, before, text=text)

    def drop_order(self, wish: OrderWish, text: str) -> bool:
        return self._rule(edits.drop_order, wish, text=text)

    def mark_proven(self, outcome: str, evidence: str, text: str) -> bool:
        return self._rule(edits.prove, outcome, evidence, text=text)

    def apply_suggestion(self, msg: Message, text: str) -> bool:
        """Apply a solver suggestion (a learner patch) as one undo step."""
        assert self.learner is not None
        after = apply_suggestion(self.learner, msg)
        return self.push_learner(after, text)
