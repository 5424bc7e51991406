"""What the window offers the helpers that act on its behalf (files, edits, scenarios, view refresh,
menus, importing, plan files, hand-over documents).

They are handed the window typed as :class:`WindowHost`, so they need not import the main window
that imports them: data and calls flow one way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QScrollArea, QTabWidget, QWidget

from planner.planfile import PlanCatalogues
from ui.background import Background
from ui.catalogue_browser import CatalogueBrowser
from ui.comparison import ComparisonView
from ui.details import DetailsPanel
from ui.document import Document
from ui.explanation import ExplanationPanel
from ui.intake import NewLearnerDialog
from ui.itemmodels import PlanItemsModel
from ui.learnerform import LearnerForm
from ui.loadchart import LoadChart
from ui.plantable import PlanTable
from ui.progressview import ProgressView
from ui.scenarios import Scenarios
from ui.settings import Settings
from ui.summary import SummaryBar
from ui.timeline import TimelineView
from ui.weekcalendar import WeekCalendar
from ui.worker import PlanRunner


class WindowHost(Protocol):
    """The main window, as the helpers see it (it is a QWidget too: :func:`widget`)."""

    status_label: QLabel
    elapsed_label: QLabel
    busy: QProgressBar
    scenarios: Scenarios
    plan_catalogues: PlanCatalogues | None
    last_import: QMessageBox | None
    settings: Settings
    today: Callable[[], dt.date]
    intake: NewLearnerDialog | None
    reading: Background | None  # catalogue files being read in the background
    # the views
    summary: SummaryBar
    explanation: ExplanationPanel
    tabs: QTabWidget
    timeline: TimelineView
    load_chart: LoadChart
    calendar: WeekCalendar
    items_model: PlanItemsModel
    items_proxy: QSortFilterProxyModel
    items_view: PlanTable
    progress: ProgressView
    comparison: ComparisonView
    browser: CatalogueBrowser
    details: DetailsPanel
    learner_form: LearnerForm
    learner_scroll: QScrollArea

    @property
    def doc(self) -> Document: ...

    @property
    def runner(self) -> PlanRunner: ...

    def first_scenario_name(self) -> str: ...

    def show_message(self, title: str, text: str, icon: QMessageBox.Icon = ...) -> None: ...

    def _error_text(self, exc: BaseException, what_to_do: str) -> str: ...

    def _last_dir(self) -> str: ...

    def open_catalogues(self, paths: Sequence[Path | str], add: bool = False) -> bool: ...

    def schedule_replan(self) -> None: ...

    def open_learner(self, path: Path | str) -> bool: ...

    def open_plan(self, path: Path | str) -> bool: ...

    def open_plan_dialog(self) -> None: ...

    def open_catalogue_dialog(self, add: bool = False) -> None: ...

    def new_learner_dialog(self) -> object: ...

    def maybe_save(self) -> bool: ...

    def update_title(self) -> None: ...

    def update_actions(self) -> None: ...

    def show_busy(self, busy: bool) -> None: ...


def widget(host: WindowHost) -> QWidget:
    """The window as the parent of a dialog (the main window is a QWidget)."""
    assert isinstance(host, QWidget)
    return host
