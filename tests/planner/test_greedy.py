"""The greedy list scheduler (the benchmarks' baseline): every plan it makes is a valid route."""

from __future__ import annotations

import pytest

from bench.generator import generate
from planner.plan import Plan, Status
from planner.solver import Solver
from planner.solver.greedy import greedy_plan
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cohort, flexible, learner, module, prerequisite_loop, session


def greedy_ok(cs, lrn) -> Plan:
    plan = greedy_plan(cs, lrn)
    assert plan.status == Status.FEASIBLE
    assert validate_plan(cs, lrn, plan) == [], plan
    return plan


def weeks_of(plan: Plan) -> dict[str, tuple[int, int]]:
    return {i.module.split(":")[1]: (i.start_week, i.end_week) for i in plan.items}


def test_prerequisites_first_then_earliest_fit():
    cs = catset(catalogue(
        ["a", "b", "c"],
        [module("ma", ["a"], hours=20), module("mb", ["b"], requires="a", hours=20),
         module("mc", ["c"], requires={"all": ["a", "b"]}, hours=20)],
        [flexible("fa", "ma", 4, 5), flexible("fb", "mb", 4, 5), flexible("fc", "mc", 4, 5)],
    ))
    plan = greedy_ok(cs, learner(outcomes=["t:c"]))
    assert weeks_of(plan) == {"ma": (0, 4), "mb": (4, 8), "mc": (8, 12)}
    assert plan.totals is not None and plan.totals.finish_week == 12


def test_weekly_capacity_is_respected():
    cs = catset(catalogue(
        ["a", "b"], [module("ma", ["a"], hours=24), module("mb", ["b"], hours=24)],
        [flexible("fa", "ma", 4, 6), flexible("fb", "mb", 4, 6)],
    ))
    plan = greedy_ok(cs, learner(outcomes=["t:a", "t:b"], hoursPerWeek=10))
    (s1, e1), (s2, e2) = sorted(weeks_of(plan).values())
    assert e1 <= s2  # 6 + 6 > 10: one after the other
    plan = greedy_ok(cs, learner(outcomes=["t:a", "t:b"], hoursPerWeek=12))
    assert {s for s, _ in weeks_of(plan).values()} == {0}


def test_clashing_sessions_do_not_overlap():
    tue = [session("tue", "19:00", "21:00")]
    cs = catset(catalogue(
        ["a", "b"], [module("ma", ["a"], hours=8), module("mb", ["b"], hours=8)],
        [cohort("ca", "ma", 4, 2, [0, 4], sessions=tue), cohort("cb", "mb", 4, 2, [0, 4, 8], sessions=tue)],
    ))
    plan = greedy_ok(cs, learner(outcomes=["t:a", "t:b"]))
    w = weeks_of(plan)
    assert w["ma"][1] <= w["mb"][0] or w["mb"][1] <= w["ma"][0]


def test_takes_the_fewest_hours_and_an_assessment_route_when_claimed():
    cs = catset(catalogue(
        ["a"],
        [module("big", ["a"], hours=80), module("small", ["a"], hours=40),
         module("evc", ["a"], hours=6, kind="assessment")],
        [flexible("fbig", "big", 8, 10), flexible("fsmall", "small", 8, 5), flexible("fevc", "evc", 2, 3)],
    ))
    assert set(weeks_of(greedy_ok(cs, learner(outcomes=["t:a"])))) == {"small"}
    claimed = learner(outcomes=["t:a"], proven=[{"outcome": "t:a", "evidence": "experience"}])
    assert set(weeks_of(greedy_ok(cs, claimed))) == {"evc"}


def test_another_module_when_the_smallest_does_not_fit():
    cs = catset(catalogue(
        ["a", "b"],
        [module("ma", ["a"], hours=40), module("small", ["b"], requires="a", hours=10),
         module("large", ["b"], requires="a", hours=20)],
        [flexible("fa", "ma", 8, 5), flexible("fsmall", "small", 2, 5, first=0, last=4), flexible("flarge", "large", 4, 5)],
    ))
    plan = greedy_ok(cs, learner(outcomes=["t:b"]))
    assert weeks_of(plan) == {"ma": (0, 8), "large": (8, 12)}


def test_pins_and_choice_groups():
    goal = {"id": "g", "title": "G", "kind": "custom", "required": ["a"],
            "choices": [{"id": "c", "n": 1, "of": ["b", "c"]}]}
    cs = catset(catalogue(
        ["a", "b", "c", "d"],
        [module("ma", ["a"], hours=10), module("mb", ["b"], hours=30), module("mc", ["c"], hours=10),
         module("md", ["d"], hours=10)],
        [flexible("fa", "ma", 2, 5), flexible("fb", "mb", 6, 5), flexible("fc", "mc", 2, 5), flexible("fd", "md", 2, 5)],
        goals=[goal],
    ))
    plan = greedy_ok(cs, learner(goal="t:g", pinned=["t:md"]))
    assert set(weeks_of(plan)) == {"ma", "mc", "md"}


def test_stuck_is_infeasible_without_items():
    cs = catset(catalogue(
        ["a"], [module("ma", ["a"], hours=20)], [cohort("ca", "ma", 4, 5, [0], mode="campus", location="Zwolle")],
    ))
    plan = greedy_plan(cs, learner(outcomes=["t:a"], places=["Enschede"]))
    assert plan.status == Status.INFEASIBLE and not plan.items


def test_nothing_needed_is_an_empty_route():
    cs = catset(catalogue(["a"], [module("ma", ["a"], hours=20)], [flexible("fa", "ma", 4, 5)]))
    plan = greedy_plan(cs, learner(outcomes=["t:a"], proven=[{"outcome": "t:a", "evidence": "diploma"}]))
    assert plan.status == Status.FEASIBLE and not plan.items
    assert plan.totals is not None and plan.totals.finish_week == 0


@pytest.mark.parametrize(("size", "seed"), [("S", 0), ("S", 1), ("S", 2), ("M", 0)])
def test_generated_instances_validate_and_cpsat_is_not_later(size, seed):
    cs, lrn = generate(size, seed)
    g = greedy_ok(cs, lrn)
    if size == "S":
        plan = Solver(cs, lrn, time_limit=10, explain=False).solve()
        assert plan.status in (Status.OPTIMAL, Status.FEASIBLE)
        assert validate_plan(cs, lrn, plan) == []
        assert plan.totals is not None and g.totals is not None
        assert plan.totals.finish_week <= g.totals.finish_week


def test_greedy_never_returns_a_route_that_misses_part_of_the_goal():
    # regression: with prerequisites in a loop, a replacement module covered only part of the goal
    cs, lrn = prerequisite_loop()
    plan = greedy_plan(cs, lrn)
    assert not plan.items or validate_plan(cs, lrn, plan) == []


def test_credit_thresholds_count_the_goals_own_courses_and_cycles_of_them_are_placed():
    """Shaped like UNSW's CS major: COMP3900 needs "102 UOC completed", COMP4920 "96 UOC", one course a term.
    The greedy route met cap1's threshold as soon as it saw it — counting cap1 itself and not cap2, which the
    goal takes anyway — took a filler with a prerequisite of its own, and then could not place the two
    capstones, each waiting for the other's credits: no route (the real major got none in 10 s)."""
    from planner.models import Catalogue

    def course(mid: str, requires: object = None) -> dict[str, object]:
        return module(mid, [mid], requires=requires, ec=6)

    cat = Catalogue.model_validate({
        "formatVersion": "1.1", "id": "t", "title": "Test", "institution": "Test",
        "outcomes": [{"id": m, "title": {"en": m}} for m in ("a", "b", "cap1", "cap2", "f1", "f2", "f9")],
        "modules": [course("a"), course("b", "a"), course("cap1", {"all": ["b", {"credits": 24}]}),
                    course("cap2", {"credits": 18}), course("f1", "f9"), course("f2"), course("f9")],
        "offerings": [cohort(f"{m}-o", m, 4, 15, list(range(0, 80, 5)))
                      for m in ("a", "b", "cap1", "cap2", "f1", "f2", "f9")],
        "goals": [{"id": "g", "title": {"en": "Major"}, "kind": "degree", "required": ["a", "b", "cap1", "cap2"]}],
    })
    cs = catset(cat)
    lrn = learner(goal="t:g", hoursPerWeek=20)
    plan = greedy_ok(cs, lrn)
    # a, b and one filler that needs nothing first, then cap2 (18 credits) and cap1 (24, cap2's among them)
    weeks = weeks_of(plan)
    assert set(weeks) == {"a", "b", "f2", "cap1", "cap2"}
    assert weeks["cap2"] == (15, 19) and weeks["cap1"] == (20, 24)


def test_a_course_ordered_before_its_prerequisite_by_a_threshold_cycle_waits_for_it():
    """Family U seed 4 (and the real handbook's "24 credits completed"): b needs 12 credits and c, which
    needs b or x, counts towards them — a cycle of the order, and c (whose x could come early) was tried
    first, fitted nowhere and left the greedy route stuck with no route at all."""
    from planner.models import Catalogue

    def course(mid: str, requires: object = None) -> dict[str, object]:
        return module(mid, [mid], requires=requires, ec=6)

    every = list(range(0, 60, 5))
    cat = Catalogue.model_validate({
        "formatVersion": "1.1", "id": "t", "title": "Test", "institution": "Test",
        "outcomes": [{"id": m, "title": {"en": m}} for m in ("a", "b", "c", "d", "x")],
        "modules": [course("a"), course("b", {"all": ["a", {"credits": 12}]}), course("c", {"any": ["b", "x"]}),
                    course("d"), course("x")],
        "offerings": [cohort("a-o", "a", 4, 15, every[1:]),
                      *(cohort(f"{m}-o", m, 4, 15, every) for m in ("b", "c", "d", "x"))],
        "goals": [{"id": "g", "title": {"en": "Major"}, "kind": "degree", "required": ["a", "c", "d"]}],
    })
    cs = catset(cat)
    lrn = learner(goal="t:g", hoursPerWeek=20)
    plan = greedy_ok(cs, lrn)
    assert weeks_of(plan) == {"d": (0, 4), "a": (5, 9), "b": (10, 14), "c": (15, 19)}
