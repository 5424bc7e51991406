"""Dated events (an OOAPI test or one-off session on a given day) against the other chosen modules.

A cohort offering with dated events has one start, so its events fall on known days. Two chosen
modules must not meet on the same day at the same time: an event of one against a weekly session of
the other while that one runs, or against a dated event of the other. Weekly sessions among
themselves are `model.add_session_clashes`; this adds the pairs that dated events make.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from planner.models import Offering
from planner.solver.instance import Candidate, Instance
from planner.values import week_start


def clash(inst: Instance, a: Offering, a_week: int, b: Offering, b_week: int) -> bool:
    """Whether ``a`` starting in week ``a_week`` and ``b`` in week ``b_week`` meet at a dated event."""
    if not (a.events or b.events):
        return False
    origin = inst.learner.start
    return a.dated_clash(week_start(origin, a_week), b, week_start(origin, b_week)) is not None


def add_dated_clashes(model: cp_model.CpModel, inst: Instance, x: dict[int, cp_model.IntVar],
                      start: dict[int, cp_model.IntVar | int]) -> int:
    """Forbid every pair of chosen candidates that meets at a dated event; returns how many were added.

    With both starts fixed the pair is one at-most-one; with the other candidate flexible, each of its
    start weeks that meets the event is forbidden while both are chosen.
    """
    dated = [c for c in inst.candidates if c.offering.events]
    if not dated:
        return 0
    added = 0
    seen: set[tuple[int, int]] = set()
    for a in dated:
        for b in inst.candidates:
            pair = (min(a.index, b.index), max(a.index, b.index))
            if b.module == a.module or pair in seen:
                continue
            seen.add(pair)
            added += _forbid(model, inst, a, b, x, start)
    return added


def _forbid(model: cp_model.CpModel, inst: Instance, a: Candidate, b: Candidate, x: dict[int, cp_model.IntVar],
            start: dict[int, cp_model.IntVar | int]) -> int:
    if b.fixed:
        if clash(inst, a.offering, a.earliest, b.offering, b.earliest):
            model.add_at_most_one([x[a.index], x[b.index]])
            return 1
        return 0
    bad = [s for s in range(b.earliest, b.latest + 1) if clash(inst, a.offering, a.earliest, b.offering, s)]
    var = start[b.index]
    for s in bad:
        model.add(var != s).only_enforce_if([x[a.index], x[b.index]])
    return len(bad)
