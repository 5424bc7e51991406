"""What each compared scenario asked for — hours, free windows, modes, places, budget, deadline and the
pins that differ — in words for the comparison, and why a scenario without a route has none, in one
sentence taken from the explanation its plan already holds.

Texts are in the comparison's translation context (``ComparisonModel``): the table's words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from planner.catalog import CatalogueSet
from planner.models import Learner, Mode
from planner.plan import Plan, Status
from ui import language
from ui.messages import render
from ui.palette import day_name, fmt_date, fmt_money, fmt_number, mode_label


@dataclass
class InputRow:
    """One what-if of the compared scenarios: a text per scenario, and whether they differ."""

    name: str
    texts: list[str]
    tips: list[str]

    @property
    def differ(self) -> bool:
        return len(set(self.texts)) > 1 or len(set(self.tips)) > 1


def and_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' in the interface language."""
    if len(items) <= 1:
        return "".join(items)
    return QCoreApplication.translate("ComparisonModel", "{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def _hours(lr: Learner) -> tuple[str, str]:
    text = QCoreApplication.translate("ComparisonModel", "{h} h/week").format(h=fmt_number(lr.hours_per_week, 1))
    if not lr.exceptions:
        return text, text
    tip = "\n".join([text] + [QCoreApplication.translate("ComparisonModel", "{h} h/week from {start} to {end}").format(
        h=fmt_number(e.hours_per_week, 1), start=fmt_date(e.start), end=fmt_date(e.end)) for e in lr.exceptions])
    return QCoreApplication.translate("ComparisonModel", "{h} h/week, other hours {n}×").format(h=fmt_number(lr.hours_per_week, 1), n=len(lr.exceptions)), tip


def _windows(lr: Learner) -> tuple[str, str]:
    if not lr.availability:
        return QCoreApplication.translate("ComparisonModel", "any time"), QCoreApplication.translate("ComparisonModel", "any time")
    days = list(dict.fromkeys(list(type(w.day)).index(w.day) for w in lr.availability))
    tip = "\n".join(f"{day_name(list(type(w.day)).index(w.day))} {w.start:%H:%M}–{w.end:%H:%M}" for w in lr.availability)
    return " ".join(day_name(d) for d in sorted(days)), tip


def _modes(lr: Learner) -> tuple[str, str]:
    if set(lr.modes) >= set(Mode):
        return QCoreApplication.translate("ComparisonModel", "every mode"), QCoreApplication.translate("ComparisonModel", "every mode")
    text = ", ".join(mode_label(m.value) for m in Mode if m in lr.modes) or QCoreApplication.translate("ComparisonModel", "none")
    return text, text


def _places(lr: Learner) -> tuple[str, str]:
    if lr.places is None:
        return QCoreApplication.translate("ComparisonModel", "any place"), QCoreApplication.translate("ComparisonModel", "any place")
    text = ", ".join(lr.places) or QCoreApplication.translate("ComparisonModel", "none")
    return text, text


def _budget(lr: Learner) -> tuple[str, str]:
    text = fmt_money(lr.budget) if lr.budget is not None else QCoreApplication.translate("ComparisonModel", "no budget")
    return text, text


def _deadline(lr: Learner) -> tuple[str, str]:
    text = fmt_date(lr.deadline) if lr.deadline is not None else QCoreApplication.translate("ComparisonModel", "no deadline")
    return text, text


def _title(cs: CatalogueSet | None, ref: str) -> str:
    """A pinned module's title; a pinned offering's module title with its mode."""
    lang = language.current()
    if cs is not None and ref in cs.modules:
        return cs.module_title(ref, lang)
    offering = cs.offerings.get(ref) if cs is not None else None
    if cs is not None and offering is not None:
        return f"{cs.module_title(offering.module, lang)} ({mode_label(offering.mode.value)})"
    return ref


def input_rows(learners: list[Learner | None], cs: CatalogueSet | None) -> list[InputRow]:
    """The what-ifs of each scenario (None: no learner yet); the pins row only lists the pins that not
    every scenario has, and only when there are any."""
    fields: list[tuple[str, Callable[[Learner], tuple[str, str]]]] = [
        (QCoreApplication.translate("ComparisonModel", "Hours"), _hours), (QCoreApplication.translate("ComparisonModel", "Free times"), _windows), (QCoreApplication.translate("ComparisonModel", "Modes"), _modes), (QCoreApplication.translate("ComparisonModel", "Places"), _places),
        (QCoreApplication.translate("ComparisonModel", "Budget"), _budget), (QCoreApplication.translate("ComparisonModel", "Deadline"), _deadline)]
    rows = []
    for name, fn in fields:
        pairs = [fn(lr) if lr is not None else ("—", "—") for lr in learners]
        rows.append(InputRow(name, [p[0] for p in pairs], [p[1] for p in pairs]))
    pins = [set(lr.pinned) if lr is not None else set() for lr in learners]
    common = set.intersection(*pins) if pins else set()
    if any(p - common for p in pins):
        texts = []
        for p in pins:
            titles = sorted(_title(cs, ref) for ref in p - common)
            texts.append(", ".join(titles) if titles else "—")
        rows.append(InputRow(QCoreApplication.translate("ComparisonModel", "Pinned (differing)"), texts, texts))
    return rows


def why_no_route(plan: Plan | None, cs: CatalogueSet | None) -> str:
    """One sentence on why ``plan`` has no route, from the explanation it holds; "" when it has one."""
    if plan is None or plan.status != Status.INFEASIBLE:
        return ""
    choices = list(dict.fromkeys(render(m, cs=cs) for m in plan.messages if m.code.startswith("group.")))
    if len(choices) == 1:
        return QCoreApplication.translate("ComparisonModel", "No route: {choice} is too tight.").format(choice=choices[0])
    if choices:
        return QCoreApplication.translate("ComparisonModel", "No route: {choices} do not fit together.").format(choices=and_list(choices))
    reasons = [render(m, cs=cs) for m in plan.messages if m.code.startswith("infeasible.")
               and not m.code.startswith("infeasible.summary")]
    if reasons:
        return QCoreApplication.translate("ComparisonModel", "No route: {reason}.").format(reason=reasons[0].rstrip("."))
    return QCoreApplication.translate("ComparisonModel", "No route; the planner gave no reason.")
