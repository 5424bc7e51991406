"""The English text of every import note code (the command line prints these; the window has the
same table under Qt's translation so the report reads in the interface language)."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "text": "{text}",
    # files and pages
    "file.not_utf8": "byte {byte} is not UTF-8 text",
    "file.not_json": "not valid JSON ({error})",
    "file.too_deep": "the JSON is nested too deeply",
    "file.too_large": "the file is {mb} MB, more than the {limit} MB read",
    "file.unreadable": "cannot open the file ({error})",
    "file.no_organisation": "no organisation in the files: give the institution with --institution",
    "field.envelope": "field '{field}' of the page is not part of OOAPI's paging envelope",
    # items
    "item.not_ooapi": "not an OOAPI course, programme, offering or learning outcome (no courseId, programmeId, "
                      "courseOfferingId/offeringId or learningOutcomeId)",
    "item.copy": "a copy of {kind} '{id}' (expanded in another item): the first one is read",
    "item.twice": "{kind} '{id}' appears twice; the first one is kept",
    "item.no_name": "{kind} '{id}' has no name in Dutch or English",
    "item.invalid": "{kind} '{id}' cannot be used: {error}",
    "item.component": "learning component '{id}' is part of a course: Leerroute plans whole courses",
    "item.unused_outcome": "learning outcome '{id}' belongs to no imported course",
    "item.unused_session": "academic session '{id}': no imported offering needs its dates",
    "field.unused": "{kind} field '{field}' has no place in a Leerroute catalogue",
    "field.unknown": "{kind} field '{field}' is not in the OOAPI specification: not read",
    "field.consumer": "consumer data ({field}) for another system, such as RIO or eduXchange: a Leerroute "
                      "catalogue has no place for it",
    "field.course_for_offerings": "the {kind}'s '{field}' is read for its offerings, and none in the files uses it",
    "field.offering_name": "the offering's {field}: the module's name and description are used",
    "field.address_rest": "the place is the city; the rest of the address ({field}) is not kept",
    "field.enrolment": "enrolment period ({field}): a Leerroute catalogue does not hold enrolment dates; the learner "
                       "enrols before the start",
    "field.session": "academic session ({field}): the offering's own dates are used",
    "field.counts": "{field}: current enrolment counts change daily and are not kept",
    # texts
    "text.no_language": "{what} without a language: taken as '{language}'",
    "text.no_language_taught": "{what} without a language: taken as the teaching language '{language}'",
    "text.language": "{what} in language '{language}': Leerroute keeps Dutch and English",
    "text.second": "a second {what} in '{language}': the first one is kept",
    "text.html": "{what} in HTML: made plain text",
    "text.cut": "{what} cut to {limit} characters",
    # study load, level, outcomes
    "load.no_value": "a study load without a positive value",
    "load.second": "a second study load ({value} {unit}): the first one is used",
    "load.sp": "study points ({value} sp) taken as {value} EC",
    "load.contact": "contact time ({value} hours) is not study load",
    "load.unit": "study load in unit '{unit}' ({value}) is not known",
    "load.assumed": "no study load in EC or hours: 1 EC (28 hours) assumed",
    "level.none": "level '{level}' has no NLQF/EQF level",
    "requirements.kept": "entry requirements kept as requirementsText: write them as 'requires'",
    "outcome.no_name": "learning outcome without a Dutch or English name",
    "outcome.no_text": "learning outcome without a Dutch or English text",
    "outcome.by_id_missing": "learning outcome '{id}' is given by id only and is not in the imported files "
                             "(import the /learning-outcomes items too)",
    "outcome.stand_in": "no learning outcomes: '{outcome}' (completed the {kind}) stands in for them; describe the "
                        "real outcomes",
    # offerings
    "component.no_date": "component offering '{id}' has no start date and time: it cannot be planned",
    "component.flexible": "component offering '{id}' has fixed dates, but its course offering '{parent}' has flexible "
                          "entry: its dates cannot be planned",
    "component.no_course_offering": "component offering '{id}' belongs to course offering '{parent}', which was not "
                                    "imported",
    "component.outside": "component offering '{id}' is dated {date}, outside its course offering '{parent}' ({first} "
                         "to {last}): it is not planned",
    "component.on_site": "online offering '{id}' has a component in {place}: it is taken as hybrid, in {place}",
    "component.weekly": "{count} {kind} sessions from {first} to {last} become the weekly session {session}",
    "offering.component": "offering '{id}' of component '{parent}' names no course offering: it cannot be planned",
    "offering.of_goal": "offering '{id}' of programme '{parent}', which became goal '{goal}': its courses' offerings "
                        "are planned",
    "offering.no_parent": "offering '{id}': its course or programme '{parent}' is not among the imported ones",
    "offering.state": "offering '{id}' is {state}: learners cannot take it",
    "offering.no_result": "offering '{id}' expects no result (resultExpected false): it certifies nothing",
    "offering.no_start": "offering '{id}' has no start date, no academic session with one and no flexible entry period",
    "entry.short": "a flexible entry period of a few days ({start} – {end}) around the start: planned as a fixed "
                   "start on {cohort}",
    "entry.dates_dropped": "start and end of a flexible offering (the entry period is used)",
    "dates.session": "no dates of its own: the academic session's dates are used (start {start})",
    "weeks.assumed": "no end date or course duration: {weeks} weeks at {per_week} hours a week assumed",
    "weeks.too_long": "{weeks} weeks is longer than Leerroute plans: 260 weeks assumed",
    "weeks.too_short": "the study load does not fit the dates at 60 hours a week: {weeks} weeks assumed",
    "hours.spread": "hoursPerWeek {per_week}: the study load ({hours} h) spread over {weeks} weeks",
    "mode.unknown": "mode of delivery '{mode}' is not known to Leerroute",
    "mode.assumed": "no known mode of delivery: '{mode}' assumed from the addresses",
    "mode.several": "several modes ({modes}): '{mode}' chosen",
    "mode.taken_as": "mode '{given}' taken as '{mode}'",
    "language.assumed": "teaching language {given}: 'nl' assumed",
    "language.also": "also taught in {languages}: Leerroute keeps one teaching language",
    "location.assumed": "no city in the addresses: location '{location}' assumed",
    "price.no_amount": "a price without a usable amount",
    "price.currency": "a price in {currency}: Leerroute plans in euros",
    "price.other": "price '{cost_type}' (€{amount}): the cost is the total price, or else the highest, '{chosen}'",
    "price.highest": "no total price: the highest price taken as the cost",
    "price.unknown": "no price published: the cost is unknown (costKnown: false), not free",
    "seats.odd": "{field} {value} is not a number of learners",
    "seats.min_above_max": "minimum {min} learners is more than the {max} seats",
    "offerings.no_sessions": "OOAPI has no weekly sessions: the offerings have none; add 'sessions' by hand",
    "module.no_offering": "module '{module}' has no offering in the imported files; add one by hand",
    # programmes
    "programme.as_module": "programme '{id}' lists no imported courses: imported as one module",
    "programme.goal": "programme '{id}' became goal '{goal}': every outcome of its {courses} courses required "
                      "(OOAPI has no choices)",
    "programme.outcomes": "a programme's own learning outcomes (the goal requires its courses' outcomes)",
    "programme.load": "a programme's own study load (its courses' loads are planned)",
}
