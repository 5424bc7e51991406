"""Why each module is in a route: reasons per planned module, milestone and status messages.

Built from the solver's instance after a solve; the messages are codes with parameters
(:mod:`planner.messages`), rendered by the command line and the window.
"""

from __future__ import annotations

from typing import Any

from planner.messages import msg
from planner.models import Evidence, week_start
from planner.plan import Message, Plan, PlannedModule
from planner.requirements import corequisites, requirement_outcomes, strict_outcomes, thresholds
from planner.solver.instance import Instance, counts_for


def _counted_reasons(inst: Instance, plan: Plan, it: PlannedModule) -> list[Message]:
    """Why a module counts: towards a credit threshold of a later module, or a choice in EC or modules."""
    out: list[Message] = []
    module = inst.cs.modules[it.module]
    for other in plan.items:
        if other.module == it.module or other.start_week < it.end_week:
            continue
        for rule in thresholds(inst.cs.modules[other.module].requires):
            if inst.exempt_amount(rule, exclude=other.module) + 1e-9 >= rule.amount:
                continue  # met by what the learner brings: nothing in the route is there for it
            if rule.counts(module):
                out.append(msg("why.credits", module=other.module, module_title=other.title, rule=rule.label(),
                               ec=f"{module.study_ec:g}"))
    for g in inst.choices:
        if g.counts_modules and counts_for(inst, g, module):
            need = " and ".join(([f"{g.n} modules"] if g.pool is not None and g.n else [])
                                + ([f"{g.min_ec:g} EC"] if g.min_ec is not None else []))
            out.append(msg("why.choice_count", group=g.id, group_title=g.title.get("en") if g.title else g.id,
                           need=need, ec=f"{module.study_ec:g}"))
    return out


def explain_plan(inst: Instance, plan: Plan) -> None:
    """Fill in each item's reasons and the plan's status and milestone messages."""
    cs = inst.cs
    required = {inst.canon(o) for o in inst.required}
    choice_of: dict[str, Any] = {}
    for g in inst.choices:
        for o in g.of:
            choice_of.setdefault(inst.canon(o), g)
    milestone_of: dict[str, list[tuple[str, Any]]] = {}
    for mid, ms in inst.milestones:
        for o in ms.outcomes:
            milestone_of.setdefault(inst.canon(o), []).append((mid, ms))
    first_gain: dict[str, str] = {}
    for it in sorted(plan.items, key=lambda i: (i.end_week, i.module)):
        for o in it.outcomes:
            first_gain.setdefault(inst.canon(o), it.module)
    starts = inst.learner.pinned_start_weeks()
    for it in plan.items:
        reasons: list[Message] = []
        if it.pinned:
            week = starts.get(it.offering, starts.get(it.module))
            reasons.append(msg("why.pinned_start", date=week_start(inst.learner.start, week).isoformat())
                           if week == it.start_week else msg("why.pinned"))
        for o in it.outcomes:
            co = inst.canon(o)
            if first_gain.get(co) != it.module or co in inst.proven:
                continue
            title = cs.outcome_title(o)
            if co in required:
                reasons.append(msg("why.goal", outcome=o, outcome_title=title))
            elif co in choice_of:
                g = choice_of[co]
                reasons.append(
                    msg("why.choice", outcome=o, outcome_title=title, group=g.id, group_title=(g.title.get("en") if g.title else g.id))
                )
            for mid, ms in milestone_of.get(co, []):
                if co not in required:
                    reasons.append(msg("why.milestone", milestone=mid, milestone_title=ms.title.get("en"), week=ms.weeks))
            for other in plan.items:
                if other.module == it.module:
                    continue
                req = cs.modules[other.module].requires
                if other.start_week >= it.end_week and co in {inst.canon(p) for p in strict_outcomes(req)}:
                    reasons.append(
                        msg(
                            "why.prerequisite",
                            module=other.module,
                            module_title=other.title,
                            outcome=o,
                            outcome_title=title,
                        )
                    )
                elif other.start_week >= it.start_week and co in {inst.canon(p) for p in corequisites(req)}:
                    reasons.append(msg("why.corequisite", module=other.module, module_title=other.title, outcome=o,
                                       outcome_title=title))
        reasons += _counted_reasons(inst, plan, it)
        it.reasons = reasons
    plan.messages.extend(_badge_evidence(inst))
    for m in plan.milestones:
        if m.week is None:
            continue
        if m.met:
            plan.messages.append(msg("milestone.met", milestone=m.id, title=m.title, week=m.week, target=m.target_week))
        else:
            plan.messages.append(msg("milestone.late", milestone=m.id, title=m.title, week=m.week, target=m.target_week, late=m.week - m.target_week))
    if plan.status.value == "optimal":
        plan.messages.insert(0, msg("status.optimal"))
    elif plan.status.value == "feasible":
        plan.messages.insert(0, msg("status.feasible", bound=plan.bound, gap_pct=round(100 * (plan.gap or 0), 1)))


def _badge_evidence(inst: Instance) -> list[Message]:
    """Which outcomes of the goal (or prerequisites on the way) the learner's badges already prove.

    Names the badge, its issuer and date, and whether its signature was verified, so the route's
    explanation says why those modules are not planned. An outcome counts when the goal needs it
    or a module on some route to the goal requires it, whatever the learner has proven.
    """
    todo = [inst.canon(o) for o in inst.required]
    for g in inst.choices:
        todo += [inst.canon(o) for o in g.of]
    for _mid, ms in inst.milestones:
        todo += [inst.canon(o) for o in ms.outcomes]
    relevant: set[str] = set()
    while todo:
        o = todo.pop()
        if o in relevant:
            continue
        relevant.add(o)
        for m in inst.cs.certifiers(o):
            todo += [inst.canon(r) for r in requirement_outcomes(m.requires)]
    out = []
    for p in inst.learner.proven:
        if p.evidence != Evidence.EDUBADGE or inst.canon(p.outcome) not in relevant:
            continue
        code = "why.proven_badge_verified" if p.verified else "why.proven_badge"
        out.append(msg(
            code, outcome=p.outcome, outcome_title=inst.cs.outcome_title(p.outcome),
            badge=p.badge or p.note or "edubadge", issuer=p.issuer or "?",
            issued_on=p.issued_on.isoformat() if p.issued_on else "?",
        ))
    return out
