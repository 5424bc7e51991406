"""The rules about the route as a whole: prerequisites, weekly hours, clashes, budget, the goal,
its choices and milestones, pins and totals. Each is a small function named after the rule; they
read only the items whose offering runs the module they name."""

from __future__ import annotations

from collections.abc import Iterator

from planner.messages import msg
from planner.models import Credits, Module, Requirement
from planner.plan import Message
from planner.pricing import room_for_unknown
from planner.requirements import map_requirement, requirement_holds
from planner.validate.context import EPS, Context
from planner.values import week_index, week_start


def prerequisite(ctx: Context) -> Iterator[Message]:
    """Prerequisites are proven or gained by a module that ended by the start week; corequisites
    are proven or certified by a module that starts by then; thresholds count the modules that
    ended by then and the exempt ones."""
    cs, valid = ctx.cs, ctx.valid
    for it in valid:
        req = cs.modules[it.module].requires
        if req is None:
            continue
        before = [other for other in valid if other is not it and other.end_week <= it.start_week]
        have = ctx.proven | {cs.canon(o) for other in before for o in cs.modules[other.module].certifies}
        along = ctx.proven | {cs.canon(o) for other in valid if other is not it and other.start_week <= it.start_week
                              for o in cs.modules[other.module].certifies}
        done = {other.module: cs.modules[other.module] for other in before}
        done.update({m.id: m for m in ctx.exempt if m.id != it.module})

        def completed(rule: Credits, done: dict[str, Module] = done) -> float:
            return sum(rule.weight(m) for m in done.values() if rule.counts(m))

        if not requirement_holds(_canon(ctx, req), have, alongside=along, credits=completed):
            yield msg("invalid.prerequisite", module=it.module, week=it.start_week)


def capacity(ctx: Context) -> Iterator[Message]:
    """No week needs more hours than the learner has in it."""
    valid = ctx.valid
    for w in range(max((it.end_week for it in valid), default=0)):
        load = sum(ctx.cs.offerings[it.offering].hours_per_week for it in valid if it.start_week <= w < it.end_week)
        cap = ctx.learner.week_capacity(w)
        if load > cap + EPS:
            yield msg("invalid.capacity", week=w, load=round(load, 2), capacity=cap)


def clash(ctx: Context) -> Iterator[Message]:
    """Sessions of two items that run in the same weeks do not overlap, and no dated event (a test day)
    of one falls on a session or a dated event of the other."""
    valid = ctx.valid
    origin = ctx.learner.start
    for i, a in enumerate(valid):
        for b in valid[i + 1 :]:
            fa, fb = ctx.cs.offerings[a.offering], ctx.cs.offerings[b.offering]
            if a.start_week < b.end_week and b.start_week < a.end_week:
                if any(sa.clashes_with(sb) for sa in fa.sessions for sb in fb.sessions):
                    yield msg("invalid.clash", a=a.module, b=b.module, week=max(a.start_week, b.start_week))
                    continue
            if (fa.events or fb.events) and (day := fa.dated_clash(
                    week_start(origin, a.start_week), fb, week_start(origin, b.start_week))) is not None:
                yield msg("invalid.clash", a=a.module, b=b.module, week=week_index(origin, day))


def budget(ctx: Context) -> Iterator[Message]:
    """The route's known prices add up to no more than the learner's budget (unknown prices cannot
    be counted: the totals say what the budget leaves for them)."""
    if ctx.learner.budget is not None and ctx.cost > ctx.learner.budget + EPS:
        yield msg("invalid.budget", cost=ctx.cost, budget=ctx.learner.budget)


def goal(ctx: Context) -> Iterator[Message]:
    """Every outcome the goal requires is proven or gained."""
    required, _, _ = ctx.targets
    for o in required:
        if ctx.cs.canon(o) not in ctx.gained_at:
            yield msg("invalid.goal", outcome=o)


def choices(ctx: Context) -> Iterator[Message]:
    """Each choice group gets its outcomes, and its modules or EC (from its outcomes or its pool)."""
    cs = ctx.cs
    taken = {it.module: cs.modules[it.module] for it in ctx.valid}
    taken.update({m.id: m for m in ctx.exempt})
    for g in ctx.targets[1]:
        have_n = len({cs.canon(o) for o in g.of} & set(ctx.gained_at))
        if have_n < g.outcome_n:
            yield msg("invalid.choice", group=g.id, have=have_n, n=g.n)
        if not g.counts_modules:
            continue
        of = {cs.canon(o) for o in g.of}
        counted = [m for m in taken.values()
                   if (g.pool.matches(m) if g.pool is not None else any(cs.canon(o) in of for o in m.certifies))]
        if g.pool is not None and len(counted) < g.n:
            yield msg("invalid.choice_modules", group=g.id, have=len(counted), n=g.n)
        ec = sum(m.study_ec for m in counted)
        if g.min_ec is not None and ec + EPS < g.min_ec:
            yield msg("invalid.choice_ec", group=g.id, have=round(ec, 2), need=g.min_ec)


def milestones(ctx: Context) -> Iterator[Message]:
    """A milestone's outcomes are all gained (else each missing one is a goal finding), and a hard
    milestone is reached by its target week."""
    learner = ctx.learner
    for ms in ctx.targets[2]:
        qid = f"{learner.goal or ''}/{ms.id}"
        weeks = [ctx.gained_at.get(ctx.cs.canon(o)) for o in ms.outcomes]
        if any(w is None for w in weeks):
            for o in ms.outcomes:
                if ctx.cs.canon(o) not in ctx.gained_at:
                    yield msg("invalid.goal", outcome=o)
            continue
        reached = max([0, *[w for w in weeks if w is not None]])
        hard = ms.hard or ms.id in learner.hard_milestones or qid in learner.hard_milestones
        if hard and reached > ms.weeks:
            yield msg("invalid.milestone", milestone=qid, week=reached, target=ms.weeks)


def pinned(ctx: Context) -> Iterator[Message]:
    """Every module or offering the learner pinned is in the route."""
    chosen = {it.module for it in ctx.valid} | {it.offering for it in ctx.valid}
    for ref in ctx.learner.pinned:
        if ref not in chosen:
            yield msg("invalid.pinned", ref=ref)


def totals(ctx: Context) -> Iterator[Message]:
    """The plan's totals (finish week, known cost, unknown prices, number of modules) and each item's
    price (known or not) match the catalogue."""
    plan = ctx.plan
    if plan.totals is None:
        return
    finish = max((it.end_week for it in plan.items), default=0)
    checks: tuple[tuple[str, float, float], ...] = (
        ("finish_week", plan.totals.finish_week, finish),
        ("cost", round(plan.totals.cost, 2), round(ctx.cost, 2)),
        ("modules", plan.totals.modules, len(plan.items)),
        ("unknown_prices", plan.totals.unknown_prices, ctx.unknown_prices),
        ("unknown_prices_at_most", _or_minus(plan.totals.unknown_prices_at_most),
         _or_minus(room_for_unknown(ctx.learner.budget, ctx.cost, ctx.unknown_prices))),
    )
    for field, total, expected in checks:
        if abs(total - expected) > 0.01:
            yield msg("invalid.totals", field=field, have=total, expected=expected)


def _or_minus(value: float | None) -> float:
    return -1.0 if value is None else round(value, 2)


def _canon(ctx: Context, req: Requirement) -> Requirement | None:
    return map_requirement(req, ctx.cs.canon)
