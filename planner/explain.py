"""Why no route exists (with checked suggestions), and the solver that says so.

Why each module is in a route is the solver's own business (:mod:`planner.solver.reasons`); why
there is none needs many solves of relaxed wishes, so it sits above the solver and is handed to it
(:func:`route_solver`).

When no route exists, the learner's choices are taken by kind (:data:`planner.choices.CHOICES`:
hours, holidays, deadline, modes, places, free times, budget, pins, exclusions, hard milestones).
A deletion filter over them (:func:`necessary_conflict`) keeps a choice out of the conflict only
when the rest is proven to leave no route, and counts it as *needed* only when lifting it alone
(the other choices of the conflict kept) gives a route that was found. What is claimed follows
what was shown: "the smallest set" when every choice is needed and no set with fewer choices
conflicts (each checked); "each one is needed" when every choice was shown needed; otherwise
"these choices together", with the ones shown to be needed named. The catalogue facts behind it
are named per goal outcome ("only offered on campus in Enschede on Tuesday evenings, which you
excluded"), and changes are suggested by :mod:`planner.suggest`.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from planner.blocked import only_blocked_offers
from planner.catalog import CatalogueSet, target_outcomes
from planner.choices import GROUPS, Probe, apply_suggestion, group_message, harmless, made, relax, week_end
from planner.errors import UnknownReferenceError
from planner.graph import short_choices, unreachable_outcomes
from planner.leftout import left_out_record
from planner.messages import msg
from planner.models import Learner
from planner.ordering import order_message, ref_module
from planner.plan import Message, Plan
from planner.solver.core import Check, Solver
from planner.suggest import suggestions

__all__ = ["Conflict", "apply_suggestion", "explain_infeasible", "necessary_conflict", "only_blocked_offers", "relax", "route_solver"]

#: A question that ran out of time is asked again with twice the seconds, up to this many times the first.
RETRIES = 8
#: The most sets of one choice fewer that are checked to show that a conflict is the smallest.
MAX_SMALLER = 45


@dataclass
class Conflict:
    """Choices that together leave no route (proven), and what was shown about each.

    ``needed``: lifting the choice alone, the others of the conflict kept, gives a route (found).
    ``smallest``: every choice is needed and no set of fewer choices leaves no route (checked).
    """

    choices: list[str]
    needed: set[str] = field(default_factory=set)
    smallest: bool = False

    @property
    def all_needed(self) -> bool:
        """Whether every choice of the conflict was shown to be needed."""
        return set(self.choices) <= self.needed


class _Kept:
    """Answers "is there a route with only these choices kept?", using that keeping fewer choices
    never takes a route away: a set inside one with a route has one, a set holding one without a
    route (proven) has none; and that a choice ruling out no offering changes nothing."""

    def __init__(self, learner: Learner, active: list[str], probe: Probe) -> None:
        self.learner, self.active, self.probe = learner, active, probe
        # kept or lifted, a choice that rules out no offering makes no difference
        self.harmless = frozenset(g for g in active if harmless(probe.cs, learner, g))
        self.routes: list[frozenset[str]] = []
        self.none: list[frozenset[str]] = [frozenset(active) - self.harmless]  # the learner: proven by the solver

    def __call__(self, kept: Iterable[str], seconds: float | None = None) -> bool | None:
        k = frozenset(kept) - self.harmless
        if any(k <= r for r in self.routes):
            return True
        if any(n <= k for n in self.none):
            return False
        found = self.probe(relax(self.learner, [g for g in self.active if g not in k]), seconds)
        if found.finish is not None:
            self.routes.append(k)
            return True
        if found.proven:
            self.none.append(k)
            return False
        return None


def necessary_conflict(learner: Learner, active: list[str], probe: Probe) -> Conflict:
    """A set of the learner's choices that leaves no route, reduced so that each choice is needed.

    The deletion filter drops a choice when the rest is proven to leave no route; a choice whose
    answer ran out of time is asked again with more seconds while the time allows. When every
    choice is needed, each set of one choice fewer is checked (at most :data:`MAX_SMALLER`): when
    all give a route, the set is the smallest; when one is proven to give none, the filter goes on
    from that smaller set.
    """
    kept_route = _Kept(learner, active, probe)
    kept = [g for g in GROUPS if g in active]
    needed: set[str] = set()
    while True:
        unknown: list[str] = []
        for g in list(kept):
            if g in needed:
                continue
            answer = kept_route([x for x in kept if x != g])
            if answer is False:
                kept.remove(g)
            elif answer:
                needed.add(g)
            else:
                unknown.append(g)
        seconds = probe.per_check
        while unknown and probe.left() > 0.1 and seconds < RETRIES * probe.per_check:
            seconds = min(2 * seconds, probe.left())
            for g in list(unknown):
                answer = kept_route([x for x in kept if x != g], seconds)
                if answer is not None:
                    unknown.remove(g)
                    if answer:
                        needed.add(g)
                    else:
                        kept.remove(g)
            if seconds >= probe.left():
                break
        conflict = Conflict(kept, needed & set(kept))
        if unknown or not conflict.all_needed:
            return conflict
        smaller = _smaller_conflict(kept_route, active, len(kept))
        if smaller is None:
            return conflict
        if not smaller:
            conflict.smallest = True
            return conflict
        kept, needed = [g for g in GROUPS if g in smaller], set()


def _smaller_conflict(kept_route: _Kept, active: list[str], size: int) -> list[str] | None:
    """A set of ``size - 1`` choices proven to leave no route; [] when every such set gives a route;
    None when that was not shown (out of time, or too many sets to check)."""
    if size <= 1:
        return []  # lifting every choice gives a route
    sets = list(itertools.combinations(active, size - 1))
    if len(sets) > MAX_SMALLER:
        return None
    shown = True
    for s in sets:
        answer = kept_route(s)
        if answer is False:
            return list(s)
        if answer is None:
            shown = False
    return [] if shown else None


def _conflict_messages(cs: CatalogueSet, learner: Learner, conflict: Conflict) -> list[Message]:
    """The summary that claims what was shown, the choices, and which were shown to be needed."""
    if conflict.smallest:
        head = msg("infeasible.summary_smallest")
    elif conflict.all_needed:
        head = msg("infeasible.summary_needed")
    else:
        head = msg("infeasible.summary")
    out = [head] + [group_message(learner, g, cs) for g in conflict.choices]
    if not conflict.all_needed:
        shown = [group_message(learner, g, cs).model_dump(mode="json") for g in conflict.choices if g in conflict.needed]
        out.append(msg("explain.needed_some", needed=shown) if shown else msg("explain.needed_none"))
    return out


def explain_infeasible(
    cs: CatalogueSet,
    learner: Learner,
    *,
    stop: threading.Event | None = None,
    deadline: float | None = None,
    time_limit: float = 2.0,
    max_suggestions: int = 6,
    workers: int = 2,
) -> list[Message]:
    """Why no route exists for a learner, and changes that were checked to give one.

    Every check is a solve of at most ``time_limit`` seconds, all of them done by ``deadline``
    (``time.perf_counter()``). Claims hold whatever the time: a choice counts as part of the conflict
    unless lifting the others is proven to leave no route; a finish is "the earliest possible" only
    when proven; a suggestion is offered only when its route was found.
    """
    probe = Probe(cs, stop, deadline, time_limit, workers)
    try:
        target_outcomes(cs, learner)
    except UnknownReferenceError:
        gone = [lo for lo in cs.left_out if lo.id == learner.goal]
        if gone:
            return [msg("infeasible.goal_left_out", goal=learner.goal or "", reason=gone[0].reason)]
        return [msg("infeasible.goal_unknown", goal=learner.goal or "")]

    active = made(learner)
    probe.remember(learner, Check(None, True))  # (the solver proved it before asking why)
    everything = relax(learner, active)
    lifted_all = probe(everything)
    seconds = probe.per_check
    while not lifted_all.proven and lifted_all.finish is None and probe.left() > 0.1 and seconds < RETRIES * probe.per_check:
        seconds = min(2 * seconds, probe.left())  # a busy machine: the same question with more time
        lifted_all = probe(everything, seconds)
    if lifted_all.impossible:
        return _catalogue_facts(cs, everything)
    if lifted_all.finish is None:
        return [msg("explain.out_of_time")]
    conflict = necessary_conflict(learner, active, probe)
    probe.ran_out = False  # what the conflict could not show, it says itself; from here on: the changes
    out = _conflict_messages(cs, learner, conflict)
    out += _facts(cs, learner, conflict.choices, active, probe)
    out += suggestions(cs, learner, conflict.choices, active, probe, max_suggestions)
    if probe.ran_out:
        out.append(msg("explain.incomplete"))
    return out


def _catalogue_facts(cs: CatalogueSet, everything: Learner) -> list[Message]:
    """Why no route exists whatever the learner chooses: outcomes nothing reachable certifies."""
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
            out.append(msg(code, finish=fin, finish_date=week_end(learner, fin).isoformat(), deadline=str(learner.deadline)))
    elif "hours" in conflict:
        out.append(msg("infeasible.hours", hours=learner.hours_per_week))
    for p in learner.pinned if "pinned" in conflict else []:
        out.append(msg("infeasible.pin", ref=p, title=cs.module_title(cs.offerings[p].module) if p in cs.offerings else cs.module_title(p)))
    for w in learner.order if "order" in conflict else []:
        wish = order_message(cs, w)
        out.append(msg("infeasible.order_first" if w.before is None else "infeasible.order_before", **wish.params))
    for s in learner.pinned_starts if "pinned_starts" in conflict else []:
        out.append(msg("infeasible.pin_start", ref=s.ref, title=cs.module_title(ref_module(cs, s.ref)), date=s.start.isoformat()))
    for h in learner.hard_milestones if "milestones" in conflict else []:
        ms = cs.milestone(h)
        if ms:
            out.append(msg("infeasible.milestone", milestone=h, title=ms[1].title.get("en"), week=ms[1].weeks))
    return out


class _RouteSolver(Solver):
    """The solver whose plans carry what lenient loading left out (:mod:`planner.leftout`)."""

    def solve(self, on_plan: Callable[[Plan], None] | None = None) -> Plan:
        record = left_out_record(self.cs, self.learner)

        def recorded(plan: Plan) -> None:
            plan.left_out = list(record)
            if on_plan is not None:
                on_plan(plan)

        plan = super().solve(recorded if on_plan is not None else None)
        plan.left_out = list(record)
        return plan


def route_solver(cs: CatalogueSet, learner: Learner, **options: Any) -> Solver:
    """A :class:`~planner.solver.core.Solver` that explains, when no route exists, why not and what
    would help, and whose plans name what was left out of the catalogues (the command line's and the
    window's solver; ``options`` as for the solver)."""
    workers = int(options.get("workers", 2))

    def why_not(cs: CatalogueSet, learner: Learner, stop: threading.Event, deadline: float) -> list[Message]:
        return explain_infeasible(cs, learner, stop=stop, deadline=deadline, workers=workers)

    return _RouteSolver(cs, learner, why_not=why_not, **options)
