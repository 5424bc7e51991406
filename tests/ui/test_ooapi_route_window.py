"""What an OOAPI catalogue brings, in the window: an unpublished price is unknown, never €0 (the summary
strip's total with what the budget leaves for the unknown prices, each module's price in the list),
and a module's test dates and one-off sessions from component offerings in its details (both languages)."""

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


@pytest.mark.parametrize(("lang", "dates"), [
    ("nl", "ma 13:30–15:30; bijeenkomst 14 okt 2027 09:00–12:00, Utrecht; toets 10 nov 2027 09:00–11:00, Amersfoort"),
    ("en", "Mon 13:30–15:30; session 14 Oct 2027 09:00–12:00, Utrecht; test 10 Nov 2027 09:00–11:00, Amersfoort"),
])
def test_the_details_show_the_sessions_and_test_dates(qtbot, qapp, settings, tmp_path, lang, dates):  # type: ignore[no-untyped-def]
    import datetime as dt

    from planner.importers.ooapi import import_ooapi, write_draft
    from tests.planner.test_import_ooapi_components import V6
    from ui import language

    cat, report = import_ooapi([V6], catalogue_id="inst", published=dt.date(2027, 6, 1))
    write_draft(cat, report, tmp_path / "inst.yaml")
    (tmp_path / "learner.json").write_text(json.dumps(
        {"name": "Test", "start": "2027-08-30", "hoursPerWeek": 30, "goal": f"inst:{cat.goals[0].id}"}))
    translators = language.install(qapp, lang)
    try:
        with planned_window(qtbot, settings, [tmp_path / "inst.yaml"], tmp_path / "learner.json") as w:
            item = w.doc.plan.item_for_module("inst:prg1")
            w.details.show_item(item, w.doc.catalogues, w.doc.learner)
            assert dates in w.details.text.toPlainText()
            w.details.grab().save(f"/tmp/ooapi/details-{lang}.png")
    finally:
        language.uninstall(qapp, translators)
