"""The one label table of the hand-over documents is complete in Dutch and English."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from planner.doclabels import LABELS, label
from planner.formatting import MODES
from planner.models import Evidence, GoalKind, Mode

PLANNER = Path(__file__).resolve().parents[2] / "planner"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_label_exists_in_dutch_and_english_with_the_same_parameters(key):
    texts = LABELS[key]
    assert set(texts) == {"nl", "en"}
    assert texts["nl"].strip() and texts["en"].strip()
    assert _fields(texts["nl"]) == _fields(texts["en"])


def test_every_label_the_code_asks_for_is_in_the_table():
    used: set[str] = set()
    for path in [PLANNER / "studyplan.py", *sorted((PLANNER / "export").glob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""label\(\s*["']([a-z_]+\.[a-z_.-]+)["']""", text))
        used |= set(re.findall(r"""sp\.label\(\s*["']([a-z_]+\.[a-z_.-]+)["']""", text))
        used |= {k for k in re.findall(r"""["']((?:col|section|head|sign|party|total|asm|ms|status|ics|timeline|footer)\.[a-z_]+)["']""", text)}
    assert used, "the scan found no labels: the pattern is out of date"
    assert sorted(used - set(LABELS)) == []
    # labels made from enum values
    for mode in Mode:
        assert set(MODES[mode.value]) == {"nl", "en"}
    for evidence in Evidence:
        assert f"evidence.{evidence.value}" in LABELS
    for kind in GoalKind:
        assert f"goalkind.{kind.value}" in LABELS


def test_labels_fill_in_parameters_and_fall_back_to_english():
    assert label("footer.page", "nl", page=2, pages=5) == "pagina 2 van 5"
    assert label("footer.page", "en", page=2, pages=5) == "page 2 of 5"
    assert label("doc.title", "de") == "Study plan"
    with pytest.raises(KeyError):
        label("no.such.label", "en")
