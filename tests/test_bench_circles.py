"""The converter of a handbook's processed prerequisite strings (bench/circles.py), on strings written here
in the shape of the real ones (course codes, ``&&``/``||``, ``N UOC`` thresholds, programmes, corequisites)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from bench import circles
from bench.circles import Context, Untranslatable, available, build, parse, translate
from planner.models import AllOf, AnyOf, Credits, Pool, With
from planner.solver.core import Solver
from planner.validate import validate_plan

COURSES = {"COMP1511", "COMP1531", "COMP2521", "MATH1081", "MATH1131", "MATH1141", "BINF3010"}


def ctx() -> Context:
    return Context(courses=set(COURSES), programme="3778", major="COMPA1", kinds={"COMP#": {"3778", "3785"}})


def req(text: str) -> object:
    return translate(parse(text), ctx())


def test_course_codes_and_operators_with_precedence() -> None:
    assert req("COMP1511") == "comp1511"
    assert req("COMP1531 && (COMP2521 || MATH1081)") == AllOf(all=["comp1531", AnyOf(any=["comp2521", "math1081"])])
    # && binds tighter than ||, as the handbook's "A and B or C and D" reads
    assert req("COMP1511 && MATH1081 || COMP1531 && MATH1131") == AnyOf(
        any=[AllOf(all=["comp1511", "math1081"]), AllOf(all=["comp1531", "math1131"])])


def test_two_conditions_side_by_side_both_apply() -> None:
    # two "Prerequisite:" lines become "A || B C": (A or B) and C
    assert req("COMP1531 || COMP2521 MATH1081") == AllOf(all=[AnyOf(any=["comp1531", "comp2521"]), "math1081"])


def test_a_course_not_in_the_handbook_can_never_be_taken() -> None:
    assert req("COMP1917 || COMP1511") == "comp1511"  # the old course drops out of the choice
    assert req("COMP1917 && COMP1511") is False  # and makes a conjunction impossible


def test_one_of_a_list_of_courses() -> None:
    assert req("One of the following courses, COMP1511, MATH1081, COMP1531 || COMP2521.") == AnyOf(
        any=["comp1511", "math1081", "comp1531", "comp2521"])
    with pytest.raises(Untranslatable):
        parse("One of the following courses, COMP1511, Honours students")


def test_credit_thresholds_completed_and_from_a_pool() -> None:
    assert req("102UOC") == Credits(credits=102)
    assert req("12UOC in L2 MATH") == Credits(credits=12, from_=Pool(subject="MATH", tag="level-2"))
    assert req("24UOC in LAWS && COMP1511") == AllOf(all=[Credits(credits=24, from_=Pool(subject="LAWS")), "comp1511"])
    assert req("6UOC in L1") == Credits(credits=6, from_=Pool(tag="level-1"))


def test_programme_major_and_kind_are_this_learners() -> None:
    assert req("COMP1531 && COMP# && 102UOC") == AllOf(all=["comp1531", Credits(credits=102)])
    assert req("(COMP2521) && 96UOC && COMP?1") == AllOf(all=["comp2521", Credits(credits=96)])
    assert req("3778 || MATH1081") is True  # enrolled in 3778: met
    assert req("4501") is False  # another programme: never
    assert req("ACCTB13554 && COMP1511") is False  # another major
    assert req("COMPA1 && COMP1511") == "comp1511"


def test_marks_and_wam_are_not_planned() -> None:
    c = ctx()
    assert translate(parse("65GRADE in COMP2521 || 65GRADE in COMP1531"), c) == AnyOf(any=["comp2521", "comp1531"])
    assert translate(parse("COMP1511 && 65WAM"), c) == "comp1511"
    assert c.assumed["WAM met"] == 1


def test_corequisites_in_brackets() -> None:
    assert req("(COMP1531 || COMP2521) && [BINF3010]") == AllOf(
        all=[AnyOf(any=["comp1531", "comp2521"]), With(with_="binf3010")])


def test_empty_condition_is_no_requirement() -> None:
    assert parse("") is None
    assert req("") is True


@pytest.mark.parametrize(("text", "reason"), [
    ("must be an Art && Design Honours Year", "free text"),
    ("126UOC && CORES in L3", "free text"),
    ("(COMP1511 && COMP1531", "ends too early"),
    ("COMP1511)", "unbalanced brackets"),
    ("24UOC in the following specialisation", "credits in a category not read"),
])
def test_what_it_cannot_read_is_named(text: str, reason: str) -> None:
    with pytest.raises(Untranslatable) as err:
        parse(text)
    assert err.value.reason == reason


def _mirror(tmp_path: Path) -> Path:
    """A bare-bones handbook written here, committed to a git repository as the mirror is."""
    data = {
        "backend/data/final_data/conditionsProcessed.json": {
            "COMP1511": {"processed": ""},
            "COMP1531": {"processed": "COMP1511 || COMP1917"},
            "COMP3900": {"processed": "COMP1531 && COMP# && 18UOC"},
            "COMP3311": {"processed": "COMP1531"},
            "COMP3331": {"processed": "must be approved by the School"},
            "ACCT3202": {"processed": "ACCTB13554"},
            "ACCT3303": {"processed": "ACCT3202"},
            "ARTS1000": {"processed": ""},
        },
        "backend/data/final_data/specialisationsProcessed.json": {"COMPA1": {
            "code": "COMPA1", "name": "Computer Science", "curriculum": [
                {"core": True, "credits_to_complete": 18, "title": "Core",
                 "courses": {"COMP1511": "x", "COMP1531": "x", "COMP3900": "x"}},
                {"core": False, "credits_to_complete": 6, "title": "Electives", "courses": {"COMP3": "any level 3"}}]}},
        "backend/data/final_data/enrolmentData.json": {"COMP3900": {"T1": [], "T2": ["s"], "T3": ["s"]}},
        "backend/algorithms/cache/programMappings.json": {"COMP#": {"3778": 1}},
    }
    repo = tmp_path / "circles"
    for name, content in data.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(json.dumps(content))
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t",
           "PATH": os.environ.get("PATH", "")}
    for cmd in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "handbook"]):
        subprocess.run(["git", "-C", str(repo), *cmd], check=True, env=env)
    return repo / ".git"


def test_build_counts_what_it_dropped_and_plans_the_major(tmp_path: Path) -> None:
    mirror = _mirror(tmp_path)
    assert available(mirror)
    cs, learner, report = build(mirror, handbook_file=None)
    assert report.dropped == {"free text": 1}  # COMP3331's consent: named, and the course kept without it
    assert report.never == 2  # ACCT3202 (another major), then ACCT3303 that needs it
    ids = {m.id.split(":")[1] for m in cs.modules.values()}
    assert ids == {"comp1511", "comp1531", "comp3900", "comp3311", "comp3331", "arts1000"}
    assert cs.modules["unsw:comp3900"].requires == AllOf(all=["unsw:comp1531", Credits(credits=18)])
    assert {o.id.split(":")[1] for o in cs.offerings.values() if o.module == "unsw:comp3900"} == {"comp3900-t2", "comp3900-t3"}
    goal = cs.goals["unsw:compa1"]
    assert goal.required == ["unsw:comp1511", "unsw:comp1531", "unsw:comp3900"]
    assert goal.choices[0].of == ["unsw:comp3311", "unsw:comp3331"] and goal.choices[0].min_ec == 6
    plan = Solver(cs, learner, time_limit=10, explain=False).solve()
    assert plan.totals is not None and not validate_plan(cs, learner, plan)
    # 18 credits before COMP3900: COMP1511, COMP1531 and the elective first, one course a term at 20 h,
    # and COMP3900 runs in T2 and T3 only: T2 of the second year (week 67)
    weeks = {i.module.split(":")[1]: i.start_week for i in plan.items}
    assert len(weeks) == 4 and weeks["comp3900"] == 67, weeks
    assert plan.status.value == "optimal"


def test_without_the_mirror_the_bench_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert not available(tmp_path / "nothing")
    assert circles.main(["--out", str(tmp_path / "real")], mirror=tmp_path / "nothing") == 0
    assert "real: not available" in capsys.readouterr().out
    assert not (tmp_path / "real").exists()
