"""Issue 15: the first start (welcome, Help menu), a fresh Linux machine, where dialogs start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from planner import shipped
from ui import preflight
from ui.welcome import WelcomeDialog, show_welcome


def test_the_welcome_offers_three_ways_in_and_a_sample_plans(qtbot, window):
    dialog = show_welcome(window)
    qtbot.waitExposed(dialog)
    assert not dialog.new_learner.isEnabled()  # no catalogue yet
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        dialog.sample.click()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.doc.learner is not None and window.doc.plan is not None
    assert not isValid(dialog) or not dialog.isVisible()


def test_unticking_show_at_start_is_remembered(qtbot, window):
    dialog = WelcomeDialog(window)
    qtbot.addWidget(dialog)
    assert window.settings.get("ui/showWelcome") == 1
    dialog.show_at_start.setChecked(False)
    assert window.settings.get("ui/showWelcome") == 0


def test_the_help_menu_has_a_guide_shortcuts_and_about(qtbot, planned):
    w = planned
    names = [a.objectName() for a in w.findChild(type(w.menuBar().actions()[0].menu()), "menuHelp").actions()]
    assert {"actionGuide", "actionShortcuts", "actionWelcome", "actionAbout"} <= set(names)
    w.menus.help_actions["actionAbout"].trigger()
    about = next(b for b in QApplication.topLevelWidgets() if b.objectName() == "aboutBox")
    text = about.text()
    assert shipped.version() in text and "Tiny test catalogue" in text and "Apache-2.0" in text
    about.close()
    w.menus.help_actions["actionShortcuts"].trigger()
    dialog = next(b for b in QApplication.topLevelWidgets() if b.objectName() == "shortcutsDialog")
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Undo"] == "Ctrl+Z" and rows["Quit"] == "Ctrl+Q"
    dialog.close()


def test_preflight_names_the_missing_library_and_the_command():
    env = {"DISPLAY": ":0"}
    missing = preflight.missing_packages("linux", env, lambda lib: None if lib == "xcb-cursor" else f"lib{lib}.so")
    assert missing == ["libxcb-cursor0"]
    text = preflight.message(missing)
    assert "sudo apt-get install libxcb-cursor0" in text
    assert preflight.missing_packages("linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, lambda _l: None) == []
    assert preflight.missing_packages("win32", env, lambda _l: None) == []
    assert preflight.missing_packages("linux", {**env, "LEERROUTE_NO_PREFLIGHT": "1"}, lambda _l: None) == []


def test_leerroute_gui_stops_with_the_message_instead_of_qt_aborting(monkeypatch, capsys):
    from ui import app

    monkeypatch.setattr(preflight, "missing_packages", lambda: ["libxcb-cursor0"])
    assert app.main(["--size", "1024x700"]) == 3
    assert "sudo apt-get install libxcb-cursor0" in capsys.readouterr().err


def test_dialogs_start_in_the_documents_folder_not_the_demo_folder(qtbot, window):
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert window._last_dir() == documents
    window.open_catalogues(shipped.demo_catalogues())
    window.open_learner(shipped.sample_learner())
    assert window._last_dir() == documents
    window.files.remember(Path(__file__))
    assert window._last_dir() == str(Path(__file__).resolve().parent)
