"""A plan file rendered from a snapshot, off the GUI thread: the same file as a save, edits after the
snapshot left out, a cancelled render writes nothing."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from bench.generator import generate
from planner import plansnapshot
from planner.load import load_catalogues
from planner.models import Learner
from planner.planfile import Scenario, open_plan_file, save_plan_file
from planner.solver.greedy import greedy_plan
from tests.planner.fuzzing import LEARNER, MINI


def test_the_text_is_what_a_save_writes(tmp_path: Path) -> None:
    (tmp_path / "mini.yaml").write_text(MINI.read_text())
    cs = load_catalogues([tmp_path / "mini.yaml"])
    learner = Learner.model_validate(LEARNER)
    plan = greedy_plan(cs, learner)
    other = learner.model_copy(update={"hours_per_week": learner.hours_per_week + 4})
    scenarios = [Scenario(name="a", learner=learner, plan=plan), Scenario(name="b", learner=other, plan=None)]
    saved = tmp_path / "saved.leerroute.json"
    save_plan_file(saved, learner, cs, plan, scenarios=scenarios, chosen="a")
    text = plansnapshot.render(plansnapshot.take(learner, cs, plan, scenarios, "a"), tmp_path)
    assert text == saved.read_text(encoding="utf-8")
    copy = tmp_path / "copy.leerroute.json"
    copy.write_text(text, encoding="utf-8")
    pf, changes = open_plan_file(copy)
    assert pf.plan == plan and [s.name for s in pf.scenarios] == ["a", "b"] and not changes


def test_a_generated_catalogue_without_a_file_matches_too(tmp_path: Path) -> None:
    cs, learner = generate("S", 1)
    saved = tmp_path / "saved.leerroute.json"
    save_plan_file(saved, learner, cs)
    cache = plansnapshot.ContentCache()
    snap = plansnapshot.take(learner, cs)
    assert plansnapshot.render(snap, tmp_path, cache) == saved.read_text(encoding="utf-8")
    assert plansnapshot.render(snap, tmp_path, cache) == saved.read_text(encoding="utf-8")  # from the cache


def test_an_edit_after_the_snapshot_is_not_in_it(tmp_path: Path) -> None:
    cs, learner = generate("S", 1)
    snap = plansnapshot.take(learner, cs)
    learner.name = "Changed later"  # the models can be changed in place: the snapshot must not follow
    data = json.loads(plansnapshot.render(snap, tmp_path))
    assert data["learner"]["name"] != "Changed later"


def test_a_cancelled_render_stops(tmp_path: Path) -> None:
    cs, learner = generate("S", 1)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(plansnapshot.Cancelled):
        plansnapshot.render(plansnapshot.take(learner, cs), tmp_path, cancel=cancel)
