"""Changes to the learner's wishes that give a route, each checked by planning a route with it.

Hours, deadline and budget are numbers: the least change is searched by bisection over answers the
solver proves ("no route with 11 h", "a route with 12 h"). When every step below the answer was
proven, the suggestion says it is the earliest (deadline) or the least (hours, budget); when a step
ran out of time it says the value works and a smaller one may, and up to where none was proven to
work. Every suggestion carries the finish of the route planned with exactly its patch, and whether
that finish is proven to be the earliest with it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.access import deadline_week, offering_rejections
from planner.catalog import CatalogueSet
from planner.choices import CHOICES, GROUPS, RELAXED, Probe, apply_suggestion, finish_message, relax, week_end
from planner.facets import CHANGE, soften
from planner.facettypes import HowWishes
from planner.messages import msg
from planner.models import Learner, Mode, TimeWindow
from planner.ordering import order_message
from planner.plan import Message
from planner.solver.core import Check, Solver

#: A change to a learner's wishes: the message that names it ("change.*") and its patch.
Change = tuple[Message, dict[str, Any]]

#: Most hours a week a suggestion asks for.
MAX_HOURS = 80


@dataclass(frozen=True)
class Least:
    """The least value found to give a route, and how sure: ``exact`` when the value just below it is
    proven to give none; ``none_up_to``: the largest value proven to give none (None: not one)."""

    value: int
    exact: bool
    none_up_to: int | None


def bisect_least(low: int, high: int, check: Callable[[int], Check], left: Callable[[], float],
                 proven_low: bool, to_finish: bool = False) -> Least:
    """The least value in (low, high] that gives a route, by bisection; ``high`` gives one.

    More (hours, weeks, euros) never takes a route away, so a route at v means one at every value
    above it and "none, proven" at v means none below it. ``proven_low``: ``low`` is proven to give
    none. An unknown answer counts as "no route known" (the result may then not be the least).
    ``to_finish``: the value is a deadline week, so a route found at v also works at its own finish.
    """
    lo, hi = low, high
    proven: int | None = low if proven_low else None
    while hi - lo > 1 and left() > 0:
        mid = (lo + hi) // 2
        found = check(mid)
        if found.finish is not None:
            hi = min(mid, found.finish) if to_finish else mid
            lo = min(lo, hi - 1)  # (a route below ``low``: it was only "not known to work")
        else:
            lo = mid
            if found.proven:
                proven = mid
    return Least(hi, proven is not None and proven == hi - 1, proven)


def least_hours(learner: Learner, probe: Probe) -> Least | None:
    """The fewest whole hours a week (above the learner's) that give a route, the rest unchanged.

    An exponential search finds a number that works, a bisection below it the least one. None when
    no number up to :data:`MAX_HOURS` was found to work.
    """
    base = math.floor(learner.hours_per_week)

    def check(h: int) -> Check:
        return probe(learner.model_copy(update={"hours_per_week": float(h)}))

    own = probe.known(learner)
    proven_low = own is not None and own.impossible
    lo, step = base, 1
    while True:
        h = min(base + step, MAX_HOURS)
        found = check(h)
        if found.finish is not None:
            return bisect_least(lo, h, check, probe.left, proven_low)
        lo, proven_low = h, found.proven
        if h >= MAX_HOURS or probe.left() <= 0:
            return None
        step *= 2


def earliest_deadline(learner: Learner, probe: Probe) -> Least | None:
    """The earliest deadline week that gives a route, the rest unchanged (None when none was found).

    The earliest finish without a deadline, when proven, is the answer; otherwise a bisection
    between the learner's deadline (no route) and that finish.
    """
    free = probe(learner.model_copy(update={"deadline": None}))
    if free.finish is None or free.finish <= 0:
        return None
    if free.proven:
        return Least(free.finish, True, free.finish - 1)
    own = deadline_week(learner) or 0
    if free.finish <= own:  # (the learner's own deadline was only not known to work)
        return Least(free.finish, False, None)

    def check(w: int) -> Check:
        return probe(learner.model_copy(update={"deadline": week_end(learner, w)}))

    mine = probe.known(learner)
    return bisect_least(own, free.finish, check, probe.left, mine is not None and mine.impossible, to_finish=True)


def least_budget(cs: CatalogueSet, learner: Learner, probe: Probe) -> tuple[Least | None, int | None]:
    """The least whole-euro budget that gives a route (a bisection between the learner's budget, no
    route, and the cost of the cheapest of the fastest routes found), and that cost (whole euros)."""
    seconds = min(probe.per_check + probe.overhead, probe.left())
    if seconds <= 0.05 or probe.left() < probe.overhead + 0.05:
        return None, None
    cheapest = Solver(cs, learner.model_copy(update={"budget": None}), time_limit=seconds, explain=False, phases=3,
                      stop=probe.stop, workers=probe.workers).solve()
    if cheapest.totals is None or not cheapest.items:
        return None, None
    high = math.ceil(cheapest.totals.cost)

    def check(b: int) -> Check:
        return probe(learner.model_copy(update={"budget": float(b)}))

    if check(high).finish is None:
        return None, None
    mine = probe.known(learner)
    return bisect_least(math.floor(learner.budget or 0), high, check, probe.left, mine is not None and mine.impossible), high


def _title(cs: CatalogueSet, ref: str) -> str:
    return cs.module_title(cs.offerings[ref].module) if ref in cs.offerings else cs.module_title(ref)


def _changes(cs: CatalogueSet, learner: Learner, group: str, probe: Probe) -> list[Change]:
    """The concrete changes of one kind of wish, mildest first; hours, deadline and budget are
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
            extra: float | int = round(hours.value - learner.hours_per_week, 2)
            extra = int(extra) if float(extra).is_integer() else extra
            if hours.exact:
                out.append((msg("change.hours", extra=extra, hours=hours.value), {"hours_per_week": float(hours.value)}))
            else:
                out.append((msg("change.hours_found", extra=extra, hours=hours.value,
                                lower=hours.none_up_to if hours.none_up_to is not None else learner.hours_per_week),
                            {"hours_per_week": float(hours.value)}))
    elif group == "holidays":
        out.append((msg("change.holidays"), {"holidays": [], "exceptions": []}))
    elif group == "deadline":
        weeks = earliest_deadline(learner, probe)
        if weeks is not None:
            d = week_end(learner, weeks.value).isoformat()
            if weeks.exact:
                out.append((msg("change.deadline", deadline=d), {"deadline": d}))
            elif weeks.none_up_to is not None and weeks.none_up_to > 0:
                lower = week_end(learner, weeks.none_up_to).isoformat()
                out.append((msg("change.deadline_found", deadline=d, lower=lower), {"deadline": d}))
            else:
                out.append((msg("change.deadline_some", deadline=d), {"deadline": d}))
    elif group == "budget":
        euros, fastest = least_budget(cs, learner, probe)
        if euros is not None:
            if euros.exact:
                out.append((msg("change.budget", budget=euros.value), {"budget": float(euros.value)}))
            else:
                floor = euros.none_up_to if euros.none_up_to is not None else learner.budget
                out.append((msg("change.budget_found", budget=euros.value, lower=floor), {"budget": float(euros.value)}))
        if fastest is not None and (euros is None or fastest > euros.value):  # more money, an earlier finish
            out.append((msg("change.budget_fastest", budget=fastest), {"budget": float(fastest)}))
    elif group == "pinned":
        out += [(msg("change.unpin", ref=p, title=_title(cs, p)),
                 {"pinned": [x for x in learner.pinned if x != p],
                  "pinned_starts": [x.model_dump(mode="json") for x in learner.pinned_starts if x.ref != p]})
                for p in learner.pinned]
    elif group == "pinned_starts":
        out += [(msg("change.unpin_start", ref=p.ref, title=_title(cs, p.ref), date=p.start.isoformat()),
                 {"pinned_starts": [x.model_dump(mode="json") for x in learner.pinned_starts if x != p]})
                for p in learner.pinned_starts]
    elif group == "order":
        out += [(msg("change.unorder", wish=order_message(cs, w).model_dump(mode="json")),
                 {"order": [x.model_dump(mode="json") for x in learner.order if x != w]})
                for w in learner.order]
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


#: Changes that lift a whole kind of wish at once (for the combined suggestion).
WHOLE: dict[str, str] = {"modes": "change.modes_any", "places": "change.places_any", "availability": "change.availability_any",
                         "holidays": "change.holidays", "pinned": "change.unpin_all", "excluded": "change.unexclude_all",
                         "order": "change.unorder_all", "pinned_starts": "change.unpin_starts_all",
                         "milestones": "change.soft_milestones", "facets": "change.facets_soft"}


def _suggestion(learner: Learner, change: Message, found: Check, patch: dict[str, Any]) -> Message:
    """A single change as a suggestion (``change.x`` → ``suggest.x``) with the finish of its route."""
    code = "suggest." + change.code.removeprefix("change.")
    assert found.finish is not None
    return msg(code, **change.params, finish_week=found.finish,
               finish=finish_message(found, learner).model_dump(mode="json"), patch=patch)


def _combined(learner: Learner, changes: list[Message], found: Check, patch: dict[str, Any]) -> Message:
    assert found.finish is not None
    return msg("suggest.combined", changes=[c.model_dump(mode="json") for c in changes], finish_week=found.finish,
               finish=finish_message(found, learner).model_dump(mode="json"), patch=patch)


def _patched(learner: Learner, patch: dict[str, Any]) -> Learner:
    return apply_suggestion(learner, Message(code="suggest.combined", params={"patch": patch}))


#: Kinds of wish whose changes only help by opening offerings the learner's wishes now rule out.
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
                singles.append((found.finish, n, _suggestion(learner, change, found, patch)))
                if group == "deadline":
                    deadline_alone = found.finish
                continue
            if "deadline" not in active or group in ("deadline", "hours"):
                continue
            free = probe(_patched(learner, {**patch, "deadline": None}))
            if free.finish is None or free.finish <= 0 or (deadline_alone is not None and free.finish >= deadline_alone):
                continue
            d = week_end(learner, free.finish).isoformat()
            both = {**patch, "deadline": d}
            found = probe(_patched(learner, both))
            if found.finish is not None:
                moved = msg("change.deadline" if free.proven else "change.deadline_some", deadline=d)
                with_deadline.append((found.finish, n, _combined(learner, [change, moved], found, both)))
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
    # (the same inputs give the same list: ties in finish and kind are ordered by what they change)
    out = sorted(best[:limit], key=lambda m: (m.params["finish_week"], m.code, m.model_dump_json()))
    if not singles:
        combo = combination(cs, learner, conflict, active, probe)
        if combo is not None:
            out = [combo, *out][:limit]
    return out


def combination(cs: CatalogueSet, learner: Learner, conflict: list[str], active: list[str], probe: Probe) -> Message | None:
    """One combined change when no single one gives a route: the kinds of the conflict lifted,
    each put back as far as the route allows (a wish that can stay stays; hours, deadline and
    budget at the least change that still gives a route), checked as a whole."""
    groups = list(conflict)
    if probe(relax(learner, groups)).finish is None:
        groups = list(active)
        if probe(relax(learner, groups)).finish is None:
            return None
    # put back what is not needed, cheapest wishes first
    put_back = ("milestones", "order", "pinned_starts", "pinned", "excluded", "holidays", "budget", "facets", "modes", "places", "availability", "hours",
                "deadline")
    for g in [x for x in put_back if x in groups]:
        if len(groups) > 1 and probe(relax(learner, [x for x in groups if x != g])).finish is not None:
            groups.remove(g)
    patch: dict[str, Any] = {}
    changes: list[Message] = []
    others = relax(learner, groups)
    for g in sorted(groups, key=lambda x: (x == "deadline", x == "hours")):  # hours, then the deadline they allow, last
        rest = _patched(others, _learner_values(learner, g))  # this kind as the learner has it
        if g in ("hours", "deadline", "budget"):
            found = _changes(cs, rest, g, probe)
            if not found:
                return None
            change, part = found[0]
        elif g == "modes":  # the modes it adds, named
            change, part = msg("change.modes", more_modes=[m.value for m in Mode if m not in learner.modes]), \
                dict(CHOICES[g].lifted_for(learner))
        elif g in WHOLE:
            change, part = msg(WHOLE[g]), dict(CHOICES[g].lifted_for(learner))
        else:
            return None  # a kind of wish without a whole change: not offered combined
        changes.append(change)
        patch.update(part)
        others = _patched(others, part)
    result = probe(_patched(learner, _jsonable(patch)))
    if result.finish is None:
        return None
    return _combined(learner, changes, result, _jsonable(patch))


def _learner_values(learner: Learner, group: str) -> dict[str, Any]:
    """The learner's own values of the fields of one kind of wish (JSON form)."""
    data = learner.model_dump(mode="json")
    return {k: data[k] for k in RELAXED[group]}


def _jsonable(patch: dict[str, Any]) -> dict[str, Any]:
    def plain(v: Any) -> Any:
        if isinstance(v, HowWishes):
            return v.model_dump(mode="json", by_alias=True)
        return [m.value if isinstance(m, Mode) else m for m in v] if isinstance(v, list) else v

    return {k: plain(v) for k, v in patch.items()}
