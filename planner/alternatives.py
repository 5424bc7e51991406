"""A few routes that trade weeks for how the learner likes to learn, side by side (docs/hoe.md).

Each alternative is the learner's own wishes solved with another ``weeksLater`` (0 first: the
fastest route, with the preferences only where they cost nothing); routes that finish no earlier
and meet no more of the preferences than another are left out, so what remains runs from the
fastest to the one that meets most. Every route is checked by the independent validator and its
findings are kept beside it (none, unless something is wrong).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from planner.catalog import CatalogueSet
from planner.facets import ec_by_value, met_share, taken
from planner.facettypes import Facet
from planner.models import Learner
from planner.plan import Message, Plan
from planner.solver.core import Solver
from planner.validate import validate_plan

#: The weeks tried by default (besides the learner's own).
TRADE_OFFS = (0, 2, 4, 8, 13)


@dataclass
class Alternative:
    """One route: the weeks given for the preferences, the plan, the share of preferences it meets
    (by EC; None without preferences), EC per pacing and per assessment type, and the validator's findings."""

    weeks_later: int
    plan: Plan
    met: float | None
    pacing: dict[str, float] = field(default_factory=dict)
    assessment: dict[str, float] = field(default_factory=dict)
    findings: list[Message] = field(default_factory=list)

    @property
    def finish(self) -> int | None:
        """The finish week, or None without a route."""
        return None if self.plan.totals is None or not self.plan.items else self.plan.totals.finish_week


def alternatives(
    cs: CatalogueSet,
    learner: Learner,
    trade_offs: tuple[int, ...] = TRADE_OFFS,
    time_limit: float = 3.0,
    stop: threading.Event | None = None,
) -> list[Alternative]:
    """The routes for each number of weeks (the learner's own included), earliest finish first,
    without those another alternative beats or equals on both finish and preferences met.

    ``time_limit`` is per solve; ``stop`` ends early (the routes found so far are returned).
    """
    weeks = sorted({*trade_offs, learner.how.weeks_later})
    if not learner.how.soft():
        weeks = [0]  # without preferences every trade-off gives the same route
    found: list[Alternative] = []
    deadline = time.perf_counter() + time_limit * len(weeks)
    for w in weeks:
        if stop is not None and stop.is_set():
            break
        lrn = learner.model_copy(update={"how": learner.how.model_copy(update={"weeks_later": w})})
        left = max(0.5, min(time_limit, deadline - time.perf_counter()))
        plan = Solver(cs, lrn, time_limit=left, explain=False, stop=stop).solve()
        if not plan.items:
            continue
        route = taken(cs, plan)
        found.append(Alternative(
            weeks_later=w, plan=plan, met=met_share(learner.how, route),
            pacing=ec_by_value(Facet.PACING, route), assessment=ec_by_value(Facet.ASSESSMENT, route),
            findings=validate_plan(cs, lrn, plan),
        ))
    return _pareto(found)


def _pareto(found: list[Alternative]) -> list[Alternative]:
    out: list[Alternative] = []
    for a in sorted(found, key=lambda a: (a.finish or 0, -(a.met or 0.0), a.weeks_later)):
        if any((b.met or 0.0) >= (a.met or 0.0) for b in out):
            continue  # an earlier (or as early) route meets as many preferences
        out.append(a)
    return out
