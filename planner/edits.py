"""The learner's wishes as edits: pin, unpin, exclude, allow again, choose an offering, mark an
outcome proven. Each takes a learner and returns the learner after the edit (a new, validated
object; an edit that changes nothing returns an equal learner), so the command line, a batch and
the window's undo commands apply the same rules; the window only names the undo step.

The rules: a pin and an exclusion of the same module or offering never stand together (the
newer wins); an offering chosen for a module replaces every other pin of that module (the module
itself and its other offerings); an outcome is proven once (a new proof replaces the old one).

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
from planner.models import Evidence, Learner, ProvenOutcome


def _with(learner: Learner, **changes: Any) -> Learner:
    """The learner with ``changes`` (snake_case fields), validated as a whole."""
    data = learner.model_dump()
    data.update(changes)
    return Learner.model_validate(data)


def _without(refs: list[str], *gone: str) -> list[str]:
    return [x for x in refs if x not in gone]


def pin(learner: Learner, ref: str) -> Learner:
    """Pin a module or offering (it must be in the route); it is no longer excluded."""
    if ref in learner.pinned:
        return learner
    return _with(learner, pinned=[*learner.pinned, ref], excluded=_without(learner.excluded, ref))


def unpin(learner: Learner, ref: str) -> Learner:
    """Remove one pin (a module or an offering)."""
    return _with(learner, pinned=_without(learner.pinned, ref))


def unpin_module(cs: CatalogueSet, learner: Learner, module: str) -> Learner:
    """Remove every pin of a module: the module itself and each of its offerings."""
    return _with(learner, pinned=_without(learner.pinned, module, *(f.id for f in cs.offerings_of(module))))


def exclude(learner: Learner, ref: str) -> Learner:
    """Exclude a module or offering (the route must not use it); it is no longer pinned."""
    if ref in learner.excluded:
        return learner
    return _with(learner, excluded=[*learner.excluded, ref], pinned=_without(learner.pinned, ref))


def allow(learner: Learner, ref: str) -> Learner:
    """Allow an excluded module or offering again."""
    return _with(learner, excluded=_without(learner.excluded, ref))


def choose_offering(cs: CatalogueSet, learner: Learner, module: str, offering: str) -> Learner:
    """Pin ``offering`` for ``module`` in place of any other pin of the module (the module or its
    other offerings); neither the module nor the offering stays excluded."""
    siblings = {f.id for f in cs.offerings_of(module)} | {module}
    pinned = [x for x in learner.pinned if x not in siblings] + [offering]
    return _with(learner, pinned=pinned, excluded=_without(learner.excluded, module, offering))


def prove(learner: Learner, outcome: str, evidence: Evidence | str) -> Learner:
    """Mark an outcome proven (or claimed from experience), replacing an earlier proof of it."""
    proven = [p for p in learner.proven if p.outcome != outcome]
    proven.append(ProvenOutcome.model_validate({"outcome": outcome, "evidence": evidence}))
    return _with(learner, proven=[p.model_dump() for p in proven])
