"""Cross-checks over all catalogue files together: duplicate and unknown ids, prerequisite cycles,
microcredential size, study load of offerings, reachable goals, unused outcomes, dates.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from collections.abc import Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx

from planner.catalog import Equivalences
from planner.check.catalogue_file import KINDS, SINGULAR, CatalogueFile, items_of
from planner.models import (
    MICROCREDENTIAL_EC,
    NS,
    ChoiceGroup,
    Credits,
    Module,
    Offering,
    Outcome,
    Pool,
    is_valid_ref,
    qualify,
)
from planner.requirements import (
    corequisites,
    map_requirement,
    requirement_holds,
    requirement_outcomes,
    requirement_paths,
    strict_outcomes,
    threshold_key,
    threshold_paths,
    thresholds,
)

#: A cohort start this many years before the catalogue's publication date is suspicious.
OLD_START_YEARS = 5
#: An offering providing more than this many times its module's study hours is suspicious.
LOAD_SLACK = 1.5


class CrossCheck:
    """Checks that look at several objects, over all catalogue files together."""

    def __init__(self, cats: list[CatalogueFile]) -> None:
        self.cats = cats
        self.namespaces = {c.ns for c in cats}
        self.known: dict[str, set[str]] = {k: set() for k in KINDS}
        for c in cats:
            for kind in KINDS:
                self.known[kind] |= {qualify(i, c.ns) for i in c.raw_ids[kind]}
        self.modules: dict[str, tuple[CatalogueFile, int, Module]] = {}
        self.outcome_at: dict[str, tuple[CatalogueFile, int, Outcome]] = {}
        for c in cats:
            for i, m in c.items["modules"]:
                self.modules.setdefault(qualify(m.id, c.ns), (c, i, m))
            for i, o in c.items["outcomes"]:
                self.outcome_at.setdefault(qualify(o.id, c.ns), (c, i, o))
        self.uf = Equivalences()
        for c in cats:
            for _, e in c.items["equivalences"]:
                self.uf.union(qualify(e.outcome, c.ns), qualify(e.equals, c.ns))
        self.certified: dict[str, list[str]] = {}
        self.required_by_module: set[str] = set()
        for c in cats:  # every module item, also a second one with a duplicate id
            for _, m in c.items["modules"]:
                q = qualify(m.id, c.ns)
                for o in m.certifies:
                    self.certified.setdefault(self.uf.find(qualify(o, c.ns)), []).append(q)
                self.required_by_module |= {
                    self.uf.find(qualify(r, c.ns)) for r in requirement_outcomes(m.requires)
                }
        self.raw_certified = {self.uf.find(qualify(o, c.ns)) for c in cats for o in c.raw_certifies}

    def title(self, kind: str, qid: str) -> str:
        if kind == "modules" and qid in self.modules:
            return f"{self.modules[qid][2].title} ({qid})"
        if kind == "outcomes" and qid in self.outcome_at:
            return f"'{self.outcome_at[qid][2].title}' ({qid})"
        return qid

    def is_certified(self, qid: str) -> bool:
        root = self.uf.find(qid)
        return root in self.certified or root in self.raw_certified

    # -------------------------------------------------------------- references
    def ref(self, c: CatalogueFile, path: list[str | int], ref: str, kind: str, owner: str, role: str) -> str | None:
        """Resolve a reference; report it when it points nowhere. Returns the qualified id or None."""
        q = qualify(ref, c.ns)
        target_ns = q.split(NS, 1)[0]
        what = SINGULAR[kind]
        if target_ns not in self.namespaces:
            c.f.warning(path, "catalogue-not-loaded",
                        f"{owner} {role} '{ref}' in catalogue '{target_ns}', which is not loaded",
                        f"check the files of '{target_ns}' together with this one "
                        f"(leerroute check {Path(c.f.name).name} <{target_ns} file>)", ref=ref, catalogue=target_ns)
            return None
        if q in self.known[kind]:
            return q
        local = q.split(NS, 1)[1]
        pool = [k.split(NS, 1)[1] for k in self.known[kind] if k.startswith(target_ns + NS)]
        close = difflib.get_close_matches(local, pool, n=1, cutoff=0.6)
        where = "this catalogue" if target_ns == c.ns else f"catalogue '{target_ns}'"
        article = "an" if what[0] in "aeiou" else "a"
        hint = f"did you mean '{close[0]}'?" if close else f"add {article} {what} with id '{local}', or fix the id"
        code = "offering-module-missing" if kind == "modules" and role == "runs module" else "unknown-ref"
        c.f.error(path, code, f"{owner} {role} '{ref}', but there is no {what} '{local}' in {where}", hint,
                  ref=ref, kind=what)
        return None

    def references(self) -> None:
        for c in self.cats:
            for i, m in c.items["modules"]:
                owner = f"module '{m.id}'"
                for j, o in enumerate(m.certifies):
                    self.ref(c, ["modules", i, "certifies", j], o, "outcomes", owner, "certifies")
                for path, o in requirement_paths(m.requires, ["modules", i, "requires"]):
                    self.ref(c, path, o, "outcomes", owner, "requires")
            # from the raw data, so an offering with other problems still gets this one reported
            for i, mod, oid in _raw_offering_modules(c):
                self.ref(c, ["offerings", i, "module"], mod, "modules", f"offering '{oid}'", "runs module")
            for i, g in c.items["goals"]:
                owner = f"goal '{g.id}'"
                for j, o in enumerate(g.required):
                    self.ref(c, ["goals", i, "required", j], o, "outcomes", owner, "requires")
                for k, ch in enumerate(g.choices):
                    for j, o in enumerate(ch.of):
                        self.ref(c, ["goals", i, "choices", k, "of", j], o, "outcomes", owner, "offers the choice")
                for k, ms in enumerate(g.milestones):
                    for j, o in enumerate(ms.outcomes):
                        self.ref(c, ["goals", i, "milestones", k, "outcomes", j], o, "outcomes",
                                 f"milestone '{ms.id}' of goal '{g.id}'", "needs")
            for i, e in c.items["equivalences"]:
                self.ref(c, ["equivalences", i, "outcome"], e.outcome, "outcomes", "an equivalence", "names")
                self.ref(c, ["equivalences", i, "equals"], e.equals, "outcomes", "an equivalence", "names")

    # -------------------------------------------------------------- modules and offerings
    def modules_and_offerings(self) -> None:
        offered: set[str] = set()
        for c in self.cats:
            offered |= {qualify(mod, c.ns) for _, mod, _ in _raw_offering_modules(c)}
            for i, f in c.items["offerings"]:
                self.offering(c, i, f, qualify(f.module, c.ns))
                self.sessions(c, i, f)
            self.dates(c)
        lo, hi = MICROCREDENTIAL_EC
        for q, (c, i, m) in self.modules.items():
            if m.microcredential and not (lo <= m.study_ec <= hi):
                key = "ec" if m.ec is not None else "hours"
                c.f.error(["modules", i, key], "mc-size",
                          f"module '{m.id}' is a microcredential of {m.study_ec:g} EC, outside the "
                          f"{lo:g}–{hi:g} EC a microcredential may have",
                          f"give it a study load between {lo:g} and {hi:g} EC "
                          f"({lo * 28:g}–{hi * 28:g} hours), or set 'microcredential: false'",
                          ec=m.study_ec)
            if q not in offered:
                c.f.warning(["modules", i], "no-offerings", f"module '{m.id}' has no offerings, so no route can use it",
                            f"add an offering with 'module: {m.id}', or remove the module", module=m.id)

    def offering(self, c: CatalogueFile, i: int, f: Offering, mq: str) -> None:
        entry = self.modules.get(mq)
        if entry is None:
            return
        m = entry[2]
        need, have = m.study_hours, f.total_hours
        if have + 1e-9 < need:
            weeks = math.ceil(need / f.hours_per_week - 1e-9)
            c.f.error(["offerings", i, "weeks"], "load-too-small",
                      f"offering '{f.id}' gives {f.weeks} weeks × {f.hours_per_week:g} h = {have:g} study hours, "
                      f"less than the {need:g} hours of module '{m.id}' ({m.study_ec:g} EC)",
                      f"make it at least {weeks} weeks at {f.hours_per_week:g} h a week, or raise 'hoursPerWeek'",
                      have=have, need=need)
        elif have > LOAD_SLACK * need:
            c.f.warning(["offerings", i, "weeks"], "load-too-large",
                        f"offering '{f.id}' gives {f.weeks} weeks × {f.hours_per_week:g} h = {have:g} study hours, "
                        f"more than {LOAD_SLACK:g} times the {need:g} hours of module '{m.id}'",
                        "check 'weeks' and 'hoursPerWeek'; routes using it will take longer than needed",
                        have=have, need=need)

    def sessions(self, c: CatalogueFile, i: int, f: Offering) -> None:
        def hours(t: dt.time) -> float:
            return t.hour + t.minute / 60 + t.second / 3600

        weekly = sum((hours(x.end) - hours(x.start)) / x.every_weeks for x in f.sessions)
        if weekly > f.hours_per_week + 1e-9:
            c.f.warning(["offerings", i, "hoursPerWeek"], "session-hours",
                        f"offering '{f.id}' has {weekly:g} hours of sessions a week, more than its "
                        f"{f.hours_per_week:g} study hours a week",
                        f"raise 'hoursPerWeek' to at least {weekly:g}, or shorten the sessions",
                        sessions=weekly, hours=f.hours_per_week)
        for j, a in enumerate(f.sessions):
            for k in range(j + 1, len(f.sessions)):
                b = f.sessions[k]
                if a.clashes_with(b):
                    c.f.warning(["offerings", i, "sessions", k], "session-clash",
                                f"offering '{f.id}' has two sessions at the same time ({a.label()} and {b.label()})",
                                "merge them into one session, or move one", first=j, second=k)

    def dates(self, c: CatalogueFile) -> None:
        published = c.model.published if c.model is not None else None
        if published is None and isinstance(c.f.data.get("published"), dt.date):
            published = c.f.data["published"]
        if not isinstance(published, dt.date):
            return
        limit = published.replace(year=published.year - OLD_START_YEARS) if not (
            published.month == 2 and published.day == 29) else published - dt.timedelta(days=365 * OLD_START_YEARS)
        for i, f in c.items["offerings"]:
            closed = f.entry is not None and f.entry.end is not None and f.entry.end < published
            if (f.starts and max(f.starts) < published) or closed:
                last = f.entry.end if f.entry is not None and f.entry.end is not None else max(f.starts)
                c.f.warning(["offerings", i, "entry" if f.entry is not None else "starts"], "offering-no-start",
                            f"offering '{f.id}' has no start on or after the catalogue's publication date "
                            f"({published}): its last start is {last}, so nobody can follow it",
                            "add the coming cohorts or entry window, or remove the offering", offering=f.id,
                            last=str(last))
            for j, start in enumerate(f.starts):
                if start < limit:
                    c.f.warning(["offerings", i, "starts", j], "date",
                                f"offering '{f.id}' starts on {start}, more than {OLD_START_YEARS} years before "
                                f"the catalogue was published ({published})",
                                "check the year; remove cohorts that have long passed", start=str(start))

    # -------------------------------------------------------------- goals and outcomes
    def goals(self) -> None:
        evc = "add a module or an assessment-only (EVC) route ('kind: assessment') that certifies it"
        for c in self.cats:
            for i, g in c.items["goals"]:
                for j, o in enumerate(g.required):
                    q = qualify(o, c.ns)
                    if self._exists(q) and not self.is_certified(q):
                        c.f.error(["goals", i, "required", j], "goal-uncertified",
                                  f"goal '{g.id}' needs outcome {self.title('outcomes', q)}, but no module certifies it",
                                  evc, goal=g.id, outcome=q)
                for k, ch in enumerate(g.choices):
                    qs = [qualify(o, c.ns) for o in ch.of]
                    able = [q for q in qs if self.is_certified(q) or not self._exists(q)]
                    if len(able) < ch.outcome_n:
                        c.f.error(["goals", i, "choices", k], "goal-uncertified",
                                  f"choice '{ch.id}' of goal '{g.id}' needs {ch.n} outcomes, but modules certify "
                                  f"only {len(able)} of its {len(qs)}",
                                  f"{evc}, or lower 'n'", goal=g.id, choice=ch.id)
                for k, ms in enumerate(g.milestones):
                    for j, o in enumerate(ms.outcomes):
                        q = qualify(o, c.ns)
                        if self._exists(q) and not self.is_certified(q):
                            c.f.error(["goals", i, "milestones", k, "outcomes", j], "goal-uncertified",
                                      f"milestone '{ms.id}' of goal '{g.id}' needs outcome "
                                      f"{self.title('outcomes', q)}, but no module certifies it",
                                      evc, goal=g.id, outcome=q)

    def _exists(self, q: str) -> bool:
        return q in self.known["outcomes"]

    def unused_outcomes(self) -> None:
        mentioned: set[str] = set(self.required_by_module)
        for c in self.cats:
            for _, g in c.items["goals"]:
                mentioned |= {self.uf.find(qualify(o, c.ns)) for o in g.all_outcomes()}
            for _, e in c.items["equivalences"]:
                mentioned |= {self.uf.find(qualify(e.outcome, c.ns)), self.uf.find(qualify(e.equals, c.ns))}
        for c in self.cats:
            for i, o in c.items["outcomes"]:
                q = self.uf.find(qualify(o.id, c.ns))
                if not self.is_certified(q) and q not in mentioned:
                    c.f.warning(["outcomes", i], "unused-outcome",
                                f"outcome '{o.id}' is certified by no module and needed by no module or goal",
                                "let a module certify it ('certifies'), use it in a goal, or remove it",
                                outcome=o.id)

    # -------------------------------------------------------------- prerequisite cycles
    def cycles(self) -> set[str]:
        """Modules that can never start because their prerequisites wait on each other (returned)."""
        reqs: dict[str, Any] = {}
        for q, (c, _, m) in self.modules.items():
            ns = c.ns

            def canon(r: str, ns: str = ns) -> str:
                return self.uf.find(qualify(r, ns))

            reqs[q] = map_requirement(m.requires, canon)
        mentioned: set[str] = set()
        for r in reqs.values():
            mentioned |= requirement_outcomes(r)
        # outcomes no module certifies are entry requirements: a learner may bring them
        have = {o for o in mentioned if o not in self.certified}
        # corequisites may run alongside and thresholds count modules: neither makes a cycle here
        alongside = have | set(self.certified)

        def anything(rule: Credits) -> float:
            return float("inf")

        open_ = set(reqs)
        changed = True
        while changed:
            changed = False
            for q in sorted(open_):
                if requirement_holds(reqs[q], have, alongside=alongside, credits=anything):
                    open_.discard(q)
                    c, _, m = self.modules[q]
                    have |= {self.uf.find(qualify(o, c.ns)) for o in m.certifies}
                    changed = True
        if not open_:
            return set()
        g: nx.DiGraph = nx.DiGraph()
        for q in open_:
            g.add_node(q)
            for o in strict_outcomes(reqs[q]):
                for cert in self.certified.get(o, []):
                    if cert in open_:
                        g.add_edge(q, cert)
        order = list(self.modules)
        in_cycles: set[str] = set()
        for scc in nx.strongly_connected_components(g):
            if len(scc) == 1 and not any(g.has_edge(n, n) for n in scc):
                continue
            in_cycles |= scc
            start = min(scc, key=order.index)
            cycle = _cycle_from(g.subgraph(scc), start)
            text = " → ".join(self.title("modules", n) for n in cycle)
            c, i, m = self.modules[start]
            c.f.error(["modules", i, "requires"], "cycle",
                      f"prerequisites form a cycle, so none of these modules can ever start: {text}",
                      "remove one prerequisite in the cycle, or let another module or an assessment-only "
                      "(EVC) route certify one of its outcomes; when the modules may run at the same time, "
                      "write the prerequisite as a corequisite ('with: <outcome>')", cycle=cycle)
        return in_cycles

    # -------------------------------------------------------------- who can start and reach what
    def _pool(self, c: CatalogueFile, pool: Pool) -> Pool:
        return pool if pool.catalogue is not None else pool.model_copy(update={"catalogue": c.ns})

    def _qualified(self, q: str) -> Module:
        """A module with qualified id and outcomes (for pools, which match qualified ids)."""
        return self.qualified_modules[q]

    @cached_property
    def qualified_modules(self) -> dict[str, Module]:
        """Every module with qualified id and outcomes (made when a pool or threshold first asks)."""
        return {q: m.model_copy(update={"id": q, "certifies": [qualify(o, c.ns) for o in m.certifies]})
                for q, (c, _, m) in self.modules.items()}

    def pools(self) -> None:
        """Warn about pools (of thresholds and choice groups) that hold no module at all."""
        for c in self.cats:
            places: list[tuple[list[str | int], Pool, str]] = []
            for i, m in c.items["modules"]:
                for path, rule in threshold_paths(m.requires, ["modules", i, "requires"]):
                    if rule.from_ is not None:
                        places.append(([*path, "from"], rule.from_, f"module '{m.id}'"))
            for i, g in c.items["goals"]:
                for k, ch in enumerate(g.choices):
                    if ch.pool is not None:
                        places.append((["goals", i, "choices", k, "pool"], ch.pool, f"choice '{ch.id}' of goal '{g.id}'"))
            held: dict[tuple[object, ...], bool] = {}  # once per distinct pool, not once per rule that names it
            for path, pool, owner in places:
                qp = self._pool(c, pool)
                key = ((qp.subject or "").casefold(), qp.level, qp.tag, qp.catalogue)
                if key not in held:
                    held[key] = any(qp.matches(m) for m in self.qualified_modules.values())
                if qp.catalogue in self.namespaces and not held[key]:
                    c.f.warning(path, "pool-empty", f"{owner} counts modules of {pool.label()}, but no module has that",
                                "check the spelling against the modules' 'subject', 'level' and 'tags'",
                                pool=pool.label())

    def startable(self) -> tuple[set[str], set[str]]:
        """Modules some learner can start and the outcomes they can then gain (canonical), when a
        learner brings only entry requirements ('entry: true'): prerequisites gained by modules
        that can start, corequisites by modules that can start too, thresholds by those modules."""
        entry = {self.uf.find(q) for q, (_, _, o) in self.outcome_at.items() if o.entry}
        unknown = {self.uf.find(qualify(r, c.ns)) for q, (c, _, m) in self.modules.items()
                   for r in requirement_outcomes(m.requires) if qualify(r, c.ns) not in self.known["outcomes"]}
        base = entry | unknown
        reqs: dict[str, Any] = {}
        for q, (c, _, m) in self.modules.items():
            def canon(r: str, ns: str = c.ns) -> str:
                return self.uf.find(qualify(r, ns))

            def pool(p: Pool, c: CatalogueFile = c) -> Pool:
                return self._pool(c, p)

            reqs[q] = map_requirement(m.requires, canon, pool)
        gives = {q: {self.uf.find(qualify(o, c.ns)) for o in m.certifies} for q, (c, _, m) in self.modules.items()}
        candidates = set(self.modules)
        # per distinct threshold (count and pool): the rule and the modules it counts
        members: dict[tuple[object, ...], tuple[Credits, frozenset[str]]] = {}

        def pool_of(rule: Credits) -> frozenset[str]:
            key = threshold_key(rule)
            if key not in members:
                qm = self.qualified_modules  # made only when some module has a threshold
                members[key] = (rule, frozenset(d for d, dm in qm.items() if rule.counts(dm)))
            return members[key][1]

        while True:  # corequisites may run alongside: shrink the candidates until they agree
            alongside = base | {o for q in candidates for o in gives[q]}
            have, started = set(base), set[str]()
            # the amount towards each distinct threshold, kept as modules start (counting the pool
            # again for every module with a threshold was quadratic: 37 s on 3,000 modules)
            totals: dict[tuple[object, ...], float] = {}

            def completed(rule: Credits, q: str, started: set[str] = started,
                          totals: dict[tuple[object, ...], float] = totals) -> float:
                key, counted, qm = threshold_key(rule), pool_of(rule), self.qualified_modules
                if key not in totals:
                    totals[key] = sum(rule.weight(qm[d]) for d in started & counted)
                return totals[key] - (rule.weight(qm[q]) if q in started and q in counted else 0.0)

            changed = True
            while changed:
                changed = False
                for q in sorted(candidates - started):
                    if requirement_holds(reqs[q], have, alongside=alongside,
                                         credits=lambda rule, q=q: completed(rule, q)):  # type: ignore[misc]
                        started.add(q)
                        have |= gives[q]
                        changed = True
                        for key in totals:
                            rule, counted = members[key]
                            if q in counted:
                                totals[key] += rule.weight(self.qualified_modules[q])
            if started == candidates:
                return started, have
            candidates = started

    def reach(self, in_cycles: set[str]) -> None:
        """Warnings: outcomes modules need that nothing gives, modules that can never start, goals
        that nobody can reach."""
        started, have = self.startable()
        entry = {self.uf.find(q) for q, (_, _, o) in self.outcome_at.items() if o.entry}
        # outcomes that modules need, no module certifies, no assessment proves and no learner is said to bring
        needers: dict[str, list[str]] = {}
        for c, _, m in self.modules.values():
            for r in requirement_outcomes(m.requires):
                needers.setdefault(self.uf.find(qualify(r, c.ns)), []).append(m.id)
        for c in self.cats:
            for i, o in c.items["outcomes"]:
                root = self.uf.find(qualify(o.id, c.ns))
                if root in needers and not self.is_certified(root) and root not in entry:
                    names = ", ".join(f"'{n}'" for n in sorted(set(needers[root]))[:5])
                    c.f.warning(["outcomes", i], "outcome-unobtainable",
                                f"outcome '{o.id}' is required by {names}, but no module certifies it and no "
                                "assessment-only (EVC) route can prove it",
                                "let a module or an assessment-only route ('kind: assessment') certify it, or mark it "
                                "'entry: true' when learners bring it from elsewhere (a diploma)", outcome=o.id)
        for q, (c, i, m) in self.modules.items():
            if q in started or q in in_cycles:
                continue
            c.f.warning(["modules", i, "requires"], "never-starts",
                        f"module '{m.id}' can never start: {self._blocked(c, m, have, started)}",
                        "check its 'requires'; let a module or an assessment-only route certify what is missing, "
                        "or lower the threshold", module=m.id)
        for c in self.cats:
            for i, g in c.items["goals"]:
                for j, o in enumerate(g.required):
                    root = self.uf.find(qualify(o, c.ns))
                    if self._exists(qualify(o, c.ns)) and self.is_certified(root) and root not in have:
                        who = ", ".join(sorted({m for m in self.certified.get(root, [])}))
                        c.f.warning(["goals", i, "required", j], "goal-unreachable",
                                    f"goal '{g.id}' can never be reached: outcome '{o}' is certified only by modules "
                                    f"that can never start ({who})",
                                    "see the warnings about those modules", goal=g.id, outcome=o)
                for k, ch in enumerate(g.choices):
                    reason = self._choice_short(c, ch, have, started)
                    if reason:
                        c.f.warning(["goals", i, "choices", k], "goal-unreachable",
                                    f"goal '{g.id}' can never be reached: choice '{ch.id}' {reason}",
                                    "add modules to the choice, or ask for less", goal=g.id, choice=ch.id)

    def _blocked(self, c: CatalogueFile, m: Module, have: set[str], started: set[str]) -> str:
        """Why a module cannot start, in words: what it needs that nobody can gain."""
        parts: list[str] = []
        for r in sorted(strict_outcomes(m.requires) | corequisites(m.requires)):
            if self.uf.find(qualify(r, c.ns)) in have:
                continue
            root = self.uf.find(qualify(r, c.ns))
            if not self.is_certified(root):
                parts.append(f"'{r}', which no module certifies")
            else:
                parts.append(f"'{r}', which only modules that cannot start certify")
        rules = thresholds(m.requires)
        qmods = [self._qualified(q) for q in started] if rules else []
        for rule in rules:
            qrule = rule if rule.from_ is None else rule.model_copy(update={"from_": self._pool(c, rule.from_)})
            total = sum(qrule.weight(x) for x in qmods if qrule.counts(x) and x.id != qualify(m.id, c.ns))
            if total + 1e-9 < rule.amount:
                unit = "EC" if rule.credits is not None else "modules"
                parts.append(f"{rule.label()} completed, but the modules that can start give only {total:g} {unit}")
        return "; ".join(parts) or "its prerequisites can never all hold"

    def _choice_short(self, c: CatalogueFile, ch: ChoiceGroup, have: set[str], started_ids: set[str]) -> str:
        """How a choice group falls short with the modules that can start ('' when it does not)."""
        of = {self.uf.find(qualify(o, c.ns)) for o in ch.of}
        reachable = [o for o in of if o in have or not self._exists(o)]
        if ch.outcome_n and self.is_certified_all(of, ch.outcome_n) and len(reachable) < ch.outcome_n:
            return f"needs {ch.outcome_n} outcomes, but only {len(reachable)} can be gained"
        if not ch.counts_modules:
            return ""
        started = [self._qualified(q) for q in sorted(started_ids)]
        if ch.pool is not None:
            pool = self._pool(c, ch.pool)
            members = [m for m in started if pool.matches(m)]
        else:
            members = [m for m in started if any(self.uf.find(o) in of for o in m.certifies)]
        if ch.pool is not None and len(members) < ch.n:
            return f"needs {ch.n} modules of {ch.pool.label()}, but only {len(members)} can be taken"
        ec = sum(m.study_ec for m in members)
        if ch.min_ec is not None and ec + 1e-9 < ch.min_ec:
            return f"needs {ch.min_ec:g} EC, but the modules that can be taken give only {ec:g} EC"
        return ""

    def is_certified_all(self, of: set[str], n: int) -> bool:
        """Whether at least ``n`` of these outcomes are certified (else 'goal-uncertified' said it)."""
        return sum(1 for o in of if self.is_certified(o) or not self._exists(o)) >= n

    def run(self) -> None:
        for step in (self.references, self.modules_and_offerings, self.goals, self.unused_outcomes, self.pools):
            step()
        self.reach(self.cycles())


def _raw_offering_modules(c: CatalogueFile) -> Iterator[tuple[int, str, str]]:
    """(index, module reference, offering id) of every offering in the file, valid or not."""
    for i, raw in enumerate(items_of(c.f.data, "offerings")):
        if not isinstance(raw, Mapping):
            continue
        mod, oid = raw.get("module"), raw.get("id")
        if isinstance(mod, str) and is_valid_ref(mod):
            yield i, mod, oid if isinstance(oid, str) else f"#{i + 1}"


def _cycle_from(g: Any, start: str) -> list[str]:
    """The shortest cycle through ``start`` as a closed list of nodes ``[a, b, a]``."""
    if g.has_edge(start, start):
        return [start, start]
    best: list[str] | None = None
    for succ in sorted(g.successors(start)):
        try:
            p = nx.shortest_path(g, succ, start)
        except nx.NetworkXNoPath:
            continue
        if best is None or len(p) + 1 < len(best):
            best = [start, *p]
    return best or [start, start]
