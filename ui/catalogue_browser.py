"""Catalogue browser: goals, modules and outcomes with search and filters, problems, prerequisite graph."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.catalog import CatalogueSet
from planner.models import Mode
from ui import language
from ui.graphview import GraphView
from ui.itemmodels import CatalogueItemsModel, DiagnosticsModel, Role
from ui.palette import mode_label
from ui.plaintext import elide, escape, plain_label, wrappable


class CatalogueFilter(QSortFilterProxyModel):
    """Search text over ids and titles (both languages), and an optional mode filter for modules."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.mode: str | None = None
        self.setSortRole(Role.Sort)

    def set_filter(self, text: str, mode: str | None) -> None:
        self.beginFilterChange()
        self.text, self.mode = text.strip().lower(), mode
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.text and not self.mode:
            return True  # no filter: every row, without asking the model (8,000 rows on XL took 0.4 s)
        search = str(self.sourceModel().index(row, 0, parent).data(Role.Search) or "")
        if self.text and not all(word in search for word in self.text.split()):
            return False
        if self.mode and self.sourceModel().index(row, 0, parent).data(Role.Kind) == "modules":
            return self.mode in search.split()
        return True


class CatalogueBrowser(QWidget):
    """The Catalogue tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueBrowser")
        self._cs: CatalogueSet | None = None
        self._filled = True
        self.search = QLineEdit(self)
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Search goals, modules and outcomes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.search.placeholderText())
        self.mode = QComboBox(self)
        self.mode.setObjectName("catalogueModeFilter")
        self.mode.setAccessibleName(self.tr("Filter modules by mode"))
        self.mode.addItem(self.tr("Any mode"), None)
        for m in Mode:
            self.mode.addItem(mode_label(m.value), m.value)
        self.models: dict[str, CatalogueItemsModel] = {}
        self.proxies: dict[str, CatalogueFilter] = {}
        self.views: dict[str, QTableView] = {}
        self.lists = QTabWidget(self)
        self.lists.setObjectName("catalogueLists")
        for kind, label in (("goals", self.tr("Goals")), ("modules", self.tr("Modules")),
                            ("outcomes", self.tr("Outcomes"))):
            model = CatalogueItemsModel(kind, self)
            proxy = CatalogueFilter(self)
            proxy.setSourceModel(model)
            view = QTableView(self)
            view.setObjectName(f"catalogue_{kind}")
            view.setAccessibleName(label)
            view.setModel(proxy)
            # the model keeps its rows in title order; the proxy sorts only when a header is clicked
            # (sorting 5,000 modules through Python took two seconds on every fill)
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.setSortingEnabled(True)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.verticalHeader().hide()
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setResizeContentsPrecision(200)  # fit the first rows, not all 5,000 modules of a big set
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, 240)
            header.setStretchLastSection(True)
            view.setWordWrap(False)
            view.setColumnHidden(model.columnCount() - 1, True)  # the id is in the tooltip
            view.setAlternatingRowColors(True)
            view.selectionModel().currentRowChanged.connect(
                lambda cur, _prev: self.show_graph(cur.data(Role.Id)) if cur.isValid() else None)
            self.models[kind], self.proxies[kind], self.views[kind] = model, proxy, view
            self.lists.addTab(view, label)
        self.diagnostics = DiagnosticsModel(self)
        self.problems = QTableView(self)
        self.problems.setObjectName("problemsTable")
        self.problems.setAccessibleName(self.tr("Problems in the catalogue files"))
        self.problems.setModel(self.diagnostics)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.horizontalHeader().setResizeContentsPrecision(200)  # thousands of warnings: the first 200
        self.problems.setWordWrap(True)
        self.problems_label = plain_label(QLabel(self))
        self.graph = GraphView(self)
        self.graph.nodeActivated.connect(self.show_graph)
        self.graph_label = QLabel(self)
        self.graph_label.setTextFormat(Qt.TextFormat.RichText)  # our template; the title in it is escaped
        self.graph_label.setOpenExternalLinks(False)
        self.graph_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.mode)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(self.lists, 3)
        ll.addWidget(self.problems_label)
        ll.addWidget(self.problems, 1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.graph_label)
        rl.addWidget(self.graph, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 440])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.search.textChanged.connect(self._filter)
        self.mode.currentIndexChanged.connect(self._filter)
        self.set_diagnostics([])
        self.graph.show_message(self.tr("Choose a module or an outcome to see what it needs and what needs it."))

    def set_catalogues(self, cs: CatalogueSet | None) -> None:
        """Show ``cs``; the lists are filled when the tab is first shown (filling 5,000 modules is
        not worth a pause when the catalogues open)."""
        if cs is self._cs and self._filled:
            return
        self._cs = cs
        self._filled = False
        if self.isVisible():
            self.fill()
        else:
            jobs = [model.stage(cs) for model in self.models.values()]
            threading.Thread(target=lambda: [job() for job in jobs], name="warm-catalogue-lists", daemon=True).start()

    def fill(self) -> None:
        """Fill the lists with the catalogues (when they are not yet)."""
        if self._filled:
            return
        self._filled = True
        for model in self.models.values():
            model.set_catalogues(self._cs)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        self.fill()
        super().showEvent(event)

    def set_diagnostics(self, diags: list[Any]) -> None:
        self.diagnostics.set_diagnostics(diags)
        self.problems_label.setText(self.tr("Problems in the files: {n}").format(n=len(diags)) if diags
                                    else self.tr("No problems found in the catalogue files."))
        self.problems.resizeColumnToContents(1)

    def _filter(self) -> None:
        self.fill()  # a search wants the lists
        for proxy in self.proxies.values():
            proxy.set_filter(self.search.text(), self.mode.currentData())

    def show_graph(self, node_id: str | None) -> None:
        if not node_id or self._cs is None:
            return
        cs = self._cs
        if node_id in cs.goals:
            self.graph.show_message(self.tr("A goal has no prerequisites of its own."))
            self.graph_label.setText(escape(self.tr("Choose a module or an outcome of this goal to see its graph.")))
            return
        try:
            from planner.graph import prerequisite_graph

            graph = prerequisite_graph(cs, node_id, language.current())
        except Exception as exc:  # the graph is a help, never a reason to fail
            self.graph.show_message(self.tr("The graph cannot be drawn: {error}").format(error=exc))
            return
        focus = next((n for n, a in graph.nodes(data=True) if a.get("id") == node_id), node_id)
        title = str(graph.nodes[focus].get("title", node_id)) if focus in graph else node_id
        self.graph_label.setText(self.tr("<b>{title}</b>: what it needs (above) and what needs it (below). "
                                         "Double-click a box to follow it.").format(title=escape(wrappable(elide(title, 200)))))
        self.graph.set_graph(graph, focus=focus)
