"""The window figures of ``make bench-window``: graded on the worst run against each size's target (XL's
own), with the GUI thread's CPU beside the gap and, for each MISS, what was tried."""

from __future__ import annotations

from bench.window import STEPS, TRIED, format_report, target_ms


def _fig(median: float, worst: float, cpu: float) -> dict[str, object]:
    return {"median_ms": median, "worst_ms": worst, "runs": [median, worst], "worst_cpu_ms": cpu}


def test_the_report_grades_the_worst_run_against_each_size_target():
    report = {"target_ms": 100.0, "targets_ms": {"L": target_ms("L"), "XL": target_ms("XL")}, "load": 3.2,
              "loads": [3.2, 7.9],
              "sizes": {"L": {step: _fig(60, 140 if step == "switch tabs" else 90, 21) for step in STEPS},
                        "XL": {step: _fig(120, 240, 33) for step in STEPS}}}
    lines = format_report(report).splitlines()
    assert "load 3.2 at the start; load 3.2–7.9 before the runs" in lines[0]
    rows = {(line[:5].strip(), line[5:31].strip()): line for line in lines if line[:5].strip() in ("L", "XL")}
    # a median under the target does not pass a step whose worst run is over it
    assert rows["L", "switch tabs"].endswith("≤ 100 ms MISS") and "140 ms" in rows["L", "switch tabs"]
    assert rows["L", "open catalogues"].endswith("≤ 100 ms PASS")
    # XL is graded against its own 250 ms
    assert all(rows["XL", step].endswith("≤ 250 ms PASS") for step in STEPS)
    assert "21 ms" in rows["L", "open catalogues"]  # the GUI thread's CPU is printed beside the gap
    tried = [k for k, line in enumerate(lines) if line.strip().startswith("tried:")]
    assert len(tried) == 1 and lines[tried[0] - 1] is rows["L", "switch tabs"]
    assert TRIED["switch tabs"] in lines[tried[0]]
    assert set(TRIED) == set(STEPS)
