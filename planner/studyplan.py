"""The study plan handed over after an intake: its content, built once, in one language.

:func:`build_study_plan` turns catalogues, learner and plan into a :class:`StudyPlan`: plain frozen
records whose texts are already in Dutch or English (labels from :mod:`planner.doclabels`,
amounts and dates from :mod:`planner.formatting`), next to the raw values machines need (dates,
numbers, sessions). The PDF, CSV and calendar renderers in :mod:`planner.export` and the window's
print view read this one structure, so no two layouts of the same document are kept in step by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from planner import formatting as fmt
from planner.catalog import CatalogueSet
from planner.doclabels import LABELS, label
from planner.facets import assessed_text, taught_text, wish_text
from planner.models import Evidence, GoalKind, Learner, Mode, ProvenOutcome, Session, week_index, week_start
from planner.offeringname import offering_name
from planner.plan import LeftOutEntry, MilestoneResult, Plan, PlannedModule, Status


@dataclass(frozen=True)
class ModuleRow:
    """One planned module: what, where, when, how much — as text and as values."""

    module_id: str
    offering_id: str
    #: the offering as a person names it: 'Campus Deventer, dinsdagavond, vanaf 6 sep 2027'
    offering_name: str
    title: str
    mode: Mode
    mode_label: str
    place: str | None
    #: place and mode in one phrase: 'Enschede, op de campus' or 'online'
    where: str
    start: dt.date
    end: dt.date
    start_text: str
    end_text: str
    start_week: int
    end_week: int
    sessions: tuple[Session, ...]
    #: one label per session: 'ma 19:00–21:30', 'do 19:00–21:30 (om de 2 weken)'
    session_labels: tuple[str, ...]
    hours_per_week: float
    hours_per_week_text: str
    study_hours: float
    ec: float
    ec_text: str
    cost: float
    cost_text: str
    assessment_only: bool
    microcredential: bool
    pinned: bool
    #: 'alleen assessment (EVC)', 'microcredential (edubadge)', 'vastgezet'
    flags: tuple[str, ...]
    outcome_ids: tuple[str, ...]
    outcomes: tuple[str, ...]
    #: how it is taught and how assessed, in words (docs/hoe.md)
    taught: str = ""
    assessed: str = ""


@dataclass(frozen=True)
class MilestoneRow:
    """A goal milestone: its target date, when the route reaches it, and whether that is in time."""

    id: str
    title: str
    hard: bool
    target: dt.date
    target_text: str
    reached: dt.date | None
    reached_text: str
    met: bool
    #: 'op tijd', '3 weken te laat', 'niet bereikt'
    result_text: str


@dataclass(frozen=True)
class ProvenRow:
    """An outcome the learner already has (or claims from experience), and the evidence."""

    outcome_id: str
    title: str
    evidence: Evidence
    evidence_label: str
    note: str


@dataclass(frozen=True)
class TotalsRow:
    """Totals of the route."""

    finish: dt.date
    finish_text: str
    modules: int
    ec: float
    ec_text: str
    hours: float
    hours_text: str
    cost: float
    cost_text: str


@dataclass(frozen=True)
class CatalogueRef:
    """Provenance: a catalogue the plan was made from."""

    id: str
    title: str
    institution: str
    published: dt.date | None
    #: 'Hogeschool Oost — … (hs-oost), Hogeschool Oost, gepubliceerd 15 jun 2026'
    text: str


@dataclass(frozen=True)
class Assumption:
    """One thing the route was planned on, as a label and its value in words."""

    label: str
    value: str


@dataclass(frozen=True)
class Party:
    """Someone who signs the study plan; ``name`` is empty when the plan does not know it."""

    role: str  # "learner", "advisor", "provider" or "employer"
    role_label: str
    name: str
    #: the organisation the party signs for (the advisor's institution); empty when not known
    organisation: str = ""


@dataclass(frozen=True)
class StudyPlan:
    """The content of a study plan in one language; renderers lay it out and add nothing."""

    language: str
    title: str
    learner_name: str
    goal_id: str | None
    goal_title: str
    goal_kind: GoalKind | None
    goal_kind_label: str
    scenario: str | None
    status: Status
    status_text: str
    start: dt.date
    start_text: str
    generated: dt.date
    generated_text: str
    modules: tuple[ModuleRow, ...]
    milestones: tuple[MilestoneRow, ...]
    proven: tuple[ProvenRow, ...]
    totals: TotalsRow | None
    assumptions: tuple[Assumption, ...]
    catalogues: tuple[CatalogueRef, ...]
    notes: str
    parties: tuple[Party, ...]
    #: Monday of week 0 of the route; week numbers below count from it
    week_origin: dt.date
    #: weeks (from ``week_origin``) in the route's span in which the learner does not study
    no_study_weeks: frozenset[int]

    def label(self, key: str, **params: Any) -> str:
        """A document label (see :mod:`planner.doclabels`) in this plan's language."""
        return label(key, self.language, **params)

    def is_study_free(self, day: dt.date) -> bool:
        """Whether ``day`` falls in a week without study (a holiday week, or a week of 0 hours)."""
        return week_index(self.week_origin, day) in self.no_study_weeks


# --------------------------------------------------------------------------- building


def _week_end(origin: dt.date, end_week: int) -> dt.date:
    """The Sunday closing the week before ``end_week`` (the planner's end-date rule)."""
    if end_week <= 0:
        return origin
    return week_start(origin, end_week - 1) + dt.timedelta(days=6)


def _module_row(cs: CatalogueSet, it: PlannedModule, language: str) -> ModuleRow:
    module = cs.modules.get(it.module)
    if module is not None:
        title = module.title.get(language)
    else:
        title = (it.title_nl or it.title) if language == "nl" else (it.title or it.title_nl)
    m_label = fmt.mode_label(it.mode, language)
    off = cs.offerings.get(it.offering)
    how = off.how if off is not None else None
    flexible = off.flexible if off is not None else not it.sessions
    flags = []
    if it.assessment_only:
        flags.append(label("flag.assessment", language))
    if it.microcredential:
        flags.append(label("flag.microcredential", language))
    if it.pinned:
        flags.append(label("flag.pinned", language))
    return ModuleRow(
        module_id=it.module,
        offering_id=it.offering,
        offering_name=offering_name(it.mode, it.location, it.sessions, it.start_date, language, flexible=flexible),
        title=title,
        mode=it.mode,
        mode_label=m_label,
        place=it.location,
        where=f"{it.location}, {m_label}" if it.location else m_label,
        start=it.start_date,
        end=it.end_date,
        start_text=fmt.date(it.start_date, language),
        end_text=fmt.date(it.end_date, language),
        start_week=it.start_week,
        end_week=it.end_week,
        sessions=tuple(it.sessions),
        session_labels=tuple(fmt.session_label(s, language) for s in it.sessions),
        hours_per_week=it.hours_per_week,
        hours_per_week_text=fmt.number(it.hours_per_week, language),
        study_hours=it.study_hours,
        ec=it.ec,
        ec_text=fmt.number(it.ec, language),
        cost=it.cost,
        cost_text=fmt.money(it.cost, language),
        assessment_only=it.assessment_only,
        microcredential=it.microcredential,
        pinned=it.pinned,
        flags=tuple(flags),
        outcome_ids=tuple(it.outcomes),
        outcomes=tuple(cs.outcome_title(o, language) for o in it.outcomes),
        taught=taught_text(how, language),
        assessed=assessed_text(how, language),
    )


def _milestone_row(m: MilestoneResult, origin: dt.date, language: str) -> MilestoneRow:
    title = (m.title_nl or m.title) if language == "nl" else (m.title or m.title_nl)
    target = _week_end(origin, m.target_week)
    if m.week is None or m.date is None:
        result = label("ms.not_reached", language)
    elif m.met:
        result = label("ms.met", language)
    elif not m.hard:
        # a milestone the learner did not make hard is an aim: reached later, never 'late'
        result = label("ms.aim_later", language)
    else:
        late = m.week - m.target_week
        result = label("ms.late_one", language) if late == 1 else label("ms.late", language, n=late)
    return MilestoneRow(
        id=m.id,
        title=title,
        hard=m.hard,
        target=target,
        target_text=fmt.date(target, language),
        reached=m.date,
        reached_text=fmt.date(m.date, language) if m.date else "—",
        met=m.met,
        result_text=result,
    )


def _proven_note(p: ProvenOutcome, language: str) -> str:
    """The note of a proven outcome; for an imported badge, said from its facts in the plan's
    language (the stored note was written in English at import)."""
    if p.evidence != Evidence.EDUBADGE or not p.badge:
        return p.note or ""
    parts = [label("proven.badge", language, badge=p.badge)]
    if p.issuer:
        parts.append(p.issuer)
    if p.issued_on:
        parts.append(fmt.date(p.issued_on, language))
    if p.verified is not None:
        parts.append(label("proven.verified" if p.verified else "proven.unverified", language))
    return ", ".join(parts)


def _status_text(plan: Plan, language: str) -> str:
    if plan.status == Status.INFEASIBLE:
        return label("status.infeasible", language)
    if not plan.items:
        if plan.status == Status.OPTIMAL and plan.totals is not None:
            return label("status.nothing", language)
        return label("status.stopped" if plan.status == Status.STOPPED else "status.unknown", language)
    if plan.status == Status.OPTIMAL or (plan.gap is not None and plan.gap == 0):
        return label("status.optimal", language)
    if plan.bound is not None and plan.gap is not None:
        bound = _week_end(plan.start_date, plan.bound)
        return label(
            "status.feasible", language, bound=fmt.date(bound, language),
            gap=fmt.number(100 * plan.gap, language, 1),
        )
    return label("status.stopped_route", language)


def _ref_title(cs: CatalogueSet, ref: str, language: str) -> str:
    if ref in cs.modules:
        return cs.module_title(ref, language)
    offering = cs.offerings.get(ref)
    if offering is not None:
        return f"{cs.module_title(offering.module, language)} ({ref})"
    return ref


def _assumptions(cs: CatalogueSet, learner: Learner, language: str) -> list[Assumption]:
    def d(day: dt.date) -> str:
        return fmt.date(day, language)

    none = label("asm.none", language)
    out = [
        Assumption(label("asm.start", language), d(learner.start)),
        Assumption(label("asm.hours", language), label("unit.hours_week", language, n=fmt.number(learner.hours_per_week, language))),
    ]
    if learner.exceptions:
        out.append(Assumption(label("asm.exceptions", language), "; ".join(
            label("asm.exception", language, start=d(e.start), end=d(e.end), hours=fmt.number(e.hours_per_week, language))
            for e in learner.exceptions
        )))
    out.append(Assumption(
        label("asm.holidays", language),
        "; ".join(f"{d(h.start)} – {d(h.end)}" for h in learner.holidays) or none,
    ))
    out.append(Assumption(
        label("asm.windows", language),
        ", ".join(f"{fmt.weekday(w.day.number, language)} {w.start:%H:%M}–{w.end:%H:%M}" for w in learner.availability)
        or label("asm.windows_any", language),
    ))
    out.append(Assumption(label("asm.modes", language), ", ".join(fmt.mode_label(m, language) for m in learner.modes) or none))
    out.append(Assumption(
        label("asm.places", language),
        ", ".join(learner.places) if learner.places else label("asm.places_any", language),
    ))
    out.append(Assumption(label("asm.budget", language), fmt.money(learner.budget, language) if learner.budget is not None else none))
    out.append(Assumption(label("asm.deadline", language), d(learner.deadline) if learner.deadline else none))
    if learner.hard_milestones:
        titles = []
        for ref in learner.hard_milestones:
            found = cs.milestone(ref)
            titles.append(found[1].title.get(language) if found else ref)
        out.append(Assumption(label("asm.hard_milestones", language), "; ".join(titles)))
    if learner.pinned:
        starts = {p.ref: p.start for p in learner.pinned_starts}
        out.append(Assumption(label("asm.pinned", language), "; ".join(
            label("asm.pinned_from", language, title=_ref_title(cs, r, language), date=d(starts[r])) if r in starts
            else _ref_title(cs, r, language) for r in learner.pinned)))
    if learner.order:
        out.append(Assumption(label("asm.order", language), "; ".join(
            label("asm.order_first", language, title=cs.module_title(w.module, language)) if w.before is None
            else label("asm.order_before", language, title=cs.module_title(w.module, language),
                       before=cs.module_title(w.before, language)) for w in learner.order)))
    if learner.excluded:
        out.append(Assumption(label("asm.excluded", language), "; ".join(_ref_title(cs, r, language) for r in learner.excluded)))
    if learner.how.wishes:
        wishes = "; ".join(wish_text(w, language) for w in learner.how.wishes)
        out.append(Assumption(label("asm.how", language), wishes + "; " + label("asm.weeks_later", language, n=learner.how.weeks_later)))
    return out


def left_out_text(entry: LeftOutEntry, language: str) -> str:
    """One thing the plan was made without, as a line of the assumptions."""
    kind = label(f"kind.{entry.kind}", language) if f"kind.{entry.kind}" in LABELS else entry.kind
    reason = label("asm.never_start", language, needs=", ".join(entry.needs)) if entry.needs else entry.reason
    return label("asm.left_out_entry", language, kind=kind, label=entry.label, institution=entry.institution or "-",
                 file=entry.file or "-", reason=reason)


def _left_out(plan: Plan, language: str) -> list[Assumption]:
    if not plan.left_out:
        return []
    return [Assumption(label("asm.left_out", language), "\n".join("• " + left_out_text(e, language) for e in plan.left_out))]


def _catalogue_refs(cs: CatalogueSet, language: str) -> list[CatalogueRef]:
    out = []
    for c in cs.catalogues:
        title = c.title.get(language)
        text = label("asm.catalogue", language, title=title, id=c.id, institution=c.institution)
        if c.published is not None:
            text += ", " + label("asm.published", language, date=fmt.date(c.published, language))
        out.append(CatalogueRef(id=c.id, title=title, institution=c.institution, published=c.published, text=text))
    return out


def _providers(cs: CatalogueSet, learner: Learner, plan: Plan) -> list[str]:
    """Institutions of the catalogues the goal and the planned offerings come from."""
    used = []
    if learner.goal:
        used.append(learner.goal.split(":")[0])
    used += [it.offering.split(":")[0] for it in plan.items]
    by_id = {c.id: c.institution for c in cs.catalogues}
    names = [by_id[c] for c in used if c in by_id] or [c.institution for c in cs.catalogues]
    return list(dict.fromkeys(names))


def _parties(cs: CatalogueSet, learner: Learner, plan: Plan, kind: GoalKind | None, language: str) -> list[Party]:
    """Who signs: the learner and the advisor always, the providers of the route, and the employer
    when the learner names one or the goal is a career switch."""
    who = learner.involved
    advisor, institution, employer = (who.advisor or "", who.institution or "", who.employer or "") if who else ("", "", "")
    parties = [Party("learner", label("party.learner", language), learner.name),
               Party("advisor", label("party.advisor", language), advisor, institution)]
    parties += [Party("provider", label("party.provider", language), name) for name in _providers(cs, learner, plan)
                if name != institution]
    if employer or kind == GoalKind.SWITCH:
        parties.append(Party("employer", label("party.employer", language), employer))
    return parties


def build_study_plan(
    cs: CatalogueSet,
    learner: Learner,
    plan: Plan,
    *,
    language: str = "en",
    scenario: str | None = None,
    today: dt.date | None = None,
) -> StudyPlan:
    """The study plan of ``plan`` for ``learner`` in ``language`` ('nl' or 'en'; others: English).

    ``scenario`` names the scenario the plan belongs to (shown in the heading); ``today`` is the
    generation date printed in the footer (default: today).
    """
    language = fmt.lang(language)
    today = today or dt.date.today()
    goal = cs.goals.get(learner.goal) if learner.goal else None
    if goal is not None:
        goal_title = goal.title.get(language)
        kind: GoalKind | None = goal.kind
    else:
        # hand-picked outcomes: the title says what it is; a goal missing from the catalogues shows its id
        n = len(learner.outcomes)
        goal_title = learner.goal or (label("goal.outcome", language) if n == 1 else label("goal.outcomes", language, n=n))
        kind = None
    kind_label = label(f"goalkind.{kind.value}", language) if kind is not None else ""

    totals = None
    if plan.totals is not None:
        t = plan.totals
        totals = TotalsRow(
            finish=t.finish_date,
            finish_text=fmt.date(t.finish_date, language),
            modules=t.modules,
            ec=t.ec,
            ec_text=label("unit.ec", language, n=fmt.number(t.ec, language)),
            hours=t.hours,
            hours_text=label("unit.hours", language, n=fmt.number(t.hours, language)),
            cost=t.cost,
            cost_text=fmt.money(t.cost, language),
        )

    proven = tuple(
        ProvenRow(
            outcome_id=p.outcome,
            title=cs.outcome_title(p.outcome, language),
            evidence=p.evidence,
            evidence_label=label(f"evidence.{p.evidence.value}", language),
            note=_proven_note(p, language),
        )
        for p in learner.proven
    )

    parties = _parties(cs, learner, plan, kind, language)

    origin = week_start(learner.start, 0)
    last_week = max([it.end_week for it in plan.items] + [plan.totals.finish_week if plan.totals else 0])
    no_study = frozenset(w for w in range(last_week + 1) if learner.week_capacity(w) == 0)

    return StudyPlan(
        language=language,
        title=label("doc.title", language),
        learner_name=learner.name,
        goal_id=learner.goal,
        goal_title=goal_title,
        goal_kind=kind,
        goal_kind_label=kind_label,
        scenario=scenario,
        status=plan.status,
        status_text=_status_text(plan, language),
        start=learner.start,
        start_text=fmt.date(learner.start, language),
        generated=today,
        generated_text=fmt.long_date(today, language),
        modules=tuple(_module_row(cs, it, language) for it in plan.items),
        milestones=tuple(_milestone_row(m, plan.start_date, language) for m in plan.milestones),
        proven=proven,
        totals=totals,
        assumptions=tuple(_assumptions(cs, learner, language) + _left_out(plan, language)),
        catalogues=tuple(_catalogue_refs(cs, language)),
        notes=learner.notes.strip(),
        parties=tuple(parties),
        week_origin=origin,
        no_study_weeks=no_study,
    )
