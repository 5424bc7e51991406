"""Edits asked for in the views (pin, unpin, exclude, another offering, proven, a suggestion):
each one undo step on the document of the scenario on screen, then a new plan.

Texts keep the main window's translation context: they are the window's words.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from planner.ordering import drop_problem
from planner.plan import Message
from ui.dragpin import offering_near
from ui.host import WindowHost
from ui.messages import render
from ui.palette import fmt_date
from ui.progressview import ref_title


class Edits:
    """The window's edits; each answers whether the learner changed."""

    def __init__(self, window: WindowHost) -> None:
        self._window = weakref.ref(window)  # the window owns its helpers, not the other way round


    @property
    def w(self) -> WindowHost:
        window = self._window()
        assert window is not None, "the window is gone"
        return window
    def _edit(self, fn: Callable[[], bool]) -> bool:
        if self.w.doc.learner is None:
            return False
        try:
            return fn()
        except Exception as exc:
            self.w.show_message(QCoreApplication.translate("MainWindow", "Cannot make this change"), str(exc))
            return False

    def _title(self, module: str) -> str:
        cs = self.w.doc.catalogues
        return cs.module_title(module) if cs else module

    def pin(self, module: str) -> bool:
        doc = self.w.doc
        return self._edit(lambda: doc.pin(module, QCoreApplication.translate("MainWindow", "Pin “{m}”").format(
            m=self._title(module))))

    def unpin(self, module: str) -> bool:
        doc = self.w.doc
        if doc.learner is None:
            return False
        return self._edit(lambda: doc.unpin_module(
            module, QCoreApplication.translate("MainWindow", "Unpin “{m}”").format(m=self._title(module))))

    def pin_near(self, module: str, week: int) -> bool:
        """Pin ``module`` to start in ``week`` (a bar dropped on the timeline), with the offering that
        can start nearest to it: one undo step, then a new plan. A week that cannot work (busy, a
        prerequisite the route gives later) changes nothing; the status bar says why."""
        doc = self.w.doc
        cs, learner, plan = doc.catalogues, doc.learner, doc.plan
        if cs is None or learner is None or plan is None:
            return False
        found = offering_near(cs, module, plan.start_date, week, learner)
        offering, start = found if found is not None else (None, week)
        problem = drop_problem(cs, learner, plan, module, offering, start)
        if problem is not None or offering is None:
            if problem is not None:
                self.w.status_label.setText(render(problem, cs=cs))
            return False
        day = fmt_date(plan.start_date + dt.timedelta(weeks=start))  # a date, not a week of the route
        done = self._edit(lambda: doc.pin_at(
            module, offering, start,
            QCoreApplication.translate("MainWindow", "Pin “{m}” from {date}").format(m=self._title(module), date=day)))
        if done:
            self.w.status_label.setText(QCoreApplication.translate(
                "MainWindow", "Pinned “{m}” to start on {date}; planning again…").format(m=self._title(module), date=day))
        return done

    def plan_first(self, module: str) -> bool:
        """Wish ``module`` first (before every other module of the route): one undo step, then a new plan."""
        doc = self.w.doc
        return self._edit(lambda: doc.plan_first(module, QCoreApplication.translate(
            "MainWindow", "Plan “{m}” first").format(m=self._title(module))))

    def plan_before(self, module: str, before: str) -> bool:
        """Wish ``module`` to end before ``before`` starts: one undo step, then a new plan."""
        doc = self.w.doc
        return self._edit(lambda: doc.plan_before(module, before, QCoreApplication.translate(
            "MainWindow", "Plan “{m}” before “{b}”").format(m=self._title(module), b=self._title(before))))

    def exclude(self, module: str) -> bool:
        doc = self.w.doc
        return self._edit(lambda: doc.exclude(module, QCoreApplication.translate("MainWindow", "Exclude “{m}”").format(
            m=self._title(module))))

    def choose_offering(self, module: str, offering: str) -> bool:
        doc = self.w.doc
        return self._edit(lambda: doc.choose_offering(
            module, offering, QCoreApplication.translate("MainWindow", "Use another offering of “{m}”").format(
                m=self._title(module))))

    def mark_proven(self, outcome: str, evidence: str) -> bool:
        doc = self.w.doc
        title = doc.catalogues.outcome_title(outcome) if doc.catalogues else outcome
        return self._edit(lambda: doc.mark_proven(outcome, evidence, QCoreApplication.translate(
            "MainWindow", "Mark “{o}” proven").format(o=title)))

    def apply_suggestion(self, msg: Message) -> bool:
        doc = self.w.doc
        return self._edit(lambda: doc.apply_suggestion(msg, QCoreApplication.translate(
            "MainWindow", "Apply: {s}").format(s=render(msg, cs=doc.catalogues))))

    def remove_pin(self, ref: str) -> bool:
        """Unpin a module or offering (from the Progress tab's list): one undo step, then a new plan."""
        doc = self.w.doc
        learner = doc.learner
        if learner is None or ref not in learner.pinned:
            return False
        return self._edit(lambda: doc.unpin(ref, QCoreApplication.translate("MainWindow", "Unpin “{m}”").format(
            m=ref_title(doc.catalogues, ref))))

    def remove_exclusion(self, ref: str) -> bool:
        """Allow an excluded module or offering again: one undo step, then a new plan."""
        doc = self.w.doc
        learner = doc.learner
        if learner is None or ref not in learner.excluded:
            return False
        return self._edit(lambda: doc.allow(
            ref, QCoreApplication.translate("MainWindow", "Allow “{m}” again").format(m=ref_title(doc.catalogues, ref))))
