"""Opening and saving files for the window: catalogues (read in the background when asked),
learners, plan files, dropped and recent files; where file dialogs start.

Texts keep the main window's translation context: they are the window's words.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from planner import shipped
from planner.errors import LeerrouteError
from planner.filekind import file_kind
from ui import fileguard, importing, planfiles
from ui.background import Background, settle_catalogues, settled
from ui.host import WindowHost, widget
from ui.scenariohandling import ScenarioHandling

PLAN_SUFFIX = ".leerroute.json"
DATA_SUFFIXES = (".yaml", ".yml", ".json")


def is_plan_file(path: Path) -> bool:
    return path.name.lower().endswith(PLAN_SUFFIX)


def looks_like_catalogue(path: Path) -> bool:
    """Catalogue or learner file? Told from the top-level keys (:func:`planner.filekind.file_kind`),
    once the file is known to be a regular file of a readable size."""
    return fileguard.readable(path) and file_kind(path) == "catalogue"


def droppable(paths: Sequence[Path]) -> bool:
    """Whether dropped files are of a kind the window opens."""
    return any(p.suffix.lower() in DATA_SUFFIXES or importing.is_badge_file(p) for p in paths)


class FileHandling:
    """File ▸ Open, Save and Recent, and files dropped on the window."""

    def __init__(self, window: WindowHost, planning: ScenarioHandling) -> None:
        self._window = weakref.ref(window)  # the window owns its helpers, not the other way round
        self.planning = planning

    # ------------------------------------------------------------------ where

    @property
    def w(self) -> WindowHost:
        window = self._window()
        assert window is not None, "the window is gone"
        return window
    def last_dir(self) -> str:
        """Where file dialogs start: the folder of the last file the user chose, else their documents
        folder, made when missing (a dialog given a missing folder opens the program's own), else home."""
        last = self.w.settings.get("files/lastDir")
        if last and Path(last).is_dir() and not self._shipped(Path(last)):
            return str(last)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        try:
            Path(documents).mkdir(parents=True, exist_ok=True)
        except OSError:
            return str(Path.home())
        return documents

    @staticmethod
    def _shipped(path: Path) -> bool:
        """Whether ``path`` is in the program's own demo folders (never a place to save to)."""
        return path.resolve().is_relative_to(shipped.data_dir().resolve())

    def remember(self, path: Path) -> None:
        self.w.settings.add_recent(path)
        if not self._shipped(path.parent):
            self.w.settings.set("files/lastDir", str(path.resolve().parent))
        if is_plan_file(path):
            self.w.settings.set("files/lastPlan", str(path.resolve()))

    def _right_kind(self, paths: Sequence[Path], wanted: str) -> bool:
        """Files of another kind (a catalogue opened as a learner…) are refused in one sentence,
        before the checker lists every field the other kind lacks."""
        names = {"catalogue": QCoreApplication.translate("MainWindow", "a catalogue"),
                 "learner": QCoreApplication.translate("MainWindow", "a learner file"),
                 "plan": QCoreApplication.translate("MainWindow", "a plan file")}
        wrong = [(p, kind) for p in paths if (kind := file_kind(p)) != wanted and kind in names]
        if not wrong:
            return True
        p, kind = wrong[0]
        how = {"catalogue": QCoreApplication.translate("MainWindow", "Open it with File ▸ Open Catalogue (Ctrl+Shift+O)."),
               "learner": QCoreApplication.translate("MainWindow", "Open it with File ▸ Open Learner (Ctrl+L)."),
               "plan": QCoreApplication.translate("MainWindow", "Open it with File ▸ Open Plan (Ctrl+O).")}[kind]
        titles = {"catalogue": QCoreApplication.translate("MainWindow", "Cannot open the catalogue"),
                  "learner": QCoreApplication.translate("MainWindow", "Cannot open the learner"),
                  "plan": QCoreApplication.translate("MainWindow", "Cannot open the plan")}
        said = QCoreApplication.translate("MainWindow", "“{file}” is {kind}, not {wanted}.").format(
            file=p.name, kind=names[kind], wanted=names[wanted])
        self.w.show_message(titles[wanted], said + "\n\n" + how)
        self.w.status_label.setText(said)
        return False

    # ------------------------------------------------------------------ catalogues
    def open_catalogues(self, paths: Sequence[Path | str], add: bool = False, background: bool = False) -> bool:
        """Check and load catalogue files; problems go to the list and a message box. With
        ``background`` the files are read and checked in a thread (a set of 5,000 modules took
        seconds) and the window stays live; the answer is then only whether reading started."""
        from planner.check import check_files

        w = self.w
        plist = fileguard.usable(w, paths)
        if len(plist) < len(paths) or not self._right_kind(plist, "catalogue"):
            return False
        if add:
            plist = [p for p in w.doc.catalogue_paths if p not in plist] + plist
        if background:
            w.status_label.setText(QCoreApplication.translate("MainWindow", "Reading and checking {files}…").format(
                files=", ".join(p.name for p in plist)))
            w.busy.setVisible(True)

            def done(report: Any) -> None:
                w.busy.setVisible(w.runner.busy)
                self._catalogues_checked(plist, report)

            def failed(exc: BaseException) -> None:
                w.busy.setVisible(w.runner.busy)
                self._catalogues_failed(plist, exc)

            w.reading = Background(widget(w), lambda: settled(
                lambda: check_files(plist, lenient=True),
                lambda report: len(report.catalogue_set.modules) if report.catalogue_set is not None else 0),
                done, failed)
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = check_files(plist, lenient=True)  # entities with errors are left out, the rest loads
        except Exception as exc:
            return self._catalogues_failed(plist, exc)
        finally:
            QApplication.restoreOverrideCursor()
        return self._catalogues_checked(plist, report)

    def _catalogues_failed(self, plist: list[Path], exc: BaseException) -> bool:
        title = QCoreApplication.translate("MainWindow", "Cannot open the catalogue")
        if isinstance(exc, LeerrouteError):
            self.w.show_message(title, self.w._error_text(
                exc, QCoreApplication.translate("MainWindow", "Fix the file and open it again.")))
        else:  # a bad file must never crash the window
            self.w.show_message(title, QCoreApplication.translate(
                "MainWindow", "{files}: {error}\n\nCheck that this is a Leerroute catalogue file.").format(
                    files=", ".join(p.name for p in plist), error=exc))
        return False

    def _catalogues_checked(self, plist: list[Path], report: Any) -> bool:
        w = self.w
        diags = list(report.diagnostics)
        if report.catalogue_set is None:
            w.doc.diagnostics = diags
            w.browser.set_diagnostics(diags)
            errors = list(report.errors)
            w.show_message(QCoreApplication.translate("MainWindow", "The catalogue has problems"), w._error_text(
                type("E", (Exception,), {"diagnostics": errors})(),
                QCoreApplication.translate("MainWindow", "Fix these lines in the file and open it again; "
                                                         "the list in the Catalogue tab shows them all.")))
            w.status_label.setText(
                QCoreApplication.translate("MainWindow", "1 problem in the catalogue") if len(errors) == 1 else
                QCoreApplication.translate("MainWindow", "{n} problems in the catalogue").format(n=len(errors)))
            return False
        w.scenarios.set_catalogues(report.catalogue_set, plist, diags)
        settle_catalogues(len(report.catalogue_set.modules))  # large sets leave the garbage collector's walks
        for p in plist:
            self.remember(p)
        w.status_label.setText(QCoreApplication.translate("MainWindow", "Opened 1 catalogue") if len(plist) == 1 else
                               QCoreApplication.translate("MainWindow", "Opened {n} catalogues").format(n=len(plist)))
        left_out = report.catalogue_set.left_out_messages()
        if left_out:
            from ui.messages import render

            w.status_label.setTextFormat(Qt.TextFormat.PlainText)  # ids and reasons come from the file
            w.status_label.setText(" ".join(render(m) for m in left_out))
            w.status_label.setToolTip(QCoreApplication.translate(
                "MainWindow", "The Catalogue tab lists every problem with its line."))
        w.schedule_replan()
        return True

    # ------------------------------------------------------------------ learners and plans
    def open_learner(self, path: Path | str) -> bool:
        w = self.w
        p = Path(path)
        if not fileguard.usable(w, [p]) or not self._right_kind([p], "learner"):
            return False
        title = QCoreApplication.translate("MainWindow", "Cannot open the learner")
        try:
            from planner.load import load_learner

            learner = load_learner(p)
        except LeerrouteError as exc:
            w.show_message(title, w._error_text(
                exc, QCoreApplication.translate("MainWindow", "Fix the file and open it again.")))
            return False
        except Exception as exc:
            w.show_message(title, QCoreApplication.translate(
                "MainWindow", "{file}: {error}\n\nCheck that this is a Leerroute learner file.").format(
                    file=p.name, error=exc))
            return False
        w.scenarios.load([(w.first_scenario_name(), learner, None)])
        w.doc.learner_path = p
        self.remember(p)
        w.schedule_replan()
        return True

    def open_plan(self, path: Path | str) -> bool:
        from planner.planfile import open_plan_file

        w = self.w
        p = Path(path)
        if not fileguard.usable(w, [p]) or not self._right_kind([p], "plan"):
            return False
        try:
            pf, changes = open_plan_file(p)
        except LeerrouteError as exc:
            w.show_message(QCoreApplication.translate("MainWindow", "Cannot open the plan"), w._error_text(
                exc, QCoreApplication.translate("MainWindow", "Open the learner and catalogues instead, "
                                                              "then plan again and save.")))
            return False
        opened = planfiles.open_plan_catalogues(w, pf, p)
        if opened is None:
            return False
        w.plan_catalogues = opened if opened.updates else None
        w.update_actions()
        w.scenarios.open_file(pf, list(changes) + opened.notes, p, planfiles.judging_catalogues(opened))
        self.planning.unschedule_replan()
        self.remember(p)
        w.update_title()
        if changes:
            w.status_label.setText(QCoreApplication.translate("MainWindow", "Catalogues changed since this plan was saved"))
        else:
            w.status_label.setText(QCoreApplication.translate("MainWindow", "Opened {name}").format(name=p.name))
        if w.doc.plan is None:
            w.schedule_replan()
        return True

    def save_plan(self, path: Path | str) -> bool:
        from planner.planfile import save_plan_file

        w = self.w
        p = Path(path)
        if not p.name.lower().endswith(PLAN_SUFFIX):
            p = p.with_name(p.name.removesuffix(".json") + PLAN_SUFFIX)
        if w.doc.learner is None or w.doc.catalogues is None:
            w.show_message(QCoreApplication.translate("MainWindow", "Nothing to save"),
                           QCoreApplication.translate("MainWindow", "Open a catalogue and a learner first."))
            return False
        w.learner_form.commit_pending()
        entries, chosen = w.scenarios.saved()
        main = w.scenarios.chosen if chosen is not None and w.scenarios.chosen else w.scenarios.current
        try:
            save_plan_file(p, main.doc.learner or w.doc.learner, w.doc.catalogues, main.doc.plan,
                           scenarios=entries, chosen=chosen)
        except (LeerrouteError, OSError) as exc:
            w.show_message(QCoreApplication.translate("MainWindow", "Cannot save the plan"), w._error_text(
                exc, QCoreApplication.translate("MainWindow", "Choose another folder with Save Plan As.")))
            return False
        w.scenarios.set_saved(p)
        self.remember(p)
        w.update_title()
        w.status_label.setText(QCoreApplication.translate("MainWindow", "Saved {name}").format(name=p.name))
        return True

    def save(self) -> bool:
        """Save to the plan's file; a new plan, or one opened from the program's demo folders, asks
        where (starting in the user's folder)."""
        path = self.w.scenarios.path
        return self.save_plan(path) if path and not self._shipped(path) else self.save_as()

    def save_as(self) -> bool:
        learner = self.w.doc.learner
        name = (learner.name if learner else "plan").replace("/", "-")
        start = str(Path(self.last_dir()) / f"{name}{PLAN_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(widget(self.w), QCoreApplication.translate("MainWindow", "Save Plan"),
                                              start, QCoreApplication.translate(
                                                  "MainWindow", "Leerroute plans (*.leerroute.json)"))
        return self.save_plan(path) if path else False

    def save_learner(self, path: Path | str) -> bool:
        """Write the learner as YAML (or JSON by suffix), atomically."""
        from planner.load import save_learner

        w = self.w
        if w.doc.learner is None:
            return False
        w.learner_form.commit_pending()
        p = Path(path)
        try:
            save_learner(w.doc.learner, p)
        except OSError as exc:
            w.show_message(QCoreApplication.translate("MainWindow", "Cannot save the learner"), QCoreApplication.translate(
                "MainWindow", "{file}: {error}\n\nChoose another folder.").format(file=p, error=exc.strerror or exc))
            return False
        w.doc.learner_path = p
        self.remember(p)
        w.status_label.setText(QCoreApplication.translate("MainWindow", "Saved {name}").format(name=p.name))
        return True

    def reopen_last_plan(self) -> bool:
        """Open the plan file the user last opened or saved (not a demo plan), when it is still there."""
        last = self.w.settings.get("files/lastPlan")
        path = Path(last) if last else None
        if path is None or not path.is_file() or self._shipped(path):
            return False
        return self.open_plan(path)

    # ------------------------------------------------------------------ dialogs
    def open_catalogue_dialog(self, add: bool = False) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            widget(self.w), QCoreApplication.translate("MainWindow", "Open Catalogues"), self.last_dir(),
            QCoreApplication.translate("MainWindow", "Catalogues (*.yaml *.yml *.json)"))
        if paths:
            self.open_catalogues(paths, add=add, background=True)

    def open_learner_dialog(self) -> None:
        if not self.w.maybe_save():  # the learner replaces every scenario
            return
        path, _ = QFileDialog.getOpenFileName(
            widget(self.w), QCoreApplication.translate("MainWindow", "Open Learner"), self.last_dir(),
            QCoreApplication.translate("MainWindow", "Learners (*.yaml *.yml *.json)"))
        if path:
            self.open_learner(path)

    def save_learner_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            widget(self.w), QCoreApplication.translate("MainWindow", "Save Learner"), self.last_dir(),
            QCoreApplication.translate("MainWindow", "Learners (*.yaml *.json)"))
        if path:
            self.save_learner(path)

    def open_plan_dialog(self) -> None:
        if not self.w.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            widget(self.w), QCoreApplication.translate("MainWindow", "Open Plan"), self.last_dir(),
            QCoreApplication.translate("MainWindow", "Leerroute plans (*.leerroute.json)"))
        if path:
            self.open_plan(path)

    # ------------------------------------------------------------------ dropped and recent files
    def open_any(self, paths: Sequence[Path | str]) -> None:
        """Open dropped or recent files by kind: plans, catalogues (added), learners."""
        plist = fileguard.usable(self.w, paths)
        plans = [p for p in plist if is_plan_file(p)]
        badges = [p for p in plist if not is_plan_file(p) and importing.is_badge_file(p)]
        rest = [p for p in plist if not is_plan_file(p) and p not in badges and p.suffix.lower() in DATA_SUFFIXES]
        if plans:
            self.open_plan(plans[0])
        kinds = {p: file_kind(p) for p in rest}
        if not plans:
            plans = [p for p in rest if kinds[p] == "plan"]
            if plans:
                self.open_plan(plans[0])
        catalogues = [p for p in rest if kinds[p] == "catalogue"]
        learners = [p for p in rest if kinds[p] not in ("catalogue", "plan")]
        if catalogues:
            self.open_catalogues(catalogues, add=True)
        if learners:
            self.open_learner(learners[0])
        if badges:
            importing.import_badge_files(self.w, badges)

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        files = self.w.settings.recent_files(own_first_under=shipped.data_dir())
        for i, f in enumerate(files):
            act = menu.addAction(f"&{i + 1} {Path(f).name}")
            act.setObjectName(f"actionRecent{i}")
            act.setToolTip(f)
            act.triggered.connect(lambda _=False, f=f: self.open_any([f]))
        if not files:
            empty = menu.addAction(QCoreApplication.translate("MainWindow", "(no recent files)"))
            empty.setObjectName("actionRecentNone")
            empty.setEnabled(False)
