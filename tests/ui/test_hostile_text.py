"""Texts from files reach the window as plain text: a catalogue full of HTML shows its tags
literally, displays no local image, and its longest texts neither widen the window nor slow it down."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsView,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QToolTip,
    QWidget,
)

from tests.ui.helpers import SCREENSHOTS, open_and_plan
from tests.ui.hostile import MARKUP, hostile, write_hostile

TIP = Qt.ItemDataRole.ToolTipRole


def shown(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> tuple[str, bool]:
    """What Qt shows for ``text`` (a label's or a tooltip's), and whether it read it as HTML."""
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text, False
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText(), True


def problems_of(where: str, text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> list[str]:
    out, rich = shown(text, fmt)
    found = []
    if "BOLD" in out and "<b>BOLD</b>" not in out:
        found.append(f"{where}: file text read as HTML: {out[:80]!r}")
    if rich and "<img" in text.lower():
        found.append(f"{where}: an <img> in rich text")
    return found


def model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model (its columnCount is private in Python)
            return 1

    def walk(parent: QModelIndex) -> Iterator[tuple[str, str]]:
        for r in range(model.rowCount(parent)):
            for c in range(columns(parent)):
                index = model.index(r, c, parent)
                tip = index.data(TIP)
                if tip:
                    yield f"{view.objectName()}[{r},{c}] tooltip", str(tip)
                if c == 0 and columns(parent) > 1 and model.rowCount(index):
                    yield from walk(index)

    yield from walk(QModelIndex())
    for c in range(columns(QModelIndex())):
        tip = model.headerData(c, Qt.Orientation.Horizontal, TIP)
        if tip:
            yield f"{view.objectName()} header {c} tooltip", str(tip)


def sweep(root: QWidget) -> list[str]:
    """Every label, tooltip, text browser and scene item under ``root`` that Qt would read as HTML."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.toolTip():
            found += problems_of(name + " tooltip", w.toolTip())
        if isinstance(w, QLabel):
            found += problems_of(name, w.text(), w.textFormat())
        if isinstance(w, QTextBrowser):
            text = w.toPlainText()
            if "BOLD" in text and "<b>BOLD</b>" not in text:
                found.append(f"{name}: file text read as HTML")
            if "<img" in w.toHtml():
                found.append(f"{name}: an image in the document")
        if isinstance(w, QAbstractItemView):
            for where, tip in model_texts(w):
                found += problems_of(where, tip)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if item.toolTip():
                    found += problems_of(f"{name} item tooltip", item.toolTip())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                if w.tabToolTip(i):
                    found += problems_of(f"{name} tab {i} tooltip", w.tabToolTip(i))
        blocks = getattr(w, "_blocks", None)
        if isinstance(blocks, list) and blocks:  # the week calendar shows its own tooltips
            found += problems_of(f"{name} block tooltip", tooltip_at(w, blocks[0][0].center().toPoint()))
    for action in root.findChildren(type(root.actions()[0])) if root.actions() else []:
        if action.toolTip():
            found += problems_of(f"action {action.objectName()} tooltip", action.toolTip())
    return found


def wide_widgets(root: QWidget) -> list[str]:
    """The innermost widgets that want more than 2,000 px."""
    wide = [w for w in root.findChildren(QWidget) if w.isVisible() and w.minimumSizeHint().width() > 2000]
    inner = [w for w in wide if not any(o is not w and w.isAncestorOf(o) for o in wide)]
    return [f"{type(w).__name__}#{w.objectName()} {w.minimumSizeHint().width()}" for w in inner]


def summary(problems: list[str]) -> str:
    """One line per kind of problem and place (cells of one table count once)."""
    return "\n".join(dict.fromkeys(re.sub(r"\[\d+,\d+\]", "[…]", p.split(": ")[0]) + ": " + p.split(": ")[1]
                                    for p in problems))


def tooltip_at(widget: QWidget, pos: QPoint) -> str:
    """The tooltip a widget shows when the mouse rests at ``pos``."""
    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def repaint_seconds(window: QWidget) -> float:
    started = time.perf_counter()
    window.grab()
    return time.perf_counter() - started


@pytest.fixture
def hostile_window(qtbot, window, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: boxes.append(self))
    catalogue, learner = write_hostile(tmp_path)
    open_and_plan(qtbot, window, [catalogue], learner)
    assert window.doc.plan is not None and window.doc.plan.items
    window.boxes = boxes
    return window


def test_hostile_catalogue_shows_as_plain_text_everywhere(qtbot, hostile_window) -> None:  # type: ignore[no-untyped-def]
    """Tooltips (timeline bars, module table, catalogue browser), the graph's heading and a message box
    rendered catalogue text as HTML; '<img src="file:///…">' showed a local file in a tooltip."""
    w = hostile_window
    w.scenarios.rename(w.scenarios.current, hostile("Scenario", 200))
    with qtbot.waitSignal(w.scenarios.scenarioPlanChanged, timeout=20000):
        w.scenario_handling.duplicate_scenario = w.scenario_handling.duplicate_scenario  # the copy plans itself only when needed
        w.scenario_handling.ask_text = lambda *_a: hostile("Copy", 200)  # type: ignore[method-assign]
        w.scenario_handling.duplicate_scenario()
        w.scenarios.current.replan()
    qtbot.waitUntil(lambda: not any(s.runner.busy for s in w.scenarios), timeout=20000)
    problems: list[str] = []
    seconds: dict[str, float] = {}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        if w.tabs.currentWidget() is w.load_chart:
            chart = w.load_chart
            x = next(x for x in range(chart.width()) if chart.week_at(x) is not None)
            problems += problems_of("load chart tooltip", tooltip_at(chart, QPoint(x + 2, chart.height() // 2)))
        if w.tabs.currentWidget() is w.browser:
            for kind, view in w.browser.views.items():
                w.browser.lists.setCurrentWidget(view)
                view.selectRow(0)
                QApplication.processEvents()
                problems += sweep(w)
                seconds[f"catalogue {kind}"] = repaint_seconds(w)
        problems += sweep(w)
        seconds[w.tabs.tabText(i)] = repaint_seconds(w)
        if w.width() > 2000 or w.minimumSizeHint().width() > 2000:
            problems.append(f"{w.tabs.tabText(i)}: the window is {w.width()} px wide; too wide: "
                            + ", ".join(wide_widgets(w)))
        w.grab().save(str(SCREENSHOTS / f"hostile-{i}.png"))
    w.show_message("x", hostile("Message", 2000))
    problems += [f"message box {b.objectName()}: {b.textFormat()}" for b in w.boxes
                 if b.textFormat() != Qt.TextFormat.PlainText]
    assert not problems, summary(problems)
    print("repaint seconds", seconds, "width", w.width())
    assert max(seconds.values()) < 1.0, seconds


def test_a_hostile_intake_shows_plain_text(qtbot, hostile_window) -> None:  # type: ignore[no-untyped-def]
    w = hostile_window
    w.maybe_save = lambda: True  # type: ignore[method-assign]
    dialog = w.new_learner_dialog()
    assert dialog is not None
    QApplication.processEvents()
    problems = sweep(dialog)
    assert not problems, summary(problems)
    assert dialog.minimumSizeHint().width() <= 2000
    dialog.reject()


def test_the_markup_is_in_the_fixture() -> None:
    """The check above cannot pass by accident: Qt does read the fixture's text as HTML."""
    text, rich = shown(hostile("x", 2000))
    assert rich and "<b>BOLD</b>" not in text and "BOLD" in text and MARKUP not in text


def test_why_no_route_shows_hostile_titles_as_plain_text(qtbot, hostile_window) -> None:  # type: ignore[no-untyped-def]
    """The explanation quotes module and outcome titles: escaped, and they wrap instead of widening the window."""
    from tests.ui.helpers import replanned

    w = hostile_window
    replanned(qtbot, w, lambda: w.doc.edit_learner("Exclude", excluded=["tiny:prog-online", "tiny:prog-campus"]))
    qtbot.waitUntil(lambda: w.explanation.isVisible(), timeout=20000)
    QApplication.processEvents()
    texts = " ".join(label.text() for label in w.explanation.findChildren(QLabel))
    texts += " ".join(b.text() + b.toolTip() for b in w.explanation.buttons)
    assert "BOLD" in texts  # the titles are quoted
    problems = sweep(w)
    assert not problems, summary(problems)
    print("width", w.width())
    assert w.width() <= 2000 and w.minimumSizeHint().width() <= 2000, (w.width(), wide_widgets(w))
    w.grab().save(str(SCREENSHOTS / "hostile-no-route.png"))
