"""Several catalogues seen as one: :class:`CatalogueSet` merges loaded catalogue models.

This module reads no files (that is :mod:`planner.reader`'s work, checked by :mod:`planner.check`).
Every id is qualified with its catalogue id
(``hs-oost:prog-basics``) so catalogues of several institutions load side by side; outcome
equivalences between catalogues (recognition across institutions) join outcomes into classes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from networkx.utils import UnionFind

from planner.errors import CatalogueError, UnknownReferenceError
from planner.models import (
    NS,
    Catalogue,
    ChoiceGroup,
    Goal,
    Learner,
    Milestone,
    Module,
    Offering,
    Outcome,
    Pool,
    qualify,
)
from planner.plan import Message
from planner.requirements import map_requirement


class Equivalences:
    """Classes of equivalent outcomes (networkx's union-find), each named by its least member, so the
    representative of a class does not depend on the order equivalences were declared in."""

    def __init__(self) -> None:
        self._uf: UnionFind = UnionFind()
        self._least: dict[str, str] = {}

    def union(self, a: str, b: str) -> None:
        """Declare ``a`` and ``b`` equivalent."""
        ra, rb = self._uf[a], self._uf[b]
        if ra != rb:
            least = min(self._least.get(ra, ra), self._least.get(rb, rb))
            self._uf.union(a, b)
            self._least[self._uf[a]] = least

    def find(self, x: str) -> str:
        """The representative of ``x``'s class (``x`` itself when it has no equivalents)."""
        if x not in self._uf.parents:
            return x
        root = self._uf[x]
        return self._least.get(root, root)

    def members(self) -> set[str]:
        """Every outcome that has been declared equivalent to another."""
        return set(self._uf.parents)


@dataclass(frozen=True)
class LeftOut:
    """An entity that lenient loading left out, with the first error that made it so."""

    kind: str  # "outcome" | "module" | "offering" | "goal" | "equivalence"
    id: str  # qualified id ("hs-noord:prog-advanced"), or "<catalogue>:#<n>" for an equivalence
    catalogue: str
    institution: str
    file: str
    title: str | None
    reason: str
    certifies: list[str] = field(default_factory=list)  # for a module: the outcomes it would give
    module: str | None = None  # for an offering: the (qualified) module it would run

    @property
    def label(self) -> str:
        """'Title (id)' or the id."""
        return f"{self.title} ({self.id})" if self.title else self.id


@dataclass
class CatalogueSet:
    """Several loaded catalogues seen as one, with qualified ids and equivalence classes.

    ``left_out``: entities of the files that lenient loading left out because they have errors.
    """

    catalogues: list[Catalogue] = field(default_factory=list)
    sources: dict[str, Path] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    modules: dict[str, Module] = field(default_factory=dict)
    offerings: dict[str, Offering] = field(default_factory=dict)
    goals: dict[str, Goal] = field(default_factory=dict)
    left_out: list[LeftOut] = field(default_factory=list)
    _classes: Equivalences = field(default_factory=Equivalences)

    # ------------------------------------------------------------------ building
    @classmethod
    def from_catalogues(cls, catalogues: Iterable[Catalogue]) -> CatalogueSet:
        """Qualify and merge catalogue models (no file I/O)."""
        cs = cls()
        for cat in catalogues:
            cs.add(cat)
        return cs

    def add(self, cat: Catalogue, source: Path | None = None, digest: str | None = None) -> None:
        """Add one catalogue; its ids are qualified with its id."""
        if any(c.id == cat.id for c in self.catalogues):
            raise CatalogueError(f"two catalogues have the id '{cat.id}'; give each catalogue its own id")
        ns = cat.id
        self.catalogues.append(cat)
        if source is not None:
            self.sources[ns] = source
        if digest is not None:
            self.hashes[ns] = digest

        def q(ref: str) -> str:
            return qualify(ref, ns)

        def qpool(pool: Pool) -> Pool:
            return pool if pool.catalogue is not None else pool.model_copy(update={"catalogue": ns})

        for o in cat.outcomes:
            self.outcomes[q(o.id)] = o.model_copy(update={"id": q(o.id)})
        for m in cat.modules:
            self.modules[q(m.id)] = m.model_copy(
                update={
                    "id": q(m.id),
                    "certifies": [q(x) for x in m.certifies],
                    "requires": map_requirement(m.requires, q, qpool),
                }
            )
        for f in cat.offerings:
            self.offerings[q(f.id)] = f.model_copy(update={"id": q(f.id), "module": q(f.module)})
        for g in cat.goals:
            self.goals[q(g.id)] = g.model_copy(
                update={
                    "id": q(g.id),
                    "required": [q(x) for x in g.required],
                    "choices": [
                        c.model_copy(update={"of": [q(x) for x in c.of],
                                             "pool": qpool(c.pool) if c.pool is not None else None})
                        for c in g.choices
                    ],
                    "milestones": [
                        ms.model_copy(update={"outcomes": [q(x) for x in ms.outcomes]})
                        for ms in g.milestones
                    ],
                }
            )
        for e in cat.equivalences:
            self._classes.union(q(e.outcome), q(e.equals))
        self.__dict__.pop("_by_module", None)
        self.__dict__.pop("_certifiers", None)

    def left_out_messages(self) -> list[Message]:
        """What lenient loading left out, one message per catalogue and kind ("2 modules of
        Hogeschool Noord were left out: …")."""
        groups: dict[tuple[str, str], list[LeftOut]] = {}
        for lo in self.left_out:
            groups.setdefault((lo.institution, lo.kind), []).append(lo)
        out = []
        for (institution, kind), items in groups.items():
            what = kind if len(items) == 1 else f"{kind}s"
            out.append(Message(code="load.left_out" if len(items) > 1 else "load.left_out_one", params={
                "count": len(items), "what": what, "institution": institution,
                "items": "; ".join(f"{lo.label}: {lo.reason}" for lo in items)}))
        return out

    def left_out_certifiers(self, outcome: str) -> list[LeftOut]:
        """Left-out modules that would have certified an outcome (or one equivalent to it)."""
        root = self.canon(outcome)
        return [lo for lo in self.left_out if lo.kind == "module" and any(self.canon(o) == root for o in lo.certifies)]

    def left_out_offerings(self, outcome: str) -> list[LeftOut]:
        """Left-out offerings of loaded modules that certify an outcome (or one equivalent to it)."""
        mods = {m.id for m in self.certifiers(outcome)}
        return [lo for lo in self.left_out if lo.kind == "offering" and lo.module in mods]

    # ------------------------------------------------------------------ equivalence
    def canon(self, outcome: str) -> str:
        """The representative of an outcome's equivalence class (itself when it has none)."""
        return self._classes.find(outcome)

    def equivalents(self, outcome: str) -> set[str]:
        """Every outcome equivalent to ``outcome``, itself included."""
        root = self._classes.find(outcome)
        return {o for o in set(self.outcomes) | self._classes.members() if self._classes.find(o) == root} | {outcome}

    # ------------------------------------------------------------------ look-ups
    @cached_property
    def _by_module(self) -> dict[str, list[Offering]]:
        out: dict[str, list[Offering]] = {m: [] for m in self.modules}
        for f in self.offerings.values():
            out.setdefault(f.module, []).append(f)
        return out

    @cached_property
    def _certifiers(self) -> dict[str, list[Module]]:
        out: dict[str, list[Module]] = {}
        for m in self.modules.values():
            for o in m.certifies:
                out.setdefault(self.canon(o), []).append(m)
        return out

    def offerings_of(self, module: str) -> list[Offering]:
        """Offerings of a module, in file order."""
        return self._by_module.get(module, [])

    def certifiers(self, outcome: str) -> list[Module]:
        """Modules that certify an outcome or one equivalent to it."""
        return self._certifiers.get(self.canon(outcome), [])

    def goal(self, goal_id: str) -> Goal:
        """A goal by qualified id."""
        try:
            return self.goals[goal_id]
        except KeyError:
            known = ", ".join(sorted(self.goals)) or "none"
            raise UnknownReferenceError(f"there is no goal '{goal_id}' in the loaded catalogues (known: {known})") from None

    def outcome_title(self, outcome: str, language: str = "en") -> str:
        """Title of an outcome, or its id when unknown."""
        o = self.outcomes.get(outcome)
        return o.title.get(language) if o else outcome

    def module_title(self, module: str, language: str = "en") -> str:
        """Title of a module, or its id when unknown."""
        m = self.modules.get(module)
        return m.title.get(language) if m else module

    def milestone(self, qualified: str) -> tuple[Goal, Milestone] | None:
        """A milestone by '<goal id>/<milestone id>' or by bare milestone id of any goal."""
        goal_id, _, ms_id = qualified.rpartition("/")
        for g in self.goals.values():
            if goal_id and g.id != goal_id:
                continue
            for ms in g.milestones:
                if ms.id == ms_id or qualify(ms.id, g.id.split(NS)[0]) == qualified:
                    return g, ms
        return None


def target_outcomes(cs: CatalogueSet, learner: Learner) -> tuple[list[str], list[ChoiceGroup], list[Milestone]]:
    """What a learner must reach: required outcomes, choice groups and milestones of the goal."""
    required = list(learner.outcomes)
    choices: list[ChoiceGroup] = []
    milestones: list[Milestone] = []
    if learner.goal:
        g = cs.goal(learner.goal)
        required = list(dict.fromkeys(list(g.required) + required))
        choices = list(g.choices)
        milestones = list(g.milestones)
    return required, choices, milestones
