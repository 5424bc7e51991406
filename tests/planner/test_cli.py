"""The command line as a user meets it: version, help with exit codes, a bug reported as a bug."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from planner import cli, shipped
from planner.logs import setup_logging
from tests.factory import cli as run


def test_version_names_the_installed_release(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--version")[0] == 0
    assert capsys.readouterr().out.strip() == f"leerroute {shipped.version()}"


@pytest.mark.parametrize(("command", "said"), [
    ([], [(0, "success"), (1, "no route"), (2, "bad input"), (3, "stopped"), (4, "internal error")]),
    (["plan"], [(0, "a route"), (1, "no route exists"), (2, "bad input"), (3, "stopped"), (4, "internal error")]),
    (["check"], [(0, "without errors"), (1, "has errors"), (2, "cannot be read"), (4, "internal error")]),
    (["schema"], [(0, "written"), (2, "cannot be written"), (4, "internal error")])])
def test_help_says_each_exit_code_it_can_give(command: list[str], said: list[tuple[int, str]],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(*command, "--help")[0] == 0
    text = capsys.readouterr().out
    for code, words in said:
        assert f"  {code}  " in text and words in text


def test_a_bug_exits_4_and_leaves_its_traceback_in_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEERROUTE_LOG_DIR", str(tmp_path))
    log_path = setup_logging("leerroute")
    assert log_path == tmp_path / "leerroute.log"

    def broken(*_args: object) -> int:
        raise RuntimeError("an invariant broke")

    monkeypatch.setattr(cli, "cmd_check", broken)
    try:
        code, _, err = run("check", "whatever.yaml")
        for h in logging.getLogger("planner").handlers:
            h.flush()
        text = log_path.read_text()
    finally:
        for name in ("planner", "ui"):
            for h in list(logging.getLogger(name).handlers):
                if getattr(h, "baseFilename", None) == str(log_path):
                    logging.getLogger(name).removeHandler(h)
                    h.close()
    assert code == cli.EXIT_INTERNAL
    assert "internal error" in err and str(log_path) in err and "Traceback" not in err
    assert "Traceback (most recent call last)" in text and "RuntimeError: an invariant broke" in text


def test_an_unwritable_log_folder_is_no_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("LEERROUTE_LOG_DIR", str(blocker / "logs"))
    assert setup_logging("leerroute") is None


def test_the_demo_is_found_without_the_source_tree() -> None:
    assert [p.name for p in cli.DEMO_CATALOGUES] == ["hogeschool-oost.yaml", "partner-noord.yaml"]
    assert all(p.is_file() for p in [*cli.DEMO_CATALOGUES, cli.DEMO_LEARNER, *shipped.sample_learners()])
    assert (shipped.schema_dir() / "catalogue.schema.json").is_file()
