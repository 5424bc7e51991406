"""Message codes and their English templates.

The planner speaks in :class:`~planner.plan.Message` objects: a stable code plus parameters. The
command line renders them with :func:`render`; the desktop app renders the same codes through Qt's
``tr()`` so they can be shown in Dutch too. Add a code here before using it.

Parameters are plain values that each face writes in its language: a mode ("campus"), weekly times
({"day": "sat", "start": "09:30", "end": "15:30"}), lists ("titles" in quotes, joined with "and";
"modes" with "or"), numbers, ISO dates, amounts (:func:`value_text`). A text that counts has a
second template for one, ``code + ONE`` ("1 week later"), chosen by the parameter :data:`COUNTED`
names: add both, and the count to :data:`COUNTED`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from planner.facettypes import label
from planner.formatting import date, join_words, mode_label, money, number, times_label
from planner.plan import Message

#: Message parameters that hold an amount in euros.
MONEY = frozenset({"cost", "budget"})
#: Message parameters that hold a mode of delivery ("campus") or a list of them: written in words.
MODE_PARAMS = frozenset({"mode", "modes", "more_modes"})
#: Message parameters that hold weekly times ({"day": "sat", "start": "09:30", "end": "15:30"}) or a list of them.
TIMES_PARAMS = frozenset({"times", "session", "window", "windows"})
#: List parameters written as "A, B or C" (the others as "A, B and C").
OR_LISTS = frozenset({"modes"})
#: Parameters that hold a list of messages written as one phrase, "A, B and C" (other lists of messages: "A; B; C").
MESSAGE_PHRASES = frozenset({"offers"})
#: List parameters of titles, each written in quotes: "'A', 'B' and 'C'".
TITLE_LISTS = frozenset({"titles"})
#: Marks the text of a counted message for exactly one: ``TEMPLATES[code + ONE]`` ("1 week later"),
#: chosen when the parameter :data:`COUNTED` names is 1. (Dutch and English have one plural form.)
ONE = "#one"
#: The parameter a message's text counts, per code that has a text for one.
COUNTED: dict[str, str] = {"milestone.late": "late", "infeasible.hours": "hours", "reason.hours": "hours",
                           "group.hours": "hours", "facets.later": "weeks", "invalid.choice": "n",
                           "invalid.choice_modules": "n"}
#: Message parameters that hold a facet, or a value of one, of how a module is taught (docs/hoe.md).
FACET_PARAMS = frozenset({"facet", "value"})
#: Dates among message parameters are ISO strings (2027-07-02), so that plans stay plain JSON.
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: English template per message code; parameters in braces.
TEMPLATES: dict[str, str] = {
    # why a module is in the route
    "why.goal": "certifies '{outcome_title}', which your goal requires",
    "why.choice": "certifies '{outcome_title}', one of your choices in '{group_title}'",
    "why.milestone": "needed for milestone '{milestone_title}' (week {week} of your route)",
    "why.prerequisite": "'{module_title}' later in your route requires '{outcome_title}'",
    "why.corequisite": "'{module_title}' in your route needs '{outcome_title}' before or alongside it",
    "why.credits": "its {ec} EC count towards the {rule} that '{module_title}' later in your route requires",
    "why.choice_count": "its {ec} EC count towards '{group_title}', which asks for {need}",
    "why.pinned": "you pinned it",
    "why.pinned_start": "you pinned it to start on {date}",
    "why.proven_badge": "'{outcome_title}' is not planned: your edubadge '{badge}' ({issuer}, {issued_on}) proves it "
    "(signature not verified)",
    "why.proven_badge_verified": "'{outcome_title}' is not planned: your edubadge '{badge}' ({issuer}, {issued_on}) "
    "proves it (signature verified)",
    # loading
    "load.left_out_one": "1 {what} of {institution} was left out: {items}",
    "load.left_out": "{count} {what} of {institution} were left out: {items}",
    # milestones
    "milestone.met": "milestone '{title}' reached in week {week} of your route (target: week {target})",
    "milestone.late": "milestone '{title}' reached in week {week} of your route, {late} weeks after its target (week {target})",
    "milestone.late#one": "milestone '{title}' reached in week {week} of your route, 1 week after its target (week {target})",
    # status
    "status.optimal": "the fastest possible route: proven optimal",
    "status.feasible": "a good route; the fastest possible finish is at least week {bound} of your route (gap {gap_pct}%)",
    "status.stopped": "stopped before a route was found",
    "status.nothing": "you have already proven every outcome of the goal: nothing to plan",
    "status.no_route_found": "no route found in {seconds} s, and none proven impossible either: give the planner more time",
    # why no route exists
    "infeasible.summary": "No route fits all of your wishes. These choices together make it impossible:",
    "infeasible.summary_needed": "No route fits all of your wishes. These choices together make it impossible, and "
    "each one is needed (without it, the others kept, a route exists):",
    "infeasible.summary_smallest": "No route fits all of your wishes. This is the smallest set of your choices that "
    "conflict (each one is needed, and no fewer choices conflict):",
    "infeasible.catalogue": "No route exists in the loaded catalogues, whatever you choose.",
    "infeasible.uncertified": "no module in the loaded catalogues certifies '{outcome_title}'",
    "infeasible.unreachable": "'{outcome_title}' cannot be reached: every module that certifies it needs "
    "something that cannot be reached ({missing})",
    "infeasible.left_out": "'{outcome_title}' would be certified by {module} of {institution}, which was left out "
    "of the catalogue: {reason}",
    "infeasible.offering_left_out": "'{outcome_title}': offering {offering} of '{module}' ({institution}) was left "
    "out of the catalogue: {reason}",
    "infeasible.goal_left_out": "the goal '{goal}' was left out of the catalogue: {reason}",
    "infeasible.credits": "'{outcome_title}' cannot be reached: the modules that certify it need {credits} completed, "
    "more than the modules you can take add up to",
    "infeasible.choice_count": "choice '{group_title}' asks for {need}, but the modules you can take give only {have}",
    "infeasible.no_offering": "'{outcome_title}' is only offered as {offers}, and that does not work for you: {reasons}",
    "infeasible.offered_only": "'{outcome_title}' is only offered {offers}, and none of these works for you: {reasons}",
    # an offering as named in infeasible.offered_only; {times} are its weekly sessions
    "offer.online": "online",
    "offer.online_times": "online ({times})",
    "offer.place": "{mode} in {place}",
    "offer.place_times": "{mode} in {place} ({times})",
    "infeasible.too_slow": "the earliest possible finish is {finish_date} (week {finish} of your route), after your deadline "
    "({deadline})",
    "infeasible.hours": "with {hours} hours a week the modules you need do not fit in time",
    "infeasible.hours#one": "with 1 hour a week the modules you need do not fit in time",
    "infeasible.budget": "the cheapest route costs {cost}, more than your budget of {budget}",
    "infeasible.pin": "pinned '{title}' cannot be part of a route together with your other wishes",
    "infeasible.order_first": "'{title}' cannot come first together with your other wishes",
    "infeasible.order_before": "'{title}' cannot come before '{before_title}' together with your other wishes",
    "infeasible.pin_start": "pinned '{title}' cannot start on {date} together with your other wishes",
    "infeasible.milestone": "milestone '{title}' cannot be reached by week {week} of your route",
    "infeasible.goal_unknown": "the goal '{goal}' is not in the loaded catalogues",
    "infeasible.too_slow_found": "the earliest finish found is {finish_date} (week {finish} of your route), after your deadline ({deadline}); an earlier one may exist",
    "explain.out_of_time": "No route fits all of your wishes, but there was no time left to find out which of them are to blame; give the planner more time.",
    "explain.needed_some": "shown to be needed (without it, the others kept, a route exists): {needed}; the time "
    "given did not show whether the others are",
    "explain.needed_none": "the time given did not show which of these choices are needed",
    "explain.incomplete": "not every change could be checked in the time given; with more time there may be more suggestions",
    # reasons an offering is not usable (joined into infeasible.no_offering)
    "reason.mode": "you do not study {mode}",
    "reason.modes": "you do not study {modes}",
    "reason.place": "{place} is not one of your places",
    "reason.window": "its session on {session} is outside your free time",
    "reason.time_off": "its {what} on {date} falls in your time off",
    "reason.budget": "costs more than your budget",
    "reason.excluded": "you excluded it",
    "reason.excluded_titles": "you excluded {titles}",
    "reason.dates": "it has no start date between your start and your deadline",
    "reason.hours": "it needs {hours} hours a week, more than you have",
    "reason.hours#one": "it needs 1 hour a week, more than you have",
    "reason.no_claim": "it is an assessment of prior learning, and you claim no experience in what it assesses",
    "reason.facet_never": "its {facet} is {value}, which you never want",
    "reason.facet_must": "its {facet} is not {value}, which you must have",
    # groups of learner choices
    "group.hours": "your {hours} hours a week",
    "group.hours#one": "your 1 hour a week",
    "group.holidays": "your holidays and busy periods",
    "group.deadline": "your deadline of {deadline}",
    "group.modes": "studying only {modes}",
    "group.places": "only the places {places}",
    "group.availability": "your free times ({windows})",
    "group.budget": "your budget of {budget}",
    "group.pinned": "the modules you pinned",
    "group.excluded": "the modules you excluded",
    "group.order": "the order you wished for modules",
    "group.order_wishes": "the order you wished: {wishes}",
    "group.pinned_starts": "the start dates you pinned",
    "order.first": "'{title}' first",
    "order.before": "'{title}' before '{before_title}'",
    "group.pinned_titles": "the modules you pinned: {titles}",
    "group.excluded_titles": "the modules you excluded: {titles}",
    "group.milestones": "the milestones you made hard ({milestones})",
    "group.facets": "how you want to learn ({wishes})",
    "facets.later": "{weeks} weeks later than the fastest route (week {fastest} of your route), for how you like to learn",
    "facets.later#one": "1 week later than the fastest route (week {fastest} of your route), for how you like to learn",
    "facets.met": "{pct}% of your preferences on how you learn are met (weighed by EC)",
    "wish.must": "{facet} must be {value}",
    "wish.never": "never {value}",
    "wish.prefer": "preferably {value}",
    "wish.avoid": "preferably no {value}",
    # suggestions (each checked to give a route); params include finish_week, finish (finish.*) and patch
    "suggest.mode": "also study {mode}: {finish}",
    "suggest.place": "add {place} to your places: {finish}",
    "suggest.places_any": "allow any place: {finish}",
    "suggest.window": "add {window} to your free times (just the hours of that session): {finish}",
    "suggest.availability_any": "allow sessions at any time: {finish}",
    "suggest.hours": "+{extra} h/week ({hours} h), the fewest that work: {finish}",
    "suggest.hours_found": "+{extra} h/week ({hours} h) works; fewer may, but not {lower} h or fewer: {finish}",
    "suggest.hours_some": "+{extra} h/week ({hours} h) works; fewer may: {finish}",
    "suggest.holidays": "study during your holidays and busy periods: {finish}",
    "suggest.deadline": "move your deadline to {deadline}, the earliest that works: {finish}",
    "suggest.deadline_found": "a deadline of {deadline} works; an earlier one may, but not {lower} or earlier: {finish}",
    "suggest.deadline_some": "a deadline of {deadline} works; an earlier one may: {finish}",
    "suggest.budget": "raise your budget to {budget}, the least that works: {finish}",
    "suggest.budget_found": "a budget of {budget} works; less may, but not {lower} or less: {finish}",
    "suggest.budget_some": "a budget of {budget} works; less may: {finish}",
    "suggest.budget_fastest": "raise your budget to {budget}, what the fastest route found costs: {finish}",
    "suggest.unpin": "unpin '{title}': {finish}",
    "suggest.unexclude": "stop excluding '{title}': {finish}",
    "suggest.unorder": "drop the wish {wish}: {finish}",
    "suggest.unpin_start": "let '{title}' start on another date than {date}: {finish}",
    "suggest.soft_milestone": "make milestone '{title}' a target instead of a must: {finish}",
    "suggest.facet_never": "accept {facet} {value} when there is no other way (avoid instead of never): {finish}",
    "suggest.facet_must": "prefer {facet} {value} instead of requiring it: {finish}",
    "suggest.combined": "together — {changes}: {finish}",
    # the finish of a suggestion's route, and whether it is proven the earliest with that change
    "finish.proven": "finish in week {week}, the earliest with this change (proven)",
    "finish.found": "finish in week {week}; with this change an earlier finish may exist",
    "finish.week": "finish in week {week}",
    # (with the date the route's last week ends)
    "finish.proven_on": "finish on {date} (week {week} of your route), the earliest with this change (proven)",
    "finish.found_on": "finish on {date} (week {week} of your route); with this change an earlier finish may exist",
    # the changes a combined suggestion makes (each also offered alone as suggest.*)
    "change.mode": "also study {mode}",
    "change.modes": "also study {more_modes}",
    "change.modes_any": "allow every mode of study",
    "change.place": "add {place} to your places",
    "change.places_any": "allow any place",
    "change.window": "add {window} to your free times (just the hours of that session)",
    "change.availability_any": "allow sessions at any time",
    "change.hours": "+{extra} h/week ({hours} h), the fewest that work",
    "change.hours_found": "+{extra} h/week ({hours} h; fewer may work, but not {lower} h or fewer)",
    "change.hours_some": "+{extra} h/week ({hours} h; fewer may work)",
    "change.holidays": "study during your holidays and busy periods",
    "change.deadline": "move your deadline to {deadline}, the earliest that works",
    "change.deadline_found": "move your deadline to {deadline} (an earlier one may work, but not {lower} or earlier)",
    "change.deadline_some": "move your deadline to {deadline} (an earlier one may work)",
    "change.budget": "raise your budget to {budget}, the least that works",
    "change.budget_found": "raise your budget to {budget} (less may work, but not {lower} or less)",
    "change.budget_some": "raise your budget to {budget} (less may work)",
    "change.budget_fastest": "raise your budget to {budget}, what the fastest route found costs",
    "change.unpin": "unpin '{title}'",
    "change.unpin_all": "unpin every module",
    "change.unexclude": "stop excluding '{title}'",
    "change.unexclude_all": "stop excluding modules",
    "change.unorder": "drop the wish {wish}",
    "change.unorder_all": "drop every wish about the order of modules",
    "change.unpin_start": "let '{title}' start on another date than {date}",
    "change.unpin_starts_all": "let every pinned module start on any date",
    "change.soft_milestone": "make milestone '{title}' a target instead of a must",
    "change.facet_never": "accept {facet} {value} when there is no other way (avoid instead of never)",
    "change.facet_must": "prefer {facet} {value} instead of requiring it",
    "change.facets_soft": "make every must and never on how you learn a preference",
    "change.soft_milestones": "make every milestone a target instead of a must",
    # validator findings
    "invalid.unknown_offering": "offering '{offering}' is not in the catalogues",
    "invalid.module_twice": "module '{module}' is in the route more than once",
    "invalid.start": "'{module}' starts in week {week} of the route, which is not a start of offering '{offering}'",
    "invalid.duration": "'{module}' runs {weeks} weeks in the plan but its offering runs {expected} weeks",
    "invalid.prerequisite": "'{module}' starts in week {week} of the route, before its prerequisites are met",
    "invalid.capacity": "week {week} of the route needs {load} hours, more than the {capacity} available",
    "invalid.clash": "sessions of '{a}' and '{b}' clash in week {week} of the route",
    "invalid.window": "a session of '{module}' ({session}) is outside the free times",
    "invalid.time_off": "'{module}' has a {what} on {date}, in the learner's time off",
    "invalid.mode": "'{module}' is {mode}, which the learner does not accept",
    "invalid.place": "'{module}' is in {place}, not one of the learner's places",
    "invalid.budget": "the route costs {cost}, more than the budget of {budget}",
    "invalid.deadline": "'{module}' ends {end}, after the deadline {deadline}",
    "invalid.facet_never": "'{module}' has {facet} {value}, which the learner never wants",
    "invalid.facet_must": "'{module}' does not have {facet} {value}, which the learner must have",
    "invalid.goal": "the route does not gain '{outcome}', which the goal requires",
    "invalid.choice": "the route gains {have} of the {n} outcomes needed for choice '{group}'",
    "invalid.choice#one": "the route does not gain the 1 outcome needed for choice '{group}'",
    "invalid.choice_modules": "the route has {have} of the {n} modules needed for choice '{group}'",
    "invalid.choice_modules#one": "the route does not have the 1 module needed for choice '{group}'",
    "invalid.choice_ec": "the route has {have} EC of the {need} EC needed for choice '{group}'",
    "invalid.milestone": "hard milestone '{milestone}' is reached in week {week} of the route, after week {target}",
    "invalid.pinned": "pinned '{ref}' is not in the route",
    "invalid.excluded": "excluded '{ref}' is in the route",
    "invalid.order": "'{module}' ends in week {end} of the route, after '{other}' starts (week {week}), against the order wished",
    "invalid.pinned_start": "pinned '{ref}' starts in week {week}, not in week {pinned} as pinned",
    "invalid.pinned_start_missing": "'{ref}', pinned to start in week {pinned}, is not in the route",
    "invalid.assessment": "'{module}' is an assessment of prior learning, but the learner claims no experience in it",
    "invalid.totals": "the totals do not match the modules ({field}: {have} instead of {expected})",
    # badges imported as proof
    "badge.proves": "'{badge}' ({file}) proves '{outcome_title}'",
    "badge.unmatched": "'{badge}' ({file}) proves nothing in the loaded catalogues: no catalogue declares its badge "
    "class ({badge_class}) and none of its {alignments} alignments names a catalogue outcome",
    "badge.revoked": "'{badge}' ({file}) is not used: the issuer revoked it",
    "badge.expired": "'{badge}' ({file}) is not used: it expired on {expires}",
    "badge.unreadable": "{file} cannot be read as a badge: {error}",
    "badge.recipient_mismatch": "'{badge}' ({file}) is not used: it was issued to someone else (its recipient, "
    "{recipient}, is none of the e-mail addresses in the learner file)",
    "badge.recipient_unchecked": "'{badge}' ({file}): recipient not compared ({recipient})",
    "badge.recipient_none": "'{badge}' ({file}): recipient not compared: the badge names no recipient",
    "badge.recipient_no_email": "'{badge}' ({file}): recipient not compared: the learner file lists no e-mail address "
    "(the badge names {recipient})",
    "badge.status_unchecked": "'{badge}' ({file}): revocation not checked: status list at {url} (Leerroute makes no "
    "network calls)",
    "badge.credit_hours": "'{badge}' ({file}): {credits} credits available are credit hours (Open Badges 3.0), "
    "not taken as EC",
    "badge.ob1": "{file} is an Open Badges 1.x badge, which Leerroute does not read: ask the issuer or your backpack "
    "for an Open Badges 2.0 or 3.0 export",
    "badge.legacy_png": "{file}: the badge is baked in a legacy tEXt chunk, as Open Badges 1.x did ({text}): ask the "
    "issuer or your backpack for an Open Badges 2.0 or 3.0 export",
    "badge.link_only": "{file} holds only a link to the badge ({url}); Leerroute makes no network calls: download the "
    "badge's JSON from its issuer and import that file",
    "badge.svg_doctype": "{file}: the SVG declares a DTD (DOCTYPE) or entities, which Leerroute does not read",
    "badge.not_baked": "{file}: the {image} image holds no baked badge",
    # progress toward the goal: why a requirement is missing (planner.progress)
    "progress.no_module": "No module in the catalogues teaches it.",
    "progress.excluded": "Every module that teaches it is excluded.",
    "progress.not_planned": "Not planned yet.",
    "progress.no_route": "No route fits your wishes.",
    "progress.not_in_route": "Not in this route.",
    # a bar dropped on the timeline at a week that cannot work (nothing changes)
    "drop.busy": "'{title}' cannot start on {date}: the week of {busy} has {free} study hours, and it needs {need} a week",
    "drop.prerequisite": "'{title}' cannot start on {date}: it needs {outcomes} first, which your route gives later",
    "drop.needs": "'{outcome_title}'",
    "drop.credits": "'{title}' cannot start on {date}: the modules it needs completed first end later in your route",
    "drop.no_offering": "'{title}' has no offering that can start on {date}",
    # plan files checked against the catalogues as they are now
    "planfile.catalogue_changed": "The catalogue “{id}” ({path}) changed since this plan was saved; the plan was checked again.",
    "planfile.catalogue_missing": "The catalogue “{id}” ({path}) is missing; open it from its new place and plan again.",
    "planfile.offering_missing": "The offering of “{title}” in this plan ({offering}) is no longer in the catalogue.",
    "planfile.offering_changed": "“{title}”: the {field} changed from {old} to {new}.",
    "planfile.catalogue_differs": "The catalogue “{id}” ({path}) is not the one this plan was made with; the plan "
    "uses the copy saved in it. What changed is listed below; re-plan to use the new catalogue.",
    "verify.no_route": "The plan file holds no route, so there is nothing that could hold; plan again and save.",
    "verify.unusable": "The plan cannot be recomputed from the catalogues and the learner: {error}",
    "planfile.update_broken": "A newer catalogue beside this plan cannot be used: {error}",
    "planfile.facts_unified": "The scenarios in this file had different facts about the learner (it was saved by an "
                              "older version); every scenario now has those of “{name}” and is planned again.",
    "planfile.diff": "“{id}”, {kind}: {added} added, {removed} removed, {changed} changed ({names})",
    "planfile.republished": "“{id}” was published on {old}; the new one on {new}.",
}


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


#: Suggestions saved before they said whether they are the least claim only that they work.
_ONLY_WORKS = {f"{kind}.{what}": f"{kind}.{what}_some" for kind in ("suggest", "change") for what in ("deadline", "hours", "budget")}


def with_finish(msg: Message) -> Message:
    """A suggestion saved before suggestions said whether they are the least and their finish proven
    (no ``finish`` parameter): it claims that it works, and its finish week as a plain ``finish.week``."""
    if not msg.code.startswith("suggest.") or "finish" in msg.params or "finish_week" not in msg.params:
        return msg
    params = {**msg.params, "finish": {"code": "finish.week", "params": {"week": msg.params["finish_week"]}}}
    changes = params.get("changes")
    if isinstance(changes, list):
        params["changes"] = [dict(c, code=_ONLY_WORKS.get(str(c.get("code")), c.get("code"))) if isinstance(c, dict) else c
                             for c in changes]
    return Message(code=_ONLY_WORKS.get(msg.code, msg.code), params=params)


#: Weekly times as messages wrote them before they were values: 'sat 09:00–16:00 (every 2 weeks)'.
_OLD_TIMES = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun) (\d\d:\d\d)–(\d\d:\d\d)(?: \(every (\d+) weeks\))?")


def template_code(msg: Message) -> str:
    """The key of a message's text in :data:`TEMPLATES`: its code, or the code's text for one
    (``code + ONE``) when the parameter it counts is 1."""
    counted = COUNTED.get(msg.code)
    if counted is not None and msg.params.get(counted) == 1 and msg.code + ONE in TEMPLATES:
        return msg.code + ONE
    return msg.code


def value_text(key: str, value: Any, language: str) -> str | None:
    """A parameter's value in words (a mode, weekly times, a list, a number), or None when it is
    none of these (a text, a nested message): what every face writes the same way."""
    if key in MODE_PARAMS:
        if isinstance(value, str):  # (saved before modes were lists: "campus, online")
            return ", ".join(mode_label(v, language) for v in value.split(", "))
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return join_words([mode_label(v, language) for v in value], language, "or" if key in OR_LISTS else "and")
    if key in TIMES_PARAMS:
        if isinstance(value, str) and _OLD_TIMES.match(value):  # (saved as text: "sat 09:00–16:00, mon …")
            return _OLD_TIMES.sub(lambda m: times_label({"day": m[1], "start": m[2], "end": m[3],
                                                         "every_weeks": int(m[4] or 1)}, language), value)
        if isinstance(value, dict) and "day" in value:
            return times_label(value, language)
        if isinstance(value, list) and value and all(isinstance(v, dict) and "day" in v for v in value):
            return ", ".join(times_label(v, language) for v in value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        items = [f"'{v}'" for v in value] if key in TITLE_LISTS else [str(v) for v in value]
        return join_words(items, language, "or" if key in OR_LISTS else "and")
    if isinstance(value, float) and not isinstance(value, bool):
        return number(value, language)
    return None


def render(msg: Message, language: str = "en") -> str:
    """Render a message in English (the desktop app translates the same codes through Qt)."""
    msg = with_finish(msg)
    template = TEMPLATES.get(template_code(msg))
    if template is None:
        return f"{msg.code} {msg.params}" if msg.params else msg.code
    params = {k: _render_param(v, language, k) for k, v in msg.params.items() if k != "patch"}
    if msg.code == "planfile.offering_changed" and params.get("field") == "cost":
        params.update({k: _render_param(msg.params.get(k), language, "cost") for k in ("old", "new")})
    try:
        return template.format_map(_Default(params))
    except (ValueError, TypeError, KeyError):
        return template.format_map(_Default({k: str(v) for k, v in params.items()}))


def _render_param(value: Any, language: str, key: str = "") -> Any:
    """Amounts and dates written as in the rest of the command line; nested messages (dicts with
    a code, or lists of them) rendered and joined."""
    if key in MONEY and isinstance(value, int | float) and not isinstance(value, bool):
        return money(value, language)
    if key in FACET_PARAMS and isinstance(value, str):
        return label(value, language)
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        return date(dt.date.fromisoformat(value), language)  # the planner's parameters hold ISO dates
    words = value_text(key, value, language)
    if words is not None:
        return words
    if isinstance(value, dict) and "code" in value:
        return render(Message.model_validate(value), language)
    if isinstance(value, list) and value and all(isinstance(v, dict) and "code" in v for v in value):
        texts = [render(Message.model_validate(v), language) for v in value]
        return join_words(texts, language) if key in MESSAGE_PHRASES else "; ".join(texts)
    return value


def msg(code: str, **params: Any) -> Message:
    """Make a message; the code must be known."""
    if code not in TEMPLATES or ONE in code:
        raise KeyError(f"unknown message code {code!r}; add it to planner.messages.TEMPLATES")
    return Message(code=code, params=params)
