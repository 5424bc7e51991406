"""Turning solver values into a :class:`~planner.plan.Plan`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from planner.models import week_start
from planner.plan import MilestoneResult, Plan, PlannedModule, Status, Totals
from planner.pricing import known_cost, room_for_unknown, unknown_prices
from planner.solver.instance import Instance
from planner.solver.model import Vars


def _end_date(inst: Instance, end_week: int) -> dt.date:
    if end_week <= 0:
        return inst.learner.start
    return week_start(inst.learner.start, end_week - 1) + dt.timedelta(days=6)


def empty_plan(inst: Instance, status: Status) -> Plan:
    """A plan without modules (nothing needed, or no route)."""
    plan = Plan(
        learner=inst.learner.name,
        goal=inst.learner.goal,
        start_date=week_start(inst.learner.start, 0),
        status=status,
    )
    if status == Status.OPTIMAL:
        plan.totals = Totals(finish_week=0, finish_date=inst.learner.start, ec=0, hours=0, cost=0, modules=0)
        plan.milestones = milestone_results(inst, {})
    return plan


def milestone_results(inst: Instance, gained: dict[str, int]) -> list[MilestoneResult]:
    """When each goal milestone is reached, given the week each outcome is gained."""
    out = []
    for mid, ms in inst.milestones:
        weeks = [0 if inst.canon(o) in inst.proven else gained.get(inst.canon(o)) for o in ms.outcomes]
        week = None if any(w is None for w in weeks) else max([0, *[w for w in weeks if w is not None]])
        out.append(
            MilestoneResult(
                id=mid,
                title=ms.title.get("en"),
                title_nl=ms.title.get("nl"),
                target_week=ms.weeks,
                week=week,
                date=_end_date(inst, week) if week is not None else None,
                hard=mid in inst.hard_milestones,
            )
        )
    return out


def build_plan(inst: Instance, v: Vars, value: Callable[[Any], int], status: Status) -> Plan:
    """A plan from the values of a solution (``value`` reads a variable)."""
    items: list[PlannedModule] = []
    for c in inst.candidates:
        if not value(v.x[c.index]):
            continue
        s = int(value(v.start[c.index]))
        m = inst.modules[c.module]
        off = c.offering
        items.append(
            PlannedModule(
                module=c.module,
                offering=off.id,
                title=m.title.get("en"),
                title_nl=m.title.get("nl"),
                start_week=s,
                end_week=s + off.weeks,
                start_date=week_start(inst.learner.start, s),
                end_date=_end_date(inst, s + off.weeks),
                mode=off.mode,
                location=off.location,
                hours_per_week=off.hours_per_week,
                study_hours=m.study_hours,
                ec=round(m.study_ec, 2),
                cost=off.cost,
                cost_known=off.cost_known,
                sessions=list(off.sessions),
                events=list(off.events),
                outcomes=list(m.certifies),
                assessment_only=m.kind.value == "assessment",
                microcredential=m.microcredential,
                pinned=c.module in inst.pinned_modules or off.id in inst.pinned_offerings,
                how=off.how,
            )
        )
    items, milestones, totals = summarise(inst, items)
    return Plan(
        learner=inst.learner.name,
        goal=inst.learner.goal,
        start_date=week_start(inst.learner.start, 0),
        status=status,
        items=items,
        milestones=milestones,
        totals=totals,
    )


def summarise(inst: Instance, items: list[PlannedModule]) -> tuple[list[PlannedModule], list[MilestoneResult], Totals]:
    """A route's items in order (by start week), the milestones they reach, and their totals."""
    items = sorted(items, key=lambda i: (i.start_week, i.end_week, i.module))
    gained: dict[str, int] = {}
    for it in items:
        for o in it.outcomes:
            co = inst.canon(o)
            gained[co] = min(gained.get(co, 10**9), it.end_week)
    finish = max((i.end_week for i in items), default=0)
    totals = Totals(
        finish_week=finish,
        finish_date=_end_date(inst, finish),
        ec=round(sum(i.ec for i in items), 2),
        hours=round(sum(i.study_hours for i in items), 2),
        cost=round(known_cost(items), 2),
        modules=len(items),
        unknown_prices=unknown_prices(items),
    )
    totals.unknown_prices_at_most = room_for_unknown(inst.learner.budget, totals.cost, totals.unknown_prices)
    return items, milestone_results(inst, gained), totals
