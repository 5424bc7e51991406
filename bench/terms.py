"""Family "T": a term-based university shaped like the real one whose major stayed unproven.

The first T (now :mod:`bench.terms0`) was proven in under a second while a real catalogue of the same
kind (3,184 courses, a computing major at 20 hours a week: week 275 found in 4.8 s, "gap 13.5 %"
after 60 s) was not: it lacked what makes the real one hard. This family has those shapes:

- 3,000 courses in 40 subjects, levels 1–4 (tags ``level-1`` … ``level-4``), three 10-week terms a
  year (weeks 0, 17 and 34 of the academic year); a course runs in one term (half of them), two or
  all three: *term patterns* ("only in T1");
- weekly hours that make a term a packing problem at 20 hours a week: most courses 15–17 hours, a
  quarter of them "light" (8–10 hours: two fit in a term), and labs of 4–5 hours that go *alongside*
  their lecture (a corequisite: 15 + 5 fits a term, 17 + 5 does not);
- prerequisite chains of real length: per subject a spine of seven courses from level 1 to level 4,
  each needing the one before, and beside it courses needing one or two of the level below;
- level gates over the subject's pools: a level-3 course needs "12 credits of level-2 <subject>",
  a level-4 one "18 credits of level-3 <subject>";
- a major with many interchangeable choices (the symmetry a search cannot see through): its spine
  and three more core courses, "12 credits from this list" of eight level-3 courses, two of some
  thirty level-1 electives of other subjects, and "24 credits of level-3 <subject>".

Learners study 20 hours a week (the real case), from a term start or a few weeks after it, some with
one or two first-year courses proven.
"""

from __future__ import annotations

import datetime as dt
import random

from planner.catalog import CatalogueSet
from planner.models import (
    AllOf,
    AnyOf,
    Catalogue,
    ChoiceGroup,
    Credits,
    Evidence,
    Goal,
    GoalKind,
    Learner,
    Mode,
    Module,
    Offering,
    Outcome,
    Pool,
    ProvenOutcome,
    Requirement,
    Text,
    With,
)

TERMS = (0, 17, 34)
TERM_WEEKS = 10
YEARS = 10
MODULES = 3000
EC = 6
HOURS = (8, 9, 10, 11, 12, 13, 15)  # hours a week of a course (6 EC: 150–170 hours over 10–12 weeks)
HOURS_WEIGHTS = (10, 15, 20, 15, 15, 15, 10)
#: Courses per level in a subject (75 in all); the spine takes the first two of levels 1–3 and the first of 4.
PER_LEVEL = (14, 22, 24, 15)
SPINE = ((0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1), (3, 0))  # (level index, course index)
FIRST_YEAR = dt.date(2027, 2, 15)  # a Monday: term 1 of the first academic year
SUBJECTS = ["COMP", "MATH", "ELEC", "PHYS", "CHEM", "ECON", "ACCT", "PSYC", "LING", "HIST", "BIOS", "CIVL", "MECH",
            "FINS", "MARK", "MGMT", "INFS", "TELE", "DESN", "ARTS", "LAWS", "PHIL", "POLS", "SOCW", "GEOS", "MATS",
            "MINE", "MTRN", "MUSC", "NEUR", "OPTM", "PHAR", "BABS", "CEIC", "COMM", "CVEN", "EDST", "ENGG", "GSOE",
            "MANF"]


def _text(s: str) -> Text:
    return Text(en=s, nl=s)


def generate_terms(seed: int, modules: int = MODULES) -> tuple[CatalogueSet, Learner]:
    """A (catalogue set, learner) of family T for a seed (deterministic)."""
    rng = random.Random(f"T-{seed}")
    subjects = SUBJECTS[: max(1, modules // sum(PER_LEVEL))]
    outcomes: list[Outcome] = []
    mods: list[Module] = []
    offs: list[Offering] = []
    codes: dict[str, list[list[str]]] = {}

    def course(code: str, lvl: int, subject: str, req: Requirement | None, terms: list[int], hpw: float,
               ec: float = EC) -> None:
        outcomes.append(Outcome(id=code, title=_text(f"Outcomes of {code}"), level=4 + lvl))
        mods.append(Module(id=code, title=_text(f"Course {code}"), ec=ec, certifies=[code], requires=req,
                           subject=subject, level=4 + lvl, tags=[f"level-{lvl}"]))
        starts = [FIRST_YEAR + dt.timedelta(weeks=52 * y + t) for y in range(-1, YEARS) for t in terms]
        offs.append(Offering(id=f"{code}-o", module=code, mode=Mode.ONLINE, starts=starts, weeks=TERM_WEEKS,
                             hours_per_week=hpw, cost=rng.choice([0, 0, 900])))

    def pattern() -> list[int]:
        return sorted(rng.sample(TERMS, rng.choices([1, 2, 3], [5, 3, 2])[0]))

    def hours() -> float:
        return rng.choices(HOURS, HOURS_WEIGHTS)[0]

    for s in subjects:
        levels: list[list[str]] = [[f"{s.lower()}{lvl}{k:03d}" for k in range(n)] for lvl, n in enumerate(PER_LEVEL, 1)]
        codes[s] = levels
        for li, row in enumerate(levels):
            lvl = li + 1
            for k, code in enumerate(row):
                parts: list[Requirement] = []
                if (li, k) in SPINE and SPINE.index((li, k)) > 0:
                    pl, pk = SPINE[SPINE.index((li, k)) - 1]
                    parts.append(levels[pl][pk])
                elif li > 0:
                    below = levels[li - 1]
                    picks = rng.sample(below[: max(2, len(below) // 2)], rng.choice([1, 1, 2]))
                    if len(picks) == 2 and rng.random() < 0.3:
                        parts.append(AnyOf(any=list(picks)))
                    else:
                        parts += picks
                elif k >= 4 and rng.random() < 0.3:
                    parts.append(rng.choice(row[:k]))
                if lvl == 3:
                    parts.append(Credits(credits=12, from_=Pool(subject=s, tag="level-2")))
                if lvl == 4:
                    parts.append(Credits(credits=18, from_=Pool(subject=s, tag="level-3")))
                hpw = hours()
                terms = pattern()
                if lvl <= 2 and rng.random() < 0.25:  # a lab alongside the lecture, in the same terms
                    lab = f"{code}l"
                    course(lab, lvl, s, None, terms, rng.choice([3, 4]), ec=2)
                    parts.append(With(with_=lab))
                req = None if not parts else parts[0] if len(parts) == 1 else AllOf(all=parts)
                course(code, lvl, s, req, terms, hpw)

    goals = []
    for s in subjects[:8]:
        lv = codes[s]
        core = [lv[li][k] for li, k in SPINE] + [lv[0][2], lv[1][2], lv[2][2]]
        others = [codes[o][0][k] for o in subjects if o != s for k in range(4, 5)][:30]
        goals.append(Goal(
            id=f"major-{s.lower()}", title=_text(f"{s} major"), kind=GoalKind.ASSOCIATE_DEGREE, level=6, required=core,
            choices=[ChoiceGroup(id="list", title=_text("12 credits from this list"), min_ec=12, of=lv[2][3:11]),
                     ChoiceGroup(id="free", title=_text("Eight free electives"), n=8, of=others),
                     ChoiceGroup(id="depth", title=_text(f"24 credits of level-3 {s}"), min_ec=24,
                                 pool=Pool(subject=s, tag="level-3"))]))
    cat = Catalogue(format_version="1.1", id="uni", title=_text("University handbook"), institution="University",
                    published=dt.date(2026, 11, 1), outcomes=outcomes, modules=mods, offerings=offs, goals=goals)
    cs = CatalogueSet.from_catalogues([cat])
    major = rng.randrange(len(goals))
    s = subjects[major]
    start = FIRST_YEAR + dt.timedelta(weeks=rng.choice([0, 0, 17, 34, 36]))
    standing = rng.sample(codes[s][0][2:4], rng.choice([0, 0, 1, 2]))
    learner = Learner(name=f"bench-T{seed}", goal=f"uni:{goals[major].id}", start=start, hours_per_week=20,
                      modes=[Mode.ONLINE], proven=[ProvenOutcome(outcome=f"uni:{c}", evidence=Evidence.DIPLOMA)
                                                   for c in standing])
    return cs, learner
