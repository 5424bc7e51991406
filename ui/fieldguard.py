"""Input fields that do only what the user means.

- The mouse wheel over a field that does not have the keyboard focus scrolls the panel it is in
  instead of changing the field (scrolling the learner panel changed the teaching language and the
  hours under the pointer). A field changes by wheel only after a click or Tab has given it focus.
- Undo and redo keys in a text field that has nothing of its own to undo go to the window's undo
  history (the Name field swallowed Ctrl+Z and nothing happened).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

WHEEL_FIELDS = (QAbstractSpinBox, QComboBox)
TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QComboBox)


def _own_undo(widget: QObject, redo: bool) -> bool:
    """Whether ``widget`` has typing of its own to undo (or redo)."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit() if widget.isEditable() else None  # type: ignore[assignment]
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)  # type: ignore[assignment]
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        doc = widget.document()
        return doc.isRedoAvailable() if redo else doc.isUndoAvailable()
    return False


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class FieldGuard(QObject):
    """The event filter behind :func:`guard_fields`."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(obj, WHEEL_FIELDS) and not obj.hasFocus():
            area = _scroll_area(obj)
            if area is not None and isinstance(event, QWheelEvent):
                QCoreApplication.sendEvent(area.verticalScrollBar(), event)
            return True  # never the field's
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier)
            undo = event.matches(QKeySequence.StandardKey.Undo)
            if (undo or redo) and not _own_undo(obj, redo):
                event.ignore()
                return True  # not taken by the field: the window's Undo/Redo shortcut runs
        return False


def guard_fields(root: QWidget) -> FieldGuard:
    """Guard every spin box, date, combo box and text field under ``root`` (see the module text);
    fields added later call :func:`guard` themselves."""
    guard = FieldGuard(root)
    for widget in root.findChildren(QWidget):
        guard_one(guard, widget)
    return guard


def guard_one(guard: FieldGuard, widget: QWidget) -> None:
    if isinstance(widget, WHEEL_FIELDS):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give focus
    if isinstance(widget, TEXT_FIELDS) or isinstance(widget, WHEEL_FIELDS):
        widget.installEventFilter(guard)
