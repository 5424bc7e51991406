"""Advisor, institution and employer by name: kept in the learner file, additive to the format."""

from __future__ import annotations

import pytest

from planner.errors import CatalogueError
from planner.load import load_learner, save_learner
from planner.models import Involved
from tests.planner.studyplan_demo import ANNA


def test_names_of_those_involved_are_saved_and_read_back(tmp_path):
    anna = load_learner(ANNA)
    involved = Involved(advisor="Joost Mulder", institution="Leerwerkloket Twente", employer="Verzekeraar Oost")
    for suffix in ("yaml", "json"):
        path = tmp_path / f"anna.{suffix}"
        save_learner(anna.model_copy(update={"involved": involved}), path)
        assert load_learner(path).involved == involved
        assert "Joost Mulder" in path.read_text(encoding="utf-8")


def test_a_learner_without_them_is_written_as_before(tmp_path):
    """Files of learners who name no one carry no new key: readers of format 1.0-1.2 still read them."""
    path = tmp_path / "anna.yaml"
    save_learner(load_learner(ANNA), path)
    assert "involved" not in path.read_text(encoding="utf-8")


def test_a_name_too_long_is_refused_with_the_place(tmp_path):
    path = tmp_path / "anna.yaml"
    text = ANNA.read_text(encoding="utf-8") + "involved:\n  advisor: " + "x" * 300 + "\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_learner(path)
    assert "involved" in str(err.value) and "advisor" in str(err.value)
