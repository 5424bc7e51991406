"""A synthetic cohort: made-up intake profiles shaped like the shipped sample learners (their goals,
weeks, free evenings or Saturdays, places, modes, what they can already show and their budgets),
varied at random from a seed. It shows what the insight report says; it is not data about anyone.

``python -m planner.insight.synthetic 300 > catalogs/cohorts/demo-cohort.csv`` wrote the shipped one.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Sequence

from planner.models import Learner, Mode

STARTS = (dt.date(2026, 9, 7), dt.date(2026, 9, 14), dt.date(2026, 11, 2), dt.date(2027, 1, 4), dt.date(2027, 2, 1))
GOALS = ("hs-oost:make-it-work", "hs-oost:ad-ict", "hs-oost:be-an-engineer", "hs-oost:make-care-work",
         "hs-oost:mc-data-ai", "hs-oost:mc-vision-systemen", "hs-oost:mc-zorgtechnologie", "hs-oost:ba-ict-doorstroom",
         "partner-noord:mc-slimme-zorg", "partner-noord:mc-data-basis")
PLACES = ("Enschede", "Deventer", "Apeldoorn", "Zwolle")


def synthetic_cohort(templates: Sequence[Learner], n: int, seed: int = 2026) -> list[Learner]:
    """``n`` profiles, each a varied copy of one of ``templates`` (the same goal 70 % of the time), as the
    cohort CSV carries them (read back from their rows: no preferences, no notes on proof)."""
    from planner.insight.cohort import IntakeRow, learner_row, row_learner

    rng = random.Random(seed)
    out = []
    for i in range(n):
        t = templates[i % len(templates)]
        goal = t.goal if rng.random() < 0.7 else rng.choice(GOALS)
        hours = max(4.0, min(32.0, t.hours_per_week + rng.choice((-4, -2, 0, 0, 2, 4, 8))))
        places = (None if rng.random() < 0.2 else list(t.places or []) if rng.random() < 0.6
                  else sorted(set(t.places or []) | {rng.choice(PLACES)}))
        modes = list(t.modes) if rng.random() < 0.7 else sorted(set(t.modes) | {Mode.ONLINE})
        proven = [p for p in t.proven if rng.random() < 0.7] if goal == t.goal else []
        budget = None if t.budget is None or rng.random() < 0.3 else round(t.budget * rng.choice((0.6, 1.0, 1.0, 1.5)), -2)
        windows = list(t.availability) if rng.random() < 0.85 else []
        out.append(t.model_copy(update={
            "name": f"synthetic-{i + 1:04d}", "goal": goal, "start": rng.choice(STARTS), "hours_per_week": hours,
            "places": places, "modes": modes, "proven": proven, "budget": budget, "availability": windows,
            "deadline": None, "hard_milestones": [], "holidays": [], "exceptions": [], "notes": "",
            "pinned": [], "excluded": [],
        }, deep=True))
    return [row_learner(IntakeRow.model_validate(learner_row(lrn))) for lrn in out]


def main(argv: Sequence[str]) -> int:  # pragma: no cover - writes the shipped file
    from planner import shipped
    from planner.insight.cohort import write_cohort_csv
    from planner.load import load_learner

    n = int(argv[0]) if argv else 300
    templates = [load_learner(p) for p in shipped.sample_learners()]
    sys.stdout.write(write_cohort_csv(synthetic_cohort(templates, n)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
