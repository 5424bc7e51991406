"""Messages are rendered through Qt's translation table, with parameters, never failing."""

from __future__ import annotations

from planner.messages import TEMPLATES
from planner.messages import render as planner_render
from planner.plan import Message
from ui.messages import is_explanation, is_suggestion, known_codes, render


def test_every_planner_code_is_in_the_translation_table(qapp):
    missing = sorted(set(TEMPLATES) - known_codes())
    assert missing == [], "add these codes to ui/messages.py so they can be translated"


def test_rendering_matches_the_planner_in_english(qapp):
    msg = Message(code="why.goal", params={"outcome": "x:o", "outcome_title": "Writes code"})
    assert render(msg) == planner_render(msg)


def test_nested_messages_and_unknown_codes(qapp):
    nested = Message(code="infeasible.no_offering", params={
        "outcome_title": "Codes", "offers": "campus",
        "reasons": [{"code": "reason.mode", "params": {"mode": "campus"}}]})
    assert "you do not study on campus" in render(nested)  # (a mode in words)
    assert render(Message(code="brand.new", params={"a": 1})).startswith("brand.new")
    assert render(Message(code="why.goal", params={})) == planner_render(Message(code="why.goal", params={}))


def test_suggestions_and_explanations_are_recognised(qapp):
    assert is_suggestion(Message(code="suggest.hours", params={"patch": {"hours_per_week": 20}}))
    assert not is_suggestion(Message(code="suggest.hours", params={}))
    assert is_explanation(Message(code="infeasible.hours", params={}))
