"""Leerroute on a Linux desktop: the entry, icons and plan-file type that ``--install-desktop`` writes, and
``leerroute-gui FILE…`` opening files by what they hold."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from planner import shipped
from ui import app, desktop

VALIDATE = shutil.which("desktop-file-validate")


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_writes_entry_mime_type_and_icons_into_the_users_data_folder(qapp, data_home, capsys):
    assert app.parse_args(["--install-desktop"]).install_desktop
    assert app.desktop_command(install=True) == 0
    out = capsys.readouterr().out
    assert f"under {data_home}" in out
    entry = data_home / "applications" / "nl.leerroute.Leerroute.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "MimeType=application/x-leerroute-plan+json;" in text
    assert "Icon=nl.leerroute.Leerroute" in text
    assert "%F" in text  # files from "Open with" reach the window
    assert (data_home / "icons/hicolor/scalable/apps/nl.leerroute.Leerroute.svg").is_file()
    for size in desktop.PNG_SIZES:
        image = QImage(str(data_home / f"icons/hicolor/{size}x{size}/apps/nl.leerroute.Leerroute.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not an empty square
    mime = ET.parse(data_home / "mime/packages/nl.leerroute.Leerroute.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == desktop.PLAN_MIME_TYPE
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.leerroute.json"]
    # and uninstall removes exactly that
    assert app.desktop_command(install=False) == 0
    assert not entry.exists()
    assert not list((data_home / "icons").rglob("*.png"))


@pytest.mark.skipif(VALIDATE is None, reason="desktop-file-validate (Debian: desktop-file-utils) is not installed")
@pytest.mark.parametrize("command", [["/opt/leerroute/bin/leerroute-gui"],
                                     ["/home/a b/venv/bin/python", "-m", "ui.app"],
                                     ['/tmp/we"ird$dir\\x/leerroute-gui']])
def test_the_desktop_entry_passes_desktop_file_validate(tmp_path, command):
    entry = tmp_path / "nl.leerroute.Leerroute.desktop"
    entry.write_text(desktop.desktop_entry(command), encoding="utf-8")
    result = subprocess.run([VALIDATE or "", str(entry)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed")
def test_the_mime_database_knows_plan_files_by_their_name(qapp, data_home):
    desktop.install(data_home, ["/usr/bin/leerroute-gui"])
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{desktop.PLAN_MIME_TYPE}:*.leerroute.json" in globs


def test_the_window_names_its_desktop_entry_and_has_an_icon(qapp):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    try:
        app.show_on_desktop()
        assert QApplication.desktopFileName() == desktop.APP_ID
        assert not QApplication.windowIcon().isNull()
        assert QApplication.windowIcon().pixmap(32, 32).toImage().pixelColor(16, 16).alpha() > 0
    finally:
        QApplication.setDesktopFileName("")
        QApplication.setWindowIcon(QIcon())


def test_files_on_the_command_line_open_by_kind(qtbot, tmp_path):
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    learner = shipped.sample_learner()
    app.open_start(window, app.parse_args([str(learner)]))
    assert window.doc.catalogues is not None  # a learner alone is planned on the demo catalogues
    assert window.doc.learner is not None and window.doc.learner.name
    window.runner.cancel(discard=True)


def test_a_catalogue_file_on_the_command_line_is_opened_as_a_catalogue(qtbot):
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    cats = shipped.demo_catalogues()
    app.open_start(window, app.parse_args([str(c) for c in cats]))
    assert window.doc.catalogues is not None
    assert len(window.doc.catalogues.catalogues) == len(cats)
    assert window.doc.learner is None
