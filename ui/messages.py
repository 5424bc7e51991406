"""Rendering planner messages (a code plus parameters) in the user's language through Qt's tr().

The planner speaks codes (``why.goal`` with ``{outcome, outcome_title}``); this table holds the
English source text of each code under the translation context ``messages`` so Qt Linguist picks
them up and a Dutch ``.qm`` file translates them. Unknown codes fall back to the planner's own
English rendering, and then to the bare code, so a new code never breaks the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.plan import Message


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _templates() -> dict[str, str]:
    # Built per call so a language switch (installTranslator) takes effect immediately.
    return {
        "why.goal": _t("Your goal needs “{outcome_title}”."),
        "why.prerequisite": _t("“{module_title}” later in your route needs “{outcome_title}” first."),
        "why.choice": _t("Chosen for the choice “{group}”: it gives “{outcome_title}”."),
        "why.milestone": _t("Needed for the milestone “{milestone_title}”."),
        "why.pinned": _t("You pinned this module."),
        "why.cheapest": _t("The cheapest way to get these outcomes in time."),
        "why.fastest": _t("The fastest way to get these outcomes."),
        "planfile.catalogue_changed": _t(
            "The catalogue “{id}” ({path}) changed since this plan was saved; the plan was checked again."
        ),
        "planfile.catalogue_missing": _t(
            "The catalogue “{id}” ({path}) is missing; open it from its new place and plan again."
        ),
        "ui.solver_failed": _t("The planner stopped with an error: {error}"),
        "ui.stopped": _t("Planning was cancelled; this is the best route found so far."),
    }


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _params(params: dict[str, Any]) -> _Defaulting:
    out = _Defaulting()
    for key, value in params.items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        out[key] = value
    return out


def render(msg: Message, language: str = "en") -> str:
    """The text of a message in the current UI language."""
    template = _templates().get(msg.code)
    if template is not None:
        try:
            return template.format_map(_params(msg.params))
        except (ValueError, IndexError, AttributeError):
            pass
    try:
        from planner.messages import render as planner_render
    except ImportError:
        planner_render = None
    if planner_render is not None:
        try:
            return str(planner_render(msg, language=language))
        except Exception:  # a message must never break the window
            pass
    details = ", ".join(f"{k}={v}" for k, v in msg.params.items() if k != "patch")
    return f"{msg.code} ({details})" if details else msg.code


def is_suggestion(msg: Message) -> bool:
    """Whether a message is a suggestion with a learner patch that can be applied."""
    return msg.code.startswith("suggest.") and isinstance(msg.params.get("patch"), dict)


def is_explanation(msg: Message) -> bool:
    """Whether a message explains why no route exists."""
    return msg.code.startswith("infeasible.")
