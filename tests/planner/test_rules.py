"""Format 1.1 rules, each with a route that keeps it and one that breaks it: credit thresholds,
corequisites, choice groups counted in EC or in modules of a pool. The solver's routes pass the
independent validator; the validator refuses the routes an institution would refuse; explanations
name the rule."""

from __future__ import annotations

from typing import Any

from planner.catalog import CatalogueSet
from planner.explain import explain_infeasible
from planner.load import load_catalogues
from planner.messages import render
from planner.models import Learner
from planner.plan import Plan, PlannedModule, Status
from planner.solver import Solver
from planner.solver.greedy import greedy_plan
from planner.validate import validate_plan
from tests.factory import START, catalogue, catset, cohort, flexible, learner, module
from tests.planner.test_check import OK


def _mod(mid: str, certs: list[str], ec: float = 1, tags: list[str] | None = None, requires: Any = None) -> dict[str, Any]:
    d = module(mid, certs, requires=requires, ec=ec)
    if tags:
        d["tags"] = tags
    return d


def _goal(required: list[str], choices: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    return [{"id": "g", "title": "Goal", "kind": "custom", "required": required, "choices": choices or []}]


def _solve(cs: CatalogueSet, lrn: Learner) -> Plan:
    plan = Solver(cs, lrn, time_limit=10).solve()
    if plan.items:
        assert validate_plan(cs, lrn, plan) == []
    greedy = greedy_plan(cs, lrn)
    if greedy.items:
        assert validate_plan(cs, lrn, greedy) == []
    return plan


def _route(cs: CatalogueSet, items: list[tuple[str, str, int, int]]) -> Plan:
    return Plan.model_construct(items=[
        PlannedModule.model_construct(module=f"t:{m}", offering=f"t:{o}", start_week=s, end_week=e, title=m,
                                      start_date=START, end_date=START) for m, o, s, e in items], totals=None)


def _starts(plan: Plan) -> dict[str, int]:
    return {i.module.split(":")[1]: i.start_week for i in plan.items}


# ------------------------------------------------------------------ credit thresholds

def _threshold(need: float, proven: list[str] | None = None) -> tuple[CatalogueSet, Learner]:
    cs = catset(catalogue(
        ["a", "b", "c", "x"],
        [_mod("ma", ["a"], ec=5, tags=["core"]), _mod("mb", ["b"], ec=5, tags=["core"]), _mod("mx", ["x"], ec=5),
         _mod("mc", ["c"], ec=5, requires={"credits": need, "from": {"tag": "core"}})],
        [flexible("fa", "ma", 2, 4), flexible("fb", "mb", 2, 4), flexible("fx", "mx", 1, 4), flexible("fc", "mc", 2, 4)],
        goals=_goal(["c"]),
    ))
    return cs, learner(goal="t:g", hoursPerWeek=8, proven=[{"outcome": f"t:{o}", "evidence": "diploma"} for o in proven or []])


def test_a_threshold_takes_modules_of_its_pool_first_and_only_then_the_module() -> None:
    cs, lrn = _threshold(10)
    plan = _solve(cs, lrn)
    starts = _starts(plan)
    assert plan.status == Status.OPTIMAL and set(starts) == {"ma", "mb", "mc"}  # not 'mx': it is not core
    assert starts["mc"] >= 2 and plan.totals is not None and plan.totals.finish_week == 4
    why = [render(m) for i in plan.items if i.module == "t:ma" for m in i.reasons]
    assert any("5.0 EC count towards the 10 EC (tag core)" in w or "5 EC count towards the 10 EC (tag core)" in w
               for w in why), why


def test_the_validator_refuses_a_module_started_before_its_threshold_is_met() -> None:
    cs, lrn = _threshold(10)
    early = _route(cs, [("ma", "fa", 0, 2), ("mb", "fb", 1, 3), ("mc", "fc", 2, 4)])  # mb still running
    assert [m.code for m in validate_plan(cs, lrn, early)] == ["invalid.prerequisite"]
    assert validate_plan(cs, lrn, _route(cs, [("ma", "fa", 0, 2), ("mb", "fb", 0, 2), ("mc", "fc", 2, 4)])) == []


def test_an_exempted_module_counts_towards_the_threshold() -> None:
    cs, lrn = _threshold(10, proven=["a"])
    assert set(_starts(_solve(cs, lrn))) == {"mb", "mc"}


def test_a_threshold_the_pool_cannot_reach_means_no_route_and_says_so() -> None:
    cs, lrn = _threshold(15)
    plan = _solve(cs, lrn)
    assert plan.status == Status.INFEASIBLE
    text = " ".join(render(m) for m in explain_infeasible(cs, lrn))
    assert "need 15 EC (tag core) completed" in text, text


def test_a_module_count_threshold_without_pool_counts_any_module() -> None:
    cs = catset(catalogue(
        ["a", "b", "c"], [_mod("ma", ["a"]), _mod("mb", ["b"]), _mod("mc", ["c"], requires={"modules": 2})],
        [cohort("fa", "ma", 1, 4, [0]), cohort("fb", "mb", 1, 4, [1]), flexible("fc", "mc", 1, 4)], goals=_goal(["c"])))
    starts = _starts(_solve(cs, learner(goal="t:g", hoursPerWeek=8)))
    assert starts == {"ma": 0, "mb": 1, "mc": 2}


# ------------------------------------------------------------------ corequisites

def _lab(requires: Any) -> tuple[CatalogueSet, Learner]:
    cs = catset(catalogue(
        ["theory", "lab"], [_mod("mt", ["theory"]), _mod("ml", ["lab"], requires=requires)],
        [cohort("ft", "mt", 4, 3, [0, 6]), cohort("fl", "ml", 4, 3, [0, 6])], goals=_goal(["lab"])))
    return cs, learner(goal="t:g", hoursPerWeek=8)


def test_a_corequisite_may_run_in_the_same_weeks() -> None:
    cs, lrn = _lab({"with": "theory"})
    plan = _solve(cs, lrn)
    assert _starts(plan) == {"mt": 0, "ml": 0} and plan.status == Status.OPTIMAL
    why = [render(m) for i in plan.items if i.module == "t:mt" for m in i.reasons]
    assert "'Module ml' in your route needs 'Outcome theory' before or alongside it" in why


def test_the_same_outcome_as_a_prerequisite_waits_for_the_next_cohort() -> None:
    cs, lrn = _lab("theory")
    assert _starts(_solve(cs, lrn)) == {"mt": 0, "ml": 6}


def test_the_validator_refuses_a_corequisite_that_starts_later() -> None:
    cs, lrn = _lab({"with": "theory"})
    late = _route(cs, [("ml", "fl", 0, 4), ("mt", "ft", 6, 10)])
    assert [m.code for m in validate_plan(cs, lrn, late)] == ["invalid.prerequisite"]


def test_two_modules_that_need_each_other_alongside_run_together() -> None:
    cs = catset(catalogue(
        ["p", "q"], [_mod("mp", ["p"], requires={"with": "q"}), _mod("mq", ["q"], requires={"with": "p"})],
        [cohort("fp", "mp", 2, 3, [1, 3]), cohort("fq", "mq", 2, 3, [1, 4])], goals=_goal(["p", "q"])))
    assert _starts(_solve(cs, learner(goal="t:g", hoursPerWeek=8))) == {"mp": 1, "mq": 1}


# ------------------------------------------------------------------ choice groups in EC and pools

def _electives(group: dict[str, Any]) -> tuple[CatalogueSet, Learner]:
    cs = catset(catalogue(
        ["core", "e1", "e2", "e3"],
        [_mod("mcore", ["core"], ec=5), _mod("m1", ["e1"], ec=5, tags=["elective"]),
         _mod("m2", ["e2"], ec=10, tags=["elective"]), _mod("m3", ["e3"], ec=5, tags=["elective"])],
        [flexible(f"f{m}", m, 2, 4) for m in ("mcore", "m1", "m2", "m3")],
        goals=_goal(["core"], [{"id": "el", "title": "Electives", **group}])))
    return cs, learner(goal="t:g", hoursPerWeek=12)


def test_a_choice_in_ec_from_a_list_of_outcomes() -> None:
    cs, lrn = _electives({"minEc": 10, "of": ["e1", "e2", "e3"]})
    plan = _solve(cs, lrn)
    chosen = set(_starts(plan)) - {"mcore"}
    assert sum({"m1": 5, "m2": 10, "m3": 5}[m] for m in chosen) >= 10
    assert plan.totals is not None and plan.totals.finish_week == 2


def test_a_choice_in_modules_from_a_pool_and_the_validator_counts_them() -> None:
    cs, lrn = _electives({"n": 2, "pool": {"tag": "elective"}})
    plan = _solve(cs, lrn)
    assert len(set(_starts(plan)) - {"mcore"}) == 2
    short = _route(cs, [("mcore", "fmcore", 0, 2), ("m1", "fm1", 0, 2)])
    assert [render(m) for m in validate_plan(cs, lrn, short)] == ["the route has 1 of the 2 modules needed for choice 'el'"]


def test_a_choice_in_ec_the_pool_cannot_give_is_explained() -> None:
    cs, lrn = _electives({"minEc": 30, "pool": {"tag": "elective"}})
    assert _solve(cs, lrn).status == Status.INFEASIBLE
    text = [render(m) for m in explain_infeasible(cs, lrn)]
    assert "choice 'Electives' asks for 30 EC, but the modules you can take give only 20 EC" in text, text


# ------------------------------------------------------------------ from a file

def test_the_1_1_fixture_plans_with_every_rule() -> None:
    cs = load_catalogues([OK / "rules-1-1.yaml"])
    lrn = Learner.model_validate({"name": "Sam", "start": "2026-09-07", "hoursPerWeek": 28, "goal": "mini:law-minor"})
    plan = _solve(cs, lrn)
    assert plan.status == Status.OPTIMAL
    starts = {i.module.split(":")[1]: i.start_week for i in plan.items}
    # contract law needs 10 EC of level-5 ict completed and programming alongside
    assert starts["contract-law"] >= starts["data-modelling"] + 10


def test_the_demo_bachelor_route_shows_every_rule() -> None:
    """Sanne (Ad ICT graduate) continues to the bachelor: her diploma's modules count as the 30 EC
    of ICT research asks; architecture and its lab start in the same week; 10 EC of deepening; and
    graduation starts only once 20 EC of level-6 ICT modules are completed."""
    from planner.load import load_learner
    from planner.shipped import demo_catalogues, sample_learner

    cs = load_catalogues(demo_catalogues())
    lrn = load_learner(sample_learner("ad-graduate-sanne"))
    plan = _solve(cs, lrn)
    assert plan.status == Status.OPTIMAL
    items = {i.module.split(":")[1]: i for i in plan.items}
    assert items["ict-architectuurlab"].start_week == items["ict-architectuurpraktijk"].start_week
    grad = items["ict-afstuderen-ba"]
    done = [cs.modules[i.module] for i in plan.items if i.end_week <= grad.start_week]
    assert sum(m.study_ec for m in done if m.level == 6 and m.subject == "ict") >= 20
    deepening = [cs.modules[i.module] for i in plan.items if "ba-verdieping" in cs.modules[i.module].tags]
    assert sum(m.study_ec for m in deepening) >= 10
    # the Ad's modules count as completed: research could start in the first week
    from planner.graph import exempt_modules

    exempt = exempt_modules(cs, {cs.canon(o) for o in lrn.proven_ids()})
    assert sum(cs.modules[m].study_ec for m in exempt if cs.modules[m].subject == "ict") >= 30
