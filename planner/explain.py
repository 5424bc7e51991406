"""Why no route exists (with checked suggestions), and the solver that says so.

Why each module is in a route is the solver's own business (:mod:`planner.solver.reasons`); why
there is none needs many solves of relaxed wishes, so it sits above the solver and is handed to it
(:func:`route_solver`).

When no route exists, the learner's choices are grouped (hours, holidays, deadline, modes, places,
free times, budget, pins, exclusions, hard milestones). A deletion filter over those groups finds a
smallest set that still leaves no route: every group in it is needed for the conflict. The
catalogue facts behind it are named per goal outcome ("only offered on campus in Enschede on
Tuesday evenings, which you excluded"), and for each group concrete changes are tried with the
solver; only those that give a route are suggested, with the finish week they give.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from planner.access import assessment_allowed, deadline_week, offering_rejections, start_range
from planner.catalog import CatalogueSet, target_outcomes
from planner.errors import UnknownReferenceError
from planner.graph import short_choices, unreachable_outcomes
from planner.messages import msg
from planner.models import Learner, Mode, TimeWindow, week_start
from planner.plan import Message
from planner.solver.core import Solver, quick_feasible
from planner.solver.instance import MAX_WEEKS

# --------------------------------------------------------------------------- no route

GROUPS = ["modes", "places", "availability", "budget", "excluded", "pinned", "deadline", "hours", "holidays", "milestones"]


def _active(learner: Learner, group: str) -> bool:
    match group:
        case "hours":
            return True
        case "holidays":
            return bool(learner.holidays or learner.exceptions)
        case "deadline":
            return learner.deadline is not None
        case "modes":
            return set(learner.modes) != set(Mode)
        case "places":
            return learner.places is not None
        case "availability":
            return bool(learner.availability)
        case "budget":
            return learner.budget is not None
        case "pinned":
            return bool(learner.pinned)
        case "excluded":
            return bool(learner.excluded)
        case "milestones":
            return bool(learner.hard_milestones)
    return False


RELAXED: dict[str, dict[str, Any]] = {
    "hours": {"hours_per_week": 80.0},
    "holidays": {"holidays": [], "exceptions": []},
    "deadline": {"deadline": None},
    "modes": {"modes": list(Mode)},
    "places": {"places": None},
    "availability": {"availability": []},
    "budget": {"budget": None},
    "pinned": {"pinned": []},
    "excluded": {"excluded": []},
    "milestones": {"hard_milestones": []},
}


def relax(learner: Learner, groups: set[str] | list[str]) -> Learner:
    """The learner with the given groups of choices lifted."""
    update: dict[str, Any] = {}
    for g in groups:
        update.update(RELAXED[g])
    return learner.model_copy(update=update)


def apply_suggestion(learner: Learner, suggestion: Message) -> Learner:
    """The learner with a suggestion's patch applied (a new, validated learner)."""
    patch = suggestion.params.get("patch") or {}
    data = learner.model_dump(mode="json")
    data.update(patch)
    return Learner.model_validate(data)


def _group_message(learner: Learner, group: str) -> Message:
    match group:
        case "hours":
            return msg("group.hours", hours=learner.hours_per_week)
        case "holidays":
            return msg("group.holidays")
        case "deadline":
            return msg("group.deadline", deadline=str(learner.deadline))
        case "modes":
            return msg("group.modes", modes=", ".join(m.value for m in learner.modes) or "-")
        case "places":
            return msg("group.places", places=", ".join(learner.places or []) or "-")
        case "availability":
            return msg("group.availability", windows=", ".join(f"{w.day.value} {w.start:%H:%M}–{w.end:%H:%M}" for w in learner.availability))
        case "budget":
            return msg("group.budget", budget=learner.budget)
        case "pinned":
            return msg("group.pinned")
        case "excluded":
            return msg("group.excluded")
        case _:
            return msg("group.milestones", milestones=", ".join(learner.hard_milestones))


def explain_infeasible(
    cs: CatalogueSet,
    learner: Learner,
    *,
    stop: threading.Event | None = None,
    time_limit: float = 2.0,
    max_suggestions: int = 6,
) -> list[Message]:
    """Why no route exists for a learner, and changes that were checked to give one."""
    def finish_of(lrn: Learner) -> int | None:
        return quick_feasible(cs, lrn, time_limit=time_limit, stop=stop)

    try:
        target_outcomes(cs, learner)
    except UnknownReferenceError:
        gone = [lo for lo in cs.left_out if lo.id == learner.goal]
        if gone:
            return [msg("infeasible.goal_left_out", goal=learner.goal or "", reason=gone[0].reason)]
        return [msg("infeasible.goal_unknown", goal=learner.goal or "")]

    active = [g for g in GROUPS if _active(learner, g)]
    everything = relax(learner, active)
    if finish_of(everything) is None:
        out = [msg("infeasible.catalogue")]
        for u in unreachable_outcomes(cs, everything):
            title = cs.outcome_title(u.outcome)
            if u.reason == "uncertified":
                out.append(msg("infeasible.uncertified", outcome=u.outcome, outcome_title=title))
            elif u.reason == "unreachable":
                out.append(
                    msg("infeasible.unreachable", outcome=u.outcome, outcome_title=title,
                        missing=", ".join(cs.outcome_title(m) for m in u.missing))
                )
            elif u.reason == "credits":
                out.append(msg("infeasible.credits", outcome=u.outcome, outcome_title=title, credits=", ".join(u.missing)))
            else:
                blocked = only_blocked_offers(cs, everything, u.outcome)
                if blocked is not None:
                    out.append(blocked)
                elif not cs.left_out_offerings(u.outcome):  # else the left-out offering is named below
                    out.append(msg("infeasible.uncertified", outcome=u.outcome, outcome_title=title))
            for o in (u.outcome, *u.missing):
                for lo in cs.left_out_certifiers(o):
                    out.append(msg("infeasible.left_out", outcome=o, outcome_title=cs.outcome_title(o),
                                   module=lo.label, institution=lo.institution, reason=lo.reason))
                for lo in cs.left_out_offerings(o):
                    out.append(msg("infeasible.offering_left_out", outcome=o, outcome_title=cs.outcome_title(o),
                                   offering=lo.id, module=cs.module_title(lo.module or ""),
                                   institution=lo.institution, reason=lo.reason))
        for sc in short_choices(cs, everything):
            out.append(msg("infeasible.choice_count", group=sc.group.id,
                           group_title=sc.group.title.get("en") if sc.group.title else sc.group.id,
                           have=sc.have, need=sc.need))
        return out

    # deletion filter: keep only the groups needed for the conflict
    conflict = list(active)
    for g in list(active):
        if stop is not None and stop.is_set():
            break
        trial = [x for x in conflict if x != g]
        lifted = [x for x in active if x not in trial]
        if finish_of(relax(learner, lifted)) is None:
            conflict = trial
    out = [msg("infeasible.summary")]
    out += [_group_message(learner, g) for g in conflict]
    out += _facts(cs, learner, conflict, active, finish_of)
    out += _suggestions(cs, learner, conflict, finish_of, max_suggestions)
    return out


def _offer_desc(off: Any) -> str:
    where = off.mode.value if off.mode == Mode.ONLINE else f"{off.mode.value} in {off.location}"
    if off.sessions:
        where += " (" + ", ".join(s.label() for s in off.sessions) + ")"
    return where


def only_blocked_offers(cs: CatalogueSet, learner: Learner, outcome: str) -> Message | None:
    """'X is only offered as …, which …' when no offering of any module certifying X can be used.

    None when some offering is usable or nothing certifies X. The reasons per offering: an EVC
    route without a claim, mode, place, free times, budget, exclusion, or no start date in reach.
    """
    offers = [f for m in cs.certifiers(outcome) for f in cs.offerings_of(m.id)]
    if not offers:
        return None
    claimed = {cs.canon(c) for c in learner.claimed_ids()}
    horizon = deadline_week(learner)
    blocked = []
    for f in offers:
        why = offering_rejections(learner, f)
        if not assessment_allowed(cs, cs.modules[f.module], claimed):
            why.insert(0, msg("reason.no_claim"))
        if f.id in learner.excluded or f.module in learner.excluded:
            why.append(msg("reason.excluded"))
        if start_range(learner, f, horizon if horizon is not None else MAX_WEEKS) is None:
            why.append(msg("reason.dates"))
        if not why:
            return None
        blocked.append((f, why))
    return msg(
        "infeasible.no_offering",
        outcome=outcome,
        outcome_title=cs.outcome_title(outcome),
        offers="; ".join(_offer_desc(f) for f, _ in blocked),
        reasons=[w[0].model_dump(mode="json") for _, w in blocked],
    )


def _facts(cs: CatalogueSet, learner: Learner, conflict: list[str], active: list[str], finish_of: Callable[[Learner], int | None]) -> list[Message]:
    out: list[Message] = []
    static = {"modes", "places", "availability", "budget", "excluded"}
    if static & set(conflict):
        required, choices, milestones = target_outcomes(cs, learner)
        goal = set(required) | {o for c in choices for o in c.of} | {o for m in milestones for o in m.outcomes}
        proven = {cs.canon(o) for o in learner.proven_ids()}
        for o in sorted(goal):
            if cs.canon(o) in proven:
                continue
            blocked = only_blocked_offers(cs, learner, o)
            if blocked is not None:
                out.append(blocked)
    if "deadline" in conflict and learner.deadline is not None:
        fin = finish_of(relax(learner, ["deadline"]))
        if fin is not None:
            fd = (week_start(learner.start, fin - 1) + dt.timedelta(days=6)).isoformat() if fin > 0 else learner.start.isoformat()
            out.append(msg("infeasible.too_slow", finish=fin, finish_date=fd, deadline=str(learner.deadline)))
    elif "hours" in conflict:
        out.append(msg("infeasible.hours", hours=learner.hours_per_week))
    for p in learner.pinned if "pinned" in conflict else []:
        out.append(msg("infeasible.pin", ref=p, title=cs.module_title(cs.offerings[p].module) if p in cs.offerings else cs.module_title(p)))
    for h in learner.hard_milestones if "milestones" in conflict else []:
        found = cs.milestone(h)
        if found:
            out.append(msg("infeasible.milestone", milestone=h, title=found[1].title.get("en"), week=found[1].weeks))
    return out


def _suggestions(cs: CatalogueSet, learner: Learner, conflict: list[str], finish_of: Callable[[Learner], int | None], limit: int) -> list[Message]:
    tries: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    p: str
    for g in conflict:
        if g == "modes":
            for mode in [Mode.ONLINE, Mode.HYBRID, Mode.WORKPLACE, Mode.CAMPUS]:
                if mode not in learner.modes:
                    tries.append(("suggest.mode", {"mode": mode.value}, {"modes": [m.value for m in learner.modes] + [mode.value]}))
        elif g == "places":
            places = sorted({f.location for f in cs.offerings.values() if f.location and f.mode != Mode.ONLINE} - set(learner.places or []))
            for p in places:
                tries.append(("suggest.place", {"place": p}, {"places": list(learner.places or []) + [p]}))
            tries.append(("suggest.places_any", {}, {"places": None}))
        elif g == "availability":
            seen = set()
            for f in cs.offerings.values():
                for s in f.sessions:
                    key = (s.day, s.start, s.end)
                    if not learner.fits_windows(s) and key not in seen:
                        seen.add(key)
            for day, start, end in sorted(seen, key=lambda k: (k[0].number, k[1], k[2])):
                w = TimeWindow(day=day, start=start, end=end)
                label = f"{day.value} {start:%H:%M}–{end:%H:%M}"
                tries.append(("suggest.window", {"window": label}, {"availability": [x.model_dump(mode="json") for x in learner.availability] + [w.model_dump(mode="json")]}))
            tries.append(("suggest.availability_any", {}, {"availability": []}))
        elif g == "hours":
            for extra in (1, 2, 4, 6, 8, 12, 16, 24):
                h = learner.hours_per_week + extra
                if h > 80:
                    break
                tries.append(("suggest.hours", {"extra": extra, "hours": h}, {"hours_per_week": h}))
        elif g == "holidays":
            tries.append(("suggest.holidays", {}, {"holidays": [], "exceptions": []}))
        elif g == "deadline":
            fin = finish_of(learner.model_copy(update={"deadline": None}))
            if fin is not None and fin > 0:
                d = week_start(learner.start, fin - 1) + dt.timedelta(days=6)
                tries.append(("suggest.deadline", {"deadline": d.isoformat()}, {"deadline": d.isoformat()}))
        elif g == "budget":
            cheapest = Solver(cs, learner.model_copy(update={"budget": None}), time_limit=3, explain=False, phases=3).solve()
            if cheapest.totals is not None:
                cost = cheapest.totals.cost
                tries.append(("suggest.budget", {"budget": cost}, {"budget": cost}))
        elif g == "pinned":
            for p in learner.pinned:
                title = cs.module_title(cs.offerings[p].module) if p in cs.offerings else cs.module_title(p)
                tries.append(("suggest.unpin", {"ref": p, "title": title}, {"pinned": [x for x in learner.pinned if x != p]}))
        elif g == "excluded":
            for p in learner.excluded:
                title = cs.module_title(cs.offerings[p].module) if p in cs.offerings else cs.module_title(p)
                tries.append(("suggest.unexclude", {"ref": p, "title": title}, {"excluded": [x for x in learner.excluded if x != p]}))
        elif g == "milestones":
            for hm in learner.hard_milestones:
                found = cs.milestone(hm)
                ms_title = found[1].title.get("en") if found else hm
                tries.append(("suggest.soft_milestone", {"milestone": hm, "title": ms_title}, {"hard_milestones": [x for x in learner.hard_milestones if x != hm]}))
    out: list[Message] = []
    hours_done = False
    for code, params, patch in tries:
        if code == "suggest.hours" and hours_done:
            continue
        if code in ("suggest.places_any", "suggest.availability_any") and any(m.code in ("suggest.place", "suggest.window") for m in out):
            continue
        candidate = apply_suggestion(learner, Message(code=code, params={"patch": patch}))
        week = finish_of(candidate)
        if week is None:
            continue
        if code == "suggest.hours":
            hours_done = True
        out.append(msg(code, **params, finish_week=week, patch=patch))
    out.sort(key=lambda m: (m.params["finish_week"], m.code))
    return out[:limit]


def route_solver(cs: CatalogueSet, learner: Learner, **options: Any) -> Solver:
    """A :class:`~planner.solver.core.Solver` that explains, when no route exists, why not and what
    would help (the command line's and the window's solver; ``options`` as for the solver)."""
    def why_not(cs: CatalogueSet, learner: Learner, stop: threading.Event) -> list[Message]:
        return explain_infeasible(cs, learner, stop=stop)

    return Solver(cs, learner, why_not=why_not, **options)
