"""Keeping the model between re-plans (issue 25.5).

After a solve the solver may leave its instance, its CP-SAT model as built (before the phases' bounds,
the hints and the stability terms) and its variables in a :class:`KeptModels` store, keyed by the
catalogue set and the plan it returned. A re-plan from that plan, for a learner that differs from the
one the model was built for only by edits that *restrict* the routes, applies them to a copy of the
kept model instead of building the instance, the bounds and the model again:

- a module or offering pinned (the pinned module held at the offering and start week the previous
  plan gave it, as :func:`planner.solver.stability.hold_pins` does; its "first to give an outcome"
  constraint is dropped, as for every pinned module);
- a module or offering excluded (its candidates switched off);
- the budget lowered, a deadline set or moved earlier (a bound on the cost and on the finish);
- anything that does not reach the model (the name, notes, e-mail addresses).

Every restriction keeps the kept instance's pruning and its lower bound valid: a route of the edited
learner is a route of the kept one, so the finish can only be later. A new pin of a module outside the
previous route builds afresh: the pruning kept only pinned modules' late cohorts, and it may need one. The kept instance was cut to the
horizon its own best route gave; when the edit leaves no route inside it, the solver builds afresh
(``core``'s ``_Rebuild``). Any other edit (hours, places, modes, free times, holidays, proven outcomes,
a pin removed, the budget raised, a new catalogue) changes the candidates: the model is built again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from ortools.sat.python import cp_model

from planner.access import deadline_week
from planner.catalog import CatalogueSet
from planner.learner import Learner
from planner.messages import msg
from planner.plan import Plan
from planner.solver.build import build_plan
from planner.solver.instance import Instance
from planner.solver.model import Objectives, Vars, add_budget, preference_terms, stability_terms

#: Learner fields that never reach the model.
UNUSED = {"name", "notes", "emails", "involved", "format_version"}
#: How many kept models a store holds (the most recently used; an XL model is tens of MB).
SIZE = 4


def fingerprint(plan: Plan) -> tuple[object, ...]:
    """What identifies a route: its learner's name and its placements."""
    return (plan.learner, tuple(sorted((i.module, i.offering, i.start_week) for i in plan.items)))


@dataclass
class Kept:
    """A solve's model, kept for the next re-plan."""

    learner: Learner
    inst: Instance
    model: cp_model.CpModel  # as built: no objective, hints, phase bounds or stability terms
    v: Vars
    obj: Objectives
    bound: int  # a lower bound on the finish week for ``learner`` (the plan's claim)
    #: The values of the model's variables in the returned route (None when ``settle`` changed it).
    values: dict[int, int] | None = None


@dataclass
class Reused:
    """A kept model with a re-plan's edits applied: what the search needs."""

    inst: Instance
    model: cp_model.CpModel
    v: Vars
    obj: Objectives
    bound: int
    values: dict[int, int] | None  # a complete hint when the previous route is still a route
    kinds: list[str] = field(default_factory=list)  # the edits applied ("pin", "exclude", …)

    def at_least(self, bound: int) -> int:
        """The finish week is at least ``bound`` (past the kept horizon the model has no route)."""
        assert self.v.finish is not None
        self.model.add(self.v.finish >= bound)
        return bound


class KeptModels:
    """The most recently kept models of a process (thread-safe), by catalogue set and returned plan."""

    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[int, tuple[object, ...], str], tuple[CatalogueSet, Kept]] = OrderedDict()

    def put(self, cs: CatalogueSet, plan: Plan, kept: Kept) -> None:
        """Keep ``kept`` as the model behind ``plan`` (beside those of the same route for other learners)."""
        key = (id(cs), fingerprint(plan), kept.learner.model_dump_json())
        with self._lock:
            self._items[key] = (cs, kept)  # the set itself is held, so its id is not reused meanwhile
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def get(self, cs: CatalogueSet, plan: Plan | None) -> list[Kept]:
        """The models kept behind ``plan`` on these catalogues, the most recent first."""
        if plan is None or not plan.items:
            return []
        route = fingerprint(plan)
        with self._lock:
            return [kept for (ident, key, _), (kset, kept) in reversed(self._items.items())
                    if ident == id(cs) and key == route and kset is cs]

    def reuse(self, cs: CatalogueSet, learner: Learner, previous: Plan | None) -> Reused | None:
        """A kept model behind ``previous`` with the edits to ``learner`` applied (see :func:`reuse`)."""
        for kept in self.get(cs, previous):
            assert previous is not None
            found = reuse(kept, learner, previous)
            if found is not None:
                return found
        return None


#: The store the product's pipeline uses (one per process).
KEPT = KeptModels()


def edits(old: Learner, new: Learner) -> list[str] | None:
    """The restricting edits from ``old`` to ``new`` ("pin", "exclude", "budget", "deadline"), or None
    when another change (one that may add candidates) was made."""
    a, b = old.model_dump(), new.model_dump()
    changed = {k for k in a if a[k] != b.get(k)} - UNUSED
    kinds: list[str] = []
    if "pinned" in changed:
        if not set(old.pinned) <= set(new.pinned):
            return None
        kinds.append("pin")
    if "excluded" in changed:
        if not set(old.excluded) <= set(new.excluded):
            return None
        kinds.append("exclude")
    if "budget" in changed:
        if new.budget is None or (old.budget is not None and new.budget > old.budget):
            return None
        kinds.append("budget")
    if "deadline" in changed:
        if new.deadline is None or (old.deadline is not None and new.deadline > old.deadline):
            return None
        kinds.append("deadline")
    if changed - {"pinned", "excluded", "budget", "deadline"}:
        return None
    return kinds


def reuse(kept: Kept, learner: Learner, previous: Plan) -> Reused | None:
    """The kept model with the edits from its learner to ``learner`` applied, or None when they need
    a model built afresh (see the module docstring)."""
    kinds = edits(kept.learner, learner)
    if kinds is None:
        return None
    inst, cs = kept.inst, kept.inst.cs
    new_pins = [p for p in learner.pinned if p not in kept.learner.pinned]
    if any(p not in inst.by_module and not any(c.offering.id == p for c in inst.candidates) for p in new_pins):
        return None  # a module the kept instance left out (or an unknown reference): build afresh
    in_route = {i.module for i in previous.items} | {i.offering for i in previous.items}
    if any(p not in in_route for p in new_pins):
        # tighten dropped the late candidates of modules that were not pinned when the instance was built;
        # a newly pinned module outside the route may need them: build afresh
        return None
    off = {c.index for c in inst.candidates
           if any(r in (c.module, c.offering.id) for r in set(learner.excluded) - set(kept.learner.excluded))}
    if learner.budget is not None:
        off |= {c.index for c in inst.candidates if c.offering.cost > learner.budget + 1e-9}
    pinned_offerings = {p for p in new_pins if p in cs.offerings}
    pinned_modules = {p for p in new_pins if p in cs.modules} | {cs.offerings[p].module for p in pinned_offerings}
    off |= {c.index for c in inst.candidates if c.module in {cs.offerings[p].module for p in pinned_offerings}
            and c.offering.id not in pinned_offerings}
    # a pinned module of the previous route holds its offering and start week
    placed = {i.module: (i.offering, i.start_week) for i in previous.items}
    held: dict[int, int] = {}
    for mid in sorted(pinned_modules):
        if mid in placed:
            oid, week = placed[mid]
            match = [c for c in inst.by_module.get(mid, []) if c.offering.id == oid and c.earliest <= week <= c.latest]
            if not match:
                return None  # the previous placement is not in the kept instance: build afresh
            held[match[0].index] = week
            off |= {c.index for c in inst.by_module[mid] if c.index != match[0].index}
    if any(c.index in off for c in inst.candidates if c.index in held):
        return None
    model = kept.model.clone()
    v = kept.v
    for i in sorted(off):
        model.add(v.x[i] == 0)
    for i, week in sorted(held.items()):
        model.add(v.x[i] == 1)
        start = v.start[i]
        if not isinstance(start, int):
            model.add(start == week)
    for mid in sorted(pinned_modules):
        model.add(v.y[mid] == 1)
        ct = v.dominance.get(mid)
        if ct is not None:  # a pinned module need not be the first to give an outcome: "… or chosen"
            model.proto.constraints[ct].bool_or.literals.append(v.y[mid].index)
    for oid in sorted(pinned_offerings):
        model.add(sum(v.x[c.index] for c in inst.candidates if c.offering.id == oid) == 1)
    keep = [c for c in inst.candidates if c.index not in off]
    by_module: dict[str, list] = {}
    for c in keep:
        by_module.setdefault(c.module, []).append(c)
    for mid in set(inst.by_module) - set(by_module):
        model.add(v.y[mid] == 0)
    if pinned_modules - set(by_module):
        return None
    certifiers = {o: [m for m in ms if m in by_module] for o, ms in inst.certifiers.items()}
    rejected = dict(inst.rejected)
    for c in inst.candidates:
        if c.index in off and c.index not in held:
            rejected.setdefault(c.offering.id, [msg("reason.excluded")])
    new = replace(inst, learner=learner, candidates=keep, by_module=by_module, rejected=rejected,
                  certifiers={o: ms for o, ms in certifiers.items() if ms},
                  modules={m: inst.modules[m] for m in by_module},
                  pinned_modules=inst.pinned_modules | pinned_modules,
                  pinned_offerings=inst.pinned_offerings | pinned_offerings)
    if "budget" in kinds:
        add_budget(model, new, v)
    dl = deadline_week(learner)
    if dl is not None and v.finish is not None:
        model.add(v.finish <= dl)
    obj = replace(kept.obj, preferences=cp_model.LinearExpr.weighted_sum(
        [kept.obj.late, preference_terms(new, v), stability_terms(new, v, previous)], [1000, 1, 100]))
    values = kept.values
    if values is not None and any(values.get(v.x[c.index].index) == 1 for c in inst.candidates if c.index in off):
        values = None  # the previous route used what the edit switched off
    if values is not None and any(values.get(v.x[i].index) != 1 for i in held):
        values = None
    return Reused(new, model, v, obj, kept.bound, values, kinds)


def hint_values(model: cp_model.CpModel, values: dict[int, int]) -> dict[int, int]:
    """Hint the kept route's values (a complete solution of the kept model; the previous route is still
    a route after the edit) and return them as the known solution."""
    model.clear_hints()
    model.proto.solution_hint.vars.extend(list(values))
    model.proto.solution_hint.values.extend(list(values.values()))
    return dict(values)


def keep_model(store: KeptModels, learner: Learner, inst: Instance, base: cp_model.CpModel, v: Vars,
               obj: Objectives, values: dict[int, int], plan: Plan) -> None:
    """Keep a solve's model (``base``: a copy taken before the search) behind the plan it returned."""
    if plan.bound is None or not plan.items:
        return
    n = len(base.proto.variables)
    raw = build_plan(inst, v, lambda e: int(e) if isinstance(e, int) else values[e.index], plan.status)
    # the values are the returned route's unless settle put modules back since
    same = fingerprint(raw) == fingerprint(plan)
    store.put(inst.cs, plan, Kept(learner, inst, base, v, obj, int(plan.bound),
                                  {i: x for i, x in values.items() if i < n} if same else None))
