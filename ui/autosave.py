"""Unsaved changes survive a crash.

A few seconds after the last edit, every scenario (learners and plans, as a plan file holds them,
with copies of the catalogues) is written atomically to the user's data folder. A clean save, or a
close where the user saved or discarded the changes, removes that copy. On the next start the window
offers to restore it; a restored document is unsaved (no path) and marked modified.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from planner.errors import LeerrouteError
from planner.planfile import open_plan_file, save_plan_file
from ui import planfiles
from ui.host import WindowHost, widget

log = logging.getLogger(__name__)

# The copy of the unsaved scenarios, in :func:`recovery_folder`.
RECOVERY_NAME = "recovery.leerroute.json"
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
        s = host.scenarios
        for signal in (s.modifiedChanged, s.learnerChanged, s.listChanged, s.scenarioPlanChanged,
                       s.undo_group.indexChanged):
            signal.connect(self._changed)

    @property
    def path(self) -> Path:
        return self.folder / RECOVERY_NAME

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

    def pending(self) -> Path | None:
        """The copy a previous run left, if any."""
        return self.path if self.path.is_file() else None

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
        """At start: restore the copy a crashed run left when the user wants it (else remove it)."""
        path = self.pending()
        if path is None:
            return False
        when = dt.datetime.fromtimestamp(path.stat().st_mtime)
        if not self.ask_restore(when):
            self.discard()
            return False
        if self.restore():
            return True
        try:  # unreadable: keep it for a look, but do not offer it at every start
            path.replace(path.with_name(f"{path.name}.{when:%Y%m%d-%H%M%S}.unreadable"))
        except OSError:
            self.discard()
        return False

    def restore(self) -> bool:
        """Show the scenarios of the copy, unsaved and modified."""
        self._restoring = True
        try:
            try:
                pf, _changes = open_plan_file(self.path)  # its catalogues are the copies inside it
            except LeerrouteError as exc:
                self.host.show_message(QCoreApplication.translate("autosave", "Cannot restore the unsaved changes"), str(exc))
                return False
            if planfiles.open_plan_catalogues(self.host, pf, self.path) is None:
                return False
            scenarios = self.host.scenarios
            scenarios.open_file(pf, [], self.path)
            scenarios.set_unsaved()
        finally:
            self._restoring = False
        self.timer.start()  # the copy stays until the changes are saved or thrown away
        self.host.status_label.setText(QCoreApplication.translate(
            "autosave", "Unsaved changes restored; save them with Save Plan As."))
        if self.host.doc.plan is None:
            self.host.schedule_replan()
        return True
