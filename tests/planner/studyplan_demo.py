"""Demo catalogues, learners and their plans for the study-plan and export tests, solved once per run."""

from __future__ import annotations

import functools
from pathlib import Path

from planner.catalog import CatalogueSet
from planner.load import load_catalogues, load_learner
from planner.models import Learner
from planner.plan import Plan
from planner.solver import Solver

CATALOGS = Path(__file__).resolve().parents[2] / "catalogs"
FILES = [CATALOGS / "hogeschool-oost.yaml", CATALOGS / "partner-noord.yaml"]
ANNA = CATALOGS / "learners" / "switcher-anna.yaml"


@functools.cache
def catalogues() -> CatalogueSet:
    """The two demo catalogues."""
    return load_catalogues(FILES)


@functools.cache
def learner_and_plan(name: str) -> tuple[Learner, Plan]:
    """A sample learner and a route for them (short time limit: tests need a route, not the best)."""
    learner = load_learner(CATALOGS / "learners" / f"{name}.yaml")
    plan = Solver(catalogues(), learner, time_limit=10).solve()
    assert plan.items, f"{name} should get a route"
    return learner, plan


@functools.cache
def many_modules() -> tuple[Learner, Plan]:
    """Anna on the whole Associate degree (about 18 modules): a module table that spans pages."""
    anna, _ = learner_and_plan("switcher-anna")
    learner = anna.model_copy(update={
        "goal": "hs-oost:ad-ict", "hard_milestones": [], "hours_per_week": 30.0, "availability": [],
        "places": None, "budget": None,
    })
    plan = Solver(catalogues(), learner, time_limit=3).solve()
    assert len(plan.items) >= 15, "the Associate degree route should have many modules"
    return learner, plan
