"""``python -m bench.best_known [--sizes M,L] [--seconds 60]``: long runs that keep the best finish
week known per benchmark instance in ``bench/best_known.json`` (only ever lowered, and only by a route
the independent validator accepts). The benchmark prints each 10-second finish's distance to it.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from bench.best_known_lns import LnsSolver
from bench.generator import FAMILIES, generate
from planner.solver import Solver, terms
from planner.validate import validate_plan

PATH = Path(__file__).with_name("best_known.json")


def load() -> dict[str, dict[str, dict[str, object]]]:
    """{size: {seed: {"finish": week, "proven": bool, "seconds": run length}}}."""
    return json.loads(PATH.read_text(encoding="utf-8")) if PATH.exists() else {}


def record(size: str, seed: int, finish: int, proven: bool, seconds: float, how: str | None = None,
           bound: int | None = None) -> bool:
    """Keep a finish if it is better (or newly proven); True when the file changed. ``how``: how the
    run was made (solver, workers, anything special), kept beside the figure. ``bound``: a proven
    lower bound on the finish from that run; the largest one seen is kept whatever the finish."""
    data = load()
    old = data.setdefault(size, {}).get(str(seed))
    if old is not None and old.get("family") != FAMILIES.get(size):
        old = None  # recorded for another version of the family: other instances
    if bound is not None and old is not None and bound > int(old.get("bound", 0)):  # type: ignore[call-overload]
        old["bound"] = bound
        if how:
            old["bound_how"] = how
        old["proven"] = bool(old["proven"]) or bound >= int(old["finish"])  # type: ignore[call-overload]
        PATH.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if old is not None and (int(old["finish"]) < finish or (int(old["finish"]) == finish and (old["proven"] or not proven))):  # type: ignore[call-overload]
        if how and int(old["finish"]) == finish and how not in old.get("also", []):  # type: ignore[call-overload, operator]
            old.setdefault("also", []).append(how)  # type: ignore[attr-defined]  # another run found the same finish
            PATH.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return False
    kept = max(bound or 0, int(old.get("bound", 0)) if old else 0)  # type: ignore[call-overload]
    data[size][str(seed)] = {"finish": finish, "proven": proven or kept >= finish, "seconds": seconds}
    if size in FAMILIES:
        data[size][str(seed)]["family"] = FAMILIES[size]
    if kept:
        data[size][str(seed)]["bound"] = kept
        # the bound may be an earlier run's: keep how it was found
        earlier = old.get("bound_how") or old.get("how") if old and kept > (bound or 0) else None
        if earlier:
            data[size][str(seed)]["bound_how"] = earlier
    if how:
        data[size][str(seed)]["how"] = how
    PATH.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.best_known")
    parser.add_argument("--sizes", default="M,L")
    parser.add_argument("--instances", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--spare", type=int, default=None,
                        help="broad pools: keep this many times the fillers a threshold needs (planner.solver.fillers.SPARE)")
    parser.add_argument("--bound-seconds", type=float, default=0.0,
                        help="after each run, this long for the term-indexed relaxation's bound (planner.solver.terms) "
                             "where it applies, to prove the finish or raise the bound kept")
    parser.add_argument("--seeds", default=None, help="comma-separated seeds (default: 0 … instances − 1)")
    parser.add_argument("--method", choices=("cpsat", "lns"), default="cpsat",
                        help="lns: a search of our own around the route's last weeks first (bench/best_known_lns.py), "
                             "then CP-SAT from its result")
    parser.add_argument("--lns-budget", type=float, default=20.0,
                        help="with --method lns: CP-SAT's deterministic time for the neighbourhoods (about seconds of one core)")
    parser.add_argument("--nice", action="store_true",
                        help="run at the lowest priority (on a shared machine such a run can get less CPU than a 10 s solve)")
    args = parser.parse_args(argv)
    if args.nice:
        os.nice(19)

    from planner.solver import fillers, lns

    # each method as named: the solve's own short neighbourhood search on L-sized models is off
    lns.UPTO = 0
    if args.spare is not None:
        fillers.SPARE = args.spare
    for size in args.sizes.split(","):
        seeds = [int(x) for x in args.seeds.split(",")] if args.seeds else range(args.instances)
        for seed in seeds:
            cs, learner = generate(size, seed)
            load0, cpu0, wall0 = os.getloadavg()[0], time.process_time(), time.perf_counter()
            if args.method == "lns":
                solver: Solver = LnsSolver(cs, learner, time_limit=args.seconds, explain=False, phases=1,
                                           workers=args.workers, budget=args.lns_budget)
            else:
                solver = Solver(cs, learner, time_limit=args.seconds, explain=False, phases=1, workers=args.workers)
            plan = solver.solve()
            if plan.totals is None or validate_plan(cs, learner, plan):
                print(f"{size} seed {seed}: no valid route")
                continue
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            lns = ""
            if isinstance(solver, LnsSolver) and solver.log:
                found = [f for _, _, f in solver.log if f is not None]
                lns = (f"critical-path LNS first (bench/best_known_lns.py, {args.lns_budget:g} deterministic units, "
                       f"{len(solver.log)} neighbourhoods, {len(found)} improved, to week {min(found) if found else '—'}), then ")
            how = (f"{lns}CP-SAT {args.seconds:g} s, {args.workers} workers, finish phase only, broad pools narrowed to "
                   f"{fillers.SPARE}× the fillers they need (python -m bench.best_known{' --nice' if args.nice else ''}); "
                   f"{cpu:.0f} s CPU in {wall:.0f} s; load average {load0:.1f} at the start, "
                   f"{os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} CPUs")
            bound = plan.bound if isinstance(plan.bound, int) else None
            if args.bound_seconds and solver.instance is not None and terms.applies(solver.instance):
                tb = terms.term_bound(solver.instance, bound or 0, plan.totals.finish_week, args.bound_seconds, args.workers)
                how += f"; bound from the term-indexed relaxation given {args.bound_seconds:g} s: {tb}"
                bound = max(bound or 0, tb)
            changed = record(size, seed, plan.totals.finish_week, bound == plan.totals.finish_week, args.seconds, how,
                             bound=bound)
            print(f"{size} seed {seed}: week {plan.totals.finish_week} (bound {bound}; {cpu:.0f} s CPU){' — kept' if changed else ''} {lns}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
