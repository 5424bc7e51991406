"""Headless, isolated GUI tests: offscreen platform, test-mode settings, small catalogue."""

from __future__ import annotations

import gc
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything loads Qt

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from tests.ui.helpers import CATALOGUE, LEARNER, make_window, open_and_plan

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _collectable():  # type: ignore[no-untyped-def]
    """The window leaves what is alive out of the garbage collector's walks (ui.background); between
    tests it comes back, so one test's garbage is not kept for the rest of the run."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True, scope="session")
def _app_identity(qapp):  # type: ignore[no-untyped-def]
    QCoreApplication.setOrganizationName("LeerrouteTest")
    QCoreApplication.setApplicationName("LeerrouteTest")
    QSettings().clear()
    yield


@pytest.fixture
def settings() -> Iterator[object]:
    from ui.settings import Settings

    QSettings().clear()
    yield Settings()
    QSettings().clear()


@pytest.fixture
def window(qtbot, settings):  # type: ignore[no-untyped-def]
    yield from make_window(qtbot, settings)


@pytest.fixture
def planned(qtbot, window):  # type: ignore[no-untyped-def]
    """A window with the tiny catalogue and learner opened and their first plan shown."""
    open_and_plan(qtbot, window, [CATALOGUE], LEARNER)
    return window
