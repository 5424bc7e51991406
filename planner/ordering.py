"""The learner's order wishes and pinned start weeks in words, and the check of a bar dropped on the
timeline: whether the module can start in that week at all (the learner's hours in those weeks, its
prerequisites in the route as it stands), so that a drop that cannot work changes nothing and says why.
"""

from __future__ import annotations

from planner.catalog import CatalogueSet
from planner.messages import msg
from planner.models import Credits, Learner, OrderWish, week_start
from planner.plan import Message, Plan
from planner.requirements import map_requirement, requirement_holds, requirement_outcomes


def order_message(cs: CatalogueSet, wish: OrderWish) -> Message:
    """'X' first, or 'X' before 'Y', with the modules' titles."""
    if wish.before is None:
        return msg("order.first", module=wish.module, title=cs.module_title(wish.module))
    return msg("order.before", module=wish.module, title=cs.module_title(wish.module),
               before=wish.before, before_title=cs.module_title(wish.before))


def ref_module(cs: CatalogueSet, ref: str) -> str:
    """The module of a pinned ref (a module, or an offering of one)."""
    return cs.offerings[ref].module if ref in cs.offerings else ref


def drop_problem(cs: CatalogueSet, learner: Learner, plan: Plan, module: str, offering: str | None, week: int) -> Message | None:
    """Why ``module`` (with ``offering``) cannot start in week ``week`` of the route, or None when it may.

    Impossible: no offering starts then; a week of its run has fewer free hours than it needs (a
    holiday, a busy period); a prerequisite that neither the learner's proof nor the modules of the
    route ending by then give (the other modules keep their weeks: the drop moves one bar).
    """
    title = cs.module_title(module)
    day = week_start(learner.start, week).isoformat()
    off = cs.offerings.get(offering or "")
    if off is None or off.module != module or week < 0:
        return msg("drop.no_offering", module=module, title=title, date=day)
    for w in range(week, week + off.weeks):
        free = learner.week_capacity(w)
        if free + 1e-9 < off.hours_per_week:
            return msg("drop.busy", module=module, title=title, date=day, busy=week_start(learner.start, w).isoformat(),
                       free=round(free, 1), need=off.hours_per_week)
    req = cs.modules[module].requires if module in cs.modules else None
    if req is None:
        return None
    proven = {cs.canon(o) for o in learner.proven_ids()}
    others = [it for it in plan.items if it.module != module and it.module in cs.modules]
    have = proven | {cs.canon(o) for it in others if it.end_week <= week for o in cs.modules[it.module].certifies}
    along = proven | {cs.canon(o) for it in others if it.start_week <= week for o in cs.modules[it.module].certifies}

    def completed(rule: Credits) -> float:
        return sum(rule.weight(cs.modules[it.module]) for it in others
                   if it.end_week <= week and rule.counts(cs.modules[it.module]))

    canon_req = map_requirement(req, cs.canon)
    if requirement_holds(canon_req, have, alongside=along, credits=completed):
        return None
    missing = sorted(o for o in requirement_outcomes(canon_req) if o not in have)
    names = ", ".join(f"'{cs.outcome_title(o)}'" for o in missing[:3]) or "more completed modules"
    return msg("drop.prerequisite", module=module, title=title, date=day, outcomes=names)

