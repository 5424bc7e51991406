"""What every rule of the validator reads: the catalogues, the learner, the plan, and the facts
derived from them once (which items run a known offering, what is proven, when each outcome is
gained, the goal's targets). Nothing here comes from the solver."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from planner.catalog import CatalogueSet, target_outcomes
from planner.errors import UnknownReferenceError
from planner.models import ChoiceGroup, Learner, Milestone, Module, Offering
from planner.plan import Plan, PlannedModule
from planner.pricing import known_cost, unknown_prices

#: Slack for comparing hours, euros and EC.
EPS = 1e-6


@dataclass
class Context:
    """A plan to check, with the catalogues and learner it is checked against."""

    cs: CatalogueSet
    learner: Learner
    plan: Plan

    def offering(self, it: PlannedModule) -> Offering | None:
        """The item's offering, when it exists and runs the module the item names."""
        off = self.cs.offerings.get(it.offering)
        if off is None or off.module != it.module or it.module not in self.cs.modules:
            return None
        return off

    @cached_property
    def valid(self) -> list[PlannedModule]:
        """The items whose offering runs the module they name (the plan-wide rules read only these)."""
        return [it for it in self.plan.items if self.offering(it) is not None]

    @cached_property
    def repeats(self) -> set[int]:
        """Indices of items whose module an earlier item (with a known offering) already takes."""
        seen: set[str] = set()
        out: set[int] = set()
        for i, it in enumerate(self.plan.items):
            if self.offering(it) is None:
                continue
            if it.module in seen:
                out.add(i)
            seen.add(it.module)
        return out

    @cached_property
    def claimed(self) -> set[str]:
        """Outcomes the learner claims from experience (canonical ids)."""
        return {self.cs.canon(o) for o in self.learner.claimed_ids()}

    @cached_property
    def proven(self) -> set[str]:
        """Outcomes the learner has proven (canonical ids)."""
        return {self.cs.canon(o) for o in self.learner.proven_ids()}

    @cached_property
    def exempt(self) -> list[Module]:
        """Modules whose every outcome is proven: completed (an exemption) for thresholds and choices."""
        return [m for m in self.cs.modules.values() if m.certifies and all(self.cs.canon(o) in self.proven for o in m.certifies)]

    @cached_property
    def gained_at(self) -> dict[str, int]:
        """Each outcome proven (week 0) or gained by the route, with the week it is gained."""
        gained: dict[str, int] = {o: 0 for o in self.proven}
        for it in self.valid:
            for o in self.cs.modules[it.module].certifies:
                co = self.cs.canon(o)
                gained[co] = min(gained.get(co, 10**9), it.end_week)
        return gained

    @cached_property
    def targets(self) -> tuple[list[str], list[ChoiceGroup], list[Milestone]]:
        """The goal's required outcomes, choice groups and milestones (none for an unknown goal)."""
        try:
            return target_outcomes(self.cs, self.learner)
        except UnknownReferenceError:
            return [], [], []

    @cached_property
    def cost(self) -> float:
        """What the valid items' known prices add up to (an unknown price is not €0: see ``unknown_prices``)."""
        return known_cost(self.cs.offerings[it.offering] for it in self.valid)

    @cached_property
    def unknown_prices(self) -> int:
        """How many valid items run an offering without a published price."""
        return unknown_prices(self.cs.offerings[it.offering] for it in self.valid)
