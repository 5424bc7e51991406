"""10,000 mutations of catalogue, learner, plan, badge and OOAPI files and of hand-over documents,
in-process: nothing escapes but the project's own errors (``make fuzz`` runs 200,000; see
tests/planner/fuzzing.py)."""

from __future__ import annotations

from pathlib import Path

from tests.planner.fuzzing import Fuzzer


def test_ten_thousand_mutations_never_escape(tmp_path: Path) -> None:
    counts = Fuzzer(tmp_path, seed=20261201).run(10_200)
    assert sum(n for k, n in counts.items() if k.endswith(("handled", "message"))) == 10_200
    # each kind was both refused with a message and taken further (the valid learners were planned)
    assert counts["catalogue: handled"] > 1000 and counts["learner: handled"] > 1000
    assert counts["plan file: handled"] > 100 and counts["plan file: refused with a message"] > 100
    assert counts["learners planned"] > 500
    # the edges: badges (JSON, PNG, SVG), OOAPI files and the hand-over documents, read and refused
    assert counts["badge: handled"] > 300 and counts["badge: refused with a message"] > 20
    assert counts["OOAPI file: handled"] > 300 and counts["OOAPI file: refused with a message"] > 50
    assert counts["hand-over: handled"] > 500
