"""The PDF study plan, read back with pypdf: what an advisor hands over is all there, in both languages."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from planner import formatting as fmt
from planner.export.pdf import render_pdf, write_pdf
from planner.load import load_learner
from planner.models import Involved
from planner.plan import Status
from planner.solver import Solver
from planner.studyplan import build_study_plan
from tests.planner.studyplan_demo import CATALOGS, catalogues, learner_and_plan, many_modules


def pages(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace made one space (cells wrap long titles)."""
    return " ".join(text.split())


def bare(text: str) -> str:
    """Text without any whitespace (ids wrap after their dashes)."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(
    ("language", "signatures", "footer"),
    [
        ("nl", ["Ondertekening", "Deelnemer", "Opleider", "Werkgever", "Naam", "Datum", "Handtekening"], "pagina {} van {}"),
        ("en", ["Signatures", "Learner", "Education provider", "Employer", "Name", "Date", "Signature"], "page {} of {}"),
    ],
)
def test_the_study_plan_holds_learner_modules_milestones_and_signature_lines(tmp_path, language, signatures, footer):
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan, language=language, scenario="Scenario A",
                          today=dt.date(2026, 9, 1))
    path = tmp_path / f"plan-{language}.pdf"
    write_pdf(sp, path)
    texts = pages(path)
    text = flat("\n".join(texts))
    assert "Anna de Vries" in text and "Scenario A" in text
    assert sp.goal_title in text and sp.status_text in text
    for row in sp.modules:
        assert row.title in text, row.title
        assert row.offering_name in text
    for m in sp.milestones:
        assert m.title in text
        assert f"{m.title} " in text and m.target_text in text
    for p in sp.proven:
        assert p.note in text
    for word in signatures:
        assert word in text
    assert sp.totals is not None and sp.totals.cost_text in text  # '€ 4.950' / '€4,950': the euro sign prints
    assert sp.notes.split()[0] in text and "Make IT Work" in text
    for n, page in enumerate(texts, 1):
        assert footer.format(n, len(texts)) in flat(page)
        assert fmt.long_date(dt.date(2026, 9, 1), language) in page
    for c in sp.catalogues:
        assert c.institution in text


def test_dutch_diacritics_and_dashes_survive():
    learner, plan = learner_and_plan("switcher-anna")
    sp = build_study_plan(catalogues(), learner, plan, language="nl")
    text = flat("\n".join(p.extract_text() for p in PdfReader(_bytes_io(render_pdf(sp))).pages))
    assert "oriëntatie" in text
    assert "ma 19:00–21:30" in text
    assert sp.totals is not None and sp.totals.cost_text.startswith("€ ") and sp.totals.cost_text in text


def _bytes_io(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


def test_a_page_is_a4_with_the_timeline_legend_on_the_first_page():
    learner, plan = learner_and_plan("switcher-anna")
    reader = PdfReader(_bytes_io(render_pdf(build_study_plan(catalogues(), learner, plan, language="nl"))))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    first = flat(reader.pages[0].extract_text())
    assert "Tijdlijn" in first
    for legend in ("op de campus", "online", "mijlpaal behaald", "streefdatum", "geen studie (vakantie)"):
        assert legend in first


def test_a_long_module_table_spans_pages_and_repeats_its_header():
    learner, plan = many_modules()
    sp = build_study_plan(catalogues(), learner, plan, language="en")
    texts = [bare(p.extract_text()) for p in PdfReader(_bytes_io(render_pdf(sp))).pages]
    table_pages = [t for t in texts if "Offering" in t and "Weeklysessions" in t]
    assert len(table_pages) >= 2, "the table of about 18 modules should not fit on one page"
    for page in table_pages:
        assert "Offering" in page and "Weeklysessions" in page and "Hoursaweek" in page
    # every module is in the table once: no row lost or doubled at a page break
    periods = Counter(bare(f"{r.start_text} – {r.end_text}") for r in sp.modules)
    for period, n in periods.items():
        assert sum(t.count(period) for t in texts) == n


def test_no_route_and_hand_picked_outcomes_still_make_a_readable_plan():
    cs = catalogues()
    dewi = load_learner(CATALOGS / "learners" / "impossible-dewi.yaml")
    none = Solver(cs, dewi, time_limit=5).solve()
    assert none.status == Status.INFEASIBLE
    text = flat(PdfReader(_bytes_io(render_pdf(build_study_plan(cs, dewi, none, language="nl")))).pages[0].extract_text())
    assert "Dewi" in text and "geen route past bij alle wensen" in text and "Geen onderdelen in deze route." in text

    anna, _ = learner_and_plan("switcher-anna")
    picked = anna.model_copy(update={"goal": None, "outcomes": ["hs-oost:ict.prog.basis"], "hard_milestones": []})
    plan = Solver(cs, picked, time_limit=5).solve()
    sp = build_study_plan(cs, picked, plan, language="en")
    assert sp.goal_title == "Own choice of 1 outcome" and sp.goal_kind is None and sp.goal_kind_label == ""
    assert [p.role for p in sp.parties] == ["learner", "advisor", "provider"]
    text = flat(" ".join(p.extract_text() for p in PdfReader(_bytes_io(render_pdf(sp))).pages))
    assert all(r.title in text for r in sp.modules) and "No milestones in this route." in text


@pytest.mark.parametrize(("language", "labels"), [
    ("nl", ["Studieadviseur", "Instelling", "Werkgever", "Deelnemer", "Handtekening"]),
    ("en", ["Study advisor", "Institution", "Employer", "Learner", "Signature"]),
])
def test_the_plan_names_learner_advisor_institution_and_employer(tmp_path, language, labels):
    learner, plan = learner_and_plan("switcher-anna")
    involved = Involved(advisor="Joost Mulder", institution="Leerwerkloket Twente", employer="Verzekeraar Oost B.V.")
    sp = build_study_plan(catalogues(), learner.model_copy(update={"involved": involved}), plan, language=language)
    write_pdf(sp, tmp_path / "plan.pdf")
    texts = pages(tmp_path / "plan.pdf")
    first, last = flat(texts[0]), flat(texts[-1])
    for name in ("Anna de Vries", "Joost Mulder", "Leerwerkloket Twente", "Verzekeraar Oost B.V."):
        assert name in first, name  # the heading names everyone involved
    for word in labels:
        assert word in flat(" ".join(texts))
    # the signature block: the learner's and the advisor's names on their name lines
    signatures = last[last.index(labels[-1].replace("Handtekening", "Ondertekening").replace("Signature", "Signatures")):]
    assert "Anna de Vries" in signatures and "Joost Mulder" in signatures
    assert "Leerwerkloket Twente" in signatures and "Verzekeraar Oost B.V." in signatures
    assert signatures.count(labels[-1]) >= 4  # learner, advisor, provider, employer each sign


def test_without_names_the_advisor_still_gets_a_line_to_sign():
    learner, plan = learner_and_plan("badges-chen")
    sp = build_study_plan(catalogues(), learner, plan, language="en")
    assert learner.involved is None
    assert [p.role for p in sp.parties][:2] == ["learner", "advisor"] and "employer" not in [p.role for p in sp.parties]
    text = flat(" ".join(p.extract_text() for p in PdfReader(_bytes_io(render_pdf(sp))).pages))
    assert "Study advisor" in text and "Institution" not in text
