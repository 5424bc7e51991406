"""The study plan's content: every text in the chosen language, values as the plan has them."""

from __future__ import annotations

import datetime as dt
import doctest
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

import planner.doclabels
import planner.export.csv
import planner.export.pdf
import planner.export.pdfparts
import planner.offeringname
from planner import formatting as fmt
from planner.export.pdf import write_pdf
from planner.models import DateRange, GoalKind, Mode, week_index
from planner.plan import Status
from planner.studyplan import build_study_plan
from tests.planner.studyplan_demo import catalogues, learner_and_plan


def anna(language: str, **kw):
    learner, plan = learner_and_plan("switcher-anna")
    return learner, plan, build_study_plan(catalogues(), learner, plan, language=language, **kw)


def test_doctests_of_the_export_modules() -> None:
    for module in (planner.doclabels, planner.export.csv, planner.export.pdf, planner.export.pdfparts,
                   planner.offeringname):
        assert doctest.testmod(module).failed == 0


def test_heading_speaks_dutch_and_english_never_raw_ids():
    _, plan, nl = anna("nl", scenario="Avondroute", today=dt.date(2026, 9, 1))
    _, _, en = anna("en")
    goal = catalogues().goals["hs-oost:make-it-work"]
    assert nl.title == "Studieplan" and en.title == "Study plan"
    assert nl.learner_name == "Anna de Vries"
    assert nl.goal_title == goal.title.get("nl") and en.goal_title == goal.title.get("en")
    assert nl.goal_title != en.goal_title
    assert nl.goal_kind == GoalKind.SWITCH
    assert nl.goal_kind_label == "omscholingstraject" and en.goal_kind_label == "career switch programme"
    assert nl.scenario == "Avondroute"
    assert plan.status == Status.OPTIMAL
    assert nl.status_text == "snelst mogelijke route (bewezen optimaal)"
    assert en.status_text == "fastest possible route (proven optimal)"
    assert nl.generated_text == "1 september 2026"


def test_rows_follow_the_plan_in_the_chosen_language():
    _, plan, nl = anna("nl")
    _, _, en = anna("en")
    cs = catalogues()
    assert [r.offering_id for r in nl.modules] == [it.offering for it in plan.items]
    for row, item in zip(nl.modules, plan.items, strict=True):
        assert row.title == cs.modules[item.module].title.get("nl")
        assert (row.start, row.end) == (item.start_date, item.end_date)
        assert row.start_text == fmt.date(item.start_date, "nl")
        assert row.cost_text == fmt.money(item.cost, "nl")
        assert row.outcomes == tuple(cs.outcome_title(o, "nl") for o in item.outcomes)
        assert row.mode_label in {"online", "op de campus", "op de werkplek", "hybride"}
        assert row.where == (f"{item.location}, {row.mode_label}" if item.location else row.mode_label)
    first = nl.modules[0]
    assert first.session_labels == ("ma 19:00–21:30", "wo 19:00–21:30")
    assert en.modules[0].session_labels == ("Mon 19:00–21:30", "Wed 19:00–21:30")
    evc = next(r for r in nl.modules if r.assessment_only)
    assert "alleen assessment (EVC)" in evc.flags
    assert any("microcredential (edubadge)" in r.flags for r in nl.modules)
    assert {r.mode for r in nl.modules} >= {Mode.ONLINE, Mode.CAMPUS}


def test_milestones_totals_and_proven_outcomes():
    learner, plan, nl = anna("nl")
    start = nl.milestones[0]
    assert start.title == "Startbekwaam — kan onder begeleiding aan het werk"
    assert start.hard and start.met and start.result_text == "op tijd"
    # the target is the Sunday closing week 26, the planner's own end-date rule
    assert start.target == dt.date(2027, 3, 7)
    assert plan.totals is not None and nl.totals is not None
    assert nl.totals.cost_text == fmt.money(plan.totals.cost, "nl")
    assert nl.totals.ec_text == f"{fmt.number(plan.totals.ec, 'nl')} EC"
    assert nl.totals.finish == plan.totals.finish_date
    assert [p.outcome_id for p in nl.proven] == [p.outcome for p in learner.proven]
    assert nl.proven[0].evidence_label == "werkervaring (aan te tonen in een EVC-assessment)"
    assert nl.proven[2].evidence_label == "diploma" and nl.proven[2].note.startswith("Bachelor Bedrijfskunde")


def test_late_and_unreached_milestones_say_so():
    learner, plan = learner_and_plan("switcher-anna")
    ms = plan.milestones[1]
    late = plan.model_copy(update={"milestones": [
        ms.model_copy(update={"week": ms.target_week + 3}),
        ms.model_copy(update={"week": None, "date": None}),
    ]})
    hard = late.model_copy(update={"milestones": [m.model_copy(update={"hard": True}) for m in late.milestones]})
    rows = build_study_plan(catalogues(), learner, hard, language="nl").milestones
    assert [r.result_text for r in rows] == ["3 weken te laat", "niet bereikt"]
    assert rows[1].reached_text == "—" and not rows[1].met


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_milestone_the_learner_did_not_make_hard_is_an_aim_never_late(tmp_path, language):
    """The intake's unticked milestones were printed as '67 / 41 weeks late'."""
    learner, plan = learner_and_plan("switcher-anna")
    ms = plan.milestones[1]
    assert not ms.hard
    late = plan.model_copy(update={"milestones": [ms.model_copy(update={"week": ms.target_week + 26})]})
    sp = build_study_plan(catalogues(), learner, late, language=language)
    row = sp.milestones[0]
    assert row.result_text == {"nl": "later bereikt", "en": "reached later"}[language]
    write_pdf(sp, tmp_path / "plan.pdf")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(tmp_path / "plan.pdf")).pages)
    assert not re.search(r"\b(te laat|late)\b", text), text
    assert {"nl": "streefdoel, geen eis", "en": "aim, not a requirement"}[language] in text
    assert row.target_text in text


def test_a_good_route_with_a_bound_says_how_far_from_the_fastest():
    learner, plan = learner_and_plan("switcher-anna")
    feasible = plan.model_copy(update={"status": Status.FEASIBLE, "bound": 100, "gap": 0.1667})
    nl = build_study_plan(catalogues(), learner, feasible, language="nl")
    en = build_study_plan(catalogues(), learner, feasible, language="en")
    assert nl.status_text == "goede route; geen route is eerder klaar dan 6 aug 2028 (verschil ten hoogste 16,7%)"
    assert en.status_text == "good route; no route can finish before 6 Aug 2028 (within 16.7% of the fastest)"


def test_assumptions_name_the_learners_choices_and_the_catalogues():
    _, _, nl = anna("nl")
    values = {a.label: a.value for a in nl.assumptions}
    assert values["Uren per week"] == "16 uur per week"
    assert values["Vakanties"] == "19 jul 2027 – 22 aug 2027; 17 jul 2028 – 20 aug 2028"
    assert values["Vrije momenten"].startswith("ma 19:00–22:00, di 19:00–22:00")
    assert values["Plaatsen"] == "Enschede, Deventer"
    assert values["Budget"] == "€ 9.000"
    assert values["Uiterste datum"] == "geen"
    assert values["Mijlpalen die gehaald moeten worden"] == "Startbekwaam — kan onder begeleiding aan het werk"
    assert [c.id for c in nl.catalogues] == ["hs-oost", "partner-noord"]
    assert nl.catalogues[0].institution.startswith("Hogeschool Oost")
    assert nl.catalogues[0].published == dt.date(2026, 6, 15)
    assert nl.catalogues[0].text.endswith("gepubliceerd 15 jun 2026")


def test_notes_and_parties_who_sign():
    learner, _, nl = anna("nl")
    assert nl.notes == learner.notes.strip() and "Afspraak met de werkgever" in nl.notes
    assert [(p.role, p.role_label) for p in nl.parties] == [
        ("learner", "Deelnemer"), ("advisor", "Studieadviseur"), ("provider", "Opleider"), ("employer", "Werkgever")]
    assert nl.parties[0].name == "Anna de Vries"
    assert nl.parties[2].name == "Hogeschool Oost (fictief / fictional)"
    chen, chen_plan = learner_and_plan("badges-chen")
    roles = [p.role for p in build_study_plan(catalogues(), chen, chen_plan).parties]
    assert "employer" not in roles and roles[0] == "learner"  # not a switch: no employer signs


def test_weeks_without_study_use_the_planners_week_rule():
    learner, _, sp = anna("en")
    # a three-day holiday does not make a week a holiday week; a four-day one does
    short = learner.model_copy(update={"holidays": [
        DateRange(start=dt.date(2026, 10, 2), end=dt.date(2026, 10, 4)),
        DateRange(start=dt.date(2026, 10, 15), end=dt.date(2026, 10, 18)),
    ]})
    _, plan = learner_and_plan("switcher-anna")
    sp2 = build_study_plan(catalogues(), short, plan)
    assert not sp2.is_study_free(dt.date(2026, 9, 28))
    assert sp2.is_study_free(dt.date(2026, 10, 12))
    assert sp2.no_study_weeks == {week_index(learner.start, dt.date(2026, 10, 12))}
    assert sp.is_study_free(dt.date(2027, 7, 26)) and not sp.is_study_free(dt.date(2027, 9, 6))


def test_the_planner_side_of_the_hand_over_loads_no_qt():
    code = (
        "import sys, planner.studyplan, planner.export.pdf, planner.export.ics, planner.export.csv, "
        "planner.export.handover, planner.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
