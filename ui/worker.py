"""Solving off the GUI thread: a worker on a QThread, one solve at a time, newest request wins.

The solver's ``on_plan`` callback runs in the solver's thread and only emits a signal; widgets are
touched in the GUI thread alone. Cancel calls the solver's thread-safe ``stop()``.

Several runners (one per scenario) can share a :class:`SolveSlots`: then only that many solves run
at once on the whole machine, and a runner with a request waits, busy, for its turn.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QThread, QTimer, Signal, Slot

from planner import pipeline
from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.pipeline import PlanJob, SolverFactory, default_solver_factory
from planner.plan import Message, Plan
from ui.background import keep_until_finished

IMPROVED_MS = 300
log = logging.getLogger(__name__)


def validate(cs: CatalogueSet, learner: Learner, plan: Plan) -> list[Message]:
    """The independent validator's findings."""
    return pipeline.validate(cs, learner, plan)


@dataclass
class Request:
    cs: CatalogueSet
    learner: Learner
    previous: Plan | None
    serial: int


class SolveWorker(QObject):
    """Runs one learner through the planning pipeline in its thread; emits improving plans, then the
    final plan with the validator's findings, or an error."""

    improved = Signal(int, object)
    finished = Signal(int, object, object)  # serial, plan, validation problems
    failed = Signal(int, str)

    def __init__(self, job: PlanJob, serial: int) -> None:
        super().__init__()
        self.job = job
        self.serial = serial

    def _on_plan(self, plan: Plan) -> None:  # called in the solver's thread: only emit
        self.improved.emit(self.serial, plan)

    def stop(self) -> None:
        """Stop the solve, or stop it as soon as the solver is built (called from the GUI thread)."""
        self.job.stop()

    @Slot()
    def run(self) -> None:
        try:
            # the solver is built here, in the worker's thread: on a large catalogue building the
            # model and its warm start took over a second of the GUI thread (the garbage collector stays on:
            # turned off for the solve, the one collection when it ended froze XL's window for 0.4-1.1 s)
            outcome = self.job.run(on_plan=self._on_plan)
        except Exception as exc:  # the solver must never take the window down
            log.exception("planning for %s failed", self.job.learner.name)
            self.failed.emit(self.serial, f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(self.serial, outcome.plan, outcome.problems)


class SolveSlots(QObject):
    """How many solves may run at once across runners; waiting runners go in order of ``priority``
    (lowest first; the window gives the scenario on screen 0), then of arrival."""

    def __init__(self, parent: QObject | None = None, size: int = 1) -> None:
        super().__init__(parent)
        self.size = size
        self.priority: Callable[[PlanRunner], int] = lambda _runner: 0
        self._running: list[PlanRunner] = []
        self._waiting: list[PlanRunner] = []

    def acquire(self, runner: PlanRunner) -> bool:
        """Take a slot for ``runner`` now (True), or queue it until :meth:`release` frees one."""
        if runner in self._running:
            return True
        if len(self._running) < self.size and not self._waiting:
            self._running.append(runner)
            return True
        if runner not in self._waiting:
            self._waiting.append(runner)
        return False

    def withdraw(self, runner: PlanRunner) -> None:
        """Forget a waiting runner (its request was cancelled)."""
        if runner in self._waiting:
            self._waiting.remove(runner)

    def release(self, runner: PlanRunner) -> None:
        """Free ``runner``'s slot and start the next waiting runner."""
        if runner in self._running:
            self._running.remove(runner)
        self._grant()

    def _grant(self) -> None:
        while self._waiting and len(self._running) < self.size:
            order = sorted(range(len(self._waiting)), key=lambda i: (self.priority(self._waiting[i]), i))
            runner = self._waiting.pop(order[0])
            self._running.append(runner)
            runner._slot_granted()


class PlanRunner(QObject):
    """Schedules solves: one at a time; a new request stops the running one and runs next."""

    started = Signal()
    improved = Signal(object)
    finished = Signal(object, object)
    failed = Signal(str)
    busyChanged = Signal(bool)
    elapsed = Signal(float)

    def __init__(self, parent: QObject | None = None, solver_factory: SolverFactory | None = None,
                 time_limit: float = 10.0, slots: SolveSlots | None = None) -> None:
        super().__init__(parent)
        self.solver_factory = solver_factory or default_solver_factory
        self.time_limit = time_limit
        self.slots = slots
        self._waiting = False
        self._thread: QThread | None = None
        self._worker: SolveWorker | None = None
        self._pending: Request | None = None
        self._serial = 0
        self._running_serial = -1
        # improving routes reach the window at most every IMPROVED_MS (each one redraws the views), the
        # first one IMPROVED_MS after the solve started: a quick solve shows only its final route, which
        # would otherwise wait for the views to draw a route about to be replaced (bench/demoedit.py)
        self._latest: Plan | None = None
        self._improved_gate = QTimer(self)
        self._improved_gate.setSingleShot(True)
        self._improved_gate.setInterval(IMPROVED_MS)
        self._improved_gate.timeout.connect(self._pass_latest)
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(lambda: self.elapsed.emit(self._clock.elapsed() / 1000.0))

    @property
    def busy(self) -> bool:
        """Solving, or waiting for a free slot to solve."""
        return self._thread is not None or self._waiting

    @property
    def waiting(self) -> bool:
        """A request waits for another runner's solve to end."""
        return self._waiting

    def request(self, cs: CatalogueSet, learner: Learner, previous: Plan | None = None) -> None:
        """Plan for ``learner``; a running solve is stopped and this one runs after it."""
        self._serial += 1
        self._pending = Request(cs, learner.model_copy(deep=True), previous, self._serial)
        if self._thread is None:
            self._start_when_free()
        else:
            self._stop_current()

    def cancel(self, discard: bool = False) -> None:
        """Stop the running solve (its best plan so far is still delivered, unless ``discard``: the
        learner it was for is gone) and drop queued ones."""
        self._pending = None
        if discard:
            self._running_serial = -1
        if self._waiting:
            self._waiting = False
            if self.slots is not None:
                self.slots.withdraw(self)
            self.busyChanged.emit(False)
        self._stop_current()

    def _start_when_free(self) -> None:
        if self.slots is None or self.slots.acquire(self):
            was_waiting, self._waiting = self._waiting, False
            self._start_pending(announce=not was_waiting)
        elif not self._waiting:
            self._waiting = True
            self.busyChanged.emit(True)

    def _slot_granted(self) -> None:
        """Called by :class:`SolveSlots` when this waiting runner may start."""
        was_waiting, self._waiting = self._waiting, False
        if self._pending is None:
            if self.slots is not None:
                self.slots.release(self)
            if was_waiting:
                self.busyChanged.emit(False)
            return
        self._start_pending(announce=not was_waiting)

    def _stop_current(self) -> None:
        if self._worker is not None:
            try:
                self._worker.stop()
            except Exception:
                pass

    def _start_pending(self, announce: bool = True) -> None:
        req, self._pending = self._pending, None
        if req is None:
            if self.slots is not None:
                self.slots.release(self)
            return
        # the product's solver keeps its model between re-plans (a test's stand-in solver need not)
        job = PlanJob(req.cs, req.learner, previous=req.previous, solver_factory=self.solver_factory,
                      options={"time_limit": self.time_limit}, keep=self.solver_factory is default_solver_factory)
        thread = QThread()
        thread.setObjectName("solverThread")
        worker = SolveWorker(job, req.serial)
        worker.moveToThread(thread)
        serial = req.serial
        thread.started.connect(worker.run)
        # bound slots of this GUI-thread object: queued across threads
        worker.improved.connect(self._on_improved)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        # direct: the thread ends as soon as the solve does, even while the GUI thread waits for it
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_done)
        self._thread, self._worker, self._running_serial = thread, worker, serial
        self._clock.start()
        self._tick.start()
        self._latest = None
        self._improved_gate.start()
        if announce:
            self.busyChanged.emit(True)
        self.started.emit()
        thread.start()
        # held until it ends, whatever becomes of this runner: a running QThread that is garbage
        # collected aborts the process (a full test run once died so, in a collection mid-test)
        keep_until_finished(thread, worker)

    def _current(self, serial: int) -> bool:
        return serial == self._running_serial and (self._pending is None)

    @Slot(int, object)
    def _on_improved(self, serial: int, plan: Plan) -> None:
        if not self._current(serial):
            return
        if self._improved_gate.isActive():
            self._latest = plan  # shown when the gate opens, unless a better or the final one comes first
            return
        self.improved.emit(plan)
        self._improved_gate.start()

    def _pass_latest(self) -> None:
        plan, self._latest = self._latest, None
        if plan is not None and self._thread is not None:
            self.improved.emit(plan)
            self._improved_gate.start()

    @Slot(int, object, object)
    def _on_finished(self, serial: int, plan: Plan, problems: list[Message]) -> None:
        self._latest = None
        self._improved_gate.stop()
        if self._current(serial):
            self.finished.emit(plan, problems)

    @Slot(int, str)
    def _on_failed(self, serial: int, error: str) -> None:
        if self._current(serial):
            self.failed.emit(error)

    @Slot()
    def _on_thread_done(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self._tick.stop()
        self.elapsed.emit(self._clock.elapsed() / 1000.0)
        if self._pending is not None and self.slots is None:
            self._start_pending(announce=False)
            return
        if self.slots is not None:
            # let a waiting scenario have its turn before this runner's next request
            self.slots.release(self)
            if self._pending is not None:
                self._waiting = True
                self._start_when_free()
                return
        self.busyChanged.emit(False)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop everything and wait for the thread (on window close)."""
        self._pending = None
        if self._waiting and self.slots is not None:
            self.slots.withdraw(self)
        self._waiting = False
        self._stop_current()
        thread = self._thread
        if thread is not None:
            deadline = time.monotonic() + timeout_ms / 1000
            while thread.isRunning() and time.monotonic() < deadline:
                thread.wait(50)
            if thread.isRunning():  # the solve ignores its stop for now: let it end on its own
                log.warning("a solve still runs %.1f s after it was stopped; it ends in the background", timeout_ms / 1000)
                keep_until_finished(thread, self._worker)
            self._thread = self._worker = None
            self._tick.stop()
            if self.slots is not None:
                self.slots.release(self)
