"""One piece of work off the GUI thread — reading and checking catalogue files — with its answer
delivered back on the GUI thread. (Solving has its own runner: :mod:`ui.worker`.)"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Keeper(QObject):
    """Threads whose owner let go of them while they still ran, kept until they have ended.

    A ``QThread`` destroyed while it runs aborts the whole process (Qt's "Destroyed while thread is still
    running"); a window that closes while a slow solve ignores its stop for longer than the window waits
    must not take the program down. Each kept thread is let go on the GUI thread, after it has ended.
    """

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[int, tuple[QThread, tuple[object, ...]]] = {}

    def keep(self, thread: QThread, objects: tuple[object, ...]) -> None:
        if id(thread) in self.kept:
            return
        self.kept[id(thread)] = (thread, objects)
        # queued: the slot runs on this object's (the GUI) thread, never inside the ending thread
        thread.finished.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        if not thread.isRunning():
            self._let_go(thread)

    @Slot()
    def _ended(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            self._let_go(thread)

    def _let_go(self, thread: QThread) -> None:
        try:
            thread.wait()  # it has left its run loop; this returns at once
        except RuntimeError:  # its owner deleted it after it ended
            pass
        self.kept.pop(id(thread), None)

    def wait_all(self, ms: int) -> bool:
        """Wait up to ``ms`` for every kept thread (the application quits); True when all have ended."""
        for thread, _objects in list(self.kept.values()):
            thread.wait(ms)
        for thread, _objects in list(self.kept.values()):
            if not thread.isRunning():
                self._let_go(thread)
        return not self.kept


_keeper: _Keeper | None = None

#: Seconds a thread running Python may keep the interpreter lock while another waits for it (the
#: interpreter's default is 0.005). The GUI thread hands the lock over at every call into Qt that
#: waits (a file's status, a lock) and then waits up to this long to get it back from a solver,
#: loading or autosave thread: hundreds of such waits made the window freeze on XL catalogues.
SWITCH_INTERVAL = 0.001


#: From this many modules on, the objects alive after loading catalogues leave the garbage collector's walks
#: (L has 1,071 modules: a full collection in its re-plan took 1.2 s at load 11).
FREEZE_MODULES = 500


def settle_catalogues(modules: int) -> bool:
    """After loading ``modules`` modules: leave every object alive now out of the cyclic garbage collector's
    full collections (``gc.freeze``); True when it did.

    A full collection walks every object and holds the interpreter lock while it does: with XL catalogues
    loaded one took 0.9–1.7 s at load 13 (0.28 s CPU over the 340,000 objects of the catalogues alone),
    once or twice in every solve, and was the window's longest freeze. Catalogues live until another set
    is opened and hold no reference cycles, so reference counting still frees them. Smaller sets are
    left alone: whatever garbage cycles exist at the moment would be kept too.
    """
    if modules < FREEZE_MODULES:
        return False
    gc.freeze()
    return True


T = TypeVar("T")


def settled(work: Callable[[], T], modules: Callable[[T], int]) -> T:
    """Run ``work`` (reading catalogues, in a thread) with the cyclic garbage collector off, and settle what it
    made (:func:`settle_catalogues`, ``modules(result)`` modules) before the collector is on again.

    Reading turns the collector off (``planner.check``) and on again when it is done: the first allocation
    after that, in whichever thread, walked every object of the new catalogues as young garbage candidates
    (on XL the window's own thread, 0.1-0.2 s of its CPU and a 0.5 s freeze at load 9). Frozen first, they
    are never walked.
    """
    with collector_off():
        result = work()
        settle_catalogues(modules(result))
        return result


_off_lock = threading.Lock()
_off_holders = 0
_off_was_enabled = False


@contextmanager
def collector_off() -> Iterator[None]:
    """The cyclic garbage collector off while the block runs: for work in a thread that makes many objects
    and no reference cycles, and freezes what it keeps before the block ends (:func:`settled`). Blocks in
    several threads may overlap: the collector is on again when the last one ends (if it was on before the
    first began).

    Not for work that leaves its objects young: the first collection after the block walks all of them at
    once. Turned off for a solve or for rendering the autosave copy, that one collection held XL's window for
    0.4-1.7 s, longer than the collections the work started itself (0.1-0.16 s)."""
    global _off_holders, _off_was_enabled
    with _off_lock:
        if _off_holders == 0:
            _off_was_enabled = gc.isenabled()
            gc.disable()
        _off_holders += 1
    try:
        yield
    finally:
        with _off_lock:
            _off_holders -= 1
            if _off_holders == 0 and _off_was_enabled:
                gc.enable()


def responsive_interpreter() -> None:
    """Let the GUI thread get the interpreter lock back sooner from busy background threads, and leave what
    the start made (modules, classes, the window's widgets) out of the garbage collector's full
    collections, which walk every object while holding the lock."""
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)
    gc.freeze()



def keep_until_finished(thread: QThread, *objects: object) -> None:
    """Hold ``thread`` (and ``objects``, such as the worker living in it) until it has ended; call it
    from the GUI thread wherever the last reference to a thread that may still run is dropped."""
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
        app = QCoreApplication.instance()
        if app is not None:
            _keeper.moveToThread(app.thread())
            app.aboutToQuit.connect(lambda: wait_for_kept(30_000))
    _keeper.keep(thread, objects)


def wait_for_kept(ms: int) -> bool:
    """Wait for the threads kept by :func:`keep_until_finished`; True when none is left running."""
    return _keeper is None or _keeper.wait_all(ms)


def kept_threads() -> int:
    """How many threads are kept (for tests)."""
    return 0 if _keeper is None else len(_keeper.kept)


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
        keep_until_finished(self._worker_thread, self.job)  # whatever becomes of this object

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
        """Wait for the thread (closing the window); one still running after ``ms`` is kept alive
        until it ends, so that dropping this object never destroys a running thread."""
        if not self._worker_thread.wait(ms):
            keep_until_finished(self._worker_thread, self.job)
