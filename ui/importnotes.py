"""The import report in the interface language: each note's code rendered through Qt's tr().

The importers speak codes with parameters (``price.unknown``, ``field.unknown`` with ``{kind, field}``);
this table holds the English source text of every code (as in ``planner.importers.notes``) under the
translation context ``importnotes``, so the Dutch ``.qm`` file translates them. A code missing here
falls back to the planner's English, so a new code never breaks the window. JSON paths, file names
and values from the files are shown as they are, as plain text.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.importers.report import ImportNote, ImportReport, NoteKind, render_note


def _templates() -> dict[str, str]:
    # Built per call so a language switch (installTranslator) takes effect immediately.
    return {
        'text': QCoreApplication.translate("importnotes", '{text}'),
        'file.not_utf8': QCoreApplication.translate("importnotes", 'byte {byte} is not UTF-8 text'),
        'file.not_json': QCoreApplication.translate("importnotes", 'not valid JSON ({error})'),
        'file.too_deep': QCoreApplication.translate("importnotes", 'the JSON is nested too deeply'),
        'file.too_large': QCoreApplication.translate("importnotes", 'the file is {mb} MB, more than the {limit} MB read'),
        'file.unreadable': QCoreApplication.translate("importnotes", 'cannot open the file ({error})'),
        'file.no_organisation': QCoreApplication.translate("importnotes", 'no organisation in the files: give the institution with --institution'),
        'field.envelope': QCoreApplication.translate("importnotes", "field '{field}' of the page is not part of OOAPI's paging envelope"),
        'item.not_ooapi': QCoreApplication.translate("importnotes", 'not an OOAPI course, programme, offering or learning outcome (no courseId, programmeId, courseOfferingId/offeringId or learningOutcomeId)'),
        'item.copy': QCoreApplication.translate("importnotes", "a copy of {kind} '{id}' (expanded in another item): the first one is read"),
        'item.twice': QCoreApplication.translate("importnotes", "{kind} '{id}' appears twice; the first one is kept"),
        'item.no_name': QCoreApplication.translate("importnotes", "{kind} '{id}' has no name in Dutch or English"),
        'item.invalid': QCoreApplication.translate("importnotes", "{kind} '{id}' cannot be used: {error}"),
        'item.component': QCoreApplication.translate("importnotes", "learning component '{id}' is part of a course: Leerroute plans whole courses"),
        'item.unused_outcome': QCoreApplication.translate("importnotes", "learning outcome '{id}' belongs to no imported course"),
        'item.unused_session': QCoreApplication.translate("importnotes", "academic session '{id}': no imported offering needs its dates"),
        'field.unused': QCoreApplication.translate("importnotes", "{kind} field '{field}' has no place in a Leerroute catalogue"),
        'field.unknown': QCoreApplication.translate("importnotes", "{kind} field '{field}' is not in the OOAPI specification: not read"),
        'field.consumer': QCoreApplication.translate("importnotes", 'consumer data ({field}) for another system, such as RIO or eduXchange: a Leerroute catalogue has no place for it'),
        'field.course_for_offerings': QCoreApplication.translate("importnotes", "the {kind}'s '{field}' is read for its offerings, and none in the files uses it"),
        'field.offering_name': QCoreApplication.translate("importnotes", "the offering's {field}: the module's name and description are used"),
        'field.address_rest': QCoreApplication.translate("importnotes", 'the place is the city; the rest of the address ({field}) is not kept'),
        'field.enrolment': QCoreApplication.translate("importnotes", 'enrolment period ({field}): a Leerroute catalogue does not hold enrolment dates; the learner enrols before the start'),
        'field.session': QCoreApplication.translate("importnotes", "academic session ({field}): the offering's own dates are used"),
        'field.counts': QCoreApplication.translate("importnotes", '{field}: current enrolment counts change daily and are not kept'),
        'text.no_language': QCoreApplication.translate("importnotes", "{what} without a language: taken as '{language}'"),
        'text.no_language_taught': QCoreApplication.translate("importnotes", "{what} without a language: taken as the teaching language '{language}'"),
        'text.language': QCoreApplication.translate("importnotes", "{what} in language '{language}': Leerroute keeps Dutch and English"),
        'text.second': QCoreApplication.translate("importnotes", "a second {what} in '{language}': the first one is kept"),
        'text.html': QCoreApplication.translate("importnotes", '{what} in HTML: made plain text'),
        'text.cut': QCoreApplication.translate("importnotes", '{what} cut to {limit} characters'),
        'load.no_value': QCoreApplication.translate("importnotes", 'a study load without a positive value'),
        'load.second': QCoreApplication.translate("importnotes", 'a second study load ({value} {unit}): the first one is used'),
        'load.sp': QCoreApplication.translate("importnotes", 'study points ({value} sp) taken as {value} EC'),
        'load.contact': QCoreApplication.translate("importnotes", 'contact time ({value} hours) is not study load'),
        'load.unit': QCoreApplication.translate("importnotes", "study load in unit '{unit}' ({value}) is not known"),
        'load.assumed': QCoreApplication.translate("importnotes", 'no study load in EC or hours: 1 EC (28 hours) assumed'),
        'level.none': QCoreApplication.translate("importnotes", "level '{level}' has no NLQF/EQF level"),
        'requirements.kept': QCoreApplication.translate("importnotes", "entry requirements kept as requirementsText: write them as 'requires'"),
        'outcome.no_name': QCoreApplication.translate("importnotes", 'learning outcome without a Dutch or English name'),
        'outcome.no_text': QCoreApplication.translate("importnotes", 'learning outcome without a Dutch or English text'),
        'outcome.by_id_missing': QCoreApplication.translate("importnotes", "learning outcome '{id}' is given by id only and is not in the imported files (import the /learning-outcomes items too)"),
        'outcome.stand_in': QCoreApplication.translate("importnotes", "no learning outcomes: '{outcome}' (completed the {kind}) stands in for them; describe the real outcomes"),
        'offering.component': QCoreApplication.translate("importnotes", "offering '{id}' of component '{parent}' names no course offering: it cannot be planned"),
        'component.no_date': QCoreApplication.translate("importnotes", "component offering '{id}' has no start date and time: it cannot be planned"),
        'component.flexible': QCoreApplication.translate("importnotes", "component offering '{id}' has fixed dates, but its course offering '{parent}' has flexible entry: its dates cannot be planned"),
        'component.no_course_offering': QCoreApplication.translate("importnotes", "component offering '{id}' belongs to course offering '{parent}', which was not imported"),
        'component.outside': QCoreApplication.translate("importnotes", "component offering '{id}' is dated {date}, outside its course offering '{parent}' ({first} to {last}): it is not planned"),
        'component.on_site': QCoreApplication.translate("importnotes", "online offering '{id}' has a component in {place}: it is taken as hybrid, in {place}"),
        'component.weekly': QCoreApplication.translate("importnotes", "{count} {kind} sessions from {first} to {last} become the weekly session {session}"),
        'offering.of_goal': QCoreApplication.translate("importnotes", "offering '{id}' of programme '{parent}', which became goal '{goal}': its courses' offerings are planned"),
        'offering.no_parent': QCoreApplication.translate("importnotes", "offering '{id}': its course or programme '{parent}' is not among the imported ones"),
        'offering.state': QCoreApplication.translate("importnotes", "offering '{id}' is {state}: learners cannot take it"),
        'offering.no_result': QCoreApplication.translate("importnotes", "offering '{id}' expects no result (resultExpected false): it certifies nothing"),
        'offering.no_start': QCoreApplication.translate("importnotes", "offering '{id}' has no start date, no academic session with one and no flexible entry period"),
        'entry.short': QCoreApplication.translate("importnotes", 'a flexible entry period of a few days ({start} – {end}) around the start: planned as a fixed start on {cohort}'),
        'entry.dates_dropped': QCoreApplication.translate("importnotes", 'start and end of a flexible offering (the entry period is used)'),
        'dates.session': QCoreApplication.translate("importnotes", "no dates of its own: the academic session's dates are used (start {start})"),
        'weeks.assumed': QCoreApplication.translate("importnotes", 'no end date or course duration: {weeks} weeks at {per_week} hours a week assumed'),
        'weeks.too_long': QCoreApplication.translate("importnotes", '{weeks} weeks is longer than Leerroute plans: 260 weeks assumed'),
        'weeks.too_short': QCoreApplication.translate("importnotes", 'the study load does not fit the dates at 60 hours a week: {weeks} weeks assumed'),
        'hours.spread': QCoreApplication.translate("importnotes", 'hoursPerWeek {per_week}: the study load ({hours} h) spread over {weeks} weeks'),
        'mode.unknown': QCoreApplication.translate("importnotes", "mode of delivery '{mode}' is not known to Leerroute"),
        'mode.assumed': QCoreApplication.translate("importnotes", "no known mode of delivery: '{mode}' assumed from the addresses"),
        'mode.several': QCoreApplication.translate("importnotes", "several modes ({modes}): '{mode}' chosen"),
        'mode.taken_as': QCoreApplication.translate("importnotes", "mode '{given}' taken as '{mode}'"),
        'language.assumed': QCoreApplication.translate("importnotes", "teaching language {given}: 'nl' assumed"),
        'language.also': QCoreApplication.translate("importnotes", 'also taught in {languages}: Leerroute keeps one teaching language'),
        'location.assumed': QCoreApplication.translate("importnotes", "no city in the addresses: location '{location}' assumed"),
        'price.no_amount': QCoreApplication.translate("importnotes", 'a price without a usable amount'),
        'price.currency': QCoreApplication.translate("importnotes", 'a price in {currency}: Leerroute plans in euros'),
        'price.other': QCoreApplication.translate("importnotes", "price '{cost_type}' (€{amount}): the cost is the total price, or else the highest, '{chosen}'"),
        'price.highest': QCoreApplication.translate("importnotes", 'no total price: the highest price taken as the cost'),
        'price.unknown': QCoreApplication.translate("importnotes", 'no price published: the cost is unknown (costKnown: false), not free'),
        'seats.odd': QCoreApplication.translate("importnotes", '{field} {value} is not a number of learners'),
        'seats.min_above_max': QCoreApplication.translate("importnotes", 'minimum {min} learners is more than the {max} seats'),
        'offerings.no_sessions': QCoreApplication.translate("importnotes", "OOAPI has no weekly sessions: the offerings have none; add 'sessions' by hand"),
        'module.no_offering': QCoreApplication.translate("importnotes", "module '{module}' has no offering in the imported files; add one by hand"),
        'programme.as_module': QCoreApplication.translate("importnotes", "programme '{id}' lists no imported courses: imported as one module"),
        'programme.goal': QCoreApplication.translate("importnotes", "programme '{id}' became goal '{goal}': every outcome of its {courses} courses required (OOAPI has no choices)"),
        'programme.outcomes': QCoreApplication.translate("importnotes", "a programme's own learning outcomes (the goal requires its courses' outcomes)"),
        'programme.load': QCoreApplication.translate("importnotes", "a programme's own study load (its courses' loads are planned)"),
    }


def _kinds() -> dict[NoteKind, str]:
    return {
        NoteKind.DROPPED: QCoreApplication.translate("importnotes", "not kept"),
        NoteKind.GUESSED: QCoreApplication.translate("importnotes", "guessed"),
        NoteKind.KEPT: QCoreApplication.translate("importnotes", "kept as text"),
        NoteKind.SKIPPED: QCoreApplication.translate("importnotes", "skipped"),
    }


def _shown(params: dict[str, Any]) -> dict[str, Any]:
    return {k: f"{v:g}" if isinstance(v, float) else v for k, v in params.items()}


def note_text(note: ImportNote) -> str:
    """Why, in the interface language."""
    template = _templates().get(note.code)
    if template is None:
        return render_note(note.code, note.args)
    try:
        return template.format(**_shown(note.args))
    except (KeyError, IndexError, ValueError):
        return render_note(note.code, note.args)


def note_line(note: ImportNote) -> str:
    """One line: file, JSON path, what happened, why."""
    return f"{note.file} {note.path}: {_kinds()[note.kind]}: {note_text(note)}"


def summary(report: ImportReport) -> str:
    """What was imported and how many notes of each kind, in the interface language."""
    what = {"modules": QCoreApplication.translate("importnotes", "{n} modules"),
            "outcomes": QCoreApplication.translate("importnotes", "{n} outcomes"),
            "offerings": QCoreApplication.translate("importnotes", "{n} offerings"),
            "goals": QCoreApplication.translate("importnotes", "{n} goals"),
            "badges": QCoreApplication.translate("importnotes", "{n} badges")}
    made = ", ".join(what.get(k, k + " {n}").format(n=n) for k, n in report.counts.items() if n)
    nothing = QCoreApplication.translate("importnotes", "nothing")
    text = QCoreApplication.translate("importnotes", "Imported: {what}.").format(what=made or nothing)
    kinds = Counter(n.kind for n in report.notes)
    if kinds:
        text += " " + ", ".join(f"{n} × {_kinds()[k]}" for k, n in sorted(kinds.items())) + "."
    return text


def report_text(report: ImportReport, limit: int = 3000) -> str:
    """The report: the summary, then each note on a line of its own — the first ``limit`` of them,
    and how many more the draft's header lists (a dialog with 100,000 lines would not open)."""
    lines = [summary(report), *(note_line(n) for n in report.notes[:limit])]
    if len(report.notes) > limit:
        lines.append(QCoreApplication.translate(
            "importnotes", "… and {n} more notes: the draft catalogue's header lists every one").format(
                n=len(report.notes) - limit))
    return "\n".join(lines)
