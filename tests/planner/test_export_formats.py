"""The export formats are listed once (planner.export.formats.FORMATS): the command line offers an
option per format, and writing a study plan writes each format asked for, in the registry's order."""

from __future__ import annotations

import io

import pytest

from planner.cli import build_parser, main
from planner.export.formats import FORMATS, by_name
from planner.export.handover import write_handover
from planner.studyplan import build_study_plan
from tests.planner.studyplan_demo import ANNA, FILES, catalogues, learner_and_plan


def test_names_and_extensions_are_unique_and_found_by_name() -> None:
    assert len({f.name for f in FORMATS}) == len({f.extension for f in FORMATS}) == len(FORMATS) >= 3
    assert [by_name(f.name) for f in FORMATS] == list(FORMATS)
    with pytest.raises(KeyError):
        by_name("docx")


@pytest.mark.parametrize("fmt", FORMATS, ids=[f.name for f in FORMATS])
def test_the_command_line_offers_each_format(fmt) -> None:
    help_text = build_parser()._subparsers._group_actions[0].choices["plan"].format_help()  # type: ignore[union-attr]
    assert f"--{fmt.name} FILE" in help_text and " ".join(fmt.help.split()[:3]) in " ".join(help_text.split())


@pytest.mark.parametrize("fmt", FORMATS, ids=[f.name for f in FORMATS])
def test_each_format_writes_its_file(tmp_path, fmt) -> None:
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan, language="nl")
    target = tmp_path / f"anna{fmt.extension}"
    assert write_handover(sp, {fmt.name: target}) == [target]
    assert target.stat().st_size > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_every_format_in_one_run_in_the_registrys_order(tmp_path) -> None:
    args = [a for f in FORMATS for a in (f"--{f.name}", str(tmp_path / f"anna{f.extension}"))]
    out, err = io.StringIO(), io.StringIO()
    code = main(["plan", "--catalog", *map(str, FILES), "--learner", str(ANNA), "--time-limit", "5", *args],
                out=out, err=err)
    assert code == 0, err.getvalue()
    written = [line.removeprefix("Written: ") for line in out.getvalue().splitlines() if line.startswith("Written: ")]
    assert written == [str(tmp_path / f"anna{f.extension}") for f in FORMATS]


def test_an_unknown_format_is_a_programming_error(tmp_path) -> None:
    learner, plan = learner_and_plan("switcher-anna")
    with pytest.raises(KeyError, match="docx"):
        write_handover(build_study_plan(catalogues(), learner, plan), {"docx": tmp_path / "x.docx"})
