"""The ``leerroute`` command line: ``check`` catalogue files, ``plan`` a route, write the ``schema``, ``import``.

Exit codes: 0 success; 1 no route exists (``plan``) or the files have errors (``check``); 2 bad
input (a file that cannot be read or used, wrong arguments); 3 stopped (Ctrl-C: the best route so
far is printed) or no route found in the time limit; 4 an internal error (a bug: the traceback is in
the log file).
"""

from __future__ import annotations

import argparse
import logging
import re
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from planner import shipped
from planner.cliargs import add_catalog_argument, exit_codes, positive_seconds
from planner.errors import LeerrouteError
from planner.facets import describe
from planner.formatting import (
    budget_room,
    date,
    event_label,
    mode_label,
    number,
    price,
    session_label,
    total_cost,
)
from planner.importers.commands import add_import_parser
from planner.insight.cli import add_insight_parser
from planner.logs import log_file, setup_logging
from planner.plan import Plan, Status
from planner.reader import shown

if TYPE_CHECKING:
    from planner.catalog import CatalogueSet
    from planner.models import Learner
    from planner.pipeline import PlanJob, PlanOutcome

EXIT_OK, EXIT_INFEASIBLE, EXIT_BAD_INPUT, EXIT_STOPPED, EXIT_INTERNAL = 0, 1, 2, 3, 4

DEMO_CATALOGUES = shipped.demo_catalogues()
#: The name every plan file ends with (the window's File ▸ Save and ``plan --save``).
PLAN_SUFFIX = ".leerroute.json"
DEMO_LEARNER = shipped.sample_learner()

log = logging.getLogger(__name__)

EXIT_CODES = exit_codes([0, 1, 2, 3, 4], {
    1: "no route exists (plan), the files have errors (check), or a plan does not hold (verify)",
    3: "stopped with Ctrl-C (the best route so far is printed), or no route found in the time limit"})
#: Each command's help lists the codes it can give.
CHECK_EXIT_CODES = exit_codes([0, 1, 2, 4], {0: "every file is without errors (warnings may be printed)",
                                             1: "a file has errors (each is printed with its place)",
                                             2: "a file cannot be read, or wrong arguments"})
PLAN_EXIT_CODES = exit_codes([0, 1, 2, 3, 4], {
    0: "a route (printed, and written where asked)", 1: "no route exists (proven): why, and checked changes",
    3: "stopped with Ctrl-C (the best route so far is printed), or no route found in the time limit"})
VERIFY_EXIT_CODES = exit_codes([0, 1, 2, 4], {0: "every plan holds", 1: "a plan does not hold (each problem printed)",
                                              2: "a file cannot be read as a plan file, or wrong arguments"})
SCHEMA_EXIT_CODES = exit_codes([0, 2, 4], {0: "the schemas are written", 2: "the folder cannot be written"})


def status_line(plan: Plan) -> str:
    """What the solver may claim about a plan, in a few words: proven things are called proven."""
    gap = f"{100 * (plan.gap or 0):.1f}%"
    match plan.status:
        case Status.OPTIMAL:
            return "optimal — the earliest possible finish (proven)"
        case Status.FEASIBLE:
            return f"feasible — the earliest finish found; the earliest possible is at least week {plan.bound} of the route (gap {gap})"
        case Status.STOPPED if plan.totals is not None:
            return f"stopped — the best route found before you stopped (at least week {plan.bound} of the route, gap {gap})"
        case Status.STOPPED:
            return "stopped before a route was found"
        case Status.INFEASIBLE:
            return "infeasible — no route exists (proven)"
        case _:
            return f"unknown — no route found in {plan.solve_seconds:.1f} s, and none proven impossible"


def format_plan(plan: Plan, language: str = "en", explain: bool = True) -> str:
    """A plan as readable text: modules with dates, place, sessions, hours, outcomes; totals; status.

    With ``explain``, each module says why it is in the route.
    """
    from planner.messages import render

    lines: list[str] = []
    goal = f" — goal {plan.goal}" if plan.goal else ""
    lines.append(f"Route for {plan.learner}{goal}")
    lines.append(f"Status: {status_line(plan)}; solved in {plan.solve_seconds:.2f} s")
    lines.append("")
    if plan.items:
        for n, it in enumerate(plan.items, 1):
            mode = mode_label(it.mode, language)
            where = mode if it.location is None else f"{it.location}, {mode}"
            kind = " [assessment only]" if it.assessment_only else ""
            mc = " [microcredential]" if it.microcredential else ""
            pin = " [pinned]" if it.pinned else ""
            lines.append(f"{n:>2}. {it.title}{kind}{mc}{pin}")
            lines.append(
                f"    weeks {it.start_week}–{it.end_week - 1}  {date(it.start_date, language)} → {date(it.end_date, language)}"
                f"  |  {where}  |  {number(it.hours_per_week, language)} h/week  |  {number(it.ec, language)} EC"
                f"  |  {price(it.cost, it.cost_known, language)}"
            )
            if it.sessions:
                lines.append("    sessions: " + ", ".join(session_label(s, language) for s in it.sessions))
            if it.events:  # test dates and one-off sessions (OOAPI component offerings)
                lines.append("    dates: " + "; ".join(event_label(e, language) for e in it.events))
            if it.how is not None:  # how it is taught and assessed (docs/hoe.md)
                lines.append("    how: " + describe(it.how, language))
            lines.append("    gains: " + ", ".join(it.outcomes))
            for r in it.reasons if explain else []:
                lines.append(f"    why: {render(r, language)}")
            lines.append(f"    offering: {it.offering}")
        lines.append("")
    if plan.milestones:
        lines.append("Milestones:")
        for m in plan.milestones:
            if m.week is None:
                lines.append(f"  - {m.title}: not reached (target week {m.target_week})")
            else:
                mark = "on time" if m.met else f"{m.week - m.target_week} weeks late"
                lines.append(f"  - {m.title}: week {m.week} ({date(m.date, language) if m.date else '?'}), target week {m.target_week} — {mark}")
        lines.append("")
    if plan.totals is not None:
        t = plan.totals
        lines.append(
            f"Totals: finish {date(t.finish_date, language)} (week {t.finish_week}), {t.modules} modules, {number(t.ec, language)} EC, "
            f"{number(t.hours, language)} study hours, {total_cost(t.cost, t.unknown_prices, language)}"
        )
        if t.unknown_prices_at_most is not None:
            lines.append(f"Budget: {budget_room(t.unknown_prices_at_most, language)}")
    shown = [m for m in plan.messages if not m.code.startswith(("milestone.", "status."))]
    if shown:
        lines.append("")
        for message in shown:
            text = render(message, language)
            if message.code.startswith("group."):
                lines.append(f"  - {text}")
            elif message.code.startswith("suggest."):
                lines.append(f"  ✓ suggestion: {text}")
            elif message.code.startswith(("infeasible.", "reason.")) and not message.code.startswith("infeasible.summary"):
                lines.append(f"  • {text}")
            else:
                lines.append(text)
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from planner.check import run_check

    return run_check(args.files or [str(p) for p in DEMO_CATALOGUES], out, strict=args.strict)


#: Seconds of the time limit kept back for checking and printing the plan.
PRINT_RESERVE = 0.15


def solve_interruptibly(job: PlanJob) -> PlanOutcome:
    """Run the pipeline in a worker thread so that Ctrl-C (in the main thread) stops the search at once
    and the best route so far comes back, marked as stopped; a second Ctrl-C interrupts for good."""
    result: list[PlanOutcome] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(job.run())
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            failure.append(exc)

    thread = threading.Thread(target=work, name="solver", daemon=True)
    main_thread = threading.current_thread() is threading.main_thread()
    previous = None

    def on_sigint(signum: int, frame: object) -> None:
        if job.stopped:
            raise KeyboardInterrupt
        job.stop()

    if main_thread:
        previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        thread.start()
        while thread.is_alive():
            thread.join(0.05)
    finally:
        if main_thread:
            signal.signal(signal.SIGINT, previous)
    if failure:
        raise failure[0]
    return result[0]


def cmd_plan(args: argparse.Namespace, out: TextIO, err: TextIO, started: float | None = None) -> int:
    from planner.diagnostics import render_list
    from planner.messages import render
    from planner.pipeline import PlanJob, PlanSettings, load_for_planning, time_left

    started = time.perf_counter() if started is None else started
    cats = args.catalog or [str(p) for p in DEMO_CATALOGUES]
    try:
        check_handover_arguments(args)
        if args.save and not args.save.lower().endswith(PLAN_SUFFIX):
            args.save = args.save.removesuffix(".json") + PLAN_SUFFIX  # as the window names its plan files
        for target in (args.json, args.save):
            if target:
                from planner.fileio import check_target

                check_target(target)  # before the solve, not after it
        loaded = load_for_planning(cats, args.learner)
        for line in loaded.notes:
            print(line, file=err)
        if loaded.learner is None or loaded.errors:
            print(render_list(loaded.errors), file=err)
            return EXIT_BAD_INPUT
        if loaded.diagnostics:
            print(render_list(loaded.diagnostics), file=err)
        cs, learner = loaded.cs, loaded.learner
        # the whole command keeps to the time limit: what loading took comes off the solver's share
        settings = PlanSettings(time_limit=time_left(args.time_limit, started, PRINT_RESERVE))
        outcome = solve_interruptibly(PlanJob(cs, learner, settings))
    except LeerrouteError as exc:
        print(str(exc), file=err)
        return EXIT_BAD_INPUT
    plan, problems = outcome.plan, outcome.problems
    print(format_plan(plan, explain=args.explain), file=out)
    if problems:
        print("\nThe plan does not pass the independent validator:", file=err)
        for p in problems:
            print(f"  - {render(p)}", file=err)
    if args.json:
        from planner.fileio import write_file

        try:
            write_file(args.json, (plan.model_dump_json(by_alias=True, indent=2) + "\n").encode("utf-8"))
        except LeerrouteError as exc:
            print(str(exc), file=err)
            return EXIT_BAD_INPUT
        print(f"\nPlan written to {args.json}", file=out)
    if args.save:
        from planner.planfile import save_plan_file

        try:
            save_plan_file(args.save, learner, cs, plan)
        except LeerrouteError as exc:
            print(str(exc), file=err)
            return EXIT_BAD_INPUT
        print(f"\nPlan file written to {args.save} (open it in the window; check it with leerroute verify)", file=out)
    if handover_requested(args) and not write_handover_documents(cs, learner, plan, args, out, err):
        return EXIT_BAD_INPUT
    if plan.status == Status.INFEASIBLE:
        return EXIT_INFEASIBLE
    if plan.status == Status.STOPPED or (plan.status == Status.UNKNOWN and not plan.items):
        return EXIT_STOPPED
    return EXIT_OK if not problems else EXIT_INTERNAL  # a route the validator refuses is a bug


# --------------------------------------------------------------------------- hand-over documents


def add_handover_arguments(parser: argparse.ArgumentParser) -> None:
    """One option per export format (``--pdf``, ``--ics``, ``--csv``, …) and ``--language``, for ``plan``."""
    from planner.export.formats import FORMATS

    for f in FORMATS:
        parser.add_argument(f"--{f.name}", metavar="FILE", help=f.help)
    parser.add_argument("--language", choices=("nl", "en"), default="en",
                        help="language of the documents written (default en)")


def _handover_targets(args: argparse.Namespace) -> dict[str, str | None]:
    from planner.export.formats import FORMATS

    return {f.name: getattr(args, f.name, None) for f in FORMATS}


def handover_requested(args: argparse.Namespace) -> bool:
    """Whether any hand-over document was asked for."""
    return any(_handover_targets(args).values())


def check_handover_arguments(args: argparse.Namespace) -> None:
    """Refuse a target that cannot be a file before solving (raises :class:`ExportError`)."""
    from planner.export.handover import check_handover_targets

    check_handover_targets(*_handover_targets(args).values())


def write_handover_documents(cs: CatalogueSet, learner: Learner, plan: Plan, args: argparse.Namespace,
                             out: TextIO, err: TextIO) -> bool:
    """Write the documents asked for; say which were written, or why one could not be. False on failure."""
    from planner.errors import ExportError
    from planner.export.handover import write_handover
    from planner.studyplan import build_study_plan

    if not plan.items and plan.totals is None:
        print("No route, so no study plan documents were written.", file=err)
        return True
    study_plan = build_study_plan(cs, learner, plan, language=args.language)
    try:
        written = write_handover(study_plan, _handover_targets(args))
    except ExportError as exc:
        print(str(exc), file=err)
        return False
    for path in written:
        print(f"Written: {path}", file=out)
    return True


def cmd_verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Each plan file gets its verdict; the exit code is the worst of them."""
    from planner.messages import render
    from planner.verify import verify_plan_file

    catalogs = [Path(c) for c in args.catalog or []] + shipped.demo_catalogues()  # the user's, then the folder's
    worst = EXIT_OK
    for name in args.files:
        try:
            result = verify_plan_file(name, catalogs)
        except LeerrouteError as exc:
            print(f"{name}: cannot be checked: {exc}", file=err)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        for note in result.notes:
            print(f"{name}: note: {render(note)}", file=out)
        for problem in result.problems:
            print(f"{name}: does not hold: {render(problem)}", file=out)
        plan = result.plan
        what = f"{len(plan.items)} modules" if plan is not None and plan.items else "no route"
        print(f"{name}: plan for {result.doc.learner.name}, {what}: {result.verdict}", file=out)
        if not result.holds:
            worst = max(worst, EXIT_INFEASIBLE)
    return worst


def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from planner.schema import write_schemas

    for p in write_schemas(Path(args.dir)):
        print(f"wrote {p}", file=out)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``leerroute``."""
    formatter = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(prog="leerroute", description="Plan a personal, flexible learning route.",
                                epilog=f"{EXIT_CODES}\n\nlog file: {log_file('leerroute')}", formatter_class=formatter)
    p.add_argument("--version", action="version", version=f"%(prog)s {shipped.version()}")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="check catalogue files and report every problem", epilog=CHECK_EXIT_CODES,
                       formatter_class=formatter)
    c.add_argument("files", nargs="*", metavar="FILE",
                   help="catalogue files (.yaml or .json; default: the demo catalogues, as plan uses)")
    c.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1 when there is any)")
    pl = sub.add_parser("plan", help="plan the fastest route for a learner", epilog=PLAN_EXIT_CODES,
                        formatter_class=formatter)
    add_catalog_argument(pl)
    pl.add_argument("--learner", default=str(DEMO_LEARNER), metavar="FILE", help="learner file (default: a sample learner)")
    pl.add_argument("--json", metavar="OUT", help="also write the route as JSON data (for other programs)")
    pl.add_argument("--save", metavar="FILE.leerroute.json",
                    help="also write the plan file the window saves: learner, catalogues (with copies and hashes) "
                         "and route, to open in the window or check with verify")
    pl.add_argument("--time-limit", type=positive_seconds, default=10.0, metavar="S",
                    help="solver time limit in seconds, more than 0 (default 10)")
    pl.add_argument("--explain", action="store_true", help="say why each module is in the route")
    add_handover_arguments(pl)
    v = sub.add_parser("verify", help="check saved plan files against their catalogues with the independent validator",
                       epilog=VERIFY_EXIT_CODES, formatter_class=formatter)
    v.add_argument("files", nargs="+", metavar="PLAN", help="plan files (*.leerroute.json)")
    add_catalog_argument(v, what="the catalogue files to check against (besides those beside each plan and the "
                                 "shipped ones)")
    s = sub.add_parser("schema", help="write the JSON Schemas of catalogue, learner and plan files",
                       epilog=SCHEMA_EXIT_CODES, formatter_class=formatter)
    s.add_argument("--dir", default=".", help="output folder (default: the current folder)")
    add_import_parser(sub)
    add_insight_parser(sub)
    return p


#: Control characters a terminal would act on (ESC starts sequences that move, clear or retitle it);
#: a newline and a tab are kept.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Printable:
    """A text stream that writes control characters from files as visible escapes (``\\x1b``), so
    titles, names and paths from a stranger's file never send a sequence to the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(_CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text))

    @property
    def raw(self) -> TextIO:
        """The stream itself, for the program's own control sequences (a progress line's ``\\r``)."""
        return self.stream

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    started = time.perf_counter()
    out = cast(TextIO, Printable(out or sys.stdout))
    err = cast(TextIO, Printable(err or sys.stderr))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_BAD_INPUT if exc.code else EXIT_OK
    try:
        if args.command == "check":
            return cmd_check(args, out)
        if args.command == "plan":
            return cmd_plan(args, out, err, started)
        if args.command == "verify":
            return cmd_verify(args, out, err)
        if args.command in ("import", "insight"):
            return int(args.run(args, out, err))
        return cmd_schema(args, out)
    except LeerrouteError as exc:
        print(str(exc), file=err)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"leerroute {args.command}: stopped (Ctrl-C) before it finished; what is printed above is all "
              "that was done", file=err)
        return EXIT_STOPPED
    except OSError as exc:  # the machine's answer to a file we were asked to write or read: not a bug
        name = f"{shown(exc.filename)}: " if exc.filename else ""
        print(f"leerroute {args.command}: {name}{exc.strerror or exc}; check the path and try again", file=err)
        return EXIT_BAD_INPUT
    except Exception:  # noqa: BLE001 - a bug: say so plainly, keep the traceback in the log
        where = setup_logging("leerroute")  # main() may be called without entry(): the log exists all the same
        if where is not None:
            log.exception("leerroute %s failed", " ".join(argv if argv is not None else sys.argv[1:]))
            said = f"the details are in {where}"
        else:
            said = f"no log file could be written in {log_file('leerroute').parent}"
        print(f"leerroute: internal error (a bug in Leerroute {shipped.version()}); {said}", file=err)
        return EXIT_INTERNAL


def entry() -> None:
    """Console entry point (``[project.scripts]`` reaches it through :func:`planner.console.entry`):
    the log file is set up first, and Ctrl-C at any moment exits 3 with one line, never a traceback."""
    try:
        setup_logging("leerroute")
        code = main()
    except KeyboardInterrupt:
        print("leerroute: stopped (Ctrl-C)", file=sys.stderr)
        code = EXIT_STOPPED
    sys.exit(code)


if __name__ == "__main__":
    entry()
