"""``leerroute-gui --plan FILE --screenshot PNG`` returns as soon as the saved plan is shown."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.ui.helpers import ROOT, saved_plan_file


def test_screenshot_of_a_saved_plan_does_not_wait_for_a_solve(tmp_path: Path) -> None:
    """It always waited the time limit + 30 s (41 s): a shown plan starts no solve, so 'finished' never came."""
    plan = saved_plan_file(tmp_path)
    target = tmp_path / "plan.png"
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from ui.app import main; sys.exit(main(sys.argv[1:]))",
         "--plan", str(plan), "--screenshot", str(target), "--time-limit", "10"],
        cwd=ROOT, capture_output=True, text=True, timeout=90,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
             "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert "no plan within the time limit" not in result.stderr
    assert target.stat().st_size > 10_000
    assert seconds < 20, f"took {seconds:.1f} s"
