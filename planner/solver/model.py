"""The CP-SAT model of a route, one constraint family per function.

Time is in weeks from the learner's start week. Each candidate (an offering with a fixed cohort
start, or with a flexible start range) is an optional interval; a module takes at most one. Every
outcome gets the week it is gained (``T``: 0 when proven, ``horizon + 1`` when never). Each family
function adds its constraints and returns the objective terms it owns, so the phases of the
lexicographic objective are assembled in one place (:mod:`planner.solver.core`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from planner.facets import facet_rejections, penalty
from planner.graph import pool_members
from planner.models import Credits, Mode, Requirement
from planner.plan import Plan
from planner.pricing import tie_break_cents
from planner.requirements import fold, requirement_outcomes
from planner.solver.dated import add_dated_clashes
from planner.solver.instance import Candidate, Instance, check_clock, counts_for, scaled
from planner.solver.order import add_order

Lit = cp_model.IntVar | bool


@dataclass
class Vars:
    """The decision variables, by candidate, module and outcome."""

    x: dict[int, cp_model.IntVar] = field(default_factory=dict)
    start: dict[int, cp_model.IntVar | int] = field(default_factory=dict)
    interval: dict[int, cp_model.IntervalVar] = field(default_factory=dict)
    y: dict[str, cp_model.IntVar] = field(default_factory=dict)
    S: dict[str, cp_model.IntVar] = field(default_factory=dict)
    E: dict[str, cp_model.IntVar] = field(default_factory=dict)
    T: dict[str, cp_model.IntVar | int] = field(default_factory=dict)
    g: dict[str, Lit] = field(default_factory=dict)
    finish: cp_model.IntVar | None = None
    lateness: dict[str, cp_model.IntVar] = field(default_factory=dict)
    infeasible: list[str] = field(default_factory=list)
    #: Per module (not pinned), the index of its "first to give one of its outcomes" constraint.
    dominance: dict[str, int] = field(default_factory=dict)
    #: While building: when the solve's time is up (``time.perf_counter()``), for the large families.
    deadline: float | None = None


@dataclass
class Objectives:
    """Objective terms per phase of the lexicographic objective."""

    finish: cp_model.LinearExprT = 0
    hours: cp_model.LinearExprT = 0
    cost: cp_model.LinearExprT = 0
    preferences: cp_model.LinearExprT = 0
    facets: cp_model.LinearExprT = 0
    late: cp_model.LinearExprT = 0  # soft milestones' lateness (part of the preferences)


def build_model(inst: Instance, previous: Plan | None = None, lower_bound: int = 0,
                deadline: float | None = None) -> tuple[cp_model.CpModel, Vars, Objectives]:
    """Build the whole model for an instance.

    ``deadline`` (``time.perf_counter()``): raise :class:`~planner.solver.instance.OutOfTime` when it
    passes before the model is complete (checked between constraint families and inside the large ones).
    """
    model = cp_model.CpModel()
    v = Vars()
    obj = Objectives()
    v.deadline = deadline
    add_candidates(model, inst, v)
    check_clock(deadline)
    add_outcome_times(model, inst, v)
    check_clock(deadline)
    add_prerequisites(model, inst, v)
    check_clock(deadline)
    add_goal(model, inst, v)
    add_counted_choices(model, inst, v)
    obj.finish = add_finish(model, inst, v, lower_bound)
    check_clock(deadline)
    add_capacity(model, inst, v)
    add_session_clashes(model, inst, v)
    add_dated_clashes(model, inst, v.x, v.start)
    check_clock(deadline)
    add_budget(model, inst, v)
    add_pins(model, inst, v)
    add_order(model, inst, v)
    late = obj.late = add_milestones(model, inst, v)
    obj.facets = add_facets(model, inst, v)
    cands = inst.candidates
    obj.hours = cp_model.LinearExpr.weighted_sum([v.x[c.index] for c in cands], [scaled(inst.modules[c.module].study_hours) for c in cands])
    # an unknown price counts as its module's dearest known one plus a cent: never free (planner/pricing.py)
    obj.cost = cp_model.LinearExpr.weighted_sum([v.x[c.index] for c in cands], tie_break_cents([(c.module, c.offering) for c in cands]))
    obj.preferences = cp_model.LinearExpr.weighted_sum([late, preference_terms(inst, v), stability_terms(inst, v, previous)], [1000, 1, 100])
    return model, v, obj


def add_candidates(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """Candidates as optional intervals; at most one per module; module start and end."""
    for mid, cands in inst.by_module.items():
        y = model.new_bool_var(f"y[{mid}]")
        v.y[mid] = y
        lo = min(c.earliest for c in cands)
        hi = max(c.latest + c.weeks for c in cands)
        S = model.new_int_var(0, hi, f"S[{mid}]")
        E = model.new_int_var(0, hi, f"E[{mid}]")
        v.S[mid], v.E[mid] = S, E
        xs = []
        for c in cands:
            x = model.new_bool_var(f"x[{c.offering.id}@{c.earliest}]")
            v.x[c.index] = x
            xs.append(x)
            if c.fixed:
                start: cp_model.IntVar | int = c.earliest
            else:
                start = model.new_int_var(c.earliest, c.latest, f"s[{c.offering.id}]")
            v.start[c.index] = start
            v.interval[c.index] = model.new_optional_fixed_size_interval_var(start, c.weeks, x, f"iv[{c.index}]")
            model.add(S == start).only_enforce_if(x)
            model.add(E == start + c.weeks).only_enforce_if(x)
        model.add(sum(xs) == y)
        model.add(S == 0).only_enforce_if(y.negated())
        model.add(E == 0).only_enforce_if(y.negated())
        if lo > 0:
            model.add(S >= lo).only_enforce_if(y)


def _outcomes_of_interest(inst: Instance) -> set[str]:
    out = set(inst.needed)
    for mid in inst.by_module:
        m = inst.modules[mid]
        out |= {inst.canon(o) for o in m.certifies}
        out |= {inst.canon(o) for o in _leaves(m.requires)}
    return out


def _leaves(req: Requirement | None) -> set[str]:
    return requirement_outcomes(req)


def add_outcome_times(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """T[o]: the week an outcome is gained (0 proven, horizon + 1 never); g[o]: whether it is."""
    never = inst.horizon + 1
    picked: dict[str, list[cp_model.IntVar]] = {}
    for o in sorted(_outcomes_of_interest(inst)):
        if o in inst.proven:
            v.T[o], v.g[o] = 0, True
            continue
        certs = inst.certifiers.get(o, [])
        if not certs:
            v.T[o], v.g[o] = never, False
            continue
        T = model.new_int_var(1, never, f"T[{o}]")
        g = model.new_bool_var(f"g[{o}]")
        picks = []
        for mid in certs:
            p = model.new_bool_var(f"pick[{o},{mid}]")
            model.add_implication(p, v.y[mid])
            model.add(T == v.E[mid]).only_enforce_if(p)
            picks.append(p)
            picked.setdefault(mid, []).append(p)
            # gaining from any chosen certifier: T is at most its end
            model.add(T <= v.E[mid]).only_enforce_if(v.y[mid])
        model.add(sum(picks) == g)
        model.add(T == never).only_enforce_if(g.negated())
        v.T[o], v.g[o] = T, g
    # dominance: a chosen module (unless pinned) is the first to give one of its outcomes; a module
    # that only repeats what others gave earlier can be left out without making anything worse
    # (unless it counts towards a credit threshold or a choice group in modules or EC)
    keep = inst.pinned_modules | inst.counted_modules
    for mid, y in v.y.items():
        if mid not in keep:
            v.dominance[mid] = model.add_bool_or(picked.get(mid, [])).only_enforce_if(y).index


def requirement_literal(
    model: cp_model.CpModel,
    req: Requirement,
    leaf: Callable[[str], Lit],
    credits: Callable[[Credits], Lit] | None = None,
    with_: Callable[[str], Lit] | None = None,
) -> Lit:
    """A literal that implies a prerequisite expression; ``leaf`` gives one for an outcome id,
    ``credits`` for a threshold and ``with_`` for a corequisite (see :func:`planner.requirements.fold`
    for the defaults: without ``credits`` a threshold holds, which relaxes the expression).

    Constant leaves (True/False) are folded away, so a met or hopeless branch adds nothing.
    """
    def all_of(children: list[Lit]) -> Lit:
        if any(c is False for c in children):
            return False
        needed = [c for c in children if c is not True]
        if len(needed) <= 1:
            return needed[0] if needed else True
        b = model.new_bool_var("all")
        model.add_bool_and(needed).only_enforce_if(b)  # type: ignore[arg-type]
        return b

    def any_of(children: list[Lit]) -> Lit:
        if any(c is True for c in children):
            return True
        options = [c for c in children if c is not False]
        if len(options) <= 1:
            return options[0] if options else False
        b = model.new_bool_var("any")
        model.add_bool_or(options).only_enforce_if(b)  # type: ignore[arg-type]
        return b

    return fold(req, leaf, all_of, any_of, credits, with_)


def add_prerequisites(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """A module starts only when each required outcome is proven or gained by a module that ended,
    each corequisite proven or certified by a module that started (:func:`corequisite_literal`) and
    each credit threshold met by modules that ended (:func:`credit_literal`)."""
    for mid in inst.by_module:
        req = inst.modules[mid].requires
        if req is None:
            continue
        check_clock(v.deadline)
        start = v.S[mid]

        def ready(outcome: str, start: cp_model.IntVar = start) -> Lit:
            o = inst.canon(outcome)
            if o in inst.proven:
                return True
            T = v.T.get(o)
            if T is None or isinstance(T, int):
                return False  # nothing in the route can gain it
            b = model.new_bool_var(f"ready[{o}]")
            model.add(T <= start).only_enforce_if(b)
            return b

        def credits(rule: Credits, mid: str = mid) -> Lit:
            return credit_literal(model, inst, v, mid, rule)

        def alongside(outcome: str, mid: str = mid) -> Lit:
            return corequisite_literal(model, inst, v, mid, outcome)

        lit = requirement_literal(model, req, ready, credits, alongside)
        if lit is False:
            model.add(v.y[mid] == 0)
        elif lit is not True:
            model.add_implication(v.y[mid], lit)


def corequisite_literal(model: cp_model.CpModel, inst: Instance, v: Vars, mid: str, outcome: str) -> Lit:
    """A literal that implies corequisite ``outcome`` of module ``mid``: proven, or certified by
    another chosen module that starts no later than ``mid`` (running at the same time, or earlier)."""
    o = inst.canon(outcome)
    if o in inst.proven:
        return True
    options: list[Lit] = []
    for cert in inst.certifiers.get(o, []):
        if cert == mid:
            continue
        b = model.new_bool_var(f"with[{mid},{cert}]")
        model.add_implication(b, v.y[cert])
        model.add(v.S[cert] <= v.S[mid]).only_enforce_if(b)
        options.append(b)
    if not options:
        return False
    if len(options) == 1:
        return options[0]
    b = model.new_bool_var(f"with[{mid},{o}]")
    model.add_bool_or(options).only_enforce_if(b)  # type: ignore[arg-type]
    return b


#: Credit weights are modelled in hundredths of an EC (or of a module).
CREDIT_SCALE = 100


def credit_literal(model: cp_model.CpModel, inst: Instance, v: Vars, mid: str, rule: Credits) -> Lit:
    """A literal that implies threshold ``rule`` of module ``mid``: the modules of its pool that
    ended by the week ``mid`` starts, with the exempted ones, add up to the threshold."""
    need = int(round((rule.amount - inst.exempt_amount(rule, exclude=mid)) * CREDIT_SCALE))
    if need <= 0:
        return True
    members = pool_members(inst.cs, rule)
    pool = [m for m in sorted(inst.by_module) if m != mid and m not in inst.exempt and m in members]
    weights = [int(round(rule.weight(inst.modules[m]) * CREDIT_SCALE)) for m in pool]
    if sum(weights) < need:
        return False
    done = []
    for m in pool:
        d = model.new_bool_var(f"done[{m},{mid}]")
        model.add_implication(d, v.y[m])
        model.add(v.E[m] <= v.S[mid]).only_enforce_if(d)
        done.append(d)
    b = model.new_bool_var(f"credits[{mid}]")
    model.add(cp_model.LinearExpr.weighted_sum(done, weights) >= need).only_enforce_if(b)
    return b


def add_counted_choices(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """Choice groups counted in modules or EC: the chosen (and exempted) modules of the group's
    pool, or certifying one of its outcomes, number at least ``n`` (pools) and give ``minEc``."""
    for group in inst.choices:
        if not group.counts_modules:
            continue
        members = [m for m in sorted(inst.by_module) if m not in inst.exempt and counts_for(inst, group, inst.modules[m])]
        exempt = [inst.cs.modules[m] for m in sorted(inst.exempt) if counts_for(inst, group, inst.cs.modules[m])]
        rules: list[tuple[list[int], int]] = []
        if group.pool is not None and group.n:
            rules.append(([1] * len(members), group.n - len(exempt)))
        if group.min_ec is not None:
            have = sum(m.study_ec for m in exempt)
            rules.append(([int(round(inst.modules[m].study_ec * CREDIT_SCALE)) for m in members],
                          int(round((group.min_ec - have) * CREDIT_SCALE))))
        for weights, need in rules:
            if need <= 0:
                continue
            if sum(weights) < need:
                v.infeasible.append(group.id)
                model.add_bool_or([])
                continue
            model.add(cp_model.LinearExpr.weighted_sum([v.y[m] for m in members], weights) >= need)


def add_goal(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """Every required outcome is gained; each choice group gets its n outcomes."""
    for o in sorted({inst.canon(x) for x in inst.required} - inst.proven):
        g = v.g.get(o, False)
        if g is False:
            v.infeasible.append(o)
            model.add_bool_or([])
        elif g is not True:
            model.add(g == 1)
    for group in inst.choices:
        opts = sorted({inst.canon(x) for x in group.of})
        have = sum(1 for o in opts if o in inst.proven or v.g.get(o) is True)
        lits = [v.g[o] for o in opts if o in v.g and v.g[o] is not True and v.g[o] is not False]
        if have >= group.outcome_n:
            continue
        if have + len(lits) < group.outcome_n:
            v.infeasible.append(group.id)
            model.add_bool_or([])
        else:
            model.add(sum(lits) >= group.outcome_n - have)  # type: ignore[arg-type]


def add_finish(model: cp_model.CpModel, inst: Instance, v: Vars, lower_bound: int) -> cp_model.IntVar:
    """The finish week: after every chosen module (and so every gained goal outcome)."""
    F = model.new_int_var(min(lower_bound, inst.horizon), inst.horizon, "finish")
    for mid in inst.by_module:
        model.add(F >= v.E[mid])
    v.finish = F
    return F


def add_capacity(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """Weekly study hours never above the learner's capacity (cumulative; holidays have none).

    Weeks with fewer hours (holidays, exceptions) are fixed intervals that take up the difference.
    Redundant energy constraints (work released after week t fits between t and the finish, tied to
    the finish by the hull of the capacity's prefix sums) were tried: they slowed presolve (6 s on
    L) and did not raise the bound, so the bound comes from :func:`planner.solver.bound.relaxation_bound`.
    """
    if not inst.candidates:
        return
    cap = inst.capacity
    top = max(cap) if cap else 0
    intervals = [v.interval[c.index] for c in inst.candidates]
    demands = [scaled(c.offering.hours_per_week) for c in inst.candidates]
    w = 0
    while w < len(cap):
        deficit = top - cap[w]
        if deficit <= 0:
            w += 1
            continue
        end = w
        while end < len(cap) and top - cap[end] == deficit:
            end += 1
        intervals.append(model.new_fixed_size_interval_var(w, end - w, f"blocked[{w}]"))
        demands.append(deficit)
        w = end
    model.add_cumulative(intervals, demands, top)


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.earliest < b.latest + b.weeks and b.earliest < a.latest + a.weeks


def add_session_clashes(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """No two chosen offerings with clashing sessions in an overlapping week.

    Sessions that run every N weeks are treated as weekly: a clash is assumed when both run.
    Between cohorts (fixed weeks) the clashes are cliques: sessions that overlap on a day share the
    start time of the later one, so "at most one of the cohorts running in week w with a session
    at (day, time)" over every week and session start covers every clashing pair with a few
    at-most-one constraints instead of a clause per pair. Pairs with a flexible offering get a
    no-overlap of their two intervals.
    """
    sessions: list[tuple[int, int, int, Candidate]] = []
    for c in inst.candidates:
        for ses in c.offering.sessions:
            sessions.append((ses.day.number, ses.start.hour * 60 + ses.start.minute, ses.end.hour * 60 + ses.end.minute, c))
    points = sorted({(day, start) for day, start, _, _ in sessions})
    cliques: set[tuple[int, ...]] = set()
    for day, point in points:
        here = [c for d, st, en, c in sessions if d == day and st <= point < en and c.fixed]
        if len(here) < 2:
            continue
        for w in sorted({wk for c in here for wk in range(c.earliest, c.earliest + c.weeks)}):
            group = tuple(sorted({c.index for c in here if c.earliest <= w < c.earliest + c.weeks}))
            if len(group) > 1:
                cliques.add(group)
    for group in sorted(cliques):
        model.add_at_most_one([v.x[i] for i in group])
    # flexible offerings with sessions: pairwise
    flexible = [(d, st, en, c) for d, st, en, c in sessions if not c.fixed]
    pairs: set[tuple[int, int]] = set()
    for d1, s1, e1, c1 in flexible:
        for d2, s2, e2, c2 in sessions:
            if c2.index == c1.index or d1 != d2 or not (s1 < e2 and s2 < e1):
                continue
            if c1.module == c2.module or not _overlap(c1, c2):
                continue
            pairs.add((min(c1.index, c2.index), max(c1.index, c2.index)))
    for i, j in sorted(pairs):
        model.add_no_overlap([v.interval[i], v.interval[j]])


def add_budget(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """Total cost within the learner's budget."""
    if inst.learner.budget is None:
        return
    model.add(sum(v.x[c.index] * int(round(c.offering.cost * 100)) for c in inst.candidates) <= int(round(inst.learner.budget * 100)))


def add_pins(model: cp_model.CpModel, inst: Instance, v: Vars) -> None:
    """Pinned modules and offerings are in the route (exclusions were pruned before)."""
    for mid in sorted(inst.pinned_modules):
        if mid in v.y:
            model.add(v.y[mid] == 1)
        else:
            v.infeasible.append(mid)
            model.add_bool_or([])
    for oid in sorted(inst.pinned_offerings):
        xs = [v.x[c.index] for c in inst.candidates if c.offering.id == oid]
        if xs:
            model.add(sum(xs) == 1)
        else:
            v.infeasible.append(oid)
            model.add_bool_or([])
    if inst.unknown_refs:
        v.infeasible.extend(inst.unknown_refs)
        model.add_bool_or([])


def add_milestones(model: cp_model.CpModel, inst: Instance, v: Vars) -> cp_model.LinearExprT:
    """Hard milestones by their week; soft ones add their lateness (weeks) to the preferences."""
    late_terms = []
    for mid, ms in inst.milestones:
        outcomes = sorted({inst.canon(o) for o in ms.outcomes} - inst.proven)
        times = [v.T[o] for o in outcomes if o in v.T]
        if not times:
            continue
        if mid in inst.hard_milestones:
            for t in times:
                if isinstance(t, int):
                    if t > ms.weeks:
                        v.infeasible.append(mid)
                        model.add_bool_or([])
                else:
                    model.add(t <= ms.weeks)
        else:
            late = model.new_int_var(0, inst.horizon + 1, f"late[{mid}]")
            for t in times:
                model.add(late >= t - ms.weeks)
            v.lateness[mid] = late
            late_terms.append(late)
    return sum(late_terms)


def add_facets(model: cp_model.CpModel, inst: Instance, v: Vars) -> cp_model.LinearExprT:
    """How the learner likes to learn: the EC (in tenths) of chosen offerings that miss a *prefer* or
    *avoid* wish, once per wish missed; 0 (no phase) when the learner has none or nothing misses one.

    The *must* and *never* wishes are hard: the offerings that break one never become candidates
    (:func:`planner.access.offering_rejections`, like a mode the learner does not accept), so the warm
    starts, the bounds and the explanations honour them too; here a candidate that breaks one anyway
    (none should) is forbidden.
    """
    learner = inst.learner
    terms = []
    for c in inst.candidates:
        if facet_rejections(learner, c.offering):
            model.add(v.x[c.index] == 0)
            continue
        weight = penalty(learner, c.offering, inst.modules[c.module].study_ec)
        if weight:
            terms.append(weight * v.x[c.index])
    return sum(terms)


def preference_terms(inst: Instance, v: Vars) -> cp_model.LinearExprT:
    """Soft wishes: prefer online, fewer campus evenings, preferred language."""
    prefs = inst.learner.preferences
    terms = []
    for c in inst.candidates:
        off = c.offering
        weight = 0
        if prefs.prefer_online and off.mode != Mode.ONLINE:
            weight += 10
        if prefs.fewer_campus_evenings and off.mode in (Mode.CAMPUS, Mode.HYBRID):
            weight += sum(1 for s in off.sessions if s.start.hour >= 18) * c.weeks
        if prefs.language and off.language != prefs.language:
            weight += 5
        if weight:
            terms.append(weight * v.x[c.index])
    return sum(terms)


def plan_starts(inst: Instance, plan: Plan) -> dict[int, int]:
    """The candidates a plan uses, with the start week it gives each: {candidate index: week}."""
    used = {i.module: (i.offering, i.start_week) for i in plan.items}
    out: dict[int, int] = {}
    for c in inst.candidates:
        p = used.get(c.module)
        if p is not None and p[0] == c.offering.id and c.earliest <= p[1] <= c.latest:
            out[c.index] = p[1]
    return out


def without_repeats(inst: Instance, chosen: dict[int, int]) -> dict[int, int]:
    """A route's candidates ({index: start week}) without the modules that only repeat outcomes:
    modules (not pinned) that are not the first to give any of theirs (see :func:`add_outcome_times`)."""
    by_index = {c.index: c for c in inst.candidates}
    first: dict[str, tuple[int, str]] = {}
    for i, week in sorted(chosen.items()):
        c = by_index[i]
        for o in {inst.canon(x) for x in inst.modules[c.module].certifies} - inst.proven:
            first[o] = min(first.get(o, (week + c.weeks, c.module)), (week + c.weeks, c.module))
    useful = {m for _, m in first.values()} | inst.pinned_modules | inst.counted_modules
    return {i: week for i, week in chosen.items() if by_index[i].module in useful}


def stability_terms(inst: Instance, v: Vars, previous: Plan | None) -> cp_model.LinearExprT:
    """When re-planning: how many modules differ from the previous plan (offering or start)."""
    if previous is None or not previous.items:
        return 0
    same = plan_starts(inst, previous)
    return sum(v.x[c.index] for c in inst.candidates if c.index not in same)


def earliness_terms(inst: Instance, v: Vars) -> cp_model.LinearExprT:
    """Last tie-break, so the same input gives the same plan: start modules as early as possible."""
    return sum(v.S[m] for m in sorted(inst.by_module))
