"""Runners that share SolveSlots: one solve at a time, a waiting runner is busy, the scenario on
screen goes first, a cancelled wait ends; without slots a runner behaves as before."""

from __future__ import annotations

import datetime as dt

from planner.catalog import CatalogueSet
from planner.models import Learner
from tests.ui.helpers import BlockingSolver
from ui.worker import PlanRunner, SolveSlots

LEARNER = Learner(name="x", outcomes=["t:o"], start=dt.date(2027, 1, 4), hours_per_week=10)


def runners(qtbot, n: int):  # type: ignore[no-untyped-def]
    BlockingSolver.instances.clear()
    slots = SolveSlots()
    made = [PlanRunner(None, BlockingSolver, time_limit=1, slots=slots) for _ in range(n)]
    return slots, made


def finish(qtbot, runner: PlanRunner, solver: BlockingSolver) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(runner.finished, timeout=5000):
        solver.stop()


def test_one_solve_at_a_time_and_the_waiting_one_follows(qtbot):
    slots, (a, b) = runners(qtbot, 2)
    a.request(CatalogueSet(), LEARNER)
    b.request(CatalogueSet(), LEARNER)
    assert a.busy and not a.waiting
    assert b.busy and b.waiting  # busy: the window shows "planning…" for it
    qtbot.waitUntil(lambda: len(BlockingSolver.instances) == 1 and BlockingSolver.instances[0].started.is_set())
    with qtbot.waitSignal(b.started, timeout=5000):
        finish(qtbot, a, BlockingSolver.instances[0])
    qtbot.waitUntil(lambda: not a.busy)
    assert b.busy and not b.waiting
    qtbot.waitUntil(lambda: len(BlockingSolver.instances) == 2)  # built in b's solver thread
    finish(qtbot, b, BlockingSolver.instances[1])
    qtbot.waitUntil(lambda: not b.busy)


def test_the_scenario_on_screen_goes_first(qtbot):
    slots, (a, b, c) = runners(qtbot, 3)
    slots.priority = lambda r: 0 if r is c else 1
    for r in (a, b, c):
        r.request(CatalogueSet(), LEARNER)
    assert b.waiting and c.waiting
    qtbot.waitUntil(lambda: bool(BlockingSolver.instances) and BlockingSolver.instances[0].started.is_set())
    with qtbot.waitSignal(c.started, timeout=5000):
        finish(qtbot, a, BlockingSolver.instances[0])
    assert b.waiting and not c.waiting
    for r in (b, c):
        r.shutdown()


def test_a_cancelled_wait_is_no_longer_busy(qtbot):
    slots, (a, b) = runners(qtbot, 2)
    a.request(CatalogueSet(), LEARNER)
    b.request(CatalogueSet(), LEARNER)
    with qtbot.waitSignal(b.busyChanged, timeout=1000) as blocker:
        b.cancel()
    assert blocker.args == [False] and not b.busy
    qtbot.waitUntil(lambda: bool(BlockingSolver.instances) and BlockingSolver.instances[0].started.is_set())
    finish(qtbot, a, BlockingSolver.instances[0])
    qtbot.waitUntil(lambda: not a.busy)
    assert len(BlockingSolver.instances) == 1  # the cancelled request never ran


def test_a_discarded_solve_delivers_nothing(qtbot):
    slots, (a,) = runners(qtbot, 1)
    seen = []
    a.finished.connect(lambda plan, _p: seen.append(plan))
    a.request(CatalogueSet(), LEARNER)
    qtbot.waitUntil(lambda: bool(BlockingSolver.instances) and BlockingSolver.instances[0].started.is_set())
    a.cancel(discard=True)
    qtbot.waitUntil(lambda: not a.busy)
    assert seen == []
