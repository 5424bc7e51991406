"""A solver that fails shows one line in the window and leaves its full traceback in the log."""

from __future__ import annotations

import logging
from pathlib import Path

from tests.ui.helpers import CATALOGUE, LEARNER, make_window


class BrokenSolver:
    def __init__(self, cs, learner, **_kw) -> None:  # type: ignore[no-untyped-def]
        self.learner = learner

    def solve(self, on_plan=None):  # type: ignore[no-untyped-def]
        return {}["no such key"]

    def stop(self) -> None:
        pass


def test_a_failed_solve_is_logged_with_its_traceback(qtbot, settings, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from planner.logs import setup_logging

    monkeypatch.setenv("LEERROUTE_LOG_DIR", str(tmp_path))
    log_path = setup_logging("leerroute-gui")
    assert log_path is not None
    gen = make_window(qtbot, settings, solver_factory=BrokenSolver)
    w = next(gen)
    try:
        with qtbot.waitSignal(w.runner.failed, timeout=10000) as failed:
            w.open_catalogues([CATALOGUE])
            w.open_learner(LEARNER)
        assert failed.args[0] == "KeyError: 'no such key'"  # one line for the window
        for h in logging.getLogger("ui").handlers:
            h.flush()
        text = log_path.read_text()
        assert "planning for" in text and "Traceback (most recent call last)" in text
        assert 'return {}["no such key"]' in text  # the line that failed, for a bug report
    finally:
        next(gen, None)
        for name in ("planner", "ui"):
            for h in list(logging.getLogger(name).handlers):
                if getattr(h, "baseFilename", None) == str(log_path):
                    logging.getLogger(name).removeHandler(h)
                    h.close()
