"""The catalogue as a graph (networkx): outcomes and modules, "certifies" and "requires" edges.

Nodes are ``"M:<module id>"`` and ``"O:<outcome id>"`` with attributes ``kind`` ("module" or
"outcome"), ``id`` and ``title``. A module points to each outcome it certifies; an outcome points
to each module that requires it (``relation`` "requires", or "corequisite" when it may be gained
alongside); a module's credit thresholds are listed in its ``thresholds`` attribute (they count
modules, not outcomes, so they are no edges). Equivalent outcomes (recognition across catalogues) are joined by
an ``equivalent`` edge both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx

from planner.catalog import CatalogueSet, target_outcomes
from planner.models import (
    NS,
    ChoiceGroup,
    Credits,
    Learner,
    Requirement,
)
from planner.requirements import (
    corequisites,
    fold,
    map_requirement,
    requirement_holds,
    requirement_outcomes,
    strict_outcomes,
    threshold_key,
    thresholds,
)


def mnode(module: str) -> str:
    """Graph node of a module."""
    return f"M:{module}"


def onode(outcome: str) -> str:
    """Graph node of an outcome."""
    return f"O:{outcome}"


def build_graph(cs: CatalogueSet, language: str = "en") -> nx.DiGraph:
    """The whole catalogue graph."""
    g = nx.DiGraph()
    for oid, o in cs.outcomes.items():
        g.add_node(onode(oid), kind="outcome", id=oid, title=o.title.get(language))
    for mid, m in cs.modules.items():
        g.add_node(mnode(mid), kind="module", id=mid, title=m.title.get(language))
        for oc in m.certifies:
            if onode(oc) not in g:
                g.add_node(onode(oc), kind="outcome", id=oc, title=oc)
            g.add_edge(mnode(mid), onode(oc), relation="certifies")
        alongside = corequisites(m.requires) - strict_outcomes(m.requires)
        for oreq in requirement_outcomes(m.requires):
            if onode(oreq) not in g:
                g.add_node(onode(oreq), kind="outcome", id=oreq, title=oreq)
            g.add_edge(onode(oreq), mnode(mid), relation="corequisite" if oreq in alongside else "requires")
        rules = thresholds(m.requires)
        if rules:
            g.nodes[mnode(mid)]["thresholds"] = [r.label() for r in rules]
    for oid in list(cs.outcomes):
        root = cs.canon(oid)
        if root != oid and onode(root) in g:
            g.add_edge(onode(oid), onode(root), relation="equivalent")
            g.add_edge(onode(root), onode(oid), relation="equivalent")
    return g


def prerequisite_graph(cs: CatalogueSet, node_id: str, language: str = "en", graph: nx.DiGraph | None = None) -> nx.DiGraph:
    """What leads to a module or outcome and what it leads to: its ancestors and descendants.

    ``node_id`` is a module id, an outcome id, or a graph node (``M:...``/``O:...``).
    """
    g = graph if graph is not None else build_graph(cs, language)
    if node_id in g:
        node = node_id
    elif mnode(node_id) in g:
        node = mnode(node_id)
    elif onode(node_id) in g:
        node = onode(node_id)
    else:
        return nx.DiGraph()
    keep = {node} | nx.ancestors(g, node) | nx.descendants(g, node)
    return g.subgraph(keep).copy()


def module_cycles(cs: CatalogueSet) -> list[list[str]]:
    """Prerequisite cycles between modules, each as a list of module ids (first repeated at the end)."""
    g = nx.DiGraph()
    certifiers: dict[str, list[str]] = {}
    for mid, m in cs.modules.items():
        g.add_node(mid)
        for o in m.certifies:
            certifiers.setdefault(cs.canon(o), []).append(mid)
    for mid, m in cs.modules.items():
        for o in strict_outcomes(m.requires):  # a corequisite may run alongside: no cycle
            for other in certifiers.get(cs.canon(o), []):
                if other != mid:
                    g.add_edge(other, mid)
    cycles = []
    for comp in nx.strongly_connected_components(g):
        if len(comp) > 1:
            cyc = nx.find_cycle(g.subgraph(comp))
            path = [e[0] for e in cyc] + [cyc[0][0]]
            cycles.append(path)
    return sorted(cycles)


def canonical_requirement(cs: CatalogueSet, req: Requirement | None) -> Requirement | None:
    """A prerequisite expression with every outcome replaced by its equivalence representative."""
    return map_requirement(req, cs.canon)


def exempt_modules(cs: CatalogueSet, proven: set[str]) -> set[str]:
    """Modules whose every outcome is proven (canonical ids): they count as completed for credit
    thresholds and choice groups counted in modules or EC (an exemption, *vrijstelling*)."""
    return {mid for mid, m in cs.modules.items() if m.certifies and all(cs.canon(o) in proven for o in m.certifies)}


def credit_counter(cs: CatalogueSet, done: Iterable[str], exclude: str | None = None) -> Callable[[Credits], float]:
    """The amount completed towards a threshold by the modules ``done`` (``exclude`` left out)."""
    mods = [cs.modules[m] for m in done if m != exclude and m in cs.modules]

    def count(rule: Credits) -> float:
        return sum(rule.weight(m) for m in mods if rule.counts(m))

    return count


def reachable(cs: CatalogueSet, modules: Iterable[str], proven: set[str],
              clock: Callable[[], None] | None = None) -> tuple[set[str], set[str]]:
    """Outcomes (canonical) that can be gained from ``proven`` using ``modules``; and the usable modules.

    A module is usable when its prerequisites can be met by proven or gainable outcomes; its credit
    thresholds by usable (or exempted) modules; its corequisites by outcomes that some module of
    ``modules`` certifies (optimistic: a corequisite may run at the same time, so a pair of modules
    that need each other alongside is usable).

    Linear in the catalogue per pass: the amount towards each distinct threshold (same count and
    pool) is kept as a running sum over the usable and exempted modules, instead of counted again
    for every module that has it.
    """
    have = set(proven)
    mods = list(modules)
    todo = {m: canonical_requirement(cs, cs.modules[m].requires) for m in mods}
    alongside = set(proven) | {cs.canon(o) for m in mods for o in cs.modules[m].certifies}
    counted = exempt_modules(cs, proven)
    sums = _ThresholdSums(cs, counted)
    usable: set[str] = set()
    changed = True
    while changed:
        changed = False
        if clock is not None:
            clock()  # raises when the caller's time is up
        for m, req in list(todo.items()):
            if requirement_holds(req, have, alongside=alongside, credits=sums.counter(m)):
                usable.add(m)
                have |= {cs.canon(o) for o in cs.modules[m].certifies}
                del todo[m]
                sums.add(m)
                changed = True
    return have, usable


def pool_members(cs: CatalogueSet, rule: Credits) -> frozenset[str]:
    """The modules of the catalogue set that count towards a threshold (every module without a pool).

    Computed once per catalogue set and distinct pool (kept on the set, renewed when its modules
    change), matching one module per kind (subject, level, tags, catalogue) instead of every module:
    broad pools are asked for often.
    """
    stamp = (id(cs.modules), len(cs.modules))
    memo: dict[object, object] = vars(cs).get("_pool_members") or {}
    if memo.get("stamp") != stamp:
        groups: dict[tuple[object, ...], list[str]] = {}
        for mid, m in cs.modules.items():
            kind = ((m.subject or "").casefold(), m.level, tuple(sorted(set(m.tags))), mid.partition(NS)[0])
            groups.setdefault(kind, []).append(mid)
        memo = {"stamp": stamp, "kinds": list(groups.values())}
        vars(cs)["_pool_members"] = memo
    key = threshold_key(rule)
    if key not in memo:
        kinds: list[list[str]] = memo["kinds"]  # type: ignore[assignment]
        memo[key] = frozenset(mid for ids in kinds if rule.counts(cs.modules[ids[0]]) for mid in ids)
    return memo[key]  # type: ignore[return-value]


class _ThresholdSums:
    """Running amounts towards each distinct credit threshold over a growing set of modules."""

    def __init__(self, cs: CatalogueSet, done: set[str]) -> None:
        self.cs = cs
        self.done = set(done)
        self.sums: dict[tuple[object, ...], tuple[Credits, float, frozenset[str]]] = {}

    def add(self, module: str) -> None:
        if module in self.done or module not in self.cs.modules:
            return
        self.done.add(module)
        m = self.cs.modules[module]
        for key, (rule, total, members) in self.sums.items():
            if module in members:
                self.sums[key] = (rule, total + rule.weight(m), members)

    def amount(self, rule: Credits, exclude: str | None = None) -> float:
        key = threshold_key(rule)
        if key not in self.sums:
            members = pool_members(self.cs, rule)
            self.sums[key] = (rule, sum(rule.weight(self.cs.modules[d]) for d in self.done & members), members)
        _, total, members = self.sums[key]
        if exclude is not None and exclude in self.done and exclude in members:
            total -= rule.weight(self.cs.modules[exclude])
        return total

    def counter(self, exclude: str) -> Callable[[Credits], float]:
        return lambda rule: self.amount(rule, exclude)


def open_leaves(req: Requirement | None, proven: set[str]) -> set[str]:
    """Outcomes of a (canonical) prerequisite expression still to be gained, given what is proven.

    Branches of an ``any`` that is already met by proven outcomes are left out.
    """
    if req is None:
        return set()
    Open = tuple[bool, set[str]]  # (holds, outcomes still to gain)

    def all_of(parts: list[Open]) -> Open:
        return all(h for h, _ in parts), set().union(*(o for h, o in parts if not h))

    def any_of(parts: list[Open]) -> Open:
        return (True, set()) if any(h for h, _ in parts) else (False, set().union(*(o for _, o in parts)))

    def leaf(o: str) -> Open:
        return (o in proven, set() if o in proven else {o})

    # a threshold is met by modules, not outcomes: it holds in no branch here, and asks for no outcome
    return fold(req, leaf, all_of, any_of, credits=lambda c: (False, set()))[1]


def relevant_modules(
    cs: CatalogueSet,
    available: set[str],
    required: list[str],
    choices: list[ChoiceGroup],
    proven: set[str],
    pinned: set[str] | None = None,
    clock: Callable[[], None] | None = None,
) -> set[str]:
    """Modules that can help reach the goal: usable, and certifying something needed (transitively).

    ``available`` are the modules with at least one offering the learner can take; ``clock`` is
    called now and then and may raise to stop the work (the solver's time limit).
    """
    _, usable = reachable(cs, sorted(available), proven, clock)
    needed = {cs.canon(o) for o in required}
    for c in choices:
        needed |= {cs.canon(o) for o in c.of}
    pinned_usable = (pinned or set()) & usable

    def prereqs(m: str) -> set[str]:
        return open_leaves(canonical_requirement(cs, cs.modules[m].requires), proven)

    for m in pinned_usable:
        needed |= prereqs(m)
    needed -= proven
    certifiers: dict[str, list[str]] = {}
    for m in usable:
        for o in cs.modules[m].certifies:
            certifiers.setdefault(cs.canon(o), []).append(m)
    relevant: set[str] = set()
    frontier: list[str] = list(needed)
    seen = set(needed)
    # modules that count towards a choice group in modules or EC, or a credit threshold, are
    # relevant for what they count, not for their outcomes
    queue: list[str] = sorted(pinned_usable | {m for m in usable if any(_counts_for(cs, c, m) for c in choices)})
    counted: set[tuple[object, ...]] = set()  # thresholds whose pool is queued (one scan per distinct pool)
    while frontier or queue:
        while frontier:
            queue += certifiers.get(frontier.pop(), [])
        if not queue:
            break
        m = queue.pop()
        if m in relevant:
            continue
        if clock is not None and len(relevant) % 128 == 0:
            clock()
        relevant.add(m)
        for cp in prereqs(m):
            if cp not in seen and cp not in proven:
                seen.add(cp)
                frontier.append(cp)
        for rule in thresholds(cs.modules[m].requires):
            key = threshold_key(rule)
            if key not in counted:
                counted.add(key)
                queue += sorted((usable & pool_members(cs, rule)) - relevant)
    return relevant


def _counts_for(cs: CatalogueSet, group: ChoiceGroup, module: str) -> bool:
    """Whether a module counts towards a choice group counted in modules or EC."""
    m = cs.modules[module]
    if group.pool is not None:
        return group.pool.matches(m)
    return group.min_ec is not None and any(cs.canon(o) in {cs.canon(x) for x in group.of} for o in m.certifies)


@dataclass(frozen=True)
class Unreachable:
    """A goal outcome that cannot be reached, with the reason."""

    outcome: str
    reason: str  # "uncertified" | "unreachable" | "no-offering" | "credits" (missing: the thresholds)
    missing: tuple[str, ...] = ()


def available_modules(cs: CatalogueSet, learner: Learner) -> set[str]:
    """Modules with at least one offering this learner can take: mode, place, free times, budget,
    exclusions, a claim for an assessment-only route, and a start between their start and deadline."""
    from planner.access import assessment_allowed, deadline_week, offering_rejections, start_range

    claimed = {cs.canon(o) for o in learner.claimed_ids()}
    horizon = deadline_week(learner)
    out = set()
    for mid, m in cs.modules.items():
        if mid in learner.excluded or not assessment_allowed(cs, m, claimed):
            continue
        for off in cs.offerings_of(mid):
            if off.id in learner.excluded or offering_rejections(learner, off):
                continue
            if start_range(learner, off, horizon if horizon is not None else 520) is not None:
                out.add(mid)
                break
    return out


def relevant_subgraph(cs: CatalogueSet, learner: Learner, language: str = "en") -> nx.DiGraph:
    """The part of the catalogue graph that can help this learner reach their goal.

    Modules that are available to the learner, usable from what they have proven, and certify a
    goal outcome or a prerequisite of another relevant module; with the outcomes they certify and
    require.
    """
    required, choices, milestones = target_outcomes(cs, learner)
    required = required + [o for m in milestones for o in m.outcomes]
    proven = {cs.canon(o) for o in learner.proven_ids()}
    pinned = {p for p in learner.pinned if p in cs.modules}
    mods = relevant_modules(cs, available_modules(cs, learner), required, choices, proven, pinned)
    g = build_graph(cs, language)
    keep = {mnode(m) for m in mods}
    for m in mods:
        keep |= {onode(o) for o in cs.modules[m].certifies}
        keep |= {onode(o) for o in requirement_outcomes(cs.modules[m].requires)}
    return g.subgraph(keep).copy()


def unreachable_outcomes(cs: CatalogueSet, learner: Learner, available: set[str] | None = None) -> list[Unreachable]:
    """Goal outcomes the learner cannot reach, each with the reason.

    - ``uncertified``: no module certifies it;
    - ``no-offering``: modules certify it, but none has an offering the learner can take, where
      or when they can be (``available``: the modules that have one; by default computed with
      :func:`available_modules`);
    - ``unreachable``: every module that certifies it needs something that cannot be reached
      (``missing``: those outcomes);
    - ``credits``: the modules that certify it need more credits completed than the usable modules
      give (``missing``: those thresholds, in words).
    """
    required, choices, milestones = target_outcomes(cs, learner)
    goal = set(required)
    for c in choices:
        goal |= set(c.of)
    for ms in milestones:
        goal |= set(ms.outcomes)
    proven = {cs.canon(o) for o in learner.proven_ids()}
    mods = available_modules(cs, learner) if available is None else available
    have_all, usable_all = reachable(cs, sorted(cs.modules), proven)
    have, usable = reachable(cs, sorted(mods), proven)
    exempt = exempt_modules(cs, proven)
    out: list[Unreachable] = []
    for o in sorted(goal):
        co = cs.canon(o)
        if co in have:
            continue
        certs = cs.certifiers(o)
        if not certs:
            out.append(Unreachable(o, "uncertified"))
            continue
        everywhere = co not in have_all or not any(m.id in mods for m in certs)
        known, done = (have_all, usable_all) if everywhere else (have, usable)
        missing: set[str] = set()
        short: list[str] = []
        for m in certs:
            missing |= {p for p in requirement_outcomes(m.requires) if cs.canon(p) not in known}
            count = credit_counter(cs, done | exempt, m.id)
            short += [r.label() for r in thresholds(m.requires) if count(r) + 1e-9 < r.amount]
        if everywhere and (co in have_all or not (missing or short)):
            out.append(Unreachable(o, "no-offering"))
        elif missing:
            out.append(Unreachable(o, "unreachable", tuple(sorted(missing))))
        elif short:
            out.append(Unreachable(o, "credits", tuple(dict.fromkeys(short))))
        else:
            out.append(Unreachable(o, "unreachable", ()))
    return out


@dataclass(frozen=True)
class ShortChoice:
    """A choice group counted in modules or EC that the usable modules cannot fill."""

    group: ChoiceGroup
    have: str
    need: str


def short_choices(cs: CatalogueSet, learner: Learner, available: set[str] | None = None) -> list[ShortChoice]:
    """The goal's choice groups counted in modules or EC that the modules this learner can take
    (and those exempted) cannot fill, with what they give and what is asked."""
    _, choices, _ = target_outcomes(cs, learner)
    proven = {cs.canon(o) for o in learner.proven_ids()}
    mods = available_modules(cs, learner) if available is None else available
    _, usable = reachable(cs, sorted(mods), proven)
    counted = usable | exempt_modules(cs, proven)
    out: list[ShortChoice] = []
    for g in choices:
        if not g.counts_modules:
            continue
        members = [cs.modules[m] for m in sorted(counted) if _counts_for(cs, g, m)]
        ec = sum(m.study_ec for m in members)
        if g.pool is not None and len(members) < g.n:
            out.append(ShortChoice(g, f"{len(members)} modules", f"{g.n} modules"))
        elif g.min_ec is not None and ec + 1e-9 < g.min_ec:
            out.append(ShortChoice(g, f"{ec:g} EC", f"{g.min_ec:g} EC"))
    return out
