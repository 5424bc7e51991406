"""An installed copy runs on its own: the wheel carries the demo, the schemas and the translations.

The wheel test builds a wheel, installs it into a fresh virtual environment and, from a folder with
nothing of the project in it, runs ``leerroute --version``, plans the demo and takes a screenshot
of the window — what a user who installed Leerroute would do first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def listed_packages() -> set[str]:
    return set(setuptools_config()["packages"])


def test_every_package_folder_is_in_the_wheel() -> None:
    """A new folder (planner/export, catalogs/badges, …) must be listed, or the wheel lacks it."""
    renamed = {folder: name for name, folder in setuptools_config()["package-dir"].items()}
    expected = set()
    for top, name in (("planner", "planner"), ("ui", "ui"), ("catalogs", "leerroute_catalogs")):
        for d in [ROOT / top, *(p for p in (ROOT / top).rglob("*") if p.is_dir())]:
            if d.name == "__pycache__" or not any(f.is_file() for f in d.iterdir()):
                continue
            folder = d.relative_to(ROOT).as_posix()
            expected.add(renamed.get(folder) or ".".join([name, *d.relative_to(ROOT / top).parts]))
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
    # the user's own folders stand in a scratch home: the test can see what the programs write there
    user = tmp_path / "user"
    logs = {"LEERROUTE_LOG_DIR": str(tmp_path / "logs"), "HOME": str(user),
            "XDG_CONFIG_HOME": str(user / ".config"), "XDG_DATA_HOME": str(user / ".local/share"),
            "XDG_CACHE_HOME": str(user / ".cache"), "XDG_STATE_HOME": str(user / ".local/state")}

    version = run([bin_dir / "leerroute", "--version"], cwd=home).stdout
    assert version.startswith("leerroute ") and version.split()[1][0].isdigit()
    assert run([bin_dir / "python", "-m", "leerroute", "--version"], cwd=home).stdout == version
    plan = run([bin_dir / "leerroute", "plan", "--time-limit", "5"], cwd=home, **logs).stdout
    assert "Route for Anna de Vries" in plan and "Totals:" in plan
    run([bin_dir / "leerroute", "schema", "--dir", "out"], cwd=home)
    assert sorted(p.name for p in (home / "out").iterdir()) == [
        "catalogue.schema.json", "learner.schema.json", "plan.schema.json"]
    shot = home / "window.png"
    run([bin_dir / "leerroute-gui", "--screenshot", shot, "--time-limit", "3", "--language", "nl"], cwd=home,
        QT_QPA_PLATFORM="offscreen", **logs)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    # the screenshot run kept away from the user's settings and recent files
    assert not [p for p in user.rglob("*") if p.is_file() and "Leerroute" in str(p)], list(user.rglob("*"))
    run([bin_dir / "leerroute-gui", "--install-desktop"], cwd=home, **logs)
    assert (user / ".local/share/applications/nl.leerroute.Leerroute.desktop").is_file()
