"""Bounds and the pruning they allow: what is dropped is never needed by a best route."""

from __future__ import annotations

from planner.solver import Solver
from planner.solver.bound import gain_deadlines, tighten
from planner.solver.instance import build_instance
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cohort, learner, module


def _chain():
    """a → b → c, each module 4 weeks at 5 h; ma has cohorts in weeks 0, 2 and 8."""
    return catset(catalogue(
        ["a", "b", "c"],
        [module("ma", ["a"], hours=20), module("mb", ["b"], requires="a", hours=20),
         module("mc", ["c"], requires="b", hours=20)],
        [cohort("ca", "ma", 4, 5, [0, 2, 8]), cohort("cb", "mb", 4, 5, [4, 6, 8]), cohort("cc", "mc", 4, 5, [8, 10])],
    ))


def _starts(inst, module_id: str) -> list[int]:
    return sorted(c.earliest for c in inst.by_module.get(module_id, []))


def test_an_outcome_is_due_before_the_chain_that_needs_it():
    inst = build_instance(_chain(), learner(outcomes=["t:c"]))
    assert gain_deadlines(inst, 12) == {"t:a": 4, "t:b": 8}


def test_cohorts_that_end_after_their_outcome_is_due_are_dropped():
    cs, lrn = _chain(), learner(outcomes=["t:c"])
    inst = tighten(build_instance(cs, lrn), horizon=12)
    # a must be gained by week 4 for b (by 8) and c (by 12): only ma's cohort in week 0 can give it
    assert _starts(inst, "t:ma") == [0]
    assert _starts(inst, "t:mb") == [4]
    plan = Solver(cs, lrn, time_limit=5).solve()
    assert plan.totals is not None and plan.totals.finish_week == 12 and validate_plan(cs, lrn, plan) == []


def test_an_any_prerequisite_sets_no_deadline_and_pins_are_kept():
    cs = catset(catalogue(
        ["a", "x", "c"],
        [module("ma", ["a"], hours=20), module("mx", ["x"], hours=20),
         module("mc", ["c"], requires={"any": ["a", "x"]}, hours=20)],
        [cohort("ca", "ma", 4, 5, [0, 6]), cohort("cx", "mx", 4, 5, [0, 6]), cohort("cc", "mc", 4, 5, [4, 8])],
    ))
    inst = build_instance(cs, learner(outcomes=["t:c"]))
    assert gain_deadlines(inst, 12) == {}
    pinned = tighten(build_instance(_chain(), learner(outcomes=["t:c"], pinned=["t:ma"])), horizon=12)
    assert _starts(pinned, "t:ma") == [0, 2, 8]  # a pinned module may repeat what another gave
