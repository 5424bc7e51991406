"""Plan files that cannot lie: checked against the catalogue files the user has, by content hash;
everything a person reads recomputed from catalogue and learner; no route never "holds"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from planner.verify import verify_plan_file
from tests.factory import cli as run


def edit(path: Path, fn) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    data = json.loads(path.read_text())
    fn(data)
    path.write_text(json.dumps(data))
    return data


def forge(data: dict[str, Any]) -> None:
    """Edit the copy of the catalogue and the plan together, as someone who wants a cheaper route would."""
    item = data["plan"]["items"][0]
    copy = data["catalogues"][0]
    for off in copy["content"]["offerings"]:
        if f"{copy['id']}:{off['id']}" == item["offering"]:
            off["cost"] = 10
    copy["sha256"] = "0" * 64  # the copy no longer matches the file: say it was another version
    item["cost"] = 10
    item["title"] = "Master of Medicine (MD)"
    data["plan"]["totals"]["cost"] = 10
    for m in data["plan"].get("milestones", []):
        m["title"], m["week"] = "week 2, on time", 0


def test_a_forged_copy_does_not_hold_when_the_real_catalogue_is_beside_it(saved: Path) -> None:
    """Editing the copy and the plan together made verify say 'holds' (exit 0)."""
    edit(saved, forge)
    result = verify_plan_file(saved)
    assert not result.holds and result.against == "files"
    code, out, _ = run("verify", str(saved))
    assert code == 1
    assert "does not hold" in out and "cost changed from €10" in out
    assert "Master of Medicine" not in out


def test_a_forged_plan_mailed_alone_is_checked_against_the_catalogue_given(saved: Path, tmp_path: Path) -> None:
    edit(saved, forge)
    alone = tmp_path / "mail"
    alone.mkdir()
    shutil.move(saved, alone / saved.name)
    code, out, _ = run("verify", str(alone / saved.name))
    assert code == 0
    assert "holds" not in out.split(":")[-1].split(";")[0]
    assert "checked against" not in out and "copy of its catalogues inside the plan, which anyone can edit" in out
    code, out, _ = run("verify", str(alone / saved.name), "--catalog", str(tmp_path / "mini.yaml"))
    assert code == 1 and "does not hold" in out


def test_an_untouched_plan_holds_against_its_file(saved: Path) -> None:
    code, out, _ = run("verify", str(saved))
    assert code == 0 and "holds (checked against mini.yaml)" in out


def test_what_a_person_reads_is_recomputed_not_taken_from_the_file(saved: Path) -> None:
    """Titles, totals, milestones and the status claim came from the file as they were."""
    honest = verify_plan_file(saved).plan
    assert honest is not None and honest.totals is not None

    def lie(data: dict[str, Any]) -> None:
        plan = data["plan"]
        plan["items"][0]["title"] = "Master of Medicine (MD)"
        plan["items"][0]["outcomes"] = ["mini:everything"]
        plan["totals"].update(cost=10, ec=999, finishWeek=1)
        plan["status"], plan["bound"], plan["gap"] = "optimal", 1, 0
        plan["messages"] = [{"code": "status.optimal", "params": {}}]

    edit(saved, lie)
    result = verify_plan_file(saved)
    plan = result.plan
    assert plan is not None and plan.totals is not None
    assert "Master of Medicine (MD)" not in plan.model_dump_json()
    assert plan.items[0].title == honest.items[0].title and plan.items[0].outcomes == honest.items[0].outcomes
    assert plan.totals == honest.totals and plan.milestones == honest.milestones
    assert (plan.status, plan.bound) == (honest.status, honest.bound) and plan.messages == honest.messages


@pytest.mark.parametrize("emptied", ["items", "plan"])
def test_an_empty_plan_does_not_hold(saved: Path, emptied: str) -> None:
    """A plan whose items were emptied 'held'."""
    edit(saved, lambda d: d["plan"].__setitem__("items", []) if emptied == "items" else d.pop("plan"))
    code, out, _ = run("verify", str(saved))
    assert code == 1
    assert "no route" in out and "does not hold" in out


def test_several_files_each_get_a_verdict_and_the_worst_code(saved: Path, tmp_path: Path) -> None:
    """With several files, verify stopped at the first unreadable one."""
    broken = tmp_path / "broken.leerroute.json"
    broken.write_text("{not json")
    code, out, err = run("verify", str(broken), str(saved))
    assert code == 2
    assert f"{broken}: cannot be checked" in err and f"{saved}: plan for" in out and "holds" in out


def test_control_characters_from_a_plan_never_reach_the_terminal(saved: Path) -> None:
    edit(saved, lambda d: d["learner"].__setitem__("name", "Sam\x1b[2J\x1b]0;pwned\x07"))
    code, out, err = run("verify", str(saved))
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "Sam" in out
