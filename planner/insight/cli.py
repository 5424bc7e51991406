"""``leerroute insight``: plan a cohort against catalogues and write the report for the catalogue's owner."""

from __future__ import annotations

import argparse
import signal
import threading
import time
from pathlib import Path
from typing import Any, TextIO

from planner import shipped
from planner.cliargs import add_catalog_argument, exit_codes
from planner.errors import LeerrouteError

INSIGHT_EXIT_CODES = exit_codes([0, 2, 3, 4], {
    0: "the report is written",
    2: "bad input: a file that cannot be read or used, wrong arguments, or no Dask scheduler at the address",
    3: "stopped with Ctrl-C: the report counts what was planned; run again to finish (what is done is kept)"})


def add_insight_parser(sub: Any) -> None:
    """Register ``insight`` on the ``leerroute`` sub-command parser."""
    p = sub.add_parser("insight", help="plan a cohort of learners and report demand, bottlenecks and gaps",
                       description="Plan every learner of a cohort against the catalogues (on Dask) and write a "
                                   "report for the catalogue's owner: report.html and CSV tables.",
                       epilog=INSIGHT_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_catalog_argument(p)
    p.add_argument("--cohort", nargs="+", metavar="PATH",
                   help="a cohort CSV, learner or plan files, or folders of them (default: the synthetic demo cohort)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for report.html and the CSV tables")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="an existing Dask scheduler (default: a local cluster)")
    p.add_argument("--in-process", action="store_true", help="plan in this process, without Dask")
    p.add_argument("--processes", type=int, metavar="N", help="worker processes of the local cluster (default: one a core)")
    p.add_argument("--add-offering", metavar="FILE", help="what-if: offerings to add (YAML or JSON, 'offerings: [...]')")
    p.add_argument("--time-limit", type=float, default=10.0, metavar="S", help="time limit of each solve (default 10)")
    p.add_argument("--bottlenecks", type=int, default=5, metavar="N",
                   help="offerings most in demand to remove in turn (default 5)")
    p.add_argument("--cache", metavar="DIR", help="cache of planned profiles (default: DIR/.cache)")
    p.set_defaults(run=cmd_insight)


class _Printer:
    """Progress on the error stream: one line rewritten on a terminal, a line every few seconds otherwise."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.tty = err.isatty() if hasattr(err, "isatty") else False
        self.last = 0.0
        self.phase = ""

    def __call__(self, phase: str, progress: Any) -> None:
        now = time.monotonic()
        final = progress.done == progress.total
        if not (final or self.tty or now - self.last >= 5 or phase != self.phase):
            return
        self.last, self.phase = now, phase
        text = f"{phase}: {progress.line()}"
        if self.tty:
            print("\r" + text.ljust(100), end="\n" if final else "", file=self.err, flush=True)
        else:
            print(text, file=self.err, flush=True)


def cmd_insight(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from planner.insight.batch import Stop
    from planner.insight.report import write_report
    from planner.insight.run import InsightOptions, run_insight

    if args.time_limit <= 0 or args.bottlenecks < 0 or (args.processes is not None and args.processes < 1):
        print("leerroute insight: --time-limit, --processes must be positive and --bottlenecks not negative", file=err)
        return 2
    engine = "in-process" if args.in_process else (args.scheduler or "local")
    if args.scheduler and not args.scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        print(f"leerroute insight: --scheduler {args.scheduler}: give the address as tcp://HOST:PORT", file=err)
        return 2
    cohort = args.cohort or [str(shipped.demo_cohort())]
    synthetic = [Path(c).resolve() for c in cohort] == [shipped.demo_cohort().resolve()]
    options = InsightOptions(catalogues=args.catalog or [str(p) for p in shipped.demo_catalogues()], cohort=cohort,
                             engine=engine, add_offering=args.add_offering, time_limit=args.time_limit,
                             bottlenecks=args.bottlenecks, cache=args.cache or str(Path(args.out) / ".cache"),
                             processes=args.processes)
    stop = Stop()
    previous = None
    if threading.current_thread() is threading.main_thread():
        def on_sigint(signum: int, frame: object) -> None:
            if stop.is_set():
                raise KeyboardInterrupt
            print("\nstopping: the profiles planned so far are kept …", file=err, flush=True)
            stop.set()

        previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        insight = run_insight(options, on_phase=_Printer(err), stop=stop)
    except LeerrouteError as exc:
        print(str(exc), file=err)
        return 2
    except OSError as exc:  # the scheduler's address does not answer
        if engine in ("local", "in-process"):
            raise
        print(f"leerroute insight: cannot reach the Dask scheduler at {engine} ({exc}); start it with "
              "'dask scheduler' or leave out --scheduler for a local cluster", file=err)
        return 2
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    for note in insight.notes:
        print(note, file=err)
    written = write_report(insight, args.out, synthetic=synthetic)
    routed = sum(1 for r in insight.routes.values() if r.has_route)
    print(f"{len(insight.routes)} of {len(insight.learners)} profiles planned ({routed} with a route) — "
          f"{insight.engine}", file=out)
    for path in written:
        print(f"Written: {path}", file=out)
    if insight.stopped:
        print("Stopped before the end: run the same command again to finish (the planned profiles are kept).", file=err)
        return 3
    return 0

