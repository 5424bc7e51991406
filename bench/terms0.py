"""Family "T0" (the first T, kept for comparison): catalogues shaped like a real university, where the route is a chain of terms.

Three 12-week terms a year (starting in weeks 0, 17 and 34 of the academic year); 3,000 modules of
one term at 15–18 hours a week, in programmes of three years plus an elective pool; each module runs
once a year in a fixed term, some in every term, a few have an alternative at a partner; learners
have 18–24 hours a week, so no two modules fit in one week and the route takes one module per term.
Goals: 16–24 modules — the core of years 1–3 and "k of" an elective pool. The earliest finish is easy
to prove by hand and was invisible to every hours-based bound (gap 41.8 % after 60 s).
"""

from __future__ import annotations

import datetime as dt
import random

from planner.catalog import CatalogueSet
from planner.models import (
    AllOf,
    Catalogue,
    ChoiceGroup,
    Evidence,
    Goal,
    GoalKind,
    Learner,
    Mode,
    Module,
    Offering,
    Outcome,
    ProvenOutcome,
    Requirement,
    Text,
)

TERMS = (0, 17, 34)  # term starts within an academic year of 52 weeks
TERM_WEEKS = 12
YEARS = 10  # cohort dates published for this many academic years
MODULES = 3000
FIRST_YEAR = dt.date(2027, 8, 30)  # a Monday: the first term of the first academic year


def _text(s: str) -> Text:
    return Text(en=s, nl=s)


def generate_terms0(seed: int, modules: int = MODULES) -> tuple[CatalogueSet, Learner]:
    """A (catalogue set, learner) of family T0 for a seed (deterministic)."""
    rng = random.Random(f"T-{seed}")
    outcomes: list[Outcome] = []
    mods: list[Module] = []
    offs: list[Offering] = []
    goals: list[Goal] = []

    def add_module(mid: str, certifies: list[str], requires: Requirement | None, terms: list[int]) -> None:
        hpw = rng.choice([15, 16, 16.5, 17, 17.5, 18])
        mods.append(Module(id=mid, title=_text(f"Module {mid}"), hours=TERM_WEEKS * hpw, certifies=certifies, requires=requires))
        starts = [FIRST_YEAR + dt.timedelta(weeks=52 * y + t) for y in range(-1, YEARS) for t in terms]
        mode = rng.choice([Mode.CAMPUS, Mode.ONLINE])
        offs.append(Offering(id=f"{mid}-c", module=mid, mode=mode, location="utrecht" if mode == Mode.CAMPUS else None,
                             starts=starts, weeks=TERM_WEEKS, hours_per_week=hpw, cost=rng.choice([0, 400, 800])))

    def terms_of() -> list[int]:
        return list(TERMS) if rng.random() < 0.25 else [rng.choice(TERMS)]

    p = 0
    while len(mods) < modules:
        years: list[list[str]] = []
        for year in range(3):
            row = []
            for k in range(rng.randint(5, 7)):
                oid = f"p{p}-y{year}-{k}"
                outcomes.append(Outcome(id=oid, title=_text(f"Can do {oid}"), level=5 + year))
                row.append(oid)
            years.append(row)
        pool = [f"p{p}-el-{k}" for k in range(rng.randint(8, 12))]
        outcomes += [Outcome(id=o, title=_text(f"Can do {o}"), level=7) for o in pool]
        for year, row in enumerate(years):
            for oid in row:
                req: Requirement | None = None
                if year > 0:
                    below = rng.sample(years[year - 1], rng.choice([1, 1, 2]))
                    req = below[0] if len(below) == 1 else AllOf(all=list(below))
                add_module(f"m-{oid}", [oid], req, terms_of())
                if rng.random() < 0.15:  # the same outcome at a partner, in another term
                    add_module(f"m-{oid}-alt", [oid], req, [rng.choice(TERMS)])
        for oid in pool:
            add_module(f"m-{oid}", [oid], rng.choice(years[1] + years[2]), terms_of())
        core = [o for row in years for o in row]
        k = max(1, min(len(pool), rng.randint(16, 24) - len(core)))
        goals.append(Goal(id=f"prog{p}", title=_text(f"Bachelor {p}"), kind=GoalKind.ASSOCIATE_DEGREE, required=core,
                          choices=[ChoiceGroup(id=f"el{p}", title=_text("Electives"), n=k, of=pool)], level=6))
        p += 1
    cat = Catalogue(format_version="1.0", id="uni", title=_text("University"), institution="University",
                    published=dt.date(2027, 6, 1), outcomes=outcomes, modules=mods, offerings=offs, goals=goals)
    cs = CatalogueSet.from_catalogues([cat])
    prog = rng.randrange(min(p, 5))
    start = FIRST_YEAR + dt.timedelta(weeks=rng.choice([-2, 0, 3, 17]))
    first_year = [o.id for o in outcomes if o.id.startswith(f"p{prog}-y0-")]
    proven = [ProvenOutcome(outcome=f"uni:{o}", evidence=Evidence.DIPLOMA) for o in rng.sample(first_year, rng.randint(0, 2))]
    learner = Learner(name=f"bench-T{seed}", goal=f"uni:prog{prog}", start=start, hours_per_week=rng.choice([18, 20, 22, 24]),
                      proven=proven)
    return cs, learner
