"""Keeping the window's views on the scenario on screen: the learner panel, the route's views
(drawn ones only when their tab is shown), the selected module, the title.

Texts keep the main window's translation context: they are the window's words.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtWidgets import QWidget

from ui.host import WindowHost, widget
from ui.itemmodels import Role
from ui.loadchart import holiday_weeks


class ViewRefresh:
    """Shows the document of the scenario on screen in every view."""

    def __init__(self, window: WindowHost) -> None:
        self._window = weakref.ref(window)  # the window owns its helpers, not the other way round
        self.selected: str | None = None  # the module selected in the views
        self._stale_views: set[QWidget] = set()


    @property
    def w(self) -> WindowHost:
        window = self._window()
        assert window is not None, "the window is gone"
        return window
    def learner_changed(self) -> None:
        self.show_learner()
        self.w.schedule_replan()

    def show_learner(self) -> None:
        w = self.w
        w.learner_form.set_data(w.doc.catalogues, w.doc.learner)
        QTimer.singleShot(0, self.fit_learner_form)  # once the new rows are laid out
        w.progress.set_data(w.doc.catalogues, w.doc.learner, w.doc.plan)
        w.update_title()
        w.update_actions()

    def scenario_shown(self) -> None:
        """Another scenario is on screen: every view shows it; nothing is planned again."""
        w = self.w
        w.learner_form.set_document(w.doc)
        w.browser.set_catalogues(w.doc.catalogues)
        self.show_learner()
        self.plan_changed()
        if not w.runner.busy:
            w.elapsed_label.clear()
            w.status_label.setText(QCoreApplication.translate("MainWindow", "Showing scenario “{name}”").format(
                name=w.scenarios.current.name))

    def scenarios_changed(self) -> None:
        self.w.update_title()
        self.w.update_actions()

    def catalogue_changed(self) -> None:
        self.w.browser.set_catalogues(self.w.doc.catalogues)
        self.show_learner()

    def fit_learner_form(self) -> None:
        """Keep the learner panel as wide as its form needs (long milestone titles, longer Dutch
        labels), so no field hides behind a horizontal scroll bar."""
        scroll = self.w.learner_scroll
        scroll.setMinimumWidth(self.w.learner_form.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth() + 4)

    def plan_changed(self) -> None:
        w = self.w
        plan, learner = w.doc.plan, w.doc.learner
        # the drawn views are redrawn when shown: only the one on screen now, the others on their tab
        self._stale_views = {w.timeline, w.load_chart, w.calendar}
        if w.doc.plan_streamed:
            # a route streamed while the search goes on: the progress tab (0.13 s on XL) is filled when it
            # is shown, or with the search's answer
            self._stale_views.add(w.progress)
        self.refresh_shown_view()
        w.items_model.set_plan(plan)
        w.summary.set_plan(plan, w.runner.busy)
        w.explanation.set_plan(plan, w.doc.plan_problems, w.doc.file_notes, w.doc.catalogues)
        if not w.doc.plan_streamed:
            w.progress.set_data(w.doc.catalogues, learner, plan)
        if self.selected and plan and plan.item_for_module(self.selected):
            self.select_module(self.selected)
        elif plan and plan.items:
            self.select_module(min(plan.items, key=lambda i: (i.start_week, i.title)).module)
        else:
            self.selected = None
            w.details.show_item(None, None, None)
        w.update_actions()

    def refresh_shown_view(self, *_args: object) -> None:
        w = self.w
        view = w.tabs.currentWidget()
        if view not in self._stale_views:
            return
        self._stale_views.discard(view)
        plan, learner = w.doc.plan, w.doc.learner
        if view is w.timeline:
            weeks = max([i.end_week for i in plan.items], default=0) + 4 if plan else 0
            w.timeline.set_plan(plan, holiday_weeks(learner, weeks))
            if self.selected:
                w.timeline.select_module(self.selected)
        elif view is w.load_chart:
            w.load_chart.set_data(plan, learner)
        elif view is w.calendar:
            w.calendar.set_data(plan, learner)
        elif view is w.progress:
            w.progress.set_data(w.doc.catalogues, learner, plan)

    def select_module(self, module: str) -> None:
        w = self.w
        self.selected = module
        w.details.show_module(module, w.doc.plan, w.doc.catalogues, w.doc.learner)
        w.update_actions()
        w.timeline.select_module(module)
        row = w.items_model.row_of(module)
        if row >= 0:
            idx = w.items_proxy.mapFromSource(w.items_model.index(row, 0))
            if w.items_view.currentIndex().row() != idx.row():
                w.items_view.selectionModel().blockSignals(True)
                w.items_view.selectRow(idx.row())
                w.items_view.selectionModel().blockSignals(False)

    def table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        module = current.data(Role.Id)
        if module:
            self.select_module(str(module))

    def update_title(self, *_args: object) -> None:
        w = self.w
        path = w.scenarios.path
        name = path.name if path else (w.doc.learner.name if w.doc.learner else "")
        window = widget(w)
        window.setWindowTitle(QCoreApplication.translate("MainWindow", "{name}[*] — Leerroute").format(name=name)
                              if name else "Leerroute[*]")
        window.setWindowModified(w.scenarios.is_modified())
