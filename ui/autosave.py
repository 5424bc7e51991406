"""Unsaved changes survive a crash.

A few seconds after the last edit, every scenario (learners and plans, as a plan file holds them,
with copies of the catalogues) is written atomically to the user's data folder. A clean save, or a
close where the user saved or discarded the changes, removes that copy. On the next start the window
offers to restore it; a restored document is unsaved (no path) and marked modified.

Each running window writes its own copy (``recovery-<pid>.leerroute.json``) and holds a lock file
beside it (:class:`QLockFile`) while it runs. Only a copy whose lock is stale (its process is gone)
is offered, so a second window never offers, or overwrites, the live work of the first.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from planner.errors import LeerrouteError
from planner.planfile import open_plan_file, save_plan_file
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

    def write(self) -> bool:
        """Write the unsaved scenarios now; False when there is nothing to write or it failed."""
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
            save_plan_file(self.path, learner, doc.catalogues, main.doc.plan, scenarios=entries, chosen=chosen)
        except (LeerrouteError, OSError) as exc:  # a copy that cannot be written must never stop the work
            log.warning("autosave failed: %s", exc)
            return False
        self.written.emit(self.path)
        return True

    def discard(self) -> None:
        """Forget the copy: the changes were saved or thrown away."""
        self.timer.stop()
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
        self.write()  # the changes are safe again before the old copy goes
        self.host.status_label.setText(QCoreApplication.translate(
            "autosave", "Unsaved changes restored; save them with Save Plan As."))
        if self.host.doc.plan is None:
            self.host.schedule_replan()
        return True
