"""From the intake to the documents an advisor hands over: the names asked on the intake's last step,
a milestone left unticked, and every export format read back in Dutch and in English."""

from __future__ import annotations

import csv
import re

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QWizard

from planner.export.formats import FORMATS
from tests.ui.test_intake import action, advisor  # noqa: F401 - the fixture
from ui import handover

__all__ = ["advisor"]

QUALIFIED_ID = re.compile(r"\b[a-z0-9-]*[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*\b")


def _flat(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


@pytest.mark.parametrize(("language", "words"), [
    ("nl", {"advisor": "Studieadviseur", "aim": "streefdoel, geen eis", "sep": ";"}),
    ("en", {"advisor": "Study advisor", "aim": "aim, not a requirement", "sep": ","}),
])
def test_the_intake_reaches_every_document(qtbot, advisor, tmp_path, language, words):  # noqa: F811
    w = advisor
    action(w, "actionNewLearner").trigger()
    dialog = w.intake
    dialog.name.setText("Sam Jansen")
    dialog.goal.setCurrentIndex(dialog.goal.findText("Certificate web developer"))
    dialog.next()
    dialog.hours.setValue(20)
    dialog.next()  # the milestones are left as they are: aims, not requirements
    assert dialog.milestones and not any(cb.isChecked() for cb in dialog.milestones.values())
    for _ in range(3):
        dialog.next()
    assert dialog.currentPage().title().startswith("Step 6 of 6")
    dialog.fields.advisor.setText("Joost Mulder")
    dialog.fields.institution.setText("Leerwerkloket Twente")
    dialog.fields.employer.setText("Zorggroep Oost")
    with qtbot.waitSignal(w.runner.finished, timeout=20000):
        dialog.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not w.runner.busy)
    assert w.doc.plan is not None and w.doc.plan.items

    paths = {f.name: tmp_path / f"sam{f.extension}" for f in FORMATS}
    for f in FORMATS:
        assert handover.export(w, f, paths[f.name], language), w.last_message
    pdf = _flat(paths["pdf"])
    for name in ("Sam Jansen", "Joost Mulder", "Leerwerkloket Twente", "Zorggroep Oost", words["advisor"]):
        assert name in pdf, name
    assert words["aim"] in pdf
    with open(paths["csv"], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=words["sep"]))
    assert len(rows) == 1 + len(w.doc.plan.items) and all(len(r) == len(rows[0]) for r in rows)
    sheet = load_workbook(paths["xlsx"]).active
    assert sheet.max_row == len(rows) and sheet["E2"].is_date and sheet["J2"].data_type == "n"
    cal = Calendar.from_ical(paths["ics"].read_bytes())
    assert cal.walk("VEVENT")
    texts = [pdf, paths["csv"].read_text(encoding="utf-8-sig"),
             " ".join(str(c.value) for row in sheet.iter_rows() for c in row if isinstance(c.value, str)),
             " ".join(str(ev.get(k, "")) for ev in cal.walk("VEVENT") for k in ("SUMMARY", "DESCRIPTION"))]
    for text in texts:
        assert not QUALIFIED_ID.findall(text), QUALIFIED_ID.findall(text)
