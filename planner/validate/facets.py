"""The validator's check of how a route is taught and assessed: no module breaks a learner's *must*
or *never* (docs/hoe.md). Written apart from :mod:`planner.facets` (the solver's side), from the
catalogue's own fields, so that a mistake in one shows up against the other."""

from __future__ import annotations

from planner.facettypes import Choice
from planner.messages import msg
from planner.plan import Message
from planner.validate.context import Context

#: The finding per kind of hard wish.
FINDING = {Choice.MUST: "invalid.facet_must", Choice.NEVER: "invalid.facet_never"}


def facets(ctx: Context) -> list[Message]:
    """No module of the route has a value of how it is taught or assessed that the learner never wants,
    or lacks one they must have (a value the catalogue does not give is not had)."""
    learner = ctx.learner
    out: list[Message] = []
    for it in ctx.plan.items:
        off = ctx.cs.offerings.get(it.offering)
        if off is None:
            continue  # an unknown offering is the main validator's finding
        for wish in learner.how.wishes:
            if wish.choice not in (Choice.MUST, Choice.NEVER):
                continue
            values = off.how.values(wish.facet) if off.how is not None else None
            has = bool(values) and wish.value in (values or set())
            if wish.choice == Choice.NEVER and has or wish.choice == Choice.MUST and not has:
                out.append(msg(FINDING[wish.choice], module=it.module, facet=wish.facet.value, value=wish.value))
    return out
