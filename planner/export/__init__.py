"""Hand-over documents of a study plan, rendered without Qt.

:func:`planner.studyplan.build_study_plan` builds the content once, in the chosen language; the
renderers here only lay it out: :mod:`planner.export.pdf` (the printable study plan),
:mod:`planner.export.ics` (the sessions as an iCalendar file), :mod:`planner.export.csv` (one
row per module) and :mod:`planner.export.xlsx` (the same rows as a workbook with typed cells). Every label they print comes from :mod:`planner.doclabels`.
"""
