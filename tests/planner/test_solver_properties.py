"""Property tests: on small random catalogues the solver agrees with brute force.

The catalogues use every form of the format: outcome prerequisites (all/any), corequisites
(``with``), credit thresholds (EC or modules, from a tagged pool or any module) and choice groups
counted in EC (of outcomes, or of a pool) and in modules. ``BF_EXAMPLES`` sets the number of cases.

Brute force enumerates every way to choose (or not) an offering and a start week per module,
keeps the plans the independent validator accepts, and takes the earliest finish. The solver's
plans must validate; "infeasible" must mean brute force finds nothing; "optimal" must be the
brute-force finish week.
"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner.catalog import CatalogueSet
from planner.models import Learner, week_index, week_monday
from planner.plan import Plan, PlannedModule, Status
from planner.requirements import corequisites, thresholds
from planner.solver import Solver
from planner.solver.greedy import greedy_plan
from planner.validate import validate_plan
from tests.factory import START, catalogue, catset, cohort, flexible, learner, module, monday, session

DAYS = ["tue", "wed"]


@st.composite
def instances(draw: st.DrawFn) -> tuple[CatalogueSet, Learner]:
    n_out = draw(st.integers(2, 4))
    outs = [f"o{i}" for i in range(n_out)]
    n_mod = draw(st.integers(2, 4))
    modules, offerings = [], []
    for m in range(n_mod):
        certs = draw(st.lists(st.sampled_from(outs), min_size=1, max_size=2, unique=True))
        req = None
        others = [o for o in outs if o not in certs]
        if others and draw(st.booleans()):
            picked = draw(st.lists(st.sampled_from(others), min_size=1, max_size=2, unique=True))
            items: list = [{"with": o} if draw(st.integers(0, 2)) == 0 else o for o in picked]  # some corequisites
            req = items[0] if len(items) == 1 else {draw(st.sampled_from(["all", "any"])): items}
        if draw(st.integers(0, 3)) == 0:  # a credit threshold, alone or beside the outcomes
            threshold: dict = ({"credits": draw(st.sampled_from([1, 2]))} if draw(st.booleans())
                               else {"modules": draw(st.integers(1, 2))})
            if draw(st.booleans()):
                threshold["from"] = {"tag": "core"}
            req = threshold if req is None else {draw(st.sampled_from(["all", "any"])): [req, threshold]}
        weeks = draw(st.integers(1, 3))
        hpw = draw(st.integers(2, 6))
        kind = "assessment" if draw(st.integers(0, 4)) == 0 else "taught"
        mod = module(f"m{m}", certs, requires=req, ec=draw(st.sampled_from([1, 2])), kind=kind)
        if draw(st.integers(0, 2)) > 0:
            mod["tags"] = ["core"]
        modules.append(mod)
        for k in range(draw(st.integers(1, 2))):
            sessions = []
            if draw(st.booleans()):
                day = draw(st.sampled_from(DAYS))
                h = draw(st.integers(18, 20))
                sessions = [session(day, f"{h}:00", f"{h + 1}:30")]
            mode = draw(st.sampled_from(["online", "campus"]))
            loc = draw(st.sampled_from(["Enschede", "Zwolle"])) if mode == "campus" else None
            cost = draw(st.sampled_from([0, 200, 500]))
            if draw(st.booleans()):
                starts = sorted(set(draw(st.lists(st.integers(0, 6), min_size=1, max_size=2))))
                offerings.append(cohort(f"f{m}{k}", f"m{m}", weeks, hpw, starts, mode=mode, location=loc, sessions=sessions, cost=cost))
            else:
                first = draw(st.integers(0, 4))
                offerings.append(flexible(f"f{m}{k}", f"m{m}", weeks, hpw, first, first + draw(st.integers(0, 2)),
                                          mode=mode, location=loc, sessions=sessions, cost=cost))
    goal = draw(st.lists(st.sampled_from(outs), min_size=1, max_size=n_out, unique=True))
    choices: list[dict] = []
    if draw(st.integers(0, 2)) == 0:  # a choice group counted in EC, of outcomes or of a pool
        if draw(st.booleans()):
            choices.append({"id": "ec", "minEc": draw(st.sampled_from([1, 2])), "of": draw(
                st.lists(st.sampled_from(outs), min_size=1, max_size=3, unique=True))})
        else:
            group: dict = {"id": "pool", "pool": {"tag": "core"}}
            if draw(st.booleans()):
                group["n"] = draw(st.integers(1, 2))
            else:
                group["minEc"] = draw(st.sampled_from([1, 2]))
            choices.append(group)
    goals = [{"id": "g", "title": "Goal", "kind": "custom", "required": [f"{o}" for o in goal], "choices": choices}]
    cs = catset(catalogue(outs, modules, offerings, goals=goals))
    kw: dict = {
        "goal": "t:g",
        "hoursPerWeek": draw(st.integers(4, 10)),
        "deadline": (monday(draw(st.integers(4, 9))) - dt.timedelta(days=1)).isoformat(),
    }
    if draw(st.booleans()):
        kw["availability"] = [{"day": "tue", "start": "18:00", "end": "22:00"}]
    if draw(st.booleans()):
        kw["places"] = ["Enschede"]
    if draw(st.booleans()):
        kw["budget"] = draw(st.sampled_from([300, 700]))
    if draw(st.booleans()):
        w = draw(st.integers(0, 5))
        kw["holidays"] = [{"start": monday(w).isoformat(), "end": (monday(w) + dt.timedelta(days=6)).isoformat()}]
    if draw(st.booleans()):
        kw["proven"] = [{"outcome": f"t:{draw(st.sampled_from(outs))}", "evidence": draw(st.sampled_from(["evc", "experience"]))}]
    return cs, learner(**kw)


def _options(cs: CatalogueSet, lrn: Learner, horizon: int) -> dict[str, list[tuple[str, int, int] | None]]:
    opts: dict[str, list[tuple[str, int, int] | None]] = {}
    for mid in cs.modules:
        choices: list[tuple[str, int, int] | None] = [None]
        for off in cs.offerings_of(mid):
            if off.entry is None:
                starts = {week_index(lrn.start, d) for d in off.starts if d >= week_monday(lrn.start)}
            else:
                lo = week_index(lrn.start, off.entry.start) if off.entry.start else 0
                hi = week_index(lrn.start, off.entry.end) if off.entry.end else horizon
                starts = set(range(max(lo, 0), hi + 1))
            for s in sorted(starts):
                if 0 <= s and s + off.weeks <= horizon + 2:
                    choices.append((off.id, s, s + off.weeks))
        opts[mid] = choices
    return opts


def brute_force(cs: CatalogueSet, lrn: Learner) -> int | None:
    """Earliest finish week of any valid plan, or None."""
    assert lrn.deadline is not None
    horizon = week_index(lrn.start, lrn.deadline) + 1
    opts = _options(cs, lrn, horizon)
    mids = sorted(opts)
    goal = {cs.canon(o) for o in cs.goals["t:g"].required} - {cs.canon(o) for o in lrn.proven_ids()}
    combos = []
    for combo in itertools.product(*(opts[m] for m in mids)):
        chosen = [(m, c) for m, c in zip(mids, combo, strict=True) if c is not None]
        gained = {cs.canon(o) for m, _ in chosen for o in cs.modules[m].certifies}
        if not goal <= gained:
            continue
        combos.append((max((c[2] for _, c in chosen), default=0), chosen))
    combos.sort(key=lambda t: t[0])
    for finish, chosen in combos:
        items = [
            PlannedModule.model_construct(module=m, offering=c[0], start_week=c[1], end_week=c[2], title=m,
                                          start_date=START, end_date=START)
            for m, c in chosen
        ]
        plan = Plan.model_construct(items=items, totals=None)
        if not validate_plan(cs, lrn, plan):
            return finish
    return None


@settings(max_examples=int(__import__("os").environ.get("BF_EXAMPLES", "200")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_solver_agrees_with_brute_force(inst: tuple[CatalogueSet, Learner]) -> None:
    cs, lrn = inst
    plan = Solver(cs, lrn, time_limit=10, explain=False).solve()
    expected = brute_force(cs, lrn)
    event(f"status {plan.status.value}")
    reqs = [m.requires for m in cs.modules.values()]
    for name, present in (("threshold", any(thresholds(r) for r in reqs)), ("corequisite", any(corequisites(r) for r in reqs)),
                          ("counted choice", any(g.counts_modules for g in cs.goals["t:g"].choices))):
        if present:
            event(f"{name}: {plan.status.value}")
    greedy = greedy_plan(cs, lrn)
    if greedy.items:  # the baseline may get stuck, but what it returns is a valid route, never faster
        assert validate_plan(cs, lrn, greedy) == []
        assert expected is not None and greedy.totals is not None and greedy.totals.finish_week >= expected
    if plan.status == Status.INFEASIBLE:
        assert expected is None
        return
    assert plan.status == Status.OPTIMAL
    assert validate_plan(cs, lrn, plan) == []
    assert plan.totals is not None
    assert plan.totals.finish_week == expected
