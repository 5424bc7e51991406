"""Do the learner's wishes on how they learn slow the solver? ``python -m bench.facets [--instances N] [--time-limit S]``.

Each M instance gets every offering described (seeded: pacing from the offering's entry, activities,
assessment types, supervision) and is solved three ways with the same time limit:

- plain: no wishes;
- soft: prefer self-paced, avoid an oral exam and online proctoring, 0 weeks later (so the finish must
  be the plain one: the trade-off of 0 weeks keeps the fastest route);
- hard: never an oral exam, plus the soft ones (a *never* rules offerings out, so the finish may differ).

The figure is the CPU time of the process (all of CP-SAT's threads) until a route with the same
finish was first on hand (the later of the plain and soft runs' final finishes, which both reached:
the search is not deterministic with several workers); the target: the soft runs' median within 20 %
of the plain runs' median, every route valid (PASS/MISS). The runs with a *never* (which rules
offerings out, so their finish may differ) are reported beside them, to their own final finish.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from pathlib import Path
from typing import Any

from bench.generator import generate
from planner.access import offering_rejections
from planner.catalog import CatalogueSet
from planner.facettypes import HowWishes, OfferingHow
from planner.models import Learner
from planner.plan import Plan
from planner.solver import Solver
from planner.validate import validate_plan

#: The soft runs may take at most this much more CPU time to the same finish (median over instances).
TARGET = 1.20
SOFT = [("pacing", "self-paced", "prefer"), ("assessment", "oral-exam", "avoid"), ("supervision", "supervised-online", "avoid")]
HARD = [("assessment", "oral-exam", "never"), ("pacing", "self-paced", "prefer"), ("supervision", "supervised-online", "avoid")]


def describe(cs: CatalogueSet, learner: Learner, seed: int) -> None:
    """Give every offering a seeded 'how' (in place): self-paced when it has a flexible entry. Oral
    exams only where the module has another offering the learner can take (mode, place, free time),
    so that 'never an oral exam' rules out offerings but leaves every module open."""
    rng = random.Random(seed)
    usable = {m: [o.id for o in cs.offerings_of(m) if not offering_rejections(learner, o)] for m in cs.modules}
    first = {ids[0] for ids in usable.values() if ids} | {o for m, ids in usable.items() if len(ids) < 2 for o in ids}
    for oid in sorted(cs.offerings):
        off = cs.offerings[oid]
        kinds = ["written-exam", "digital-exam", "portfolio", "assignment", "presentation"] + ([] if oid in first else ["oral-exam"])
        exams = rng.sample(kinds, rng.randint(1, 2))
        off.how = OfferingHow.model_validate({
            "pacing": "self-paced" if off.flexible else "cohort",
            "activities": ["independent-study"] if off.flexible else rng.sample(["lecture", "tutorial", "workshop", "project"], 2),
            "groupWork": not off.flexible and rng.random() < 0.5,
            "assessment": exams,
            "supervision": rng.choice(["supervised-online", "supervised-on-site", "unsupervised"]),
        })


def with_wishes(learner: Learner, wishes: list[tuple[str, str, str]]) -> Learner:
    how = HowWishes.model_validate({"wishes": [{"facet": f, "value": v, "choice": c} for f, v, c in wishes]})
    return learner.model_copy(update={"how": how})


def timed(cs: CatalogueSet, learner: Learner, time_limit: float) -> dict[str, Any]:
    """Solve; the CPU and wall seconds until the final finish week was first on hand."""
    stream: list[tuple[float, float, int]] = []
    c0, t0 = time.process_time(), time.perf_counter()

    def on_plan(p: Plan) -> None:
        if p.totals is not None and p.items:
            stream.append((time.process_time() - c0, time.perf_counter() - t0, p.totals.finish_week))

    plan = Solver(cs, learner, time_limit=time_limit).solve(on_plan=on_plan)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    finish = plan.totals.finish_week if plan.totals is not None and plan.items else None
    first = next(((c, w) for c, w, f in stream if finish is not None and f <= finish), (cpu, wall))
    return {"finish": finish, "status": plan.status.value, "cpu_to_finish": first[0], "wall_to_finish": first[1],
            "cpu_total": cpu, "valid": finish is None or not validate_plan(cs, learner, plan), "stream": stream}


def to_finish(stream: list[tuple[float, float, int]], finish: int | None, total: float) -> float | None:
    """CPU seconds until a route finishing by ``finish`` was first on hand."""
    if finish is None:
        return None
    return next((c for c, _w, f in stream if f <= finish), total)


def run(instances: int, time_limit: float) -> dict[str, Any]:
    rows = []
    for seed in range(instances):
        cs, learner = generate("M", seed)
        describe(cs, learner, seed)
        row: dict[str, Any] = {"seed": seed}
        for name, wishes in (("plain", []), ("soft", SOFT), ("hard", HARD)):
            row[name] = timed(cs, with_wishes(learner, wishes), time_limit)
        # the same finish: the later of the plain and soft runs' finals, which both reached
        common = max(row["plain"]["finish"] or 0, row["soft"]["finish"] or 0)
        for name in ("plain", "soft"):
            row[name]["cpu_to_common"] = to_finish(row[name]["stream"], common, row[name]["cpu_total"])
        row["common_finish"] = common
        rows.append(row)
        print(f"M seed {seed}: same finish {common}: plain {row['plain']['cpu_to_common']:.2f} s, soft {row['soft']['cpu_to_common']:.2f} s "
              f"(finals {row['plain']['finish']}/{row['soft']['finish']}); with a never: finish {row['hard']['finish']} "
              f"after {row['hard']['cpu_to_finish']:.2f} s", flush=True)
    med = {k: statistics.median(r[k]["cpu_to_common"] for r in rows) for k in ("plain", "soft")}
    med["hard"] = statistics.median(r["hard"]["cpu_to_finish"] for r in rows)
    valid = all(r[k]["valid"] for r in rows for k in ("plain", "soft", "hard"))
    ratio = med["soft"] / med["plain"] if med["plain"] > 0 else float("inf")
    return {"rows": rows, "median_cpu": med, "ratio": ratio, "valid": valid,
            "pass": ratio <= TARGET and valid, "load": os.getloadavg(), "time_limit": time_limit}


def format_report(r: dict[str, Any]) -> str:
    m = r["median_cpu"]
    verdict = "PASS" if r["pass"] else "MISS"
    return "\n".join([
        f"M, {len(r['rows'])} instances, time limit {r['time_limit']:g} s, load {r['load'][0]:.1f}",
        f"median CPU s to the same finish: plain {m['plain']:.2f}, soft wishes {m['soft']:.2f}; "
        f"with a never, to its own finish: {m['hard']:.2f}",
        f"soft / plain {r['ratio']:.2f} (target ≤ {TARGET:.2f}), every route valid: {r['valid']}  {verdict}",
        "with a never (finish may differ): " + ", ".join(
            f"seed {x['seed']}: {x['plain']['finish']}→{x['hard']['finish']}" for x in r["rows"]),
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.facets", description=__doc__.split("\n")[0])
    parser.add_argument("--instances", type=int, default=5)
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--out", default="bench/results/facets.json")
    args = parser.parse_args(argv)
    result = run(args.instances, args.time_limit)
    print(format_report(result))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0 if result["pass"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
