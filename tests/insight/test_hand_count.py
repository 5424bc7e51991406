"""The report's numbers equal a hand count on the fixture cohort.

The fixture (tests/planner/fixtures/insight, week 0 = Monday 2027-01-04), counted by reasoning:
- g1 (4 profiles, 14 h, anything): a-eve (10 weeks × 14 h, Monday evenings) then b-onl from week 10:
  finish week 20, 210 h, € 800. a-eve has 3 seats: over-subscribed by 4.
- g2 (3, 7 h, online only), g3 (2, 10 h, Enschede: a-eve's 14 h do not fit), g8 (2, 14 h, free only on
  Tuesday evenings: a-eve meets on Mondays): a-onl (20 weeks × 7 h) then b-onl from week 20: finish 30,
  210 h, € 600. So a-onl@2027-01-04 has 7 learners (10 seats, ok); b-onl@2027-05-24 has 7 (4 seats:
  over-subscribed); b-onl@2027-03-15 has g1's 4 (4 seats: ok).
- g4 (4, goal c): c-onl from week 0: finish 10, 70 h, € 200; 2 seats: over-subscribed.
- g5 (2, 5 h): no offering of b fits 5 h → no route; the smallest change is more hours (7 h).
- g6 (2, goal c, campus only): c is only online → no route; allow online study.
- g7 (1, 14 h, budget € 500): the cheapest route costs € 600 (a-onl + b-onl) → raise the budget.
Bottlenecks (the 2 offerings most in demand): b-onl (used by g1, g2, g3, g8 = 11): without it nobody of
them has a route (11); a-onl (7): without it g2, g3 and g8 take a-slow (28 weeks × 5 h) and b-onl from
week 30: finish 40, 10 weeks later each (7 later, median 10, worst 10, none without a route).
What-if, a-fast added (online, 10 weeks × 14 h, € 150): g8 now finishes in week 20 (2 faster, 10 weeks
each); g7 fits its budget (€ 450) and finishes in week 20 (1 newly able to finish); g1 takes a-fast
(cheaper, same finish). Milestone m1 (outcome a by week 12) of goal g-ab (14 profiles): before g1 only
(4/14 = 29 %), after g1, g7, g8 (7/14 = 50 %). Only goal g-ab's 14 profiles are planned again; g-c's 6
come from the cache.
Distributions over the 15 routes: finish 10 (×4), 20 (×4), 30 (×7): min 10, median 20, max 30; cost
200 … 800, median 600.
"""

from __future__ import annotations

import csv
from pathlib import Path

from planner.insight.report import write_report
from planner.insight.run import Insight


def test_demand_per_offering_and_start_against_seats(fixture_insight: Insight) -> None:
    rows = {(r.offering, r.start.isoformat()): (r.learners, r.seats, r.state, r.critical) for r in fixture_insight.demand}
    assert rows == {
        ("ins:a-eve", "2027-01-04"): (4, 3, "over-subscribed", None),
        ("ins:a-onl", "2027-01-04"): (7, 10, "ok", 7),
        ("ins:b-onl", "2027-03-15"): (4, 4, "ok", 4),
        ("ins:b-onl", "2027-05-24"): (7, 4, "over-subscribed", 7),
        ("ins:c-onl", "2027-01-04"): (4, 2, "over-subscribed", None),
    }


def test_bottlenecks_remove_each_offering_most_in_demand(fixture_insight: Insight) -> None:
    got = [(b.offering, b.learners, b.later, b.median_delay, b.worst_delay, b.no_route) for b in fixture_insight.bottlenecks]
    assert got == [("ins:b-onl", 11, 0, None, None, 11), ("ins:a-onl", 7, 7, 10, 10, 0)]


def test_unreachable_goals_grouped_by_the_smallest_change(fixture_insight: Insight) -> None:
    got = [(u.change, u.learners, u.goals) for u in fixture_insight.unreachable]
    assert got == [("more hours a week", 2, "ins:g-ab (2)"), ("more modes of study", 2, "ins:g-c (2)"),
                   ("a larger budget", 1, "ins:g-ab (1)")]


def test_what_if_an_intensive_online_variant(fixture_insight: Insight) -> None:
    w = fixture_insight.whatif
    assert w is not None
    assert (w.newly_finishing, w.faster, w.median_weeks_saved, w.lost, w.replanned) == (1, 2, 10, 0, 14)
    assert [(m, round(b, 4), round(a, 4)) for m, _, b, a in w.milestones] == [("ins:g-ab/m1", round(4 / 14, 4), 0.5)]


def test_distributions_of_finish_hours_and_cost(fixture_insight: Insight) -> None:
    d = fixture_insight.distributions
    assert {k: (v["n"], v["min"], v["median"], v["max"]) for k, v in d.items()} == {
        "finish (weeks after start)": (15, 10, 20, 30),
        "study hours": (15, 70, 210, 210),
        "cost (EUR)": (15, 200, 600, 800),
    }


def test_the_csv_tables_carry_the_same_counts(fixture_insight: Insight, tmp_path: Path) -> None:
    written = write_report(fixture_insight, tmp_path)
    assert sorted(p.name for p in written) == ["bottlenecks.csv", "demand.csv", "distributions.csv", "report.html",
                                               "routes.csv", "unreachable.csv", "whatif.csv"]
    demand = list(csv.DictReader((tmp_path / "demand.csv").open()))
    assert demand[0] == {"offering": "ins:a-onl", "module": "Module A", "mode": "online", "place": "", "start": "2027-01-04",
                         "learners": "7", "seats": "10", "minimum": "", "state": "ok", "critical learners": "7"}
    routes = {r["profile"]: r for r in csv.DictReader((tmp_path / "routes.csv").open())}
    assert len(routes) == 20
    assert (routes["g1-1"]["finish week"], routes["g1-1"]["cost"], routes["g1-1"]["offerings"]) == (
        "20", "800", "ins:a-eve@2027-01-04 ins:b-onl@2027-03-15")
    assert routes["g5-2"]["status"] == "infeasible" and routes["g5-2"]["finish week"] == ""
    whatif = dict(csv.reader((tmp_path / "whatif.csv").open()))
    assert whatif["learners newly able to finish"] == "1"
    assert whatif["share reaching Startbekwaam (ins:g-ab/m1) before → after"] == "29 % → 50 %"
