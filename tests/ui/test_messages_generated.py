"""The English of every message code exists once (planner.messages); the window's table is generated
from it, and a stale generated file fails here."""

from __future__ import annotations

from planner.messages import TEMPLATES
from ui import gen_templates
from ui.message_templates import templates
from ui.messages import known_codes


def test_the_generated_table_is_fresh() -> None:
    assert gen_templates.TARGET.read_text(encoding="utf-8") == gen_templates.generated(), (
        "ui/message_templates.py is stale: run 'python -m ui.gen_templates' (make i18n does) and commit it"
    )


def test_the_window_renders_every_planner_code_with_the_planners_english(qapp) -> None:
    assert templates() == TEMPLATES  # no translator installed: the English source, unchanged
    assert set(TEMPLATES) <= known_codes()
