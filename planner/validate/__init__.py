"""An independent check of a plan against catalogues and learner, as one small function per rule.

It does not use the solver or its instance: it re-reads the rules from the catalogue and the
learner and checks every hard rule on the plan as given. Every solver result in the tests goes
through it, so a modelling mistake in the solver shows up as a finding here.

The rules are listed in :data:`RULES`, each with the message codes of its findings: first the
rules about one item (``items.py``), run for each item in the plan's order, then the rules about
the route as a whole (``route.py``). An item whose offering is unknown (or does not run its module)
gets the finding ``invalid.unknown_offering`` and no other item rule; the route rules skip it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from planner.catalog import CatalogueSet
from planner.models import Learner, Offering
from planner.plan import Message, Plan, PlannedModule
from planner.validate import facets, items, order, route
from planner.validate.context import EPS, Context

__all__ = ["EPS", "ITEM_RULES", "KNOWN_OFFERING", "ROUTE_RULES", "RULES", "Context", "Rule", "validate_plan"]

#: A rule about one item: (context, index in the plan, item, its offering) -> findings.
ItemCheck = Callable[[Context, int, PlannedModule, Offering], Iterable[Message]]
#: A rule about the whole route: (context) -> findings.
RouteCheck = Callable[[Context], Iterable[Message]]


@dataclass(frozen=True)
class Rule:
    """One hard rule of a route: its name, the codes of its findings, and the check."""

    name: str
    codes: tuple[str, ...]
    check: Callable[..., Iterable[Message]]  # an ItemCheck when per_item, else a RouteCheck
    per_item: bool

    @property
    def doc(self) -> str:
        """What the rule asks, in one sentence (the check's docstring)."""
        return " ".join((self.check.__doc__ or "").split())


def _item(check: ItemCheck, *codes: str) -> Rule:
    return Rule(check.__name__, codes, check, per_item=True)


def _route(check: RouteCheck, *codes: str) -> Rule:
    return Rule(check.__name__, codes, check, per_item=False)


#: The gate: an item whose offering is unknown gets no other item rule.
KNOWN_OFFERING = Rule("known_offering", ("invalid.unknown_offering",), items.known_offering, per_item=True)
ITEM_RULES: tuple[Rule, ...] = (
    _item(items.module_twice, "invalid.module_twice"),
    _item(items.start, "invalid.start"),
    _item(items.duration, "invalid.duration"),
    _item(items.mode, "invalid.mode"),
    _item(items.place, "invalid.place"),
    _item(items.window, "invalid.window"),
    _item(items.assessment, "invalid.assessment"),
    _item(items.excluded, "invalid.excluded"),
    _item(items.deadline, "invalid.deadline"),
)
ROUTE_RULES: tuple[Rule, ...] = (
    _route(route.prerequisite, "invalid.prerequisite"),
    _route(route.capacity, "invalid.capacity"),
    _route(route.clash, "invalid.clash"),
    _route(route.budget, "invalid.budget"),
    _route(route.goal, "invalid.goal"),
    _route(route.choices, "invalid.choice", "invalid.choice_modules", "invalid.choice_ec"),
    _route(route.milestones, "invalid.milestone", "invalid.goal"),
    _route(route.pinned, "invalid.pinned"),
    _route(order.order, "invalid.order"),  # the learner's order wishes
    _route(order.pinned_starts, "invalid.pinned_start"),  # a pin's start week (dropped on the timeline)
    _route(route.totals, "invalid.totals"),
    _route(facets.facets, "invalid.facet_never", "invalid.facet_must"),  # how modules are taught (docs/hoe.md)
)
#: Every rule, in the order the findings come: ``known_offering`` gates the item rules.
RULES: tuple[Rule, ...] = (
    KNOWN_OFFERING,
    *ITEM_RULES,
    *ROUTE_RULES,
)


def validate_plan(cs: CatalogueSet, learner: Learner, plan: Plan) -> list[Message]:
    """Every hard rule the plan breaks (empty when it is a valid route)."""
    ctx = Context(cs, learner, plan)
    out: list[Message] = []
    for index, it in enumerate(plan.items):
        off = ctx.offering(it)
        out.extend(items.known_offering(ctx, index, it, off))
        if off is None:
            continue
        for rule in ITEM_RULES:
            out.extend(rule.check(ctx, index, it, off))
    for rule in ROUTE_RULES:
        out.extend(rule.check(ctx))
    return out
