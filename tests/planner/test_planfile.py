"""Plan files: round trip, atomic write, changed catalogues, bad files with file:line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.catalog import CatalogueSet
from planner.models import Catalogue, Learner
from planner.plan import Plan, Status
from planner.planfile import (
    PLANFILE_FORMAT_VERSION,
    PlanFileError,
    Scenario,
    open_plan_file,
    read_plan_file,
    save_plan_file,
)
from planner.reader import file_hash

CATALOGUE = {
    "formatVersion": "1.0",
    "id": "tiny",
    "title": "Tiny",
    "institution": "Test",
    "outcomes": [{"id": "o1", "title": "Writes code"}],
    "modules": [{"id": "m1", "title": "Code", "ec": 5, "certifies": ["o1"]}],
    "offerings": [
        {"id": "m1-online", "module": "m1", "mode": "online", "weeks": 10, "hoursPerWeek": 14,
         "entry": {"start": "2026-09-01"}}
    ],
    "goals": [{"id": "g", "title": "Goal", "kind": "custom", "required": ["o1"]}],
}


@pytest.fixture
def catalogue_set(tmp_path: Path) -> CatalogueSet:
    path = tmp_path / "cats" / "tiny.json"
    path.parent.mkdir()
    path.write_text(json.dumps(CATALOGUE), encoding="utf-8")
    cs = CatalogueSet()
    cs.add(Catalogue.model_validate(CATALOGUE), source=path, digest=file_hash(path))
    return cs


@pytest.fixture
def learner() -> Learner:
    return Learner(name="Anna", goal="tiny:g", start=dt.date(2026, 9, 7), hours_per_week=12, pinned=["tiny:m1"])


def test_round_trip_keeps_learner_plan_and_relative_catalogue_path(tmp_path, catalogue_set, learner):
    plan = Plan(learner="Anna", goal="tiny:g", start_date=dt.date(2026, 9, 7), status=Status.OPTIMAL)
    target = tmp_path / "anna.leerroute.json"
    save_plan_file(target, learner, catalogue_set, plan)
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["formatVersion"] == PLANFILE_FORMAT_VERSION
    assert raw["catalogues"][0]["path"] == "cats/tiny.json"
    doc, changes = open_plan_file(target)
    assert changes == []
    assert doc.learner == learner
    assert doc.plan == plan
    assert doc.catalogue_paths(tmp_path) == [(tmp_path / "cats" / "tiny.json").resolve()]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_changed_and_missing_catalogues_are_reported(tmp_path, catalogue_set, learner):
    target = tmp_path / "anna.leerroute.json"
    save_plan_file(target, learner, catalogue_set)
    cat = tmp_path / "cats" / "tiny.json"
    cat.write_text(cat.read_text(encoding="utf-8").replace("Writes code", "Writes good code"), encoding="utf-8")
    _, changes = open_plan_file(target)
    assert [(c.code, c.params["id"]) for c in changes] == [("planfile.catalogue_differs", "tiny")]
    cat.unlink()
    _, changes = open_plan_file(target)
    assert changes == []  # the copy saved in the plan is used


def test_old_plan_files_without_a_copy_are_checked_against_the_files(tmp_path, catalogue_set, learner):
    from planner.planfile import catalogue_refs

    target = tmp_path / "anna.leerroute.json"
    save_plan_file(target, learner, catalogue_refs(catalogue_set, tmp_path, embed=False))
    assert "content" not in json.loads(target.read_text(encoding="utf-8"))["catalogues"][0]
    cat = tmp_path / "cats" / "tiny.json"
    cat.write_text(cat.read_text(encoding="utf-8").replace("Writes code", "Writes good code"), encoding="utf-8")
    _, changes = open_plan_file(target)
    assert [(c.code, c.params["id"]) for c in changes] == [("planfile.catalogue_changed", "tiny")]
    cat.unlink()
    _, changes = open_plan_file(target)
    assert [c.code for c in changes] == ["planfile.catalogue_missing"]


def test_failed_write_leaves_the_old_file(tmp_path, catalogue_set, learner, monkeypatch):
    target = tmp_path / "anna.leerroute.json"
    save_plan_file(target, learner, catalogue_set)
    before = target.read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("planner.fileio.os.replace", broken)
    with pytest.raises(PlanFileError, match="cannot write"):
        save_plan_file(target, learner.model_copy(update={"name": "Bob"}), catalogue_set)
    assert target.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_bad_json_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.leerroute.json"
    bad.write_text('{\n  "formatVersion": "1.0",\n  "learner": {,\n}', encoding="utf-8")
    with pytest.raises(PlanFileError, match=r"bad\.leerroute\.json:3:"):
        read_plan_file(bad)


def test_invalid_value_names_the_line_of_the_field(tmp_path, catalogue_set, learner):
    target = tmp_path / "anna.leerroute.json"
    save_plan_file(target, learner, catalogue_set)
    text = target.read_text(encoding="utf-8").replace('"hoursPerWeek": 12.0', '"hoursPerWeek": -3')
    target.write_text(text, encoding="utf-8")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if '"hoursPerWeek": -3' in s)
    with pytest.raises(PlanFileError, match=rf"anna\.leerroute\.json:{line}:\d+: learner\.hoursPerWeek"):
        read_plan_file(target)


@pytest.mark.parametrize("content", ["[]", '{"formatVersion": "9.0"}', "\xff\xfe"])
def test_not_a_plan_file(tmp_path, content):
    bad = tmp_path / "x.leerroute.json"
    bad.write_bytes(content.encode("latin-1"))
    with pytest.raises(PlanFileError):
        read_plan_file(bad)


def test_missing_file(tmp_path):
    with pytest.raises(PlanFileError, match="cannot open"):
        read_plan_file(tmp_path / "nope.leerroute.json")


def test_plan_changes_name_the_offering_and_the_field(catalogue_set):
    from planner.plan import PlannedModule
    from planner.planfile import plan_changes

    item = PlannedModule(module="tiny:m1", offering="tiny:m1-online", title="Code", start_week=0, end_week=10,
                         start_date=dt.date(2026, 9, 7), end_date=dt.date(2026, 11, 15), mode="online",
                         hours_per_week=14, study_hours=140, ec=5, cost=0)
    plan = Plan(learner="Anna", start_date=dt.date(2026, 9, 7), status=Status.OPTIMAL, items=[item])
    assert plan_changes(catalogue_set, plan) == []
    dearer = plan.model_copy(update={"items": [item.model_copy(update={"cost": 100.0})]})
    [msg] = plan_changes(catalogue_set, dearer)
    assert msg.code == "planfile.offering_changed" and msg.params["field"] == "cost"
    gone = plan.model_copy(update={"items": [item.model_copy(update={"offering": "tiny:old"})]})
    assert [m.code for m in plan_changes(catalogue_set, gone)] == ["planfile.offering_missing"]


def test_scenarios_round_trip_with_the_chosen_one_on_top(tmp_path, catalogue_set, learner):
    evenings = learner.model_copy(update={"hours_per_week": 16, "notes": "Agreed: evenings only"})
    online = Learner.model_validate({**learner.model_dump(), "hours_per_week": 8, "modes": ["online"]})
    plan = Plan(learner="Anna", goal="tiny:g", start_date=dt.date(2026, 9, 7), status=Status.OPTIMAL)
    scenarios = [Scenario(name="16 h evenings", learner=evenings, plan=plan),
                 Scenario(name="8 h + online", learner=online)]
    target = tmp_path / "anna.leerroute.json"
    save_plan_file(target, online, catalogue_set, None, scenarios=scenarios, chosen="8 h + online")
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["chosen"] == "8 h + online" and [s["name"] for s in raw["scenarios"]] == ["16 h evenings", "8 h + online"]
    assert raw["learner"]["hoursPerWeek"] == 8  # readers without scenarios see the chosen one
    back = read_plan_file(target)
    assert [s.name for s in back.scenario_list()] == ["16 h evenings", "8 h + online"]
    assert back.chosen_index() == 1
    assert back.scenario_list()[0].learner.notes == "Agreed: evenings only"
    assert back.scenario_list()[0].plan == plan


def test_a_file_without_scenarios_reads_as_one(tmp_path, catalogue_set, learner):
    plan = Plan(learner="Anna", goal="tiny:g", start_date=dt.date(2026, 9, 7), status=Status.OPTIMAL)
    target = tmp_path / "old.leerroute.json"
    save_plan_file(target, learner, catalogue_set, plan)
    raw = json.loads(target.read_text(encoding="utf-8"))
    raw["formatVersion"] = "1.0"
    raw.pop("scenarios", None)
    target.write_text(json.dumps(raw), encoding="utf-8")
    back = read_plan_file(target)
    (only,) = back.scenario_list()
    assert only.learner == learner and only.plan == plan and back.chosen_index() == 0


@pytest.mark.parametrize("change, words", [
    ({"chosen": "nope"}, "chosen scenario"),
    ({"scenarios": "twice"}, "two scenarios are called"),
])
def test_bad_scenarios_are_refused(tmp_path, catalogue_set, learner, change, words):
    target = tmp_path / "bad.leerroute.json"
    save_plan_file(target, learner, catalogue_set, None, scenarios=[Scenario(name="A", learner=learner)], chosen="A")
    raw = json.loads(target.read_text(encoding="utf-8"))
    if change.get("scenarios") == "twice":
        raw["scenarios"] = raw["scenarios"] * 2
    else:
        raw.update(change)
    target.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    with pytest.raises(PlanFileError, match=words):
        read_plan_file(target)
