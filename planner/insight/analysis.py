"""What a cohort's routes say to the catalogue's owner: demand against seats, bottlenecks, unreachable
goals grouped by the smallest change, a what-if, and the distributions — as plain rows (no I/O)."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.catalog import CatalogueSet
from planner.pipeline import PlanOutcome
from planner.plan import Message, Status


@dataclass(frozen=True)
class Route:
    """One profile's route as the report counts it."""

    name: str
    goal: str
    status: str
    finish_week: int | None  # None: no route
    finish_date: dt.date | None
    hours: float
    cost: float
    uses: tuple[tuple[str, dt.date], ...]  # (offering, start date) of each module
    milestones: tuple[tuple[str, str, bool], ...]  # (id, title, reached by its target week)
    suggestion: Message | None  # the first checked change plan suggests, when there is no route

    @property
    def has_route(self) -> bool:
        return self.finish_week is not None

    @property
    def offerings(self) -> set[str]:
        return {o for o, _ in self.uses}


def route_of(name: str, goal: str, outcome: PlanOutcome) -> Route:
    """The counted form of one plan."""
    plan = outcome.plan
    routed = plan.totals is not None and plan.status in (Status.OPTIMAL, Status.FEASIBLE, Status.STOPPED) and bool(plan.items)
    t = plan.totals
    suggestions = [m for m in plan.messages if m.code.startswith("suggest.")]
    return Route(
        name=name, goal=goal, status=plan.status.value,
        finish_week=t.finish_week if routed and t is not None else None,
        finish_date=t.finish_date if routed and t is not None else None,
        hours=t.hours if routed and t is not None else 0.0, cost=t.cost if routed and t is not None else 0.0,
        uses=tuple((i.offering, i.start_date) for i in plan.items) if routed else (),
        milestones=tuple((m.id, m.title, m.met) for m in plan.milestones) if routed else (),
        suggestion=suggestions[0] if suggestions and not routed else None,
    )


def median(values: Iterable[float]) -> float | None:
    data = list(values)
    return statistics.median(data) if data else None


# --------------------------------------------------------------------------- demand


@dataclass
class DemandRow:
    offering: str
    module: str
    mode: str
    location: str
    start: dt.date
    learners: int
    seats: int | None
    min_seats: int | None
    critical: int | None  # None: not analysed (only the offerings most in demand are)

    @property
    def state(self) -> str:
        if self.seats is not None and self.learners > self.seats:
            return "over-subscribed"
        if self.min_seats is not None and self.learners < self.min_seats:
            return "under the minimum"
        return "ok"


def demand(cs: CatalogueSet, routes: Iterable[Route], critical: Mapping[str, set[str]] | None = None) -> list[DemandRow]:
    """Learners per offering and start, against its seats; most in demand first."""
    users: dict[tuple[str, dt.date], set[str]] = defaultdict(set)
    for r in routes:
        for off, start in r.uses:
            users[(off, start)].add(r.name)
    rows = []
    for (off, start), names in users.items():
        o = cs.offerings.get(off)
        module = cs.modules.get(o.module) if o is not None else None
        crit = critical.get(off) if critical is not None else None
        rows.append(DemandRow(
            offering=off, module=module.title.get("en") if module is not None else "?",
            mode=o.mode.value if o is not None else "?", location=(o.location or "") if o is not None else "",
            start=start, learners=len(names), seats=o.seats if o is not None else None,
            min_seats=o.min_seats if o is not None else None,
            critical=len(crit & names) if crit is not None else None))
    return sorted(rows, key=lambda r: (-r.learners, r.offering, r.start))


def most_in_demand(routes: Iterable[Route], k: int) -> list[str]:
    """The ``k`` offerings used by the most learners (over all their starts); ties by id."""
    count = Counter(o for r in routes for o in r.offerings)
    return [o for o, _ in sorted(count.items(), key=lambda t: (-t[1], t[0]))[:k]]


# --------------------------------------------------------------------------- bottlenecks


@dataclass
class BottleneckRow:
    offering: str
    module: str
    learners: int  # whose route used it
    later: int  # finish later without it
    median_delay: float | None  # weeks, over those who finish later
    worst_delay: int | None
    no_route: int  # have no route without it
    critical: set[str] = field(default_factory=set)  # later or no route: no alternative as fast


def bottleneck(cs: CatalogueSet, offering: str, before: Mapping[str, Route], without: Mapping[str, Route]) -> BottleneckRow:
    """What removing ``offering`` does to the learners who used it (``without``: their re-plans)."""
    delays: list[int] = []
    no_route = 0
    critical: set[str] = set()
    for name, after in without.items():
        was = before[name]
        if was.finish_week is None:
            continue
        if after.finish_week is None:
            no_route += 1
            critical.add(name)
        elif after.finish_week > was.finish_week:
            delays.append(after.finish_week - was.finish_week)
            critical.add(name)
    o = cs.offerings.get(offering)
    module = cs.modules.get(o.module) if o is not None else None
    return BottleneckRow(offering, module.title.get("en") if module is not None else "?", len(without), len(delays),
                         median(delays), max(delays) if delays else None, no_route, critical)


# --------------------------------------------------------------------------- unreachable goals

#: The kind of a suggested change, as the report groups them.
CHANGE_KINDS: dict[str, str] = {
    "hours": "more hours a week", "window": "more free times", "availability_any": "more free times",
    "place": "more places", "places_any": "more places", "mode": "more modes of study", "modes": "more modes of study", "modes_any": "more modes of study",
    "budget": "a larger budget", "deadline": "a later deadline", "holidays": "study in holidays",
    "unpin": "fewer pins", "unpin_all": "fewer pins", "unexclude": "fewer exclusions", "unexclude_all": "fewer exclusions",
    "soft_milestone": "a milestone as a target", "soft_milestones": "a milestone as a target",
}


def change_kind(message: Message | None) -> str:
    """The group of the smallest change that gives a route."""
    if message is None:
        return "no checked change gives a route"
    code = message.code.removeprefix("suggest.")
    if code == "combined":
        parts = sorted({_kind(str(c.get("code", "")).removeprefix("change.")) for c in message.params.get("changes", [])})
        return " + ".join(parts)
    return _kind(code)


def _kind(code: str) -> str:
    """The group of a change's code; a deadline, hours or budget not shown to be the least
    (``deadline_found``, ``hours_some``) and the fastest route's budget are the same kind of change."""
    for tail in ("_found", "_some", "_fastest"):
        code = code.removesuffix(tail)
    return CHANGE_KINDS.get(code, "another change")


@dataclass
class UnreachableRow:
    change: str
    learners: int
    goals: str
    example: str


def unreachable(routes: Iterable[Route]) -> list[UnreachableRow]:
    """The learners without a route, grouped by the kind of the first change ``plan`` checked and suggests
    (changes come earliest finish first); a solve that ran out of time is its own group."""
    groups: dict[str, list[Route]] = defaultdict(list)
    for r in routes:
        if r.has_route:
            continue
        kind = change_kind(r.suggestion) if r.status == Status.INFEASIBLE.value else "no route found in the time limit"
        groups[kind].append(r)
    rows = []
    for kind, members in groups.items():
        goals = Counter(m.goal for m in members)
        example = ""
        first = next((m for m in members if m.suggestion is not None), None)
        if first is not None and first.suggestion is not None:
            from planner.messages import render

            example = f"{first.name}: {render(first.suggestion)}"
        rows.append(UnreachableRow(kind, len(members), ", ".join(f"{g} ({n})" for g, n in sorted(goals.items())), example))
    return sorted(rows, key=lambda r: (-r.learners, r.change))


# --------------------------------------------------------------------------- what-if


@dataclass
class WhatIf:
    newly_finishing: int  # no route before, a route after
    lost: int  # a route before, none after (should be 0: adding an offering takes nothing away)
    faster: int
    median_weeks_saved: float | None  # over the learners who finish sooner
    milestones: list[tuple[str, str, float, float]]  # (milestone id, title, share reached before, after)
    replanned: int = 0


def what_if(before: Mapping[str, Route], after: Mapping[str, Route]) -> WhatIf:
    newly = lost = 0
    saved: list[int] = []
    for name, b in before.items():
        a = after[name]
        if b.finish_week is None and a.finish_week is not None:
            newly += 1
        elif b.finish_week is not None and a.finish_week is None:
            lost += 1
        elif b.finish_week is not None and a.finish_week is not None and a.finish_week < b.finish_week:
            saved.append(b.finish_week - a.finish_week)
    return WhatIf(newly, lost, len(saved), median(saved), milestone_shares(before, after))


def milestone_shares(before: Mapping[str, Route], after: Mapping[str, Route]) -> list[tuple[str, str, float, float]]:
    """Per milestone of the cohort's goals: the share of the goal's learners reaching it by its target
    week, before and after."""
    titles: dict[str, str] = {}
    for routes in (before, after):
        for r in routes.values():
            for mid, title, _ in r.milestones:
                titles[mid] = title
    out = []
    for mid in sorted(titles):
        goal = mid.split("/", 1)[0]
        cohort = [n for n, r in before.items() if r.goal == goal]
        if not cohort:
            continue

        def share(routes: Mapping[str, Route], names: list[str] = cohort, m: str = mid) -> float:
            hit = sum(1 for n in names if any(i == m and met for i, _, met in routes[n].milestones))
            return hit / len(names)

        out.append((mid, titles[mid], share(before), share(after)))
    return out


# --------------------------------------------------------------------------- distributions


def quantiles(values: list[float]) -> dict[str, Any]:
    """n, min, quartiles, p90 and max of a list (empty: n = 0)."""
    if not values:
        return {"n": 0, "min": None, "p25": None, "median": None, "p75": None, "p90": None, "max": None}
    s = sorted(values)

    def q(p: float) -> float:
        return statistics.quantiles(s, n=100, method="inclusive")[int(p) - 1] if len(s) > 1 else s[0]

    return {"n": len(s), "min": s[0], "p25": q(25), "median": statistics.median(s), "p75": q(75), "p90": q(90), "max": s[-1]}


def distributions(routes: Iterable[Route]) -> dict[str, dict[str, Any]]:
    """Finish week, study hours and cost over the learners with a route."""
    with_route = [r for r in routes if r.has_route]
    return {
        "finish (weeks after start)": quantiles([float(r.finish_week or 0) for r in with_route]),
        "study hours": quantiles([r.hours for r in with_route]),
        "cost (EUR)": quantiles([r.cost for r in with_route]),
    }
