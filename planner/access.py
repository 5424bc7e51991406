"""What a learner can take: offerings that fit their modes, places, free times and budget; start weeks.

These are facts about a learner and an offering, used by the graph queries, the solver's pruning
and the explanations alike.
"""

from __future__ import annotations

from planner.catalog import CatalogueSet
from planner.facets import facet_rejections
from planner.messages import msg
from planner.models import Learner, Mode, Module, ModuleKind, Offering, week_index, week_monday
from planner.plan import Message
from planner.values import Session


def deadline_week(learner: Learner) -> int | None:
    """Number of whole weeks from the start week that end on or before the deadline."""
    if learner.deadline is None:
        return None
    last = week_index(learner.start, learner.deadline)
    if learner.deadline.weekday() != 6:  # the deadline's own week is not complete
        last -= 1
    return last + 1


def times(session: Session) -> dict[str, str | int]:
    """A weekly session as a message parameter (each face writes its day in its own language)."""
    return {"day": session.day.value, "start": f"{session.start:%H:%M}", "end": f"{session.end:%H:%M}",
            "every_weeks": session.every_weeks}


def offering_rejections(learner: Learner, off: Offering) -> list[Message]:
    """Why a learner cannot take an offering, whatever the timing (empty when they can)."""
    why: list[Message] = []
    if off.mode not in learner.modes:
        why.append(msg("reason.mode", mode=off.mode.value))
    if off.mode != Mode.ONLINE and learner.places is not None:
        places = {p.casefold() for p in learner.places}
        if (off.location or "").casefold() not in places:
            why.append(msg("reason.place", place=off.location or ""))
    for s in off.sessions:
        if not learner.fits_windows(s):
            why.append(msg("reason.window", session=times(s)))
            break
    if learner.budget is not None and off.cost > learner.budget:
        why.append(msg("reason.budget", cost=off.cost))
    why += facet_rejections(learner, off)  # must and never on how it is taught and assessed
    return why


def assessment_allowed(cs: CatalogueSet, module: Module, claimed: set[str]) -> bool:
    """An assessment-only route is open to a learner who claims experience in one of its outcomes."""
    return module.kind != ModuleKind.ASSESSMENT or any(cs.canon(o) in claimed for o in module.certifies)


def start_range(learner: Learner, off: Offering, horizon: int) -> list[int] | tuple[int, int] | None:
    """Possible start weeks of an offering inside the horizon: a list (cohorts) or a range (flexible)."""
    latest_start = horizon - off.weeks
    if latest_start < 0:
        return None
    if off.entry is None:
        monday = week_monday(learner.start)
        weeks = sorted({w for d in off.starts if d >= monday and 0 <= (w := (d - monday).days // 7) <= latest_start})
        return weeks or None
    lo = 0 if off.entry.start is None else max(0, week_index(learner.start, off.entry.start))
    hi = latest_start if off.entry.end is None else min(latest_start, week_index(learner.start, off.entry.end))
    return (lo, hi) if lo <= hi else None
