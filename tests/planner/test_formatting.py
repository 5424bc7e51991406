import datetime as dt
import doctest

import planner.formatting as fmt


def test_doctests() -> None:
    assert doctest.testmod(fmt).failed == 0


def test_large_and_negative_amounts_group_in_each_language() -> None:
    assert fmt.money(1234567.4, "nl") == "€ 1.234.567"
    assert fmt.money(1234567.6, "en") == "€1,234,568"
    assert fmt.number(-1234.5, "nl") == "-1.234,5"


def test_unknown_language_falls_back_to_english() -> None:
    assert fmt.date(dt.date(2026, 3, 1), "de") == "1 Mar 2026"
    assert fmt.weekday(0, "nl", long=True) == "maandag"


def test_the_command_line_writes_modes_sessions_and_numbers_as_the_documents_do() -> None:
    """The route printed by `leerroute plan` used the file's words ('hybrid, Enschede', 'mon 19:00–21:30',
    '0.428571 EC') beside the documents' 'Enschede, hybrid', 'Mon 19:00–21:30' and '0.43'."""
    from planner.cli import format_plan
    from tests.planner.studyplan_demo import learner_and_plan

    _, plan = learner_and_plan("switcher-anna")
    text = format_plan(plan, language="nl")
    item = next(i for i in plan.items if i.sessions and i.location)
    assert f"{item.location}, {fmt.mode_label(item.mode, 'nl')}" in text
    assert "sessions: " + ", ".join(fmt.session_label(s, "nl") for s in item.sessions) in text
    assert f"{fmt.number(item.ec, 'nl')} EC" in text and fmt.money(item.cost, "nl") in text
