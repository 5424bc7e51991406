"""Walk a window's widget tree as assistive technology and the keyboard meet it: every interactive widget
must have an accessible name (its own, or what Qt derives from its text or its label's buddy) and a
keyboard path (it takes Tab focus, or an action with a shortcut or a menu entry reaches it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit, QTabBar)


def qt_part(widget: QWidget) -> bool:
    """Parts Qt builds into a bigger widget, reached through it: a view's scroll bars and headers (its arrow
    keys scroll, screen readers read headers with the cells), and the parts Qt names itself."""
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    # Qt names the parts it builds itself qt_…: a dock's title buttons (View menu), a table's corner button
    return widget.objectName().startswith("qt_")


def interactive(widget: QWidget) -> bool:
    if qt_part(widget):
        return False
    if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
        return bool(widget.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    if isinstance(widget, QLineEdit) and widget.parent() is not None and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)):
        return False  # the editor inside a combo or spin box: the box is what is named
    return isinstance(widget, INTERACTIVE) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.NoFocus \
        and type(widget).__module__.startswith("ui.")


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "") or widget.accessibleName()


def keyboard_path(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        action = widget.defaultAction()
        return bool(action.shortcut().toString()) or bool(action.associatedObjects()[1:])
    if isinstance(widget, QAbstractButton) and widget.shortcut().toString():
        return True
    return False


def problems(root: QWidget) -> list[str]:
    """What stops a screen-reader or keyboard user, one line per widget, on every page of every tab widget."""
    out: list[str] = []
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]
    for tab in tabs:
        was = tab.currentIndex()
        for i in range(tab.count()):
            tab.setCurrentIndex(i)
            out += _problems(root)
        tab.setCurrentIndex(was)
    out += _problems(root)
    return sorted(set(out))


def _problems(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or not interactive(w):
            continue
        where = f"{type(w).__name__} {w.objectName() or '(no objectName)'} in {type(w.parent()).__name__}"
        if not accessible_name(w).strip():
            out.append(f"no accessible name: {where}")
        if w.isEnabled() and not keyboard_path(w):
            out.append(f"no keyboard path: {where}")
    return out
