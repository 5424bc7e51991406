"""The Makefile's guard on the interpreter: another Python is refused in words, a changed one rebuilds .venv."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAKE = shutil.which("make")
pytestmark = pytest.mark.skipif(MAKE is None, reason="make is not installed")


def make(folder: Path, python: str, target: str = ".venv/.interpreter") -> subprocess.CompletedProcess[str]:
    return subprocess.run([MAKE or "make", "-s", "-C", str(folder), f"PYTHON={python}", target],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    return tmp_path


def fake_python(folder: Path, version: str) -> str:
    """A stand-in interpreter that reports VERSION, as python3.10 would."""
    path = folder / f"python{version}"
    path.write_text(f"#!/bin/sh\necho '{version} {path}'\n")
    path.chmod(0o755)
    return str(path)


def test_a_python_other_than_3_11_to_3_13_is_refused_in_words(project: Path) -> None:
    result = make(project, fake_python(project, "3.10.13"), "lint")
    assert result.returncode != 0
    assert "Leerroute needs Python 3.11, 3.12 or 3.13" in result.stderr
    assert "is Python 3.10.13" in result.stderr
    assert "make PYTHON=" in result.stderr
    assert not (project / ".venv").exists()  # nothing built with it


def test_no_python_at_all_is_said_plainly(project: Path) -> None:
    result = make(project, str(project / "no-such-python"), "lint")
    assert result.returncode != 0
    assert "is not a Python that runs" in result.stderr


def test_another_interpreter_rebuilds_the_environment(project: Path) -> None:
    assert make(project, sys.executable).returncode == 0
    marker = project / ".venv" / "something-installed"
    marker.write_text("x")
    assert make(project, sys.executable).returncode == 0
    assert marker.exists()  # the same interpreter keeps what is installed
    other = make(project, fake_python(project, "3.12.1"))
    assert other.returncode == 0, other.stderr
    assert "building it again" in other.stdout
    assert not marker.exists()
    assert (project / ".venv" / ".interpreter").read_text().startswith("3.12.1 ")
