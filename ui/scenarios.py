"""The scenarios of one intake: named what-ifs, each a document with its own plan and undo history.

:class:`Scenarios` owns the list; the window binds to it. Every :class:`Scenario` has a
:class:`~ui.document.Document` (learner, plan, undo stack) and a :class:`~ui.worker.PlanRunner`
that plans it in the background; the runners share one :class:`~ui.worker.SolveSlots`, so one solve
runs at a time and the scenario on screen goes first. A scenario varies the what-ifs; the learner's
facts (:data:`planner.learner.LEARNER_FACTS`: name, e-mails, proven outcomes, holidays, notes) are
shared: an edit of one, or its undo, reaches every scenario as one step of the scenario where it was
made, and every scenario plans again. The signals of the scenario on screen are passed on under the same names, so views bind once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup

from planner.catalog import CatalogueSet
from planner.learner import LEARNER_FACTS, facts_changed, with_facts
from planner.models import Learner
from planner.plan import Message, Plan, Status
from planner.planfile import PlanFile, plan_changes
from planner.planfile import Scenario as SavedScenario
from planner.verify import rebuild_plan
from ui.document import Document
from ui.worker import PlanRunner, SolverFactory, SolveSlots, validate

FACTS_NOTE = "planfile.facts_unified"


def _without_notes(learner: Learner) -> Learner:
    """The learner as the planner reads it: notes and the names of those involved change no route."""
    return learner.model_copy(update={"notes": "", "involved": None})


def _same_facts(entries: list[SavedScenario], chosen: int) -> list[SavedScenario]:
    """The scenarios with the learner's facts of the chosen one (a file from before the facts were
    shared may hold different ones); a scenario that changes loses its saved plan, to be planned again.
    ``entries`` itself when they agree."""
    if not entries:
        return entries
    source = entries[min(max(chosen, 0), len(entries) - 1)].learner
    if all(not facts_changed(e.learner, source) for e in entries):
        return entries
    out = []
    for e in entries:
        learner = with_facts(e.learner, source, LEARNER_FACTS)
        out.append(e if learner is e.learner else e.model_copy(update={"learner": learner, "plan": None}))
    return out


class Scenario(QObject):
    """One named what-if: a document and the runner that plans it."""

    def __init__(self, name: str, doc: Document, runner: PlanRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.doc = doc
        self.runner = runner
        self.requested: Learner | None = None  # the learner of the last plan request
        self.facts_replanned = False  # planned again on opening: its facts were another scenario's
        runner.improved.connect(self._improved)
        runner.finished.connect(self._finished)

    def _improved(self, plan: Plan) -> None:
        self.doc.set_plan(plan)

    def _finished(self, plan: Plan, problems: list[Message]) -> None:
        if plan.status == Status.STOPPED and not plan.items and self.doc.plan is not None and self.doc.plan.items:
            return  # cancelled before a route was found: keep the one shown
        # the note that the file's scenarios disagreed stays with the route planned because of it
        keep = self.facts_replanned
        self.facts_replanned = False
        self.doc.file_notes = [n for n in self.doc.file_notes if keep and n.code == FACTS_NOTE]
        self.doc.set_plan(plan, problems)

    def can_plan(self) -> bool:
        """Catalogues and a learner are there, and the learner's goal is in the catalogues."""
        cs, learner = self.doc.catalogues, self.doc.learner
        return cs is not None and learner is not None and (not learner.goal or learner.goal in cs.goals)

    def replan(self, force: bool = True) -> bool:
        """Plan this scenario in the background; without ``force`` only when something that matters
        for the route changed since the last request (the notes do not). False when it cannot plan."""
        if not self.can_plan():
            return False
        learner, cs = self.doc.learner, self.doc.catalogues
        assert learner is not None and cs is not None
        if not force and self.requested is not None and _without_notes(self.requested) == _without_notes(learner):
            return True
        self.requested = learner.model_copy(deep=True)
        previous = self.doc.plan if self.doc.plan and self.doc.plan.items else None
        self.runner.request(cs, learner, previous)
        return True


class Scenarios(QObject):
    """The list of scenarios, the one on screen and the one chosen; the plan file's path."""

    currentChanged = Signal()
    listChanged = Signal()  # added, removed, renamed, another one chosen
    scenarioPlanChanged = Signal(object)  # Scenario
    scenarioBusyChanged = Signal(object, bool)  # Scenario, busy
    modifiedChanged = Signal(bool)
    # passed on from the scenario on screen
    catalogueChanged = Signal()
    learnerChanged = Signal()
    planChanged = Signal()
    diagnosticsChanged = Signal()
    started = Signal()
    improved = Signal(object)
    finished = Signal(object, object)
    failed = Signal(str)
    busyChanged = Signal(bool)
    elapsed = Signal(float)

    MAX_COMPARED = 4

    def __init__(self, parent: QObject | None = None, solver_factory: SolverFactory | None = None,
                 time_limit: float = 10.0, first_name: str = "1") -> None:
        super().__init__(parent)
        self.solver_factory = solver_factory
        self.time_limit = time_limit
        self.undo_group = QUndoGroup(self)
        self.slots = SolveSlots(self)
        self.slots.priority = lambda runner: 0 if self._current is not None and runner is self._current.runner else 1
        self.path: Path | None = None
        self.chosen: Scenario | None = None
        self._items: list[Scenario] = []
        self._current: Scenario | None = None
        self._list_modified = False
        self._modified = False
        self._current = self._make(first_name, None, None)
        self.undo_group.setActiveStack(self._current.doc.undo_stack)

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Scenario]:
        return iter(list(self._items))

    def __getitem__(self, i: int) -> Scenario:
        return self._items[i]

    @property
    def current(self) -> Scenario:
        assert self._current is not None
        return self._current

    def index(self, scenario: Scenario) -> int:
        return self._items.index(scenario)

    def names(self) -> list[str]:
        return [s.name for s in self._items]

    def by_name(self, name: str) -> Scenario | None:
        return next((s for s in self._items if s.name == name), None)

    def unique_name(self, base: str) -> str:
        """``base``, or ``base (2)``, ``base (3)``… when a scenario has that name already."""
        names, n, name = set(self.names()), 2, base
        while name in names:
            name, n = f"{base} ({n})", n + 1
        return name

    def is_modified(self) -> bool:
        """Any scenario has unsaved edits, or scenarios were added, renamed, removed or chosen."""
        return self._list_modified or any(not s.doc.undo_stack.isClean() for s in self._items)

    # ------------------------------------------------------------------ building
    def _make(self, name: str, learner: Learner | None, plan: Plan | None, like: Scenario | None = None) -> Scenario:
        doc = Document(self)
        template = like or self._current
        if template is not None:
            d = template.doc
            doc.catalogues, doc.catalogue_paths, doc.diagnostics = d.catalogues, list(d.catalogue_paths), list(d.diagnostics)
        doc.set_learner(learner)
        doc.plan = plan
        time_limit = template.runner.time_limit if template is not None else self.time_limit
        runner = PlanRunner(self, self.solver_factory, time_limit=time_limit, slots=self.slots)
        s = Scenario(name, doc, runner, self)
        if plan is not None and learner is not None:
            s.requested = learner.model_copy(deep=True)
        self._items.append(s)
        self.undo_group.addStack(doc.undo_stack)
        doc.undo_stack.cleanChanged.connect(self._check_modified)
        for signal in ("catalogueChanged", "learnerChanged", "planChanged", "diagnosticsChanged"):
            getattr(doc, signal).connect(lambda *args, s=s, name=signal: self._relay(s, name, *args))
        for signal in ("started", "improved", "finished", "failed", "busyChanged", "elapsed"):
            getattr(runner, signal).connect(lambda *args, s=s, name=signal: self._relay(s, name, *args))
        doc.planChanged.connect(lambda s=s: self.scenarioPlanChanged.emit(s))
        doc.factsEdited.connect(lambda learner, facts, s=s: self._share_facts(s, learner, facts))
        runner.busyChanged.connect(lambda busy, s=s: self.scenarioBusyChanged.emit(s, busy))
        return s

    def _share_facts(self, source: Scenario, learner: Learner, facts: list[str]) -> None:
        """An edit (or its undo) in ``source`` changed the learner's ``facts``: every other scenario takes
        them and plans again (the one on screen through the window, which plans what it shows)."""
        for s in self._items:
            if s is not source and s.doc.take_facts(learner, facts) and s is not self._current:
                s.replan(force=False)

    def _relay(self, scenario: Scenario, name: str, *args: Any) -> None:
        if scenario is self._current:
            getattr(self, name).emit(*args)

    def _check_modified(self, *_args: object) -> None:
        modified = self.is_modified()
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def _list_edited(self) -> None:
        self._list_modified = True
        self._check_modified()
        self.listChanged.emit()

    def _drop(self, scenario: Scenario) -> None:
        scenario.runner.shutdown()
        self.undo_group.removeStack(scenario.doc.undo_stack)
        self._items.remove(scenario)
        if self.chosen is scenario:
            self.chosen = None
        scenario.runner.deleteLater()
        scenario.doc.deleteLater()
        scenario.deleteLater()

    # ------------------------------------------------------------------ editing the list
    def load(self, entries: list[tuple[str, Learner | None, Plan | None]], current: int = 0,
             chosen: int | None = None, path: Path | None = None, modified: bool = False) -> None:
        """Replace every scenario (a new learner, an opened learner or plan file); nothing to undo.
        ``modified``: the scenarios are not in any file yet (a new learner)."""
        # the scenario on screen takes the first entry (its runner and undo stack stay, emptied)
        keep = self.current
        for s in list(self._items):
            if s is not keep:
                self._drop(s)
        name, learner, plan = entries[0]
        keep.runner.cancel(discard=True)  # a route for the learner before must not land on this one
        keep.name = name
        keep.doc.file_notes = []
        keep.doc.plan, keep.doc.plan_problems = plan, []
        keep.requested = learner.model_copy(deep=True) if plan is not None and learner is not None else None
        keep.doc.set_learner(learner)
        keep.doc.set_plan(plan)
        made = [keep] + [self._make(n, lr, pl, like=keep) for n, lr, pl in entries[1:]]
        self._current = made[min(max(current, 0), len(made) - 1)]
        self.chosen = made[chosen] if chosen is not None and 0 <= chosen < len(made) else None
        self.path = path
        self.undo_group.setActiveStack(self._current.doc.undo_stack)
        self._list_modified = modified
        self._check_modified()
        self.listChanged.emit()
        self.currentChanged.emit()

    def open_file(self, pf: PlanFile, notes: list[Message], path: Path, judge: CatalogueSet | None = None) -> None:
        """Show the scenarios of a plan file, the chosen one on screen.

        A plan file comes from anyone: every saved plan is checked against the catalogues with the
        independent validator, and its offerings are compared with the catalogue (an edited cost or
        week shows as a problem, not as the best route). ``notes`` (catalogues changed or missing)
        go with every scenario; a scenario saved without a plan is planned (the one on screen is
        left to the window). ``judge``: the catalogue files the user has, when they differ from the
        copies inside the plan — the plan is checked against them, not against the copies."""
        listed = pf.scenario_list()
        entries = _same_facts(listed, pf.chosen_index())
        if entries is not listed:
            notes = [*notes, Message(code=FACTS_NOTE, params={"name": entries[pf.chosen_index()].name})]
        self.load([(e.name, e.learner, e.plan) for e in entries], current=pf.chosen_index(),
                  chosen=pf.chosen_index() if pf.chosen is not None else None, path=path)
        cs = self.current.doc.catalogues
        for scenario, entry in zip(self._items, entries, strict=True):
            scenario_notes, problems, shown = list(notes), [], entry.plan
            if entry.plan is not None and entry.plan.status == Status.INFEASIBLE and not entry.plan.items:
                pass  # no route, nothing to check: the planner's explanation as it was saved, not every rule missed
            elif entry.plan is not None and cs is not None:
                try:
                    against = judge or cs
                    problems = plan_changes(against, entry.plan) + validate(against, entry.learner, entry.plan)
                    # what a person reads (titles, totals, milestones, the claim) from catalogue and learner
                    shown = rebuild_plan(cs, entry.learner, entry.plan)
                except Exception as exc:  # a damaged plan must not stop the others from opening
                    problems = [Message(code="ui.solver_failed", params={"error": str(exc)})]
            scenario.doc.file_notes = scenario_notes
            scenario.facts_replanned = entry.plan is None and any(n.code == FACTS_NOTE for n in notes)
            scenario.doc.set_plan(shown, problems)
        for scenario in self._items:
            if scenario.doc.plan is None and scenario is not self._current:
                scenario.replan()

    def set_current(self, scenario: Scenario) -> None:
        if scenario is self._current or scenario not in self._items:
            return
        self._current = scenario
        self.undo_group.setActiveStack(scenario.doc.undo_stack)
        self.currentChanged.emit()

    def duplicate(self, name: str) -> Scenario:
        """A copy of the scenario on screen (learner and plan, not its history), shown next."""
        src = self.current
        learner = src.doc.learner.model_copy(deep=True) if src.doc.learner else None
        plan = src.doc.plan.model_copy(deep=True) if src.doc.plan else None
        s = self._make(self.unique_name(name.strip() or src.name), learner, plan, like=src)
        s.doc.plan_problems = list(src.doc.plan_problems)
        s.requested = src.requested.model_copy(deep=True) if src.requested else None
        self._list_edited()
        self.set_current(s)
        if src.runner.busy or plan is None:
            s.replan()  # the source's route was not final yet: the copy finds its own
        return s

    def rename(self, scenario: Scenario, name: str) -> bool:
        """Give a scenario another name; False when it is empty or another scenario has it."""
        name = name.strip()
        if not name or name == scenario.name or self.by_name(name) is not None:
            return False
        scenario.name = name
        self._list_edited()
        return True

    def remove(self, scenario: Scenario) -> bool:
        """Delete a scenario; the last one stays."""
        if len(self._items) <= 1 or scenario not in self._items:
            return False
        i = self._items.index(scenario)
        if scenario is self._current:
            self.set_current(self._items[i - 1] if i > 0 else self._items[1])
        self._drop(scenario)
        self._list_edited()
        return True

    def mark_chosen(self, scenario: Scenario) -> None:
        """The scenario agreed on: it is the plan file's learner and plan."""
        if scenario is not self.chosen:
            self.chosen = scenario
            self._list_edited()

    # ------------------------------------------------------------------ shared state
    def set_catalogues(self, cs: CatalogueSet | None, paths: list[Path], diagnostics: list[Any]) -> None:
        """Give every scenario the catalogues and plan each again: the one on screen first, the
        others after it (one solve at a time)."""
        for s in self._items:
            s.requested = None  # plan again even for the same learner
            s.doc.set_catalogues(cs, paths, diagnostics)
        for s in sorted(self._items, key=lambda s: s is not self._current):
            if s.doc.learner is not None:
                s.replan()

    def set_saved(self, path: Path) -> None:
        """Everything is saved in ``path``."""
        self.path = path
        for s in self._items:
            s.doc.undo_stack.setClean()
        self._list_modified = False
        self._check_modified()

    def set_unsaved(self) -> None:
        """The scenarios are in no file (restored after a crash): Save asks where, and they count as changed."""
        self.path = None
        self._list_modified = True
        self._check_modified()
        self.listChanged.emit()

    def saved(self) -> tuple[list[SavedScenario], str | None]:
        """The scenarios as the plan file holds them, and the chosen one's name."""
        entries = [SavedScenario(name=s.name, learner=s.doc.learner, plan=s.doc.plan)
                   for s in self._items if s.doc.learner is not None]
        chosen = self.chosen.name if self.chosen is not None and self.chosen.doc.learner is not None else None
        return entries, chosen

    def shutdown(self) -> None:
        for s in self._items:
            s.runner.shutdown()
