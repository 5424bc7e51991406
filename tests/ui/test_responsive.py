"""Issue 15: nothing slow on the GUI thread — the solver is built in its worker, improving routes
reach the window a few times a second, catalogues are read in the background, the catalogue lists
fill when shown."""

from __future__ import annotations

import datetime as dt
import threading
import time

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import Plan, Status
from tests.ui.helpers import CATALOGUE
from ui.worker import IMPROVED_MS, PlanRunner

LEARNER = Learner(name="x", outcomes=["t:o"], start=dt.date(2027, 1, 4), hours_per_week=10)


class ChattySolver:
    """Built slowly, then reports 40 improving routes in 0.4 s."""

    built_in: list[threading.Thread] = []

    def __init__(self, cs, learner, previous=None, time_limit=10.0, explain=True):  # type: ignore[no-untyped-def]
        ChattySolver.built_in.append(threading.current_thread())
        time.sleep(0.3)  # a large model takes time to build
        self.learner = learner

    def solve(self, on_plan=None):  # type: ignore[no-untyped-def]
        plan = Plan(learner=self.learner.name, start_date=self.learner.start, status=Status.FEASIBLE)
        for _ in range(40):
            time.sleep(0.01)
            if on_plan:
                on_plan(plan)
        return plan

    def stop(self) -> None:
        pass


def test_the_solver_is_built_off_the_gui_thread_and_improvements_are_paced(qtbot):
    ChattySolver.built_in.clear()
    runner = PlanRunner(None, ChattySolver, time_limit=1)
    shown = []
    runner.improved.connect(lambda plan: shown.append(time.perf_counter()))
    started = time.perf_counter()
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.request(CatalogueSet(), LEARNER)
        assert time.perf_counter() - started < 0.1  # request() did not wait for the build
    assert ChattySolver.built_in and ChattySolver.built_in[0] is not threading.main_thread()
    assert 1 <= len(shown) <= 0.4 / (IMPROVED_MS / 1000) + 2  # not 40 redraws
    assert all(b - a >= IMPROVED_MS / 1000 * 0.9 for a, b in zip(shown, shown[1:], strict=False))


def test_catalogues_open_in_the_background_and_the_lists_fill_when_shown(qtbot, window):
    assert window.open_catalogues([CATALOGUE], background=True)
    assert window.doc.catalogues is None  # still reading
    qtbot.waitUntil(lambda: window.doc.catalogues is not None, timeout=10000)
    assert window.browser.models["modules"].rowCount() == 0  # not filled while hidden
    window.tabs.setCurrentWidget(window.browser)
    assert window.browser.models["modules"].rowCount() == 6
