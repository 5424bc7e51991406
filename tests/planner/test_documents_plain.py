"""Every document handed over (PDF, CSV, XLSX, calendar) for every demo learner reads as plain
language: no qualified ids (``hs-oost:ict-agile-online-zelfstudie``) anywhere, and the Dutch documents
carry none of the English words that used to leak into them ('signature not verified', 'weeks late').
Times are dates, never a bare route week."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from planner.export.csv import render_csv
from planner.export.ics import render_ics
from planner.export.pdf import render_pdf
from planner.export.xlsx import render_xlsx
from planner.importers.badges import import_badges
from planner.load import load_learner
from planner.models import Involved, Learner
from planner.plan import Plan
from planner.solver import Solver
from planner.studyplan import build_study_plan
from tests.planner.studyplan_demo import CATALOGS, catalogues

#: A qualified id: catalogue id, ':', local id (a clock time such as 19:00 has no letter before the colon).
QUALIFIED_ID = re.compile(r"\b[a-z0-9-]*[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*\b")

#: English that reached Dutch documents before, or would if a label lacked its Dutch: chosen by rendering
#: every demo learner in Dutch and reading it. ('online' and 'week' are Dutch words too: not on the list.)
ENGLISH = (
    "signature", "verified", "weeks", "late", "hours", "self-paced", "offering", "evenings", "mornings",
    "afternoons", "reached", "aim", "requirement", "every", "from", "study plan", "learner", "advisor",
    "employer", "institution", "page", "made with", "on time", "no fixed times", "holiday", "target date",
    "must be met", "sessions", "outcomes", "assessment only", "pinned", "mode",
)
LEARNERS = sorted(p.stem for p in (CATALOGS / "learners").glob("*.yaml"))
BADGES = CATALOGS / "badges"


@functools.cache
def _learner_and_plan(name: str) -> tuple[Learner, Plan]:
    learner = load_learner(CATALOGS / "learners" / f"{name}.yaml")
    if name == "badges-chen":
        # the badges imported as a user would: their notes are stored in English at import
        badges = sorted(BADGES.glob("*.ob*.*"))
        learner = import_badges(badges, catalogues(), learner, today=dt.date(2027, 1, 4)).learner
    learner = learner.model_copy(update={"involved": Involved(advisor="Joost Mulder", institution="Leerwerkloket",
                                                              employer="Verzekeraar Oost")})
    return learner, Solver(catalogues(), learner, time_limit=10).solve()


@functools.cache
def documents(name: str, language: str) -> dict[str, str]:
    """The text a person reads in each document of one learner."""
    learner, plan = _learner_and_plan(name)
    sp = build_study_plan(catalogues(), learner, plan, language=language, today=dt.date(2026, 9, 1))
    pdf = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(render_pdf(sp))).pages)
    sheet = load_workbook(io.BytesIO(render_xlsx(sp))).active
    xlsx = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if isinstance(c.value, str))
    cal = Calendar.from_ical(render_ics(sp))
    ics = " ".join([str(cal["X-WR-CALNAME"])] + [
        str(ev.get(key, "")) for ev in cal.walk("VEVENT") for key in ("SUMMARY", "DESCRIPTION", "LOCATION")])
    return {"pdf": pdf, "csv": render_csv(sp), "xlsx": xlsx, "ics": ics}


#: A route week said without what it is ('week 38' meant the 38th week of the route, not ISO week 38).
ROUTE_WEEK = re.compile(r"(?<!per )(?<!a )\b(week|weken|weeks)\s+\d+\b", re.IGNORECASE)  # not "Uren per week 16"


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", LEARNERS)
def test_no_document_shows_an_id_or_a_bare_route_week(name, language):
    for kind, text in documents(name, language).items():
        assert not QUALIFIED_ID.findall(text), (kind, sorted(set(QUALIFIED_ID.findall(text))))
        assert not ROUTE_WEEK.findall(text), (kind, ROUTE_WEEK.findall(text))


@pytest.mark.parametrize("name", LEARNERS)
def test_dutch_documents_are_in_dutch(name):
    for kind, text in documents(name, "nl").items():
        found = sorted({w for w in ENGLISH if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)})
        assert found == [], (kind, found)


def test_the_leak_list_finds_english_in_the_english_documents():
    """The list is not toothless: the same documents in English hold most of its words."""
    text = " ".join(t for name in LEARNERS for t in documents(name, "en").values())
    found = {w for w in ENGLISH if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)}
    assert len(found) >= len(ENGLISH) * 2 // 3, sorted(set(ENGLISH) - found)


def test_imported_badges_are_said_in_the_plans_language():
    """The Dutch PDF said 'signature not verified' for an imported badge."""
    nl, en = documents("badges-chen", "nl")["pdf"], documents("badges-chen", "en")["pdf"]
    assert "handtekening niet gecontroleerd" in nl
    assert "signature not verified" in en
