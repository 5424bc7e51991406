"""File ▸ Catalogue Insight: the batch runs in the background with progress and Cancel, and the
finished report opens in the browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.pipeline import load_catalogues_leniently
from tests.insight.conftest import CATALOGUE, COHORT


@pytest.fixture
def dialog(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from ui import insight

    opened: list[Path] = []
    monkeypatch.setattr(insight, "open_report", lambda path: opened.append(path) or True)
    cs, _ = load_catalogues_leniently([CATALOGUE])
    d = insight.InsightDialog(cs, None, str(tmp_path))
    qtbot.addWidget(d)
    d.cohort.setText(str(COHORT))
    d.out.setText(str(tmp_path / "report"))
    d.engine.setCurrentIndex(d.engine.findData("in-process"))
    d.show()
    d.opened = opened  # type: ignore[attr-defined]
    yield d
    d.shutdown()


def test_the_report_is_made_in_the_background_and_opened(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.finished_report, timeout=180_000) as done:
        dialog.run_button.click()
        assert dialog.running and dialog.cancel_button.isEnabled() and not dialog.run_button.isEnabled()
        qtbot.waitUntil(lambda: "learners" in dialog.status.text(), timeout=60_000)  # progress with counts
    report, stopped = done.args
    assert not stopped and report == tmp_path / "report" / "report.html"
    assert dialog.opened == [report]
    assert "Report written to" in dialog.status.text()
    assert "ins:b-onl" in report.read_text()
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    dialog.grab().save("/tmp/insight-dialog.png")


def test_cancel_stops_cleanly_and_keeps_what_is_done(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.finished_report, timeout=180_000) as done:
        dialog.run_button.click()
        qtbot.waitUntil(lambda: dialog.bar.value() >= 1, timeout=60_000)
        dialog.cancel_button.click()
    report, stopped = done.args
    assert stopped and dialog.opened == []
    assert "Stopped" in dialog.status.text()
    assert "Stopped before the end" in report.read_text()
    assert any((report.parent / ".cache").rglob("*.json"))  # the planned learners are kept


def test_file_menu_opens_catalogue_insight_for_the_open_catalogues(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from tests.ui.helpers import CATALOGUE
    from ui.insight import InsightDialog

    file_menu = [a.objectName() for a in window.findChild(type(window.menus.recent_menu), "menuFile").actions()]
    assert "actionCatalogueInsight" in file_menu
    assert window.open_catalogues([CATALOGUE])
    window.findChild(QAction, "actionCatalogueInsight").trigger()
    dialog = window.findChild(InsightDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.cs is window.doc.catalogues
    institutions = ", ".join(c.institution for c in window.doc.catalogues.catalogues)
    assert institutions in dialog.findChildren(type(dialog.status))[0].text()
    dialog.grab().save("/tmp/insight-dialog-window.png")
    dialog.reject()
