"""Texts from files as the window shows them: plain, and never wider than reason.

Catalogues, learners and plan files are written by anyone. Qt guesses whether a label's or a
tooltip's text is HTML (``Qt::mightBeRichText``): a title starting with ``<b>`` would show bold, and
``<img src="file:///…">`` would show a local file inside a tooltip. So in the window:

- a label that shows file text is :func:`plain_label` (``Qt.TextFormat.PlainText``);
- every tooltip with file text goes through :func:`plain_tip`: escaped, capped and wrapped in our own
  minimal rich-text template, so Qt never guesses, and a long tip wraps instead of spanning the screen;
- rich text is only our own templates, with every file value through :func:`escape`;
- a long text is shortened with :func:`elide` where it would size a widget (the whole text, capped,
  goes in the tooltip), and made :func:`wrappable` in a label that wraps.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

#: At most this many characters of a text in a tooltip.
TIP_CHARS = 1200
#: At most this many characters of a text where it sizes a widget (a check box, a button, a cell).
SHORT_CHARS = 80
#: A run of this many characters without a space gets break opportunities (zero-width spaces).
RUN_CHARS = 30

_LONG_RUN = re.compile(rf"\S{{{RUN_CHARS + 1},}}")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def elide(text: object, limit: int = SHORT_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    return _cut(" ".join(str(text).split()), limit)


def escape(text: object) -> str:
    """``text`` for our own rich-text templates: every character literal, line breaks kept."""
    return html.escape(str(text)).replace("\n", "<br>")


def wrappable(text: str) -> str:
    """``text`` with a break opportunity (a zero-width space) in every run of more than
    :data:`RUN_CHARS` characters without a space, so a word-wrapped label can wrap it."""
    return _LONG_RUN.sub(lambda m: "\u200b".join(m.group(0)[i:i + RUN_CHARS]
                                                  for i in range(0, len(m.group(0)), RUN_CHARS)), text)


def plain_tip(text: object) -> str:
    """A tooltip that shows ``text`` literally: capped, escaped, in a minimal rich-text template
    (``<qt>``), so Qt never reads the text itself as HTML and wraps long lines."""
    s = str(text or "")
    if not s:
        return ""
    return "<qt>" + escape(wrappable(_cut(s, TIP_CHARS))) + "</qt>"


def plain_label(label: QLabel) -> QLabel:
    """``label`` showing its text as plain text (no HTML, no links); returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    return label
