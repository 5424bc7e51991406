"""Opening a plan file from someone else in the window: the plan is checked, never taken on trust."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from tests.ui.helpers import CATALOGUE, make_window


def saved_plan(qtbot, planned, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mail"
    folder.mkdir()
    shutil.copy(CATALOGUE, folder / "tiny.yaml")
    with qtbot.waitSignal(planned.runner.finished, timeout=20000):
        assert planned.open_catalogues([folder / "tiny.yaml"])
    target = folder / "plan.leerroute.json"
    assert planned.save_plan(target)
    return target


def test_an_edited_cost_is_shown_as_a_problem_not_as_the_route(qtbot, planned, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    """An edited cost ('€ 1') opened silently as 'best route': the plan was only checked when a catalogue changed."""
    target = saved_plan(qtbot, planned, tmp_path)
    data = json.loads(target.read_text())
    item = data["plan"]["items"][0]
    item["cost"] = 1
    for scenario in data.get("scenarios", []):
        scenario["plan"]["items"][0]["cost"] = 1
    target.write_text(json.dumps(data))
    gen = make_window(qtbot, settings)
    other = next(gen)
    try:
        assert other.open_plan(target)
        codes = [m.code for m in other.doc.plan_problems]
        assert "planfile.offering_changed" in codes
        texts = " ".join(lbl.text() for lbl in other.explanation.findChildren(QLabel))
        assert "the cost changed from €1 to €" in texts  # as the command line writes amounts in English
    finally:
        next(gen, None)


def test_an_old_plan_without_its_catalogues_is_not_checked_against_others(qtbot, planned, tmp_path, settings,
                                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With every catalogue missing, the plan was checked against the previous document's and 'passed'."""
    target = saved_plan(qtbot, planned, tmp_path)
    data = json.loads(target.read_text())
    for ref in data["catalogues"]:
        ref.pop("content", None)  # an old plan file: no copies inside
    target.write_text(json.dumps(data))
    (target.parent / "tiny.yaml").unlink()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    assert planned.doc.catalogues is not None  # catalogues of the previous document are open
    assert not planned.open_plan(target)
    assert any("catalogues of this plan are missing" in s and "tiny.yaml" in s for s in shown), shown
