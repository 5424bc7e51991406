"""The scenarios of the window: a new learner (the intake), duplicating, renaming, deleting and
choosing scenarios, and planning the one on screen (a short delay gathers quick edits into one
solve) with what the status bar says while it runs.

Texts keep the main window's translation context: they are the window's words.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit

from planner.models import Learner
from planner.plan import Message, Plan, Status
from ui.commands import LearnerEdit
from ui.host import WindowHost, widget
from ui.intake import NewLearnerDialog
from ui.leftout import status_note
from ui.palette import fmt_date, fmt_number

REPLAN_DELAY_MS = 150


class ScenarioHandling:
    """Scenario ▸ …, File ▸ New Learner, Plan ▸ Plan Again and Cancel, and the planner's progress."""

    def __init__(self, window: WindowHost) -> None:
        self._window = weakref.ref(window)  # the window owns its helpers, not the other way round
        self.replan_timer = QTimer(widget(window))
        self.replan_timer.setSingleShot(True)
        self.replan_timer.setInterval(REPLAN_DELAY_MS)
        self.replan_timer.timeout.connect(lambda: self._plan_current(force=False))

    # ------------------------------------------------------------------ new learner, scenarios

    @property
    def w(self) -> WindowHost:
        window = self._window()
        assert window is not None, "the window is gone"
        return window
    def new_learner_dialog(self) -> NewLearnerDialog | None:
        """Open the intake of a new learner (non-blocking); on OK it replaces every scenario."""
        w = self.w
        cs = w.doc.catalogues
        if cs is None:
            w.show_message(QCoreApplication.translate("MainWindow", "No catalogue open"),
                           QCoreApplication.translate("MainWindow", "Open a catalogue first (Ctrl+Shift+O)."))
            return None
        if not w.maybe_save():
            return None
        dialog = NewLearnerDialog(cs, widget(w), today=w.today())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.new_learner(dialog.learner()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        w.intake = dialog
        dialog.open()
        return dialog

    def new_learner(self, learner: Learner) -> None:
        """Start over with ``learner`` as the only scenario, not yet saved anywhere."""
        w = self.w
        w.scenarios.load([(w.first_scenario_name(), learner, None)], modified=True)
        w.doc.learner_path = None
        w.update_title()
        w.status_label.setText(QCoreApplication.translate("MainWindow", "New learner “{name}”; planning…").format(
            name=learner.name))
        self.schedule_replan()

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """Ask for a line of text (tests replace this); None when cancelled."""
        value, ok = QInputDialog.getText(widget(self.w), title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def duplicate_scenario(self) -> bool:
        w = self.w
        if w.doc.learner is None:
            return False
        w.learner_form.commit_pending()
        base = w.scenarios.unique_name(QCoreApplication.translate("MainWindow", "Plan {n}").format(
            n=len(w.scenarios) + 1))
        name = self.ask_text(QCoreApplication.translate("MainWindow", "Duplicate Scenario"),
                             QCoreApplication.translate("MainWindow", "Name of the new scenario:"), base)
        if name is None:
            return False
        s = w.scenarios.duplicate(name or base)
        w.status_label.setText(QCoreApplication.translate(
            "MainWindow", "Scenario “{name}” is a copy; change it and compare (Ctrl+Shift+C).").format(name=s.name))
        return True

    def rename_scenario(self) -> bool:
        w = self.w
        current = w.scenarios.current
        name = self.ask_text(QCoreApplication.translate("MainWindow", "Rename Scenario"),
                             QCoreApplication.translate("MainWindow", "New name:"), current.name)
        if name is None or name.strip() == current.name:
            return False
        if not w.scenarios.rename(current, name):
            w.status_label.setText(QCoreApplication.translate(
                "MainWindow", "Not renamed: another scenario is called “{name}”, or the name is empty.").format(
                    name=name.strip()))
            return False
        return True

    def delete_scenario(self) -> bool:
        w = self.w
        current = w.scenarios.current
        if w.scenarios.remove(current):
            w.status_label.setText(QCoreApplication.translate("MainWindow", "Scenario “{name}” deleted").format(
                name=current.name))
            return True
        return False

    def mark_chosen(self) -> None:
        w = self.w
        w.scenarios.mark_chosen(w.scenarios.current)
        w.status_label.setText(QCoreApplication.translate(
            "MainWindow", "“{name}” is the chosen scenario; Save keeps it as the plan.").format(
                name=w.scenarios.current.name))

    # ------------------------------------------------------------------ planning
    def schedule_replan(self) -> None:
        """Plan the scenario on screen soon: at once after a click (a checkbox, a pin), after
        REPLAN_DELAY_MS after a typed value (hours, dates, budget), so quick typing plans once."""
        stack = self.w.doc.undo_stack
        last = stack.command(stack.index() - 1) if stack.index() > 0 else None
        typed = isinstance(last, LearnerEdit) and bool(last.merge_key)
        self.replan_timer.start(REPLAN_DELAY_MS if typed or last is None else 0)

    def unschedule_replan(self) -> None:
        """Drop a scheduled plan (an opened plan file brings its route)."""
        self.replan_timer.stop()

    def replan(self) -> None:
        self.replan_timer.stop()
        self._plan_current(force=True)

    def _plan_current(self, force: bool) -> None:
        w = self.w
        cs, learner = w.doc.catalogues, w.doc.learner
        if cs is None or learner is None:
            return
        if not w.scenarios.current.replan(force=force):
            w.status_label.setText(QCoreApplication.translate(
                "MainWindow", "The goal “{g}” is not in the open catalogues; choose a goal.").format(g=learner.goal))

    def cancel(self) -> None:
        if self.w.runner.busy:
            self.w.runner.cancel()
            self.w.status_label.setText(QCoreApplication.translate("MainWindow", "Cancelling…"))

    def busy_changed(self, busy: bool) -> None:
        w = self.w
        w.show_busy(busy)
        if busy:
            w.status_label.setText(QCoreApplication.translate("MainWindow", "Planning your route…"))
        w.summary.set_plan(w.doc.plan, busy)

    def improved(self, plan: Plan) -> None:
        self.w.status_label.setText(QCoreApplication.translate(
            "MainWindow", "Found a route finishing on {date}; looking for a better one…").format(
                date=fmt_date(plan.totals.finish_date) if plan.totals else "?"))

    def finished(self, plan: Plan, problems: list[Message]) -> None:
        w = self.w
        if plan.status == Status.STOPPED and not plan.items and w.doc.plan is not None and w.doc.plan.items:
            w.status_label.setText(QCoreApplication.translate("MainWindow", "Planning cancelled; showing the previous route."))
            return
        texts = {Status.OPTIMAL: QCoreApplication.translate("MainWindow", "Best route found in {s} s."),
                 Status.FEASIBLE: QCoreApplication.translate("MainWindow", "Route found in {s} s; a faster one may exist."),
                 Status.STOPPED: QCoreApplication.translate(
                     "MainWindow", "Planning stopped after {s} s; showing the best route so far."),
                 Status.INFEASIBLE: QCoreApplication.translate("MainWindow", "No route fits; see what would help above."),
                 Status.UNKNOWN: QCoreApplication.translate(
                     "MainWindow", "The planner found no answer in {s} s; try Plan Again (F5).")}
        w.status_label.setText(texts.get(plan.status, "").format(s=fmt_number(plan.solve_seconds, 1)) + status_note(plan))

    def failed(self, error: str) -> None:
        w = self.w
        w.status_label.setText(QCoreApplication.translate("MainWindow", "The planner failed"))
        w.show_message(QCoreApplication.translate("MainWindow", "The planner failed"), QCoreApplication.translate(
            "MainWindow", "{error}\n\nChange your wishes or the catalogue and plan again (F5).").format(error=error))
