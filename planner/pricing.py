"""Prices that were not published: what a route costs, what the budget still allows, and what the
solver's cost tie-break counts for them.

An offering without a published price (``Offering.cost_known`` false, e.g. an OOAPI offering with
no ``priceInformation``) costs an unknown amount, never €0. A route's cost is the sum of its known
prices plus a count of unknown ones ('€1,240 + 2 modules with no published price'); a route with an
unknown price never "fits the budget" outright: it fits if those prices together stay within what
the budget leaves. The hard budget rule counts the known prices (the unknown ones cannot be
counted); the cost tie-break counts an unknown price as at least the dearest known price of the
same module (else of all candidates) plus a cent, so known prices are preferred there and only
there, and an unknown price is never taken for free.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol


class Priced(Protocol):
    """Anything with a price that may be unknown: an offering or a plan item."""

    @property
    def cost(self) -> float: ...

    @property
    def cost_known(self) -> bool: ...


def known_cost(items: Iterable[Priced]) -> float:
    """The sum of the prices that are known."""
    return sum(it.cost for it in items if it.cost_known)


def unknown_prices(items: Iterable[Priced]) -> int:
    """How many of ``items`` have no published price."""
    return sum(1 for it in items if not it.cost_known)


def room_for_unknown(budget: float | None, cost: float, unknown: int) -> float | None:
    """What the budget leaves for the unknown prices of a route whose known prices sum to ``cost``;
    None when there is no budget or no unknown price (and when the known prices exceed it already)."""
    if budget is None or unknown <= 0 or cost > budget + 1e-6:
        return None
    return round(max(0.0, budget - cost), 2)


def tie_break_cents(offerings: Sequence[tuple[str, Priced]]) -> list[int]:
    """What the cost tie-break counts for each (module, offering), in cents, in the same order.

    A known price counts as itself. An unknown one counts as the dearest known price among its
    module's offerings here (else among all of them) plus one cent: never free, and never preferred
    to a known price of the same module."""
    dearest_all = max((o.cost for _, o in offerings if o.cost_known), default=0.0)
    dearest: dict[str, float] = {}
    for module, o in offerings:
        if o.cost_known:
            dearest[module] = max(dearest.get(module, 0.0), o.cost)
    return [int(round(o.cost * 100)) if o.cost_known else int(round(dearest.get(m, dearest_all) * 100)) + 1
            for m, o in offerings]
