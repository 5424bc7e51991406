"""The window stays responsive while threads run Python: solves, loading, the autosave copy."""

from __future__ import annotations

import sys

from ui.background import SWITCH_INTERVAL


def test_background_threads_hand_the_interpreter_back_soon(window) -> None:  # type: ignore[no-untyped-def]
    """With the interpreter's default (5 ms) the GUI thread waited that long for the lock after each call
    into Qt while a solver or loading thread ran Python: the XL window froze for seconds in all."""
    assert sys.getswitchinterval() <= SWITCH_INTERVAL
