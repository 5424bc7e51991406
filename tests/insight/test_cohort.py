"""The cohort files: an intake row becomes the learner it says, and the shipped demo cohort is the
synthetic cohort the benchmark plans."""

from __future__ import annotations

import datetime as dt

from planner import shipped
from planner.insight.cohort import IntakeRow, read_cohort, row_learner
from planner.insight.synthetic import synthetic_cohort
from planner.load import load_learner
from planner.models import Evidence, Mode


def test_an_intake_row_is_the_learner_it_says() -> None:
    lrn = row_learner(IntakeRow(id="p7", goal="hs-oost:make-it-work", start="2026-09-07", hours_per_week="16",
                                modes="online;hybrid", places="Enschede;Deventer", windows="mon 19:00-22:00;sat 09:00-13:00",
                                proven="hs-oost:gen.write.report", experience="hs-oost:ict.re.elicit", budget="9000",
                                deadline="2028-07-01"))
    assert (lrn.name, lrn.goal, lrn.start, lrn.hours_per_week) == ("p7", "hs-oost:make-it-work", dt.date(2026, 9, 7), 16)
    assert lrn.modes == [Mode.ONLINE, Mode.HYBRID] and lrn.places == ["Enschede", "Deventer"]
    assert [(w.day.value, f"{w.start:%H:%M}", f"{w.end:%H:%M}") for w in lrn.availability] == [
        ("mon", "19:00", "22:00"), ("sat", "09:00", "13:00")]
    assert [(p.outcome, p.evidence) for p in lrn.proven] == [("hs-oost:gen.write.report", Evidence.DIPLOMA),
                                                            ("hs-oost:ict.re.elicit", Evidence.EXPERIENCE)]
    assert (lrn.budget, lrn.deadline) == (9000, dt.date(2028, 7, 1))
    empty = row_learner(IntakeRow(id="p8", goal="hs-oost:ad-ict", start="2026-09-07", hours_per_week="8"))
    assert set(empty.modes) == set(Mode) and empty.places is None and empty.availability == [] and empty.budget is None


def test_the_shipped_demo_cohort_is_the_synthetic_one() -> None:
    shipped_cohort = read_cohort([shipped.demo_cohort()]).learners
    assert len(shipped_cohort) == 300
    assert shipped_cohort == synthetic_cohort([load_learner(p) for p in shipped.sample_learners()], 300)
    assert all(lrn.name.startswith("synthetic-") for lrn in shipped_cohort)
