"""Lenient loading: a catalogue with broken entities still plans the goals that do not need them,
says up front what it left out and why, and names a left-out module when a goal needs it.
``check`` stays strict."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from planner.check import check_files
from planner.cli import main
from planner.errors import CatalogueError
from planner.explain import explain_infeasible
from planner.load import load_catalogues
from planner.messages import render
from planner.models import Learner
from planner.shipped import demo_catalogues, sample_learner

OOST, NOORD = demo_catalogues()
ANNA = sample_learner("switcher-anna")


def _broken_noord(tmp_path: Path) -> Path:
    """Hogeschool Noord with two broken modules: SQL requires an outcome that does not exist, and
    a corequisite written as a prerequisite makes smart logistics and circular working wait on each
    other (a two-module cycle)."""
    text = NOORD.read_text(encoding="utf-8")
    text = text.replace("    certifies: [data.sql]\n", "    certifies: [data.sql]\n    requires: data.sqll\n", 1)
    text = text.replace("    certifies: [sust.circular]\n", "    certifies: [sust.circular]\n    requires: logistics.planning\n", 1)
    text = text.replace("    certifies: [logistics.planning, logistics.warehouse]\n",
                        "    certifies: [logistics.planning, logistics.warehouse]\n    requires: sust.circular\n", 1)
    p = tmp_path / "partner-noord.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_check_still_reports_the_errors_and_exits_1(tmp_path: Path) -> None:
    noord = _broken_noord(tmp_path)
    out = io.StringIO()
    assert main(["check", str(OOST), str(noord)], out=out) == 1
    text = out.getvalue()
    assert "requires 'data.sqll', but there is no outcome 'data.sqll'" in text
    assert "prerequisites form a cycle" in text
    with pytest.raises(CatalogueError):
        load_catalogues([OOST, noord])


def test_plan_uses_everything_sound_and_says_what_it_left_out(tmp_path: Path) -> None:
    noord = _broken_noord(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    code = main(["plan", "--catalog", str(OOST), str(noord), "--learner", str(ANNA), "--time-limit", "5"], out=out, err=err)
    assert code == 0, err.getvalue()
    said = err.getvalue()
    assert said.startswith("2 modules of Hogeschool Noord (fictief / fictional) were left out: SQL in practice (partner-noord:sql-praktijk): "
                           "line "), said
    assert "requires 'data.sqll', but there is no outcome 'data.sqll'" in said
    assert "prerequisites form a cycle" in said
    # and their offerings with them
    assert "2 offerings of Hogeschool Noord (fictief / fictional) were left out" in said and "its module 'SQL in practice' was left out" in said
    assert "week" in out.getvalue()  # a route was planned


def test_the_left_out_set_keeps_everything_else(tmp_path: Path) -> None:
    cs = load_catalogues([OOST, _broken_noord(tmp_path)], lenient=True)
    assert "partner-noord:sql-praktijk" not in cs.modules
    assert "partner-noord:python-professionals" in cs.modules and "hs-oost:prog-1" not in {lo.id for lo in cs.left_out}
    assert not any(f.module == "partner-noord:sql-praktijk" for f in cs.offerings.values())
    assert {lo.id for lo in cs.left_out if lo.kind == "module"} == {"partner-noord:sql-praktijk", "partner-noord:logistiek"}
    assert cs.equivalents("partner-noord:data.sql") >= {"hs-oost:ict.db.sql"}  # equivalences are sound, so kept


def test_a_goal_that_needs_a_left_out_module_names_it(tmp_path: Path) -> None:
    noord = tmp_path / "partner-noord.yaml"
    noord.write_text(NOORD.read_text(encoding="utf-8").replace(
        "    certifies: [care.smart-home, care.smart-data]\n",
        "    certifies: [care.smart-home, care.smart-data]\n    requires: care.smart-dataa\n", 1), encoding="utf-8")
    cs = load_catalogues([OOST, noord], lenient=True)
    lrn = Learner.model_validate({"name": "Kim", "start": "2026-09-07", "hoursPerWeek": 12,
                                  "goal": "partner-noord:mc-slimme-zorg"})
    text = [render(m) for m in explain_infeasible(cs, lrn)]
    assert text[0] == "No route exists in the loaded catalogues, whatever you choose.", text
    assert any("would be certified by Smart care at home (partner-noord:slimme-zorg) of Hogeschool Noord (fictief / "
               "fictional), which was left out of the catalogue: line " in t and "'care.smart-dataa'" in t for t in text), text


def test_a_file_unusable_as_a_whole_still_stops_plan(tmp_path: Path) -> None:
    bad = tmp_path / "noord.yaml"
    text = re.sub(r'^formatVersion: "[0-9.]+"', 'formatVersion: "2.0"', NOORD.read_text(encoding="utf-8"), count=1,
                  flags=re.MULTILINE)
    assert 'formatVersion: "2.0"' in text
    bad.write_text(text, encoding="utf-8")
    err = io.StringIO()
    assert main(["plan", "--catalog", str(OOST), str(bad), "--learner", str(ANNA)], out=io.StringIO(), err=err) == 2
    assert "format version '2.0' is not supported" in err.getvalue()


def test_the_report_keeps_its_errors_when_lenient(tmp_path: Path) -> None:
    report = check_files([OOST, _broken_noord(tmp_path)], lenient=True)
    assert report.errors and report.catalogue_set is not None and len(report.catalogue_set.left_out) >= 2


def test_a_learner_who_excludes_a_left_out_module_still_plans_but_one_who_pins_it_is_told(tmp_path: Path) -> None:
    from planner.check import check_learner_file

    cs = load_catalogues([OOST, _broken_noord(tmp_path)], lenient=True)
    text = ANNA.read_text(encoding="utf-8")
    excl = tmp_path / "excl.yaml"
    excl.write_text(text + "excluded: [partner-noord:sql-praktijk]\n", encoding="utf-8")
    learner, diags = check_learner_file(excl, cs)
    assert learner is not None and not [d for d in diags if d.is_error]
    assert [d.code for d in diags] == ["left-out"]
    pin = tmp_path / "pin.yaml"
    pin.write_text(text + "pinned: [partner-noord:sql-praktijk]\n", encoding="utf-8")
    _, diags = check_learner_file(pin, cs)
    errors = [d for d in diags if d.is_error]
    assert len(errors) == 1 and "the module 'partner-noord:sql-praktijk' was left out of its catalogue" in errors[0].message


def test_a_goal_whose_only_offering_was_left_out_names_the_offering(tmp_path: Path) -> None:
    noord = tmp_path / "partner-noord.yaml"
    text = NOORD.read_text(encoding="utf-8")
    at = 0
    while "    module: slimme-zorg\n" in text[at:]:  # both offerings of 'Smart care at home' get 0 weeks
        start = text.index("    module: slimme-zorg\n", at)
        end = text.index("    weeks:", start)
        text = text[:end] + "    weeks: 0\n" + text[text.index("\n", end) + 1:]
        at = end
    noord.write_text(text, encoding="utf-8")
    cs = load_catalogues([OOST, noord], lenient=True)
    assert "partner-noord:slimme-zorg" in cs.modules and not cs.offerings_of("partner-noord:slimme-zorg")
    lrn = Learner.model_validate({"name": "Kim", "start": "2026-09-07", "hoursPerWeek": 12,
                                  "goal": "partner-noord:mc-slimme-zorg"})
    text_out = [render(m) for m in explain_infeasible(cs, lrn)]
    assert any("offering partner-noord:slimme-zorg-" in t and "of 'Smart care at home'" in t
               and "was left out of the catalogue: line " in t for t in text_out), text_out
    assert not any(t.startswith("no module in the loaded catalogues certifies") for t in text_out), text_out
