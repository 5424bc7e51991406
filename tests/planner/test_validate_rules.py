"""The validator as rules: the same findings as the one-function validator it replaced, on every
broken plan of ``validate_cases`` (golden data written with the old validator), and each rule
catching its own violation and passing the valid plans."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import Plan
from planner.validate import ITEM_RULES, KNOWN_OFFERING, RULES, Context, Rule, validate_plan
from tests.planner.validate_cases import GOLDEN, bases, cases, findings


@cache
def golden() -> dict[str, Any]:
    return dict(json.loads(GOLDEN.read_text(encoding="utf-8")))


@cache
def loaded() -> dict[str, tuple[CatalogueSet, Learner, Plan]]:
    return {name: (cs, lrn, Plan.model_validate(golden()[name]["plan"])) for name, cs, lrn in bases()}


def only(rule: Rule, cs: CatalogueSet, learner: Learner, plan: Plan) -> list[list[Any]]:
    """The findings of one rule alone."""
    ctx = Context(cs, learner, plan)
    if not rule.per_item:
        return findings(list(rule.check(ctx)))
    out = []
    for index, it in enumerate(plan.items):
        off = ctx.offering(it)
        if rule is KNOWN_OFFERING or off is not None:
            out += rule.check(ctx, index, it, off)
    return findings(out)


@pytest.mark.parametrize("base", sorted(golden()))
def test_the_rules_find_what_the_old_validator_found(base: str) -> None:
    cs, learner, plan = loaded()[base]
    expected = golden()[base]["findings"]
    got = {name: findings(validate_plan(cs, lrn, p)) for name, lrn, p in cases(cs, learner, plan)}
    assert sorted(got) == sorted(expected)  # the same broken plans
    differ = {name: (got[name], expected[name]) for name in got if got[name] != expected[name]}
    assert differ == {}, f"{len(differ)} of {len(got)} plans get other findings"
    assert sum(1 for f in got.values() if f) > len(got) // 2  # most of them are broken


def _violation(rule: Rule) -> tuple[str, str]:
    """A broken plan of the golden data in which the old validator found a code the rule reports
    (``invalid.goal`` comes from two rules: the goal's outcomes, and a milestone's)."""
    for base, data in sorted(golden().items()):
        for name, found in sorted(data["findings"].items()):
            if any(code in rule.codes for code, _ in found):
                cs, learner, plan = loaded()[base]
                lrn, broken = next((lrn, p) for n, lrn, p in cases(cs, learner, plan) if n == name)
                if only(rule, cs, lrn, broken):
                    return base, name
    raise AssertionError(f"no broken plan violates {rule.name}")


#: Rules added after the golden file was written carry their own tests (tests/planner/test_facets.py,
#: tests/planner/test_order_wishes.py).
NEWER = {"facets", "order", "pinned_starts"}
GOLDEN_RULES = [r for r in RULES if r.name not in NEWER]


@pytest.mark.parametrize("rule", GOLDEN_RULES, ids=[r.name for r in GOLDEN_RULES])
def test_each_rule_catches_its_violation_and_passes_a_valid_plan(rule: Rule) -> None:
    base, name = _violation(rule)
    cs, learner, plan = loaded()[base]
    lrn, broken = next((lrn, p) for n, lrn, p in cases(cs, learner, plan) if n == name)
    caught = only(rule, cs, lrn, broken)
    assert caught and all(code in rule.codes for code, _ in caught), (base, name, caught)
    # the whole validator reports what the rule reports, and no rule reports another rule's codes
    assert all(f in findings(validate_plan(cs, lrn, broken)) for f in caught)
    for other in RULES:
        if other is not rule:
            assert not {c for c, _ in only(other, cs, lrn, broken)} & (set(rule.codes) - set(other.codes))
    for valid_base in ("demo/switcher-anna", "factory", "rules-1-1"):
        assert only(rule, *loaded()[valid_base]) == []


def test_every_rule_has_a_name_a_sentence_and_its_own_codes() -> None:
    names = [r.name for r in RULES]
    assert len(set(names)) == len(names) == 19 + len(NEWER)
    assert all(r.doc.endswith(".") for r in RULES), [r.name for r in RULES if not r.doc]
    assert {c for r in GOLDEN_RULES for c in r.codes} == {c for data in golden().values()
                                                   for found in data["findings"].values() for c, _ in found}
    assert RULES[1:1 + len(ITEM_RULES)] == ITEM_RULES
