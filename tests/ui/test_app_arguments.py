"""``leerroute-gui``'s arguments agree with the command line's."""

from __future__ import annotations

from pathlib import Path

from ui.app import parse_args

CATALOGS = Path(__file__).resolve().parents[2] / "catalogs"
OOST, NOORD = CATALOGS / "hogeschool-oost.yaml", CATALOGS / "partner-noord.yaml"


def test_the_windows_catalog_option_takes_several_like_the_command_line(tmp_path):

    plan = tmp_path / "x.leerroute.json"
    plan.write_text('{"formatVersion": "1.1", "learner": {}, "catalogues": [], "plan": null}', encoding="utf-8")
    args = parse_args(["--catalog", str(OOST), str(NOORD)])
    assert [p.name for p in args.catalogs] == [OOST.name, NOORD.name]
    args = parse_args(["--catalog", str(OOST), "--catalog", str(NOORD)])
    assert [p.name for p in args.catalogs] == [OOST.name, NOORD.name]
    args = parse_args(["--catalog", str(OOST), str(plan)])  # the plan after the catalogue is a file to open
    assert [p.name for p in args.catalogs] == [OOST.name]
    assert [p.name for p in args.files] == [plan.name]


def test_the_window_opens_a_plan_file_from_the_command_line_and_names_a_route_as_data(qtbot, window, tmp_path):
    import io

    from planner.cli import main

    anna = CATALOGS / "learners" / "switcher-anna.yaml"
    saved, data = tmp_path / "anna.leerroute.json", tmp_path / "anna.plan.json"
    assert main(["plan", "--learner", str(anna), "--time-limit", "10", "--save", str(saved), "--json", str(data)],
                out=io.StringIO(), err=io.StringIO()) == 0
    assert window.open_plan(saved)
    qtbot.waitUntil(lambda: window.doc.plan is not None and bool(window.doc.plan.items), timeout=30000)
    assert window.doc.learner is not None and window.doc.learner.name == "Anna de Vries"
    assert not window.open_plan(data)
    title, text = window.last_message
    assert "not a plan file" in text and "plan --save" in text
    assert "valid dictionary" not in text
