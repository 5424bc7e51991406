"""The learner's choices as kinds the explanation can lift one by one, and the probe that checks them.

A kind of choice (hours, deadline, modes, …) is one entry of :data:`CHOICES`: whether the learner
made it, the learner's fields with it lifted, and the message that names it. The conflict filter
(:mod:`planner.explain`) and the suggestions (:mod:`planner.suggest`) only walk this table, so a
new kind of choice is one entry here (and its ``group.*`` message code).

:class:`Probe` answers "is there a route for this learner?" with short solves that share one
deadline, and remembers each answer that holds (a route found, or none proven), so the same
learner is never solved twice and a fact and a suggestion about it say the same week.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.catalog import CatalogueSet
from planner.facets import WISH, soften
from planner.messages import msg
from planner.models import Learner, Mode, Offering, week_start
from planner.ordering import order_message
from planner.plan import Message
from planner.solver.core import Check, check_route


@dataclass(frozen=True)
class Choice:
    """One kind of learner choice: ``made`` says whether the learner made it, ``lifted`` the fields
    that lift it (a learner with them accepts anything of this kind), ``message`` names it.

    ``rules_out``, for a choice that acts on a route only by ruling offerings out (the solver reads it
    nowhere else): whether it rules out this offering. A choice that rules out no offering of the
    catalogues is lifted without changing anything, so the explanation needs no solve to know it.
    """

    id: str
    made: Callable[[Learner], bool]
    lifted: dict[str, Any]
    message: Callable[[Learner], Message]
    rules_out: Callable[[Learner, Offering], bool] | None = None
    #: the lifted fields when they depend on the learner (a must or never on how one learns becomes a
    #: preference); ``lifted`` then names the fields with a placeholder value
    lift: Callable[[Learner], dict[str, Any]] | None = None

    def lifted_for(self, learner: Learner) -> dict[str, Any]:
        """The learner's fields with this kind of choice lifted."""
        return self.lift(learner) if self.lift is not None else self.lifted


def _out_of_place(learner: Learner, off: Offering) -> bool:
    places = {p.casefold() for p in learner.places or []}
    return learner.places is not None and off.mode != Mode.ONLINE and (off.location or "").casefold() not in places


def _windows(learner: Learner) -> list[dict[str, str]]:
    """The learner's free weekly times as message parameters (each face writes the days in its language)."""
    return [{"day": w.day.value, "start": f"{w.start:%H:%M}", "end": f"{w.end:%H:%M}"} for w in learner.availability]


#: Every kind of choice, in the order the explanation names them.
CHOICES: dict[str, Choice] = {c.id: c for c in (
    Choice("modes", lambda lr: set(lr.modes) != set(Mode), {"modes": list(Mode)},
           lambda lr: msg("group.modes", modes=[m.value for m in lr.modes] or "-"),
           lambda lr, f: f.mode not in lr.modes),
    Choice("places", lambda lr: lr.places is not None, {"places": None},
           lambda lr: msg("group.places", places=list(lr.places or []) or "-"), _out_of_place),
    Choice("availability", lambda lr: bool(lr.availability), {"availability": []},
           lambda lr: msg("group.availability", windows=_windows(lr)),
           lambda lr, f: any(not lr.fits_windows(s) for s in f.sessions)),
    Choice("facets", lambda lr: bool(lr.how.hard()), {"how": None},
           lambda lr: msg("group.facets", wishes=[msg(WISH[w.choice], facet=w.facet.value, value=w.value).model_dump(mode="json")
                                                  for w in lr.how.hard()]),
           lift=lambda lr: {"how": soften(lr.how)}),
    Choice("budget", lambda lr: lr.budget is not None, {"budget": None}, lambda lr: msg("group.budget", budget=lr.budget)),
    Choice("excluded", lambda lr: bool(lr.excluded), {"excluded": []}, lambda lr: msg("group.excluded")),
    Choice("order", lambda lr: bool(lr.order), {"order": []}, lambda lr: msg("group.order")),
    Choice("pinned_starts", lambda lr: bool(lr.pinned_starts), {"pinned_starts": []}, lambda lr: msg("group.pinned_starts")),
    Choice("pinned", lambda lr: bool(lr.pinned), {"pinned": []}, lambda lr: msg("group.pinned")),
    Choice("deadline", lambda lr: lr.deadline is not None, {"deadline": None},
           lambda lr: msg("group.deadline", deadline=str(lr.deadline))),
    Choice("hours", lambda lr: True, {"hours_per_week": 80.0}, lambda lr: msg("group.hours", hours=lr.hours_per_week)),
    Choice("holidays", lambda lr: bool(lr.holidays or lr.exceptions), {"holidays": [], "exceptions": []},
           lambda lr: msg("group.holidays")),
    Choice("milestones", lambda lr: bool(lr.hard_milestones), {"hard_milestones": []},
           lambda lr: msg("group.milestones", milestones=", ".join(lr.hard_milestones))),
)}
GROUPS = list(CHOICES)
#: The learner's fields that lift each kind of choice.
RELAXED: dict[str, dict[str, Any]] = {k: c.lifted for k, c in CHOICES.items()}


def made(learner: Learner) -> list[str]:
    """The kinds of choice the learner made, in :data:`GROUPS` order."""
    return [g for g, c in CHOICES.items() if c.made(learner)]


def harmless(cs: CatalogueSet, learner: Learner, group: str) -> bool:
    """Whether lifting a choice changes nothing: it acts only by ruling offerings out, and rules out
    none of the catalogues' offerings."""
    rules_out = CHOICES[group].rules_out
    return rules_out is not None and not any(rules_out(learner, f) for f in cs.offerings.values())


def relax(learner: Learner, groups: set[str] | list[str] | frozenset[str]) -> Learner:
    """The learner with the given kinds of choice lifted."""
    update: dict[str, Any] = {}
    for g in groups:
        update.update(CHOICES[g].lifted_for(learner))
    return learner.model_copy(update=update)


def group_message(learner: Learner, group: str, cs: CatalogueSet | None = None) -> Message:
    """The message that names a learner's choice of one kind ("your 8 hours a week"); with the
    catalogues, the modules pinned or excluded are named ("the modules you excluded: 'A' and 'B'")."""
    if group == "order" and cs is not None and learner.order:  # each wish named: "'A' first; 'B' before 'C'"
        return msg("group.order_wishes", wishes=[order_message(cs, w).model_dump(mode="json") for w in learner.order])
    refs = {"pinned": learner.pinned, "excluded": learner.excluded}.get(group)
    if cs is not None and refs:
        titles: dict[str, str] = {}  # one per module, however many of its offerings were named
        for ref in refs:
            titles.setdefault(ref_title(cs, ref), ref)
        return msg(f"group.{group}_titles", refs=list(titles.values()), titles=list(titles))
    return CHOICES[group].message(learner)


def ref_title(cs: CatalogueSet, ref: str) -> str:
    """The title of the module a pin or an exclusion names (by the module's or an offering's id)."""
    return cs.module_title(cs.offerings[ref].module) if ref in cs.offerings else cs.module_title(ref)


def apply_suggestion(learner: Learner, suggestion: Message) -> Learner:
    """The learner with a suggestion's patch applied (a new, validated learner)."""
    patch = suggestion.params.get("patch") or {}
    data = learner.model_dump(mode="json")
    data.update(patch)
    return Learner.model_validate(data)


def week_end(learner: Learner, finish: int) -> dt.date:
    """The last day of a route that ends with week ``finish`` (its deadline at the earliest)."""
    return week_start(learner.start, finish - 1) + dt.timedelta(days=6) if finish > 0 else learner.start


def finish_message(check: Check, learner: Learner | None = None) -> Message:
    """'finish in week N', and whether that is the earliest finish with the change (proven); with the
    learner, the date too: 'finish on 6 Feb 2028 (week 56 of your route)'."""
    assert check.finish is not None
    if learner is not None:
        return msg("finish.proven_on" if check.proven else "finish.found_on", week=check.finish,
                   date=week_end(learner, check.finish).isoformat())
    return msg("finish.proven" if check.proven else "finish.found", week=check.finish)


class Probe:
    """Checks learners with short solves that share one deadline, remembering each answer that holds.

    An answer the time did not allow (no route found, none proven) is not remembered: asked again
    with more seconds, the learner is solved again.
    """

    def __init__(self, cs: CatalogueSet, stop: threading.Event | None, deadline: float | None, per_check: float = 2.0,
                 workers: int = 2) -> None:
        self.cs = cs
        self.workers = workers  # CP-SAT threads of each check (1 in a batch whose processes fill the cores)
        self.stop = stop
        self.deadline = deadline
        self.per_check = per_check
        self._seen: dict[str, Check] = {}
        self.ran_out = False
        #: seconds a solve took beyond its limit (its set-up), the most seen so far
        self.overhead = 0.0

    def left(self) -> float:
        """Seconds left (a large number without a deadline)."""
        if self.stop is not None and self.stop.is_set():
            return 0.0
        return 1e9 if self.deadline is None else self.deadline - time.perf_counter()

    def same(self, learner: Learner) -> Learner:
        """The learner with every choice lifted that rules out no offering (it has the same routes),
        so that learners who differ only there share one solve."""
        lift = [g for g in made(learner) if harmless(self.cs, learner, g)]
        return relax(learner, lift) if lift else learner

    def known(self, learner: Learner) -> Check | None:
        """The remembered answer for a learner, if any."""
        return self._seen.get(self.same(learner).model_dump_json())

    def remember(self, learner: Learner, answer: Check) -> None:
        """Record an answer known otherwise (the solver proved that the learner has no route)."""
        self._seen[self.same(learner).model_dump_json()] = answer

    def __call__(self, learner: Learner, seconds: float | None = None) -> Check:
        """A route's finish for the learner, or none proven, or neither (out of time).

        ``seconds`` (default ``per_check``) is the search time; the set-up a solve needs before it
        searches (building the instance: seconds on a large catalogue, and not interruptible) is
        measured on each check and added, and a check is not started when the time left would not
        cover that set-up."""
        learner = self.same(learner)
        key = learner.model_dump_json()
        if key in self._seen:
            return self._seen[key]
        left = self.left()
        seconds = min((self.per_check if seconds is None else seconds) + self.overhead, left)
        if seconds < 0.05 or left < self.overhead + 0.05:
            self.ran_out = True
            return Check(None, False)
        began = time.perf_counter()
        found = check_route(self.cs, learner, time_limit=seconds, stop=self.stop, workers=self.workers)
        self.overhead = max(self.overhead, time.perf_counter() - began - seconds)
        if found.finish is None and not found.proven:
            self.ran_out = True
        else:
            self._seen[key] = found
        return found
