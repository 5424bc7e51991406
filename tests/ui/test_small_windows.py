"""Issue 15: the window holds from 1024 × 700 to 1920 × 1080 in English and Dutch."""

from __future__ import annotations

import pytest

from tests.ui.helpers import SCREENSHOTS, planned_window
from ui import language


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_the_window_fits_and_no_total_is_cut(qtbot, qapp, settings, lang, size):
    from ui.app import DEMO_CATALOGUES, DEMO_LEARNER

    translators = language.install(qapp, lang)
    try:
        with planned_window(qtbot, settings, DEMO_CATALOGUES, DEMO_LEARNER) as w:
            w.resize(*size)
            qtbot.wait(20)
            assert w.minimumSizeHint().width() <= 1024
            assert w.width() == size[0]
            # the route gets a fair share of the width, and the learner panel scrolls only up and down
            assert w.tabs.width() >= 380
            qtbot.waitUntil(lambda: w.learner_scroll.horizontalScrollBar().maximum() == 0, timeout=2000)
            for key, box in w.summary.fields.items():
                assert box.width() >= box.sizeHint().width() - 2, (key, box.width(), box.sizeHint().width())
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            assert w.grab().save(str(SCREENSHOTS / f"window-{lang}-{size[0]}x{size[1]}.png"))
    finally:
        language.uninstall(qapp, translators)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_unproven_route_s_status_is_not_cut_at_1024(qtbot, qapp, settings, lang):
    # on a slow machine the demo's route is not proven in time: the status then reads "≤ 12 wk later"
    # (longer than "proven"), which two rows of three totals cut at 1024 px wide (CI, load 10)
    from planner.plan import Status
    from ui.app import DEMO_CATALOGUES, DEMO_LEARNER

    translators = language.install(qapp, lang)
    try:
        with planned_window(qtbot, settings, DEMO_CATALOGUES, DEMO_LEARNER) as w:
            w.resize(1024, 700)
            plan = w.doc.plan
            assert plan is not None and plan.totals is not None
            unproven = plan.model_copy(update={"status": Status.FEASIBLE, "bound": plan.totals.finish_week - 112})
            w.summary.set_plan(unproven)
            qtbot.wait(20)
            for key, box in w.summary.fields.items():
                assert box.width() >= box.sizeHint().width() - 2, (key, box.width(), box.sizeHint().width())
            assert w.summary.isVisible() and w.summary.height() <= 200
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            assert w.grab().save(str(SCREENSHOTS / f"window-unproven-{lang}-1024x700.png"))
    finally:
        language.uninstall(qapp, translators)
