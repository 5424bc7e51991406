"""Family "U": a university's rules in format 1.1 — credit thresholds over broad pools.

Shaped like the handbook of a large term-based university (UNSW's UOC rules): 3,000 courses of
6 EC in 40 subjects, each at course level 1–4 (tags ``level-1`` … ``level-4``); three 10-week terms
a year (weeks 0, 17 and 34 of the academic year), a course running in one, two or all three of them,
online or on campus with an evening class. Prerequisites as handbooks write them:

- a level-2 course needs one or two courses below it in its subject (sometimes "one of");
- thresholds as often as UNSW's handbook has them (``bench.circles``: 380 of its 2,790 courses; the
  earlier U had one on every level-3 and level-4 course, 1,315 of 3,000): "24 credits completed" on
  15 % of level 2; on level 3 "48 credits completed" (10 %) or "72" (5 %); on levels 3 and 4 "48
  credits of level-1 courses" (5 %, a pool of hundreds) or "12 credits of level-2 <subject>" (10 %);
  "96 credits completed" on 15 % of level 4;
- a few courses (2 %) need another one alongside (a corequisite: a lab with its lecture).

The goal is a major: its core courses, "12 credits from this list" of level-3 electives, "12
credits of general education" (a tag carried by some 300 courses of every subject) and "24
credits of level-3 <subject>". A learner at 20 hours a week takes one course a term, at 32 or
40 two; some bring advanced standing (proven first courses, which count as completed).
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
    Session,
    Text,
    Weekday,
    With,
)

TERMS = (0, 17, 34)
TERM_WEEKS = 10
HOURS_PER_WEEK = 17  # 10 weeks × 17 h: the 168 hours of 6 EC
EC = 6
YEARS = 10
MODULES = 3000
#: Courses per level in a subject (75 in all).
PER_LEVEL = (14, 22, 24, 15)
FIRST_YEAR = dt.date(2027, 2, 15)  # a Monday: the first term of the first academic year
SUBJECTS = ["ACCT", "ARTS", "BABS", "BIOS", "CEIC", "CHEM", "CIVL", "COMM", "COMP", "CVEN", "DESN", "ECON", "EDST",
            "ELEC", "ENGG", "FINS", "GEOS", "GSOE", "HIST", "INFS", "LAWS", "LING", "MANF", "MARK", "MATH", "MATS",
            "MECH", "MGMT", "MINE", "MTRN", "MUSC", "NEUR", "OPTM", "PHAR", "PHIL", "PHYS", "POLS", "PSYC", "SOCW",
            "TELE"]


def _text(s: str) -> Text:
    return Text(en=s, nl=s)


def generate_uni(seed: int, modules: int = MODULES) -> tuple[CatalogueSet, Learner]:
    """A (catalogue set, learner) of family U for a seed (deterministic)."""
    rng = random.Random(f"U-{seed}")
    subjects = SUBJECTS[: max(1, modules // sum(PER_LEVEL))]
    outcomes: list[Outcome] = []
    mods: list[Module] = []
    offs: list[Offering] = []
    codes: dict[str, list[list[str]]] = {}  # subject -> per level: outcome ids

    def offerings(mid: str) -> None:
        pattern = rng.choices([1, 2, 3], [5, 3, 2])[0]
        terms = sorted(rng.sample(TERMS, pattern))
        starts = [FIRST_YEAR + dt.timedelta(weeks=52 * y + t) for y in range(-1, YEARS) for t in terms]
        if rng.random() < 0.6:
            offs.append(Offering(id=f"{mid}-o", module=mid, mode=Mode.ONLINE, starts=starts, weeks=TERM_WEEKS,
                                 hours_per_week=HOURS_PER_WEEK, cost=rng.choice([0, 0, 900])))
        else:
            day = rng.choice([Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU])
            start = rng.choice([dt.time(18, 0), dt.time(19, 0)])
            offs.append(Offering(id=f"{mid}-k", module=mid, mode=Mode.CAMPUS, location="kensington", starts=starts,
                                 weeks=TERM_WEEKS, hours_per_week=HOURS_PER_WEEK, cost=rng.choice([0, 0, 900]),
                                 sessions=[Session(day=day, start=start, end=dt.time(start.hour + 2, 0))]))

    gened: set[str] = set()
    for s in subjects:
        levels: list[list[str]] = []
        for lvl, count in enumerate(PER_LEVEL, start=1):
            row = [f"{s.lower()}{lvl}{k:03d}" for k in range(count)]
            levels.append(row)
            for k, code in enumerate(row):
                outcomes.append(Outcome(id=code, title=_text(f"Outcomes of {code}"), level=4 + lvl))
                req = _requires(rng, s, lvl, k, levels)
                tags = [f"level-{lvl}"]
                if lvl <= 2 and rng.random() < 0.2:
                    tags.append("gened")
                    gened.add(code)
                mods.append(Module(id=code, title=_text(f"Course {code}"), ec=EC, certifies=[code], requires=req,
                                   subject=s, level=4 + lvl, tags=tags))
                offerings(code)
        codes[s] = levels

    goals = []
    for s in subjects[:8]:
        lv = codes[s]
        core = lv[0][:4] + lv[1][:4] + lv[2][:2]
        electives = lv[2][2:8]
        goals.append(Goal(
            id=f"major-{s.lower()}", title=_text(f"{s} major"), kind=GoalKind.ASSOCIATE_DEGREE, level=6, required=core,
            choices=[ChoiceGroup(id="list", title=_text("12 credits from this list"), min_ec=12, of=electives),
                     ChoiceGroup(id="gened", title=_text("12 credits of general education"), min_ec=12,
                                 pool=Pool(tag="gened")),
                     ChoiceGroup(id="depth", title=_text(f"24 credits of level-3 {s}"), min_ec=24,
                                 pool=Pool(subject=s, tag="level-3"))]))
    cat = Catalogue(format_version="1.1", id="uni", title=_text("University handbook"), institution="University",
                    published=dt.date(2026, 11, 1), outcomes=outcomes, modules=mods, offerings=offs, goals=goals)
    cs = CatalogueSet.from_catalogues([cat])
    major = rng.randrange(len(goals))
    s = subjects[major]
    start = FIRST_YEAR + dt.timedelta(weeks=rng.choice([0, 0, 17, 34]))
    standing = rng.sample(codes[s][0][:4], rng.choice([0, 0, 1, 2]))
    learner = Learner(name=f"bench-U{seed}", goal=f"uni:{goals[major].id}", start=start,
                      hours_per_week=rng.choice([20, 20, 36, 40]), modes=[Mode.ONLINE, Mode.CAMPUS], places=["kensington"],
                      proven=[ProvenOutcome(outcome=f"uni:{c}", evidence=Evidence.DIPLOMA) for c in standing])
    return cs, learner


def _requires(rng: random.Random, subject: str, level: int, k: int, levels: list[list[str]]) -> Requirement | None:
    """A handbook prerequisite for the k-th course of a level (``levels``: the subject's rows so far)."""
    parts: list[Requirement] = []
    if level == 1:
        if k >= 4 and rng.random() < 0.3:
            parts.append(rng.choice(levels[0][:k]))
    else:
        below = levels[level - 2]
        picks = rng.sample(below[: max(2, len(below) // 2)], rng.choice([1, 1, 2]))
        if len(picks) == 2 and rng.random() < 0.3:
            parts.append(AnyOf(any=list(picks)))
        else:
            parts += picks
        # as often as in the real handbook (UNSW, bench.circles: of 2,790 courses 120 need "24 credits
        # completed", 32 "48", 12 "72", 35 "96"; 29 count "N credits of level-1 courses", 117 a subject)
        r = rng.random()
        if level == 2 and r < 0.15:
            parts.append(Credits(credits=24))
        elif level == 3 and r < 0.1:
            parts.append(Credits(credits=48))
        elif level == 3 and r < 0.15:
            parts.append(Credits(credits=72))
        elif level >= 3 and r < 0.2:
            parts.append(Credits(credits=48, from_=Pool(tag="level-1")))
        elif level >= 3 and r < 0.3:
            parts.append(Credits(credits=12, from_=Pool(subject=subject, tag="level-2")))
        elif level == 4 and r < 0.45:
            parts.append(Credits(credits=96))
    if level <= 2 and k > 0 and rng.random() < 0.02:
        parts.append(With(with_=levels[level - 1][k - 1]))  # a lab alongside its lecture
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else AllOf(all=parts)
