"""Rendering planner messages (a code plus parameters) in the user's language through Qt's tr().

The planner speaks codes (``why.goal`` with ``{outcome, outcome_title}``); this table holds the
English source text of each code under the translation context ``messages`` so Qt Linguist picks
them up and a Dutch ``.qm`` file translates them. Unknown codes fall back to the planner's own
English rendering, and then to the bare code, so a new code never breaks the window.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.catalog import CatalogueSet
from planner.messages import render as planner_render
from planner.messages import with_finish
from planner.plan import Message
from ui import language
from ui.palette import fmt_date, fmt_money, fmt_number, mode_label


def _templates() -> dict[str, str]:
    # Built per call so a language switch (installTranslator) takes effect immediately.
    return {
        # the planner's codes (English source text as in planner.messages.TEMPLATES)
        'why.goal': QCoreApplication.translate("messages", "certifies '{outcome_title}', which your goal requires"),
        'why.choice': QCoreApplication.translate("messages", "certifies '{outcome_title}', one of your choices in '{group_title}'"),
        'why.milestone': QCoreApplication.translate("messages", "needed for milestone '{milestone_title}' (week {week})"),
        'why.prerequisite': QCoreApplication.translate("messages", "'{module_title}' later in your route requires '{outcome_title}'"),
        'load.left_out_one': QCoreApplication.translate("messages", '1 {what} of {institution} was left out: {items}'),
        'load.left_out': QCoreApplication.translate("messages", '{count} {what} of {institution} were left out: {items}'),
        'why.corequisite': QCoreApplication.translate("messages", "'{module_title}' in your route needs '{outcome_title}' before or alongside it"),
        'why.credits': QCoreApplication.translate("messages", "its {ec} EC count towards the {rule} that '{module_title}' later in your route requires"),
        'why.choice_count': QCoreApplication.translate("messages", "its {ec} EC count towards '{group_title}', which asks for {need}"),
        'why.pinned': QCoreApplication.translate("messages", 'you pinned it'),
        'milestone.met': QCoreApplication.translate("messages", "milestone '{title}' reached in week {week} (target week {target})"),
        'milestone.late': QCoreApplication.translate("messages", "milestone '{title}' reached in week {week}, {late} weeks after its target (week {target})"),
        'status.optimal': QCoreApplication.translate("messages", 'the fastest possible route: proven optimal'),
        'status.feasible': QCoreApplication.translate("messages", 'a good route; the fastest possible finish is at least week {bound} (gap {gap_pct}%)'),
        'status.stopped': QCoreApplication.translate("messages", 'stopped before a route was found'),
        'status.nothing': QCoreApplication.translate("messages", 'you have already proven every outcome of the goal: nothing to plan'),
        'infeasible.summary': QCoreApplication.translate("messages", 'No route fits all of your wishes. These choices together make it impossible:'),
        'infeasible.catalogue': QCoreApplication.translate("messages", 'No route exists in the loaded catalogues, whatever you choose.'),
        'infeasible.uncertified': QCoreApplication.translate("messages", "no module in the loaded catalogues certifies '{outcome_title}'"),
        'infeasible.unreachable': QCoreApplication.translate("messages", "'{outcome_title}' cannot be reached: every module that certifies it needs something that cannot be reached ({missing})"),
        'infeasible.credits': QCoreApplication.translate("messages", "'{outcome_title}' cannot be reached: the modules that certify it need {credits} completed, more than the modules you can take add up to"),
        'infeasible.choice_count': QCoreApplication.translate("messages", "choice '{group_title}' asks for {need}, but the modules you can take give only {have}"),
        'infeasible.left_out': QCoreApplication.translate("messages", "'{outcome_title}' would be certified by {module} of {institution}, which was left out of the catalogue: {reason}"),
        'infeasible.offering_left_out': QCoreApplication.translate("messages", "'{outcome_title}': offering {offering} of '{module}' ({institution}) was left out of the catalogue: {reason}"),
        'infeasible.goal_left_out': QCoreApplication.translate("messages", "the goal '{goal}' was left out of the catalogue: {reason}"),
        'infeasible.no_offering': QCoreApplication.translate("messages", "'{outcome_title}' is only offered as {offers}, and that does not work for you: {reasons}"),
        'infeasible.too_slow': QCoreApplication.translate("messages", 'the earliest possible finish is week {finish} ({finish_date}), after your deadline ({deadline})'),
        'infeasible.hours': QCoreApplication.translate("messages", 'with {hours} hours a week the modules you need do not fit in time'),
        'infeasible.budget': QCoreApplication.translate("messages", 'the cheapest route costs {cost}, more than your budget of {budget}'),
        'infeasible.pin': QCoreApplication.translate("messages", "pinned '{title}' cannot be part of a route together with your other wishes"),
        'infeasible.milestone': QCoreApplication.translate("messages", "milestone '{title}' cannot be reached by week {week}"),
        'infeasible.goal_unknown': QCoreApplication.translate("messages", "the goal '{goal}' is not in the loaded catalogues"),
        'reason.mode': QCoreApplication.translate("messages", 'you do not accept {mode} study'),
        'reason.place': QCoreApplication.translate("messages", '{place} is not one of your places'),
        'reason.window': QCoreApplication.translate("messages", 'its session on {session} is outside your free time'),
        'reason.budget': QCoreApplication.translate("messages", 'costs more than your budget'),
        'reason.excluded': QCoreApplication.translate("messages", 'you excluded it'),
        'reason.dates': QCoreApplication.translate("messages", 'it has no start date between your start and your deadline'),
        'reason.hours': QCoreApplication.translate("messages", 'it needs {hours} hours a week, more than you have'),
        'reason.no_claim': QCoreApplication.translate("messages", 'it is an assessment of prior learning, and you claim no experience in what it assesses'),
        'group.hours': QCoreApplication.translate("messages", 'your {hours} hours a week'),
        'group.holidays': QCoreApplication.translate("messages", 'your holidays and busy periods'),
        'group.deadline': QCoreApplication.translate("messages", 'your deadline of {deadline}'),
        'group.modes': QCoreApplication.translate("messages", 'studying only {modes}'),
        'group.places': QCoreApplication.translate("messages", 'only the places {places}'),
        'group.availability': QCoreApplication.translate("messages", 'your free times ({windows})'),
        'group.budget': QCoreApplication.translate("messages", 'your budget of {budget}'),
        'group.pinned': QCoreApplication.translate("messages", 'the modules you pinned'),
        'group.excluded': QCoreApplication.translate("messages", 'the modules you excluded'),
        'group.milestones': QCoreApplication.translate("messages", 'the milestones you made hard ({milestones})'),
        'infeasible.summary_needed': QCoreApplication.translate("messages", 'No route fits all of your wishes. These choices together make it impossible, and each one is needed (without it, the others kept, a route exists):'),
        'infeasible.summary_smallest': QCoreApplication.translate("messages", 'No route fits all of your wishes. This is the smallest set of your choices that conflict (each one is needed, and no fewer choices conflict):'),
        'explain.needed_some': QCoreApplication.translate("messages", 'shown to be needed (without it, the others kept, a route exists): {needed}; the time given did not show whether the others are'),
        'explain.needed_none': QCoreApplication.translate("messages", 'the time given did not show which of these choices are needed'),
        'suggest.mode': QCoreApplication.translate("messages", 'allow {mode} study: {finish}'),
        'suggest.place': QCoreApplication.translate("messages", 'add {place} to your places: {finish}'),
        'suggest.places_any': QCoreApplication.translate("messages", 'allow any place: {finish}'),
        'suggest.window': QCoreApplication.translate("messages", 'add {window} to your free times (just the hours of that session): {finish}'),
        'change.window': QCoreApplication.translate("messages", 'add {window} to your free times (just the hours of that session)'),
        'suggest.availability_any': QCoreApplication.translate("messages", 'allow sessions at any time: {finish}'),
        'suggest.hours': QCoreApplication.translate("messages", '+{extra} h/week ({hours} h), the fewest that work: {finish}'),
        'suggest.hours_found': QCoreApplication.translate("messages", '+{extra} h/week ({hours} h) works; fewer may, but not {lower} h or fewer: {finish}'),
        'suggest.hours_some': QCoreApplication.translate("messages", '+{extra} h/week ({hours} h) works; fewer may: {finish}'),
        'suggest.holidays': QCoreApplication.translate("messages", 'study during your holidays and busy periods: {finish}'),
        'suggest.deadline': QCoreApplication.translate("messages", 'move your deadline to {deadline}, the earliest that works: {finish}'),
        'suggest.deadline_found': QCoreApplication.translate("messages", 'a deadline of {deadline} works; an earlier one may, but not {lower} or earlier: {finish}'),
        'suggest.deadline_some': QCoreApplication.translate("messages", 'a deadline of {deadline} works; an earlier one may: {finish}'),
        'suggest.budget': QCoreApplication.translate("messages", 'raise your budget to {budget}, the least that works: {finish}'),
        'suggest.budget_found': QCoreApplication.translate("messages", 'a budget of {budget} works; less may, but not {lower} or less: {finish}'),
        'suggest.budget_some': QCoreApplication.translate("messages", 'a budget of {budget} works; less may: {finish}'),
        'suggest.unpin': QCoreApplication.translate("messages", "unpin '{title}': {finish}"),
        'suggest.unexclude': QCoreApplication.translate("messages", "stop excluding '{title}': {finish}"),
        'suggest.soft_milestone': QCoreApplication.translate("messages", "make milestone '{title}' a target instead of a must: {finish}"),
        'suggest.combined': QCoreApplication.translate("messages", 'together — {changes}: {finish}'),
        'finish.proven': QCoreApplication.translate("messages", 'finish in week {week}, the earliest with this change (proven)'),
        'finish.found': QCoreApplication.translate("messages", 'finish in week {week}; with this change an earlier finish may exist'),
        'finish.week': QCoreApplication.translate("messages", 'finish in week {week}'),
        'change.mode': QCoreApplication.translate("messages", 'allow {mode} study'),
        'change.modes_any': QCoreApplication.translate("messages", 'allow every mode of study'),
        'change.place': QCoreApplication.translate("messages", 'add {place} to your places'),
        'change.places_any': QCoreApplication.translate("messages", 'allow any place'),
        'change.availability_any': QCoreApplication.translate("messages", 'allow sessions at any time'),
        'change.hours': QCoreApplication.translate("messages", '+{extra} h/week ({hours} h), the fewest that work'),
        'change.hours_found': QCoreApplication.translate("messages", '+{extra} h/week ({hours} h; fewer may work, but not {lower} h or fewer)'),
        'change.hours_some': QCoreApplication.translate("messages", '+{extra} h/week ({hours} h; fewer may work)'),
        'change.holidays': QCoreApplication.translate("messages", 'study during your holidays and busy periods'),
        'change.deadline': QCoreApplication.translate("messages", 'move your deadline to {deadline}, the earliest that works'),
        'change.deadline_found': QCoreApplication.translate("messages", 'move your deadline to {deadline} (an earlier one may work, but not {lower} or earlier)'),
        'change.deadline_some': QCoreApplication.translate("messages", 'move your deadline to {deadline} (an earlier one may work)'),
        'change.budget': QCoreApplication.translate("messages", 'raise your budget to {budget}, the least that works'),
        'change.budget_found': QCoreApplication.translate("messages", 'raise your budget to {budget} (less may work, but not {lower} or less)'),
        'change.budget_some': QCoreApplication.translate("messages", 'raise your budget to {budget} (less may work)'),
        'change.unpin': QCoreApplication.translate("messages", "unpin '{title}'"),
        'change.unpin_all': QCoreApplication.translate("messages", 'unpin every module'),
        'change.unexclude': QCoreApplication.translate("messages", "stop excluding '{title}'"),
        'change.unexclude_all': QCoreApplication.translate("messages", 'stop excluding modules'),
        'change.soft_milestone': QCoreApplication.translate("messages", "make milestone '{title}' a target instead of a must"),
        'change.soft_milestones': QCoreApplication.translate("messages", 'make every milestone a target instead of a must'),
        'progress.no_module': QCoreApplication.translate("messages", 'No module in the catalogues teaches it.'),
        'progress.excluded': QCoreApplication.translate("messages", 'Every module that teaches it is excluded.'),
        'progress.not_planned': QCoreApplication.translate("messages", 'Not planned yet.'),
        'progress.no_route': QCoreApplication.translate("messages", 'No route fits your wishes.'),
        'progress.not_in_route': QCoreApplication.translate("messages", 'Not in this route.'),
        'status.no_route_found': QCoreApplication.translate("messages", 'no route found in {seconds} s, and none proven impossible either: give the planner more time'),
        'infeasible.too_slow_found': QCoreApplication.translate("messages", 'the earliest finish found is week {finish} ({finish_date}), after your deadline ({deadline}); an earlier one may exist'),
        'explain.out_of_time': QCoreApplication.translate("messages", 'No route fits all of your wishes, but there was no time left to find out which of them are to blame; give the planner more time.'),
        'explain.incomplete': QCoreApplication.translate("messages", 'not every change could be checked in the time given; with more time there may be more suggestions'),
        'invalid.unknown_offering': QCoreApplication.translate("messages", "offering '{offering}' is not in the catalogues"),
        'invalid.module_twice': QCoreApplication.translate("messages", "module '{module}' is in the route more than once"),
        'invalid.start': QCoreApplication.translate("messages", "'{module}' starts in week {week}, which is not a start of offering '{offering}'"),
        'invalid.duration': QCoreApplication.translate("messages", "'{module}' runs {weeks} weeks in the plan but its offering runs {expected} weeks"),
        'invalid.prerequisite': QCoreApplication.translate("messages", "'{module}' starts in week {week} before its prerequisites are met"),
        'invalid.capacity': QCoreApplication.translate("messages", 'week {week} needs {load} hours, more than the {capacity} available'),
        'invalid.clash': QCoreApplication.translate("messages", "sessions of '{a}' and '{b}' clash in week {week}"),
        'invalid.window': QCoreApplication.translate("messages", "a session of '{module}' ({session}) is outside the free times"),
        'invalid.mode': QCoreApplication.translate("messages", "'{module}' is {mode}, which the learner does not accept"),
        'invalid.place': QCoreApplication.translate("messages", "'{module}' is in {place}, not one of the learner's places"),
        'invalid.budget': QCoreApplication.translate("messages", 'the route costs {cost}, more than the budget of {budget}'),
        'invalid.deadline': QCoreApplication.translate("messages", "'{module}' ends {end}, after the deadline {deadline}"),
        'invalid.goal': QCoreApplication.translate("messages", "the route does not gain '{outcome}', which the goal requires"),
        'invalid.choice': QCoreApplication.translate("messages", "the route gains {have} of the {n} outcomes needed for choice '{group}'"),
        'invalid.choice_modules': QCoreApplication.translate("messages", "the route has {have} of the {n} modules needed for choice '{group}'"),
        'invalid.choice_ec': QCoreApplication.translate("messages", "the route has {have} EC of the {need} EC needed for choice '{group}'"),
        'invalid.milestone': QCoreApplication.translate("messages", "hard milestone '{milestone}' is reached in week {week}, after week {target}"),
        'invalid.pinned': QCoreApplication.translate("messages", "pinned '{ref}' is not in the route"),
        'invalid.excluded': QCoreApplication.translate("messages", "excluded '{ref}' is in the route"),
        'invalid.assessment': QCoreApplication.translate("messages", "'{module}' is an assessment of prior learning, but the learner claims no experience in it"),
        'invalid.totals': QCoreApplication.translate("messages", 'the totals do not match the modules ({field}: {have} instead of {expected})'),
        'suggest.budget_fastest': QCoreApplication.translate("messages", 'raise your budget to {budget}, what the fastest route found costs: {finish}'),
        'change.budget_fastest': QCoreApplication.translate("messages", 'raise your budget to {budget}, what the fastest route found costs'),
        # codes of the desktop app and of plan files
        "planfile.catalogue_changed": QCoreApplication.translate("messages",
            "The catalogue “{id}” ({path}) changed since this plan was saved; the plan was checked again."
        ),
        "planfile.catalogue_missing": QCoreApplication.translate("messages",
            "The catalogue “{id}” ({path}) is missing; open it from its new place and plan again."
        ),
        "planfile.offering_missing": QCoreApplication.translate(
            "messages", "The offering of “{title}” in this plan ({offering}) is no longer in the catalogue."),
        "planfile.offering_changed": QCoreApplication.translate(
            "messages", "“{title}”: the {field} changed from {old} to {new}."),
        "planfile.catalogue_differs": QCoreApplication.translate("messages",
            "The catalogue “{id}” ({path}) is not the one this plan was made with; the plan uses the copy saved "
            "in it. What changed is listed below; re-plan to use the new catalogue."),
        "planfile.update_broken": QCoreApplication.translate(
            "messages", "A newer catalogue beside this plan cannot be used: {error}"),
        "planfile.diff": QCoreApplication.translate(
            "messages", "“{id}”, {kind}: {added} added, {removed} removed, {changed} changed ({names})"),
        "planfile.republished": QCoreApplication.translate(
            "messages", "“{id}” was published on {old}; the new one on {new}."),
        "why.proven_badge": QCoreApplication.translate("messages",
            "'{outcome_title}' is not planned: your edubadge '{badge}' ({issuer}, {issued_on}) proves it "
            "(signature not verified)"),
        "why.proven_badge_verified": QCoreApplication.translate("messages",
            "'{outcome_title}' is not planned: your edubadge '{badge}' ({issuer}, {issued_on}) proves it "
            "(signature verified)"),
        "badge.proves": QCoreApplication.translate("messages", "'{badge}' ({file}) proves '{outcome_title}'"),
        "badge.unmatched": QCoreApplication.translate("messages",
            "'{badge}' ({file}) proves nothing in the loaded catalogues: no catalogue declares its badge class "
            "({badge_class}) and none of its {alignments} alignments names a catalogue outcome"),
        "badge.revoked": QCoreApplication.translate("messages", "'{badge}' ({file}) is not used: the issuer revoked it"),
        "badge.expired": QCoreApplication.translate("messages", "'{badge}' ({file}) is not used: it expired on {expires}"),
        "badge.unreadable": QCoreApplication.translate("messages", "{file} cannot be read as a badge: {error}"),
        "ui.solver_failed": QCoreApplication.translate("messages", "The planner stopped with an error: {error}"),
        "ui.stopped": QCoreApplication.translate("messages", "Planning was cancelled; this is the best route found so far."),
    }


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# amounts in euros among message parameters, and dates as the planner writes them
_MONEY = {"cost", "budget"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _field_names() -> dict[str, str]:
    """What a plan-file note says changed, in the interface language (the planner writes English)."""
    return {
        "cost": QCoreApplication.translate("messages", "cost"),
        "hours per week": QCoreApplication.translate("messages", "hours per week"),
        "mode": QCoreApplication.translate("messages", "mode"),
        "location": QCoreApplication.translate("messages", "place"),
        "sessions": QCoreApplication.translate("messages", "sessions"),
        "weeks": QCoreApplication.translate("messages", "number of weeks"),
        "start": QCoreApplication.translate("messages", "start dates"),
    }


def _kinds() -> dict[str, str]:
    """The parts of a catalogue a plan-file note names, in the interface language."""
    return {
        "outcomes": QCoreApplication.translate("messages", "outcomes"),
        "modules": QCoreApplication.translate("messages", "modules"),
        "offerings": QCoreApplication.translate("messages", "offerings"),
        "goals": QCoreApplication.translate("messages", "goals"),
    }


def _changed_values(params: dict[str, Any]) -> dict[str, Any]:
    """A plan-file change with its field named, and old and new values written, in the interface language."""
    field = params.get("field")
    out = dict(params, field=_field_names().get(str(field), field))
    for key in ("old", "new"):
        value = params.get(key)
        if field == "cost" and isinstance(value, int | float):
            out[key] = fmt_money(value)
        elif field == "hours per week" and isinstance(value, int | float):
            out[key] = fmt_number(value)
        elif field == "mode" and isinstance(value, str):
            out[key] = mode_label(value)
        elif value is None:
            out[key] = "—"
    return out


def _params(params: dict[str, Any], cs: CatalogueSet | None = None) -> _Defaulting:
    out = _Defaulting()
    for key, value in params.items():
        if key == "patch":
            continue
        if key in _MONEY and isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = fmt_money(value)
            continue
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            out[key] = fmt_date(dt.date.fromisoformat(value))  # the planner writes dates as 2027-07-02
            continue
        if cs is not None and language.current() != "en" and (key == "title" or key.endswith("_title")):
            value = _title(cs, params, key) or value
        if isinstance(value, dict) and "code" in value:
            value = render(Message.model_validate(value), cs=cs)
        elif isinstance(value, list) and value and all(isinstance(v, dict) and "code" in v for v in value):
            value = "; ".join(render(Message.model_validate(v), cs=cs) for v in value)
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        out[key] = value
    return out


def _title(cs: CatalogueSet, params: dict[str, Any], key: str) -> str | None:
    """The planner writes titles in English; the id beside a title gives it in the interface language.

    ``outcome_title`` goes with ``outcome``, ``module_title`` with ``module`` and so on; a bare
    ``title`` with whichever of ``milestone``, ``ref`` (a module or offering), ``offering`` or
    ``module`` the message carries. None when there is no id or the catalogue does not know it.
    """
    kinds = [key.removesuffix("_title")] if key != "title" else ["milestone", "ref", "offering", "module"]
    for kind in kinds:
        ref = params.get(kind)
        if not isinstance(ref, str):
            continue
        if kind == "milestone":
            found = cs.milestone(ref)
            return language.text(found[1].title) if found else None
        if kind == "group":
            titles = [g.title for goal in cs.goals.values() for g in goal.choices if g.id == ref and g.title]
            return language.text(titles[0]) if titles else None
        if ref in cs.offerings:
            ref = cs.offerings[ref].module
        if ref in cs.outcomes:
            return language.text(cs.outcomes[ref].title)
        if ref in cs.modules:
            return language.text(cs.modules[ref].title)
    return None


def known_codes() -> set[str]:
    """Codes this table translates."""
    return set(_templates())


def render(msg: Message, cs: CatalogueSet | None = None) -> str:
    """The text of a message in the interface language; with ``cs``, catalogue titles in that language too."""
    msg = with_finish(msg)
    template = _templates().get(msg.code)
    params = _changed_values(msg.params) if msg.code == "planfile.offering_changed" else msg.params
    if msg.code == "planfile.diff":
        params = dict(params, kind=_kinds().get(str(params.get("kind")), params.get("kind")))
    if template is not None:
        try:
            return template.format_map(_params(params, cs))
        except (ValueError, IndexError, AttributeError, TypeError, KeyError):
            pass
    try:
        return str(planner_render(msg))
    except Exception:  # a message must never break the window
        pass
    details = ", ".join(f"{k}={v}" for k, v in msg.params.items() if k != "patch")
    return f"{msg.code} ({details})" if details else msg.code


def is_suggestion(msg: Message) -> bool:
    """Whether a message is a suggestion with a learner patch that can be applied."""
    return msg.code.startswith("suggest.") and isinstance(msg.params.get("patch"), dict)


def is_explanation(msg: Message) -> bool:
    """Whether a message explains why no route exists (the conflicting choices and the facts)."""
    return msg.code.startswith(("infeasible.", "group.", "explain.needed"))
