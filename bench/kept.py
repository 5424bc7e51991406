"""A re-plan on the kept model against one built afresh: the same base plan, the same edit.

``python -m bench.kept --size M --kinds pin,exclude,budget,less --seeds 0,1,2,3,4`` prints per
re-plan the edits applied to a kept model (or "built"), the finish and bound, when the first and the
final route were on screen (wall and CPU seconds) and the load, then the medians per edit kind.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from typing import Any

from bench.generator import generate
from bench.stability import small_edit
from planner.solver import Solver
from planner.solver.kept import KeptModels
from planner.validate import validate_plan


def compare(size: str, kinds: list[str], seeds: list[int], limit: float) -> list[dict[str, Any]]:
    """One row per seed, edit kind and way (kept, built)."""
    rows: list[dict[str, Any]] = []
    for seed in seeds:
        cs, learner = generate(size, seed)
        store = KeptModels()
        base = Solver(cs, learner, time_limit=limit, keep=store).solve()
        for kind in kinds:
            after = small_edit(cs, learner, base, kind, random.Random(f"{seed}-{kind}"))
            for way in ("kept", "built"):
                shown: list[tuple[float, float, int]] = []
                t, c = time.perf_counter(), time.process_time()
                solver = Solver(cs, after, previous=base, time_limit=limit, keep=store if way == "kept" else None)
                plan = solver.solve(on_plan=lambda p, shown=shown, t=t, c=c: shown.append(
                    (time.perf_counter() - t, time.process_time() - c, p.totals.finish_week if p.totals else 0)))
                finish = plan.totals.finish_week if plan.totals and plan.items else None
                final = next(((w, cpu) for w, cpu, f in shown if finish is not None and f <= finish), (None, None))
                rows.append({"seed": seed, "edit": kind, "way": way, "reused": solver.reused,
                             "finish": finish, "bound": plan.bound, "status": plan.status.value,
                             "first_s": shown[0][0] if shown else None, "first_cpu": shown[0][1] if shown else None,
                             "final_s": final[0], "final_cpu": final[1], "valid": not validate_plan(cs, after, plan),
                             "load": os.getloadavg()[0]})
                print(_line(rows[-1]), flush=True)
    return rows


def _f(v: Any, d: int = 3) -> str:
    return "—" if v is None else f"{v:.{d}f}"


def _line(r: dict[str, Any]) -> str:
    reused = "kept (" + ", ".join(r["reused"]) + ")" if r["reused"] is not None else "built"
    return (f"seed {r['seed']} {r['edit']:<7} {r['way']:<5} → {reused:<16} finish {r['finish']} bound {r['bound']} "
            f"{r['status']}; first {_f(r['first_s'])} s ({_f(r['first_cpu'])} CPU), final {_f(r['final_s'], 2)} s "
            f"({_f(r['final_cpu'], 2)} CPU); valid {r['valid']}; load {r['load']:.1f}")


def summary(rows: list[dict[str, Any]]) -> list[str]:
    """Medians per edit kind and way."""
    out = []
    for kind in dict.fromkeys(r["edit"] for r in rows):
        for way in ("kept", "built"):
            rs = [r for r in rows if r["edit"] == kind and r["way"] == way and r["first_s"] is not None]
            if not rs:
                continue

            def med(key: str, rs: list[dict[str, Any]] = rs) -> float:
                return statistics.median(float(r[key]) for r in rs if r[key] is not None)
            out.append(f"{kind:<7} {way:<5} reused {sum(1 for r in rs if r['reused'] is not None)}/{len(rs)}: first "
                       f"{med('first_s'):.3f} s ({med('first_cpu'):.3f} CPU), final {med('final_s'):.2f} s "
                       f"({med('final_cpu'):.2f} CPU), finishes {[r['finish'] for r in rs]}")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="M")
    ap.add_argument("--kinds", default="pin,exclude,budget,less", help="edits (bench.stability's kinds)")
    ap.add_argument("--seeds", default="0,1,2,3,4")
    ap.add_argument("--time-limit", type=float, default=10.0)
    args = ap.parse_args(argv)
    rows = compare(args.size, args.kinds.split(","), [int(s) for s in args.seeds.split(",")], args.time_limit)
    print("\n".join(summary(rows)))


if __name__ == "__main__":
    main()
