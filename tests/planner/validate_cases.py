"""Plans for comparing the validator's findings over time: solved plans of the shipped demo
catalogues (every sample learner) and of a small built catalogue, each broken in many ways.

``python -m tests.planner.validate_cases`` wrote ``data/validate_golden.json`` with the validator as
it was before it was split into rules (one function of complexity 118); ``test_validate_rules``
compares the rules' findings with those, case by case and in order. Rewrite the file only when a
rule changes on purpose, and read its diff.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from planner.catalog import CatalogueSet
from planner.load import load_catalogues, load_learner
from planner.models import CapacityException, DateRange, Learner, TimeWindow, Weekday
from planner.plan import Plan
from planner.shipped import demo_catalogues

GOLDEN = Path(__file__).resolve().parent / "data" / "validate_golden.json"
#: The demo catalogues and sample learners as they were when the golden file was written: the shipped demo
#: changes (format 1.2 added how every offering is taught), the comparison must not.
GOLDEN_DEMO = Path(__file__).resolve().parent / "data" / "validate_golden"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

Case = tuple[str, Learner, Plan]
Mutation = Callable[[CatalogueSet, Learner, Plan], tuple[Learner, Plan]]


def factory_set() -> tuple[CatalogueSet, Learner]:
    from tests.planner.test_validate import CS, LEARNER

    return CS, LEARNER


def _items(plan: Plan, i: int, **changes: Any) -> Plan:
    p = plan.model_copy(deep=True)
    for k, v in changes.items():
        setattr(p.items[i], k, v)
    return p


def item_mutations(cs: CatalogueSet, plan: Plan) -> Iterator[tuple[str, Mutation]]:
    """Ways to break one item: move it, stretch it, swap or lose its offering, drop or repeat it."""
    for i, it in enumerate(plan.items):
        others = sorted(o.id for o in cs.offerings.values() if o.module == it.module and o.id != it.offering)
        foreign = sorted(o.id for o in cs.offerings.values() if o.module != it.module)
        yield f"{i}:later", lambda c, lr, p, i=i: (lr, _items(p, i, start_week=p.items[i].start_week + 1,
                                                                end_week=p.items[i].end_week + 1))
        yield f"{i}:earlier", lambda c, lr, p, i=i: (lr, _items(p, i, start_week=max(p.items[i].start_week - 1, 0),
                                                                  end_week=max(p.items[i].end_week - 1, 0)))
        yield f"{i}:longer", lambda c, lr, p, i=i: (lr, _items(p, i, end_week=p.items[i].end_week + 3))
        yield f"{i}:unknown", lambda c, lr, p, i=i: (lr, _items(p, i, offering="nowhere:nothing"))
        if others:
            yield f"{i}:other-offering", lambda c, lr, p, i=i, o=others[0]: (lr, _items(p, i, offering=o))
        if foreign:
            yield f"{i}:foreign", lambda c, lr, p, i=i, o=foreign[0]: (lr, _items(p, i, offering=o))
        yield f"{i}:dropped", lambda c, lr, p, i=i: (lr, _dropped(p, i))
        yield f"{i}:twice", lambda c, lr, p, i=i: (lr, _twice(p, i))
        yield f"{i}:excluded", lambda c, lr, p, i=i: (lr.model_copy(update={
            "excluded": [p.items[i].module, p.items[i].offering]}), p)


def _dropped(plan: Plan, i: int) -> Plan:
    p = plan.model_copy(deep=True)
    del p.items[i]
    return p


def _twice(plan: Plan, i: int) -> Plan:
    p = plan.model_copy(deep=True)
    p.items.append(p.items[i].model_copy())
    return p


def _learner(**update: Any) -> Mutation:
    return lambda c, lr, p: (lr.model_copy(update={k: (v(lr, p) if callable(v) else v) for k, v in update.items()}), p)


def _totals(**update: Any) -> Mutation:
    def go(c: CatalogueSet, lr: Learner, p: Plan) -> tuple[Learner, Plan]:
        q = p.model_copy(deep=True)
        if q.totals is not None:
            for k, v in update.items():
                setattr(q.totals, k, getattr(q.totals, k) + v)
        return lr, q
    return go


LEARNER_MUTATIONS: dict[str, Mutation] = {
    "fewer-hours": _learner(hours_per_week=lambda lr, p: lr.hours_per_week / 2),
    "busy-weeks": _learner(exceptions=lambda lr, p: [CapacityException(
        start=lr.start + dt.timedelta(weeks=3), end=lr.start + dt.timedelta(weeks=5), hours_per_week=1)]),
    "holiday": _learner(holidays=lambda lr, p: [DateRange(start=lr.start + dt.timedelta(weeks=2),
                                                         end=lr.start + dt.timedelta(weeks=6))]),
    "half-budget": _learner(budget=lambda lr, p: (p.totals.cost / 2) if p.totals else 0.0),
    "no-budget": _learner(budget=0.0),
    "deadline": _learner(deadline=lambda lr, p: lr.start + dt.timedelta(weeks=4)),
    "online-only": _learner(modes=["online"]),
    "campus-only": _learner(modes=["campus"]),
    "nowhere": _learner(places=["Nowhere"]),
    "monday-morning": _learner(availability=[TimeWindow(day=Weekday.MON, start=dt.time(9), end=dt.time(10))]),
    "pinned-other": _learner(pinned=lambda lr, p: ["nowhere:nothing", *lr.pinned]),
    "nothing-proven": _learner(proven=[]),
    "all-hard": lambda c, lr, p: (lr.model_copy(update={"hard_milestones": [
        f"{lr.goal}/{m.id}" for m in (c.goal(lr.goal).milestones if lr.goal else [])]}), p),
    "later-finish": _totals(finish_week=1),
    "dearer": _totals(cost=1.0),
    "more-modules": _totals(modules=1),
}


def bases() -> Iterator[tuple[str, CatalogueSet, Learner]]:
    """The catalogues and learners whose plans are broken: the demo (every sample learner) and a small built one."""
    demo = load_catalogues([GOLDEN_DEMO / p.name for p in demo_catalogues()])
    for path in sorted(GOLDEN_DEMO.glob("*.yaml")):
        if path.name not in {p.name for p in demo_catalogues()}:
            yield f"demo/{path.stem}", demo, load_learner(path)
    cs, learner = factory_set()
    yield "factory", cs, learner
    from tests.planner.test_rules import _electives

    cs, learner = _electives({"n": 2, "minEc": 15, "pool": {"tag": "elective"}})
    yield "electives", cs, learner
    rules = load_catalogues([FIXTURES / "ok" / "rules-1-1.yaml"])
    yield "rules-1-1", rules, Learner.model_validate(
        {"name": "Sam", "start": "2026-09-07", "hoursPerWeek": 28, "goal": "mini:law-minor"})


def cases(cs: CatalogueSet, learner: Learner, plan: Plan) -> Iterator[Case]:
    """The plan as it is, each item broken in each way, and each learner change."""
    yield "as-is", learner, plan
    for name, mutate in [*item_mutations(cs, plan), *LEARNER_MUTATIONS.items()]:
        lrn, p = mutate(cs, learner, plan)
        yield name, lrn, p


def findings(messages: list[Any]) -> list[list[Any]]:
    return [[m.code, json.loads(json.dumps(m.params, default=str))] for m in messages]


def main() -> None:  # pragma: no cover - writes the golden file once, with the validator of the time
    from planner.solver import Solver
    from planner.validate import validate_plan

    out: dict[str, Any] = {}
    for base, cs, learner in bases():
        plan = Solver(cs, learner, time_limit=20).solve()
        out[base] = {"plan": plan.model_dump(mode="json", by_alias=True), "findings": {
            name: findings(validate_plan(cs, lrn, p)) for name, lrn, p in cases(cs, learner, plan)}}
    GOLDEN.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main()
