"""Bounds and the pruning they allow: what is dropped is never needed by a best route."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from planner.catalog import CatalogueSet
from planner.plan import Status
from planner.requirements import thresholds
from planner.solver import Solver
from planner.solver.bound import INF, chain_bound, credit_week, gain_deadlines, tighten
from planner.solver.instance import build_instance, scaled
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cohort, flexible, learner, module, monday


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


def _credits_by_brute_force(inst, rule, need: float) -> int | None:
    """The first week by which modules of the threshold's pool can have ended in ``need`` credits,
    over every placement of them that keeps to the weekly capacity (prerequisites ignored)."""
    members = [m for m in sorted(inst.by_module) if rule.counts(inst.modules[m])]
    opts = [[None] + [(c, s) for c in inst.by_module[m] for s in range(c.earliest, c.latest + 1)] for m in members]
    best = None
    for combo in itertools.product(*opts):
        load = [0.0] * inst.horizon
        runs = [(m, c, s) for m, pick in zip(members, combo, strict=True) if pick is not None for c, s in [pick]]
        for _, c, s in runs:
            for w in range(s, s + c.weeks):
                load[w] += scaled(c.offering.hours_per_week)
        if any(h > cap for h, cap in zip(load, inst.capacity, strict=True)):
            continue
        got = 0.0
        for end, m in sorted((s + c.weeks, m) for m, c, s in runs):
            got += rule.weight(inst.modules[m])
            if got >= need - 1e-9:
                best = end if best is None else min(best, end)
                break
    return best


def _threshold_catalogue(filler_offerings: list[dict]) -> CatalogueSet:
    """Modules f0..f3 (tag "core", 1 EC each) and "top", which needs 3 EC of core modules."""
    fillers = [dict(module(f"f{i}", [f"o{i}"]), tags=["core"]) for i in range(4)]
    top = module("top", ["top"], requires={"credits": 3, "from": {"tag": "core"}})
    return catset(catalogue(["o0", "o1", "o2", "o3", "top"], [*fillers, top],
                            [*filler_offerings, cohort("ct", "top", 4, 6, [0, 5, 10, 15, 20])]))


def test_a_credit_threshold_waits_for_the_terms_it_needs():
    # one 6-h module fits a 10-h week: three terms of fillers (starting 0, 5, 10) end before "top"
    cs = _threshold_catalogue([cohort(f"c{i}", f"f{i}", 4, 6, [0, 5, 10, 15]) for i in range(4)])
    lrn = learner(outcomes=["t:top"], deadline=(monday(30) - dt.timedelta(days=1)).isoformat())
    inst = build_instance(cs, lrn)
    rule = thresholds(inst.modules["t:top"].requires)[0]
    assert credit_week(inst, rule, 3) == _credits_by_brute_force(inst, rule, 3) == 14
    assert chain_bound(inst) == 19  # "top" starts in week 15 at the earliest (no longer week 0)
    plan = Solver(cs, lrn, time_limit=10, explain=False).solve()
    assert plan.totals is not None and plan.totals.finish_week == 19 and validate_plan(cs, lrn, plan) == []
    assert plan.status == Status.OPTIMAL and plan.bound == 19


def test_the_credit_bound_holds_with_flexible_offerings():
    rnd = random.Random(26)
    for _ in range(25):
        offs = []
        for i in range(4):
            weeks, hours = rnd.randint(1, 4), rnd.choice([2, 4, 5, 6, 8])
            if rnd.random() < 0.5:
                first = rnd.randint(0, 6)
                offs.append(flexible(f"c{i}", f"f{i}", weeks, hours, first, first + rnd.randint(0, 3)))
            else:
                offs.append(cohort(f"c{i}", f"f{i}", weeks, hours, sorted({rnd.randint(0, 8) for _ in range(2)})))
        cs = _threshold_catalogue(offs)
        lrn = learner(outcomes=["t:top"], hoursPerWeek=rnd.choice([8, 10, 12]),
                      deadline=(monday(14) - dt.timedelta(days=1)).isoformat())
        inst = build_instance(cs, lrn)
        rule = thresholds(inst.modules["t:top"].requires)[0]
        for need in (1, 2, 3):
            truth = _credits_by_brute_force(inst, rule, need)
            got = credit_week(inst, rule, need)
            assert got <= (INF if truth is None else truth), (offs, lrn.hours_per_week, need)
