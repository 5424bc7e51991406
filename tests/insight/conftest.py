"""The insight fixture: a small catalogue and a 20-profile cohort whose report was counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.insight.run import Insight, InsightOptions, run_insight

FIXTURES = Path(__file__).resolve().parent.parent / "planner" / "fixtures" / "insight"
CATALOGUE = FIXTURES / "ins.yaml"
COHORT = FIXTURES / "cohort.csv"
ADD = FIXTURES / "add-a-fast.yaml"


def options(tmp: Path, engine: str = "in-process", **kw: object) -> InsightOptions:
    return InsightOptions(catalogues=[CATALOGUE], cohort=[COHORT], engine=engine, add_offering=ADD, time_limit=10,
                          bottlenecks=2, cache=tmp / "cache", **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def fixture_insight(tmp_path_factory: pytest.TempPathFactory) -> Insight:
    return run_insight(options(tmp_path_factory.mktemp("insight")))
