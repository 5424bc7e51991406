"""Every label of the hand-over documents (study plan PDF, CSV, calendar), in Dutch and English.

One table, so the two languages cannot drift apart: a test checks that every key has both. Values
written into the labels (dates, amounts) are formatted by :mod:`planner.formatting` before they
reach :func:`label`.

>>> label("footer.page", "nl", page=1, pages=3)
'pagina 1 van 3'
"""

from __future__ import annotations

from typing import Any

from planner.formatting import lang

#: label key -> {"nl": Dutch, "en": English}; parameters in braces.
LABELS: dict[str, dict[str, str]] = {
    # the document
    "doc.title": {"nl": "Studieplan", "en": "Study plan"},
    "head.learner": {"nl": "Deelnemer", "en": "Learner"},
    "head.goal": {"nl": "Doel", "en": "Goal"},
    "head.scenario": {"nl": "Scenario", "en": "Scenario"},
    "head.route": {"nl": "Route", "en": "Route"},
    "head.period": {"nl": "Periode", "en": "Period"},
    "head.advisor": {"nl": "Studieadviseur", "en": "Study advisor"},
    "head.institution": {"nl": "Instelling", "en": "Institution"},
    "head.employer": {"nl": "Werkgever", "en": "Employer"},
    "section.timeline": {"nl": "Tijdlijn", "en": "Timeline"},
    "section.modules": {"nl": "Onderdelen", "en": "Modules"},
    "section.milestones": {"nl": "Mijlpalen", "en": "Milestones"},
    "section.proven": {"nl": "Al aangetoond", "en": "Already proven"},
    "section.totals": {"nl": "Totaal", "en": "Totals"},
    "section.assumptions": {"nl": "Uitgangspunten", "en": "Assumptions"},
    "section.notes": {"nl": "Achtergrond en afspraken", "en": "Background and agreements"},
    "section.agreements": {"nl": "Aanvullende afspraken", "en": "Further agreements"},
    "section.signatures": {"nl": "Ondertekening", "en": "Signatures"},
    "notes.none": {"nl": "Geen notities.", "en": "No notes."},
    "proven.none": {"nl": "Nog niets aangetoond.", "en": "Nothing proven yet."},
    "modules.none": {"nl": "Geen onderdelen in deze route.", "en": "No modules in this route."},
    # columns (PDF table and CSV header)
    "col.title": {"nl": "Onderdeel", "en": "Module"},
    "col.offering": {"nl": "Aanbod", "en": "Offering"},
    "col.where": {"nl": "Plaats of vorm", "en": "Place or mode"},
    "col.mode": {"nl": "Vorm", "en": "Mode"},
    "col.taught": {"nl": "Onderwijs", "en": "How taught"},
    "col.assessed": {"nl": "Toetsing", "en": "How assessed"},
    "section.how": {"nl": "Hoe: onderwijs en toetsing", "en": "How: teaching and assessment"},
    "asm.how": {"nl": "Hoe ik graag leer", "en": "How I like to learn"},
    "asm.weeks_later": {"nl": "tot {n} weken later klaar daarvoor", "en": "up to {n} weeks later for that"},
    "col.place": {"nl": "Plaats", "en": "Place"},
    "col.dates": {"nl": "Periode", "en": "Dates"},
    "col.start": {"nl": "Start", "en": "Start"},
    "col.end": {"nl": "Einde", "en": "End"},
    "col.sessions": {"nl": "Bijeenkomsten", "en": "Weekly sessions"},
    "col.hours_week": {"nl": "Uren per week", "en": "Hours a week"},
    "col.ec": {"nl": "EC", "en": "EC"},
    "col.cost": {"nl": "Kosten", "en": "Cost"},
    "col.outcomes": {"nl": "Leeruitkomsten", "en": "Outcomes"},
    "col.flags": {"nl": "Bijzonderheden", "en": "Notes"},
    "col.milestone": {"nl": "Mijlpaal", "en": "Milestone"},
    "col.target": {"nl": "Streefdatum", "en": "Target date"},
    "col.reached": {"nl": "Behaald op", "en": "Reached on"},
    "col.result": {"nl": "Resultaat", "en": "Result"},
    "col.outcome": {"nl": "Leeruitkomst", "en": "Outcome"},
    "col.evidence": {"nl": "Bewijs", "en": "Evidence"},
    "col.note": {"nl": "Toelichting", "en": "Note"},
    # kinds of goal
    "goalkind.degree": {"nl": "opleiding met diploma", "en": "degree programme"},
    "goalkind.associate-degree": {"nl": "Associate degree", "en": "Associate degree"},
    "goalkind.microcredentials": {"nl": "reeks microcredentials", "en": "microcredential stack"},
    "goalkind.switch": {"nl": "omscholingstraject", "en": "career switch programme"},
    "goalkind.custom": {"nl": "eigen samenstelling", "en": "own selection"},
    "goal.outcomes": {"nl": "Eigen keuze van {n} leeruitkomsten", "en": "Own choice of {n} outcomes"},
    "goal.outcome": {"nl": "Eigen keuze van 1 leeruitkomst", "en": "Own choice of 1 outcome"},
    # evidence of proven outcomes
    "evidence.diploma": {"nl": "diploma", "en": "diploma"},
    "evidence.edubadge": {"nl": "edubadge", "en": "edubadge"},
    "evidence.evc": {"nl": "EVC (erkenning van verworven competenties)", "en": "EVC (recognised prior learning)"},
    "evidence.experience": {
        "nl": "werkervaring (aan te tonen in een EVC-assessment)",
        "en": "work experience (to show in an EVC assessment)",
    },
    # the solver's verdict in words
    "status.optimal": {"nl": "snelst mogelijke route (bewezen optimaal)", "en": "fastest possible route (proven optimal)"},
    "status.feasible": {
        "nl": "goede route; geen route is eerder klaar dan {bound} (verschil ten hoogste {gap}%)",
        "en": "good route; no route can finish before {bound} (within {gap}% of the fastest)",
    },
    "status.nothing": {
        "nl": "niets te plannen: elke leeruitkomst van het doel is al aangetoond",
        "en": "nothing to plan: every outcome of the goal is already proven",
    },
    "status.infeasible": {"nl": "geen route past bij alle wensen", "en": "no route fits all of the wishes"},
    "status.stopped": {
        "nl": "de planner stopte voordat er een route was gevonden",
        "en": "the planner stopped before a route was found",
    },
    "status.stopped_route": {
        "nl": "route gevonden binnen de tijdslimiet; mogelijk kan het sneller",
        "en": "route found within the time limit; a faster one may exist",
    },
    "status.unknown": {"nl": "onbekend of er een route is", "en": "unknown whether a route exists"},
    # module rows
    "flag.assessment": {"nl": "alleen assessment (EVC)", "en": "assessment only (EVC)"},
    "flag.microcredential": {"nl": "microcredential (edubadge)", "en": "microcredential (edubadge)"},
    "flag.pinned": {"nl": "vastgezet", "en": "pinned"},
    "sessions.none": {"nl": "geen vaste tijden", "en": "no fixed times"},
    "unit.hours": {"nl": "{n} uur", "en": "{n} hours"},
    "unit.hours_week": {"nl": "{n} uur per week", "en": "{n} hours a week"},
    "unit.ec": {"nl": "{n} EC", "en": "{n} EC"},
    "unit.weeks": {"nl": "{n} weken", "en": "{n} weeks"},
    # milestones
    "ms.met": {"nl": "op tijd", "en": "on time"},
    "ms.late": {"nl": "{n} weken te laat", "en": "{n} weeks late"},
    "ms.late_one": {"nl": "1 week te laat", "en": "1 week late"},
    "ms.not_reached": {"nl": "niet bereikt", "en": "not reached"},
    "ms.aim": {"nl": "streefdoel, geen eis", "en": "aim, not a requirement"},
    "ms.aim_later": {"nl": "later bereikt", "en": "reached later"},
    "ms.hard": {"nl": "moet gehaald worden", "en": "must be met"},
    "ms.none": {"nl": "Geen mijlpalen in deze route.", "en": "No milestones in this route."},
    # proven by an imported badge
    "proven.badge": {"nl": "Edubadge “{badge}”", "en": "Edubadge “{badge}”"},
    "proven.verified": {"nl": "handtekening gecontroleerd", "en": "signature verified"},
    "proven.unverified": {"nl": "handtekening niet gecontroleerd", "en": "signature not verified"},
    # totals
    "total.finish": {"nl": "Klaar op", "en": "Finished on"},
    "total.modules": {"nl": "Onderdelen", "en": "Modules"},
    "total.ec": {"nl": "Studielast", "en": "Study load"},
    "total.hours": {"nl": "Studie-uren", "en": "Study hours"},
    "total.cost": {"nl": "Kosten", "en": "Cost"},
    # assumptions
    "asm.start": {"nl": "Start", "en": "Start"},
    "asm.hours": {"nl": "Uren per week", "en": "Hours a week"},
    "asm.exceptions": {"nl": "Afwijkende uren", "en": "Other hours"},
    "asm.exception": {"nl": "{start} – {end}: {hours} uur per week", "en": "{start} – {end}: {hours} hours a week"},
    "asm.holidays": {"nl": "Vakanties", "en": "Holidays"},
    "asm.windows": {"nl": "Vrije momenten", "en": "Free times"},
    "asm.windows_any": {"nl": "elk moment", "en": "any time"},
    "asm.modes": {"nl": "Geaccepteerde vormen", "en": "Modes accepted"},
    "asm.places": {"nl": "Plaatsen", "en": "Places"},
    "asm.places_any": {"nl": "elke plaats", "en": "any place"},
    "asm.budget": {"nl": "Budget", "en": "Budget"},
    "asm.deadline": {"nl": "Uiterste datum", "en": "Deadline"},
    "asm.hard_milestones": {"nl": "Mijlpalen die gehaald moeten worden", "en": "Milestones that must be met"},
    "asm.pinned": {"nl": "Vastgezet", "en": "Pinned"},
    "asm.pinned_from": {"nl": "{title}, vanaf {date}", "en": "{title}, from {date}"},
    "asm.order": {"nl": "Gewenste volgorde", "en": "Order wished"},
    "asm.order_first": {"nl": "{title} als eerste", "en": "{title} first"},
    "asm.order_before": {"nl": "{title} vóór {before}", "en": "{title} before {before}"},
    "asm.excluded": {"nl": "Uitgesloten", "en": "Excluded"},
    "asm.catalogues": {"nl": "Catalogi", "en": "Catalogues"},
    "asm.catalogue": {"nl": "{title} ({id}), {institution}", "en": "{title} ({id}), {institution}"},
    "asm.published": {"nl": "gepubliceerd {date}", "en": "published {date}"},
    "asm.none": {"nl": "geen", "en": "none"},
    "asm.left_out": {"nl": "Weggelaten uit de catalogi", "en": "Left out of the catalogues"},
    "asm.left_out_entry": {"nl": "{kind} {label}, {institution} ({file}): {reason}",
                           "en": "{kind} {label}, {institution} ({file}): {reason}"},
    "asm.never_start": {"nl": "kan nooit beginnen: kan alleen na {needs}, dat niet gevolgd kan worden",
                        "en": "can never start: it can only follow {needs}, which cannot be taken"},
    "kind.outcome": {"nl": "leeruitkomst", "en": "outcome"},
    "kind.module": {"nl": "module", "en": "module"},
    "kind.offering": {"nl": "uitvoering", "en": "offering"},
    "kind.goal": {"nl": "doel", "en": "goal"},
    "kind.equivalence": {"nl": "gelijkwaardigheid", "en": "equivalence"},
    # signatures
    "party.learner": {"nl": "Deelnemer", "en": "Learner"},
    "party.advisor": {"nl": "Studieadviseur", "en": "Study advisor"},
    "party.provider": {"nl": "Opleider", "en": "Education provider"},
    "party.employer": {"nl": "Werkgever", "en": "Employer"},
    "sign.name": {"nl": "Naam", "en": "Name"},
    "sign.date": {"nl": "Datum", "en": "Date"},
    "sign.signature": {"nl": "Handtekening", "en": "Signature"},
    # page furniture
    "footer.page": {"nl": "pagina {page} van {pages}", "en": "page {page} of {pages}"},
    "footer.generated": {"nl": "Gemaakt met Leerroute op {date}", "en": "Made with Leerroute on {date}"},
    "timeline.milestone": {"nl": "mijlpaal behaald", "en": "milestone reached"},
    "timeline.no_study": {"nl": "geen studie (vakantie)", "en": "no study (holiday)"},
    "timeline.target": {"nl": "streefdatum", "en": "target date"},
    # calendar
    "ics.offering": {"nl": "Aanbod: {offering}", "en": "Offering: {offering}"},
    "ics.mode": {"nl": "Vorm: {mode}", "en": "Mode: {mode}"},
    "ics.calendar": {"nl": "Leerroute van {name}", "en": "Learning route of {name}"},
}


def label(key: str, language: str = "en", **params: Any) -> str:
    """The label ``key`` in ``language`` (Dutch or English), with ``params`` filled in.

    An unknown key is a programming error and raises :class:`KeyError`.
    """
    template = LABELS[key][lang(language)]
    return template.format(**params) if params else template
