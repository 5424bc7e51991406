"""The main window: plan views in the middle, learner form on the left, details on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from planner import shipped
from planner.errors import LeerrouteError
from planner.filekind import file_kind
from planner.models import Learner
from planner.plan import Message, Plan, Status
from planner.planfile import PlanCatalogues
from ui import fileguard, importing, language, planfiles
from ui.autosave import Autosave
from ui.background import Background
from ui.catalogue_browser import CatalogueBrowser
from ui.comparison import ComparisonView
from ui.details import DetailsPanel
from ui.document import Document
from ui.dragpin import offering_near, pinned_there
from ui.explanation import ExplanationPanel
from ui.fieldguard import guard_fields
from ui.handover import HandoverActions
from ui.helpmenu import install_help_menu
from ui.intake import NewLearnerDialog
from ui.itemmodels import PlanItemsModel, Role
from ui.learnerform import LearnerForm
from ui.leftout import status_note
from ui.loadchart import LoadChart, holiday_weeks
from ui.messages import render
from ui.plaintext import plain_label
from ui.progressview import ProgressView, ref_title
from ui.scenariobar import ScenarioBar
from ui.scenarios import Scenarios
from ui.settings import Settings
from ui.summary import SummaryBar
from ui.timeline import TimelineView
from ui.weekcalendar import WeekCalendar
from ui.worker import PlanRunner, SolverFactory

PLAN_SUFFIX = ".leerroute.json"
DATA_SUFFIXES = (".yaml", ".yml", ".json")
REPLAN_DELAY_MS = 150


def is_plan_file(path: Path) -> bool:
    return path.name.lower().endswith(PLAN_SUFFIX)


def looks_like_catalogue(path: Path) -> bool:
    """Catalogue or learner file? Told from the top-level keys (:func:`planner.filekind.file_kind`),
    once the file is known to be a regular file of a readable size."""
    return fileguard.readable(path) and file_kind(path) == "catalogue"


class PlanTable(QTableView):
    """The route as a table: the module column takes the room the other columns leave, but never
    less than :attr:`MIN_TITLE` pixels; in a narrow window the table scrolls sideways instead of
    squeezing the module names to a few letters."""

    MIN_TITLE = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # columns are fitted once per change of the model, and only while the table is shown (with
        # ResizeToContents every model reset measured every cell several times: 0.5 s per route on L)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_columns)
        self._fitted = False

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt naming
        super().setModel(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
            signal.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self._fitted = False
        if self.isVisible():
            self._fit_timer.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._fitted:
            self._fit_columns()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_title()

    def _fit_columns(self) -> None:
        self._fitted = True
        for c in range(1, self.horizontalHeader().count()):
            self.resizeColumnToContents(c)
        self._fit_title()

    def _fit_title(self, *_args: object) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c))
        header.resizeSection(0, max(self.MIN_TITLE, self.viewport().width() - others))


class MainWindow(QMainWindow):
    """The Leerroute window: builds the views and wires them to the scenarios (each a document with
    its own solve runner); the scenario on screen is :attr:`doc` / :attr:`runner`."""

    def __init__(self, solver_factory: SolverFactory | None = None, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.scenarios = Scenarios(self, solver_factory, time_limit=float(self.settings.get("solver/timeLimit")),
                                   first_name=self.first_scenario_name())
        self.intake: NewLearnerDialog | None = None
        self.today: Callable[[], dt.date] = dt.date.today  # the clock of the intake (tests set it)
        self.last_message: tuple[str, str] | None = None
        self._message_boxes: list[QMessageBox] = []
        self.plan_catalogues: PlanCatalogues | None = None  # newer catalogues found beside an opened plan
        self.last_import: QMessageBox | None = None
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(REPLAN_DELAY_MS)
        self._replan_timer.timeout.connect(self._replan_if_needed)
        self._selected: str | None = None
        self.setAcceptDrops(True)
        self._build_views()
        self._build_actions()
        self._build_menus()
        self._build_context_menus()
        self._build_status()
        self._connect()
        self.autosave = Autosave(self, parent=self)  # unsaved changes survive a crash
        self._update_title()
        self._update_scenario_actions()
        self.field_guard = guard_fields(self)
        self.resize(1400, 900)
        geometry = self.settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)

    @property
    def doc(self) -> Document:
        """The document of the scenario on screen."""
        return self.scenarios.current.doc

    @property
    def runner(self) -> PlanRunner:
        """The solve runner of the scenario on screen."""
        return self.scenarios.current.runner

    def first_scenario_name(self) -> str:
        return self.tr("Plan 1")

    # ------------------------------------------------------------------ building
    def _build_views(self) -> None:
        self.summary = SummaryBar(self)
        self.timeline = TimelineView(self)
        self.load_chart = LoadChart(self)
        self.calendar = WeekCalendar(self)
        self.items_model = PlanItemsModel(self)
        self.items_proxy = QSortFilterProxyModel(self)
        self.items_proxy.setSourceModel(self.items_model)
        self.items_proxy.setSortRole(Role.Sort)
        self.items_view = PlanTable(self)
        self.items_view.setObjectName("planTable")
        self.items_view.setAccessibleName(self.tr("Modules in the route"))
        self.items_view.setModel(self.items_proxy)
        self.items_view.setSortingEnabled(True)
        self.items_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.verticalHeader().hide()
        self.items_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.items_view.setWordWrap(False)
        self.items_view.setAlternatingRowColors(True)
        self.browser = CatalogueBrowser(self)
        self.comparison = ComparisonView(self.scenarios, self)
        self.progress = ProgressView(self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.load_chart, self.tr("Weekly &load"))
        self.tabs.addTab(self.calendar, self.tr("&Week"))
        self.tabs.addTab(self.items_view, self.tr("&Modules"))
        self.tabs.addTab(self.progress, self.tr("&Progress"))
        self.tabs.addTab(self.comparison, self.tr("Com&pare"))
        self.tabs.addTab(self.browser, self.tr("&Catalogue"))

        self.explanation = ExplanationPanel(self)
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(6, 6, 6, 0)
        lay.addWidget(self.summary)
        lay.addWidget(self.explanation)
        lay.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.details = DetailsPanel(self)
        self.details_dock = QDockWidget(self.tr("Module"), self)
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)

        self.history = QUndoView(self.scenarios.undo_group, self)
        self.history.setObjectName("historyView")
        self.history.setAccessibleName(self.tr("Changes, oldest first; choose one to go back to it"))
        self.history.setEmptyLabel(self.tr("<opened>"))
        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.tabifyDockWidget(self.details_dock, self.history_dock)
        self.details_dock.raise_()

        self.learner_form = LearnerForm(self.doc, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.learner_form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.learner_scroll = scroll
        self._fit_learner_form()
        self.learner_dock = QDockWidget(self.tr("Learner"), self)
        self.learner_dock.setObjectName("learnerDock")
        self.learner_dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.learner_dock)
        self._docks_sized = False
        self._focused = False
        self._stale_views: set[QWidget] = set()
        self.reading: Background | None = None  # catalogue files being read in the background
        self.tabs.currentChanged.connect(self._refresh_shown_view)

    def _action(self, name: str, text: str, slot: Callable[..., Any] | None = None,
                shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (), tip: str = "") -> QAction:
        action = QAction(text, self)
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
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new_learner = self._action("actionNewLearner", self.tr("&New Learner…"), self.new_learner_dialog,
                                            [K.New], self.tr("Start a new learner on the open catalogues"))
        self.act_open_catalogue = self._action("actionOpenCatalogue", self.tr("Open &Catalogue…"),
                                               self.open_catalogue_dialog, ["Ctrl+Shift+O"],
                                               self.tr("Open one or more catalogue files"))
        self.act_add_catalogue = self._action("actionAddCatalogue", self.tr("&Add Catalogue…"),
                                              lambda: self.open_catalogue_dialog(add=True),
                                              tip=self.tr("Load another catalogue next to the open ones"))
        self.act_open_learner = self._action("actionOpenLearner", self.tr("Open &Learner…"), self.open_learner_dialog,
                                             ["Ctrl+L"], self.tr("Open a learner file"))
        self.act_save_learner = self._action("actionSaveLearner", self.tr("Save Learner &As…"),
                                             self.save_learner_dialog, tip=self.tr("Save the learner as a file"))
        self.act_open_plan = self._action("actionOpenPlan", self.tr("&Open Plan…"), self.open_plan_dialog, [K.Open],
                                          self.tr("Open a saved plan (*.leerroute.json)"))
        self.act_save = self._action("actionSave", self.tr("&Save Plan"), self.save, [K.Save],
                                     self.tr("Save learner, catalogue references and plan"))
        self.act_save_as = self._action("actionSaveAs", self.tr("Save Plan &As…"), self.save_as, [K.SaveAs])
        # one Quit key: the platform's (Ctrl+Q on Linux) and Ctrl+Q where the platform has none (Windows)
        self.act_quit = self._action("actionQuit", self.tr("&Quit"), self.close, [K.Quit, "Ctrl+Q"])
        self.act_undo = self.scenarios.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setObjectName("actionUndo")
        self.act_undo.setShortcuts([QKeySequence(K.Undo)])
        self.act_redo = self.scenarios.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setObjectName("actionRedo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_replan = self._action("actionReplan", self.tr("&Plan Again"), self.replan, ["F5"],
                                       self.tr("Plan the route again"))
        self.act_cancel = self._action("actionCancel", self.tr("&Cancel Planning"), self.cancel, ["Esc"],
                                       self.tr("Stop planning and keep the best route found so far"))
        self.act_cancel.setEnabled(False)
        self.act_pin = self._action("actionPin", self.tr("&Pin or Unpin Module"), self.details._pin_clicked, ["Ctrl+Shift+P"],
                                    self.tr("Keep the selected module in the route"))
        self.act_exclude = self._action("actionExclude", self.tr("E&xclude Module"),
                                        lambda: self.details.module and self.exclude(self.details.module),
                                        ["Ctrl+E"], self.tr("Plan without the selected module"))
        self.act_import_ooapi = self._action("actionImportOoapi", self.tr("&OOAPI Course Data…"),
                                             lambda: importing.import_ooapi_dialog(self),
                                             tip=self.tr("Write a draft catalogue from OOAPI v5/v6 JSON files"))
        self.act_import_badges = self._action("actionImportBadges", self.tr("Import &Badges…"),
                                              lambda: importing.import_badges_dialog(self),
                                              tip=self.tr("Add the outcomes your edubadges prove"))
        self.act_replan_new_catalogues = self._action(
            "actionReplanNewCatalogues", self.tr("Re-plan with the &New Catalogues"),
            lambda: planfiles.replan_with_new_catalogues(self),
            tip=self.tr("Plan again against the changed catalogues found beside this plan"))
        self.act_replan_new_catalogues.setEnabled(False)
        self.act_duplicate = self._action("actionDuplicateScenario", self.tr("&Duplicate Scenario…"),
                                          self.duplicate_scenario, ["Ctrl+D"],
                                          self.tr("Copy this scenario to try a what-if next to it"))
        self.act_rename = self._action("actionRenameScenario", self.tr("&Rename Scenario…"), self.rename_scenario,
                                       ["F2"], self.tr("Give this scenario another name"))
        self.act_delete = self._action("actionDeleteScenario", self.tr("De&lete Scenario"), self.delete_scenario,
                                       tip=self.tr("Remove this scenario"))
        self.act_choose = self._action("actionMarkChosen", self.tr("&Mark as Chosen"), self.mark_chosen,
                                       tip=self.tr("The route agreed on: saved as the plan of the plan file"))
        self.handover = HandoverActions(self)  # File ▸ Export, File ▸ Print (Ctrl+P)
        self.act_compare = self._action("actionCompare", self.tr("&Compare Scenarios"),
                                        lambda: self.tabs.setCurrentWidget(self.comparison), ["Ctrl+Shift+C"],
                                        self.tr("Show the scenarios side by side"))

    def _build_context_menus(self) -> None:
        for view in (self.timeline, self.items_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions([self.act_pin, self.act_exclude])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.setObjectName("menuFile")
        file.menuAction().setObjectName("menuFileAction")
        file.addAction(self.act_new_learner)
        file.addSeparator()
        file.addActions([self.act_open_plan, self.act_open_catalogue, self.act_add_catalogue, self.act_open_learner])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.menuAction().setObjectName("menuRecentAction")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addMenu(self.recent_menu)
        import_menu = file.addMenu(self.tr("&Import"))
        import_menu.setObjectName("menuImport")
        import_menu.menuAction().setObjectName("menuImportAction")
        import_menu.addAction(self.act_import_ooapi)
        file.addAction(self.act_import_badges)
        file.addSeparator()
        file.addActions([self.act_save, self.act_save_as, self.act_save_learner])
        file.addSeparator()
        file.addMenu(self.handover.menu)
        file.addAction(self.handover.act_print)
        file.addSeparator()
        file.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.setObjectName("menuEdit")
        edit.menuAction().setObjectName("menuEditAction")
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_pin, self.act_exclude])
        plan = bar.addMenu(self.tr("&Plan"))
        plan.setObjectName("menuPlan")
        plan.menuAction().setObjectName("menuPlanAction")
        plan.addActions([self.act_replan, self.act_cancel, self.act_replan_new_catalogues])
        scenario = bar.addMenu(self.tr("&Scenario"))
        scenario.setObjectName("menuScenario")
        scenario.menuAction().setObjectName("menuScenarioAction")
        scenario.addActions([self.act_duplicate, self.act_rename, self.act_delete])
        scenario.addSeparator()
        scenario.addActions([self.act_choose, self.act_compare])
        self.scenario_bar = ScenarioBar(self.scenarios, [self.act_duplicate, self.act_choose, self.act_compare], self)
        self.scenario_bar.renameRequested.connect(self.rename_scenario)
        self.scenario_toolbar = QToolBar(self.tr("Scenarios"), self)
        self.scenario_toolbar.setObjectName("scenarioToolBar")
        self.scenario_toolbar.setMovable(False)
        self.scenario_toolbar.addWidget(self.scenario_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.scenario_toolbar)
        self.scenario_toolbar.toggleViewAction().setObjectName("actionShowScenarios")
        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("menuView")
        view.menuAction().setObjectName("menuViewAction")
        for dock, name in ((self.learner_dock, "actionShowLearner"), (self.details_dock, "actionShowDetails"),
                           (self.history_dock, "actionShowHistory")):
            toggle = dock.toggleViewAction()
            toggle.setObjectName(name)
            view.addAction(toggle)
        for i in range(self.tabs.count()):
            act = self._action(f"actionView{i}", self.tabs.tabText(i).replace("&", ""),
                               lambda i=i: self.tabs.setCurrentIndex(i), [f"Ctrl+{i + 1}"])
            view.addAction(act)
        view.addSeparator()
        self.language_menu = view.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("menuLanguage")
        self.language_menu.menuAction().setObjectName("menuLanguageAction")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        chosen = self.settings.get("ui/language")
        chosen = chosen if chosen in language.LANGUAGES else ""
        system = language.LANGUAGES[language.resolve("")]
        for code, name in [("", self.tr("System default ({language})").format(language=system)), *language.LANGUAGES.items()]:
            act = QAction(name, self)
            act.setObjectName(f"actionLanguage_{code or 'system'}")
            act.setCheckable(True)
            act.setChecked(code == chosen)
            act.setData(code)
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
        self.language_group.triggered.connect(self._choose_language)
        self.help_actions = install_help_menu(self, bar)

    def _choose_language(self, action: QAction) -> None:
        """Store the interface language; it is used from the next start (the open window keeps its texts)."""
        code = str(action.data() or "")
        self.settings.set("ui/language", code)
        new = language.resolve(code)
        if new == language.current():
            self.status_label.setText(self.tr("The interface language is {language}.").format(language=language.LANGUAGES[new]))
        else:
            self.status_label.setText(self.tr("Leerroute will be in {language} from its next start.").format(
                language=language.LANGUAGES[new]))

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.status_label = plain_label(QLabel(self.tr("Ready"), self))
        self.status_label.setObjectName("statusLabel")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setAccessibleName(self.tr("Planning in progress"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setVisible(False)
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("elapsedLabel")
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setDefaultAction(self.act_cancel)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.cancel_button.setVisible(False)
        sb.addWidget(self.status_label, 1)
        sb.addPermanentWidget(self.elapsed_label)
        sb.addPermanentWidget(self.busy)
        sb.addPermanentWidget(self.cancel_button)

    def _connect(self) -> None:
        d = self.scenarios
        d.modifiedChanged.connect(self._update_title)
        d.learnerChanged.connect(self._learner_changed)
        d.catalogueChanged.connect(self._catalogue_changed)
        d.planChanged.connect(self._plan_changed)
        d.diagnosticsChanged.connect(lambda: self.browser.set_diagnostics(self.doc.diagnostics))
        d.currentChanged.connect(self._scenario_shown)
        d.listChanged.connect(self._scenarios_changed)
        r = self.scenarios
        r.busyChanged.connect(self._busy_changed)
        r.improved.connect(self._improved)
        r.finished.connect(self._finished)
        r.failed.connect(self._failed)
        r.elapsed.connect(lambda s: self.elapsed_label.setText(self.tr("{s:.1f} s").format(s=s)))
        self.timeline.moduleSelected.connect(self.select_module)
        self.timeline.moveRequested.connect(self.pin_near)
        self.items_view.selectionModel().currentRowChanged.connect(self._table_row_changed)
        self.details.pinRequested.connect(self.pin)
        self.details.unpinRequested.connect(self.unpin)
        self.details.excludeRequested.connect(self.exclude)
        self.details.offeringChosen.connect(self.choose_offering)
        self.details.provenRequested.connect(self.mark_proven)
        self.explanation.suggestionApplied.connect(self.apply_suggestion)
        self.explanation.replanRequested.connect(lambda: planfiles.replan_with_new_catalogues(self))
        self.doc.catalogueChanged.connect(lambda: planfiles.forget_new_catalogues(self))
        self.learner_form.error.connect(lambda text: self.status_label.setText(text))
        self.learner_form.newLearnerRequested.connect(self.new_learner_dialog)
        self.progress.unpinRequested.connect(self.remove_pin)
        self.progress.unexcludeRequested.connect(self.remove_exclusion)

    # ------------------------------------------------------------------ messages
    def show_message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        """Tell the user something without blocking (window-modal, non-blocking box)."""
        self.last_message = (title, text)
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the text may quote a file
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(lambda _=0, b=box: self._message_boxes.remove(b) if b in self._message_boxes else None)
        self._message_boxes.append(box)
        box.open()

    def _error_text(self, exc: BaseException, what_to_do: str) -> str:
        diags = getattr(exc, "diagnostics", None) or []
        if diags:
            lines = []
            for d in diags[:12]:
                render_fn = getattr(d, "render", None)
                lines.append(render_fn() if callable(render_fn) else str(d))
            if len(diags) > 12:
                lines.append(self.tr("… and {n} more (see the Catalogue tab)").format(n=len(diags) - 12))
            return "\n".join(lines) + "\n\n" + what_to_do
        return f"{exc}\n\n{what_to_do}"

    # ------------------------------------------------------------------ files
    def _last_dir(self) -> str:
        """Where file dialogs start: the folder of the last file the user chose, else their documents."""
        last = self.settings.get("files/lastDir")
        if last and Path(last).is_dir():
            return str(last)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        folder = path.resolve().parent
        if not folder.is_relative_to(shipped.data_dir().resolve()):  # not the app's own demo folders
            self.settings.set("files/lastDir", str(folder))

    def _right_kind(self, paths: Sequence[Path], wanted: str) -> bool:
        """Files of another kind (a catalogue opened as a learner…) are refused in one sentence,
        before the checker lists every field the other kind lacks."""
        names = {"catalogue": self.tr("a catalogue"), "learner": self.tr("a learner file"),
                 "plan": self.tr("a plan file")}
        wrong = [(p, kind) for p in paths if (kind := file_kind(p)) != wanted and kind in names]
        if not wrong:
            return True
        p, kind = wrong[0]
        how = {"catalogue": self.tr("Open it with File ▸ Open Catalogue (Ctrl+Shift+O)."),
               "learner": self.tr("Open it with File ▸ Open Learner (Ctrl+L)."),
               "plan": self.tr("Open it with File ▸ Open Plan (Ctrl+O).")}[kind]
        titles = {"catalogue": self.tr("Cannot open the catalogue"), "learner": self.tr("Cannot open the learner"),
                  "plan": self.tr("Cannot open the plan")}
        self.show_message(titles[wanted], self.tr("“{file}” is {kind}, not {wanted}.").format(
            file=p.name, kind=names[kind], wanted=names[wanted]) + "\n\n" + how)
        self.status_label.setText(self.tr("“{file}” is {kind}, not {wanted}.").format(
            file=p.name, kind=names[kind], wanted=names[wanted]))
        return False

    def open_catalogues(self, paths: Sequence[Path | str], add: bool = False, background: bool = False) -> bool:
        """Check and load catalogue files; problems go to the list and a message box. With
        ``background`` the files are read and checked in a thread (a set of 5,000 modules took
        seconds) and the window stays live; the answer is then only whether reading started."""
        from planner.check import check_files

        plist = fileguard.usable(self, paths)
        if len(plist) < len(paths) or not self._right_kind(plist, "catalogue"):
            return False
        if add:
            plist = [p for p in self.doc.catalogue_paths if p not in plist] + plist
        if background:
            self.status_label.setText(self.tr("Reading and checking {files}…").format(
                files=", ".join(p.name for p in plist)))
            self.busy.setVisible(True)

            def done(report: Any) -> None:
                self.busy.setVisible(self.runner.busy)
                self._catalogues_checked(plist, report)

            def failed(exc: BaseException) -> None:
                self.busy.setVisible(self.runner.busy)
                self._catalogues_failed(plist, exc)

            self.reading = Background(self, lambda: check_files(plist, lenient=True), done, failed)
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
        if isinstance(exc, LeerrouteError):
            self.show_message(self.tr("Cannot open the catalogue"),
                              self._error_text(exc, self.tr("Fix the file and open it again.")))
        else:  # a bad file must never crash the window
            self.show_message(self.tr("Cannot open the catalogue"),
                              self.tr("{files}: {error}\n\nCheck that this is a Leerroute catalogue file.").format(
                                  files=", ".join(p.name for p in plist), error=exc))
        return False

    def _catalogues_checked(self, plist: list[Path], report: Any) -> bool:
        diags = list(report.diagnostics)
        if report.catalogue_set is None:
            self.doc.diagnostics = diags
            self.browser.set_diagnostics(diags)
            errors = list(report.errors)
            self.show_message(self.tr("The catalogue has problems"), self._error_text(
                type("E", (Exception,), {"diagnostics": errors})(),
                self.tr("Fix these lines in the file and open it again; the list in the Catalogue tab shows them all.")))
            self.status_label.setText(self.tr("1 problem in the catalogue") if len(errors) == 1 else
                                      self.tr("{n} problems in the catalogue").format(n=len(errors)))
            return False
        self.scenarios.set_catalogues(report.catalogue_set, plist, diags)
        for p in plist:
            self._remember(p)
        self.status_label.setText(self.tr("Opened 1 catalogue") if len(plist) == 1 else
                                  self.tr("Opened {n} catalogues").format(n=len(plist)))
        left_out = report.catalogue_set.left_out_messages()
        if left_out:
            from ui.messages import render

            self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # ids and reasons come from the file
            self.status_label.setText(" ".join(render(m) for m in left_out))
            self.status_label.setToolTip(self.tr("The Catalogue tab lists every problem with its line."))
        self.schedule_replan()
        return True

    def open_learner(self, path: Path | str) -> bool:
        p = Path(path)
        if not fileguard.usable(self, [p]) or not self._right_kind([p], "learner"):
            return False
        try:
            from planner.load import load_learner

            learner = load_learner(p)
        except LeerrouteError as exc:
            self.show_message(self.tr("Cannot open the learner"),
                              self._error_text(exc, self.tr("Fix the file and open it again.")))
            return False
        except Exception as exc:
            self.show_message(self.tr("Cannot open the learner"),
                              self.tr("{file}: {error}\n\nCheck that this is a Leerroute learner file.").format(
                                  file=p.name, error=exc))
            return False
        self.scenarios.load([(self.first_scenario_name(), learner, None)])
        self.doc.learner_path = p
        self._remember(p)
        self.schedule_replan()
        return True

    def open_plan(self, path: Path | str) -> bool:
        from planner.planfile import open_plan_file

        p = Path(path)
        if not fileguard.usable(self, [p]) or not self._right_kind([p], "plan"):
            return False
        try:
            pf, changes = open_plan_file(p)
        except LeerrouteError as exc:
            self.show_message(self.tr("Cannot open the plan"),
                              self._error_text(exc, self.tr("Open the learner and catalogues instead, "
                                                            "then plan again and save.")))
            return False
        opened = planfiles.open_plan_catalogues(self, pf, p)
        if opened is None:
            return False
        self.plan_catalogues = opened if opened.updates else None
        self.act_replan_new_catalogues.setEnabled(bool(opened.updates))
        self.scenarios.open_file(pf, list(changes) + opened.notes, p)
        self._replan_timer.stop()
        self._remember(p)
        self._update_title()
        if changes:
            self.status_label.setText(self.tr("Catalogues changed since this plan was saved"))
        else:
            self.status_label.setText(self.tr("Opened {name}").format(name=p.name))
        if self.doc.plan is None:
            self.schedule_replan()
        return True

    def save_plan(self, path: Path | str) -> bool:
        from planner.planfile import save_plan_file

        p = Path(path)
        if not p.name.lower().endswith(PLAN_SUFFIX):
            p = p.with_name(p.name.removesuffix(".json") + PLAN_SUFFIX)
        if self.doc.learner is None or self.doc.catalogues is None:
            self.show_message(self.tr("Nothing to save"), self.tr("Open a catalogue and a learner first."))
            return False
        self.learner_form.commit_pending()
        entries, chosen = self.scenarios.saved()
        main = self.scenarios.chosen if chosen is not None and self.scenarios.chosen else self.scenarios.current
        try:
            save_plan_file(p, main.doc.learner or self.doc.learner, self.doc.catalogues, main.doc.plan,
                           scenarios=entries, chosen=chosen)
        except (LeerrouteError, OSError) as exc:
            self.show_message(self.tr("Cannot save the plan"), self._error_text(exc, self.tr(
                "Choose another folder with Save Plan As.")))
            return False
        self.scenarios.set_saved(p)
        self._remember(p)
        self._update_title()
        self.status_label.setText(self.tr("Saved {name}").format(name=p.name))
        return True

    def save(self) -> bool:
        return self.save_plan(self.scenarios.path) if self.scenarios.path else self.save_as()

    def save_as(self) -> bool:
        name = (self.doc.learner.name if self.doc.learner else "plan").replace("/", "-")
        start = str(Path(self._last_dir()) / f"{name}{PLAN_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Plan"), start,
                                              self.tr("Leerroute plans (*.leerroute.json)"))
        return self.save_plan(path) if path else False

    def save_learner(self, path: Path | str) -> bool:
        """Write the learner as YAML (or JSON by suffix), atomically."""
        from planner.load import save_learner

        if self.doc.learner is None:
            return False
        self.learner_form.commit_pending()
        p = Path(path)
        try:
            save_learner(self.doc.learner, p)
        except OSError as exc:
            self.show_message(self.tr("Cannot save the learner"), self.tr(
                "{file}: {error}\n\nChoose another folder.").format(file=p, error=exc.strerror or exc))
            return False
        self.doc.learner_path = p
        self._remember(p)
        self.status_label.setText(self.tr("Saved {name}").format(name=p.name))
        return True

    def open_catalogue_dialog(self, add: bool = False) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open Catalogues"), self._last_dir(),
                                                self.tr("Catalogues (*.yaml *.yml *.json)"))
        if paths:
            self.open_catalogues(paths, add=add, background=True)

    def open_learner_dialog(self) -> None:
        if not self.maybe_save():  # the learner replaces every scenario
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Learner"), self._last_dir(),
                                              self.tr("Learners (*.yaml *.yml *.json)"))
        if path:
            self.open_learner(path)

    def save_learner_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Learner"), self._last_dir(),
                                              self.tr("Learners (*.yaml *.json)"))
        if path:
            self.save_learner(path)

    def open_plan_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Plan"), self._last_dir(),
                                              self.tr("Leerroute plans (*.leerroute.json)"))
        if path:
            self.open_plan(path)

    def open_any(self, paths: Sequence[Path | str]) -> None:
        """Open dropped or recent files by kind: plans, catalogues (added), learners."""
        plist = fileguard.usable(self, paths)
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
            importing.import_badge_files(self, badges)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for i, f in enumerate(files):
            act = self.recent_menu.addAction(f"&{i + 1} {Path(f).name}")
            act.setObjectName(f"actionRecent{i}")
            act.setToolTip(f)
            act.triggered.connect(lambda _=False, f=f: self.open_any([f]))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(no recent files)"))
            empty.setObjectName("actionRecentNone")
            empty.setEnabled(False)

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if any(p.suffix.lower() in DATA_SUFFIXES or importing.is_badge_file(p) for p in paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_any(paths))

    # ------------------------------------------------------------------ edits
    def _edit(self, fn: Callable[[], bool]) -> bool:
        if self.doc.learner is None:
            return False
        try:
            return fn()
        except Exception as exc:
            self.show_message(self.tr("Cannot make this change"), str(exc))
            return False

    def _title(self, module: str) -> str:
        cs = self.doc.catalogues
        return cs.module_title(module) if cs else module

    @Slot(str)
    def pin(self, module: str) -> bool:
        return self._edit(lambda: self.doc.pin(module, self.tr("Pin “{m}”").format(m=self._title(module))))

    @Slot(str)
    def unpin(self, module: str) -> bool:
        learner = self.doc.learner
        if learner is None:
            return False
        refs = {module} | ({f.id for f in self.doc.catalogues.offerings_of(module)} if self.doc.catalogues else set())
        pinned = [x for x in learner.pinned if x not in refs]
        return self._edit(lambda: self.doc.edit_learner(self.tr("Unpin “{m}”").format(m=self._title(module)),
                                                        pinned=pinned))

    @Slot(str, int)
    def pin_near(self, module: str, week: int) -> bool:
        """Pin the offering of ``module`` that starts nearest to ``week`` (a bar dragged on the
        timeline): one undo step, then a new plan."""
        cs, learner, plan = self.doc.catalogues, self.doc.learner, self.doc.plan
        if cs is None or learner is None or plan is None:
            return False
        found = offering_near(cs, module, plan.start_date, week)
        if found is None:
            return False
        offering, start = found
        changes = pinned_there(cs, learner, module, offering)
        done = self._edit(lambda: self.doc.edit_learner(
            self.tr("Pin “{m}” from week {w}").format(m=self._title(module), w=start),
            pinned=changes["pinned"], excluded=changes["excluded"]))
        if done:
            self.status_label.setText(self.tr("Pinned “{m}” to the offering that starts in week {w}; planning again…")
                                      .format(m=self._title(module), w=start))
        return done

    @Slot(str)
    def exclude(self, module: str) -> bool:
        return self._edit(lambda: self.doc.exclude(module, self.tr("Exclude “{m}”").format(m=self._title(module))))

    @Slot(str, str)
    def choose_offering(self, module: str, offering: str) -> bool:
        return self._edit(lambda: self.doc.choose_offering(
            module, offering, self.tr("Use another offering of “{m}”").format(m=self._title(module))))

    @Slot(str, str)
    def mark_proven(self, outcome: str, evidence: str) -> bool:
        cs = self.doc.catalogues
        title = cs.outcome_title(outcome) if cs else outcome
        return self._edit(lambda: self.doc.mark_proven(outcome, evidence,
                                                       self.tr("Mark “{o}” proven").format(o=title)))

    @Slot(object)
    def apply_suggestion(self, msg: Message) -> bool:
        return self._edit(lambda: self.doc.apply_suggestion(msg, self.tr("Apply: {s}").format(s=render(msg, cs=self.doc.catalogues))))

    @Slot(str)
    def remove_pin(self, ref: str) -> bool:
        """Unpin a module or offering (from the Progress tab's list): one undo step, then a new plan."""
        learner = self.doc.learner
        if learner is None or ref not in learner.pinned:
            return False
        return self._edit(lambda: self.doc.unpin(ref, self.tr("Unpin “{m}”").format(
            m=ref_title(self.doc.catalogues, ref))))

    @Slot(str)
    def remove_exclusion(self, ref: str) -> bool:
        """Allow an excluded module or offering again: one undo step, then a new plan."""
        learner = self.doc.learner
        if learner is None or ref not in learner.excluded:
            return False
        return self._edit(lambda: self.doc.edit_learner(
            self.tr("Allow “{m}” again").format(m=ref_title(self.doc.catalogues, ref)),
            excluded=[x for x in learner.excluded if x != ref]))

    # ------------------------------------------------------------------ new learner, scenarios
    def new_learner_dialog(self) -> NewLearnerDialog | None:
        """Open the intake of a new learner (non-blocking); on OK it replaces every scenario."""
        cs = self.doc.catalogues
        if cs is None:
            self.show_message(self.tr("No catalogue open"), self.tr("Open a catalogue first (Ctrl+Shift+O)."))
            return None
        if not self.maybe_save():
            return None
        dialog = NewLearnerDialog(cs, self, today=self.today())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.new_learner(dialog.learner()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.intake = dialog
        dialog.open()
        return dialog

    def new_learner(self, learner: Learner) -> None:
        """Start over with ``learner`` as the only scenario, not yet saved anywhere."""
        self.scenarios.load([(self.first_scenario_name(), learner, None)], modified=True)
        self.doc.learner_path = None
        self._update_title()
        self.status_label.setText(self.tr("New learner “{name}”; planning…").format(name=learner.name))
        self.schedule_replan()

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """Ask for a line of text (tests replace this); None when cancelled."""
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def duplicate_scenario(self) -> bool:
        if self.doc.learner is None:
            return False
        self.learner_form.commit_pending()
        base = self.scenarios.unique_name(self.tr("Plan {n}").format(n=len(self.scenarios) + 1))
        name = self.ask_text(self.tr("Duplicate Scenario"), self.tr("Name of the new scenario:"), base)
        if name is None:
            return False
        s = self.scenarios.duplicate(name or base)
        self.status_label.setText(self.tr("Scenario “{name}” is a copy; change it and compare (Ctrl+Shift+C).").format(
            name=s.name))
        return True

    def rename_scenario(self) -> bool:
        current = self.scenarios.current
        name = self.ask_text(self.tr("Rename Scenario"), self.tr("New name:"), current.name)
        if name is None or name.strip() == current.name:
            return False
        if not self.scenarios.rename(current, name):
            self.status_label.setText(self.tr("Not renamed: another scenario is called “{name}”, or the name is empty.")
                                      .format(name=name.strip()))
            return False
        return True

    def delete_scenario(self) -> bool:
        current = self.scenarios.current
        if self.scenarios.remove(current):
            self.status_label.setText(self.tr("Scenario “{name}” deleted").format(name=current.name))
            return True
        return False

    def mark_chosen(self) -> None:
        self.scenarios.mark_chosen(self.scenarios.current)
        self.status_label.setText(self.tr("“{name}” is the chosen scenario; Save keeps it as the plan.").format(
            name=self.scenarios.current.name))

    # ------------------------------------------------------------------ planning
    def schedule_replan(self) -> None:
        self._replan_timer.start()

    def _replan_if_needed(self) -> None:
        self._plan_current(force=False)

    def replan(self) -> None:
        self._replan_timer.stop()
        self._plan_current(force=True)

    def _plan_current(self, force: bool) -> None:
        cs, learner = self.doc.catalogues, self.doc.learner
        if cs is None or learner is None:
            return
        if not self.scenarios.current.replan(force=force):
            self.status_label.setText(self.tr("The goal “{g}” is not in the open catalogues; choose a goal.").format(
                g=learner.goal))

    def cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.act_cancel.setEnabled(busy)
        if busy:
            self.status_label.setText(self.tr("Planning your route…"))
        self.summary.set_plan(self.doc.plan, busy)

    def _improved(self, plan: Plan) -> None:
        self.status_label.setText(self.tr("Found a route finishing in week {w}; looking for a better one…").format(
            w=plan.totals.finish_week if plan.totals else "?"))

    def _finished(self, plan: Plan, problems: list[Message]) -> None:
        if plan.status == Status.STOPPED and not plan.items and self.doc.plan is not None and self.doc.plan.items:
            self.status_label.setText(self.tr("Planning cancelled; showing the previous route."))
            return
        texts = {Status.OPTIMAL: self.tr("Best route found in {s:.1f} s."),
                 Status.FEASIBLE: self.tr("Route found in {s:.1f} s; a faster one may exist."),
                 Status.STOPPED: self.tr("Planning stopped after {s:.1f} s; showing the best route so far."),
                 Status.INFEASIBLE: self.tr("No route fits; see what would help above."),
                 Status.UNKNOWN: self.tr("The planner found no answer in {s:.1f} s; try Plan Again (F5).")}
        self.status_label.setText(texts.get(plan.status, "").format(s=plan.solve_seconds) + status_note(plan))

    def _failed(self, error: str) -> None:
        self.status_label.setText(self.tr("The planner failed"))
        self.show_message(self.tr("The planner failed"), self.tr(
            "{error}\n\nChange your wishes or the catalogue and plan again (F5).").format(error=error))

    # ------------------------------------------------------------------ view updates
    def _learner_changed(self) -> None:
        self._show_learner()
        self.schedule_replan()

    def _show_learner(self) -> None:
        self.learner_form.set_data(self.doc.catalogues, self.doc.learner)
        QTimer.singleShot(0, self._fit_learner_form)  # once the new rows are laid out
        self.progress.set_data(self.doc.catalogues, self.doc.learner, self.doc.plan)
        self._update_title()
        self._update_scenario_actions()

    def _scenario_shown(self) -> None:
        """Another scenario is on screen: every view shows it; nothing is planned again."""
        self._replan_timer.stop()
        self.learner_form.set_document(self.doc)
        self.browser.set_catalogues(self.doc.catalogues)
        self._show_learner()
        self._plan_changed()
        self._busy_changed(self.runner.busy)
        if not self.runner.busy:
            self.elapsed_label.clear()
            self.status_label.setText(self.tr("Showing scenario “{name}”").format(name=self.scenarios.current.name))

    def _scenarios_changed(self) -> None:
        self._update_title()
        self._update_scenario_actions()

    def _update_scenario_actions(self) -> None:
        has = self.doc.learner is not None
        self.act_duplicate.setEnabled(has)
        self.act_rename.setEnabled(has)
        self.act_delete.setEnabled(len(self.scenarios) > 1)
        self.act_choose.setEnabled(has and self.scenarios.chosen is not self.scenarios.current)
        self.act_new_learner.setEnabled(self.doc.catalogues is not None)

    def _catalogue_changed(self) -> None:
        self.browser.set_catalogues(self.doc.catalogues)
        self._show_learner()

    def _fit_learner_form(self) -> None:
        """Keep the learner panel as wide as its form needs (long milestone titles, longer Dutch
        labels), so no field hides behind a horizontal scroll bar."""
        scroll = self.learner_scroll
        scroll.setMinimumWidth(self.learner_form.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth() + 4)

    def _plan_changed(self) -> None:
        plan, learner = self.doc.plan, self.doc.learner
        # the drawn views are redrawn when shown: only the one on screen now, the others on their tab
        self._stale_views = {self.timeline, self.load_chart, self.calendar}
        self._refresh_shown_view()
        self.items_model.set_plan(plan)
        self.summary.set_plan(plan, self.runner.busy)
        self.explanation.set_plan(plan, self.doc.plan_problems, self.doc.file_notes, self.doc.catalogues)
        self.progress.set_data(self.doc.catalogues, learner, plan)
        if self._selected and plan and plan.item_for_module(self._selected):
            self.select_module(self._selected)
        elif plan and plan.items:
            self.select_module(min(plan.items, key=lambda i: (i.start_week, i.title)).module)
        else:
            self._selected = None
            self.details.show_item(None, None, None)
        self._update_module_actions()

    def _refresh_shown_view(self, *_args: object) -> None:
        view = self.tabs.currentWidget()
        if view not in self._stale_views:
            return
        self._stale_views.discard(view)
        plan, learner = self.doc.plan, self.doc.learner
        if view is self.timeline:
            weeks = max([i.end_week for i in plan.items], default=0) + 4 if plan else 0
            self.timeline.set_plan(plan, holiday_weeks(learner, weeks))
            if self._selected:
                self.timeline.select_module(self._selected)
        elif view is self.load_chart:
            self.load_chart.set_data(plan, learner)
        elif view is self.calendar:
            self.calendar.set_data(plan, learner)

    def _update_module_actions(self) -> None:
        has = self.details.module is not None and self.doc.learner is not None
        self.act_pin.setEnabled(has)
        self.act_exclude.setEnabled(has)

    @Slot(str)
    def select_module(self, module: str) -> None:
        self._selected = module
        self.details.show_module(module, self.doc.plan, self.doc.catalogues, self.doc.learner)
        self._update_module_actions()
        self.timeline.select_module(module)
        row = self.items_model.row_of(module)
        if row >= 0:
            idx = self.items_proxy.mapFromSource(self.items_model.index(row, 0))
            if self.items_view.currentIndex().row() != idx.row():
                self.items_view.selectionModel().blockSignals(True)
                self.items_view.selectRow(idx.row())
                self.items_view.selectionModel().blockSignals(False)

    def _table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        module = current.data(Role.Id)
        if module:
            self.select_module(str(module))

    def _update_title(self, *_args: object) -> None:
        path = self.scenarios.path
        name = path.name if path else (self.doc.learner.name if self.doc.learner else "")
        self.setWindowTitle(self.tr("{name}[*] — Leerroute").format(name=name) if name else "Leerroute[*]")
        self.setWindowModified(self.scenarios.is_modified())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._docks_sized and self.settings.get("window/state").isEmpty():
            # first start: give the plan views most of the width
            self._docks_sized = True
            # (in a narrow window the panels give up room first, down to their minimum)
            width = self.width()
            self.resizeDocks([self.learner_dock, self.details_dock], [min(380, int(width * 0.3)), min(300, int(width * 0.22))],
                             Qt.Orientation.Horizontal)
        if not self._focused:
            # start on the route, not in the Name field (where Ctrl+Z and typing would go)
            self._focused = True
            self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ closing
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask what to do with unsaved changes (tests replace this)."""
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The route has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def maybe_save(self) -> bool:
        self.learner_form.commit_pending()
        if not self.scenarios.is_modified():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.autosave.discard()  # saved, or thrown away on purpose
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.scenarios.shutdown()
        if self.reading is not None:
            self.reading.wait()
        event.accept()
