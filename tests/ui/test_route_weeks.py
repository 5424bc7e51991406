"""Issue 23.4: "week 38" meant the route's 38th week and read as ISO week 38. Every text of the window
that names a week by its number says "of your route" (or "of the route", or "route week"), or gives its date."""

from __future__ import annotations

import re

from tests.ui.helpers import make_window, open_and_plan
from tests.ui.texts import visible_texts

WEEK = re.compile(r"(?<!route )\bweeks? \d+\b", re.IGNORECASE)
ROUTE = re.compile(r"\bof (?:your|the) route\b")
DATE = re.compile(r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b")


def unexplained_weeks(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Texts that name a week by number without saying it is the route's and without a date."""
    return [(where, text) for where, text in texts if WEEK.search(text) and not DATE.search(text) and not ROUTE.search(text)]


def test_every_numbered_week_is_a_route_week_or_has_a_date(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from planner.shipped import demo_catalogues, sample_learner

    gen = make_window(qtbot, settings)
    window = next(gen)
    try:
        open_and_plan(qtbot, window, list(demo_catalogues()), sample_learner("switcher-anna"))
        plan = window.doc.plan
        assert plan is not None and plan.items
        window.refresh.select_module(plan.items[0].module)
        found = []
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            qtbot.wait(20)
            texts = visible_texts(window)
            scene = getattr(window.tabs.currentWidget(), "scene", None)
            if callable(scene) and scene() is not None:  # the timeline's texts and tooltips
                texts += [("scene", t) for item in scene().items()
                          for t in (getattr(item, "text", lambda: "")(), item.toolTip()) if isinstance(t, str) and t]
            found += unexplained_weeks(texts)
        assert sorted(set(found)) == [], "\n".join(f"{w}: {t!r}" for w, t in sorted(set(found)))
    finally:
        next(gen, None)
