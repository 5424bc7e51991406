"""Walking prerequisite expressions: one fold, and the questions every part of the planner asks.

A prerequisite expression (:data:`planner.models.Requirement`) is an outcome id, ``{all: [...]}`` or
``{any: [...]}``, nested. :func:`fold` is the one walker over that tree; evaluation, the ids it
mentions, rewriting ids, field paths, solver literals and bounds are its callers.

>>> from planner.models import AllOf, AnyOf
>>> req = AllOf(all=["a", AnyOf(any=["b", "c"])])
>>> sorted(requirement_outcomes(req)), requirement_holds(req, {"a", "c"}), requirement_holds(req, {"b"})
(['a', 'b', 'c'], True, False)
>>> fold(req, len, sum, min)  # the fewest characters of ids that satisfy it
2
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from planner.models import AllOf, AnyOf, Requirement

T = TypeVar("T")


def fold(
    req: Requirement,
    leaf: Callable[[str], T],
    all_of: Callable[[list[T]], T],
    any_of: Callable[[list[T]], T],
) -> T:
    """Combine a prerequisite expression bottom-up: ``leaf`` for an outcome id, ``all_of`` and
    ``any_of`` for the values of a node's items."""
    if isinstance(req, str):
        return leaf(req)
    if isinstance(req, AllOf):
        return all_of([fold(r, leaf, all_of, any_of) for r in req.all])
    return any_of([fold(r, leaf, all_of, any_of) for r in req.any])


def _union(parts: list[set[str]]) -> set[str]:
    return set().union(*parts)


def requirement_outcomes(req: Requirement | None) -> set[str]:
    """Every outcome id mentioned in a prerequisite expression."""
    return set() if req is None else fold(req, lambda o: {o}, _union, _union)


def requirement_holds(req: Requirement | None, have: set[str] | frozenset[str]) -> bool:
    """Whether a prerequisite expression is satisfied by a set of outcome ids."""
    return req is None or fold(req, have.__contains__, all, any)


def map_requirement(req: Requirement | None, fn: Callable[[str], str]) -> Requirement | None:
    """Rewrite every outcome id in a prerequisite expression with ``fn`` (no re-validation: that is
    slow for this recursive union, and a catalogue with a broken id must still be checked)."""
    if req is None:
        return None

    def all_of(items: list[Requirement]) -> Requirement:
        return AllOf.model_construct(all=items)

    def any_of(items: list[Requirement]) -> Requirement:
        return AnyOf.model_construct(any=items)

    leaf: Callable[[str], Requirement] = fn
    return fold(req, leaf, all_of, any_of)


def necessary(req: Requirement | None, leaf: Callable[[str], str] = str) -> set[str]:
    """The outcomes a requirement cannot hold without: those that every ``any`` branch needs."""
    if req is None:
        return set()

    def meet(parts: list[set[str]]) -> set[str]:
        return set.intersection(*parts) if parts else set()

    return fold(req, lambda o: {leaf(o)}, _union, meet)


def requirement_paths(req: Requirement | None, base: Sequence[str | int]) -> Iterator[tuple[list[str | int], str]]:
    """Every outcome id in a prerequisite expression with its field path below ``base``."""
    if req is None:
        return
    if isinstance(req, str):
        yield list(base), req
        return
    key, items = ("all", req.all) if isinstance(req, AllOf) else ("any", req.any)
    for j, item in enumerate(items):
        yield from requirement_paths(item, [*base, key, j])
