"""The insight batch's figures (``python -m bench --insight``; ``make bench`` runs it after the solver part).

- profiles planned per second on the synthetic demo cohort with 1 and 2 worker processes of a local Dask
  cluster (target: a speed-up of at least 1.7 on 2 cores);
- 1,000 profiles on the demo catalogues (target: at most 5 minutes on this machine);
- a what-if that adds an offering of a module about 10 % of the cohort's goals can use (target: it
  re-plans in at most 15 % of the full run's time, the rest coming from the cache);
- the CPU time of one solve (median, 90th percentile), measured in-process, for docs/insight.md.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from planner import shipped
from planner.catalog import CatalogueSet
from planner.insight.batch import BatchSettings, DiskCache, plan_batch, plan_cohort
from planner.insight.synthetic import synthetic_cohort
from planner.load import load_learner
from planner.models import Learner, Mode
from planner.pipeline import PlanSettings, load_catalogues_leniently

TARGET_SPEEDUP, TARGET_FULL_S, TARGET_WHATIF = 1.7, 300.0, 0.15


def cohort(n: int, seed: int = 2026) -> list[Learner]:
    return synthetic_cohort([load_learner(p) for p in shipped.sample_learners()], n, seed)


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def what_if_module(cs: CatalogueSet, learners: list[Learner], share: float = 0.10) -> tuple[str, float]:
    """The module whose new offering touches the share of the cohort nearest ``share`` (the cache key's
    catalogue part changes only for the goals that can use it)."""
    from planner.graph import relevant_modules

    by_goal: dict[str, set[str]] = {}
    for g in {lrn.goal for lrn in learners if lrn.goal}:
        goal = cs.goals[g]
        by_goal[g] = relevant_modules(cs, set(cs.modules), list(goal.required), list(goal.choices), set())
    count: dict[str, int] = {}
    for lrn in learners:
        for m in by_goal.get(lrn.goal or "", set()):
            count[m] = count.get(m, 0) + 1
    best = min(sorted(count), key=lambda m: abs(count[m] / len(learners) - share))
    return best, count[best] / len(learners)


def with_offering(cs: CatalogueSet, module: str) -> CatalogueSet:
    """The catalogues with an online copy of one of ``module``'s offerings added."""
    source = next(o for o in cs.offerings.values() if o.module == module)
    cat_id, local_module = module.split(":", 1)
    new = source.model_copy(update={"id": "bench-what-if", "module": local_module, "mode": Mode.ONLINE, "location": None,
                                    "sessions": []})
    cats = [c.model_copy(update={"offerings": [*c.offerings, new]}) if c.id == cat_id else c for c in cs.catalogues]
    return CatalogueSet.from_catalogues(cats)


def solve_cpu(cs: CatalogueSet, learners: list[Learner], settings: PlanSettings) -> list[float]:
    """CPU seconds of each solve, in this process (one CP-SAT thread)."""
    from planner.insight.batch import catalogues_json

    cats = catalogues_json(cs)
    out = []
    for lrn in learners:
        t = time.process_time()
        plan_batch(cats, [lrn.model_dump_json(by_alias=True)], settings.model_dump_json())
        out.append(time.process_time() - t)
    return out


def run(profiles: int = 1000, sample: int = 80, time_limit: float = 10.0, progress: Any = print) -> dict[str, Any]:
    cs, _ = load_catalogues_leniently(shipped.demo_catalogues())
    settings = BatchSettings(solve=PlanSettings(time_limit=time_limit, workers=1))
    report: dict[str, Any] = {"profiles": profiles, "sample": sample, "time_limit": time_limit, "load": {}}
    cpu = solve_cpu(cs, cohort(20, seed=7), settings.solve)
    report["solve_cpu_s"] = {"median": statistics.median(cpu), "p90": statistics.quantiles(cpu, n=10)[-1], "n": len(cpu)}
    progress(f"one solve: median {report['solve_cpu_s']['median']:.2f} s CPU (load {_load()})")
    rates = {}
    small = cohort(sample, seed=11)
    for n in (1, 2):
        report["load"][f"rate_{n}"] = _load()
        t = time.perf_counter()
        plan_cohort(cs, small, settings, engine="local", processes=n)
        rates[n] = sample / (time.perf_counter() - t)
        progress(f"{n} process(es): {rates[n]:.2f} profiles/s (load {report['load'][f'rate_{n}']})")
    report["profiles_per_s"] = rates
    report["speedup"] = rates[2] / rates[1]
    learners = cohort(profiles)
    with tempfile.TemporaryDirectory(prefix="leerroute-insight-bench-") as tmp:
        cache = DiskCache(Path(tmp))
        report["load"]["full"] = _load()
        t = time.perf_counter()
        full = plan_cohort(cs, learners, settings, engine="local", cache=cache,
                           on_progress=lambda p: progress(p.line()) if p.done % 200 == 0 else None)
        report["full_s"] = time.perf_counter() - t
        report["full_planned"] = full.planned
        report["full_no_route"] = sum(1 for o in full.outcomes.values() if not o.plan.items)
        progress(f"{profiles} profiles: {report['full_s']:.0f} s (load {report['load']['full']})")
        module, share = what_if_module(cs, learners)
        after = with_offering(cs, module)
        report["load"]["what_if"] = _load()
        t = time.perf_counter()
        again = plan_cohort(cs=after, learners=learners, settings=settings, engine="local", cache=cache)
        report["what_if_s"] = time.perf_counter() - t
        report["what_if"] = {"module": module, "share_touched": share, "replanned": again.planned}
        progress(f"what-if on {module}: {again.planned} re-planned in {report['what_if_s']:.0f} s "
                 f"(load {report['load']['what_if']})")
    report["targets"] = [
        _target(f"speed-up with 2 processes ≥ {TARGET_SPEEDUP}×", report["speedup"] >= TARGET_SPEEDUP,
                f"{report['speedup']:.2f}× ({rates[1]:.2f} → {rates[2]:.2f} profiles/s)"),
        _target(f"{profiles} profiles ≤ {TARGET_FULL_S / 60:.0f} min", report["full_s"] <= TARGET_FULL_S,
                f"{report['full_s']:.0f} s"),
        _target(f"what-if touching ~10 % re-plans in ≤ {TARGET_WHATIF:.0%} of the full run",
                report["what_if_s"] <= TARGET_WHATIF * report["full_s"],
                f"{report['what_if_s']:.0f} s = {report['what_if_s'] / report['full_s']:.0%} "
                f"({report['what_if']['replanned']} of {profiles} re-planned, {share:.0%} touched)"),
    ]
    return report


def _target(name: str, ok: bool, figure: str) -> dict[str, str]:
    return {"target": name, "result": "PASS" if ok else "MISS", "figure": figure}


def format_report(report: dict[str, Any]) -> str:
    lines = ["Insight batch (issue 20)", f"  one solve: median {report['solve_cpu_s']['median']:.2f} s CPU, "
             f"90 % ≤ {report['solve_cpu_s']['p90']:.2f} s (n = {report['solve_cpu_s']['n']})"]
    lines += [f"  {t['result']:<4}  {t['target']}: {t['figure']}" for t in report["targets"]]
    lines.append("  load averages (1, 5, 15 min) at each step: " + "; ".join(f"{k} {v}" for k, v in report["load"].items()))
    return "\n".join(lines)
