"""A price that was not published is unknown everywhere, never €0: totals, budget, solver, validator,
command line and documents (the window: tests/ui/test_ooapi_route_window.py)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from pypdf import PdfReader

from planner.export.csv import render_csv
from planner.export.pdf import render_pdf
from planner.models import Offering
from planner.solver import solve
from planner.studyplan import build_study_plan
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cli, cohort, learner, module


def unpriced(offering: dict[str, Any]) -> dict[str, Any]:
    """The offering as an import writes one without a published price."""
    return {**offering, "cost": 0, "costKnown": False}


def offerings(unknown_first: bool = False) -> list[dict[str, Any]]:
    """m1 has a priced and an unpriced offering alike in every other way (the unpriced one a week
    earlier with ``unknown_first``); m2 and m4 have only unpriced ones; m3 costs 740."""
    return [
        cohort("a1", "m1", 4, 4, [1], cost=500),
        unpriced(cohort("a2", "m1", 4, 4, [0 if unknown_first else 1])),
        unpriced(cohort("b1", "m2", 4, 4, [1])),
        cohort("c1", "m3", 4, 2, [1], cost=740),
        unpriced(cohort("d1", "m4", 4, 2, [1])),
    ]


GOAL = ["t:o1", "t:o2", "t:o3", "t:o4"]
MODULES = [module(f"m{n}", [f"o{n}"], hours=8) for n in range(1, 5)]


def data(unknown_first: bool = False) -> dict[str, Any]:
    cat = catalogue(["o1", "o2", "o3", "o4"],
                    MODULES,
                    offerings(unknown_first))
    return cat.model_dump(mode="json", by_alias=True, exclude_none=True)




def planned(budget: float | None = 2000, unknown_first: bool = False):  # type: ignore[no-untyped-def]
    cs = catset(catalogue(["o1", "o2", "o3", "o4"],
                          MODULES,
                          offerings(unknown_first)))
    lrn = learner(outcomes=GOAL, hoursPerWeek=20, **({"budget": budget} if budget is not None else {}))
    return cs, lrn, solve(cs, lrn, time_limit=10)


def test_totals_count_the_known_prices_and_name_the_unknown_ones() -> None:
    cs, lrn, plan = planned()
    assert plan.totals is not None
    assert plan.totals.cost == 1240 and plan.totals.unknown_prices == 2
    assert plan.totals.unknown_prices_at_most == 760  # what the budget of 2000 leaves for the two
    assert {it.module: it.cost_known for it in plan.items} == {"t:m1": True, "t:m2": False, "t:m3": True, "t:m4": False}
    assert validate_plan(cs, lrn, plan) == []


def test_without_a_budget_nothing_is_claimed_about_one() -> None:
    _, _, plan = planned(budget=None)
    assert plan.totals is not None and plan.totals.unknown_prices == 2 and plan.totals.unknown_prices_at_most is None


def test_the_cost_tie_break_prefers_the_published_price_and_nothing_more() -> None:
    _, _, plan = planned()
    assert plan.item_for_module("t:m1").offering == "t:a1"  # type: ignore[union-attr]  # €500 beats unknown
    _, _, earlier = planned(unknown_first=True)
    # a week earlier finishes no earlier (m2..m4 end in week 5 anyway): still the tie-break decides
    assert earlier.item_for_module("t:m1").offering == "t:a1"  # type: ignore[union-attr]


def test_an_unknown_price_is_not_free_in_the_tie_break() -> None:
    """With a €0 offering beside an unknown one, the free one is taken: unknown is not €0."""
    cs = catset(catalogue(["o1"], [module("m1", ["o1"])],
                          [unpriced(cohort("a", "m1", 4, 4, [1])), cohort("b", "m1", 4, 4, [1], cost=0)]))
    plan = solve(cs, learner(outcomes=["t:o1"]), time_limit=10)
    assert [it.offering for it in plan.items] == ["t:b"]
    cs = catset(catalogue(["o1"], [module("m1", ["o1"])],
                          [cohort("b", "m1", 4, 4, [1], cost=0), unpriced(cohort("a", "m1", 4, 4, [1]))]))
    assert [it.offering for it in solve(cs, learner(outcomes=["t:o1"]), time_limit=10).items] == ["t:b"]


def test_the_budget_binds_the_known_prices_and_leaves_nothing_claimed_for_the_rest() -> None:
    cs, lrn, plan = planned(budget=1240)
    assert plan.totals is not None and plan.totals.cost == 1240 and plan.totals.unknown_prices_at_most == 0
    assert validate_plan(cs, lrn, plan) == []
    # €1,000 is less than the known prices: the route takes m1's unpriced offering, and says that the
    # budget now holds only if the three unknown prices stay within the €260 it leaves
    cs, lrn, tight = planned(budget=1000)
    assert tight.item_for_module("t:m1").offering == "t:a2"  # type: ignore[union-attr]
    assert tight.totals is not None and (tight.totals.cost, tight.totals.unknown_prices) == (740, 3)
    assert tight.totals.unknown_prices_at_most == 260 and validate_plan(cs, lrn, tight) == []
    _, _, none = planned(budget=700)  # m3's €740 alone is more
    assert not none.items


def test_the_validator_refuses_totals_that_count_an_unknown_price_as_nothing() -> None:
    cs, lrn, plan = planned()
    assert plan.totals is not None
    for field, value in (("unknown_prices", 0), ("unknown_prices_at_most", None), ("cost", 1240 + 0.5)):
        bad = plan.model_copy(deep=True)
        setattr(bad.totals, field, value)
        codes = [(m.code, m.params.get("field")) for m in validate_plan(cs, lrn, bad)]
        assert codes == [("invalid.totals", field)], field


def test_an_offering_cannot_have_a_price_and_say_it_has_none() -> None:
    raw = {**unpriced(cohort("a", "m1", 4, 4, [1])), "cost": 300}
    with pytest.raises(ValidationError, match="costKnown: false"):
        Offering.model_validate(raw)


def test_the_command_line_says_the_total_and_what_the_budget_leaves(tmp_path: Path) -> None:
    (tmp_path / "cat.json").write_text(json.dumps(data()))
    (tmp_path / "learner.json").write_text(json.dumps(
        {"name": "Test", "start": "2027-01-04", "hoursPerWeek": 20, "outcomes": GOAL, "budget": 2000}))
    code, out, err = cli("plan", "--catalog", tmp_path / "cat.json", "--learner", tmp_path / "learner.json",
                         "--time-limit", "10")
    assert code == 0, err
    assert "€1,240 + 2 modules with no published price" in out
    assert "fits the budget if the unknown prices are at most €760 together" in out
    assert out.count("price unknown") == 2 and out.count("no published price") == 1  # two modules; the totals
    assert "€0" not in out


def test_the_documents_say_it_in_both_languages() -> None:
    cs, lrn, plan = planned()
    nl = build_study_plan(cs, lrn, plan, language="nl")
    assert nl.totals is not None and nl.totals.cost_text == "€ 1.240 + 2 modules zonder gepubliceerde prijs"
    assert nl.totals.budget_text == "past in het budget als de onbekende prijzen samen hoogstens € 760 zijn"
    en = build_study_plan(cs, lrn, plan, language="en")
    assert [m.cost_text for m in en.modules] == ["€500", "price unknown", "€740", "price unknown"]
    rows = list(csv.DictReader(io.StringIO(render_csv(en))))
    assert [r["Cost"] for r in rows] == ["500", "", "740", ""]  # an empty cell, not 0
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(render_pdf(nl))).pages)
    assert "2 modules zonder gepubliceerde prijs" in text
    assert "past in het budget als de onbekende prijzen samen hoogstens € 760 zijn" in text
    assert text.count("prijs onbekend") == 2
