"""The comparison page (planner/export/comparison.py): one A4 landscape page of the texts it is given,
the type shrinking to fit; a page that cannot fit or be written says so and writes nothing."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from planner.errors import ExportError
from planner.export.comparison import ComparisonSheet, SheetRow, render_comparison, write_comparison


def sheet(scenarios: int = 4, rows: int = 12) -> ComparisonSheet:
    names = [f"Plan {n + 1}: {8 * (n + 1)} h" for n in range(scenarios)]
    return ComparisonSheet(
        title="Scenarios compared", subtitle="Anna de Vries · made on 7 Dec 2026", scenarios=names,
        rows=[SheetRow("Done", [f"{n + 1} Aug 2027" for n in range(scenarios)], [n == 0 for n in range(scenarios)])]
        + [SheetRow(f"Measure {r}", [f"{r * 10 + n} EC" for n in range(scenarios)]) for r in range(rows)]
        + [SheetRow("Places ≠", ["Deventer, Zwolle, Enschede, Apeldoorn"] + ["any place"] * (scenarios - 1),
                    asked=True, differ=True)],
        asked_heading="What each scenario asks", notes=["“Plan 2: 16 h”: No route: your budget of €900 is too tight."],
        legend="Best value in bold.")


def test_four_scenarios_fit_one_page_with_every_text():
    pdf = PdfReader(io.BytesIO(render_comparison(sheet())))
    assert len(pdf.pages) == 1
    text = " ".join((pdf.pages[0].extract_text() or "").split())
    for words in ("Scenarios compared", "Plan 4: 32 h", "1 Aug 2027", "113 EC", "What each scenario asks",
                  "Deventer, Zwolle, Enschede, Apeldoorn", "No route: your budget of €900 is too tight."):
        assert words in text, words


def test_a_page_too_full_is_refused_and_nothing_written(tmp_path):
    target = tmp_path / "cmp.pdf"
    with pytest.raises(ExportError) as err:
        write_comparison(sheet(rows=60), target)
    assert err.value.reason == "size" and "compare fewer scenarios" in str(err.value)
    assert not target.exists()


def test_a_folder_that_is_not_there_is_named(tmp_path):
    with pytest.raises(ExportError) as err:
        write_comparison(sheet(), tmp_path / "missing" / "cmp.pdf")
    assert err.value.reason == "no_folder"
