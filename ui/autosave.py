"""Unsaved changes survive a crash.

A few seconds after the last edit, every scenario (learners and plans, as a plan file holds them,
with copies of the catalogues) is written atomically to the user's data folder. A clean save, or a
close where the user saved or discarded the changes, removes that copy. On the next start the window
offers to restore it; a restored document is unsaved (no path) and marked modified.

Each running window writes its own copy (``recovery-<pid>.leerroute.json``) and holds a lock file
beside it (:class:`QLockFile`) while it runs. Only a copy whose lock is stale (its process is gone)
is offered, so a second window never offers, or overwrites, the live work of the first.

The copy is made off the GUI thread: the window takes a snapshot of the learners and plans (plain data,
a few milliseconds), and a thread renders the file (catalogues one entity at a time, cached between
copies) and writes it atomically. On XL catalogues writing on the GUI thread froze the window for
2.4–3.1 s at every pause in the edits. Writes run one at a time, the newest snapshot last; a discard
waits for a write under way, so a removed copy never comes back.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from planner import plansnapshot
from planner.errors import LeerrouteError
from planner.fileio import write_text_atomic
from planner.planfile import open_plan_file
from ui import planfiles
from ui.host import WindowHost, widget

log = logging.getLogger(__name__)

# The copies of unsaved scenarios in :func:`recovery_folder`: ``recovery-<pid>.leerroute.json``.
RECOVERY_PREFIX = "recovery-"
RECOVERY_SUFFIX = ".leerroute.json"
# Milliseconds without an edit before the copy is written.
IDLE_MS = 4000



def recovery_folder() -> Path:
    """``recovery`` in the user's data folder (``QStandardPaths.AppDataLocation``)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class Autosave(QObject):
    """Writes the window's unsaved scenarios after an idle pause; offers them back after a crash."""

    written = Signal(object)  # Path of the copy
    _ended = Signal(int, object, bool)  # emitted by the writing thread: its serial, the path, whether written

    def __init__(self, host: WindowHost, folder: Path | None = None, delay_ms: int = IDLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.folder = folder or recovery_folder()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.write)
        self._restoring = False  # opening the copy passes through 'no changes': keep the copy meanwhile
        self._lock: QLockFile | None = None  # held while this window has a copy
        self._cache = plansnapshot.ContentCache()  # the catalogues' content, dumped once per set
        self._thread: threading.Thread | None = None  # the write under way
        self._cancel = threading.Event()  # set by discard: the write under way is not wanted
        self._next: tuple[Path, plansnapshot.Snapshot] | None = None  # the newest snapshot, waiting
        self._serial = 0  # of the write under way
        self._ended.connect(self._write_ended)  # queued: the slot runs on the GUI thread
        s = host.scenarios
        for signal in (s.modifiedChanged, s.learnerChanged, s.listChanged, s.scenarioPlanChanged,
                       s.undo_group.indexChanged):
            signal.connect(self._changed)

    @property
    def path(self) -> Path:
        """This window's copy."""
        return self.folder / f"{RECOVERY_PREFIX}{os.getpid()}{RECOVERY_SUFFIX}"

    @staticmethod
    def _lock_of(path: Path) -> QLockFile:
        return QLockFile(str(path.with_name(path.name.removesuffix(RECOVERY_SUFFIX) + ".lock")))

    def _changed(self, *_args: object) -> None:
        if self._restoring:
            return
        if self.host.scenarios.is_modified():
            self.timer.start()  # again: the copy is written once the edits pause
        else:
            self.discard()

    def write(self, wait: bool = False) -> bool:
        """Write the unsaved scenarios (in a thread; ``wait`` for it); False when there is nothing to
        write, or (``wait``) when it failed."""
        self.timer.stop()
        scenarios, doc = self.host.scenarios, self.host.doc
        if not scenarios.is_modified() or doc.catalogues is None:
            return False
        entries, chosen = scenarios.saved()
        if not entries:
            return False
        main = scenarios.chosen if chosen is not None and scenarios.chosen is not None else scenarios.current
        learner = main.doc.learner or entries[0].learner
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if self._lock is None:
                lock = self._lock_of(self.path)
                lock.setStaleLockTime(0)  # held as long as the window runs, however long that is
                if lock.tryLock(0):
                    self._lock = lock
            snap = plansnapshot.take(learner, doc.catalogues, main.doc.plan, scenarios=entries, chosen=chosen)
        except (LeerrouteError, OSError, ValueError) as exc:  # a copy that cannot be written must never stop the work
            log.warning("autosave failed: %s", exc)
            return False
        self._next = (self.path, snap)
        if self._thread is None:
            self._start_next()
        if not wait:
            return True
        self.wait()
        return self.path.is_file()

    def _start_next(self) -> None:
        if self._next is None:
            return
        path, snap = self._next
        self._next = None
        self._cancel = threading.Event()
        cancel = self._cancel
        self._serial += 1
        # not a daemon: a write under way when the program quits is finished first (nothing lost)
        self._thread = threading.Thread(target=self._render_and_write, args=(self._serial, path, snap, cancel),
                                        name="autosave", daemon=False)
        self._thread.start()

    def _render_and_write(self, serial: int, path: Path, snap: plansnapshot.Snapshot, cancel: threading.Event) -> None:
        """In the writing thread: the file's text, written atomically unless cancelled meanwhile."""
        ok = False
        try:
            self._cache.keep_only(snap.catalogues)
            # (the garbage collector stays on: turned off while rendering, the one collection after it walked
            # everything made meanwhile and held the window for 0.7-1.7 s on XL, longer than the collections
            # rendering starts, 0.1-0.16 s)
            text = plansnapshot.render(snap, path.parent, self._cache, cancel)
            if not cancel.is_set():
                write_text_atomic(path, text)
                ok = True
        except plansnapshot.Cancelled:
            pass
        except Exception:  # a copy that cannot be made must never stop the work, nor the next copies
            log.exception("autosave of %s failed", path)
        try:
            self._ended.emit(serial, path, ok)
        except RuntimeError:  # the window is gone; the copy stays, as after a crash
            pass

    def _write_ended(self, serial: int, path: Path, ok: bool) -> None:
        if serial == self._serial and self._thread is not None:  # else wait() has taken care of it
            self._thread.join()
            self._thread = None
            self._start_next()
        if ok:
            self.written.emit(path)

    def wait(self) -> None:
        """Wait until no write is under way or waiting."""
        while self._thread is not None:
            self._thread.join()
            self._thread = None
            self._start_next()

    def discard(self) -> None:
        """Forget the copy: the changes were saved or thrown away."""
        self.timer.stop()
        self._next = None
        self._cancel.set()
        if self._thread is not None:  # it must not write the copy again after it is removed
            self._thread.join()
            self._thread = None
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot remove %s: %s", self.path, exc)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def pending(self) -> tuple[Path, QLockFile] | None:
        """The newest copy a window that is gone left behind, with its lock (now held by this
        window, so no other one offers it meanwhile); None when there is none."""
        try:
            copies = sorted((p for p in self.folder.glob(f"{RECOVERY_PREFIX}*{RECOVERY_SUFFIX}")
                             if p != self.path and p.is_file()), key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return None
        for path in copies:
            lock = self._lock_of(path)
            lock.setStaleLockTime(0)
            if lock.tryLock(0):  # no lock, or the stale lock of a process that is gone
                return path, lock
        return None

    def ask_restore(self, when: dt.datetime) -> bool:
        """Ask whether to restore the copy (tests replace this)."""
        title = QCoreApplication.translate("autosave", "Restore unsaved changes?")
        text = QCoreApplication.translate(
            "autosave", "Leerroute was closed on {when} without saving the changes to your plan. Restore them?")
        box = QMessageBox(QMessageBox.Icon.Question, title, text.format(when=when.strftime("%Y-%m-%d %H:%M")),
                          parent=widget(self.host))
        box.setObjectName("restoreBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        restore = box.addButton(QCoreApplication.translate("autosave", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Discard)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def offer(self) -> bool:
        """At start: restore the copy a crashed window left when the user wants it (else remove it)."""
        found = self.pending()
        if found is None:
            return False
        path, lock = found
        try:
            when = dt.datetime.fromtimestamp(path.stat().st_mtime)
            if not self.ask_restore(when):
                path.unlink(missing_ok=True)
                return False
            if self.restore(path):
                path.unlink(missing_ok=True)  # this window's own copy holds the changes now
                return True
            # unreadable: keep it for a look, but do not offer it at every start
            path.replace(path.with_name(f"{path.name}.{when:%Y%m%d-%H%M%S}.unreadable"))
            return False
        except OSError as exc:
            log.warning("recovery copy %s: %s", path, exc)
            return False
        finally:
            lock.unlock()

    def restore(self, path: Path) -> bool:
        """Show the scenarios of the copy at ``path``, unsaved and modified, and copy them as this window's."""
        self._restoring = True
        try:
            try:
                pf, _changes = open_plan_file(path)  # its catalogues are the copies inside it
            except LeerrouteError as exc:
                self.host.show_message(QCoreApplication.translate("autosave", "Cannot restore the unsaved changes"),
                                       str(exc))
                return False
            if planfiles.open_plan_catalogues(self.host, pf, path) is None:
                return False
            scenarios = self.host.scenarios
            scenarios.open_file(pf, [], path)
            scenarios.set_unsaved()
        finally:
            self._restoring = False
        self.write(wait=True)  # the changes are safe again before the old copy goes
        self.host.status_label.setText(QCoreApplication.translate(
            "autosave", "Unsaved changes restored; save them with Save Plan As."))
        if self.host.doc.plan is None:
            self.host.schedule_replan()
        return True
