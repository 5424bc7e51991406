"""``python -m bench.explanations [--seeds 0,1] [--time-limit S] [--check S]``: are the explanations true?

For the sample learner Dewi (no route) and T0 instances (:mod:`bench.terms0`) made impossible with a
deadline at 70 % of their earliest finish (and ``T-n+``: with modes, places and free times that do
not matter beside them, as in issue 27), it plans with the command line's solver within the time
limit and reports: what the conflict claims (smallest, each needed, or together), each choice named
and whether lifting it alone — the other named choices kept, the rest lifted — gives a route (a
separate solve of ``--check`` seconds), each suggestion's claim (earliest / least, or how far) and
whether its finish is proven, and the seconds (wall and CPU) with the load beside them.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from planner.catalog import CatalogueSet
from planner.choices import group_message, made, relax, week_end
from planner.explain import route_solver
from planner.messages import render
from planner.models import Learner
from planner.solver import Solver

ROOT = Path(__file__).resolve().parents[1]


def _dewi() -> tuple[CatalogueSet, Learner]:
    from planner.load import load_catalogues, load_learner

    cs = load_catalogues([ROOT / "catalogs" / "hogeschool-oost.yaml", ROOT / "catalogs" / "partner-noord.yaml"])
    return cs, load_learner(ROOT / "catalogs" / "learners" / "impossible-dewi.yaml")


def _impossible_t(seed: int, check: float) -> tuple[CatalogueSet, Learner]:
    from bench.generator import generate

    cs, lrn = generate("T0", seed)
    plan = Solver(cs, lrn, time_limit=check, explain=False, phases=1).solve()
    assert plan.totals is not None, f"T-{seed}: no route found in {check} s"
    return cs, lrn.model_copy(update={"deadline": week_end(lrn, int(plan.totals.finish_week * 0.7))})


def _restricted(lrn: Learner) -> Learner:
    """The learner of the issue: modes, places and free times that do not matter on T (its offerings
    are online or in Utrecht, without sessions), beside the deadline and hours that do."""
    return Learner.model_validate({**lrn.model_dump(mode="json"), "modes": ["campus", "online"], "places": ["utrecht"],
                                   "availability": [{"day": d, "start": "09:00", "end": "17:00"}
                                                    for d in ("mon", "tue", "wed", "thu", "fri")]})


def run(name: str, cs: CatalogueSet, lrn: Learner, limit: float, check: float) -> dict[str, object]:
    """One explanation, and each of its claims checked."""
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), time.process_time()
    plan = route_solver(cs, lrn, time_limit=limit).solve()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    shown = {render(m) for m in plan.messages if m.code.startswith("group.")}
    active = made(lrn)
    named = [g for g in active if render(group_message(lrn, g, cs)) in shown]
    needed = {}
    for g in named:
        lifted = relax(lrn, [x for x in active if x not in named or x == g])
        needed[g] = bool(Solver(cs, lifted, time_limit=check, explain=False, phases=1).solve().items)
    claim = next((m.code.removeprefix("infeasible.") for m in plan.messages if m.code.startswith("infeasible.summary")),
                 plan.status.value)
    suggestions = [f"{m.code.removeprefix('suggest.')}/{m.params.get('finish', {}).get('code', '?').removeprefix('finish.').removesuffix('_on')}"
                   for m in plan.messages if m.code.startswith("suggest.")]
    return {"case": name, "claim": claim, "named": named, "needed": needed, "suggestions": suggestions,
            "wall": wall, "cpu": cpu, "load": load}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.explanations", description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="0", help="comma-separated T seeds (default 0)")
    parser.add_argument("--time-limit", type=float, default=60.0, help="the plan command's time limit (default 60 s)")
    parser.add_argument("--check", type=float, default=120.0, help="seconds of each checking solve (default 120)")
    args = parser.parse_args(argv)
    cases: list[tuple[str, CatalogueSet, Learner]] = [("dewi", *_dewi())]
    for seed in [int(s) for s in args.seeds.split(",") if s.strip()]:
        cs, lrn = _impossible_t(seed, args.check)
        cases += [(f"T-{seed}", cs, lrn), (f"T-{seed}+", cs, _restricted(lrn))]
    all_needed = True
    for name, cs, lrn in cases:
        r = run(name, cs, lrn, args.time_limit, args.check)
        needed = r["needed"]
        assert isinstance(needed, dict)
        all_needed &= all(needed.values())
        named = ",".join(f"{g}:" + ("needed" if ok else "NOT NEEDED") for g, ok in needed.items())
        print(f"{r['case']:6} claim={r['claim']:18} named={named}"
              f"  suggestions={'; '.join(r['suggestions']) or '-'}  wall={r['wall']:.1f}s cpu={r['cpu']:.1f}s load={r['load']:.1f}",
              flush=True)
    print("every named choice needed" if all_needed else "SOME NAMED CHOICE IS NOT NEEDED")
    return 0 if all_needed else 1


if __name__ == "__main__":
    raise SystemExit(main())
