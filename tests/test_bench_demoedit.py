"""The demo edit figure of ``make bench-window`` says PASS or MISS against 0.5 s, with the load."""

from __future__ import annotations

from bench.demoedit import TARGET_S, format_report


def test_the_report_says_pass_or_miss_with_the_load():
    report = {"target_s": TARGET_S, "load": (3.5, 2.0, 1.0), "edits": {
        "checkbox (hybrid off, on)": {"median_s": 0.42, "runs_s": [0.4, 0.42, 0.5], "cpu_median_s": 0.3},
        "hours (+1, back)": {"median_s": 0.61, "runs_s": [0.6, 0.61, 0.7], "cpu_median_s": 0.35}}}
    lines = format_report(report).splitlines()
    assert "load 3.50, 2.00, 1.00" in lines[0] and "0.5 s" in lines[0]
    assert lines[2].startswith("checkbox (hybrid off, on)") and lines[2].endswith("PASS") and "0.42 s" in lines[2]
    assert lines[3].startswith("hours (+1, back)") and lines[3].endswith("MISS")
