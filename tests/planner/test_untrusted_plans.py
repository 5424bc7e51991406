"""Plan files come by e-mail from strangers: every plan is checked, references stay in the plan's
folder, no unrelated file is read into memory, hung on, or quoted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.errors import LeerrouteError
from planner.load import load_catalogues
from planner.planfile import save_plan_file
from planner.solver.greedy import greedy_plan
from planner.verify import verify_plan_file
from tests.planner.fuzzing import LEARNER, MINI

SECRET = "root:x:0:0:secret-line-that-must-never-be-shown"


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A plan for the mini catalogue, saved beside a copy of it."""
    from planner.models import Learner

    (tmp_path / "mini.yaml").write_text(MINI.read_text())
    cs = load_catalogues([tmp_path / "mini.yaml"])
    learner = Learner.model_validate(LEARNER)
    plan = greedy_plan(cs, learner)
    target = tmp_path / "sam.leerroute.json"
    save_plan_file(target, learner, cs, plan)
    return target


def edit(path: Path, fn) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(path.read_text())
    fn(data)
    path.write_text(json.dumps(data))


def test_a_saved_plan_holds(saved: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert verify_plan_file(saved).holds
    assert main(["verify", str(saved)]) == 0
    assert "holds" in capsys.readouterr().out


@pytest.mark.parametrize(("field", "value", "words"), [
    ("cost", 1, "the cost changed from €1 to €"),
    ("startWeek", 3, "starts in week 3"),
    ("hoursPerWeek", 0.5, "hours per week changed from 0.5"),
])
def test_an_edited_plan_does_not_pass_as_a_best_route(saved: Path, field: str, value: object, words: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """An edited cost ('€ 1'), changed weeks or hours opened silently as 'best route'."""
    edit(saved, lambda d: d["plan"]["items"][0].__setitem__(field, value))
    result = verify_plan_file(saved)
    assert not result.holds
    assert main(["verify", str(saved)]) == 1
    out = capsys.readouterr().out
    assert words in out and "does not hold" in out


def test_references_to_system_files_are_never_read_or_quoted(saved: Path, tmp_path: Path) -> None:
    """'../../etc/passwd' was read and 40 characters of it shown; a link to a system file was quoted."""
    secret = tmp_path.parent / f"{tmp_path.name}-secret.txt"
    secret.write_text(SECRET + "\n")
    (tmp_path / "mini.yaml").unlink()
    (tmp_path / "mini.yaml").symlink_to(secret)  # a link out of the folder, named like the catalogue
    edit(saved, lambda d: d["catalogues"][0].update(path=f"../{secret.name}"))
    result = verify_plan_file(saved)  # the copy inside the plan is used
    assert result.holds and result.catalogues.embedded == ["mini"]
    assert SECRET not in json.dumps([m.model_dump() for m in result.notes])


def test_a_plan_whose_catalogues_are_all_gone_says_so(saved: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """With every catalogue missing, the plan was checked against the previous document's and 'passed'."""
    edit(saved, lambda d: d["catalogues"][0].pop("content"))
    (saved.parent / "mini.yaml").unlink()
    with pytest.raises(LeerrouteError, match="its catalogues are missing"):
        verify_plan_file(saved)
    assert main(["verify", str(saved)]) == 2
    assert "mini" in capsys.readouterr().err


HANG = """
import sys
from planner.verify import verify_plan_file
try:
    verify_plan_file(sys.argv[1])
except Exception as exc:
    print(type(exc).__name__)
print("done")
"""


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_devices_and_pipes_named_as_catalogues_neither_hang_nor_fill_memory(saved: Path, kind: str) -> None:
    """/dev/zero grew memory without bound (no size limit before hashing); a FIFO hung."""
    edit(saved, lambda d: d["catalogues"][0].pop("content"))
    (saved.parent / "mini.yaml").unlink()
    if kind == "fifo":
        os.mkfifo(saved.parent / "mini.yaml")
    else:
        (saved.parent / "mini.yaml").symlink_to("/dev/zero")
    proc = subprocess.run([sys.executable, "-c", HANG, str(saved)], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.stdout.split() == ["PlanFileError", "done"], proc.stderr


def test_a_plan_file_that_is_a_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "x.leerroute.json"
    os.mkfifo(fifo)
    with pytest.raises(LeerrouteError, match="is not a file"):
        verify_plan_file(fifo)


def test_check_does_not_quote_a_system_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET + "\n")
    link = tmp_path / "catalogue.yaml"
    link.symlink_to(secret)
    assert main(["check", str(link)]) == 1
    assert "secret-line" not in capsys.readouterr().out
