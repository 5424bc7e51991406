"""`leerroute insight` as a user meets it: the report written, bad input said in one place with what to
do, Ctrl-C stopping cleanly with what is done kept."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from planner import cli

from .conftest import ADD, CATALOGUE, COHORT


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["insight", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_report_and_its_tables_are_written(tmp_path: Path) -> None:
    code, out, err = run("--catalog", str(CATALOGUE), "--cohort", str(COHORT), "--out", str(tmp_path / "r"),
                         "--in-process", "--bottlenecks", "1", "--add-offering", str(ADD))
    assert code == 0, err
    assert "20 of 20 profiles planned (15 with a route) — in-process" in out
    assert f"Written: {tmp_path / 'r' / 'report.html'}" in out
    assert "cohort: planned 20 of 20 profiles" in err and "what-if: planned" in err  # progress with counts


def test_a_bad_cohort_row_names_file_row_column_and_value(tmp_path: Path) -> None:
    bad = tmp_path / "cohort.csv"
    bad.write_text("id,goal,start,hours_per_week,modes\np1,ins:g-c,2027-01-04,8,online\np2,ins:g-c,4 jan,8,teleport\n")
    code, out, err = run("--catalog", str(CATALOGUE), "--cohort", str(bad), "--out", str(tmp_path / "r"), "--in-process")
    assert code == 2 and out == ""
    assert f"{bad}:3: column start: String should match pattern" in err and "'4 jan'" in err
    assert f"{bad}:3: column modes:" in err and "'teleport'" in err
    assert not (tmp_path / "r").exists()


def test_a_bad_added_offering_and_a_bad_scheduler_are_bad_input(tmp_path: Path) -> None:
    add = tmp_path / "add.yaml"
    add.write_text("offerings:\n  - {id: x, module: 'ins:nope', mode: online, weeks: 2, hoursPerWeek: 4}\n")
    code, _, err = run("--catalog", str(CATALOGUE), "--cohort", str(COHORT), "--out", str(tmp_path / "r"), "--in-process",
                       "--add-offering", str(add))
    assert code == 2 and f"{add}: offerings[0].module: no module 'ins:nope'" in err
    code, _, err = run("--cohort", str(COHORT), "--out", str(tmp_path / "r"), "--scheduler", "127.0.0.1:1")
    assert code == 2 and "give the address as tcp://HOST:PORT" in err


def test_ctrl_c_stops_cleanly_and_the_next_run_finishes(tmp_path: Path) -> None:
    out_dir = tmp_path / "r"
    cmd = [sys.executable, "-m", "planner.cli", "insight", "--catalog", str(CATALOGUE), "--cohort", str(COHORT),
           "--out", str(out_dir), "--in-process", "--bottlenecks", "0"]
    env = {**os.environ, "LEERROUTE_LOG_DIR": str(tmp_path / "logs")}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    first = proc.stderr.readline()  # the first progress line: the run has started
    assert "cohort: planned 0 of 20" in first
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 3, err
    assert "stopping: the profiles planned so far are kept" in err and "run the same command again" in err
    assert "Stopped before the end" in (out_dir / "report.html").read_text()
    kept = len(list((out_dir / ".cache").rglob("*.json")))
    again = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "20 of 20 profiles planned" in again.stdout
    assert f"({kept} from the cache)" in again.stderr or kept == 0


def test_a_local_cluster_that_cannot_start_is_said_in_words(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import distributed

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("Nanny failed to start.")

    monkeypatch.setattr(distributed, "LocalCluster", broken)
    code, out, err = run("--catalog", str(CATALOGUE), "--cohort", str(COHORT), "--out", str(tmp_path / "r"),
                         "--processes", "2")
    assert code == 2 and out == ""
    assert "the local Dask cluster could not start its 2 worker processes (Nanny failed to start.)" in err
    assert "--in-process" in err and "internal error" not in err
