"""Family "T": a term-based university shaped like the real one (UNSW's handbook, ``bench.circles``).

The real catalogue (UNSW: 2,790 courses a Computer Science student can take, its major at 20 hours a week)
is hard for a reason the earlier T did not have: **credit thresholds over every course**. COMP3900, a
core course of the major, needs "102 UOC completed" (COMP4920 "96 UOC") — more than the major gives
before it — so courses from anywhere in the handbook must fill the gap. Every course then counts towards
something and is relevant (82,640 candidates), the model is narrowed to a few fillers
(``planner/solver/fillers.py``), and the bounds — which give a threshold week 0 — stay at the chain of
prerequisites (93 weeks against the optimum 338). Of the real handbook's 380 thresholds 239 are "N
credits completed" (24 most often, then 96 and 48) and 146 count a pool (a subject, a level, both).

This family has those shapes, with the real numbers:

- 3,000 courses in 40 subjects, levels 1–4 (tags ``level-1`` … ``level-4``), all of 6 EC (UNSW's 6 UOC),
  168 hours over 11 weeks (10 of teaching and an exam week: 15.3 hours a week, so at 20 hours a week one
  course a term, as at UNSW); a few labs of 1.5 EC (3.9 hours a week) go *alongside* their lecture;
- UNSW's term dates: T1 at week 0 of the academic year, T2 at week 15, T3 at week 30; first-year core
  courses run in all three terms, later ones more often in one (*term patterns*);
- prerequisites as the handbook writes them: one or two courses of the level below (sometimes "one of"),
  chains of four like the major's COMP1511 → COMP2521 → COMP2511 → COMP4920;
- thresholds as often as in the real handbook: "24 credits completed" on 15 % of the level-2 courses, "48
  credits completed" on 10 % of level 3, "12 credits of the level below in <subject>" on 15 % of levels
  3 and 4, "96 credits completed" on 10 % of level 4;
- a major like UNSW's: eight core courses (a chain of four, two more and two capstones: one that needs
  102 credits completed and runs in T2 and T3, one that needs 96 and runs in T3 only), three "one of
  these two", and 30 credits of electives from the subject's level-3 and level-4 courses — 16 courses,
  while the first capstone needs 17 before it.

Learners study 20 hours a week from a term's start, some with one or two first-year courses proven.
The first T is kept as :mod:`bench.terms0`.
"""

from __future__ import annotations

import datetime as dt
import math
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

TERMS = (0, 15, 30)  # T1, T2, T3: weeks from the academic year's start (mid-February, June, mid-September)
TERM_WEEKS = 11  # 10 weeks of teaching and an exam week
YEARS = 10
MODULES = 3000
EC = 6
LAB_EC = 1.5
HOURS_PER_EC = 28
#: Courses per level in a subject (75 in all).
PER_LEVEL = (14, 22, 24, 15)
#: The major's chain of four (level index, course index), like COMP1511 → COMP2521 → COMP2511 → COMP4920.
SPINE = ((0, 0), (1, 0), (1, 1), (3, 0))
CAPSTONE = (2, 0)  # needs 102 credits completed (COMP3900)
FIRST_YEAR = dt.date(2027, 2, 15)  # a Monday: term 1 of the first academic year
#: How many terms a course runs in, per level: (one, two, three) weights; first-year courses run in all three.
PATTERNS = ((2, 2, 6), (3, 3, 4), (6, 2, 2), (6, 2, 2))
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

    def course(code: str, lvl: int, subject: str, req: Requirement | None, terms: list[int], ec: float) -> None:
        outcomes.append(Outcome(id=code, title=_text(f"Outcomes of {code}"), level=4 + lvl))
        mods.append(Module(id=code, title=_text(f"Course {code}"), ec=ec, certifies=[code], requires=req,
                           subject=subject, level=4 + lvl, tags=[f"level-{lvl}"]))
        starts = [FIRST_YEAR + dt.timedelta(weeks=52 * y + t) for y in range(-1, YEARS) for t in terms]
        offs.append(Offering(id=f"{code}-o", module=code, mode=Mode.ONLINE, starts=starts, weeks=TERM_WEEKS,
                             hours_per_week=math.ceil(ec * HOURS_PER_EC / TERM_WEEKS * 10) / 10, cost=rng.choice([0, 0, 900])))

    def pattern(lvl: int) -> list[int]:
        return sorted(rng.sample(TERMS, rng.choices([1, 2, 3], PATTERNS[lvl - 1])[0]))

    for s in subjects:
        levels: list[list[str]] = [[f"{s.lower()}{lvl}{k:03d}" for k in range(n)] for lvl, n in enumerate(PER_LEVEL, 1)]
        codes[s] = levels
        for li, row in enumerate(levels):
            lvl = li + 1
            for k, code in enumerate(row):
                parts: list[Requirement] = []
                terms = pattern(lvl)
                if (li, k) in SPINE and SPINE.index((li, k)) > 0:
                    pl, pk = SPINE[SPINE.index((li, k)) - 1]
                    parts.append(levels[pl][pk])
                    terms = list(TERMS) if lvl <= 2 else terms
                elif (li, k) == CAPSTONE and s in subjects[:8]:  # a major's subject (goals below)
                    parts += [levels[1][1], Credits(credits=102)]  # COMP3900: after the chain's third, 102 credits
                    terms = list(TERMS[1:])
                elif li > 0:
                    below = levels[li - 1]
                    picks = rng.sample(below[: max(2, len(below) // 2)], rng.choice([1, 1, 2]))
                    if len(picks) == 2 and rng.random() < 0.3:
                        parts.append(AnyOf(any=list(picks)))
                    else:
                        parts += picks
                elif k >= 4 and rng.random() < 0.3:
                    parts.append(rng.choice(row[:k]))
                # as often as in the real handbook: of its 2,790 courses 120 need "24 credits completed", 32
                # "48", 35 "96"; 146 count a pool (a subject, a level)
                r = rng.random()
                if (li, k) == SPINE[-1]:
                    parts.append(Credits(credits=96))  # COMP4920: 96 credits, in T3 only
                    terms = [TERMS[2]]
                elif (li, k) == CAPSTONE:
                    pass
                elif lvl == 2 and r < 0.15:
                    parts.append(Credits(credits=24))
                elif lvl == 3 and r < 0.1:
                    parts.append(Credits(credits=48))
                elif lvl >= 3 and r < 0.25:
                    parts.append(Credits(credits=12, from_=Pool(subject=s, tag=f"level-{lvl - 1}")))
                elif lvl == 4 and r < 0.35:
                    parts.append(Credits(credits=96))
                if lvl <= 2 and (li, k) not in SPINE and rng.random() < 0.05:  # a lab alongside the lecture
                    lab = f"{code}l"
                    course(lab, lvl, s, None, terms, LAB_EC)
                    parts.append(With(with_=lab))
                req = None if not parts else parts[0] if len(parts) == 1 else AllOf(all=parts)
                course(code, lvl, s, req, terms, EC)

    goals = []
    for s in subjects[:8]:
        lv = codes[s]
        cl, ck = CAPSTONE
        core = [lv[li][k] for li, k in SPINE] + [lv[0][1], lv[0][6], lv[1][2], lv[cl][ck]]
        pairs = [(lv[0][2], lv[0][3]), (lv[0][4], lv[0][5]), (lv[2][1], lv[2][2])]  # "MATH1131 or MATH1141"
        taken = set(core) | {c for p in pairs for c in p}
        electives = [c for c in lv[2] + lv[3] if c not in taken]
        goals.append(Goal(
            id=f"major-{s.lower()}", title=_text(f"{s} major"), kind=GoalKind.DEGREE, level=6, required=core,
            choices=[*(ChoiceGroup(id=f"core-{a}", title=_text(f"{a} or {b}"), n=1, of=[a, b]) for a, b in pairs),
                     ChoiceGroup(id="electives", title=_text(f"30 credits of level-3 and level-4 {s}"), min_ec=30,
                                 of=electives)]))
    cat = Catalogue(format_version="1.1", id="uni", title=_text("University handbook"), institution="University",
                    published=dt.date(2026, 11, 1), outcomes=outcomes, modules=mods, offerings=offs, goals=goals)
    cs = CatalogueSet.from_catalogues([cat])
    major = rng.randrange(len(goals))
    s = subjects[major]
    start = FIRST_YEAR + dt.timedelta(weeks=rng.choice([0, 0, 15, 30]))
    standing = rng.sample([codes[s][0][2], codes[s][0][4]], rng.choice([0, 0, 1, 2]))
    learner = Learner(name=f"bench-T{seed}", goal=f"uni:{goals[major].id}", start=start, hours_per_week=20,
                      modes=[Mode.ONLINE], proven=[ProvenOutcome(outcome=f"uni:{c}", evidence=Evidence.DIPLOMA)
                                                   for c in standing])
    return cs, learner
