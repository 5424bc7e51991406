"""Undo commands: every learner edit is one QUndoCommand holding learner snapshots.

A command knows nothing of the document it edits: it is given the function that puts a learner in
place (``apply``), so data flows one way (the document imports the commands, never the reverse).
``apply`` is told which of the learner's facts (:data:`planner.learner.LEARNER_FACTS`) the edit
changes: those are shared by every scenario, the rest of the snapshot is the scenario's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from planner.learner import facts_changed
from planner.models import Learner

#: Command id for mergeable edits (consecutive changes of the same field become one step).
MERGE_ID = 1701


class LearnerEdit(QUndoCommand):
    """Replace the learner by an edited copy; undo restores the snapshot before the edit.

    ``merge_key`` (e.g. ``"hours_per_week"``) lets consecutive edits of one field in the form
    (typing 1, 12, 12.5) collapse into a single undo step.
    """

    def __init__(self, apply: Callable[[Learner, list[str]], None], before: Learner, after: Learner, text: str,
                 merge_key: str = "") -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before.model_copy(deep=True)
        self.after = after.model_copy(deep=True)
        self.merge_key = merge_key
        self.facts = facts_changed(self.before, self.after)  # the shared facts this edit changes

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, LearnerEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after.model_copy(deep=True)
        self.facts = facts_changed(self.before, self.after)
        return True

    def redo(self) -> None:
        self._apply(self.after.model_copy(deep=True), self.facts)

    def undo(self) -> None:
        self._apply(self.before.model_copy(deep=True), self.facts)
