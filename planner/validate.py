"""An independent check of a plan against catalogues and learner.

It does not use the solver or its instance: it re-reads the rules from the catalogue and the
learner and checks every hard rule on the plan as given. Every solver result in the tests goes
through it, so a modelling mistake in the solver shows up as a finding here.
"""

from __future__ import annotations

import datetime as dt

from planner.catalog import CatalogueSet, target_outcomes
from planner.errors import UnknownReferenceError
from planner.messages import msg
from planner.models import (
    Credits,
    Learner,
    Mode,
    Module,
    ModuleKind,
    Requirement,
    week_index,
    week_monday,
)
from planner.plan import Message, Plan
from planner.requirements import map_requirement, requirement_holds
from planner.validate_facets import check_facets

EPS = 1e-6


def validate_plan(cs: CatalogueSet, learner: Learner, plan: Plan) -> list[Message]:
    """Every hard rule the plan breaks (empty when it is a valid route)."""
    out: list[Message] = []
    items = plan.items
    seen: set[str] = set()
    claimed = {cs.canon(o) for o in learner.claimed_ids()}
    for it in items:
        off = cs.offerings.get(it.offering)
        if off is None or off.module != it.module or it.module not in cs.modules:
            out.append(msg("invalid.unknown_offering", offering=it.offering))
            continue
        if it.module in seen:
            out.append(msg("invalid.module_twice", module=it.module))
        seen.add(it.module)
        # dates
        if off.entry is None:
            starts = {week_index(learner.start, d) for d in off.starts if d >= week_monday(learner.start)}
            ok = it.start_week in starts
        else:
            lo = 0 if off.entry.start is None else week_index(learner.start, off.entry.start)
            hi = None if off.entry.end is None else week_index(learner.start, off.entry.end)
            ok = it.start_week >= max(lo, 0) and (hi is None or it.start_week <= hi)
        if not ok or it.start_week < 0:
            out.append(msg("invalid.start", module=it.module, week=it.start_week, offering=off.id))
        if it.end_week - it.start_week != off.weeks:
            out.append(msg("invalid.duration", module=it.module, weeks=it.end_week - it.start_week, expected=off.weeks))
        # where and when the learner can be
        if off.mode not in learner.modes:
            out.append(msg("invalid.mode", module=it.module, mode=off.mode.value))
        if off.mode != Mode.ONLINE and learner.places is not None:
            if (off.location or "").casefold() not in {p.casefold() for p in learner.places}:
                out.append(msg("invalid.place", module=it.module, place=off.location))
        for s in off.sessions:
            if learner.availability and not any(w.holds(s) for w in learner.availability):
                out.append(msg("invalid.window", module=it.module, session=s.label()))
        # assessment-only routes need a claim of experience in one of their outcomes
        mod = cs.modules[it.module]
        if mod.kind == ModuleKind.ASSESSMENT and not any(cs.canon(o) in claimed for o in mod.certifies):
            out.append(msg("invalid.assessment", module=it.module))
        # exclusions
        for ref in (it.module, it.offering):
            if ref in learner.excluded:
                out.append(msg("invalid.excluded", ref=ref))
        # deadline
        last_day = week_monday(learner.start) + dt.timedelta(weeks=it.start_week + off.weeks, days=-1)
        if learner.deadline is not None and last_day > learner.deadline:
            out.append(msg("invalid.deadline", module=it.module, end=str(last_day), deadline=str(learner.deadline)))

    # the rest of the checks look at the items whose offering runs the module they name
    valid = [it for it in items if (off := cs.offerings.get(it.offering)) is not None and off.module == it.module
             and it.module in cs.modules]
    proven = {cs.canon(o) for o in learner.proven_ids()}
    # modules whose every outcome is proven count as completed (an exemption) for thresholds and choices
    exempt = [m for m in cs.modules.values() if m.certifies and all(cs.canon(o) in proven for o in m.certifies)]
    # prerequisites: proven, or gained by a module that ended by the start week; corequisites: proven,
    # or certified by a module that starts by the start week; thresholds: modules that ended by then
    for it in valid:
        before = [other for other in valid if other is not it and other.end_week <= it.start_week]
        have = proven | {cs.canon(o) for other in before for o in cs.modules[other.module].certifies}
        along = proven | {cs.canon(o) for other in valid if other is not it and other.start_week <= it.start_week
                          for o in cs.modules[other.module].certifies}
        done = {other.module: cs.modules[other.module] for other in before}
        done.update({m.id: m for m in exempt if m.id != it.module})

        def completed(rule: Credits, done: dict[str, Module] = done) -> float:
            return sum(rule.weight(m) for m in done.values() if rule.counts(m))

        req = cs.modules[it.module].requires
        if req is not None and not requirement_holds(_canon_req(cs, req), have, alongside=along, credits=completed):
            out.append(msg("invalid.prerequisite", module=it.module, week=it.start_week))

    # weekly hours
    last = max((it.end_week for it in valid), default=0)
    for w in range(last):
        load = sum(cs.offerings[it.offering].hours_per_week for it in valid if it.start_week <= w < it.end_week)
        cap = learner.week_capacity(w)
        if load > cap + EPS:
            out.append(msg("invalid.capacity", week=w, load=round(load, 2), capacity=cap))

    # session clashes in overlapping weeks
    for i, a in enumerate(valid):
        for b in valid[i + 1 :]:
            if a.start_week < b.end_week and b.start_week < a.end_week:
                fa, fb = cs.offerings[a.offering], cs.offerings[b.offering]
                if any(sa.day == sb.day and sa.start < sb.end and sb.start < sa.end for sa in fa.sessions for sb in fb.sessions):
                    out.append(msg("invalid.clash", a=a.module, b=b.module, week=max(a.start_week, b.start_week)))

    cost = sum(cs.offerings[it.offering].cost for it in valid)
    if learner.budget is not None and cost > learner.budget + EPS:
        out.append(msg("invalid.budget", cost=cost, budget=learner.budget))

    # goal
    gained_at: dict[str, int] = {o: 0 for o in proven}
    for it in valid:
        for o in cs.modules[it.module].certifies:
            co = cs.canon(o)
            gained_at[co] = min(gained_at.get(co, 10**9), it.end_week)
    try:
        required, choices, milestones = target_outcomes(cs, learner)
    except UnknownReferenceError:
        required, choices, milestones = [], [], []
    for o in required:
        if cs.canon(o) not in gained_at:
            out.append(msg("invalid.goal", outcome=o))
    taken = {it.module: cs.modules[it.module] for it in valid}
    taken.update({m.id: m for m in exempt})
    for g in choices:
        have_n = len({cs.canon(o) for o in g.of} & set(gained_at))
        if have_n < g.outcome_n:
            out.append(msg("invalid.choice", group=g.id, have=have_n, n=g.n))
        if g.counts_modules:
            of = {cs.canon(o) for o in g.of}
            counted = [m for m in taken.values()
                       if (g.pool.matches(m) if g.pool is not None else any(cs.canon(o) in of for o in m.certifies))]
            if g.pool is not None and len(counted) < g.n:
                out.append(msg("invalid.choice_modules", group=g.id, have=len(counted), n=g.n))
            ec = sum(m.study_ec for m in counted)
            if g.min_ec is not None and ec + EPS < g.min_ec:
                out.append(msg("invalid.choice_ec", group=g.id, have=round(ec, 2), need=g.min_ec))
    goal_id = learner.goal or ""
    for ms in milestones:
        qid = f"{goal_id}/{ms.id}"
        weeks = [gained_at.get(cs.canon(o)) for o in ms.outcomes]
        if any(w is None for w in weeks):
            for o in ms.outcomes:
                if cs.canon(o) not in gained_at:
                    out.append(msg("invalid.goal", outcome=o))
            continue
        reached = max([0, *[w for w in weeks if w is not None]])
        hard = ms.hard or ms.id in learner.hard_milestones or qid in learner.hard_milestones
        if hard and reached > ms.weeks:
            out.append(msg("invalid.milestone", milestone=qid, week=reached, target=ms.weeks))

    # pins
    chosen = {it.module for it in valid} | {it.offering for it in valid}
    for ref in learner.pinned:
        if ref not in chosen:
            out.append(msg("invalid.pinned", ref=ref))

    # totals
    if plan.totals is not None:
        finish = max((it.end_week for it in items), default=0)
        checks: tuple[tuple[str, float, float], ...] = (
            ("finish_week", plan.totals.finish_week, finish),
            ("cost", round(plan.totals.cost, 2), round(cost, 2)),
            ("modules", plan.totals.modules, len(items)),
        )
        for field, total, expected in checks:
            if abs(total - expected) > 0.01:
                out.append(msg("invalid.totals", field=field, have=total, expected=expected))
    out += check_facets(cs, learner, plan)  # must and never on how modules are taught (docs/hoe.md)
    return out


def _canon_req(cs: CatalogueSet, req: Requirement) -> Requirement | None:
    return map_requirement(req, cs.canon)
