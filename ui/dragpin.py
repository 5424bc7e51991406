"""Dragging a module's bar on the timeline to another start pins the offering that starts nearest
to where it was dropped, starting in that week (the learner file's ``pinnedStarts``), as one
undoable edit, and the route is planned again: a self-paced offering starts in the week it was
dropped at, a cohort in the start nearest to it (:func:`planner.edits.pin_at`)."""

from __future__ import annotations

import datetime as dt

from planner.access import offering_rejections
from planner.catalog import CatalogueSet
from planner.models import Learner, week_index


def offering_near(cs: CatalogueSet, module: str, origin: dt.date, week: int,
                  learner: Learner | None = None) -> tuple[str, int] | None:
    """The offering of ``module`` that can start nearest to ``week`` (weeks counted from
    ``origin``), and that start week; None when the module has no offering. With ``learner``, only
    offerings the learner can take (mode, place, free times, how they learn)."""
    best: tuple[int, str, int] | None = None
    for f in cs.offerings_of(module):
        if learner is not None and offering_rejections(learner, f):
            continue
        if f.entry is not None:
            first = week_index(origin, f.entry.start) if f.entry.start else week
            last = week_index(origin, f.entry.end) if f.entry.end else week
            starts = [min(max(week, first), last)]
        else:
            starts = [week_index(origin, d) for d in f.starts]
        for w in starts:
            if w < 0:
                continue
            candidate = (abs(w - week), f.id, w)
            if best is None or candidate < best:
                best = candidate
    return (best[1], best[2]) if best else None
