"""One piece of work off the GUI thread — reading and checking catalogue files — with its answer
delivered back on the GUI thread. (Solving has its own runner: :mod:`ui.worker`.)"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Job(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which says what went wrong
            log.info("background work failed: %s", exc)
            self.failed.emit(exc)
            return
        self.done.emit(result)


class Background(QObject):
    """Runs ``work`` in a thread; ``on_done(result)`` or ``on_failed(exception)`` run on the GUI
    thread afterwards. Keep a reference until :attr:`finished` (the window keeps the last one)."""

    finished = Signal()

    def __init__(self, parent: QObject, work: Callable[[], Any], on_done: Callable[[Any], None],
                 on_failed: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._on_done, self._on_failed = on_done, on_failed
        self._worker_thread = QThread()
        self._worker_thread.setObjectName("backgroundThread")
        self.job = _Job(work)
        self.job.moveToThread(self._worker_thread)
        self._worker_thread.started.connect(self.job.run)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.done.connect(self._worker_thread.quit, Qt.ConnectionType.DirectConnection)
        self.job.failed.connect(self._worker_thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker_thread.start()

    @property
    def running(self) -> bool:
        return self._worker_thread.isRunning()

    def _done(self, result: Any) -> None:
        self._worker_thread.wait()
        self._on_done(result)
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._worker_thread.wait()
        self._on_failed(exc)
        self.finished.emit()

    def wait(self, ms: int = 60_000) -> None:
        """Wait for the thread (closing the window)."""
        self._worker_thread.wait(ms)
