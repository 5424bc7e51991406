"""Progress toward a goal: for every required outcome and choice group, whether it is proven,
planned or missing, and for every milestone whether the route meets it in time.

Pure and Qt-free: it reads the catalogues, the learner and a plan (or none) and returns plain rows;
reasons are message codes with parameters, which the faces render in their language.
Outcomes count across catalogues: an outcome proven or certified under an equivalent id counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from planner.catalog import CatalogueSet, target_outcomes
from planner.errors import UnknownReferenceError
from planner.graph import exempt_modules
from planner.messages import msg
from planner.models import ChoiceGroup, Evidence, Learner, Module, Text, week_start
from planner.plan import Message, Plan, PlannedModule, Status


class State(StrEnum):
    """Where a requirement stands."""

    PROVEN = "proven"  # the learner can show it already
    PLANNED = "planned"  # a module in the route gains it
    MISSING = "missing"  # neither: the reason says why


class MilestoneState(StrEnum):
    """Where a milestone stands against its target date."""

    MET = "met"  # reached by the target date
    LATE = "late"  # reached, after the target date
    NOT_REACHED = "not-reached"  # the route does not reach it (or there is no route)


@dataclass(frozen=True)
class OutcomeProgress:
    """One outcome: proven (with its evidence), planned (module, offering and dates) or missing (reason)."""

    outcome: str
    state: State
    evidence: Evidence | None = None
    note: str | None = None
    module: str | None = None
    offering: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    reason: Message | None = None


@dataclass(frozen=True)
class CountedModule:
    """A module that counts toward a choice counted in modules or EC: exempt (all its outcomes
    proven) or planned."""

    module: str
    ec: float
    state: State
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class ChoiceProgress:
    """A choice group: "2 of these 5" outcomes (``options``), or — format 1.1 — modules counted in
    number and/or EC from the group's outcomes or pool (``counted``; ``min_ec`` and ``n`` modules)."""

    group: str
    title: Text | None
    n: int
    state: State
    options: list[OutcomeProgress] = field(default_factory=list)
    min_ec: float | None = None
    counts_modules: bool = False
    counted: list[CountedModule] = field(default_factory=list)

    @property
    def done(self) -> int:
        """How many options (or, counted in modules, modules) are proven or planned."""
        if self.counts_modules:
            return len(self.counted)
        return sum(1 for o in self.options if o.state != State.MISSING)

    @property
    def ec_done(self) -> float:
        """EC of the modules that count, exempt or planned."""
        return sum(c.ec for c in self.counted)


@dataclass(frozen=True)
class MilestoneProgress:
    """A milestone of the goal against its target date."""

    id: str
    title: Text
    target_week: int
    target_date: dt.date
    state: MilestoneState
    week: int | None = None
    date: dt.date | None = None
    hard: bool = False


RequirementProgress = OutcomeProgress | ChoiceProgress


def _planned_item(cs: CatalogueSet, plan: Plan | None, outcome: str) -> PlannedModule | None:
    if plan is None:
        return None
    canon = cs.canon(outcome)
    return next((i for i in plan.items if any(cs.canon(o) == canon for o in i.outcomes)), None)


def _missing_reason(cs: CatalogueSet, learner: Learner, plan: Plan | None, outcome: str) -> Message:
    certifiers = cs.certifiers(outcome)
    if not certifiers:
        return msg("progress.no_module", outcome=outcome)
    excluded = set(learner.excluded)
    if all(m.id in excluded or all(f.id in excluded for f in cs.offerings_of(m.id)) for m in certifiers):
        return msg("progress.excluded", outcome=outcome, modules=[m.id for m in certifiers])
    if plan is None:
        return msg("progress.not_planned", outcome=outcome)
    if plan.status == Status.INFEASIBLE or not plan.items:
        return msg("progress.no_route", outcome=outcome)
    return msg("progress.not_in_route", outcome=outcome)


def outcome_progress(cs: CatalogueSet, learner: Learner, plan: Plan | None, outcome: str) -> OutcomeProgress:
    """Where one outcome stands for a learner and a plan."""
    canon = cs.canon(outcome)
    proof = next((p for p in learner.proven if p.evidence != Evidence.EXPERIENCE and cs.canon(p.outcome) == canon),
                 None)
    if proof is not None:
        return OutcomeProgress(outcome, State.PROVEN, evidence=proof.evidence, note=proof.note)
    item = _planned_item(cs, plan, outcome)
    if item is not None:
        return OutcomeProgress(outcome, State.PLANNED, module=item.module, offering=item.offering,
                               start=item.start_date, end=item.end_date)
    return OutcomeProgress(outcome, State.MISSING, reason=_missing_reason(cs, learner, plan, outcome))


def goal_progress(cs: CatalogueSet, learner: Learner, plan: Plan | None) -> list[RequirementProgress]:
    """Every required outcome, then every choice group, of the learner's goal (or hand-picked outcomes).

    >>> from planner.catalog import CatalogueSet
    >>> goal_progress(CatalogueSet(), Learner(name="x", outcomes=["a:b"], start=dt.date(2026, 9, 7),
    ...                                       hours_per_week=8), None)[0].state
    <State.MISSING: 'missing'>
    """
    try:
        required, choices, _ = target_outcomes(cs, learner)
    except UnknownReferenceError:
        required, choices = list(learner.outcomes), []
    rows: list[RequirementProgress] = [outcome_progress(cs, learner, plan, o) for o in required]
    for group in choices:
        if group.counts_modules:
            rows.append(_counted_choice(cs, learner, plan, group))
            continue
        options = [outcome_progress(cs, learner, plan, o) for o in group.of]
        proven = sum(1 for o in options if o.state == State.PROVEN)
        done = sum(1 for o in options if o.state != State.MISSING)
        state = State.PROVEN if proven >= group.n else State.PLANNED if done >= group.n else State.MISSING
        rows.append(ChoiceProgress(group.id, group.title, group.n, state, options))
    return rows


def _counted_choice(cs: CatalogueSet, learner: Learner, plan: Plan | None, group: ChoiceGroup) -> ChoiceProgress:
    """A choice counted in modules or EC: the exempt and planned modules of its pool (or that certify
    one of its outcomes), and whether they reach its number of modules and its EC."""
    of = {cs.canon(o) for o in group.of}

    def counts(m: Module) -> bool:
        return group.pool.matches(m) if group.pool is not None else any(cs.canon(o) in of for o in m.certifies)

    proven = {cs.canon(o) for o in learner.proven_ids()}
    exempt = [CountedModule(mid, cs.modules[mid].study_ec, State.PROVEN)
              for mid in sorted(exempt_modules(cs, proven)) if counts(cs.modules[mid])]
    planned = [CountedModule(i.module, cs.modules[i.module].study_ec, State.PLANNED, i.start_date, i.end_date)
               for i in (plan.items if plan is not None else []) if i.module in cs.modules
               and counts(cs.modules[i.module]) and i.module not in {c.module for c in exempt}]
    n_modules = group.n if group.pool is not None else 0

    def met(mods: list[CountedModule]) -> bool:
        return len(mods) >= n_modules and sum(c.ec for c in mods) + 1e-9 >= (group.min_ec or 0.0)

    state = State.PROVEN if met(exempt) else State.PLANNED if met(exempt + planned) else State.MISSING
    options = [outcome_progress(cs, learner, plan, o) for o in group.of] if group.pool is None else []
    return ChoiceProgress(group.id, group.title, n_modules, state, options, min_ec=group.min_ec,
                          counts_modules=True, counted=exempt + planned)


def milestone_progress(cs: CatalogueSet, learner: Learner, plan: Plan | None) -> list[MilestoneProgress]:
    """Every milestone of the learner's goal: met, late or not reached, with the date it is reached."""
    goal = cs.goals.get(learner.goal) if learner.goal else None
    if goal is None:
        return []
    results = {m.id: m for m in plan.milestones} if plan else {}
    hard = set(learner.hard_milestones)
    out = []
    for ms in goal.milestones:
        ref = f"{goal.id}/{ms.id}"
        target = week_start(learner.start, ms.weeks) - dt.timedelta(days=1)
        week, date = _reached(cs, learner, plan, ms.outcomes, results.get(ref))
        if week is None:
            state = MilestoneState.NOT_REACHED
        else:
            state = MilestoneState.MET if week <= ms.weeks else MilestoneState.LATE
        out.append(MilestoneProgress(ref, ms.title, ms.weeks, target, state, week, date,
                                     ms.hard or ref in hard or ms.id in hard))
    return out


def _reached(cs: CatalogueSet, learner: Learner, plan: Plan | None, outcomes: list[str],
             result: object) -> tuple[int | None, dt.date | None]:
    """The week after which every outcome is proven or gained, and that week's last day."""
    week = getattr(result, "week", None)
    if week is not None:
        return week, getattr(result, "date", None)
    last = 0
    for o in outcomes:
        p = outcome_progress(cs, learner, plan, o)
        if p.state == State.MISSING:
            return None, None
        if p.state == State.PLANNED:
            item = _planned_item(cs, plan, o)
            assert item is not None
            last = max(last, item.end_week)
    return last, week_start(learner.start, last) - dt.timedelta(days=1) if last else learner.start
