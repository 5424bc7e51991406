"""Walking prerequisite expressions: one fold, and the questions every part of the planner asks.

A prerequisite expression (:data:`planner.models.Requirement`) is an outcome id, ``{all: [...]}`` or
``{any: [...]}`` (nested), a credit threshold ``{credits: 84, from: {...}}`` (or ``{modules: 3, ...}``)
or a corequisite ``{with: outcome}``. :func:`fold` is the one walker over that tree; evaluation, the
ids it mentions, rewriting ids, field paths, solver literals and bounds are its callers.

What each form asks of a route, for a module starting in week s:

- an outcome id: proven, or gained by another module of the route that ended by week s;
- ``with``: proven, or certified by another module of the route that starts in week s or before
  (it runs at the same time, or earlier; it may end later);
- ``credits``: the EC (``modules``: the number) of the modules of the route that ended by week s,
  counted from the pool when ``from`` is given, plus the modules whose every outcome the learner has
  proven (an exemption counts as completed), is at least the threshold.

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

from planner.models import AllOf, AnyOf, Credits, Pool, Requirement, With

T = TypeVar("T")


def fold(
    req: Requirement,
    leaf: Callable[[str], T],
    all_of: Callable[[list[T]], T],
    any_of: Callable[[list[T]], T],
    credits: Callable[[Credits], T] | None = None,
    with_: Callable[[str], T] | None = None,
) -> T:
    """Combine a prerequisite expression bottom-up: ``leaf`` for an outcome id, ``all_of`` and
    ``any_of`` for the values of a node's items, ``credits`` for a threshold and ``with_`` for a
    corequisite's outcome (by default like ``leaf``: an outcome gained before is gained in time).

    A caller that passes no ``credits`` gets ``all_of([])`` for a threshold: it mentions no outcome.
    """
    if isinstance(req, str):
        return leaf(req)
    if isinstance(req, AllOf):
        return all_of([fold(r, leaf, all_of, any_of, credits, with_) for r in req.all])
    if isinstance(req, AnyOf):
        return any_of([fold(r, leaf, all_of, any_of, credits, with_) for r in req.any])
    if isinstance(req, With):
        return (with_ or leaf)(req.with_)
    return credits(req) if credits is not None else all_of([])


def _union(parts: list[set[str]]) -> set[str]:
    return set().union(*parts)


def requirement_outcomes(req: Requirement | None) -> set[str]:
    """Every outcome id mentioned in a prerequisite expression (corequisites included)."""
    return set() if req is None else fold(req, lambda o: {o}, _union, _union)


def strict_outcomes(req: Requirement | None) -> set[str]:
    """The outcome ids that must be gained *before* the module starts (not its corequisites)."""
    return set() if req is None else fold(req, lambda o: {o}, _union, _union, with_=lambda o: set())


def corequisites(req: Requirement | None) -> set[str]:
    """The outcome ids of a prerequisite expression's corequisites (``with``)."""
    return set() if req is None else fold(req, lambda o: set(), _union, _union, with_=lambda o: {o})


def thresholds(req: Requirement | None) -> list[Credits]:
    """Every credit threshold in a prerequisite expression."""
    if req is None:
        return []

    def join(parts: list[list[Credits]]) -> list[Credits]:
        return [c for p in parts for c in p]

    return fold(req, lambda o: [], join, join, credits=lambda c: [c])


def threshold_key(rule: Credits) -> tuple[object, ...]:
    """What decides a threshold's count: EC or modules, and the pool (two rules with the same key
    count the same modules with the same weight)."""
    pool = rule.from_
    return (rule.credits is None,) + (() if pool is None else (pool.subject and pool.subject.casefold(), pool.level,
                                                                 pool.tag, pool.catalogue))


def requirement_holds(
    req: Requirement | None,
    have: set[str] | frozenset[str],
    *,
    alongside: set[str] | frozenset[str] | None = None,
    credits: Callable[[Credits], float] | None = None,
) -> bool:
    """Whether a prerequisite expression is satisfied.

    ``have``: the outcomes gained before; ``alongside``: the outcomes gained by modules running at
    the same time or earlier (for ``with``; default ``have``); ``credits``: the amount completed
    towards a threshold (default: nothing, so a threshold fails).
    """
    if req is None:
        return True
    along = have if alongside is None else alongside

    def threshold(c: Credits) -> bool:
        return credits is not None and credits(c) + 1e-9 >= c.amount

    return fold(req, have.__contains__, all, any, credits=threshold, with_=along.__contains__)


def map_requirement(
    req: Requirement | None, fn: Callable[[str], str], pool: Callable[[Pool], Pool] | None = None
) -> Requirement | None:
    """Rewrite every outcome id in a prerequisite expression with ``fn``, and every pool with
    ``pool`` (no re-validation: that is slow for this recursive union, and a catalogue with a broken
    id must still be checked)."""
    if req is None:
        return None

    def all_of(items: list[Requirement]) -> Requirement:
        return AllOf.model_construct(all=items)

    def any_of(items: list[Requirement]) -> Requirement:
        return AnyOf.model_construct(any=items)

    def threshold(c: Credits) -> Requirement:
        if pool is None or c.from_ is None:
            return c
        return Credits.model_construct(credits=c.credits, modules=c.modules, from_=pool(c.from_))

    def with_(o: str) -> Requirement:
        return With.model_construct(with_=fn(o))

    leaf: Callable[[str], Requirement] = fn
    return fold(req, leaf, all_of, any_of, credits=threshold, with_=with_)


def necessary(req: Requirement | None, leaf: Callable[[str], str] = str) -> set[str]:
    """The outcomes a requirement cannot hold without, gained before the module starts: those that
    every ``any`` branch needs (not corequisites: their module may end later)."""
    if req is None:
        return set()

    def meet(parts: list[set[str]]) -> set[str]:
        return set.intersection(*parts) if parts else set()

    return fold(req, lambda o: {leaf(o)}, _union, meet, credits=lambda c: set(), with_=lambda o: set())


def requirement_paths(req: Requirement | None, base: Sequence[str | int]) -> Iterator[tuple[list[str | int], str]]:
    """Every outcome id in a prerequisite expression with its field path below ``base``."""
    if req is None:
        return
    if isinstance(req, str):
        yield list(base), req
        return
    if isinstance(req, With):
        yield [*base, "with"], req.with_
        return
    if isinstance(req, Credits):
        return
    key, items = ("all", req.all) if isinstance(req, AllOf) else ("any", req.any)
    for j, item in enumerate(items):
        yield from requirement_paths(item, [*base, key, j])


def threshold_paths(req: Requirement | None, base: Sequence[str | int]) -> Iterator[tuple[list[str | int], Credits]]:
    """Every credit threshold in a prerequisite expression with its field path below ``base``."""
    if req is None or isinstance(req, str | With):
        return
    if isinstance(req, Credits):
        yield list(base), req
        return
    key, items = ("all", req.all) if isinstance(req, AllOf) else ("any", req.any)
    for j, item in enumerate(items):
        yield from threshold_paths(item, [*base, key, j])


#: The words :func:`describe` joins a requirement with (a window passes translated ones).
WORDS = {"and": "and", "or": "or", "completed": "{what} completed", "alongside": "{outcome} (before or alongside)",
         "ec": "{n} EC", "modules": "{n} modules", "module": "1 module", "from": "{what} ({pool})"}


def describe(req: Requirement | None, title: Callable[[str], str] = str, words: dict[str, str] | None = None) -> str:
    """A prerequisite expression in words.

    >>> from planner.models import AllOf, AnyOf, Credits, Pool, With
    >>> describe(AllOf(all=["a", AnyOf(any=["b", "c"]), Credits(credits=84, from_=Pool(level=2)), With(with_="d")]))
    'a and (b or c) and 84 EC (level 2) completed and d (before or alongside)'
    """
    if req is None:
        return ""
    w = {**WORDS, **(words or {})}

    def join(word: str) -> Callable[[list[str]], str]:
        return lambda parts: "(" + f" {w[word]} ".join(parts) + ")" if len(parts) > 1 else "".join(parts)

    def threshold(c: Credits) -> str:
        what = w["ec"].format(n=f"{c.credits:g}") if c.credits is not None else \
            w["module" if c.modules == 1 else "modules"].format(n=c.modules)
        if c.from_ is not None:
            what = w["from"].format(what=what, pool=c.from_.label())
        return w["completed"].format(what=what)

    def one(r: Requirement) -> str:
        return fold(r, title, join("and"), join("or"), credits=threshold,
                    with_=lambda o: w["alongside"].format(outcome=title(o)))

    if isinstance(req, AllOf | AnyOf):
        word, items = ("and", req.all) if isinstance(req, AllOf) else ("or", req.any)
        return f" {w[word]} ".join(one(r) for r in items)
    return one(req)
