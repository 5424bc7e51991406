"""Adapters at the edge: foreign formats in, the project's own models out.

``ooapi`` reads the Open Education API (OOAPI v5, v6) into a draft catalogue; ``badges`` reads
Open Badges 2.0 / 3.0 (and SURF edubadges extensions) into proven outcomes of a learner. Each
returns an :class:`~planner.importers.report.ImportReport` saying what was dropped or guessed,
with the JSON path of the field. Nothing inside the planner knows these formats.
"""

from planner.importers.report import ImporterError, ImportNote, ImportReport, NoteKind

__all__ = ["ImporterError", "ImportNote", "ImportReport", "NoteKind"]
