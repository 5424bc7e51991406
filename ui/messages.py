"""Rendering planner messages (a code plus parameters) in the user's language through Qt's tr().

The planner speaks codes (``why.goal`` with ``{outcome, outcome_title}``); their English source
text exists once, in ``planner.messages.TEMPLATES``, and ``ui/message_templates.py`` (generated from
it) wraps each in ``tr()`` under the context ``messages`` so Qt Linguist picks them up and a Dutch
``.qm`` file translates them. Unknown codes fall back to the planner's own
English rendering, and then to the bare code, so a new code never breaks the window.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.catalog import CatalogueSet
from planner.formatting import join_words
from planner.messages import (
    FACET_PARAMS,
    ISO_DATE,
    MESSAGE_PHRASES,
    MONEY,
    TITLE_LISTS,
    template_code,
    value_text,
    with_finish,
)
from planner.messages import render as planner_render
from planner.plan import Message
from ui import language
from ui.facets import facet_label
from ui.message_templates import templates
from ui.palette import fmt_date, fmt_money, fmt_number, mode_label


def _templates() -> dict[str, str]:
    # Built per call so a language switch (installTranslator) takes effect immediately.
    return {
        **templates(),  # the planner's codes, generated from planner.messages.TEMPLATES
        # codes of the window alone
        "ui.solver_failed": QCoreApplication.translate("messages", "The planner stopped with an error: {error}"),
        "ui.stopped": QCoreApplication.translate("messages", "Planning was cancelled; this is the best route found so far."),
    }


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


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
        if key in MONEY and isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = fmt_money(value)
            continue
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            out[key] = fmt_date(dt.date.fromisoformat(value))  # the planner writes dates as 2027-07-02
            continue
        if key in FACET_PARAMS and isinstance(value, str):
            out[key] = facet_label(value)  # a facet of how one learns, or a value of one
            continue
        if cs is not None and language.current() != "en" and (key == "title" or key.endswith("_title")):
            value = _title(cs, params, key) or value
        if cs is not None and language.current() != "en" and key in TITLE_LISTS and isinstance(params.get("refs"), list):
            value = [_title(cs, {"ref": ref}, "title") or t for ref, t in zip(params["refs"], value, strict=False)]
        words = value_text(key, value, language.current())
        if words is not None:
            out[key] = words
            continue
        if isinstance(value, dict) and "code" in value:
            value = render(Message.model_validate(value), cs=cs)
        elif isinstance(value, list) and value and all(isinstance(v, dict) and "code" in v for v in value):
            texts = [render(Message.model_validate(v), cs=cs) for v in value]
            value = join_words(texts, language.current()) if key in MESSAGE_PHRASES else "; ".join(texts)
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
    template = _templates().get(template_code(msg))
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
