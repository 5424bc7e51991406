"""Values a stranger's file may hold: each is refused with a clear message (exit 2) or means what it says.

Before, a budget of 1e18 or .inf and a start in year 9999 ended in tracebacks (TypeError, OverflowError)
with exit code 1, the code for "no route"; a learner file of format 2.0 was accepted, and a start in
year 1 talked about a deadline the learner never set.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from planner import shipped
from planner.cli import main

ANNA = shipped.sample_learner().read_text(encoding="utf-8")


def learner_file(tmp_path: Path, old: str, new: str) -> Path:
    assert old in ANNA
    p = tmp_path / "learner.yaml"
    p.write_text(ANNA.replace(old, new, 1), encoding="utf-8")
    return p


@pytest.mark.parametrize("budget", ["1e18", ".inf", "1000000001"])
def test_a_budget_beyond_all_cost_is_no_budget(tmp_path: Path, budget: str, capsys) -> None:  # type: ignore[no-untyped-def]
    path = learner_file(tmp_path, "budget: 9000", f"budget: {budget}")
    assert main(["plan", "--learner", str(path), "--time-limit", "5"]) == 0
    assert "Route for Anna de Vries" in capsys.readouterr().out


@pytest.mark.parametrize(("old", "new", "words"), [
    ("start: 2026-09-07", "start: 9999-09-06", "the date 9999-09-06 is outside the years 1990–2199"),
    ("start: 2026-09-07", "start: 0001-09-03", "the date 0001-09-03 is outside the years 1990–2199"),
    ('formatVersion: "1.0"', 'formatVersion: "2.0"', "format version '2.0' is not supported"),
    ("budget: 9000", "budget: .nan", "'budget' must be a finite number, not nan"),
    ("hoursPerWeek: 16", "hoursPerWeek: .inf", "'hoursPerWeek' must be a finite number, not inf"),
    ("places: [Enschede, Deventer]", "places: [" + "x" * 5000 + "]", "longer than the 200 allowed"),
])
def test_a_hostile_value_is_bad_input_with_its_place(tmp_path: Path, old: str, new: str, words: str, capsys) -> None:  # type: ignore[no-untyped-def]
    path = learner_file(tmp_path, old, new)
    assert main(["plan", "--learner", str(path), "--time-limit", "5"]) == 2
    err = capsys.readouterr().err
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if text.startswith(new.split(":")[0]))
    assert f"{path}:{line}:" in err and words in err and "Traceback" not in err


def test_ten_thousand_unknown_ids_give_twenty_lines_and_a_count(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """10,000 unknown ids printed 10,000 lines (and took 21 s, mostly in 'did you mean' searches)."""
    path = tmp_path / "learner.yaml"
    path.write_text(ANNA + "excluded:\n" + "".join(f"  - hs-oost:nope-{i}\n" for i in range(10_000)), encoding="utf-8")
    t0 = time.perf_counter()
    assert main(["plan", "--learner", str(path)]) == 2
    elapsed = time.perf_counter() - t0
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 21 and lines[-1] == "… and 9980 more problems"
    assert "excluded[0]" in lines[0] and "hs-oost:nope-0" in lines[0]
    assert elapsed < 60  # a generous ceiling against a hang; the figure itself is for the benchmark


def test_a_session_time_with_a_time_zone_is_refused_in_words() -> None:
    """'19:00Z' beside '21:30' raised TypeError (naive and aware times compared) in a plan file."""
    from pydantic import ValidationError

    from planner.models import Session

    with pytest.raises(ValidationError, match="has a time zone; give the local time of day"):
        Session.model_validate({"day": "tue", "start": "19:00Z", "end": "21:30"})
