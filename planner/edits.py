"""The learner's wishes as edits: pin, unpin, exclude, allow again, choose an offering, mark an
outcome proven. Each takes a learner and returns the learner after the edit (a new, validated
object; an edit that changes nothing returns an equal learner), so the command line, a batch and
the window's undo commands apply the same rules; the window only names the undo step.

The rules: a pin and an exclusion of the same module or offering never stand together (the
newer wins); an offering chosen for a module replaces every other pin of that module (the module
itself and its other offerings); an outcome is proven once (a new proof replaces the old one).
A pin may carry the week it starts (a bar dropped on the timeline); removing the pin removes it.
Order wishes: one module first (a newer "first" replaces the older one), or A before B (a newer
wish that contradicts an older one replaces it: B before A, or A first and X before A).

>>> from planner.models import Learner
>>> anna = Learner(name="Anna", goal="hs:ad", start="2027-09-06", hours_per_week=16, excluded=["hs:db"])
>>> pin(anna, "hs:db").pinned, pin(anna, "hs:db").excluded
(['hs:db'], [])
>>> exclude(pin(anna, "hs:web"), "hs:web").pinned
[]
"""

from __future__ import annotations

from typing import Any

from planner.catalog import CatalogueSet
from planner.models import Evidence, Learner, OrderWish, ProvenOutcome, week_start


def _with(learner: Learner, **changes: Any) -> Learner:
    """The learner with ``changes`` (snake_case fields), validated as a whole."""
    data = learner.model_dump()
    data.update(changes)
    return Learner.model_validate(data)


def _without(refs: list[str], *gone: str) -> list[str]:
    return [x for x in refs if x not in gone]


def _starts(learner: Learner, pinned: list[str]) -> list[dict[str, Any]]:
    """The learner's pinned starts of refs still pinned."""
    return [p.model_dump() for p in learner.pinned_starts if p.ref in pinned]


def pin(learner: Learner, ref: str) -> Learner:
    """Pin a module or offering (it must be in the route); it is no longer excluded."""
    if ref in learner.pinned:
        return learner
    return _with(learner, pinned=[*learner.pinned, ref], excluded=_without(learner.excluded, ref))


def unpin(learner: Learner, ref: str) -> Learner:
    """Remove one pin (a module or an offering), with its start."""
    pinned = _without(learner.pinned, ref)
    return _with(learner, pinned=pinned, pinned_starts=_starts(learner, pinned))


def unpin_module(cs: CatalogueSet, learner: Learner, module: str) -> Learner:
    """Remove every pin of a module: the module itself and each of its offerings (with their starts)."""
    pinned = _without(learner.pinned, module, *(f.id for f in cs.offerings_of(module)))
    return _with(learner, pinned=pinned, pinned_starts=_starts(learner, pinned))


def exclude(learner: Learner, ref: str) -> Learner:
    """Exclude a module or offering (the route must not use it); it is no longer pinned."""
    if ref in learner.excluded:
        return learner
    pinned = _without(learner.pinned, ref)
    return _with(learner, excluded=[*learner.excluded, ref], pinned=pinned, pinned_starts=_starts(learner, pinned))


def allow(learner: Learner, ref: str) -> Learner:
    """Allow an excluded module or offering again."""
    return _with(learner, excluded=_without(learner.excluded, ref))


def choose_offering(cs: CatalogueSet, learner: Learner, module: str, offering: str) -> Learner:
    """Pin ``offering`` for ``module`` in place of any other pin of the module (the module or its
    other offerings); neither the module nor the offering stays excluded."""
    siblings = {f.id for f in cs.offerings_of(module)} | {module}
    pinned = [x for x in learner.pinned if x not in siblings] + [offering]
    return _with(learner, pinned=pinned, excluded=_without(learner.excluded, module, offering),
                 pinned_starts=_starts(learner, [x for x in pinned if x != offering]))


def pin_at(cs: CatalogueSet, learner: Learner, module: str, offering: str, week: int) -> Learner:
    """Pin ``offering`` for ``module`` (as :func:`choose_offering`) starting in week ``week`` of the
    route (0 = the week of the learner's start): a bar dropped on the timeline."""
    if week < 0:
        raise ValueError(f"week {week} is before the learner's start: choose week 0 or later")
    chosen = choose_offering(cs, learner, module, offering)
    start = {"ref": offering, "start": week_start(learner.start, week)}
    return _with(chosen, pinned_starts=[*_starts(chosen, chosen.pinned), start])


def unpin_start(learner: Learner, ref: str) -> Learner:
    """Keep the pin of ``ref`` but let it start in any week."""
    return _with(learner, pinned_starts=[p.model_dump() for p in learner.pinned_starts if p.ref != ref])


def plan_first(learner: Learner, module: str) -> Learner:
    """Wish ``module`` first: it ends before every other module of the route starts. It replaces an
    older "first" wish and every wish that puts another module before this one."""
    wish = OrderWish(module=module)
    if wish in learner.order:
        return learner
    kept = [w for w in learner.order if w.before is not None and w.before != module]
    return _with(learner, order=[*(w.model_dump() for w in kept), wish.model_dump()])


def plan_before(learner: Learner, module: str, before: str) -> Learner:
    """Wish ``module`` to end before ``before`` starts. It replaces the opposite wish, and a wish
    that ``before`` comes first."""
    wish = OrderWish(module=module, before=before)
    if wish in learner.order:
        return learner
    kept = [w for w in learner.order if w != OrderWish(module=before, before=module) and w != OrderWish(module=before)]
    return _with(learner, order=[*(w.model_dump() for w in kept), wish.model_dump()])


def drop_order(learner: Learner, wish: OrderWish) -> Learner:
    """Remove one order wish."""
    return _with(learner, order=[w.model_dump() for w in learner.order if w != wish])


def prove(learner: Learner, outcome: str, evidence: Evidence | str) -> Learner:
    """Mark an outcome proven (or claimed from experience), replacing an earlier proof of it."""
    proven = [p for p in learner.proven if p.outcome != outcome]
    proven.append(ProvenOutcome.model_validate({"outcome": outcome, "evidence": evidence}))
    return _with(learner, proven=[p.model_dump() for p in proven])
