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
    assert run([bin_dir / "python", "-c", "import importlib.util as u; print(u.find_spec('PySide6'))"],
               cwd=home).stdout.strip() == "None"  # the core comes without Qt

    version = run([bin_dir / "leerroute", "--version"], cwd=home).stdout
    assert version.startswith("leerroute ") and version.split()[1][0].isdigit()
    assert run([bin_dir / "python", "-m", "leerroute", "--version"], cwd=home).stdout == version
    plan = run([bin_dir / "leerroute", "plan", "--time-limit", "10", "--pdf", "anna.pdf", "--ics", "anna.ics",
                "--csv", "anna.csv", "--save", "anna.leerroute.json"], cwd=home, **logs).stdout
    assert "Route for Anna de Vries" in plan and "Totals:" in plan
    assert (home / "anna.pdf").read_bytes()[:5] == b"%PDF-"  # the hand-over documents without Qt
    assert (home / "anna.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (home / "anna.csv").stat().st_size > 100
    assert "holds" in run([bin_dir / "leerroute", "verify", "anna.leerroute.json"], cwd=home, **logs).stdout
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
    no_qt = subprocess.run([bin_dir / "leerroute-gui"], cwd=home, capture_output=True, text=True, timeout=60,
                           env={**os.environ, **logs})
    assert no_qt.returncode == 3 and no_qt.stderr.strip() == (
        "leerroute-gui needs Qt, which this install lacks: pip install 'leerroute[gui]'")

    run([bin_dir / "python", "-m", "pip", "install", "--quiet", f"{wheel}[gui]"], cwd=home)
    shot = home / "window.png"
    run([bin_dir / "leerroute-gui", "--screenshot", shot, "--time-limit", "3", "--language", "nl"], cwd=home,
        QT_QPA_PLATFORM="offscreen", **logs)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    # the screenshot run kept away from the user's settings and recent files
    assert not [p for p in user.rglob("*") if p.is_file() and "Leerroute" in str(p)], list(user.rglob("*"))
    run([bin_dir / "leerroute-gui", "--install-desktop"], cwd=home, **logs)
    assert (user / ".local/share/applications/nl.leerroute.Leerroute.desktop").is_file()


def test_the_sdist_carries_tests_docs_and_translations_and_builds_and_tests(tmp_path: Path) -> None:
    """A source distribution others can pick up: it builds a wheel and its own tests run from it."""
    import tarfile

    run([sys.executable, "-m", "build", "--sdist", "--outdir", tmp_path / "sdist", ROOT], cwd=tmp_path)
    [sdist] = (tmp_path / "sdist").glob("leerroute-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
        tar.extractall(tmp_path / "src", filter="data")
    for wanted in ("tests/planner/test_cli.py", "tests/ui/test_demo.py", "docs/architecture.md",
                   "ui/i18n/leerroute_nl.ts", "ui/i18n/leerroute_nl.qm", "catalogs/hogeschool-oost.yaml",
                   "Makefile", "CHANGELOG.md", "CONTRIBUTING.md", "LICENSE", "bench/__main__.py"):
        assert wanted in names, f"{wanted} is not in the sdist"
    assert not [n for n in names if "__pycache__" in n]
    [src] = (tmp_path / "src").iterdir()
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", tmp_path / "wheel", src],
        cwd=tmp_path)
    assert list((tmp_path / "wheel").glob("leerroute-*.whl"))
    where = run([sys.executable, "-c", "import planner; print(planner.__file__)"], cwd=src).stdout
    assert where.startswith(str(src)), where  # the tests below run the sdist's code
    run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/planner/test_formatting.py",
         "tests/planner/test_schema.py"], cwd=src)
