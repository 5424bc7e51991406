"""The domain never loads Qt; the entry point renders a screenshot and exits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.ui.helpers import CATALOGUE, LEARNER, SCREENSHOTS

ROOT = Path(__file__).resolve().parents[2]


def test_planner_imports_no_qt():
    code = (
        "import sys, importlib, pkgutil, planner\n"
        "for m in pkgutil.walk_packages(planner.__path__, 'planner.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gui_entry_point_saves_a_screenshot_and_exits():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / "cli-screenshot.png"
    target.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from ui.app import main; sys.exit(main(sys.argv[1:]))",
         "--catalog", str(CATALOGUE), "--learner", str(LEARNER), "--screenshot", str(target), "--time-limit", "5"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": "/tmp/leerroute-test-cfg"},
    )
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 10_000
