"""The command line says and takes things alike: one plan file (``plan --save``), one way to give several
catalogues, each ``--help`` with only its own exit codes, the same defaults everywhere."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from planner.cli import EXIT_BAD_INPUT, EXIT_OK, build_parser
from planner.planfile import read_plan_file
from tests.factory import cli as run

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "catalogs"
OOST, NOORD = CATALOGS / "hogeschool-oost.yaml", CATALOGS / "partner-noord.yaml"
ANNA = CATALOGS / "learners" / "switcher-anna.yaml"
BADGE = CATALOGS / "badges" / "python-for-professionals.ob2.json"


def test_plan_save_writes_the_plan_file_that_verify_and_the_window_open(tmp_path):
    target = tmp_path / "anna.leerroute.json"
    code, out, err = run("plan", "--catalog", OOST, NOORD, "--learner", ANNA, "--time-limit", "10", "--save", target)
    assert code == EXIT_OK, err
    assert f"Plan file written to {target}" in out
    doc = read_plan_file(target)
    assert doc.learner.name == "Anna de Vries"
    assert doc.plan is not None and doc.plan.items
    assert {Path(c.path).name for c in doc.catalogues} == {OOST.name, NOORD.name}
    code, out, err = run("verify", target)
    assert code == EXIT_OK, out + err
    assert "holds" in out


def test_plan_save_names_the_file_as_the_window_does(tmp_path):
    code, out, _ = run("plan", "--learner", ANNA, "--time-limit", "10", "--save", tmp_path / "anna.json")
    assert code == EXIT_OK
    assert (tmp_path / "anna.leerroute.json").is_file()


def test_a_route_written_with_json_is_named_for_what_it_is_by_verify(tmp_path):
    data = tmp_path / "anna.plan.json"
    assert run("plan", "--learner", ANNA, "--time-limit", "10", "--json", data)[0] == EXIT_OK
    code, out, err = run("verify", data)
    assert code == EXIT_BAD_INPUT
    said = (out + err).strip()
    assert "written by 'leerroute plan --json', not a plan file" in said
    assert "plan --save FILE.leerroute.json" in said
    assert "Input should be a valid dictionary" not in said
    assert len(said.splitlines()) == 1


@pytest.mark.parametrize("flags", [["--catalog", OOST, NOORD], ["--catalog", OOST, "--catalog", NOORD],
                                   ["--catalogue", OOST, "--catalog", NOORD]])
def test_several_catalogues_one_way_everywhere(flags):
    args = build_parser().parse_args(["plan", *map(str, flags)])
    assert [Path(c).name for c in args.catalog] == [OOST.name, NOORD.name]
    args = build_parser().parse_args(["insight", *map(str, flags), "--out", "x"])
    assert [Path(c).name for c in args.catalog] == [OOST.name, NOORD.name]


def test_import_badges_after_catalog_takes_the_badge_as_a_badge(tmp_path):
    start = tmp_path / "chen.yaml"
    start.write_text('formatVersion: "1.0"\nname: Chen\ngoal: hs-oost:mc-data-ai\nstart: 2027-01-11\nhoursPerWeek: 12\n',
                     encoding="utf-8")
    code, out, err = run("import", "badges", "--catalog", OOST, BADGE, "--learner", start, "-o", tmp_path / "c2.yaml")
    assert code == EXIT_OK, err
    assert f"({BADGE.name}, Open Badges 2.0" in out  # used as a badge, not read as a catalogue
    from planner.load import load_learner

    assert "hs-oost:ict.prog.basis" in {p.outcome for p in load_learner(tmp_path / "c2.yaml").proven}


def test_check_without_files_checks_the_demo_as_plan_plans_it():
    code, out, err = run("check")
    assert code == EXIT_OK, err
    assert OOST.name in out and NOORD.name in out


def _help(*command: str) -> str:
    out = io.StringIO()
    parser = build_parser()
    with pytest.raises(SystemExit):
        import contextlib

        with contextlib.redirect_stdout(out):
            parser.parse_args([*command, "--help"])
    return out.getvalue()


def _codes(text: str) -> set[int]:
    block = text.split("exit codes:", 1)[1]
    return {int(m) for m in re.findall(r"^\s+(\d)\s\s", block, re.MULTILINE)}


@pytest.mark.parametrize(("command", "codes"), [
    (["check"], {0, 1, 2, 4}), (["plan"], {0, 1, 2, 3, 4}), (["verify"], {0, 1, 2, 4}), (["schema"], {0, 2, 4}),
    (["import", "ooapi"], {0, 2, 3, 4}), (["import", "badges"], {0, 2, 4}), (["insight"], {0, 2, 3, 4})])
def test_each_help_lists_its_own_exit_codes(command, codes):
    assert _codes(_help(*command)) == codes
