"""Saved work is written whole, with the user's permissions, and leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.cli import main
from planner.fileio import leftover_temp_files, write_text_atomic


@pytest.fixture
def umask():  # type: ignore[no-untyped-def]
    old = os.umask(0o022)
    yield lambda m: os.umask(m)
    os.umask(old)


def test_new_files_follow_the_umask(tmp_path: Path, umask) -> None:  # type: ignore[no-untyped-def]
    """Every saved file was 0600 whatever the umask."""
    write_text_atomic(tmp_path / "a.yaml", "x: 1\n")
    assert (tmp_path / "a.yaml").stat().st_mode & 0o777 == 0o644
    umask(0o077)
    write_text_atomic(tmp_path / "b.yaml", "x: 1\n")
    assert (tmp_path / "b.yaml").stat().st_mode & 0o777 == 0o600


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "anna.yaml"
    target.write_text("old\n")
    target.chmod(0o640)
    write_text_atomic(target, "new\n")
    assert target.read_text() == "new\n" and target.stat().st_mode & 0o777 == 0o640


KILLED_SAVE = """
import os, sys, time
import planner.fileio as fio
def slow_fsync(fd):
    print("writing", flush=True)
    time.sleep(60)
os.fsync = slow_fsync
fio.write_text_atomic(sys.argv[1], "new content\\n" * 1000)
"""


def test_a_killed_save_keeps_the_old_file_and_the_next_save_cleans_up(tmp_path: Path) -> None:
    """Every interrupted save left a hidden temporary file behind (30 after 60 kills)."""
    target = tmp_path / "anna.leerroute.json"
    target.write_text("old\n")
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", KILLED_SAVE, str(target)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert len(leftover_temp_files(target)) == 1  # a kill leaves its own, and never piles them up
    assert target.read_text() == "old\n"
    write_text_atomic(target, "saved\n")
    assert target.read_text() == "saved\n"
    assert leftover_temp_files(target) == []  # … the next save removes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anna.leerroute.json"]


@pytest.mark.parametrize("where", ["missing/plan.json", "."])
def test_plan_json_into_an_unwritable_place_exits_2_before_solving(tmp_path: Path, where: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """A missing folder or a folder as target ended in a traceback after the route was printed."""
    target = tmp_path / where
    t0 = time.perf_counter()
    assert main(["plan", "--json", str(target), "--time-limit", "5"]) == 2
    captured = capsys.readouterr()
    assert str(target) in captured.err and "Traceback" not in captured.err
    assert "Route for" not in captured.out  # refused before the solve, not after it
    assert time.perf_counter() - t0 < 4
