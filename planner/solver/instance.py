"""From catalogues and a learner to a solver instance: weeks, capacity, candidate offerings.

Everything the CP-SAT model needs is computed here, once, with the graph pruning applied: only
modules that can help reach the goal (or that the learner pinned) and only offerings the learner
can take (mode, place, free windows, budget, dates) become candidates. Why an offering was left out
is kept, for the explanations.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from planner.access import assessment_allowed, deadline_week, offering_rejections, start_range
from planner.catalog import CatalogueSet, target_outcomes
from planner.graph import exempt_modules, pool_members, relevant_modules, threshold_key
from planner.messages import msg
from planner.models import (
    ChoiceGroup,
    Credits,
    Learner,
    Milestone,
    Module,
    Offering,
    week_index,
)
from planner.plan import Message
from planner.requirements import requirement_outcomes, thresholds

#: Longest route considered, in weeks (ten years).
MAX_WEEKS = 520
#: Hours are modelled in tenths so that 2.5 h/week stays exact.
SCALE = 10


class OutOfTime(Exception):
    """The solve's time limit passed while setting up (the caller answers with what it has)."""


def check_clock(deadline: float | None) -> None:
    """Raise :class:`OutOfTime` when ``deadline`` (``time.perf_counter()``) has passed."""
    if deadline is not None and time.perf_counter() > deadline:
        raise OutOfTime


def scaled(hours: float) -> int:
    """Hours as whole tenths."""
    return int(round(hours * SCALE))


@dataclass(frozen=True)
class Candidate:
    """One way to run a module: an offering with a fixed start week, or a flexible start range."""

    index: int
    module: str
    offering: Offering
    earliest: int
    latest: int

    @property
    def fixed(self) -> bool:
        """Whether the start week is fixed (a cohort)."""
        return self.earliest == self.latest

    @property
    def weeks(self) -> int:
        """Duration in weeks."""
        return self.offering.weeks


@dataclass
class Instance:
    """A pruned, week-indexed planning problem for one learner."""

    cs: CatalogueSet
    learner: Learner
    horizon: int
    capacity: list[int]
    required: list[str]
    choices: list[ChoiceGroup]
    milestones: list[tuple[str, Milestone]]
    hard_milestones: set[str]
    proven: set[str]
    modules: dict[str, Module]
    candidates: list[Candidate]
    by_module: dict[str, list[Candidate]]
    certifiers: dict[str, list[str]]
    rejected: dict[str, list[Message]] = field(default_factory=dict)
    pinned_modules: set[str] = field(default_factory=set)
    pinned_offerings: set[str] = field(default_factory=set)
    unknown_refs: list[str] = field(default_factory=list)
    #: Modules whose every outcome is proven: completed for thresholds and counted choices.
    exempt: set[str] = field(default_factory=set)
    #: Figures computed once per instance (an instance is not changed after it is built; a changed
    #: copy from ``dataclasses.replace`` starts with an empty memo).
    memo: dict[object, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def counted_modules(self) -> set[str]:
        """Candidate modules that may be in a route for what they count (towards a credit threshold
        or a choice group in modules or EC) rather than for an outcome nobody gave before."""
        if "counted" not in self.memo:
            rules = {threshold_key(r): r for mid in self.by_module for r in thresholds(self.modules[mid].requires)}
            members: set[str] = set().union(*(pool_members(self.cs, r) for r in rules.values()))
            groups = [g for g in self.choices if g.counts_modules]
            self.memo["counted"] = {mid for mid in self.by_module
                                    if mid in members or any(counts_for(self, g, self.modules[mid]) for g in groups)}
        return set(self.memo["counted"])  # type: ignore[call-overload]

    def canon(self, outcome: str) -> str:
        """Representative of an outcome's equivalence class."""
        return self.cs.canon(outcome)

    def exempt_amount(self, rule: Credits, exclude: str | None = None) -> float:
        """What exempted modules (not ``exclude``) add to a threshold."""
        return sum(rule.weight(self.cs.modules[m]) for m in self.exempt if m != exclude and rule.counts(self.cs.modules[m]))

    @property
    def needed(self) -> set[str]:
        """Canonical goal outcomes (required, choice options, milestones) not yet proven."""
        out = {self.canon(o) for o in self.required}
        for c in self.choices:
            out |= {self.canon(o) for o in c.of}
        return out - self.proven


def build_instance(cs: CatalogueSet, learner: Learner, *, horizon: int | None = None,
                   deadline: float | None = None) -> Instance:
    """Build the pruned instance; ``horizon`` overrides the computed one (weeks).

    ``deadline`` (``time.perf_counter()``): raise :class:`OutOfTime` when it passes first.
    """

    def clock() -> None:
        check_clock(deadline)

    required, choices, milestones = target_outcomes(cs, learner)
    goal_id = learner.goal or ""
    ms_ids = {f"{goal_id}/{m.id}" for m in milestones}
    hard = {h for h in learner.hard_milestones if h in ms_ids or any(h == m.id for m in milestones)}
    hard_ids = {f"{goal_id}/{m.id}" for m in milestones if m.hard or m.id in hard or f"{goal_id}/{m.id}" in hard}
    # milestone outcomes are part of what must be reached
    for m in milestones:
        required = list(dict.fromkeys(required + list(m.outcomes)))
    proven = {cs.canon(o) for o in learner.proven_ids()}

    excluded = set(learner.excluded)
    pinned_modules = {p for p in learner.pinned if p in cs.modules}
    pinned_offerings = {p for p in learner.pinned if p in cs.offerings}
    unknown = [p for p in learner.pinned if p not in cs.modules and p not in cs.offerings]
    pinned_modules |= {cs.offerings[p].module for p in pinned_offerings}

    max_cap = max(learner.hours_per_week, *(e.hours_per_week for e in learner.exceptions)) if learner.exceptions else learner.hours_per_week
    claimed = {cs.canon(o) for o in learner.claimed_ids()}
    rejected: dict[str, list[Message]] = {}
    usable: dict[str, list[Offering]] = {}
    for mid, mod in cs.modules.items():
        clock()
        offs: list[Offering] = []
        for off in cs.offerings_of(mid):
            why: list[Message] = []
            if not assessment_allowed(cs, mod, claimed):
                why.append(msg("reason.no_claim"))
            if off.id in excluded or mid in excluded:
                why.append(msg("reason.excluded"))
            why += offering_rejections(learner, off)
            if off.hours_per_week > max_cap + 1e-9:
                why.append(msg("reason.hours", hours=off.hours_per_week))
            if pinned_offerings and mid in {cs.offerings[p].module for p in pinned_offerings} and off.id not in pinned_offerings:
                continue  # another offering of this module is pinned
            if why:
                rejected[off.id] = why
            else:
                offs.append(off)
        usable[mid] = offs

    dl = deadline_week(learner)
    available = {m for m, o in usable.items() if o}
    first: set[str] | None = None
    if horizon is None:
        if dl is not None:
            horizon = max(0, dl)
        else:
            first = relevant_modules(cs, available, required, choices, proven, pinned_modules, clock)
            horizon = _default_horizon(cs, learner, {m: usable[m] for m in first})
    horizon = max(0, min(horizon, MAX_WEEKS))

    # timing: drop offerings without a start inside the horizon
    timed: dict[str, list[tuple[Offering, list[int] | tuple[int, int]]]] = {}
    for mid, offs in usable.items():
        clock()
        for off in offs:
            rng = start_range(learner, off, horizon)
            if rng is None:
                rejected.setdefault(off.id, []).append(msg("reason.dates"))
            else:
                timed.setdefault(mid, []).append((off, rng))

    clock()
    # the same modules as for the horizon (every offering starts in time): the same answer
    relevant = first if first is not None and set(timed) == available else \
        relevant_modules(cs, set(timed), required, choices, proven, pinned_modules, clock)
    candidates: list[Candidate] = []
    by_module: dict[str, list[Candidate]] = {}
    for mid in sorted(relevant):
        clock()
        for off, rng in timed.get(mid, []):
            starts = [(w, w) for w in rng] if isinstance(rng, list) else [rng]
            for lo, hi in starts:
                c = Candidate(len(candidates), mid, off, lo, hi)
                candidates.append(c)
                by_module.setdefault(mid, []).append(c)

    certifiers: dict[str, list[str]] = {}
    for mid in by_module:
        for o in cs.modules[mid].certifies:
            certifiers.setdefault(cs.canon(o), []).append(mid)

    capacity = [scaled(learner.week_capacity(w)) for w in range(horizon)]
    return Instance(
        cs=cs,
        learner=learner,
        horizon=horizon,
        capacity=capacity,
        required=required,
        choices=choices,
        milestones=[(f"{goal_id}/{m.id}", m) for m in milestones],
        hard_milestones=hard_ids,
        proven=proven,
        modules={m: cs.modules[m] for m in by_module},
        candidates=candidates,
        by_module=by_module,
        certifiers=certifiers,
        rejected=rejected,
        pinned_modules=pinned_modules,
        pinned_offerings=pinned_offerings,
        unknown_refs=unknown,
        exempt=exempt_modules(cs, proven),
    )


def with_candidates(inst: Instance, candidates: list[Candidate], horizon: int | None = None) -> Instance:
    """The same instance with another list of candidates (re-indexed) and optionally a shorter horizon."""
    horizon = inst.horizon if horizon is None else horizon
    fresh: list[Candidate] = []
    by_module: dict[str, list[Candidate]] = {}
    for c in candidates:
        latest = min(c.latest, horizon - c.weeks)
        if latest < c.earliest:
            continue
        n = Candidate(len(fresh), c.module, c.offering, c.earliest, latest)
        fresh.append(n)
        by_module.setdefault(c.module, []).append(n)
    certifiers: dict[str, list[str]] = {}
    for mid in by_module:
        for o in inst.cs.modules[mid].certifies:
            certifiers.setdefault(inst.cs.canon(o), []).append(mid)
    return replace(
        inst,
        horizon=horizon,
        capacity=inst.capacity[:horizon],
        candidates=fresh,
        by_module=by_module,
        certifiers=certifiers,
        modules={m: inst.cs.modules[m] for m in by_module},
    )


def _default_horizon(cs: CatalogueSet, learner: Learner, usable: dict[str, list[Offering]]) -> int:
    """A horizon long enough for any route when the learner gives no deadline.

    Doing every relevant module one after another, each in its shortest usable offering, skipping
    the weeks with less than the usual hours, is possible for flexible offerings; cohorts and
    closing entry windows can force later ends, so the latest of those ends counts too; so does
    the latest pinned start week.
    """
    total = 0
    latest = 0
    for offs in usable.values():
        if not offs:
            continue
        total += min(o.weeks for o in offs)
        for o in offs:
            if o.starts:  # the last cohort ends latest
                latest = max(latest, week_index(learner.start, max(o.starts)) + o.weeks)
            if o.entry is not None and o.entry.end is not None:
                latest = max(latest, week_index(learner.start, o.entry.end) + o.weeks)
    reduced = 0
    if learner.holidays or learner.exceptions:
        reduced = sum(1 for w in range(MAX_WEEKS) if learner.week_capacity(w) < learner.hours_per_week)
    # a start pinned late (a bar dropped there): the modules after it fit after it
    late = max([0, *learner.pinned_start_weeks().values()])
    return min(MAX_WEEKS, max(latest, total + reduced + 1 + late, 1))


def counts_for(inst: Instance, group: ChoiceGroup, module: Module) -> bool:
    """Whether a module counts towards a choice group counted in modules or EC: it is in the
    group's pool, or (with 'of') certifies one of its outcomes."""
    if group.pool is not None:
        return group.pool.matches(module)
    of = {inst.canon(o) for o in group.of}
    return any(inst.canon(o) in of for o in module.certifies)


def requirement_leaves(module: Module) -> set[str]:
    """Outcomes mentioned in a module's prerequisites."""
    return requirement_outcomes(module.requires)
