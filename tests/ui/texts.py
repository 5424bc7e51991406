"""Every text a person can read in a widget tree: labels, buttons, menus, tabs, headers, cells,
tooltips, placeholders, group and window titles (for the tests that read the window as a user)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
    QWizard,
)


def plain(text: str) -> str:
    """A label's text as read: rich text without its markup, no accelerator marks."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a list model keeps hasChildren private
        return False


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    for section in range(_columns(model, parent)) if depth == 0 else ():
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
    for r in range(min(model.rowCount(parent), 200)):
        for c in range(_columns(model, parent)):
            index = model.index(r, c, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
            if c == 0 and depth < 4 and _has_children(model, index):
                yield from _model_texts(model, index, depth + 1)


def visible_texts(root: QWidget, visible_only: bool = True) -> list[tuple[str, str]]:
    """(where, text) of each text shown in ``root`` and its children (those visible, or all)."""
    out: list[tuple[str, str]] = []

    def add(where: QWidget, text: str) -> None:
        text = plain(text or "").strip()
        if text:
            out.append((f"{type(where).__name__} {where.objectName()}".strip(), text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if visible_only and not w.isVisibleTo(root) and w is not root and not isinstance(w, QMenu):
            continue
        add(w, w.toolTip())
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QDockWidget):
            add(w, w.windowTitle())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, w.tabText(i))
                add(w, w.tabToolTip(i))
        elif isinstance(w, QTextEdit | QTextBrowser):
            add(w, w.toPlainText())
        elif isinstance(w, QMenu):
            add(w, w.title())
            for a in w.actions():
                add(w, a.text())
                add(w, a.toolTip() if a.toolTip() != a.text().replace("&", "") else "")
                add(w, a.statusTip())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            for t in _model_texts(w.model()):
                add(w, t)
        elif isinstance(w, QWizard):
            add(w, w.windowTitle())
        if w.isWindow():
            add(w, w.windowTitle())
    return out
