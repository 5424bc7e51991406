"""The rules about the learner's order wishes and pinned start weeks (read from the learner and
the plan only, like every rule of the validator)."""

from __future__ import annotations

from collections.abc import Iterator

from planner.messages import msg
from planner.plan import Message
from planner.validate.context import Context


def order(ctx: Context) -> Iterator[Message]:
    """A module wished first ends before every other module of the route starts; a module wished
    before another ends before that one starts (when the route takes both)."""
    by_module = {it.module: it for it in ctx.valid}
    for wish in ctx.learner.order:
        first = by_module.get(wish.module)
        if first is None:
            continue
        later = [it for it in ctx.valid if it.module != wish.module] if wish.before is None else \
            [it for it in ctx.valid if it.module == wish.before]
        for it in later:
            if first.end_week > it.start_week:
                yield msg("invalid.order", module=wish.module, other=it.module, week=it.start_week, end=first.end_week)


def pinned_starts(ctx: Context) -> Iterator[Message]:
    """A pinned module or offering with a pinned start starts in that week."""
    for ref, week in ctx.learner.pinned_start_weeks().items():
        for it in ctx.valid:
            if ref in (it.module, it.offering) and it.start_week != week:
                yield msg("invalid.pinned_start", ref=ref, week=it.start_week, pinned=week)
