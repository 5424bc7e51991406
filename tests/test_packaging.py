"""An installed copy runs on its own: the wheel carries the demo, the schemas and the translations.

The wheel test builds a wheel and installs it into a fresh virtual environment — first without Qt
(``pip install leerroute``: what a Dask worker installs) — and, from a folder with nothing of the
project in it, runs ``leerroute --version``, plans the demo, runs a tiny insight and hears
``leerroute-gui`` say what to install; then it adds the ``gui`` extra and takes a screenshot of the
window — what a user who installed Leerroute would do first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return set(config["packages"])


def test_every_package_folder_is_in_the_wheel() -> None:
    """A new folder (planner/export, catalogs/badges, …) must be listed, or the wheel lacks it."""
    expected = set()
    for top, name in (("planner", "planner"), ("ui", "ui"), ("catalogs", "leerroute_catalogs")):
        for d in [ROOT / top, *(p for p in (ROOT / top).rglob("*") if p.is_dir())]:
            if d.name == "__pycache__" or not any(f.is_file() for f in d.iterdir()):
                continue
            expected.add(".".join([name, *d.relative_to(ROOT / top).parts]))
    assert expected - listed_packages() == set()


def run(cmd: list[str | Path], cwd: Path, timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, **env}, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, f"{cmd} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


def test_the_wheel_installs_and_runs_its_own_demo(tmp_path: Path) -> None:
    dist, home = tmp_path / "dist", tmp_path / "elsewhere"
    home.mkdir()
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", dist, ROOT], cwd=tmp_path)
    [wheel] = dist.glob("leerroute-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    run([bin_dir / "python", "-m", "pip", "install", "--quiet", wheel], cwd=home)
    logs = {"LEERROUTE_LOG_DIR": str(tmp_path / "logs")}
    assert run([bin_dir / "python", "-c", "import importlib.util as u; print(u.find_spec('PySide6'))"],
               cwd=home).stdout.strip() == "None"  # the core comes without Qt

    version = run([bin_dir / "leerroute", "--version"], cwd=home).stdout
    assert version.startswith("leerroute ") and version.split()[1][0].isdigit()
    plan = run([bin_dir / "leerroute", "plan", "--time-limit", "5"], cwd=home, **logs).stdout
    assert "Route for Anna de Vries" in plan and "Totals:" in plan
    run([bin_dir / "leerroute", "schema", "--dir", "out"], cwd=home)
    assert sorted(p.name for p in (home / "out").iterdir()) == [
        "catalogue.schema.json", "intake.schema.json", "learner.schema.json", "plan.schema.json"]
    cohort = home / "cohort.csv"
    cohort.write_text("id,goal,start,hours_per_week,modes,places,windows\n"
                      "p1,partner-noord:mc-data-basis,2026-09-07,8,online,,\n"
                      "p2,partner-noord:mc-data-basis,2026-09-07,1,online,,\n")
    insight = run([bin_dir / "leerroute", "insight", "--cohort", cohort, "--out", "report", "--processes", "1",
                   "--time-limit", "5", "--bottlenecks", "1"], cwd=home, **logs).stdout
    assert "2 of 2 profiles planned (1 with a route)" in insight
    assert "<table>" in (home / "report" / "report.html").read_text()
    no_qt = subprocess.run([bin_dir / "leerroute-gui"], cwd=home, capture_output=True, text=True, timeout=60)
    assert no_qt.returncode == 3 and no_qt.stderr.strip() == (
        "leerroute-gui needs Qt, which this install lacks: pip install 'leerroute[gui]'")

    run([bin_dir / "python", "-m", "pip", "install", "--quiet", f"{wheel}[gui]"], cwd=home)
    shot = home / "window.png"
    run([bin_dir / "leerroute-gui", "--screenshot", shot, "--time-limit", "3", "--language", "nl"], cwd=home,
        QT_QPA_PLATFORM="offscreen", **logs)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
