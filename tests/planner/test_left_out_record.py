"""A plan made on a partly broken catalogue says what it was made without: in its JSON, its plan
file and the PDF's assumptions (Dutch and English), with what can then never start."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from planner.catalog import LeftOut
from planner.cli import main
from planner.explain import route_solver
from planner.leftout import left_out_record, never_start
from planner.load import load_catalogues
from planner.planfile import read_plan_file, save_plan_file
from planner.shipped import demo_catalogues, sample_learner
from tests.factory import catalogue, catset, flexible, learner, module
from tests.planner.test_lenient import _broken_noord

OOST, NOORD = demo_catalogues()
ANNA = sample_learner("switcher-anna")


def _flat(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def test_the_plan_json_and_the_pdf_name_what_was_left_out(tmp_path: Path) -> None:
    noord = _broken_noord(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    pdf, pdf_nl, plan_json = tmp_path / "anna.pdf", tmp_path / "anna-nl.pdf", tmp_path / "anna.plan.json"
    code = main(["plan", "--catalog", str(OOST), str(noord), "--learner", str(ANNA), "--time-limit", "5",
                 "--json", str(plan_json), "--pdf", str(pdf)], out=out, err=err)
    assert code == 0, err.getvalue()
    record = json.loads(plan_json.read_text(encoding="utf-8"))["leftOut"]
    ids = {e["id"]: e for e in record}
    assert {"partner-noord:sql-praktijk"} <= set(ids)
    sql = ids["partner-noord:sql-praktijk"]
    assert sql["kind"] == "module" and sql["file"] == "partner-noord.yaml" and sql["reason"].startswith("line ")
    assert "data.sqll" in sql["reason"]
    assert any(e["kind"] == "offering" for e in record)  # the offerings of a left-out module go with it
    # circular working needs logistics planning, which only the left-out smart logistics certified
    circular = ids["partner-noord:circulair-werken"]
    assert circular["needs"] == ["partner-noord:logistiek"] and "can never start" in circular["reason"]
    text = _flat(pdf)
    # named by title, not by id (issue 23: no ids where a person reads); the file and its line say where
    assert "Left out of the catalogues" in text and "module SQL in practice, Hogeschool Noord" in text
    assert "partner-noord.yaml" in text and "(partner-noord:sql-praktijk)" not in text
    assert "can never start: it can only follow Smart logistics" in text
    assert main(["plan", "--catalog", str(OOST), str(noord), "--learner", str(ANNA), "--time-limit", "5",
                 "--pdf", str(pdf_nl), "--language", "nl"], out=io.StringIO(), err=io.StringIO()) == 0
    text_nl = _flat(pdf_nl)
    assert "Weggelaten uit de catalogi" in text_nl and "module SQL in practice," in text_nl
    assert "kan nooit beginnen: kan alleen na Smart logistics" in text_nl


def test_a_plan_on_sound_catalogues_records_nothing(tmp_path: Path) -> None:
    plan_json = tmp_path / "anna.plan.json"
    assert main(["plan", "--catalog", str(OOST), str(NOORD), "--learner", str(ANNA), "--time-limit", "5",
                 "--json", str(plan_json)], out=io.StringIO(), err=io.StringIO()) == 0
    assert json.loads(plan_json.read_text(encoding="utf-8"))["leftOut"] == []


def test_the_plan_file_keeps_the_record(tmp_path: Path) -> None:
    noord = _broken_noord(tmp_path)
    cs = load_catalogues([OOST, noord], lenient=True)
    lrn = ANNA_LEARNER()
    plan = route_solver(cs, lrn, time_limit=5).solve()
    assert plan.left_out and plan.items
    path = tmp_path / "anna.leerroute.json"
    save_plan_file(path, lrn, cs, plan)
    again = read_plan_file(path)
    assert again.plan is not None and again.plan.left_out == plan.left_out


def ANNA_LEARNER():  # noqa: N802 - reads like a constant
    from planner.load import load_learner

    return load_learner(ANNA)


def _gone_a():
    """Module b requires outcome a; the only module that certified a was left out (a cycle, say)."""
    cs = catset(catalogue(["a", "b", "c"], [module("mb", ["b"], requires="a", hours=20), module("mc", ["c"], requires="b", hours=20)],
                          [flexible("fb", "mb", 4, 5), flexible("fc", "mc", 4, 5)]))
    cs.left_out.append(LeftOut("module", "t:ma", "t", "Test", "t.yaml", "Module a", "line 3: prerequisites form a cycle",
                               ["t:a"]))
    return cs


def test_what_can_never_start_is_left_out_too_with_the_reason():
    cs = _gone_a()
    lrn = learner(outcomes=["t:c"])
    blocked = {e.id: e for e in never_start(cs, lrn)}
    assert set(blocked) == {"t:mb", "t:mc"}
    assert blocked["t:mb"].needs == ["t:ma"] and "Module a" not in blocked["t:mb"].reason
    assert "t:ma" in blocked["t:mb"].reason and "left out" in blocked["t:mb"].reason
    assert blocked["t:mc"].needs == ["t:mb"]  # its only way in can never start
    record = left_out_record(cs, lrn)
    assert [e.id for e in record] == ["t:ma", "t:mb", "t:mc"]
    plan = route_solver(cs, lrn, time_limit=5).solve()
    assert [e.id for e in plan.left_out] == ["t:ma", "t:mb", "t:mc"]


def test_a_learner_who_proves_the_way_in_can_still_start():
    cs = _gone_a()
    lrn = learner(outcomes=["t:c"], proven=[{"outcome": "t:a", "evidence": "diploma"}])
    assert never_start(cs, lrn) == []
    plan = route_solver(cs, lrn, time_limit=5).solve()
    assert plan.items and [e.id for e in plan.left_out] == ["t:ma"]


def test_the_pipeline_records_it_whatever_solver_made_the_plan():
    from planner.pipeline import PlanJob
    from planner.solver import Solver

    cs, lrn = _gone_a(), learner(outcomes=["t:c"], proven=[{"outcome": "t:a", "evidence": "diploma"}])
    job = PlanJob(cs, lrn, solver_factory=lambda cs, lrn, **kw: Solver(cs, lrn, time_limit=5, explain=False))
    outcome = job.run()
    assert outcome.plan.items and [e.id for e in outcome.plan.left_out] == ["t:ma"]
