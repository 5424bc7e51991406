"""The benchmark's quick mode as a smoke check (no timing assertions): it runs, its JSON has every
field, every plan validates, CP-SAT never finishes later than greedy, the generator is seeded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.__main__ import main
from bench.generator import SIZES, edit, generate
from bench.runner import METRICS


def _digest(size: str, seed: int) -> str:
    cs, learner = generate(size, seed)
    return "".join(c.model_dump_json(by_alias=True) for c in cs.catalogues) + learner.model_dump_json()


def test_quick_bench_writes_every_figure(tmp_path, capsys):
    out = tmp_path / "quick.json"
    assert main(["--quick", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Targets (issues 13, 22.5, 25)" in printed and "median / worst" in printed
    assert "Stable re-plans" in printed
    report = json.loads(out.read_text())
    assert {"machine", "instances", "summary", "targets", "wall_s"} <= set(report)
    rows = report["instances"]
    assert len(rows) == 2 and {r["size"] for r in rows} == {"S"}
    fields = {"first_plan_s", "optimal_s", "finish_proven_s", "cpsat_finish", "cpsat_bound", "cpsat_gap", "lower_bound",
              "greedy_finish", "greedy_ratio", "replan_s", "replan_first_s", "load_s", "peak_rss_mib"}
    for r in rows:
        assert fields <= set(r), fields - set(r)
        assert r["cpsat_valid"], r["cpsat_violations"]
        assert r["replan_valid"] and r["greedy_valid"]
        assert r["load_same"]
        assert r["cpsat_finish"] is not None and r["greedy_finish"] is not None
        assert r["cpsat_finish"] <= r["greedy_finish"]
        assert r["cpsat_bound"] <= r["cpsat_finish"]
    for key, *_ in METRICS:
        assert set(report["summary"]["S"][key]) == {"median", "worst", "n"}
    assert all(t["result"] in ("PASS", "MISS", "info") for t in report["targets"])
    assert report["stability"]["all_valid"] and len(report["stability"]["edits"]) == 2
    assert any(t["target"].startswith("every solve and re-plan ends within its limit") for t in report["targets"])
    assert "MIP" not in printed and not any("mip" in key for r in rows for key in r)  # the comparison is dropped


def test_generator_is_deterministic_and_sized():
    assert _digest("S", 3) == _digest("S", 3)
    assert _digest("S", 3) != _digest("S", 4)
    cs, learner = generate("S", 0)
    assert 0.8 * SIZES["S"].modules <= len(cs.modules) <= 1.4 * SIZES["S"].modules
    assert learner.goal in cs.goals


def test_first_terms_family_is_a_chain_of_terms():
    from planner.solver.instance import build_instance
    from planner.solver.packing import big_share

    cs, learner = generate("T0", 0)
    assert 2900 <= len(cs.modules) <= 3300
    assert 18 <= learner.hours_per_week <= 24
    inst = build_instance(cs, learner)
    assert big_share(inst) == 1.0  # no two modules fit in one week
    goal = cs.goals[learner.goal]
    assert 16 <= len(goal.required) + goal.choices[0].n <= 24


def test_terms_family_has_the_real_shapes():
    """T has what makes the real catalogue (UNSW's, bench.circles) hard: a core course that needs more credits
    completed than the major gives before it (COMP3900, "102 UOC"), so courses from anywhere fill the gap;
    thresholds over every course; term patterns; chains of four; one 6-EC course a term at 20 hours a week."""
    from planner.models import AllOf, Credits, With
    from planner.requirements import fold, thresholds
    from planner.solver.greedy import greedy_plan

    cs, learner = generate("T", 0)
    assert 2900 <= len(cs.modules) <= 3300 and learner.hours_per_week == 20
    goal = cs.goals[learner.goal]

    def depth(code: str) -> int:  # courses in the longest prerequisite chain ending with this one
        req = cs.modules[f"uni:{code.split(':')[-1]}"].requires
        return 1 + (fold(req, depth, max, min, lambda r: 0, lambda w: 0) if req is not None else 0)

    assert max(depth(r) for r in goal.required) == 4
    rules = [r for m in cs.modules.values() for r in thresholds(m.requires)]
    completed = [r for r in rules if r.from_ is None]
    assert len(completed) > len(rules) / 2 and any(r.from_ is not None and r.from_.subject for r in rules)
    capstone = max((r.amount for o in goal.required for r in thresholds(cs.modules[o].requires)), default=0)
    assert capstone == 102
    reqs = [m.requires for m in cs.modules.values() if isinstance(m.requires, AllOf)]
    assert any(isinstance(p, With) for r in reqs for p in r.all)
    hours = sorted({o.hours_per_week for o in cs.offerings.values()})
    assert hours[-1] > 10 and 2 * hours[-1] > 20 and hours[-1] + hours[0] <= 20  # a course a term; a lab beside it
    assert {len(o.starts) // 11 for o in cs.offerings.values()} == {1, 2, 3}  # one, two or three terms a year
    assert sorted((g.n, g.min_ec) for g in goal.choices) == [(0, 30), (1, None), (1, None), (1, None)]
    # the goal's own 16 courses do not reach 102 credits before the capstone: the route takes others
    plan = greedy_plan(cs, learner)
    wanted = {o for o in goal.required} | {o for g in goal.choices for o in g.of}
    assert any(i.module not in wanted for i in plan.items)
    assert not any(isinstance(p, Credits) and p.amount > 102 for r in reqs for p in r.all)


def test_terms_family_passes_check(tmp_path: Path) -> None:
    """The bench runs ``leerroute plan`` on T's files: check must find nothing wrong in them (a study
    load above what a term's weeks and hours give was an error on every light course)."""
    import json

    from planner.check import check_files

    cs, _ = generate("T", 1)
    path = tmp_path / "uni.json"
    cat = cs.catalogues[0]
    path.write_text(json.dumps(cat.model_dump(mode="json", by_alias=True, exclude_none=True)), encoding="utf-8")
    assert [d.message for d in check_files([path]).errors][:3] == []


def test_edits_are_small():
    import random

    from planner.solver.greedy import greedy_plan

    cs, learner = generate("S", 1)
    plan = greedy_plan(cs, learner)
    pinned = edit(cs, learner, plan, "pin", random.Random(0))
    assert len(pinned.pinned) == 1 and pinned.pinned[0] in {i.module for i in plan.items}
    assert edit(cs, learner, plan, "more", random.Random(0)).hours_per_week == learner.hours_per_week + 2
    assert edit(cs, learner, plan, "less", random.Random(0)).hours_per_week == learner.hours_per_week - 2


def test_loading_bench_times_yaml_against_json() -> None:
    from bench.loading import format_loading
    from bench.loading import run as run_loading

    result = run_loading(modules=150, runs=1)
    rows = result["rows"]
    assert set(rows) == {"JSON clean", "YAML clean", "JSON one error", "YAML one error"}
    assert rows["YAML one error"]["errors"] == rows["JSON one error"]["errors"] == 1
    assert rows["YAML one error"]["located"] == rows["JSON one error"]["located"] == 1  # the error has its line
    assert rows["YAML clean"]["errors"] == 0
    text = format_loading(result)
    assert "YAML / JSON, clean:" in text and "YAML / JSON, one error:" in text and ("PASS" in text or "MISS" in text)


def test_ooapi_import_bench_reports_pass_or_miss():
    from bench import ooapi

    result = ooapi.run(courses=40, runs=1)
    assert result["rows"][40]["offerings"] == 80 and result["rows"][10]["offerings"] == 20
    text = ooapi.format_import(result)
    assert "40 courses:" in text and ("PASS" in text or "MISS" in text)
    assert "40-course draft written as YAML:" in text and "load average" in text
    assert result["draft"]["yaml"] >= 0 and result["draft_pass"] in (True, False)


def test_best_known_of_another_version_of_a_family_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """T and U were reshaped after the real handbook: what long runs found for the earlier instances (a
    finish, a bound) says nothing about the new ones, and the bench printed an old bound as this one's."""
    import bench.best_known
    from bench.runner import best_known

    stored = {"T": {"0": {"finish": 287, "bound": 235, "proven": False}},
              "U": {"0": {"finish": 114, "proven": True, "family": 2}},
              "M": {"0": {"finish": 114, "proven": True}}}
    monkeypatch.setattr(bench.best_known, "load", lambda: stored)
    assert best_known() == {"T": {}, "U": {"0": stored["U"]["0"]}, "M": {"0": stored["M"]["0"]}}


def test_kept_bench_compares_a_kept_model_with_one_built_afresh():
    from bench.kept import compare, summary

    rows = compare("S", ["pin", "less"], [0], 3.0)
    pin = {r["way"]: r for r in rows if r["edit"] == "pin"}
    assert pin["kept"]["reused"] == ["pin"] and pin["built"]["reused"] is None
    assert all(r["reused"] is None for r in rows if r["edit"] == "less")  # fewer hours: built afresh
    assert all(r["valid"] for r in rows) and pin["kept"]["finish"] == pin["built"]["finish"]
    assert any(line.startswith("pin     kept  reused 1/1") for line in summary(rows))
