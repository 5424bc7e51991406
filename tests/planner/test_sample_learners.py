"""Every sample learner gets a valid plan, or (Dewi) an explanation — asserted word for word."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.catalog import CatalogueSet
from planner.cli import main
from planner.explain import apply_suggestion, route_solver
from planner.load import load_catalogues, load_learner
from planner.messages import render
from planner.plan import Status
from planner.solver import Solver
from planner.validate import validate_plan

CATALOGS = Path(__file__).resolve().parents[2] / "catalogs"
FILES = [str(CATALOGS / "hogeschool-oost.yaml"), str(CATALOGS / "partner-noord.yaml")]


@pytest.fixture(scope="module")
def cs() -> CatalogueSet:
    return load_catalogues(FILES)


def plan_for(cs: CatalogueSet, name: str):
    learner = load_learner(CATALOGS / "learners" / f"{name}.yaml")
    plan = route_solver(cs, learner, time_limit=20).solve()
    if plan.items:
        assert validate_plan(cs, learner, plan) == []
    return learner, plan


def test_dewi_gets_the_reason_and_a_checked_suggestion(cs):
    learner, plan = plan_for(cs, "impossible-dewi")
    assert plan.status == Status.INFEASIBLE
    assert [render(m) for m in plan.messages] == [
        # her deadline alone leaves no route (with every other wish lifted), and lifting it gives one
        "No route fits all of your wishes. This is the smallest set of your choices that conflict (each one is "
        "needed, and no fewer choices conflict):",
        "your deadline of 2 Jul 2027",
        "the earliest possible finish is 19 Nov 2028 (week 97 of your route), after your deadline (2 Jul 2027)",
        # online alone is not enough before her deadline, but with a later one it finishes 41 weeks sooner
        "together — also study online; move your deadline to 6 Feb 2028, the earliest that works: finish on "
        "6 Feb 2028 (week 56 of your route), the earliest with this change (proven)",
        "move your deadline to 19 Nov 2028, the earliest that works: finish on 19 Nov 2028 (week 97 of your "
        "route), the earliest with this change (proven)",
    ]
    for suggestion, week in ((plan.messages[-1], 97), (plan.messages[-2], 56)):
        fixed = apply_suggestion(learner, suggestion)
        again = Solver(cs, fixed).solve()
        assert again.status == Status.OPTIMAL and again.totals is not None and again.totals.finish_week == week
        assert validate_plan(cs, fixed, again) == []


def test_anna_meets_her_hard_milestone_and_says_why(cs):
    _, plan = plan_for(cs, "switcher-anna")
    assert plan.status == Status.OPTIMAL and plan.gap == 0
    assert [render(m) for m in plan.messages] == [
        "the fastest possible route: proven optimal",
        "milestone 'Competent to start — can work under supervision' reached in week 26 of your route (target: week 26)",
        "milestone 'Full wage value — Make IT Work certificate' reached in week 44 of your route (target: week 52)",
    ]
    evc = plan.item_for_module("hs-oost:evc-ict-agile")
    assert evc is not None and evc.assessment_only  # she claims Scrum experience
    assert [render(r) for r in evc.reasons] == [
        "certifies 'The ICT professional works as a member of a development team following the Scrum Guide in "
        "sprints with a real product owner', which your goal requires",
        "'Professional product: project for a client' later in your route requires 'The ICT professional works "
        "as a member of a development team following the Scrum Guide in sprints with a real product owner'",
    ]
    # sessions only on her free weekday evenings, only in her places
    for it in plan.items:
        assert it.location in (None, "Enschede", "Deventer")
        assert all(s.day.value in ("mon", "tue", "wed", "thu") and s.start.hour >= 19 for s in it.sessions)


def test_bram_studies_on_saturdays_only(cs):
    _, plan = plan_for(cs, "technician-bram")
    assert plan.status == Status.OPTIMAL
    assert all(s.day.value == "sat" for it in plan.items for s in it.sessions)
    assert all(it.hours_per_week <= 8 for it in plan.items)


def test_chen_s_partner_badges_count_through_equivalences(cs):
    _, plan = plan_for(cs, "badges-chen")
    assert plan.status == Status.OPTIMAL
    modules = {it.module for it in plan.items}
    assert "hs-oost:ict-programmeren-1" not in modules
    assert "hs-oost:ict-databases-1" not in modules


def test_plan_command_exit_codes(tmp_path, capsys):
    out = tmp_path / "anna.json"
    assert main(["plan", "--catalog", *FILES, "--learner", str(CATALOGS / "learners" / "switcher-anna.yaml"),
                 "--json", str(out), "--explain"]) == 0
    text = capsys.readouterr().out
    assert "Status: optimal" in text and "why: certifies" in text and "Totals: finish" in text
    from planner.plan import Plan

    assert Plan.model_validate_json(out.read_text()).status == Status.OPTIMAL
    assert main(["plan", "--catalog", *FILES, "--learner", str(CATALOGS / "learners" / "impossible-dewi.yaml")]) == 1
    assert "suggestion: move your deadline" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [unclosed\n")
    assert main(["plan", "--catalog", *FILES, "--learner", str(bad)]) == 2
    assert main(["plan", "--catalog", str(tmp_path / "missing.yaml"), "--learner", str(bad)]) == 2


@pytest.mark.parametrize("name", ["switcher-anna", "technician-bram", "badges-chen", "impossible-dewi"])
@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_learner_files_save_and_read_back_unchanged(tmp_path, name, suffix):
    from planner.load import save_learner

    learner = load_learner(CATALOGS / "learners" / f"{name}.yaml")
    out = tmp_path / f"{name}{suffix}"
    save_learner(learner, out)
    assert load_learner(out) == learner
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left behind
