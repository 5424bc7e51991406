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
import math
import threading
import time
from typing import Any

from planner.access import assessment_allowed, deadline_week, offering_rejections, start_range
from planner.catalog import CatalogueSet, target_outcomes
from planner.errors import UnknownReferenceError
from planner.facets import CHANGE, WISH, soften
from planner.facettypes import HowWishes
from planner.graph import short_choices, unreachable_outcomes
from planner.messages import msg
from planner.models import Learner, Mode, TimeWindow, week_start
from planner.plan import Message
from planner.solver.core import Check, Solver, check_route
from planner.solver.instance import MAX_WEEKS

# --------------------------------------------------------------------------- no route

GROUPS = ["modes", "places", "availability", "facets", "budget", "excluded", "pinned", "deadline", "hours", "holidays", "milestones"]


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
        case "facets":
            return bool(learner.how.hard())
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
    "facets": {"how": None},  # every must and never made a preference: see _relaxed
}


def relax(learner: Learner, groups: set[str] | list[str]) -> Learner:
    """The learner with the given groups of choices lifted."""
    update: dict[str, Any] = {}
    for g in groups:
        update.update(_relaxed(learner, g))
    return learner.model_copy(update=update)


def _relaxed(learner: Learner, group: str) -> dict[str, Any]:
    """The fields of a group of wishes lifted (a must or never on how one learns becomes a preference)."""
    if group == "facets":
        return {"how": soften(learner.how)}
    return RELAXED[group]


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
        case "facets":
            return msg("group.facets", wishes=[msg(WISH[w.choice], facet=w.facet.value, value=w.value).model_dump(mode="json")
                                               for w in learner.how.hard()])
        case _:
            return msg("group.milestones", milestones=", ".join(learner.hard_milestones))


class Probe:
    """Checks learners with short solves that share one deadline, remembering each answer.

    The same learner is never solved twice, so a fact and a suggestion about it say the same week.
    """

    def __init__(self, cs: CatalogueSet, stop: threading.Event | None, deadline: float | None, per_check: float = 2.0) -> None:
        self.cs = cs
        self.stop = stop
        self.deadline = deadline
        self.per_check = per_check
        self._seen: dict[str, Check] = {}
        self.ran_out = False

    def left(self) -> float:
        """Seconds left (a large number without a deadline)."""
        if self.stop is not None and self.stop.is_set():
            return 0.0
        return 1e9 if self.deadline is None else self.deadline - time.perf_counter()

    def __call__(self, learner: Learner) -> Check:
        key = learner.model_dump_json()
        if key in self._seen:
            return self._seen[key]
        seconds = min(self.per_check, self.left())
        if seconds < 0.05:
            self.ran_out = True
            return Check(None, False)
        found = check_route(self.cs, learner, time_limit=seconds, stop=self.stop)
        if found.finish is None and not found.proven:
            self.ran_out = True
        else:
            self._seen[key] = found
        return found


def explain_infeasible(
    cs: CatalogueSet,
    learner: Learner,
    *,
    stop: threading.Event | None = None,
    deadline: float | None = None,
    time_limit: float = 2.0,
    max_suggestions: int = 6,
) -> list[Message]:
    """Why no route exists for a learner, and changes that were checked to give one.

    Every check is a solve of at most ``time_limit`` seconds, all of them done by ``deadline``
    (``time.perf_counter()``). Claims hold whatever the time: a choice counts as part of the conflict
    unless lifting the others is proven to leave no route; a finish is "the earliest possible" only
    when proven; a suggestion is offered only when its route was found.
    """
    probe = Probe(cs, stop, deadline, time_limit)
    try:
        target_outcomes(cs, learner)
    except UnknownReferenceError:
        gone = [lo for lo in cs.left_out if lo.id == learner.goal]
        if gone:
            return [msg("infeasible.goal_left_out", goal=learner.goal or "", reason=gone[0].reason)]
        return [msg("infeasible.goal_unknown", goal=learner.goal or "")]

    active = [g for g in GROUPS if _active(learner, g)]
    everything = relax(learner, active)
    lifted_all = probe(everything)
    if lifted_all.impossible:
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
    if lifted_all.finish is None:
        return [msg("explain.out_of_time")]

    # deletion filter: a group leaves the conflict only when the rest is proven to leave no route
    conflict = list(active)
    for g in list(active):
        if probe.left() <= 0:
            break
        trial = [x for x in conflict if x != g]
        lifted = [x for x in active if x not in trial]
        if probe(relax(learner, lifted)).impossible:
            conflict = trial
    out = [msg("infeasible.summary")]
    out += [_group_message(learner, g) for g in conflict]
    out += _facts(cs, learner, conflict, active, probe)
    out += suggestions(cs, learner, conflict, active, probe, max_suggestions)
    if probe.ran_out:
        out.append(msg("explain.incomplete"))
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


def _facts(cs: CatalogueSet, learner: Learner, conflict: list[str], active: list[str], probe: Probe) -> list[Message]:
    out: list[Message] = []
    static = {"modes", "places", "availability", "facets", "budget", "excluded"}
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
        found = probe(relax(learner, ["deadline"]))
        if found.finish is not None:
            fin = found.finish
            # "the earliest possible" only when proven; otherwise the earliest the planner found
            code = "infeasible.too_slow" if found.proven else "infeasible.too_slow_found"
            out.append(msg(code, finish=fin, finish_date=_week_end(learner, fin).isoformat(), deadline=str(learner.deadline)))
    elif "hours" in conflict:
        out.append(msg("infeasible.hours", hours=learner.hours_per_week))
    for p in learner.pinned if "pinned" in conflict else []:
        out.append(msg("infeasible.pin", ref=p, title=cs.module_title(cs.offerings[p].module) if p in cs.offerings else cs.module_title(p)))
    for h in learner.hard_milestones if "milestones" in conflict else []:
        ms = cs.milestone(h)
        if ms:
            out.append(msg("infeasible.milestone", milestone=h, title=ms[1].title.get("en"), week=ms[1].weeks))
    return out


def _week_end(learner: Learner, finish: int) -> dt.date:
    """The last day of a route that ends with week ``finish`` (its deadline at the earliest)."""
    return week_start(learner.start, finish - 1) + dt.timedelta(days=6) if finish > 0 else learner.start


def _title(cs: CatalogueSet, ref: str) -> str:
    return cs.module_title(cs.offerings[ref].module) if ref in cs.offerings else cs.module_title(ref)


#: A change to a learner's wishes: the message that names it ("change.*") and its patch.
Change = tuple[Message, dict[str, Any]]


def _changes(cs: CatalogueSet, learner: Learner, group: str, probe: Probe) -> list[Change]:
    """The concrete changes of one group of wishes, mildest first; hours, deadline and budget are
    searched (the fewest extra hours, the earliest deadline, the least budget that give a route)."""
    out: list[Change] = []
    if group == "modes":
        for mode in [Mode.ONLINE, Mode.HYBRID, Mode.WORKPLACE, Mode.CAMPUS]:
            if mode not in learner.modes:
                out.append((msg("change.mode", mode=mode.value), {"modes": [m.value for m in learner.modes] + [mode.value]}))
    elif group == "places":
        places = sorted({f.location for f in cs.offerings.values() if f.location and f.mode != Mode.ONLINE} - set(learner.places or []))
        out += [(msg("change.place", place=p), {"places": list(learner.places or []) + [p]}) for p in places]
        out.append((msg("change.places_any"), {"places": None}))
    elif group == "availability":
        seen = {(s.day, s.start, s.end) for f in cs.offerings.values() for s in f.sessions if not learner.fits_windows(s)}
        for day, start, end in sorted(seen, key=lambda k: (k[0].number, k[1], k[2])):
            w = TimeWindow(day=day, start=start, end=end)
            out.append((msg("change.window", window=f"{day.value} {start:%H:%M}–{end:%H:%M}"),
                        {"availability": [x.model_dump(mode="json") for x in learner.availability] + [w.model_dump(mode="json")]}))
        out.append((msg("change.availability_any"), {"availability": []}))
    elif group == "hours":
        hours = least_hours(learner, probe)
        if hours is not None:
            extra = round(hours - learner.hours_per_week, 2)
            out.append((msg("change.hours", extra=extra, hours=hours), {"hours_per_week": hours}))
    elif group == "holidays":
        out.append((msg("change.holidays"), {"holidays": [], "exceptions": []}))
    elif group == "deadline":
        found = probe(learner.model_copy(update={"deadline": None}))
        if found.finish is not None and found.finish > 0:
            d = _week_end(learner, found.finish).isoformat()
            out.append((msg("change.deadline", deadline=d), {"deadline": d}))
    elif group == "budget":
        seconds = min(probe.per_check, probe.left())
        if seconds > 0.05:
            cheapest = Solver(cs, learner.model_copy(update={"budget": None}), time_limit=seconds, explain=False, phases=3,
                              stop=probe.stop).solve()
            if cheapest.totals is not None and cheapest.items:
                out.append((msg("change.budget", budget=cheapest.totals.cost), {"budget": cheapest.totals.cost}))
    elif group == "pinned":
        out += [(msg("change.unpin", ref=p, title=_title(cs, p)), {"pinned": [x for x in learner.pinned if x != p]})
                for p in learner.pinned]
    elif group == "excluded":
        out += [(msg("change.unexclude", ref=p, title=_title(cs, p)), {"excluded": [x for x in learner.excluded if x != p]})
                for p in learner.excluded]
    elif group == "facets":
        for wish in learner.how.hard():
            soft = soften(learner.how, wish)
            out.append((msg(CHANGE[wish.choice], facet=wish.facet.value, value=wish.value),
                        {"how": soft.model_dump(mode="json", by_alias=True)}))
    elif group == "milestones":
        for hm in learner.hard_milestones:
            found_ms = cs.milestone(hm)
            out.append((msg("change.soft_milestone", milestone=hm, title=found_ms[1].title.get("en") if found_ms else hm),
                        {"hard_milestones": [x for x in learner.hard_milestones if x != hm]}))
    return out


#: Most hours a week a suggestion asks for.
MAX_HOURS = 80


def least_hours(learner: Learner, probe: Probe) -> float | None:
    """The fewest whole hours a week (above the learner's) that give a route, the rest unchanged.

    More hours never take a route away, so an exponential search for a number that works and a
    bisection below it find the least one; an answer the time did not allow counts as "no route",
    so the number found works but may not be the least (None when none was found).
    """
    base = math.floor(learner.hours_per_week)

    def works(h: float) -> bool:
        return probe(learner.model_copy(update={"hours_per_week": float(h)})).finish is not None

    lo, step, hi = base, 1, None  # lo: no route known (the learner's own hours)
    while base + step <= MAX_HOURS or hi is None:
        h = min(base + step, MAX_HOURS)
        if works(h):
            hi = h
            break
        lo = h
        if h >= MAX_HOURS or probe.left() <= 0:
            return None
        step *= 2
    while hi - lo > 1 and probe.left() > 0:
        mid = (lo + hi) // 2
        if works(mid):
            hi = mid
        else:
            lo = mid
    return float(hi)


#: Changes that relax a whole group at once (for the combined suggestion).
WHOLE: dict[str, str] = {"modes": "change.modes_any", "places": "change.places_any", "availability": "change.availability_any",
                         "holidays": "change.holidays", "pinned": "change.unpin_all", "excluded": "change.unexclude_all",
                         "milestones": "change.soft_milestones", "facets": "change.facets_soft"}


def _suggestion(change: Message, finish: int, patch: dict[str, Any]) -> Message:
    """A single change as a suggestion (``change.x`` → ``suggest.x``) with its checked finish."""
    code = "suggest." + change.code.removeprefix("change.")
    return msg(code, **change.params, finish_week=finish, patch=patch)


def _combined(changes: list[Message], finish: int, patch: dict[str, Any]) -> Message:
    return msg("suggest.combined", changes=[c.model_dump(mode="json") for c in changes], finish_week=finish, patch=patch)


def _patched(learner: Learner, patch: dict[str, Any]) -> Learner:
    return apply_suggestion(learner, Message(code="suggest.combined", params={"patch": patch}))


#: Groups whose changes only help by opening offerings the learner's wishes now rule out.
OPENING = frozenset({"modes", "places", "availability", "facets"})


def suggestions(cs: CatalogueSet, learner: Learner, conflict: list[str], active: list[str], probe: Probe, limit: int) -> list[Message]:
    """Checked changes that give a route, earliest finish first, at most ``limit``.

    Every wish the learner could relax is tried (those in the conflict first): each concrete change
    alone; when the learner has a deadline, a change together with the deadline moved to the finish
    it then gives, if that is earlier than moving the deadline alone; and when no single change is
    enough, one combination. Each suggestion's route was found with exactly its patch.
    """
    singles: list[tuple[int, int, Message]] = []  # (finish, order, suggestion)
    with_deadline: list[tuple[int, int, Message]] = []
    deadline_alone: int | None = None
    order = [g for g in GROUPS if g in conflict] + [g for g in GROUPS if g in active and g not in conflict]
    if "deadline" in order:  # moving the deadline is the yardstick of the combinations with it
        order.remove("deadline")
        order.insert(0, "deadline")
    n = 0
    for group in order:
        blocked = [f for f in cs.offerings.values() if offering_rejections(learner, f)] if group in OPENING else []
        for change, patch in _changes(cs, learner, group, probe):
            n += 1  # (out of time, the probe still answers what it already knows)
            candidate = _patched(learner, patch)
            if group in OPENING and not any(not offering_rejections(candidate, f) for f in blocked):
                continue  # a mode, place or window that opens no offering cannot help
            found = probe(candidate)
            if found.finish is not None:
                singles.append((found.finish, n, _suggestion(change, found.finish, patch)))
                if group == "deadline":
                    deadline_alone = found.finish
                continue
            if "deadline" not in active or group in ("deadline", "hours"):
                continue
            free = probe(_patched(learner, {**patch, "deadline": None}))
            if free.finish is None or free.finish <= 0 or (deadline_alone is not None and free.finish >= deadline_alone):
                continue
            d = _week_end(learner, free.finish).isoformat()
            both = {**patch, "deadline": d}
            found = probe(_patched(learner, both))
            if found.finish is not None:
                with_deadline.append((found.finish, n, _combined([change, msg("change.deadline", deadline=d)], found.finish, both)))
    # the best few: the best of each kind first, then the rest, earliest finish first
    ranked = sorted(singles + with_deadline, key=lambda t: (t[0], t[1]))
    best: list[Message] = []
    kinds: set[str] = set()
    for _, _, m in ranked:
        kind = m.code if m.code != "suggest.combined" else "combined:" + m.params["changes"][0]["code"]
        if kind not in kinds:
            kinds.add(kind)
            best.append(m)
    best += [m for _, _, m in ranked if m not in best]
    out = sorted(best[:limit], key=lambda m: (m.params["finish_week"], m.code))
    if not singles:
        combo = combination(cs, learner, conflict, active, probe)
        if combo is not None:
            out = [combo, *out][:limit]
    return out


def combination(cs: CatalogueSet, learner: Learner, conflict: list[str], active: list[str], probe: Probe) -> Message | None:
    """One combined change when no single one gives a route: the groups of the conflict lifted,
    each put back as far as the route allows (a group whose wish can stay stays; hours, deadline and
    budget at the least change that still gives a route), checked as a whole."""
    groups = list(conflict)
    if probe(relax(learner, groups)).finish is None:
        groups = list(active)
        if probe(relax(learner, groups)).finish is None:
            return None
    # put back what is not needed, cheapest wishes first
    put_back = ("milestones", "pinned", "excluded", "holidays", "budget", "facets", "modes", "places", "availability", "hours",
                "deadline")
    for g in [x for x in put_back if x in groups]:
        if len(groups) > 1 and probe(relax(learner, [x for x in groups if x != g])).finish is not None:
            groups.remove(g)
    patch: dict[str, Any] = {}
    changes: list[Message] = []
    others = relax(learner, groups)
    for g in sorted(groups, key=lambda x: (x == "deadline", x == "hours")):  # hours, then the deadline they allow, last
        rest = _patched(others, _learner_values(learner, g))  # this group as the learner has it
        if g in ("hours", "deadline", "budget"):
            found = _changes(cs, rest, g, probe)
            if not found:
                return None
            change, part = found[0]
        else:
            change, part = msg(WHOLE[g]), dict(_relaxed(learner, g))
        changes.append(change)
        patch.update(part)
        others = _patched(others, part)
    result = probe(_patched(learner, _jsonable(patch)))
    if result.finish is None:
        return None
    return _combined(changes, result.finish, _jsonable(patch))


def _learner_values(learner: Learner, group: str) -> dict[str, Any]:
    """The learner's own values of the fields of one group (JSON form)."""
    data = learner.model_dump(mode="json")
    return {k: data[k] for k in RELAXED[group]}


def _jsonable(patch: dict[str, Any]) -> dict[str, Any]:
    def plain(v: Any) -> Any:
        if isinstance(v, HowWishes):
            return v.model_dump(mode="json", by_alias=True)
        return [m.value if isinstance(m, Mode) else m for m in v] if isinstance(v, list) else v

    return {k: plain(v) for k, v in patch.items()}


def route_solver(cs: CatalogueSet, learner: Learner, **options: Any) -> Solver:
    """A :class:`~planner.solver.core.Solver` that explains, when no route exists, why not and what
    would help (the command line's and the window's solver; ``options`` as for the solver)."""
    def why_not(cs: CatalogueSet, learner: Learner, stop: threading.Event, deadline: float) -> list[Message]:
        return explain_infeasible(cs, learner, stop=stop, deadline=deadline)

    return Solver(cs, learner, why_not=why_not, **options)
