"""Every exit of the command line is one of the documented codes: a bug is logged and said in one
line, Ctrl-C at any moment exits 3, a file that cannot be written exits 2, a bad time limit is bad input."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from planner import cli
from tests.factory import cli as run

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "catalogs"
OOAPI = ROOT / "tests" / "planner" / "fixtures" / "ooapi" / "v5"


def console_script(*lines: str, log_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the ``leerroute`` console script as pyproject.toml names it, after ``lines`` of set-up."""
    target = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]["leerroute"]
    module, _, func = target.partition(":")
    code = "\n".join([*lines, f"from {module} import {func} as run", "run()"])
    env = {**os.environ, "LEERROUTE_LOG_DIR": str(log_dir)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def test_the_console_script_logs_a_bug_and_says_one_line(tmp_path: Path) -> None:
    """The console script called main, not the function that logs: the named log file was never
    created and the traceback went to the terminal."""
    proc = console_script("import sys", "import planner.cli as c",
                          "def broken(*a): raise RuntimeError('an invariant broke')",
                          "c.cmd_schema = broken", "sys.argv = ['leerroute', 'schema']", log_dir=tmp_path)
    assert proc.returncode == 4, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert str(tmp_path / "leerroute.log") in proc.stderr
    log = (tmp_path / "leerroute.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "RuntimeError: an invariant broke" in log


STOP_AT_START = """
import sys
class Stop:
    def find_spec(self, name, path=None, target=None):
        if name == "planner.cli":
            raise KeyboardInterrupt
        return None
sys.meta_path.insert(0, Stop())
sys.argv = ["leerroute", "check", "x.yaml"]
"""


def test_ctrl_c_at_start_up_exits_3_without_a_traceback(tmp_path: Path) -> None:
    """Ctrl-C while Python was still loading the planner printed a traceback."""
    proc = console_script(STOP_AT_START, log_dir=tmp_path)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.strip() == "leerroute: stopped (Ctrl-C) while starting; nothing was done"


def test_ctrl_c_while_loading_exits_3_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the catalogues were read exited 130 with nothing said."""
    import planner.load

    def interrupted(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(planner.load, "load_catalogues", interrupted)
    code, _, err = run("plan")
    assert code == cli.EXIT_STOPPED
    assert "stopped (Ctrl-C) before it finished" in err


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "ten"])
def test_a_time_limit_must_be_a_positive_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--time-limit -1, 0 and nan were accepted."""
    code, _, _ = run("plan", "--time-limit", value)
    assert code == cli.EXIT_BAD_INPUT
    assert "number of seconds" in capsys.readouterr().err


def test_import_badges_that_cannot_write_exits_2(tmp_path: Path) -> None:
    """A write error in 'import badges -o' gave exit 4."""
    learner = tmp_path / "chen.yaml"
    learner.write_text('formatVersion: "1.0"\nname: Chen\ngoal: hs-oost:mc-data-ai\nstart: 2027-01-11\n'
                       "hoursPerWeek: 12\n", encoding="utf-8")
    badge = CATALOGS / "badges" / "python-for-professionals.ob2.json"
    code, _, err = run("import", "badges", str(badge), "--catalog", str(CATALOGS / "hogeschool-oost.yaml"),
                       "--learner", str(learner), "-o", str(tmp_path / "no-such-folder" / "out.yaml"))
    assert code == cli.EXIT_BAD_INPUT, err
    assert "cannot write the learner file" in err and "Traceback" not in err


def test_import_ooapi_report_that_cannot_write_exits_2(tmp_path: Path) -> None:
    """A write error in 'import ooapi --report' gave exit 4."""
    code, _, err = run("import", "ooapi", str(OOAPI / "courses.json"), str(OOAPI / "offerings.json"),
                       "-o", str(tmp_path / "draft.yaml"), "--report", str(tmp_path / "no-such-folder" / "r.txt"))
    assert code == cli.EXIT_BAD_INPUT, err
    assert "cannot write the report" in err


def test_a_write_error_anywhere_is_bad_input_not_a_bug(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    code, _, err = run("schema", "--dir", str(tmp_path / "a-file"))
    assert code == cli.EXIT_BAD_INPUT, err
    assert "a-file" in err and "internal error" not in err and len(err.strip().splitlines()) == 1


def test_insight_time_limit_must_be_a_positive_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'insight --time-limit nan' passed its check (nan <= 0 is false)."""
    code, _, _ = run("insight", "--out", str(tmp_path / "out"), "--time-limit", "nan")
    assert code == cli.EXIT_BAD_INPUT and "positive number of seconds" in capsys.readouterr().err
