"""Status of the plan in words: why no route exists, suggestions to apply, and plan problems."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.catalog import CatalogueSet
from planner.plan import Message, Plan, Status
from ui.messages import is_explanation, is_suggestion, render
from ui.plaintext import elide, escape, plain_tip, wrappable


def _two_lines(m: Message, text: str, cs: CatalogueSet | None) -> str:
    """A suggestion's button: the change on the first line, its finish (proven or not) on the second."""
    finish = m.params.get("finish")
    if isinstance(finish, dict) and "code" in finish:
        tail = render(Message.model_validate(finish), cs=cs)
        if text.endswith(tail):
            return elide(text[: -len(tail)].rstrip().rstrip(":"), 300) + "\n" + elide(tail, 300)
    return elide(text, 300)


class WrapButton(QPushButton):
    """A push button whose text wraps to the width it is given (a QPushButton's never does, so a long
    suggestion widened the panel beyond the window and was cut at its right edge)."""

    PAD_W, PAD_H = 8, 5

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(self.PAD_W, self.PAD_H, self.PAD_W, self.PAD_H)
        lay.addWidget(self.label)
        self.setAccessibleName(text.replace("\n", " "))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:  # the label holds the text
        return self.label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        return self.label.heightForWidth(max(1, width - 2 * self.PAD_W)) + 2 * self.PAD_H

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = self.label.sizeHint()
        return QSize(hint.width() + 2 * self.PAD_W, hint.height() + 2 * self.PAD_H)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(8 * self.fontMetrics().averageCharWidth(), self.label.fontMetrics().lineSpacing() + 2 * self.PAD_H)


def _shown(text: str) -> str:
    """A message (it may quote catalogue titles of 2,000 characters) inside our rich-text template:
    escaped, at most 600 characters, and wrappable so a long word cannot widen the window."""
    return escape(wrappable(elide(text, 600)))


class ExplanationPanel(QFrame):
    """Shown when there is something to explain; each suggestion is a one-click button.

    The texts scroll inside the panel, which takes at most :attr:`MAX_SHARE` of the window's height:
    a long explanation never grows the window past the screen nor squeezes the route away."""

    MAX_SHARE = 0.4

    suggestionApplied = Signal(object)
    # the user wants to plan again against newer catalogues found beside an opened plan file
    replanRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explanationPanel")
        self.setAccessibleName(self.tr("Why there is no route, and what would help"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#explanationPanel { background: #fff6e5; border: 1px solid #e0b060; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.texts_scroll = QScrollArea(self)
        self.texts_scroll.setObjectName("explanationScroll")
        self.texts_scroll.setWidgetResizable(True)
        self.texts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.texts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.texts_scroll)
        inner.setObjectName("explanationTexts")
        inner.setStyleSheet("#explanationTexts { background: transparent; }")
        self.texts_scroll.viewport().setAutoFillBackground(False)
        self._lay = QVBoxLayout(inner)
        self.texts_scroll.setWidget(inner)
        outer.addWidget(self.texts_scroll)
        self.buttons: list[QPushButton] = []
        self.setVisible(False)

    def set_plan(self, plan: Plan | None, problems: list[Message], notes: list[Message],
                 cs: CatalogueSet | None = None) -> None:
        while self._lay.count():
            item = self._lay.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.buttons = []
        messages = plan.messages if plan else []
        explanations = [m for m in messages if is_explanation(m)]
        suggestions = [m for m in messages if is_suggestion(m)]
        infeasible = plan is not None and plan.status == Status.INFEASIBLE
        if not (infeasible or explanations or suggestions or problems or notes):
            self.setVisible(False)
            return
        summary = [m for m in explanations if m.code.startswith("infeasible.summary")]
        explanations = [m for m in explanations if not m.code.startswith("infeasible.summary")]
        if infeasible or summary:
            head = render(summary[0], cs=cs) if summary else self.tr("No route fits your wishes.")
            self._label("<b>" + _shown(head) + "</b>")
            choices = [m for m in explanations if m.code.startswith("group.")]
            shown = [m for m in explanations if m.code.startswith("explain.needed")]
            facts = [m for m in explanations if not m.code.startswith(("group.", "explain.needed"))]
            if choices:
                self._label("<ul style='margin:0'>" + "".join(
                    f"<li><b>{_shown(render(m, cs=cs))}</b></li>" for m in choices) + "</ul>")
            for m in shown:  # which of them were shown to be needed, when not all were
                self._label(_shown(render(m, cs=cs)))
            if facts:
                if choices:
                    self._label(html.escape(self.tr("Why:")))
                self._label("<ul style='margin:0'>" + "".join(
                    f"<li>{_shown(render(m, cs=cs))}</li>" for m in facts) + "</ul>")
            elif not suggestions:
                self._label(html.escape(self.tr("The planner gave no reason. Try fewer restrictions.")))
        for m in notes:
            self._label("ⓘ " + _shown(render(m, cs=cs)))
        if any(m.code == "planfile.catalogue_differs" for m in notes):
            button = QPushButton(self.tr("Re-plan with the new catalogue"), self)
            button.setObjectName("replanNewCatalogues")
            button.setToolTip(self.tr("Plan again against the changed catalogue found beside this plan"))
            button.clicked.connect(lambda _=False: self.replanRequested.emit())
            self._lay.addWidget(button)
            self.buttons.append(button)
        if problems:
            self._label("<b>" + html.escape(self.tr("This plan breaks these rules:")) + "</b><ul>" + "".join(
                f"<li>{_shown(render(m, cs=cs))}</li>" for m in problems) + "</ul>")
        if suggestions:
            self._label(html.escape(self.tr("What would give a route (one click applies it, Undo takes it back):")))
        for m in suggestions:
            text = render(m, cs=cs)
            button = WrapButton(_two_lines(m, text, cs), self)
            button.setObjectName(f"suggestion{len(self.buttons)}")
            button.setToolTip(plain_tip(self.tr("{change}\n\nApply this change to your wishes and plan again").format(
                change=text)))
            button.clicked.connect(lambda _=False, msg=m: self.suggestionApplied.emit(msg))
            self._lay.addWidget(button)
            self.buttons.append(button)
        self.setVisible(True)
        self._fit()
        QTimer.singleShot(0, self._fit)  # once the labels know their width

    def _fit(self) -> None:
        """As tall as the texts, up to :attr:`MAX_SHARE` of the window and as the route leaves room; the
        rest scrolls."""
        width = max(self.texts_scroll.viewport().width(), 200)
        lay = self._lay
        need = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else lay.sizeHint().height()
        lines = 3 * self.fontMetrics().lineSpacing()
        self.texts_scroll.setMinimumHeight(min(max(need, 1), lines))  # the window never has to grow for it
        self.texts_scroll.setMaximumHeight(max(min(need, int(self.window().height() * self.MAX_SHARE)), lines))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self.isVisible():
            QTimer.singleShot(0, self._fit)

    def _label(self, text: str) -> None:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(label.textFormat().RichText)
        self._lay.addWidget(label)
