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
