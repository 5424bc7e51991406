"""Shared helpers of the GUI tests: data files, window factory, a solver that runs until stopped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = DATA / "tiny.yaml"
LEARNER = DATA / "learner.yaml"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def make_window(qtbot, settings, solver_factory=None):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from ui.mainwindow import MainWindow

    w = MainWindow(solver_factory=solver_factory, settings=settings)
    w.runner.time_limit = 5.0
    w.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    yield w
    w.doc.undo_stack.setClean()
    w.runner.shutdown()


def open_and_plan(qtbot, window, catalogues, learner) -> None:  # type: ignore[no-untyped-def]
    """Open catalogues and a learner and wait for their first plan."""
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        assert window.open_catalogues(catalogues)
        assert window.open_learner(learner)
    qtbot.waitUntil(lambda: not window.runner.busy)


@contextmanager
def planned_window(qtbot, settings, catalogues, learner) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh window (as :func:`make_window`) with catalogues and a learner opened and planned."""
    gen = make_window(qtbot, settings)
    window = next(gen)
    try:
        open_and_plan(qtbot, window, catalogues, learner)
        yield window
    finally:
        next(gen, None)


@contextmanager
def anna_planned(qtbot, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The demo catalogues with the sample learner Anna, planned, her first module selected."""
    from planner.shipped import demo_catalogues, sample_learner

    with planned_window(qtbot, settings, list(demo_catalogues()), sample_learner("switcher-anna")) as window:
        plan = window.doc.plan
        assert plan is not None and plan.items
        window.refresh.select_module(plan.items[0].module)
        yield window


def each_tab(qtbot, window) -> Iterator[int]:  # type: ignore[no-untyped-def]
    """Show each tab of the plan views in turn (yields its index once it is on screen)."""
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        yield i


def replanned(qtbot, window, action):  # type: ignore[no-untyped-def]
    """Run ``action`` (an edit) and wait for the plan that follows it."""
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        result = action()
    qtbot.waitUntil(lambda: not window.runner.busy)
    return result


class BlockingSolver:
    """A solver that runs until stopped (for cancel tests); reports one improving plan first."""

    instances: list[BlockingSolver] = []

    def __init__(self, cs, learner, previous=None, time_limit=10.0, explain=True):  # type: ignore[no-untyped-def]
        self.learner = learner
        self.stopped = threading.Event()
        self.started = threading.Event()
        BlockingSolver.instances.append(self)

    def solve(self, on_plan=None):  # type: ignore[no-untyped-def]
        import datetime as dt

        from planner.plan import Plan, Status

        self.started.set()
        plan = Plan(learner=self.learner.name, start_date=self.learner.start, status=Status.FEASIBLE)
        if on_plan:
            on_plan(plan)
        self.stopped.wait(30)
        return plan.model_copy(update={"status": Status.STOPPED, "solve_seconds": 0.1,
                                       "start_date": self.learner.start or dt.date.today()})

    def stop(self) -> None:
        self.stopped.set()


def shown_tip(tip: str) -> str:
    """The text a tooltip shows (our tooltips are escaped rich text)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText().replace("\u2028", "\n")


def saved_plan_file(folder: Path) -> Path:
    """A plan file of the tiny catalogue and learner, planned without a window, in ``folder``."""
    import shutil

    from planner.load import load_catalogues, load_learner
    from planner.planfile import save_plan_file
    from planner.solver import solve

    shutil.copy(CATALOGUE, folder / "tiny.yaml")
    cs = load_catalogues([folder / "tiny.yaml"])
    learner = load_learner(LEARNER)
    plan = solve(cs, learner, time_limit=5.0)
    target = folder / "plan.leerroute.json"
    save_plan_file(target, learner, cs, plan)
    return target
