"""The study plan as a printable A4 PDF, drawn with fpdf2 — no Qt, so the command line can write it.

The layout only places what :class:`~planner.studyplan.StudyPlan` already says: a heading (learner,
goal, scenario, route status), the totals, a timeline picture (one bar per module on a month or
quarter axis, weeks without study shaded, milestones marked), the module table (its header repeated
on every page it spans), milestones, proven outcomes, assumptions with catalogue provenance, the
notes with ruled room for further agreements, and signature lines for every party. It reads in
black and white: modes differ by fill and hatching and are named in a legend and in the table.
Text is set in the bundled DejaVu Sans Condensed (Latin with Vietnamese, Greek, Cyrillic, Arabic and
Hebrew, shaped right to left), with a system font for what it lacks (:mod:`planner.export.glyphs`).
"""

from __future__ import annotations

from pathlib import Path

from planner.errors import ExportError
from planner.export import pdfparts as part
from planner.export.glyphs import UnprintableError
from planner.export.pdfpage import Document
from planner.export.pdfparts import reflow
from planner.export.pdftimeline import timeline
from planner.fileio import write_file
from planner.studyplan import StudyPlan

__all__ = ["reflow", "render_pdf", "write_pdf"]


# --------------------------------------------------------------------------- the document


def render_pdf(study_plan: StudyPlan) -> bytes:
    """The study plan as PDF bytes (A4)."""
    pdf = Document(study_plan)
    pdf.add_page()
    part.heading(pdf, study_plan)
    part.totals(pdf, study_plan)
    timeline(pdf, study_plan)
    part.modules(pdf, study_plan)
    part.how(pdf, study_plan)
    part.milestones(pdf, study_plan)
    part.proven(pdf, study_plan)
    part.assumptions(pdf, study_plan)
    part.notes(pdf, study_plan)
    part.signatures(pdf, study_plan)
    return bytes(pdf.output())


def write_pdf(study_plan: StudyPlan, path: Path | str) -> None:
    """Write the study plan as a PDF to ``path`` atomically.

    Raises :class:`~planner.errors.ExportError` when the path cannot be written, or (reason
    ``"glyphs"``) when no font at hand can draw some characters — then nothing is written.
    """
    try:
        data = render_pdf(study_plan)
    except UnprintableError as exc:
        raise ExportError(f"{path}: not written: no font at hand can draw {exc}; install a font that has them "
                          "(for example Noto Sans CJK for Chinese, Japanese or Korean) and export again",
                          str(path), "glyphs", detail=str(exc)) from None
    write_file(path, data)
