"""The window stays responsive while threads run Python: solves, loading, the autosave copy."""

from __future__ import annotations

import sys

from ui.background import SWITCH_INTERVAL


def test_background_threads_hand_the_interpreter_back_soon(window) -> None:  # type: ignore[no-untyped-def]
    """With the interpreter's default (5 ms) the GUI thread waited that long for the lock after each call
    into Qt while a solver or loading thread ran Python: the XL window froze for seconds in all. What the
    start made is left out of the garbage collector's full collections."""
    import gc

    assert sys.getswitchinterval() <= SWITCH_INTERVAL
    assert gc.get_freeze_count() > 0


def test_the_progress_tab_is_filled_only_when_it_is_shown(planned, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Refilling the progress tab for every route took 0.13 s of the GUI thread each on XL."""
    w = planned
    filled: list[object] = []
    real = w.progress.set_data
    monkeypatch.setattr(w.progress, "set_data", lambda cs, learner, plan: (filled.append(plan), real(cs, learner, plan)))
    streamed = w.doc.plan.model_copy(deep=True)
    w.tabs.setCurrentWidget(w.timeline)
    w.doc.set_plan(streamed)
    assert filled == []
    w.tabs.setCurrentWidget(w.progress)  # shown: filled with the route on screen
    assert filled == [streamed]
    w.doc.set_plan(streamed)  # on screen: follows every route
    assert len(filled) == 2
    w.tabs.setCurrentWidget(w.timeline)
    final = w.doc.plan.model_copy(deep=True)
    w.doc.set_plan(final, [])  # hidden: not filled, not even with the search's answer ...
    assert len(filled) == 2
    w.tabs.setCurrentWidget(w.progress)  # ... until it is shown
    assert filled[-1] is final


def test_large_catalogues_leave_the_garbage_collectors_walks() -> None:
    """A full collection over XL catalogues held the interpreter lock 0.9-1.7 s under load."""
    import gc

    from ui.background import FREEZE_MODULES, settle_catalogues

    try:
        gc.unfreeze()
        assert not settle_catalogues(FREEZE_MODULES - 1) and gc.get_freeze_count() == 0  # small: left alone (tests)
        assert settle_catalogues(FREEZE_MODULES) and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
