"""Plan files that open anywhere: the catalogues travel inside the plan; a same-id catalogue beside
it that differs is reported with what changed; references never leave the plan's folder."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from planner.load import load_catalogues, load_learner
from planner.messages import render
from planner.models import Learner
from planner.planfile import (
    PlanFileError,
    catalogue_changes,
    load_plan_catalogues,
    open_plan_file,
    read_plan_file,
    save_plan_file,
    updated_catalogues,
)
from planner.solver import Solver
from planner.validate import validate_plan

CATALOGS = Path(__file__).resolve().parents[2] / "catalogs"
UI_TINY = Path(__file__).resolve().parents[1] / "ui" / "data" / "tiny.yaml"


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory):
    """A plan for the demo catalogues, saved in a folder away from them."""
    cs = load_catalogues([CATALOGS / "hogeschool-oost.yaml", CATALOGS / "partner-noord.yaml"])
    learner = Learner(name="Chen", goal="hs-oost:mc-data-ai", start=dt.date(2027, 1, 11), hours_per_week=12,
                      modes=["online", "hybrid"])
    plan = Solver(cs, learner, time_limit=20).solve()
    assert plan.items
    target = tmp_path_factory.mktemp("advisor") / "chen.leerroute.json"
    save_plan_file(target, learner, cs, plan)
    return target, learner, plan


def test_a_plan_file_copied_alone_opens_with_every_title_and_passes_its_checks(demo_plan, tmp_path):
    target, learner, plan = demo_plan
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert [c["path"] for c in raw["catalogues"]] == ["hogeschool-oost.yaml", "partner-noord.yaml"]  # no paths
    assert raw["catalogues"][0]["content"]["id"] == "hs-oost" and raw["catalogues"][0]["published"] == "2026-06-15"
    assert target.stat().st_size < 4_000_000
    alone = tmp_path / "inbox" / "chen.leerroute.json"
    alone.parent.mkdir()
    shutil.copy(target, alone)
    doc, changes = open_plan_file(alone)
    assert changes == []
    opened = load_plan_catalogues(doc, alone.parent)
    assert opened.embedded == ["hs-oost", "partner-noord"] and opened.paths == [] and opened.notes == []
    cs = opened.catalogue_set
    for item in doc.plan.items:
        assert cs.module_title(item.module) == item.title
        for o in item.outcomes:
            assert cs.outcome_title(o) != o
    assert validate_plan(cs, doc.learner, doc.plan) == []
    # saved again from there, it still carries its catalogues with the original hashes
    again = alone.parent / "again.leerroute.json"
    save_plan_file(again, doc.learner, cs, doc.plan)
    refs = read_plan_file(again).catalogues
    assert [(r.id, r.sha256, r.content is not None) for r in refs] == [
        (r.id, r.sha256, True) for r in read_plan_file(target).catalogues]


def test_the_same_catalogue_beside_the_plan_is_used_from_disk(tmp_path):
    shutil.copy(UI_TINY, tmp_path / "tiny.yaml")
    cs = load_catalogues([tmp_path / "tiny.yaml"])
    learner = load_learner(UI_TINY.with_name("learner.yaml"))
    target = tmp_path / "a.leerroute.json"
    save_plan_file(target, learner, cs, Solver(cs, learner, time_limit=10).solve())
    opened = load_plan_catalogues(read_plan_file(target), tmp_path)
    assert opened.paths == [(tmp_path / "tiny.yaml").resolve()] and opened.embedded == []


def test_a_changed_catalogue_beside_the_plan_says_what_changed_and_can_be_used_to_replan(tmp_path):
    shutil.copy(UI_TINY, tmp_path / "tiny.yaml")
    cs = load_catalogues([tmp_path / "tiny.yaml"])
    learner = load_learner(UI_TINY.with_name("learner.yaml"))
    plan = Solver(cs, learner, time_limit=10).solve()
    assert plan.items
    target = tmp_path / "a.leerroute.json"
    save_plan_file(target, learner, cs, plan)
    used = plan.items[0].offering.split(":")[1]
    old_cost = cs.offerings[plan.items[0].offering].cost
    text = (tmp_path / "tiny.yaml").read_text(encoding="utf-8")
    changed = text.replace(f"cost: {old_cost:g}", f"cost: {old_cost + 25:g}", 1)
    assert changed != text, used
    (tmp_path / "tiny.yaml").write_text(changed, encoding="utf-8")
    doc, changes = open_plan_file(target)
    assert [c.code for c in changes] == ["planfile.catalogue_differs"]
    opened = load_plan_catalogues(doc, tmp_path)
    assert opened.embedded == ["tiny"] and opened.updates == {"tiny": (tmp_path / "tiny.yaml").resolve()}
    # the plan still uses its own copy, so it stays valid
    assert opened.catalogue_set.offerings[plan.items[0].offering].cost == old_cost
    assert validate_plan(opened.catalogue_set, learner, doc.plan) == []
    texts = [render(m) for m in opened.notes]
    assert any(t.startswith("“tiny”, offerings: 0 added, 0 removed, 1 changed") for t in texts), texts
    assert any("the cost changed from" in t for t in texts), texts
    newer = updated_catalogues(opened)
    assert newer.offerings[plan.items[0].offering].cost == old_cost + 25
    assert newer.sources["tiny"] == (tmp_path / "tiny.yaml").resolve()


def test_references_never_leave_the_plans_folder(tmp_path, demo_plan):
    target, _learner, _plan = demo_plan
    outside = tmp_path / "secret.yaml"
    outside.write_text("id: hs-oost\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    data = json.loads(target.read_text(encoding="utf-8"))
    data["catalogues"][0]["path"] = "../secret.yaml"
    data["catalogues"][1]["path"] = str(outside)
    evil = sub / "evil.leerroute.json"
    evil.write_text(json.dumps(data), encoding="utf-8")
    doc = read_plan_file(evil)
    assert all(p.parent == sub.resolve() for p in doc.catalogue_paths(sub))
    assert catalogue_changes(doc, sub) == []
    opened = load_plan_catalogues(doc, sub)
    assert opened.paths == [] and opened.updates == {}


def test_a_tampered_copy_is_checked_like_a_file(tmp_path, demo_plan):
    target, _learner, _plan = demo_plan
    data = json.loads(target.read_text(encoding="utf-8"))
    data["catalogues"][1]["content"]["modules"][0]["certifies"] = ["no-such-outcome"]
    bad = tmp_path / "bad.leerroute.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFileError, match="the catalogues of this plan have errors"):
        load_plan_catalogues(read_plan_file(bad), tmp_path)
