"""Fixtures shared by the planner's tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A plan file of the small fuzzing catalogue, saved beside a copy of that catalogue."""
    from planner.load import load_catalogues
    from planner.models import Learner
    from planner.planfile import save_plan_file
    from planner.solver.greedy import greedy_plan
    from tests.planner.fuzzing import LEARNER, MINI

    (tmp_path / "mini.yaml").write_text(MINI.read_text())
    cs = load_catalogues([tmp_path / "mini.yaml"])
    learner = Learner.model_validate(LEARNER)
    target = tmp_path / "sam.leerroute.json"
    save_plan_file(target, learner, cs, greedy_plan(cs, learner))
    return target
