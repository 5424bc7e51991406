"""Issue 23.4: "week 38" meant the route's 38th week and read as ISO week 38. Every text of the window
that names a week by its number says "of your route" (or "of the route", or "route week"), or gives its date."""

from __future__ import annotations

import re

from tests.ui.helpers import anna_planned, each_tab
from tests.ui.texts import visible_texts

WEEK = re.compile(r"(?<!route )\bweeks? \d+\b", re.IGNORECASE)
ROUTE = re.compile(r"\bof (?:your|the) route\b")
DATE = re.compile(r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b")


def unexplained_weeks(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Texts that name a week by number without saying it is the route's and without a date."""
    return [(where, text) for where, text in texts if WEEK.search(text) and not DATE.search(text) and not ROUTE.search(text)]


def test_every_numbered_week_is_a_route_week_or_has_a_date(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    with anna_planned(qtbot, settings) as window:
        found = []
        for _tab in each_tab(qtbot, window):
            texts = visible_texts(window)
            scene = getattr(window.tabs.currentWidget(), "scene", None)
            if callable(scene) and scene() is not None:  # the timeline's texts and tooltips
                texts += [("scene", t) for item in scene().items()
                          for t in (getattr(item, "text", lambda: "")(), item.toolTip()) if isinstance(t, str) and t]
            found += unexplained_weeks(texts)
        assert sorted(set(found)) == [], "\n".join(f"{w}: {t!r}" for w, t in sorted(set(found)))
