"""The main window: plan views in the middle, learner form on the left, details on the right.

The window builds its widgets and wires them; what it does is done by helpers that see it as a
:class:`ui.host.WindowHost`: :class:`~ui.filehandling.FileHandling` (open, save, recent, drop),
:class:`~ui.editing.Edits` (pin, exclude, …), :class:`~ui.scenariohandling.ScenarioHandling`
(new learner, scenarios, planning), :class:`~ui.refresh.ViewRefresh` (the views follow the
scenario on screen) and :class:`~ui.menus.WindowMenus` (actions and menus).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QToolBar,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from planner.planfile import PlanCatalogues
from ui import planfiles
from ui.autosave import Autosave
from ui.background import Background, responsive_interpreter
from ui.catalogue_browser import CatalogueBrowser
from ui.comparison import ComparisonView
from ui.details import DetailsPanel
from ui.document import Document
from ui.editing import Edits
from ui.explanation import ExplanationPanel
from ui.fieldguard import guard_fields
from ui.filehandling import FileHandling, droppable, looks_like_catalogue
from ui.intake import NewLearnerDialog
from ui.itemmodels import PlanItemsModel, Role
from ui.learnerform import LearnerForm
from ui.loadchart import LoadChart
from ui.menus import WindowMenus
from ui.palette import fmt_number
from ui.plaintext import plain_label
from ui.plantable import PlanTable
from ui.progressview import ProgressView
from ui.refresh import ViewRefresh
from ui.scenariobar import ScenarioBar
from ui.scenariohandling import ScenarioHandling
from ui.scenarios import Scenarios
from ui.settings import Settings
from ui.summary import SummaryBar
from ui.timeline import TimelineView
from ui.weekcalendar import WeekCalendar
from ui.worker import PlanRunner, SolverFactory

__all__ = ["MainWindow", "looks_like_catalogue"]


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
        self.reading: Background | None = None  # catalogue files being read in the background
        self.setAcceptDrops(True)
        self._build_views()
        self._build_status()
        self.scenario_handling = ScenarioHandling(self)
        self.files = FileHandling(self, self.scenario_handling)
        self.edits = Edits(self)
        self.refresh = ViewRefresh(self)
        self.menus = WindowMenus(self, self.files, self.edits, self.scenario_handling, [
            (self.learner_dock, "actionShowLearner"), (self.details_dock, "actionShowDetails"),
            (self.history_dock, "actionShowHistory")])
        self.cancel_button.setDefaultAction(self.menus.act_cancel)
        self._build_scenario_bar()
        self._connect()
        self.autosave = Autosave(self, parent=self)  # unsaved changes survive a crash
        responsive_interpreter()  # the solver, loading and autosave threads must not starve the GUI thread
        self.update_title()
        self.update_actions()
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
        self.tabs.setMinimumWidth(380)  # the route keeps a fair share of a narrow window; the panels give way
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
        self.history.setEmptyLabel(self.tr("As opened, before any change"))  # the step Undo goes back to
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
        self.learner_dock = QDockWidget(self.tr("Learner"), self)
        self.learner_dock.setObjectName("learnerDock")
        self.learner_dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.learner_dock)
        self._docks_sized = False
        self._focused = False

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
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.cancel_button.setVisible(False)
        sb.addWidget(self.status_label, 1)
        sb.addPermanentWidget(self.elapsed_label)
        sb.addPermanentWidget(self.busy)
        sb.addPermanentWidget(self.cancel_button)

    def _build_scenario_bar(self) -> None:
        m = self.menus
        self.scenario_bar = ScenarioBar(self.scenarios, [m.act_duplicate, m.act_choose, m.act_compare], self)
        self.scenario_bar.renameRequested.connect(self.scenario_handling.rename_scenario)
        self.scenario_toolbar = QToolBar(self.tr("Scenarios"), self)
        self.scenario_toolbar.setObjectName("scenarioToolBar")
        self.scenario_toolbar.setMovable(False)
        self.scenario_toolbar.addWidget(self.scenario_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.scenario_toolbar)
        self.scenario_toolbar.toggleViewAction().setObjectName("actionShowScenarios")

    def _connect(self) -> None:
        s, refresh, planning, edits = self.scenarios, self.refresh, self.scenario_handling, self.edits
        s.modifiedChanged.connect(self.update_title)
        s.learnerChanged.connect(refresh.learner_changed)
        s.catalogueChanged.connect(refresh.catalogue_changed)
        s.planChanged.connect(refresh.plan_changed)
        s.diagnosticsChanged.connect(lambda: self.browser.set_diagnostics(self.doc.diagnostics))
        s.currentChanged.connect(self._scenario_shown)
        s.listChanged.connect(refresh.scenarios_changed)
        s.busyChanged.connect(planning.busy_changed)
        s.improved.connect(planning.improved)
        s.finished.connect(planning.finished)
        s.failed.connect(planning.failed)
        s.elapsed.connect(lambda sec: self.elapsed_label.setText(self.tr("{s} s").format(s=fmt_number(sec, 1))))
        self.tabs.currentChanged.connect(refresh.refresh_shown_view)
        self.timeline.moduleSelected.connect(refresh.select_module)
        self.timeline.moveRequested.connect(edits.pin_near)
        self.items_view.selectionModel().currentRowChanged.connect(refresh.table_row_changed)
        self.details.pinRequested.connect(edits.pin)
        self.details.unpinRequested.connect(edits.unpin)
        self.details.excludeRequested.connect(edits.exclude)
        self.details.offeringChosen.connect(edits.choose_offering)
        self.details.provenRequested.connect(edits.mark_proven)
        self.explanation.suggestionApplied.connect(edits.apply_suggestion)
        self.explanation.replanRequested.connect(lambda: planfiles.replan_with_new_catalogues(self))
        self.doc.catalogueChanged.connect(lambda: planfiles.forget_new_catalogues(self))
        self.learner_form.error.connect(lambda text: self.status_label.setText(text))
        self.learner_form.newLearnerRequested.connect(planning.new_learner_dialog)
        self.progress.unpinRequested.connect(edits.remove_pin)
        self.progress.unexcludeRequested.connect(edits.remove_exclusion)
        refresh.fit_learner_form()

    def _scenario_shown(self) -> None:
        """Another scenario is on screen: every view shows it; nothing is planned again."""
        self.scenario_handling.unschedule_replan()
        self.refresh.scenario_shown()
        self.scenario_handling.busy_changed(self.runner.busy)

    # ------------------------------------------------------------------ what the helpers ask of the window
    def update_title(self, *_args: object) -> None:
        self.refresh.update_title()

    def update_actions(self) -> None:
        self.menus.update_enabled()

    def show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.menus.show_busy(busy)

    def schedule_replan(self) -> None:
        self.scenario_handling.schedule_replan()

    def new_learner_dialog(self) -> NewLearnerDialog | None:
        return self.scenario_handling.new_learner_dialog()

    def open_catalogues(self, paths: Sequence[Path | str], add: bool = False, background: bool = False) -> bool:
        return self.files.open_catalogues(paths, add=add, background=background)

    def open_catalogue_dialog(self, add: bool = False) -> None:
        self.files.open_catalogue_dialog(add=add)

    def open_learner(self, path: Path | str) -> bool:
        return self.files.open_learner(path)

    def open_plan(self, path: Path | str) -> bool:
        return self.files.open_plan(path)

    def open_plan_dialog(self) -> None:
        self.files.open_plan_dialog()

    def save_plan(self, path: Path | str) -> bool:
        return self.files.save_plan(path)

    def save(self) -> bool:
        return self.files.save()

    def open_any(self, paths: Sequence[Path | str]) -> None:
        self.files.open_any(paths)

    def _last_dir(self) -> str:
        return self.files.last_dir()

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

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if droppable([Path(u.toLocalFile()) for u in urls if u.isLocalFile()]):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.files.open_any(paths))

    # ------------------------------------------------------------------ showing and closing
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
            return self.files.save()
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
