"""The window says an unpublished price is unknown, never €0: the summary strip's total with what the
budget leaves for the unknown prices, and each module's price in the list (both languages)."""

from __future__ import annotations

import json

import pytest

from tests.planner.test_unknown_prices import GOAL, data
from tests.ui.helpers import planned_window


@pytest.mark.parametrize(("lang", "total", "room", "unknown", "short"), [
    ("en", "€1,240 + 2 modules with no published price", "fits the budget if the unknown prices are at most €760 together",
     "price unknown", "2 without price"),
    ("nl", "€ 1.240 + 2 modules zonder gepubliceerde prijs",
     "past in het budget als de onbekende prijzen samen hoogstens € 760 zijn", "prijs onbekend", "2 zonder prijs"),
])
def test_the_summary_and_the_list_name_the_unknown_prices(qtbot, qapp, settings, tmp_path, lang, total, room, unknown,
                                                          short):  # type: ignore[no-untyped-def]
    from ui import language

    (tmp_path / "cat.json").write_text(json.dumps(data()))
    (tmp_path / "learner.json").write_text(json.dumps(
        {"name": "Test", "start": "2027-01-04", "hoursPerWeek": 20, "outcomes": GOAL, "budget": 2000}))
    translators = language.install(qapp, lang)
    try:
        with planned_window(qtbot, settings, [tmp_path / "cat.json"], tmp_path / "learner.json") as w:
            cost = w.summary.fields["cost"]
            assert total.split(" + ")[0] + " +" in cost.text() and short in cost.text()  # the strip is narrow
            assert cost.toolTip() == f"{total}; {room}"
            model = w.items_model
            prices = {model.index(r, 0).data(): model.index(r, 7).data() for r in range(model.rowCount())}
            assert sorted(prices.values()) == sorted(["€500" if lang == "en" else "€ 500", unknown,
                                                      "€740" if lang == "en" else "€ 740", unknown])
            w.summary.grab().save(f"/tmp/ooapi/summary-{lang}.png")
    finally:
        language.uninstall(qapp, translators)
