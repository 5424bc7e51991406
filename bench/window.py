"""The window benchmark: the largest gap in the event loop per step, on L and XL catalogues.

A 10 ms timer ticks while the window does each step as a user would; the largest time between two
ticks is how long the window was frozen (nothing repainted, no click answered). Steps: open the
catalogues, open a learner and plan, re-plan after an edit, switch through every tab. Runs offscreen
with test-mode settings (the user's own settings are never touched). Target: no gap over 100 ms.

``python -m bench --window [--sizes L,XL] [--repeats 3]``
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_MS = 100.0
STEPS = ("open catalogues", "open learner and plan", "re-plan after an edit", "switch tabs")


def write_instance(size: str, seed: int, folder: Path) -> tuple[list[Path], Path]:
    """The generated instance as files, as a user would open them."""
    from bench.generator import generate
    from planner.load import save_learner

    cs, learner = generate(size, seed)
    paths = []
    for cat in cs.catalogues:
        p = folder / f"{cat.id}.json"
        p.write_text(json.dumps(cat.model_dump(mode="json", by_alias=True, exclude_none=True)), encoding="utf-8")
        paths.append(p)
    lp = folder / "learner.yaml"
    save_learner(learner, lp)
    return paths, lp


class GapMeter:
    """Ticks every 10 ms and keeps the largest gap between two ticks since :meth:`reset`."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0


def _run(meter: GapMeter, action: Callable[[], object], done: Callable[[], bool], timeout: float,
         settle: float = 0.3) -> float:
    """Do ``action`` from inside the event loop, wait until ``done`` and ``settle`` quiet seconds;
    the largest gap in ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    state = {"since": None, "start": time.perf_counter()}

    def poll() -> None:
        now = time.perf_counter()
        if done():
            state["since"] = state["since"] or now  # type: ignore[assignment]
            if now - state["since"] >= settle:  # type: ignore[operator]
                loop.quit()
        else:
            state["since"] = None
        if now - state["start"] > timeout:  # type: ignore[operator]
            loop.quit()

    poller = QTimer()
    poller.setInterval(20)
    poller.timeout.connect(poll)
    meter.reset()
    QTimer.singleShot(0, action)
    poller.start()
    loop.exec()
    poller.stop()
    return meter.worst * 1000


def measure(size: str, seed: int = 1, time_limit: float = 10.0) -> dict[str, float]:
    """One run of every step on one instance; the largest gap of each in ms."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        catalogues, learner = write_instance(size, seed, folder)
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings=settings)
        window.runner.time_limit = time_limit
        window.ask_unsaved = lambda: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        meter = GapMeter()
        idle = lambda: not window.runner.busy  # noqa: E731
        out: dict[str, float] = {}
        out["open catalogues"] = _run(meter, lambda: window.open_catalogues(catalogues, background=True),
                                      lambda: window.doc.catalogues is not None, 120)
        out["open learner and plan"] = _run(meter, lambda: window.open_learner(learner),
                                            lambda: idle() and window.doc.plan is not None, time_limit + 120)
        hours = window.doc.learner.hours_per_week if window.doc.learner else 12
        out["re-plan after an edit"] = _run(
            meter, lambda: window.doc.edit_learner("bench", hours_per_week=hours + 2),
            lambda: idle() and not window.scenario_handling.replan_timer.isActive(), time_limit + 120, settle=0.5)
        worst = 0.0
        for i in list(range(window.tabs.count())) + [0]:
            worst = max(worst, _run(meter, lambda i=i: window.tabs.setCurrentIndex(i), lambda: True, 30, settle=0.2))
        out["switch tabs"] = worst
        meter.timer.stop()
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def run(sizes: list[str], repeats: int = 3, time_limit: float = 10.0,
        progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Every size ``repeats`` times (seeds 1…); the median and worst gap per step."""
    report: dict[str, Any] = {"target_ms": TARGET_MS, "sizes": {}}
    for size in sizes:
        runs = []
        for r in range(repeats):
            figures = measure(size, seed=r + 1, time_limit=time_limit)
            runs.append(figures)
            progress(f"{size} run {r + 1}: " + ", ".join(f"{k} {v:.0f} ms" for k, v in figures.items()))
        report["sizes"][size] = {step: {"median_ms": statistics.median(x[step] for x in runs),
                                        "worst_ms": max(x[step] for x in runs), "runs": [x[step] for x in runs]}
                                 for step in STEPS}
    return report


def format_report(report: dict[str, Any]) -> str:
    lines = [f"largest event-loop gap per step (10 ms ticks; target ≤ {report['target_ms']:.0f} ms)",
             f"{'size':<5}{'step':<26}{'median':>9}{'worst':>9}  target"]
    for size, steps in report["sizes"].items():
        for step, fig in steps.items():
            ok = "PASS" if fig["median_ms"] <= report["target_ms"] else "MISS"
            lines.append(f"{size:<5}{step:<26}{fig['median_ms']:>7.0f} ms{fig['worst_ms']:>6.0f} ms  {ok}")
    return "\n".join(lines)
