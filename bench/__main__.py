"""``python -m bench [--window] [--insight [--profiles N]] [--quick] [--sizes S,M,L,XL,T] [--instances N] [--time-limit S] [--out FILE] [--loading]``.

Prints per size the median and worst of every figure and the targets of the benchmark issue with
PASS/MISS, then how fast a 3,000-module catalogue is checked as YAML and as JSON (:mod:`bench.loading`)
and how fast 20,000 OOAPI courses with their offerings import (:mod:`bench.ooapi`), and writes every
figure to a JSON file (``bench/results/latest.json`` by default). ``--loading`` runs only the loading
parts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench import loading, ooapi
from bench.runner import SIZES, format_instance, format_report, run

QUICK = {"sizes": ["S"], "instances": 2, "time_limit": 5.0}
#: Small edits of the stability study (0: leave it out) and their time limit per solve.
STABILITY_EDITS, STABILITY_LIMIT = 20, 5.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Benchmark the route solver against greedy and its bounds.")
    parser.add_argument("--quick", action="store_true", help="smoke run: size S, 2 instances, short limits, in-process")
    parser.add_argument("--sizes", default=",".join(SIZES), help="comma-separated sizes (S,M,L,XL; T: terms of a real university, T0 the first such family; U: credit rules; R: the real university from the Circles mirror, skipped without it)")
    parser.add_argument("--instances", type=int, default=5, help="instances (seeds) per size, at least 5 for the targets")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="CP-SAT time limit in seconds (default: 10 s, 30 s for XL)")
    parser.add_argument("--in-process", action="store_true", help="measure in this process (no per-instance memory)")
    parser.add_argument("--out", default="bench/results/latest.json", help="JSON file to write")
    parser.add_argument("--loading", action="store_true", help="only time checking a 3,000-module catalogue (YAML vs JSON) and importing 20,000 OOAPI courses")
    parser.add_argument("--stability-edits", type=int, default=None,
                        help=f"small edits on M for the stable re-plan study (default {STABILITY_EDITS}; 0 leaves it out)")
    parser.add_argument("--no-samples", action="store_true", help="leave out the plan command on the sample learners")
    parser.add_argument("--window", action="store_true",
                        help="the window benchmark instead: largest event-loop gap per step on L and XL (offscreen)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size of the window benchmark")
    parser.add_argument("--insight", action="store_true",
                        help="the insight batch instead: profiles/s with 1 and 2 processes, 1,000 profiles, a what-if")
    parser.add_argument("--profiles", type=int, default=1000, help="profiles of the insight benchmark's full run")
    args = parser.parse_args(argv)
    if args.insight:
        from bench import insight

        ireport = insight.run(args.profiles, time_limit=args.time_limit or 10.0)
        print()
        print(insight.format_report(ireport))
        out = Path(args.out if args.out != "bench/results/latest.json" else "bench/results/insight.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(ireport, indent=1, default=str), encoding="utf-8")
        print(f"\nwrote {out}")
        return 0
    if args.loading:
        result = loading.run()
        print(loading.format_loading(result))
        imported = ooapi.run()
        print()
        print(ooapi.format_import(imported))
        return 0 if result["pass"] and imported["pass"] and imported["draft_pass"] else 1

    if args.window:
        from bench import window

        sizes = [s.strip().upper() for s in args.sizes.split(",")] if args.sizes != ",".join(SIZES) else ["L", "XL"]
        from bench import demoedit

        wreport = window.run(sizes, args.repeats, args.time_limit or 10.0)
        wreport["demo"] = demoedit.measure(max(args.repeats, 5))
        print()
        print(window.format_report(wreport))
        print()
        print(demoedit.format_report(wreport["demo"]))
        out = Path(args.out if args.out != "bench/results/latest.json" else "bench/results/window.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(wreport, indent=1), encoding="utf-8")
        print(f"\nwrote {out}")
        return 0

    if args.quick:
        sizes, instances = QUICK["sizes"], int(QUICK["instances"])  # type: ignore[call-overload]
        limit, isolate = float(QUICK["time_limit"]), False  # type: ignore[arg-type]
    else:
        sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
        bad = [s for s in sizes if s not in SIZES]
        if bad:
            parser.error(f"unknown size(s) {', '.join(bad)}; use {', '.join(SIZES)}")
        instances, limit, isolate = args.instances, args.time_limit, not args.in_process

    def progress(r: dict[str, object]) -> None:
        print(format_instance(r), flush=True)  # type: ignore[arg-type]

    edits = args.stability_edits if args.stability_edits is not None else (2 if args.quick else STABILITY_EDITS)
    report = run(sizes, instances, limit, isolate=isolate, progress=progress,
                 samples=not args.quick and not args.no_samples, stability_edits=edits,
                 stability_size="S" if args.quick else "M", stability_limit=2.0 if args.quick else STABILITY_LIMIT)
    print()
    commits = report.get("commits") or []
    changed = f" (code changed during the run: {', '.join(commits)})" if len(commits) > 1 else ""
    print(f"commit {report.get('commit')}{changed}; {report['machine']['cpus']} CPUs; wall {report['wall_s']:.0f} s")
    print(format_report(report))
    if not args.quick:
        report["loading"] = loading.run()
        print()
        print(loading.format_loading(report["loading"]))
        report["ooapi_import"] = ooapi.run()
        print()
        print(ooapi.format_import(report["ooapi_import"]))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
