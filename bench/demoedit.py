"""From an edit to the final route on screen, on the demo learner (issue 23.8): the speed a user feels.

The demo catalogues and learner are opened and planned in an offscreen window (test-mode settings);
then, as a user would, a mode checkbox is ticked off and on again, and the hours are changed, in the
learner panel ("hybrid": without it the demo learner still has a route, so the edit ends in a route
on screen, not in an explanation of why there is none). Each figure is the wall-clock time from the edit to the moment the window has shown the
final route (the planner finished, the views were updated, and the event loop came round once more,
so the paint is done) — the median of ``repeats`` edits per kind, against :data:`TARGET_S`. The
process's CPU time over the same interval (all threads) is printed beside it, and the load.

``python -m bench --window`` prints it after the L and XL gaps; ``python -m bench.demoedit`` alone.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_S = 0.5


def _edits(window: Any) -> dict[str, list[Callable[[], object]]]:
    """The edits per kind, each undoing the one before (so every edit changes the route's input)."""
    form = window.learner_form
    box = form.modes["hybrid"]
    hours = form.hours.value()
    return {
        "checkbox (hybrid off, on)": [lambda: box.setChecked(False), lambda: box.setChecked(True)],
        "hours (+1, back)": [lambda: form.hours.setValue(hours + 1), lambda: form.hours.setValue(hours)],
    }


def _one(window: Any, edit: Callable[[], object], timeout: float = 60.0) -> tuple[float, float]:
    """Wall and CPU seconds from ``edit`` to the final route on screen."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    state: dict[str, float] = {}

    def finished(*_args: object) -> None:
        if window.scenario_handling.replan_timer.isActive():
            return  # a route for an older request: another one follows
        QTimer.singleShot(0, shown)  # after every view the finished plan updates, and their paint

    def shown() -> None:
        if window.runner.busy or window.scenario_handling.replan_timer.isActive():
            return
        window.repaint()  # what is on screen now, painted
        state["wall"] = time.perf_counter() - state["t0"]
        state["cpu"] = time.process_time() - state["c0"]
        loop.quit()

    window.runner.finished.connect(finished)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(int(timeout * 1000))
    state["t0"], state["c0"] = time.perf_counter(), time.process_time()
    edit()
    loop.exec()
    window.runner.finished.disconnect(finished)
    if "wall" not in state:
        raise RuntimeError("no route came within the time allowed")
    return state["wall"], state["cpu"]


def measure(repeats: int = 6, time_limit: float = 10.0, profile: Path | None = None) -> dict[str, Any]:
    """Median and every figure of each kind of edit on the demo learner."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication, QMessageBox

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from ui.app import DEMO_CATALOGUES, DEMO_LEARNER
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    out: dict[str, Any] = {"target_s": TARGET_S, "load": os.getloadavg(), "edits": {}}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings=settings)
        window.runner.time_limit = time_limit
        window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.open_catalogues(DEMO_CATALOGUES)
        _one(window, lambda: window.open_learner(DEMO_LEARNER), timeout=120)
        profiler = None
        if profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        for kind, edits in _edits(window).items():
            walls, cpus = [], []
            for i in range(repeats):
                wall, cpu = _one(window, edits[i % len(edits)])
                walls.append(wall)
                cpus.append(cpu)
            if repeats % len(edits):
                _one(window, edits[-1])  # back to the learner as opened
            out["edits"][kind] = {"median_s": statistics.median(walls), "runs_s": walls,
                                  "cpu_median_s": statistics.median(cpus)}
        if profiler is not None and profile is not None:
            profiler.disable()
            profiler.dump_stats(str(profile))
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def format_report(report: dict[str, Any]) -> str:
    load = ", ".join(f"{x:.2f}" for x in report["load"])
    lines = [f"from an edit to the final route on screen, demo learner (median; target ≤ {report['target_s']} s; "
             f"load {load})", f"{'edit':<30}{'median':>9}{'cpu':>9}  runs"]
    for kind, fig in report["edits"].items():
        ok = "PASS" if fig["median_s"] <= report["target_s"] else "MISS"
        runs = " ".join(f"{x:.2f}" for x in fig["runs_s"])
        lines.append(f"{kind:<30}{fig['median_s']:>7.2f} s{fig['cpu_median_s']:>7.2f} s  {runs}  {ok}")
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.demoedit", description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=6, help="edits of each kind (at least 5)")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics of the edits (GUI thread) here")
    args = parser.parse_args()
    print(format_report(measure(max(args.repeats, 5), profile=args.profile)))
