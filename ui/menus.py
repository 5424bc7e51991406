"""The window's actions and menus: File, Edit, Plan, Scenario, View (docks, tabs, language) and
Help, each action with an object name, its keys and a status tip; which actions are enabled follows
the scenario on screen (:meth:`WindowMenus.update_enabled`).

Texts keep the main window's translation context: they are the window's words.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from ui import importing, insight, language, planfiles
from ui.alternatives import alternatives_action
from ui.comparisonexport import comparison_action
from ui.editing import Edits
from ui.filehandling import FileHandling
from ui.handover import HandoverActions
from ui.helpmenu import install_help_menu
from ui.host import WindowHost, widget
from ui.orderactions import OrderActions
from ui.scenariohandling import ScenarioHandling


class WindowMenus:
    """Builds every action of the window (``act_*``) and the menu bar that holds them."""

    def __init__(self, window: WindowHost, files: FileHandling, edits: Edits, planning: ScenarioHandling,
                 docks: Sequence[tuple[QDockWidget, str]]) -> None:
        self._window = weakref.ref(window)  # the window owns its helpers, not the other way round
        self._build_actions(files, edits, planning)
        self._build_context_menus()
        self._build_menus(files, docks)


    @property
    def w(self) -> WindowHost:
        window = self._window()
        assert window is not None, "the window is gone"
        return window

    @property
    def main(self) -> QMainWindow:
        main = widget(self.w)
        assert isinstance(main, QMainWindow)
        return main
    def _action(self, name: str, text: str, slot: Callable[..., Any] | None = None,
                shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (), tip: str = "") -> QAction:
        action = QAction(text, self.main)
        action.setObjectName(name)
        keys = [QKeySequence(s) for s in shortcuts]
        keys = [k for i, k in enumerate(keys) if not k.isEmpty() and k not in keys[:i]]
        if keys:
            action.setShortcuts(keys)  # each key once: a key bound twice is ambiguous and does nothing
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _=False: slot())
        self.main.addAction(action)
        return action

    def _build_actions(self, files: FileHandling, edits: Edits, planning: ScenarioHandling) -> None:
        w = self.w
        K = QKeySequence.StandardKey
        self.act_new_learner = self._action(
            "actionNewLearner", QCoreApplication.translate("MainWindow", "&New Learner…"), planning.new_learner_dialog, [K.New],
            QCoreApplication.translate("MainWindow", "Start a new learner on the open catalogues"))
        self.act_open_catalogue = self._action(
            "actionOpenCatalogue", QCoreApplication.translate("MainWindow", "Open &Catalogue…"), files.open_catalogue_dialog,
            ["Ctrl+Shift+O"], QCoreApplication.translate("MainWindow", "Open one or more catalogue files"))
        self.act_add_catalogue = self._action(
            "actionAddCatalogue", QCoreApplication.translate("MainWindow", "&Add Catalogue…"), lambda: files.open_catalogue_dialog(add=True),
            tip=QCoreApplication.translate("MainWindow", "Load another catalogue next to the open ones"))
        self.act_open_learner = self._action(
            "actionOpenLearner", QCoreApplication.translate("MainWindow", "Open &Learner…"), files.open_learner_dialog, ["Ctrl+L"],
            QCoreApplication.translate("MainWindow", "Open a learner file"))
        self.act_save_learner = self._action(
            "actionSaveLearner", QCoreApplication.translate("MainWindow", "Save Learner &As…"), files.save_learner_dialog,
            tip=QCoreApplication.translate("MainWindow", "Save the learner as a file"))
        self.act_open_plan = self._action(
            "actionOpenPlan", QCoreApplication.translate("MainWindow", "&Open Plan…"), files.open_plan_dialog, [K.Open],
            QCoreApplication.translate("MainWindow", "Open a saved plan (*.leerroute.json)"))
        self.act_save = self._action("actionSave", QCoreApplication.translate("MainWindow", "&Save Plan"), files.save, [K.Save],
                                     QCoreApplication.translate("MainWindow", "Save learner, catalogue references and plan"))
        self.act_save_as = self._action("actionSaveAs", QCoreApplication.translate("MainWindow", "Save Plan &As…"), files.save_as, [K.SaveAs])
        # one Quit key: the platform's (Ctrl+Q on Linux) and Ctrl+Q where the platform has none (Windows)
        self.act_quit = self._action("actionQuit", QCoreApplication.translate("MainWindow", "&Quit"), self.main.close, [K.Quit, "Ctrl+Q"])
        undo_group = w.scenarios.undo_group
        self.act_undo = undo_group.createUndoAction(self.main, QCoreApplication.translate("MainWindow", "&Undo"))
        self.act_undo.setObjectName("actionUndo")
        self.act_undo.setShortcuts([QKeySequence(K.Undo)])
        self.act_redo = undo_group.createRedoAction(self.main, QCoreApplication.translate("MainWindow", "&Redo"))
        self.act_redo.setObjectName("actionRedo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.main.addAction(self.act_undo)
        self.main.addAction(self.act_redo)
        self.act_replan = self._action("actionReplan", QCoreApplication.translate("MainWindow", "&Plan Again"), planning.replan, ["F5"],
                                       QCoreApplication.translate("MainWindow", "Plan the route again"))
        self.act_cancel = self._action(
            "actionCancel", QCoreApplication.translate("MainWindow", "&Cancel Planning"), planning.cancel, ["Esc"],
            QCoreApplication.translate("MainWindow", "Stop planning and keep the best route found so far"))
        self.act_cancel.setEnabled(False)
        details = w.details
        self.act_pin = self._action(
            "actionPin", QCoreApplication.translate("MainWindow", "&Pin or Unpin Module"), details._pin_clicked, ["Ctrl+Shift+P"],
            QCoreApplication.translate("MainWindow", "Keep the selected module in the route"))
        self.act_exclude = self._action(
            "actionExclude", QCoreApplication.translate("MainWindow", "E&xclude Module"), lambda: details.module and edits.exclude(details.module),
            ["Ctrl+E"], QCoreApplication.translate("MainWindow", "Plan without the selected module"))
        self.order = OrderActions(w, edits, self._action)  # Plan This First, Plan Before… (ui/orderactions.py)
        self.act_import_ooapi = self._action(
            "actionImportOoapi", QCoreApplication.translate("MainWindow", "&OOAPI Course Data…"), lambda: importing.import_ooapi_dialog(w),
            tip=QCoreApplication.translate("MainWindow", "Write a draft catalogue from OOAPI v5/v6 JSON files"))
        self.act_import_ooapi_url = self._action(
            "actionImportOoapiEndpoint", QCoreApplication.translate("MainWindow", "OOAPI &Endpoint…"),
            lambda: importing.import_ooapi_endpoint_dialog(w),
            tip=QCoreApplication.translate("MainWindow", "Read an institution's OOAPI endpoint page by page into a draft catalogue"))
        self.act_import_badges = self._action(
            "actionImportBadges", QCoreApplication.translate("MainWindow", "Import &Badges…"), lambda: importing.import_badges_dialog(w),
            tip=QCoreApplication.translate("MainWindow", "Add the outcomes your edubadges prove"))
        self.act_insight = self._action(
            "actionCatalogueInsight", QCoreApplication.translate("MainWindow", "Catalogue &Insight…"), lambda: insight.show_insight(w),
            tip=QCoreApplication.translate("MainWindow", "Plan a cohort of learners against the open catalogues and report demand"))
        self.act_replan_new_catalogues = self._action(
            "actionReplanNewCatalogues", QCoreApplication.translate("MainWindow", "Re-plan with the &New Catalogues"),
            lambda: planfiles.replan_with_new_catalogues(w),
            tip=QCoreApplication.translate("MainWindow", "Plan again against the changed catalogues found beside this plan"))
        self.act_replan_new_catalogues.setEnabled(False)
        self.act_duplicate = self._action(
            "actionDuplicateScenario", QCoreApplication.translate("MainWindow", "&Duplicate Scenario…"), planning.duplicate_scenario,
            ["Ctrl+D"], QCoreApplication.translate("MainWindow", "Copy this scenario to try a what-if next to it"))
        self.act_rename = self._action(
            "actionRenameScenario", QCoreApplication.translate("MainWindow", "&Rename Scenario…"), planning.rename_scenario, ["F2"],
            QCoreApplication.translate("MainWindow", "Give this scenario another name"))
        self.act_delete = self._action("actionDeleteScenario", QCoreApplication.translate("MainWindow", "De&lete Scenario"),
                                       planning.delete_scenario, tip=QCoreApplication.translate("MainWindow", "Remove this scenario"))
        self.act_choose = self._action(
            "actionMarkChosen", QCoreApplication.translate("MainWindow", "&Mark as Chosen"), planning.mark_chosen,
            tip=QCoreApplication.translate("MainWindow", "The route agreed on: saved as the plan of the plan file"))
        self.handover = HandoverActions(w)  # File ▸ Export, File ▸ Print (Ctrl+P)
        self.handover.menu.addSeparator()
        self.act_export_comparison = comparison_action(w, self.main)  # File ▸ Export ▸ Comparison (PDF)
        self.handover.menu.addAction(self.act_export_comparison)
        self.act_compare = self._action(
            "actionCompare", QCoreApplication.translate("MainWindow", "&Compare Scenarios"), lambda: w.tabs.setCurrentWidget(w.comparison),
            ["Ctrl+Shift+C"], QCoreApplication.translate("MainWindow", "Show the scenarios side by side"))

    def _build_context_menus(self) -> None:
        view: QWidget
        for view in (self.w.timeline, self.w.items_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions([self.act_pin, self.act_exclude, *self.order.actions])

    def _menu(self, parent: Any, text: str, name: str) -> QMenu:
        menu: QMenu = parent.addMenu(text)
        menu.setObjectName(name)
        menu.menuAction().setObjectName(f"{name}Action")
        return menu

    def _build_menus(self, files: FileHandling, docks: Sequence[tuple[QDockWidget, str]]) -> None:
        bar = self.main.menuBar()
        file = self._menu(bar, QCoreApplication.translate("MainWindow", "&File"), "menuFile")
        file.addAction(self.act_new_learner)
        file.addSeparator()
        file.addActions([self.act_open_plan, self.act_open_catalogue, self.act_add_catalogue, self.act_open_learner])
        self.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), self.main)
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.menuAction().setObjectName("menuRecentAction")
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent(self.recent_menu))
        file.addMenu(self.recent_menu)
        import_menu = self._menu(file, QCoreApplication.translate("MainWindow", "&Import"), "menuImport")
        import_menu.addAction(self.act_import_ooapi)
        import_menu.addAction(self.act_import_ooapi_url)
        file.addAction(self.act_import_badges)
        file.addSeparator()
        file.addActions([self.act_save, self.act_save_as, self.act_save_learner])
        file.addSeparator()
        file.addMenu(self.handover.menu)
        file.addAction(self.handover.act_print)
        file.addAction(self.act_insight)
        file.addSeparator()
        file.addAction(self.act_quit)
        edit = self._menu(bar, QCoreApplication.translate("MainWindow", "&Edit"), "menuEdit")
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_pin, self.act_exclude, *self.order.actions])
        plan = self._menu(bar, QCoreApplication.translate("MainWindow", "&Plan"), "menuPlan")
        plan.addActions([self.act_replan, self.act_cancel, self.act_replan_new_catalogues])
        plan.addAction(alternatives_action(self.w))  # routes that trade weeks for how one learns (ui/alternatives.py)
        scenario = self._menu(bar, QCoreApplication.translate("MainWindow", "&Scenario"), "menuScenario")
        scenario.addActions([self.act_duplicate, self.act_rename, self.act_delete])
        scenario.addSeparator()
        scenario.addActions([self.act_choose, self.act_compare])
        view = self._menu(bar, QCoreApplication.translate("MainWindow", "&View"), "menuView")
        for dock, name in docks:
            toggle = dock.toggleViewAction()
            toggle.setObjectName(name)
            view.addAction(toggle)
        tabs = self.w.tabs
        for i in range(tabs.count()):
            act = self._action(f"actionView{i}", tabs.tabText(i).replace("&", ""),
                               lambda i=i: tabs.setCurrentIndex(i), [f"Ctrl+{i + 1}"])
            view.addAction(act)
        view.addSeparator()
        self.language_menu = self._menu(view, QCoreApplication.translate("MainWindow", "&Language"), "menuLanguage")
        self.language_group = QActionGroup(self.main)
        self.language_group.setExclusive(True)
        chosen = self.w.settings.get("ui/language")
        chosen = chosen if chosen in language.LANGUAGES else ""
        system = language.LANGUAGES[language.resolve("")]
        for code, name in [("", QCoreApplication.translate("MainWindow", "System default ({language})").format(language=system)),
                           *language.LANGUAGES.items()]:
            act = QAction(name, self.main)
            act.setObjectName(f"actionLanguage_{code or 'system'}")
            act.setCheckable(True)
            act.setChecked(code == chosen)
            act.setData(code)
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
        self.language_group.triggered.connect(self._choose_language)
        self.help_actions = install_help_menu(self.w, bar)

    def _choose_language(self, action: QAction) -> None:
        """Store the interface language; it is used from the next start (the open window keeps its texts)."""
        code = str(action.data() or "")
        self.w.settings.set("ui/language", code)
        new = language.resolve(code)
        if new == language.current():
            text = QCoreApplication.translate("MainWindow", "The interface language is {language}.")
        else:
            text = QCoreApplication.translate("MainWindow", "Leerroute will be in {language} from its next start.")
        self.w.status_label.setText(text.format(language=language.LANGUAGES[new]))

    def update_enabled(self) -> None:
        """Enable what applies to the scenario on screen and its selected module."""
        w = self.w
        has = w.doc.learner is not None
        self.act_duplicate.setEnabled(has)
        self.act_rename.setEnabled(has)
        self.act_delete.setEnabled(len(w.scenarios) > 1)
        self.act_choose.setEnabled(has and w.scenarios.chosen is not w.scenarios.current)
        self.act_new_learner.setEnabled(w.doc.catalogues is not None)
        module = has and w.details.module is not None
        self.act_pin.setEnabled(module)
        self.act_exclude.setEnabled(module)
        for act in self.order.actions:
            act.setEnabled(module)
        self.act_replan_new_catalogues.setEnabled(w.plan_catalogues is not None)

    def show_busy(self, busy: bool) -> None:
        self.act_cancel.setEnabled(busy)
