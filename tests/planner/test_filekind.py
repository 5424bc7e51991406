"""Telling catalogue, learner and plan files apart before validating them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner import shipped
from planner.filekind import file_kind, kind_of_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path", shipped.demo_catalogues())
def test_shipped_catalogues_are_catalogues(path: Path) -> None:
    assert file_kind(path) == "catalogue"


@pytest.mark.parametrize("path", sorted((ROOT / "catalogs" / "learners").glob("*.yaml")))
def test_sample_learners_are_learners(path: Path) -> None:
    assert file_kind(path) == "learner"


def test_json_forms() -> None:
    learner = {"formatVersion": "1.0", "name": "A", "start": "2026-09-07", "hoursPerWeek": 8,
               "proven": [{"outcome": "x:y", "evidence": "diploma"}]}
    assert kind_of_text(json.dumps(learner)) == "learner"
    assert kind_of_text(json.dumps(learner, indent=2)) == "learner"
    plan = {"formatVersion": "1.1", "learner": learner, "catalogues": [{"id": "c", "content": {"modules": []}}]}
    assert kind_of_text(json.dumps(plan)) == "plan"
    assert kind_of_text(json.dumps(plan, indent=1)) == "plan"
    cat = {"formatVersion": "1.0", "id": "c", "institution": "X", "modules": [{"offerings": [{"start": "x"}]}]}
    assert kind_of_text(json.dumps(cat)) == "catalogue"


def test_other_files_are_unknown(tmp_path: Path) -> None:
    assert kind_of_text("just: text\nother: 1\n") == "unknown"
    assert kind_of_text("") == "unknown"
    assert file_kind(tmp_path / "missing.yaml") == "unknown"
