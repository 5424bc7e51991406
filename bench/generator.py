"""Seeded synthetic catalogues and learners for the benchmarks.

Every instance is built in code (no files) from ``random.Random(seed)`` and is deterministic for a
(size, seed) pair. The structure follows real part-time programmes:

- a catalogue holds several *programmes*; each programme is a layered DAG of outcomes (6–9 layers)
  on top of shared *foundation* outcomes, so prerequisite chains are at least 7 outcomes deep;
  prerequisites use ``all`` and, now and then, ``any``;
- each outcome has a main taught module, often an alternative (another provider, or a combined
  module that certifies two outcomes) and sometimes an assessment-only (EVC) route of a few hours,
  open to a learner who claims experience in that outcome;
- offerings: cohorts every 10–16 weeks (campus, workplace, hybrid or online with a webinar) with
  evening or Saturday sessions, and self-paced online offerings with flexible entry;
- the learner: evenings and Saturday free (one weekday evening taken), two or three reachable
  places, 12–16 h a week with a quieter summer, some foundations proven, experience claimed in
  about half of the outcomes that have an EVC route, and the
  goal of one programme: every outcome required plus "2 of 4" specialisations.

Sizes: S ~100 modules (route ~10), M ~300 (route ~30), L ~1,000 (route ~60) and XL ~5,000 modules
over five merged catalogues whose partner programmes have outcomes recognised as equivalent.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from typing import Any

from planner.catalog import CatalogueSet
from planner.models import (
    AllOf,
    AnyOf,
    CapacityException,
    Catalogue,
    ChoiceGroup,
    EntryWindow,
    Equivalence,
    Evidence,
    Goal,
    GoalKind,
    Learner,
    Mode,
    Module,
    ModuleKind,
    Offering,
    Outcome,
    ProvenOutcome,
    Requirement,
    Session,
    Text,
    TimeWindow,
    Weekday,
)
from planner.plan import Plan, Status


@dataclass(frozen=True)
class SizeSpec:
    """Shape of one benchmark size."""

    modules: int  # target number of modules in all catalogues together
    route: int  # programme outcomes (the route is about this many modules)
    layers: int  # outcome layers in a programme (chain depth without the foundations)
    catalogues: int  # merged catalogues
    foundations: int  # shared foundation outcomes per catalogue
    span: int  # weeks of published cohort dates after the learner's start


SIZES: dict[str, SizeSpec] = {
    "S": SizeSpec(modules=100, route=9, layers=6, catalogues=1, foundations=4, span=130),
    "M": SizeSpec(modules=300, route=28, layers=7, catalogues=1, foundations=6, span=208),
    "L": SizeSpec(modules=1000, route=56, layers=8, catalogues=1, foundations=8, span=416),
    "XL": SizeSpec(modules=5000, route=44, layers=8, catalogues=5, foundations=8, span=416),
}

TOWNS = ["enschede", "deventer", "zwolle", "apeldoorn", "hengelo", "almelo", "groningen", "leeuwarden",
         "assen", "emmen", "arnhem", "nijmegen"]
EVENING = [(dt.time(18, 30), dt.time(21, 0)), (dt.time(19, 0), dt.time(21, 30)), (dt.time(19, 30), dt.time(22, 0))]
SATURDAY = [(dt.time(9, 30), dt.time(12, 30)), (dt.time(13, 0), dt.time(16, 0))]
WEEKDAYS = [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU]
HOURS = [28, 42, 56, 56, 70, 84]
PUBLISHED = dt.date(2027, 6, 1)
FIRST_START = dt.date(2027, 8, 30)  # a Monday


def _text(s: str) -> Text:
    return Text(en=s, nl=s)


class _Builder:
    """Builds one catalogue: foundations, programmes, offerings."""

    def __init__(self, rng: random.Random, spec: SizeSpec, cid: str, towns: list[str], epoch: dt.date) -> None:
        self.rng = rng
        self.spec = spec
        self.cid = cid
        self.towns = towns
        self.epoch = epoch  # the learner's start; cohort dates are laid around it
        self.outcomes: list[Outcome] = []
        self.modules: list[Module] = []
        self.offerings: list[Offering] = []
        self.goals: list[Goal] = []
        self.equivalences: list[Equivalence] = []
        self.foundations: list[str] = []
        self.programmes: list[dict[str, Any]] = []

    # ------------------------------------------------------------------ pieces
    def outcome(self, oid: str, level: int) -> str:
        self.outcomes.append(Outcome(id=oid, title=_text(f"Can do {oid}"), level=min(8, max(1, level))))
        return oid

    def _starts(self, weeks: int) -> list[dt.date]:
        period = self.rng.randint(10, 16)
        first = -self.rng.randint(0, period - 1) - 20
        out = []
        w = first
        while w <= self.spec.span:
            out.append(self.epoch + dt.timedelta(weeks=w))
            w += period
        return out

    def _session(self, slot: str) -> Session:
        if slot == "evening":
            start, end = self.rng.choice(EVENING)
            return Session(day=self.rng.choice(WEEKDAYS), start=start, end=end)
        if slot == "saturday":
            start, end = self.rng.choice(SATURDAY)
            return Session(day=Weekday.SAT, start=start, end=end)
        # daytime: outside a working learner's windows
        return Session(day=self.rng.choice(WEEKDAYS + [Weekday.FRI]), start=dt.time(13, 0), end=dt.time(16, 0))

    def offerings_for(self, mid: str, hours: float, assessment: bool = False, main: bool = False) -> None:
        rng = self.rng
        if assessment:
            hpw = rng.choice([3, 4])  # the Saturday session is 3 hours
            weeks = math.ceil(hours / hpw)
            self.offerings.append(Offering(
                id=f"{mid}-a", module=mid, mode=Mode.CAMPUS, location=rng.choice(self.towns),
                starts=self._starts(weeks), weeks=weeks, hours_per_week=hpw, cost=rng.choice([250, 400, 600]),
                sessions=[self._session("saturday")]))
            if rng.random() < 0.5:
                self.offerings.append(Offering(
                    id=f"{mid}-p", module=mid, mode=Mode.ONLINE, entry=EntryWindow(start=self.epoch - dt.timedelta(weeks=40)),
                    weeks=math.ceil(hours / 2), hours_per_week=2, cost=rng.choice([300, 500])))
            return
        # cohort offerings: campus / hybrid / workplace with a session, online with a webinar
        n_cohorts = rng.choice([1, 1, 2, 2, 3])
        for k in range(n_cohorts):
            hpw = rng.choice([5, 6, 7, 8, 8, 10])
            weeks = math.ceil(hours / hpw - 1e-9)
            mode = rng.choices([Mode.CAMPUS, Mode.ONLINE, Mode.HYBRID, Mode.WORKPLACE], [5, 3, 1, 1])[0]
            slot = rng.choices(["evening", "saturday", "daytime"], [6, 3, 1])[0]
            sessions = [self._session(slot)]
            if mode == Mode.ONLINE and rng.random() < 0.3:
                sessions = []
            if mode == Mode.WORKPLACE:
                sessions = [self._session("saturday")] if rng.random() < 0.5 else []
            location = None if mode == Mode.ONLINE else rng.choice(self.towns)
            self.offerings.append(Offering(
                id=f"{mid}-c{k}", module=mid, mode=mode, location=location, starts=self._starts(weeks),
                weeks=weeks, hours_per_week=hpw, sessions=sessions, cost=rng.choice([0, 350, 500, 750, 900]),
                language=rng.choices(["nl", "en"], [4, 1])[0]))
        if rng.random() < 0.55:
            hpw = rng.choice([4, 5, 6])
            weeks = math.ceil(hours / hpw - 1e-9)
            end = None if main or rng.random() < 0.7 else self.epoch + dt.timedelta(weeks=rng.randint(60, self.spec.span))
            self.offerings.append(Offering(
                id=f"{mid}-s", module=mid, mode=Mode.ONLINE,
                entry=EntryWindow(start=self.epoch - dt.timedelta(weeks=30), end=end),
                weeks=weeks, hours_per_week=hpw, cost=rng.choice([200, 400, 600])))
        elif main:
            # every outcome's main module has an offering any learner can reach: online, Saturday
            hpw = rng.choice([5, 6, 8])
            weeks = math.ceil(hours / hpw - 1e-9)
            self.offerings.append(Offering(
                id=f"{mid}-o", module=mid, mode=Mode.ONLINE, starts=self._starts(weeks), weeks=weeks,
                hours_per_week=hpw, sessions=[self._session("saturday")] if rng.random() < 0.5 else [],
                cost=rng.choice([350, 500, 750])))

    def module(self, mid: str, certifies: list[str], requires: Requirement | None, hours: float,
               kind: ModuleKind = ModuleKind.TAUGHT, provider: str | None = None, main: bool = False) -> None:
        self.modules.append(Module(
            id=mid, title=_text(f"Module {mid}"), kind=kind, hours=hours, certifies=certifies, requires=requires,
            provider=provider, microcredential=(kind == ModuleKind.TAUGHT and 84 <= hours <= 840 and self.rng.random() < 0.2)))
        self.offerings_for(mid, hours, assessment=(kind == ModuleKind.ASSESSMENT), main=main)

    # ------------------------------------------------------------------ structure
    def build_foundations(self) -> None:
        for k in range(self.spec.foundations):
            oid = self.outcome(f"f{k}", 3)
            self.foundations.append(oid)
            self.module(f"mf{k}", [oid], None, self.rng.choice([28, 42, 56]), main=True)
            if self.rng.random() < 0.5:
                self.module(f"mf{k}b", [oid], None, self.rng.choice([28, 42, 56, 70]), provider="partner")

    def _requires(self, layers: list[list[str]], layer: int) -> Requirement | None:
        rng = self.rng
        below = layers[layer - 1] if layer > 0 else self.foundations
        picks = rng.sample(below, min(len(below), rng.choice([1, 1, 2])))
        items: list[Requirement] = list(picks)
        if layer > 1 and rng.random() < 0.3:
            extra = rng.choice(layers[rng.randrange(0, layer - 1)])
            if extra not in items:
                items.append(extra)
        if rng.random() < 0.2:
            pool = [o for o in below if o not in picks] + (layers[layer - 2] if layer >= 2 else [])
            if pool:
                items[0] = AnyOf(any=[items[0], rng.choice(pool)])
        if len(items) == 1:
            return items[0]
        return AllOf(all=items)

    def build_programme(self, p: int, layer_sizes: list[int] | None = None) -> dict[str, Any]:
        """One programme: a layered DAG of outcomes with their modules, and its goal."""
        rng = self.rng
        spec = self.spec
        if layer_sizes is None:
            layer_sizes = [1] * spec.layers
            for _ in range(spec.route - spec.layers):
                layer_sizes[rng.randrange(spec.layers)] += 1
        layers: list[list[str]] = []
        evc: list[str] = []
        reqs: dict[str, Requirement | None] = {}
        for layer, n in enumerate(layer_sizes):
            row = []
            for k in range(n):
                oid = self.outcome(f"o{p}-{layer}-{k}", 4 + layer * 3 // spec.layers)
                row.append(oid)
            layers.append(row)
            for oid in row:
                reqs[oid] = self._requires(layers, layer)
        # specialisations: "2 of 4", each on top of the upper layers
        specs = []
        for s in range(4):
            oid = self.outcome(f"sp{p}-{s}", 6)
            upper = [o for row in layers[-3:] for o in row]
            picks = rng.sample(upper, min(len(upper), rng.choice([1, 2])))
            reqs[oid] = picks[0] if len(picks) == 1 else AllOf(all=list(picks))
            specs.append(oid)
        # modules
        for layer, row in enumerate(layers + [specs]):
            for k, oid in enumerate(row):
                hours = rng.choice(HOURS)
                self.module(f"m-{oid}", [oid], reqs[oid], hours, main=True)
                r = rng.random()
                if r < 0.2 and len(row) > 1 and k + 1 < len(row):
                    # a combined module of two outcomes of this layer
                    other = row[k + 1]
                    both = [x for x in (reqs[oid], reqs[other]) if x is not None]
                    self.module(f"m-{oid}-plus", [oid, other], AllOf(all=both) if both else None,
                                min(168, hours + rng.choice([28, 42, 56])), provider="combined")
                elif r < 0.45:
                    self.module(f"m-{oid}-alt", [oid], reqs[oid], rng.choice(HOURS), provider="partner")
                if layer < len(layers) and rng.random() < 0.3:
                    # an assessment-only route: open to learners who claim experience in the outcome
                    self.module(f"m-{oid}-evc", [oid], reqs[oid], rng.choice([8, 12, 16]),
                                kind=ModuleKind.ASSESSMENT, provider="evc")
                    evc.append(oid)
        required = [o for row in layers for o in row]
        goal = Goal(id=f"prog{p}", title=_text(f"Programme {p}"), kind=GoalKind.ASSOCIATE_DEGREE,
                    required=required, choices=[ChoiceGroup(id=f"spec{p}", title=_text("Specialisation"), n=2, of=specs)],
                    level=5)
        self.goals.append(goal)
        prog = {"layers": layers, "specs": specs, "evc": evc, "goal": goal.id, "sizes": layer_sizes}
        self.programmes.append(prog)
        return prog

    def catalogue(self) -> Catalogue:
        return Catalogue(
            format_version="1.0", id=self.cid, title=_text(f"Bench catalogue {self.cid}"),
            institution=f"Institution {self.cid}", published=PUBLISHED,
            outcomes=self.outcomes, modules=self.modules, offerings=self.offerings, goals=self.goals,
            equivalences=self.equivalences)


def _learner(rng: random.Random, spec: SizeSpec, start: dt.date, ns: str, prog: dict[str, Any],
             foundations: list[str], towns: list[str]) -> Learner:
    windows = [TimeWindow(day=d, start=dt.time(18, 0), end=dt.time(22, 0)) for d in WEEKDAYS]
    del windows[rng.randrange(len(windows))]  # one evening is taken
    windows.append(TimeWindow(day=Weekday.SAT, start=dt.time(9, 0), end=dt.time(17, 0)))
    proven = [ProvenOutcome(outcome=f"{ns}:{f}", evidence=Evidence.DIPLOMA)
              for f in rng.sample(foundations, len(foundations) // 2)]
    # experience is a claim: it opens the assessment-only routes of those outcomes
    claims = rng.sample(prog["evc"], len(prog["evc"]) // 2)
    proven += [ProvenOutcome(outcome=f"{ns}:{x}", evidence=Evidence.EXPERIENCE) for x in claims]
    summer = dt.date(start.year + 1, 7, 12)
    modes = list(Mode) if rng.random() < 0.7 else [Mode.ONLINE, Mode.CAMPUS, Mode.HYBRID]
    return Learner(
        name=f"bench-{ns}", goal=f"{ns}:{prog['goal']}", start=start,
        hours_per_week=rng.choice([12, 13, 14, 15, 16]),
        exceptions=[CapacityException(start=summer, end=summer + dt.timedelta(weeks=6, days=-1),
                                      hours_per_week=rng.choice([6, 8]))],
        availability=windows, modes=modes, places=rng.sample(towns, 3), proven=proven,
    )


def _build(size: str, rng: random.Random) -> tuple[CatalogueSet, Learner]:
    spec = SIZES[size]
    start = FIRST_START + dt.timedelta(weeks=rng.randint(0, 20))
    builders: list[_Builder] = []
    per_cat = spec.modules // spec.catalogues
    ids = ["bench"] if spec.catalogues == 1 else [f"inst{chr(ord('a') + i)}" for i in range(spec.catalogues)]
    for c, cid in enumerate(ids):
        towns = rng.sample(TOWNS, 4)
        b = _Builder(rng, spec, cid, towns, start)
        b.build_foundations()
        p = 0
        while len(b.modules) < per_cat:
            mirror = builders[0].programmes[0]["sizes"] if c > 0 and p == 0 else None
            b.build_programme(p, mirror)
            p += 1
        if c > 0:
            # recognition across institutions: foundations, and part of the partner programme
            b.equivalences += [Equivalence(outcome=f, equals=f"{ids[0]}:{f}", note="foundation") for f in b.foundations]
            ref = builders[0].programmes[0]["layers"]
            for layer, row in enumerate(b.programmes[0]["layers"]):
                for k, oid in enumerate(row):
                    if rng.random() < 0.4:
                        b.equivalences.append(Equivalence(outcome=oid, equals=f"{ids[0]}:{ref[layer][k]}",
                                                          note="examination board decision"))
        builders.append(b)
    cs = CatalogueSet.from_catalogues([b.catalogue() for b in builders])
    first = builders[0]
    reach = sorted({t for b in builders for t in b.towns})
    learner = _learner(rng, spec, start, first.cid, first.programmes[0], first.foundations,
                       rng.sample(reach, 3) if len(reach) > 4 else first.towns)
    return cs, learner


def generate(size: str, seed: int) -> tuple[CatalogueSet, Learner]:
    """A feasible (catalogue set, learner) instance of a size ("S", "M", "L", "XL") for a seed.

    Deterministic: the same size and seed give the same instance. An instance the greedy planner
    cannot plan is drawn again from the same random stream, so every instance has a route.
    """
    from planner.solver.greedy import greedy_plan

    if size == "T":  # shaped like a real university: see bench.terms
        from bench.terms import generate_terms

        return generate_terms(seed)
    if size == "T0":  # the first T, a chain of terms without what makes the real one hard: see bench.terms0
        from bench.terms0 import generate_terms0

        return generate_terms0(seed)
    if size == "R":  # the real university (UNSW's CS major), from the Circles mirror at run time: see bench.circles
        from bench.circles import real_instance

        return real_instance()
    if size == "U":  # a university's credit rules over broad pools: see bench.unis
        from bench.unis import generate_uni

        return generate_uni(seed)
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}; use one of {', '.join(SIZES)}")
    rng = random.Random(f"{size}-{seed}")
    for _ in range(20):
        cs, learner = _build(size, rng)
        plan = greedy_plan(cs, learner)
        if plan.status == Status.FEASIBLE:
            return cs, learner
    raise RuntimeError(f"no feasible {size} instance for seed {seed}")


#: The version of a family whose instances changed: a best-known entry (bench/best_known.json) recorded
#: for another version describes other instances and is not used (T and U: reshaped after the real
#: handbook, bench.circles).
FAMILIES = {"T": 2, "U": 2}

EDITS = ("pin", "more", "less")


def edit(cs: CatalogueSet, learner: Learner, plan: Plan, kind: str, rng: random.Random) -> Learner:
    """A small edit for re-planning: pin a module of the plan, or ±2 hours a week."""
    if kind == "pin":
        if not plan.items:
            return learner
        it = rng.choice(plan.items)
        return learner.model_copy(update={"pinned": [*learner.pinned, it.module]})
    if kind in ("more", "less"):
        delta = 2 if kind == "more" else -2
        return learner.model_copy(update={"hours_per_week": max(0.0, learner.hours_per_week + delta)})
    raise ValueError(f"unknown edit {kind!r}; use one of {', '.join(EDITS)}")


def instance_stats(cs: CatalogueSet) -> dict[str, int]:
    """Counts of a catalogue set, for the report."""
    return {"catalogues": len(cs.catalogues), "modules": len(cs.modules), "offerings": len(cs.offerings),
            "outcomes": len(cs.outcomes)}
