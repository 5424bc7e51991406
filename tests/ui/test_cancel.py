"""Cancel in the window with the real solver: the best route so far stays, marked as stopped."""

from __future__ import annotations

from planner.plan import Status
from planner.validate import validate_plan
from ui.worker import PlanRunner


def test_cancel_keeps_the_best_route_marked_as_stopped(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bench.generator import generate

    cs, learner = generate("M", 1)
    runner = PlanRunner(time_limit=60.0)
    with qtbot.waitSignal(runner.improved, timeout=20000):
        runner.request(cs, learner)
    with qtbot.waitSignal(runner.finished, timeout=20000) as done:
        runner.cancel()
    plan, problems = done.args
    assert plan.status == Status.STOPPED
    assert plan.items and plan.totals is not None and problems == []
    assert validate_plan(cs, learner, plan) == []
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
