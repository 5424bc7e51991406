"""A field for an amount in whole euros that writes it as every other place does ('€ 9.000' in
Dutch, '€9,000' in English: :func:`planner.formatting.money`); it reads what it writes, and a plain
number typed in ('9000', '9.000', '€ 9 000')."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from ui.palette import fmt_money

#: What a typed amount may hold besides digits: the euro sign, spaces and thousands separators.
_NOISE = re.compile(r"[€\s.,\u00a0\u202f]")


def euros(text: str) -> int | None:
    """The whole euros a typed text means, or None when it is no amount.

    >>> euros("€ 9.000"), euros("€9,000"), euros("9000"), euros("negen")
    (9000, 9000, 9000, None)
    """
    digits = _NOISE.sub("", text)
    return int(digits) if digits.isdigit() else None


class MoneyField(QDoubleSpinBox):
    """A spin box of whole euros shown as the formatter writes them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(0)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt naming
        return fmt_money(value)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt naming
        found = euros(text)
        return float(found) if found is not None else self.value()

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        found = euros(text)
        if found is None:
            state = QValidator.State.Intermediate if not _NOISE.sub("", text) else QValidator.State.Invalid
        else:
            state = QValidator.State.Acceptable if self.minimum() <= found <= self.maximum() else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())
