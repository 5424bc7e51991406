"""The shipped demo data: two catalogues and four sample learners worth showing.

These tests pin what the demo promises (issue 2, "A demo catalogue worth showing"): its size, the
kinds of goals, offerings and sessions, the learner profiles, and that the data is consistent
enough for the planner to give learners 1–3 a route and learner 4 a clear "no".
They read the files with ruamel directly and validate them with the models, so they stay fast and
independent of the checker and the solver.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from ruamel.yaml import YAML

from planner.models import (
    HOURS_PER_EC,
    MICROCREDENTIAL_EC,
    READ_VERSIONS,
    Catalogue,
    Evidence,
    GoalKind,
    Learner,
    Mode,
    ModuleKind,
    Offering,
    Weekday,
    qualify,
    week_index,
)
from planner.requirements import map_requirement, requirement_holds, strict_outcomes

CATALOGS = Path(__file__).resolve().parents[2] / "catalogs"
OOST = CATALOGS / "hogeschool-oost.yaml"
NOORD = CATALOGS / "partner-noord.yaml"
LEARNERS = CATALOGS / "learners"
EVENING = dt.time(18, 0)
WEEKEND = (Weekday.SAT, Weekday.SUN)


def _load(path: Path) -> object:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def oost() -> Catalogue:
    return Catalogue.model_validate(_load(OOST))


@pytest.fixture(scope="module")
def noord() -> Catalogue:
    return Catalogue.model_validate(_load(NOORD))


@pytest.fixture(scope="module")
def learners() -> dict[str, Learner]:
    return {p.stem: Learner.model_validate(_load(p)) for p in sorted(LEARNERS.glob("*.yaml"))}


class Merged:
    """Both catalogues with qualified ids and equivalence classes (a small stand-in for CatalogueSet)."""

    def __init__(self, *cats: Catalogue) -> None:
        self.outcomes: set[str] = set()
        self.modules = {}
        self.offerings: dict[str, list[Offering]] = {}
        self.goals = {}
        self._parent: dict[str, str] = {}
        for c in cats:
            ns = c.id
            self.outcomes |= {qualify(o.id, ns) for o in c.outcomes}
            for m in c.modules:
                self.modules[qualify(m.id, ns)] = (ns, m)
            for f in c.offerings:
                self.offerings.setdefault(qualify(f.module, ns), []).append(f)
            for g in c.goals:
                self.goals[qualify(g.id, ns)] = (ns, g)
            for e in c.equivalences:
                self._parent[self.canon(qualify(e.outcome, ns))] = self.canon(e.equals)

    def canon(self, o: str) -> str:
        while o in self._parent:
            o = self._parent[o]
        return o

    def certifies(self, mid: str) -> set[str]:
        ns, m = self.modules[mid]
        return {self.canon(qualify(o, ns)) for o in m.certifies}

    def requires(self, mid: str) -> set[str]:
        """Outcomes a module needs before it starts (a corequisite may run alongside: no edge)."""
        ns, m = self.modules[mid]
        return {qualify(o, ns) for o in strict_outcomes(m.requires)}

    def requirement_met(self, mid: str, have: set[str]) -> bool:
        ns, m = self.modules[mid]

        def canon_q(o: str) -> str:
            return self.canon(qualify(o, ns))

        return requirement_holds(map_requirement(m.requires, canon_q), have)

    def goal_outcomes(self, gid: str) -> tuple[set[str], list[tuple[int, set[str]]]]:
        ns, g = self.goals[gid]
        required = {self.canon(qualify(o, ns)) for o in g.required}
        choices = [(c.n, {self.canon(qualify(o, ns)) for o in c.of}) for c in g.choices]
        return required, choices

    def certifiers(self, outcome: str) -> list[str]:
        return [m for m in self.modules if outcome in self.certifies(m)]


@pytest.fixture(scope="module")
def merged(oost: Catalogue, noord: Catalogue) -> Merged:
    return Merged(oost, noord)


def _all_offerings(*cats: Catalogue) -> Iterator[tuple[Catalogue, Offering]]:
    for c in cats:
        for f in c.offerings:
            yield c, f


# --------------------------------------------------------------------------- size and shape


def test_hogeschool_oost_is_big_enough(oost: Catalogue) -> None:
    assert oost.id == "hs-oost"
    assert len(oost.modules) >= 60
    assert len(oost.outcomes) >= 150
    assert len(oost.offerings) >= 2 * len(oost.modules) - 10


def test_outcomes_follow_the_nlqf_structure(oost: Catalogue, noord: Catalogue) -> None:
    for c in (oost, noord):
        for o in c.outcomes:
            assert o.title.nl and o.title.en, o.id
            assert o.parts is not None and o.parts.standard and o.parts.context, o.id
            assert o.level in (5, 6), o.id
            # The Dutch title reads as the parts in order: verb · subject · standard · context.
            title = o.title.nl
            positions = [title.find(p) for p in (o.parts.subject, o.parts.standard, o.parts.context)]
            assert -1 not in positions and positions == sorted(positions), o.id


def test_modules_titles_loads_and_kinds(oost: Catalogue) -> None:
    kinds = {m.kind for m in oost.modules}
    assert kinds == {ModuleKind.TAUGHT, ModuleKind.ASSESSMENT}
    for m in oost.modules:
        assert m.title.nl and m.title.en, m.id
        assert m.provider, m.id
        if m.kind is ModuleKind.TAUGHT:
            assert m.ec is not None and 3 <= m.ec <= 15, m.id
        else:
            assert m.hours is not None and m.hours <= 24, m.id
        if m.microcredential:
            assert MICROCREDENTIAL_EC[0] <= m.study_ec <= MICROCREDENTIAL_EC[1], m.id
    assert sum(m.microcredential for m in oost.modules) >= 20
    assert sum(m.kind is ModuleKind.ASSESSMENT for m in oost.modules) >= 4


def test_every_reference_is_known(merged: Merged) -> None:
    for mid in merged.modules:
        for o in merged.certifies(mid) | merged.requires(mid):
            assert o in merged.outcomes, (mid, o)
    for gid, (ns, g) in merged.goals.items():
        for o in g.all_outcomes():
            assert qualify(o, ns) in merged.outcomes, (gid, o)
    for mid in merged.offerings:
        assert mid in merged.modules, mid
    for mid in merged.modules:
        assert merged.offerings.get(mid), f"{mid} has no offering"


def test_every_outcome_is_certified(merged: Merged) -> None:
    certified = set().union(*(merged.certifies(m) for m in merged.modules))
    assert {merged.canon(o) for o in merged.outcomes} <= certified


def test_prerequisites_have_no_cycles_and_chains_are_deep(merged: Merged) -> None:
    g = nx.DiGraph()
    for mid in merged.modules:
        for req in merged.requires(mid):
            for other in merged.certifiers(merged.canon(req)):
                if other != mid:
                    g.add_edge(other, mid)
    assert nx.is_directed_acyclic_graph(g), nx.find_cycle(g)
    assert nx.dag_longest_path_length(g) >= 4  # five modules in a row
    nested = [m for _, m in merged.modules.values() if m.requires is not None and not isinstance(m.requires, str)]
    assert len(nested) >= 15


# --------------------------------------------------------------------------- offerings


def test_offering_hours_hold_the_study_load(oost: Catalogue, noord: Catalogue) -> None:
    for c in (oost, noord):
        modules = {m.id: m for m in c.modules}
        for f in c.offerings:
            hours = modules[f.module].study_hours
            assert hours <= f.total_hours <= 1.5 * hours, f.id


def test_offerings_cover_modes_places_and_calendar(oost: Catalogue) -> None:
    offerings = oost.offerings
    assert {f.mode for f in offerings} == set(Mode)
    campuses = {f.location for f in offerings if f.mode is Mode.CAMPUS}
    assert {"Enschede", "Deventer", "Apeldoorn"} <= campuses
    starts = [d for f in offerings for d in f.starts]
    assert {d.month for d in starts} >= {9, 2}
    for year in (2026, 2027, 2028):
        assert dt.date(year, 9, 1) <= max(d for d in starts if d.year == year)
    assert any(d.year == 2029 and d.month == 9 for d in starts), "degree-track cohorts through 2029"
    assert any(f.flexible and f.mode is Mode.ONLINE and not f.sessions for f in offerings)
    assert any(f.mode is Mode.ONLINE and f.sessions and f.starts for f in offerings)
    assert all(f.cost > 0 for f in offerings)
    sessions = [s for f in offerings for s in f.sessions]
    assert any(s.start >= EVENING and s.day is not Weekday.SAT for s in sessions)
    assert any(s.day is Weekday.SAT for s in sessions)
    assert any(s.start < dt.time(12) and s.day is not Weekday.SAT for s in sessions), "some daytime"


def test_assessment_routes_are_short_and_flexible(oost: Catalogue) -> None:
    modules = {m.id: m for m in oost.modules}
    evc = [f for f in oost.offerings if modules[f.module].kind is ModuleKind.ASSESSMENT]
    assert evc
    for f in evc:
        assert f.flexible and 2 <= f.weeks <= 4, f.id


# --------------------------------------------------------------------------- goals


def test_goals_of_distinct_kinds(oost: Catalogue, merged: Merged) -> None:
    kinds = {g.kind for g in oost.goals}
    assert {GoalKind.SWITCH, GoalKind.MICROCREDENTIALS} <= kinds
    assert kinds & {GoalKind.ASSOCIATE_DEGREE, GoalKind.DEGREE}
    assert any(g.choices for g in oost.goals)
    for gid in merged.goals:
        required, choices = merged.goal_outcomes(gid)
        for o in required | set().union(set(), *(of for _, of in choices)):
            assert merged.certifiers(o), (gid, o)


def test_switch_programme_has_fastswitch_milestones(oost: Catalogue) -> None:
    goal = next(g for g in oost.goals if g.id == "make-it-work")
    assert goal.kind is GoalKind.SWITCH
    by_id = {ms.id: ms for ms in goal.milestones}
    assert 20 <= by_id["startbekwaam"].weeks <= 30
    assert 45 <= by_id["op-loonwaarde"].weeks <= 60
    assert set(by_id["startbekwaam"].outcomes) <= set(by_id["op-loonwaarde"].outcomes)
    assert set(by_id["op-loonwaarde"].outcomes) <= goal.all_outcomes()


# --------------------------------------------------------------------------- the partner catalogue


def test_partner_catalogue_merges_with_equivalences(oost: Catalogue, noord: Catalogue, merged: Merged) -> None:
    assert noord.id == "partner-noord"
    assert len(noord.modules) >= 10 and len(noord.outcomes) >= 15
    assert {f.location for f in noord.offerings if f.location} >= {"Groningen", "Zwolle"}
    local = {o.id for o in oost.outcomes}
    assert len(noord.equivalences) >= 5
    for e in noord.equivalences:
        ns, _, target = e.equals.partition(":")
        assert ns == "hs-oost" and target in local, e.equals
        assert e.note
    # An edubadge of the partner counts for Hogeschool Oost's own outcome.
    assert merged.canon("partner-noord:py.basis") == merged.canon("hs-oost:ict.prog.basis")


# --------------------------------------------------------------------------- learners


def _usable(f: Offering, learner: Learner) -> bool:
    """The static filters of the planner: mode, place, sessions inside windows, weekly hours."""
    if f.mode not in learner.modes:
        return False
    if learner.places is not None and f.mode is not Mode.ONLINE and f.location not in learner.places:
        return False
    if f.hours_per_week > learner.hours_per_week:
        return False
    if f.starts and max(f.starts) < learner.start:
        return False
    return all(any(w.holds(s) for w in learner.availability) for s in f.sessions)


def _reachable(merged: Merged, learner: Learner) -> set[str]:
    """Outcomes the learner can reach with usable offerings from what they have proven."""
    have = {merged.canon(o) for o in learner.proven_ids()}
    usable = [m for m in merged.modules if any(_usable(f, learner) for f in merged.offerings.get(m, []))]
    changed = True
    while changed:
        changed = False
        for m in usable:
            if merged.requirement_met(m, have) and not merged.certifies(m) <= have:
                have |= merged.certifies(m)
                changed = True
    return have


def _goal_reachable(merged: Merged, learner: Learner) -> bool:
    assert learner.goal is not None
    have = _reachable(merged, learner)
    required, choices = merged.goal_outcomes(learner.goal)
    return required <= have and all(len(of & have) >= n for n, of in choices)


def test_there_are_four_sample_learners(learners: dict[str, Learner], merged: Merged) -> None:
    assert {"switcher-anna", "technician-bram", "badges-chen", "impossible-dewi"} <= set(learners)
    for name, learner in learners.items():
        assert learner.format_version in READ_VERSIONS
        assert learner.goal in merged.goals, name
        for p in learner.proven:
            assert p.outcome in merged.outcomes, (name, p.outcome)
        for h in learner.holidays:
            assert h.start.month in (7, 8) and h.end.month in (7, 8), "holidays only in the summer"


def test_switcher_anna(learners: dict[str, Learner], merged: Merged) -> None:
    anna = learners["switcher-anna"]
    assert anna.goal == "hs-oost:make-it-work"
    assert anna.hours_per_week == 16
    assert all(w.day not in WEEKEND and w.start >= EVENING for w in anna.availability)
    assert Evidence.DIPLOMA in {p.evidence for p in anna.proven}
    assert _goal_reachable(merged, anna)


def test_technician_bram_only_on_saturdays(learners: dict[str, Learner], merged: Merged) -> None:
    bram = learners["technician-bram"]
    assert bram.hours_per_week == 8
    assert {w.day for w in bram.availability} == {Weekday.SAT}
    assert merged.goals[bram.goal][1].kind is GoalKind.MICROCREDENTIALS
    assert bram.places and "Enschede" not in bram.places
    assert _goal_reachable(merged, bram)


def test_chen_brings_edubadges_from_both_institutions(learners: dict[str, Learner], merged: Merged) -> None:
    chen = learners["badges-chen"]
    assert {p.evidence for p in chen.proven} == {Evidence.EDUBADGE}
    assert {p.outcome.split(":")[0] for p in chen.proven} == {"hs-oost", "partner-noord"}
    assert merged.goals[chen.goal][1].kind is GoalKind.MICROCREDENTIALS
    assert _goal_reachable(merged, chen)


def test_dewi_cannot_make_her_deadline(learners: dict[str, Learner], merged: Merged) -> None:
    dewi = learners["impossible-dewi"]
    assert dewi.deadline is not None
    # Every wish but the deadline can be met ...
    assert _goal_reachable(merged, dewi)
    # ... but the study hours the goal needs exceed what she has before the deadline. Lower bound:
    # goal outcomes whose certifiers are disjoint each need their own (cheapest) module.
    required, _ = merged.goal_outcomes(dewi.goal)
    needed, used = 0.0, set()
    for o in sorted(required):
        certs = set(merged.certifiers(o))
        if certs & used:
            continue
        used |= certs
        needed += min(merged.modules[m][1].study_hours for m in certs)
    capacity = week_index(dewi.start, dewi.deadline) * dewi.hours_per_week
    assert needed > 1.5 * capacity, (needed, capacity)
    assert needed >= 12 * HOURS_PER_EC
