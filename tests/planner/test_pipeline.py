"""The one planning pipeline: the same route whether asked in-process, as JSON, or by the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

from planner import cli, shipped
from planner.pipeline import (
    PlanOutcome,
    PlanRequest,
    PlanSettings,
    load_for_planning,
    plan_learner,
    plan_request,
)
from planner.plan import Status

LEARNERS = Path(shipped.sample_learner()).parent


def test_a_request_carried_as_json_plans_the_same_route_as_the_command_line(tmp_path: Path) -> None:
    loaded = load_for_planning(shipped.demo_catalogues(), LEARNERS / "switcher-anna.yaml")
    assert loaded.usable and loaded.notes == []
    assert loaded.learner is not None
    settings = PlanSettings(time_limit=20, workers=1)
    request = PlanRequest(catalogues=loaded.cs.catalogues, learner=loaded.learner, settings=settings)
    wire = request.model_dump_json(by_alias=True)  # what a batch task carries: data, never a model
    outcome = plan_request(PlanRequest.model_validate_json(wire))
    back = PlanOutcome.model_validate_json(outcome.model_dump_json(by_alias=True))
    assert back.plan.status == Status.OPTIMAL and back.problems == []
    direct = plan_learner(loaded.cs, loaded.learner, settings)
    assert [(i.offering, i.start_week) for i in direct.plan.items] == [(i.offering, i.start_week) for i in back.plan.items]

    target = tmp_path / "anna.json"
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["plan", "--learner", str(LEARNERS / "switcher-anna.yaml"), "--json", str(target),
                     "--time-limit", "20"], out, err)
    assert code == cli.EXIT_OK, err.getvalue()
    by_cli = json.loads(target.read_text())
    assert [(i["offering"], i["startWeek"]) for i in by_cli["items"]] == [(i.offering, i.start_week) for i in back.plan.items]


def test_no_route_comes_back_with_the_checked_suggestions() -> None:
    loaded = load_for_planning(shipped.demo_catalogues(), LEARNERS / "impossible-dewi.yaml")
    assert loaded.learner is not None
    outcome = plan_learner(loaded.cs, loaded.learner, PlanSettings(time_limit=20, workers=1))
    assert outcome.plan.status == Status.INFEASIBLE and not outcome.plan.items
    assert any(m.code.startswith("suggest.") for m in outcome.plan.messages)


def test_a_bad_learner_file_is_diagnostics_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("formatVersion: '1.0'\nname: X\nstart: 2026-13-40\nhoursPerWeek: 8\n")
    loaded = load_for_planning(shipped.demo_catalogues(), bad)
    assert not loaded.usable
    assert any("bad.yaml:3" in d.render() for d in loaded.errors)


def test_one_solver_thread_means_one_in_the_explanation_too(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A batch fills the cores with processes: every solve of a profile — the route, and the probes that
    explain why there is none — then uses one CP-SAT thread."""
    from planner.solver import core

    threads: list[int] = []
    original = core.Solver.__init__

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        original(self, *args, **kwargs)
        threads.append(self.workers)

    monkeypatch.setattr(core.Solver, "__init__", spy)
    loaded = load_for_planning(shipped.demo_catalogues(), LEARNERS / "impossible-dewi.yaml")
    assert loaded.learner is not None
    plan_learner(loaded.cs, loaded.learner, PlanSettings(time_limit=20, workers=1))
    assert len(threads) > 3 and set(threads) == {1}


def test_a_job_that_keeps_its_model_lets_the_next_replan_reuse_it():
    # the window's jobs keep (ui/worker.py); the command line's and the batch's do not
    import random

    from bench.generator import edit, generate
    from planner.pipeline import PlanJob, PlanSettings

    cs, lrn = generate("S", 0)
    settings = PlanSettings(time_limit=5.0, explain=False)
    first = PlanJob(cs, lrn, settings, keep=True)
    plan = first.run().plan
    pinned = edit(cs, lrn, plan, "pin", random.Random(0))
    again = PlanJob(cs, pinned, settings, previous=plan, keep=True)
    outcome = again.run()
    assert again.solver.reused == ["pin"] and outcome.problems == []
    plain = PlanJob(cs, pinned, settings, previous=plan)
    plain.run()
    assert plain.solver.reused is None
