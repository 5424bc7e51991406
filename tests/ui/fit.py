"""What a person would see cut: a number or date that does not fit the room it is shown in.

:func:`cut_texts` walks every visible label, button, item-view cell and header under a widget and
returns a line for each text with a digit in it that is elided or clipped: wider than its widget
(plain text measured with ``fontMetrics().horizontalAdvance``, rich text by the label's own size
hint), taller than its widget when it wraps, shortened with an ellipsis by :func:`ui.plaintext.elide`
(the whole text is then in the tooltip), or elided by an item view (wider than its cell). Drawn views
are walked too: the texts of a graphics scene (the timeline) must lie inside their box — a bar for the
text on a bar, the names column for a name, the scene for the rest — and a painted widget that keeps
``drawn_texts`` (text, the rectangle it needs, the box it was given) must have drawn each whole.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QStyle,
    QWidget,
)

DIGIT = re.compile(r"\d")
MAX_ROWS = 200
# words that go with numbers and dates: units, months, small words ("week 12 of 40", "by 3 Jan")
_WITH_NUMBERS = set("""
week weeks wk wkn weken h u uur hours ec € eur k of van in by tot to from vanaf per · ≤ ≥ – - / x ×
jan feb mar mrt apr may mei jun jul aug sep sept oct okt nov dec
january february march april june july august september october november december
januari februari maart juni juli augustus oktober
""".split())


def is_fact(line: str) -> bool:
    """Whether a line of text states a number or date: it has a digit, and at least half of its
    words are numbers, units, months or the small words between them ("Done in week 120",
    "24 Dec 2028", "€ 4,950"), unlike a title that has a number in it ("Databases 1: SQL")."""
    if not DIGIT.search(line):
        return False
    words = [w.strip("()[]{},.:;!?“”\"'…").lower() for w in line.split()]
    words = [w for w in words if w]
    numeric = [w for w in words if DIGIT.search(w) or w in _WITH_NUMBERS]
    return 2 * len(numeric) >= len(words)


def _plain(label: QLabel) -> str:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def _where(widget: QWidget) -> str:
    names, w = [], widget
    while w is not None and len(names) < 3:
        if w.objectName():
            names.append(w.objectName())
        w = w.parentWidget()
    return "/".join(reversed(names)) or type(widget).__name__


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and w.width() > 0


def _labels(root: QWidget) -> list[str]:
    out = []
    for label in root.findChildren(QLabel):
        if not _shown(label, root):
            continue
        plain = _plain(label)
        where = f"{_where(label)} {plain!r}"
        tip = QTextDocumentFragment.fromHtml(label.toolTip()).toPlainText() if label.toolTip() else ""
        shortened = plain.rstrip().endswith("…") and tip.startswith(plain.rstrip()[:-1].rstrip()) and len(tip) > len(plain)
        if shortened and any(is_fact(line) for line in tip.splitlines()):
            out.append(f"{where}: elided (the whole text {tip!r} is only in the tooltip)")
            continue
        if not any(is_fact(line) for line in plain.splitlines()):
            continue
        room = label.contentsRect()
        if label.wordWrap():
            need = label.heightForWidth(room.width())
            if need > room.height() + 1:
                out.append(f"{where}: wraps to {need} px in {room.height()} px")
            continue
        if label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(label.text()):
            fm = label.fontMetrics()
            need = max(fm.horizontalAdvance(line) for line in plain.splitlines() if is_fact(line))
            need += 2 * label.margin() + max(label.indent(), 0)
        else:
            need = label.sizeHint().width() - 2 * label.frameWidth()
        if need > room.width() + 1:
            out.append(f"{where}: needs {need} px, has {room.width()} px")
    return out


def _buttons(root: QWidget) -> list[str]:
    out = []
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or not any(is_fact(line) for line in button.text().splitlines()):
            continue
        need = button.sizeHint().width()
        if need > button.width() + 1:
            out.append(f"{_where(button)} {button.text()!r}: needs {need} px, has {button.width()} px")
    return out


def _cells(root: QWidget) -> list[str]:
    out = []
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not _shown(view, root) or view.model() is None:
            continue
        model = view.model()
        hidden = getattr(view, "isColumnHidden", lambda _c: False)
        wraps = bool(getattr(view, "wordWrap", lambda: False)())
        todo, seen = [QModelIndex()], 0
        while todo and seen < MAX_ROWS:
            parent = todo.pop(0)
            for row in range(model.rowCount(parent)):
                seen += 1
                for col in range(1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)):
                    index = model.index(row, col, parent)
                    if col == 0 and getattr(view, "isExpanded", lambda _i: False)(index) and model.rowCount(index):
                        todo.append(index)
                    if hidden(col):
                        continue
                    text = index.data(Qt.ItemDataRole.DisplayRole)
                    if not isinstance(text, str) or not is_fact(text) or view.indexWidget(index) is not None:
                        continue
                    rect = view.visualRect(index)
                    need = view.sizeHintForIndex(index).width()
                    if rect.width() <= 0 or need <= rect.width() + 1:
                        continue
                    if wraps:  # a wrapping cell is cut when its lines need more height than the row has
                        fm = view.fontMetrics()
                        room = rect.adjusted(0, 0, -(need - fm.horizontalAdvance(text)), 0)
                        high = fm.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
                        if high <= rect.height():
                            continue
                    out.append(f"{_where(view)} row {row} {text!r}: needs {need} px, has {rect.width()} px")
    for header in root.findChildren(QHeaderView):
        if not _shown(header, root) or header.model() is None:
            continue
        model = header.model()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        fm = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not any(is_fact(line) for line in text.splitlines()):
                continue
            need = max(fm.horizontalAdvance(line) for line in text.splitlines()) + 2 * margin
            size = header.sectionSize(section) if header.orientation() == Qt.Orientation.Horizontal else header.width()
            if need > size + 1:
                out.append(f"{_where(header)} header {text!r}: needs {need} px, has {size} px")
    return out


def _scenes(root: QWidget) -> list[str]:
    out = []
    for view in root.findChildren(QGraphicsView):
        scene = view.scene()
        if not _shown(view, root) or scene is None:
            continue
        for item in scene.items():
            if not isinstance(item, QGraphicsSimpleTextItem) or not item.isVisible():
                continue
            text = item.text()
            tip = QTextDocumentFragment.fromHtml(item.toolTip()).toPlainText() if item.toolTip() else ""
            if text.rstrip().endswith("…") and any(is_fact(line) for line in tip.splitlines()):
                out.append(f"{_where(view)} drawn {text!r}: elided (the whole text {tip!r} is only in the tooltip)")
                continue
            if not any(is_fact(line) for line in text.splitlines()):
                continue
            parent = item.parentItem()
            box = parent.sceneBoundingRect() if isinstance(parent, QGraphicsRectItem) else scene.sceneRect()
            need = item.sceneBoundingRect()
            if need.left() < box.left() - 1 or need.right() > box.right() + 1 or need.top() < box.top() - 1 \
                    or need.bottom() > box.bottom() + 1:
                out.append(f"{_where(view)} drawn {text!r}: needs {need.width():.0f}×{need.height():.0f} px at "
                           f"{need.left():.0f},{need.top():.0f}; its box is {box.width():.0f}×{box.height():.0f} px at "
                           f"{box.left():.0f},{box.top():.0f}")
    return out


def _painted(root: QWidget) -> list[str]:
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if getattr(widget, "drawn_texts", None) is None or not _shown(widget, root):
            continue
        widget.grab()  # paint it at its size now (a part scrolled out of view is not painted on screen)
        for text, need, box in getattr(widget, "drawn_texts", None) or []:
            if not any(is_fact(line) for line in text.splitlines()):
                continue
            if need.width() > box.width() + 1 or need.height() > box.height() + 1 or \
                    need.right() > min(box.right(), widget.width()) + 1 or need.left() < max(box.left(), 0) - 1:
                out.append(f"{_where(widget)} drawn {text!r}: needs {need.width():.0f} px at {need.left():.0f}, has "
                           f"{box.width():.0f} px at {box.left():.0f} in {widget.width()} px")
    return out


def cut_texts(root: QWidget) -> list[str]:
    """Every number or date under ``root`` that a person would see cut (see the module's text)."""
    return _labels(root) + _buttons(root) + _cells(root) + _scenes(root) + _painted(root)
