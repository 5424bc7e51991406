"""The rules about one item of the route: its offering, its dates, and whether the learner can be
where and when it runs. Each is a small function named after the rule; :data:`ITEM_RULES` runs
them in order for every item whose offering is known."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planner.messages import msg
from planner.models import Mode, ModuleKind, Offering, week_index, week_monday
from planner.plan import Message, PlannedModule
from planner.validate.context import Context


def known_offering(ctx: Context, index: int, it: PlannedModule, off: Offering | None) -> Iterator[Message]:
    """An item names an offering of the catalogues that runs the module the item names."""
    if off is None:
        yield msg("invalid.unknown_offering", offering=it.offering)


def module_twice(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """A module is taken once."""
    if index in ctx.repeats:
        yield msg("invalid.module_twice", module=it.module)


def start(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """An item starts at a cohort start of its offering, or inside its flexible entry window."""
    origin = ctx.learner.start
    if off.entry is None:
        starts = {week_index(origin, d) for d in off.starts if d >= week_monday(origin)}
        ok = it.start_week in starts
    else:
        lo = 0 if off.entry.start is None else week_index(origin, off.entry.start)
        hi = None if off.entry.end is None else week_index(origin, off.entry.end)
        ok = it.start_week >= max(lo, 0) and (hi is None or it.start_week <= hi)
    if not ok or it.start_week < 0:
        yield msg("invalid.start", module=it.module, week=it.start_week, offering=off.id)


def duration(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """An item runs as many weeks as its offering."""
    if it.end_week - it.start_week != off.weeks:
        yield msg("invalid.duration", module=it.module, weeks=it.end_week - it.start_week, expected=off.weeks)


def mode(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """The learner accepts the offering's mode of delivery."""
    if off.mode not in ctx.learner.modes:
        yield msg("invalid.mode", module=it.module, mode=off.mode.value)


def place(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """An offering that is not online is in one of the learner's places, and so is every dated event
    of it that has a place (when they gave any)."""
    places = ctx.learner.places
    if places is None:
        return
    own = [off.location or ""] if off.mode != Mode.ONLINE else []
    for town in own + [e.place for e in off.events if e.place]:  # and each dated event's town
        if town.casefold() not in {p.casefold() for p in places}:
            yield msg("invalid.place", module=it.module, place=town)


def window(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """Every session, and every dated event with times, falls inside one of the learner's free
    windows (when they gave any)."""
    windows = ctx.learner.availability
    for s in [*off.sessions, *(e for ev in off.events if (e := ev.as_session()) is not None)]:
        if windows and not any(w.holds(s) for w in windows):
            yield msg("invalid.window", module=it.module, session=s.label())


def time_off(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """No dated event of the offering (a test, a one-off session) falls in the learner's time off."""
    for e in off.events:
        last = e.until or e.date
        if any(h.start <= last and e.date <= h.end for h in ctx.learner.holidays):
            yield msg("invalid.time_off", module=it.module, what=e.kind, date=e.date.isoformat())


def assessment(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """An assessment-only route needs a claim of experience in one of its outcomes."""
    mod = ctx.cs.modules[it.module]
    if mod.kind == ModuleKind.ASSESSMENT and not any(ctx.cs.canon(o) in ctx.claimed for o in mod.certifies):
        yield msg("invalid.assessment", module=it.module)


def excluded(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """Neither the module nor the offering is one the learner excluded."""
    for ref in (it.module, it.offering):
        if ref in ctx.learner.excluded:
            yield msg("invalid.excluded", ref=ref)


def deadline(ctx: Context, index: int, it: PlannedModule, off: Offering) -> Iterator[Message]:
    """An item ends by the learner's deadline."""
    last_day = week_monday(ctx.learner.start) + dt.timedelta(weeks=it.start_week + off.weeks, days=-1)
    if ctx.learner.deadline is not None and last_day > ctx.learner.deadline:
        yield msg("invalid.deadline", module=it.module, end=str(last_day), deadline=str(ctx.learner.deadline))
