"""What the window offers the helpers that act on its behalf (importing, plan files, hand-over documents).

They are handed the window typed as :class:`WindowHost`, so they need not import the main window
that imports them: data and calls flow one way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from planner.planfile import PlanCatalogues
from ui.document import Document
from ui.scenarios import Scenarios
from ui.settings import Settings


class WindowHost(Protocol):
    """The main window, as the helpers see it (it is a QWidget too: :func:`widget`)."""

    status_label: QLabel
    scenarios: Scenarios
    plan_catalogues: PlanCatalogues | None
    last_import: QMessageBox | None
    act_replan_new_catalogues: QAction
    settings: Settings
    today: Callable[[], dt.date]

    @property
    def doc(self) -> Document: ...

    def show_message(self, title: str, text: str, icon: QMessageBox.Icon = ...) -> None: ...

    def _error_text(self, exc: BaseException, what_to_do: str) -> str: ...

    def _last_dir(self) -> str: ...

    def open_catalogues(self, paths: Sequence[Path | str], add: bool = False) -> bool: ...

    def schedule_replan(self) -> None: ...

    def open_learner(self, path: Path | str) -> bool: ...

    def open_catalogue_dialog(self, add: bool = False) -> None: ...

    def new_learner_dialog(self) -> object: ...


def widget(host: WindowHost) -> QWidget:
    """The window as the parent of a dialog (the main window is a QWidget)."""
    assert isinstance(host, QWidget)
    return host
