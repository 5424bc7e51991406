"""Stable re-plans, measured: small edits on M, the modules each re-plan moved without having to, and
its finish against a fresh plan's.

A module *moved without having to* when the re-plan placed it elsewhere (another offering or start
week) although putting it back where the previous plan had it — everything else as re-planned —
gives a route the independent validator accepts, finishing no later. The target is 0.
"""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from bench.generator import edit, generate
from planner.catalog import CatalogueSet
from planner.models import Learner
from planner.plan import Plan, Status
from planner.solver import Solver
from planner.solver.kept import KeptModels
from planner.validate import validate_plan

#: The small edits tried: pin a module of the route, two hours a week more or less, mark an outcome
#: of a module in the route proven, exclude a module of the route, a budget of what the route costs.
KINDS = ("pin", "more", "less", "prove", "exclude", "budget")


def moved(previous: Plan, replan: Plan) -> list[str]:
    """Modules in both routes at another offering or start week."""
    before = {i.module: (i.offering, i.start_week) for i in previous.items}
    return sorted(i.module for i in replan.items if i.module in before and before[i.module] != (i.offering, i.start_week))


def unneeded_moves(cs: CatalogueSet, learner: Learner, previous: Plan, replan: Plan) -> list[str]:
    """Moved modules that could have stayed (see the module docstring)."""
    if replan.totals is None:
        return []
    out = []
    old = {i.module: i for i in previous.items}
    for mid in moved(previous, replan):
        items = [old[mid] if i.module == mid else i for i in replan.items]
        back = replan.model_copy(update={"items": items, "totals": None})
        if max(i.end_week for i in items) <= replan.totals.finish_week and not validate_plan(cs, learner, back):
            out.append(mid)
    return out


def small_edit(cs: CatalogueSet, learner: Learner, plan: Plan, kind: str, rng: random.Random) -> Learner:
    """One small edit of a learner with a plan."""
    if kind == "prove":
        outcomes = sorted({o for i in plan.items for o in i.outcomes})
        if not outcomes:
            return learner
        proven = learner.model_dump(mode="json")["proven"] + [{"outcome": rng.choice(outcomes), "evidence": "diploma"}]
        return Learner.model_validate({**learner.model_dump(mode="json"), "proven": proven})
    if kind == "exclude":  # a module of the route whose every outcome another module also gives
        givers: dict[str, set[str]] = {}
        for mid, m in cs.modules.items():
            for o in m.certifies:
                givers.setdefault(cs.canon(o), set()).add(mid)
        spare = [i.module for i in plan.items if all(givers.get(cs.canon(o), set()) - {i.module} for o in cs.modules[i.module].certifies)]
        return learner.model_copy(update={"excluded": [*learner.excluded, rng.choice(spare)]}) if spare else learner
    if kind == "budget":
        return learner.model_copy(update={"budget": float(sum(i.cost for i in plan.items))})
    return edit(cs, learner, plan, kind, rng)


def run_stability(size: str = "M", edits: int = 20, instances: int = 5, time_limit: float = 5.0) -> dict[str, Any]:
    """Re-plan after ``edits`` random small edits spread over the instances; JSON-ready figures."""
    rows: list[dict[str, Any]] = []
    per = max(1, -(-edits // instances))
    for seed in range(instances):
        cs, learner = generate(size, seed)
        kept = KeptModels()  # as in the window: each solve keeps its model for the next re-plan
        base = Solver(cs, learner, time_limit=time_limit, keep=kept).solve()
        rng = random.Random(f"stability-{seed}")
        for n in range(per):
            if len(rows) >= edits:
                break
            kind = KINDS[(seed * per + n) % len(KINDS)]
            after = small_edit(cs, learner, base, kind, rng)
            shown: list[tuple[float, int]] = []
            t0 = time.perf_counter()
            replanner = Solver(cs, after, previous=base, time_limit=time_limit, keep=kept)
            replan = replanner.solve(
                on_plan=lambda p, shown=shown, t0=t0: shown.append((time.perf_counter() - t0,
                                                                    p.totals.finish_week if p.totals else 0)))
            fresh = Solver(cs, after, time_limit=time_limit).solve()
            finish = replan.totals.finish_week if replan.totals else None
            rows.append({
                "seed": seed, "edit": kind, "moved": len(moved(base, replan)),
                "unneeded": unneeded_moves(cs, after, base, replan),
                "previous_finish": base.totals.finish_week if base.totals else None,
                "replan_finish": finish, "fresh_finish": fresh.totals.finish_week if fresh.totals else None,
                "replan_final_s": next((s for s, f in shown if finish is not None and f <= finish), None),
                "replan_first_s": shown[0][0] if shown else None, "reused": replanner.reused is not None,
                # a re-plan without a route (an exclusion can leave none) has nothing to check
                "valid": replan.status not in (Status.OPTIMAL, Status.FEASIBLE) or not validate_plan(cs, after, replan),
            })
    unneeded = sum(len(r["unneeded"]) for r in rows)
    later = [r for r in rows if r["replan_finish"] is not None and r["fresh_finish"] is not None and r["replan_finish"] > r["fresh_finish"]]
    diffs = [r["replan_finish"] - r["fresh_finish"] for r in rows if r["replan_finish"] is not None and r["fresh_finish"] is not None]
    return {"size": size, "time_limit": time_limit, "edits": rows, "unneeded_moves": unneeded,
            "moved_median": statistics.median(r["moved"] for r in rows) if rows else None,
            "later_than_fresh": len(later), "finish_diff_median": statistics.median(diffs) if diffs else None,
            "finish_diff_max": max(diffs) if diffs else None, "all_valid": all(r["valid"] for r in rows)}


def format_stability(s: dict[str, Any]) -> str:
    """A few lines for the benchmark report."""
    lines = [f"Stable re-plans ({len(s['edits'])} small edits on {s['size']}, {s['time_limit']:g} s each)"]
    for r in s["edits"]:
        lines.append(f"  seed {r['seed']} {r['edit']:<5} moved {r['moved']:>2}, without having to {len(r['unneeded'])}; "
                     f"finish {r['previous_finish']} → {r['replan_finish']} (fresh plan {r['fresh_finish']})")
    for kind in KINDS:
        rows = [r for r in s["edits"] if r["edit"] == kind]
        if rows:
            lines.append(f"  {kind:<7} kept model {sum(1 for r in rows if r.get('reused'))}/{len(rows)}; first route "
                         f"median {_median(r.get('replan_first_s') for r in rows)} s, final route median "
                         f"{_median(r.get('replan_final_s') for r in rows)} s")
    lines.append(f"  modules moved without having to: {s['unneeded_moves']}; re-plan later than a fresh plan: "
                 f"{s['later_than_fresh']}/{len(s['edits'])} (median {s['finish_diff_median']}, max {s['finish_diff_max']} weeks)")
    return "\n".join(lines)


def _median(values: Any) -> str:
    known = [float(v) for v in values if v is not None]
    return f"{statistics.median(known):.2f}" if known else "—"
