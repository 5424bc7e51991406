"""Plan files that cannot lie: checking a plan file against the catalogues the user has, and
recomputing everything a person reads from it.

A plan file carries a copy of its catalogues, so anyone can edit the copy and the plan together.
So :func:`verify_plan_file` looks for the real catalogue files by content hash — beside the plan,
given with ``--catalog``, or in the catalogue folder — and checks the plan against them; when only
the plan's own copy exists it says so instead of calling the plan sound. A plan without a route
does not hold.

What a person reads from a plan — titles, dates, hours, cost, outcomes, totals, milestones and the
status with its claim — is never taken from the file: :func:`rebuild_plan` recomputes it from the
catalogues and the learner, keeping only the choice of offerings and their start weeks (which the
independent validator checks). The claim "the earliest possible finish" stands only when a lower
bound computed here meets the finish, or a short search (``prove_seconds``) proves it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from planner.catalog import CatalogueSet
from planner.errors import LeerrouteError
from planner.messages import msg
from planner.models import Learner, week_start
from planner.plan import Message, Plan, PlannedModule, Status
from planner.planfile import (
    PlanCatalogues,
    PlanFile,
    PlanFileError,
    catalogue_changes,
    load_plan_catalogues,
    plan_changes,
    read_plan_file,
    updated_catalogues,
)
from planner.reader import shown
from planner.validate import validate_plan

#: Message kinds a plan file's own words are never kept for: they are recomputed or claim something.
_RECOMPUTED = ("status.", "milestone.", "why.", "evidence.", "badge.")

#: Against what a plan was checked: the user's catalogue files (with the bytes it was made with, or
#: the ones there are now), or only the copy inside the plan.
Against = Literal["files", "copy"]


def _item(cs: CatalogueSet, learner: Learner, it: PlannedModule) -> PlannedModule | None:
    """A plan item recomputed from its offering and start week; None when the offering is unknown."""
    off = cs.offerings.get(it.offering)
    m = cs.modules.get(off.module) if off is not None else None
    if off is None or m is None:
        return None
    start, end = it.start_week, it.start_week + off.weeks
    last_day = week_start(learner.start, end - 1) + dt.timedelta(days=6) if end > 0 else learner.start
    return PlannedModule(
        module=m.id, offering=off.id, title=m.title.get("en"), title_nl=m.title.get("nl"),
        start_week=start, end_week=end, start_date=week_start(learner.start, start), end_date=last_day,
        mode=off.mode, location=off.location, hours_per_week=off.hours_per_week, study_hours=m.study_hours,
        ec=round(m.study_ec, 2), cost=off.cost, cost_known=off.cost_known, sessions=list(off.sessions), events=list(off.events), outcomes=list(m.certifies),
        assessment_only=m.kind.value == "assessment", microcredential=m.microcredential,
        pinned=bool({m.id, off.id} & ({*learner.pinned} | {p.ref for p in learner.pinned_starts})), how=off.how,
    )


def rebuild_plan(cs: CatalogueSet, learner: Learner, plan: Plan, prove_seconds: float = 1.0) -> Plan:
    """The plan as the catalogues and the learner make it: the file's offerings and start weeks, with
    every title, date, amount, outcome, total, milestone and the status claim recomputed.

    Items whose offering is not in the catalogues are left out (the validator names them). Each
    module's reasons and the status and milestone messages are made again; of the file's other
    messages (suggestions made when it was planned) are kept.
    """
    from planner.solver.bound import lower_bound
    from planner.solver.build import empty_plan, summarise
    from planner.solver.core import check_route, claim
    from planner.solver.instance import build_instance
    from planner.solver.reasons import explain_plan

    inst = build_instance(cs, learner)
    if not plan.items:
        return empty_plan(inst, Status.OPTIMAL if plan.status == Status.OPTIMAL and not inst.needed
                          else Status.UNKNOWN)
    items = [x for x in (_item(cs, learner, it) for it in plan.items) if x is not None]
    items, milestones, totals = summarise(inst, items)
    out = Plan(learner=learner.name, goal=learner.goal, start_date=week_start(learner.start, 0),
               status=Status.FEASIBLE, items=items, milestones=milestones, totals=totals,
               solve_seconds=plan.solve_seconds)
    bound = lower_bound(inst)
    if plan.status == Status.OPTIMAL and bound < totals.finish_week and prove_seconds > 0:
        # the file claims the earliest finish: prove it again with a short search, or do not claim it
        check = check_route(cs, learner, time_limit=prove_seconds)
        if check.proven and check.finish == totals.finish_week:
            bound = totals.finish_week
    claim(out, bound, stopped=plan.status == Status.STOPPED)
    explain_plan(inst, out)  # each module's reasons, the status and milestone messages
    made = {m.code for m in out.messages}
    out.messages += [m for m in plan.messages if m.code not in made and not m.code.startswith(_RECOMPUTED)]
    return out


def rebuild_plan_file(doc: PlanFile, cs: CatalogueSet) -> PlanFile:
    """A plan file whose plans (top level and every scenario's) are recomputed by :func:`rebuild_plan`."""

    def again(learner: Learner, plan: Plan | None) -> Plan | None:
        if plan is None:
            return None
        try:
            return rebuild_plan(cs, learner, plan)
        except LeerrouteError:
            return None  # the learner does not fit the catalogues: no route is shown, the window plans again

    scenarios = [s.model_copy(update={"plan": again(s.learner, s.plan)}) for s in doc.scenarios]
    return doc.model_copy(update={"plan": again(doc.learner, doc.plan), "scenarios": scenarios})


@dataclass
class Verification:
    """What :func:`verify_plan_file` found."""

    doc: PlanFile
    catalogues: PlanCatalogues
    #: "files": checked against the user's catalogue files; "copy": only against the copy in the plan
    against: Against = "copy"
    #: the catalogue files the plan was checked against
    files: list[Path] = field(default_factory=list)
    #: catalogues that changed, went missing or differ beside the plan
    notes: list[Message] = field(default_factory=list)
    #: what the independent validator refuses, planned offerings that differ from the catalogue, no route
    problems: list[Message] = field(default_factory=list)
    #: the plan as the catalogues and the learner make it (None when there is no route)
    plan: Plan | None = None

    @property
    def holds(self) -> bool:
        """Whether the plan is a valid route over the catalogues it was checked against."""
        return not self.problems

    @property
    def verdict(self) -> str:
        """The verdict in a few words."""
        if self.problems:
            n = len(self.problems)
            return f"does not hold ({n} problem{'s' if n != 1 else ''})"
        if self.against == "copy":
            return ("agrees with the copy of its catalogues inside the plan, which anyone can edit; put the "
                    "catalogue files beside the plan or give them with --catalog to check it for real")
        return "holds (checked against " + ", ".join(shown(p.name) for p in self.files) + ")"


def verify_plan_file(path: Path | str, catalogs: Sequence[Path | str] = ()) -> Verification:
    """Open a plan file as untrusted input and check it against the catalogue files the user has.

    The catalogues are looked for by content hash beside the plan and among ``catalogs`` (files the
    user gives, and the catalogue folder). A file with a catalogue's id and other content is what
    the plan is checked against — not the copy inside the plan. Raises :class:`PlanFileError` when
    the file cannot be read, or its catalogues are missing and it carries no copy of them.
    """
    p = Path(path)
    doc = read_plan_file(p)
    base = p.parent
    extra = [Path(c) for c in catalogs]
    news = catalogue_changes(doc, base, extra)
    pc = load_plan_catalogues(doc, base, extra)
    if pc.catalogue_set is None:
        missing = ", ".join(f"{m.params['id']} ({m.params['path']})" for m in news
                            if m.code == "planfile.catalogue_missing") or ", ".join(r.id for r in doc.catalogues)
        raise PlanFileError(f"{shown(p)}: cannot check the plan: its catalogues are missing ({missing or 'none named'}) "
                            "and the file carries no copy; put them beside the plan file or give them with --catalog")
    result = Verification(doc=doc, catalogues=pc, notes=[*news, *pc.notes])
    cs = pc.catalogue_set
    if pc.updates:  # the user's file says otherwise than the copy: the file is the judge
        cs = updated_catalogues(pc)
    copies = [cid for cid in pc.embedded if cid not in pc.updates]
    result.against = "copy" if copies else "files"
    result.files = [*pc.paths, *pc.updates.values()]
    plan = doc.plan
    if plan is None or not plan.items:
        result.problems = [msg("verify.no_route")]
        return result
    result.problems = plan_changes(cs, plan) + list(validate_plan(cs, doc.learner, plan))
    try:
        result.plan = rebuild_plan(cs, doc.learner, plan)
    except LeerrouteError as exc:
        result.problems.append(msg("verify.unusable", error=str(exc).splitlines()[0]))
    return result
