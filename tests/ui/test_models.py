"""Every Qt item model passes pytest-qt's model tester, empty and filled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.check import check_files
from tests.ui.helpers import CATALOGUE, LEARNER
from ui.itemmodels import (
    CatalogueItemsModel,
    DiagnosticsModel,
    PlanItemsModel,
    RangesModel,
    Role,
)
from ui.outcomemodels import ProvenModel


@pytest.fixture(scope="module")
def cs():
    return check_files([CATALOGUE]).catalogue_set


@pytest.fixture(scope="module")
def learner():
    from planner.load import load_learner

    return load_learner(LEARNER)


def test_plan_items_model(qtmodeltester, planned):
    model = PlanItemsModel()
    qtmodeltester.check(model)
    model.set_plan(planned.doc.plan)
    qtmodeltester.check(model)
    assert model.rowCount() == len(planned.doc.plan.items)
    assert model.index(0, 0).data(Role.Id) in {i.module for i in planned.doc.plan.items}
    model.set_plan(None)
    qtmodeltester.check(model)


def test_diagnostics_model(qtmodeltester, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(CATALOGUE.read_text(encoding="utf-8").replace("ec: 5\n", "ec: -5\n"), encoding="utf-8")
    model = DiagnosticsModel()
    qtmodeltester.check(model)
    model.set_diagnostics(check_files([bad]).diagnostics)
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    assert model.index(0, 1).data().startswith("bad.yaml:")


@pytest.mark.parametrize("kind,rows", [("goals", 1), ("modules", 6), ("outcomes", 5)])
def test_catalogue_models(qtmodeltester, cs, kind, rows):
    model = CatalogueItemsModel(kind)
    qtmodeltester.check(model)
    model.set_catalogues(cs)
    qtmodeltester.check(model)
    assert model.rowCount() == rows


def test_proven_model_edits_go_through_a_callback(qtmodeltester, cs, learner):
    edits = []
    model = ProvenModel(lambda rows, text: edits.append((rows, text)))
    qtmodeltester.check(model)
    model.set_data(cs, learner)
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Role.Id) == "tiny:agile")
    assert model.setData(model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert edits[-1][0] == [{"outcome": "tiny:agile", "evidence": "experience"}]
    assert not model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable  # not proven yet


@pytest.mark.parametrize("field", ["exceptions", "holidays"])
def test_ranges_model(qtmodeltester, learner, field):
    edits = []
    model = RangesModel(field, lambda rows, text: edits.append(rows))
    qtmodeltester.check(model)
    model.set_learner(learner)
    qtmodeltester.check(model)
    assert model.rowCount() == len(getattr(learner, field))
