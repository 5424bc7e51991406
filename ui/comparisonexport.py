"""File ▸ Export ▸ Comparison (PDF): the Compare tab as one printable page.

The window gathers what Compare shows — each scenario's results and what it asked for, in the words of
the interface language — into a :class:`planner.export.comparison.ComparisonSheet`; the page is laid
out without Qt by :mod:`planner.export.comparison`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from planner.errors import ExportError
from planner.export.comparison import ComparisonSheet, SheetRow, write_comparison
from ui.comparison import ComparisonView
from ui.comparisonmodel import DIFFERS_MARK
from ui.handover import _NOT_IN_NAMES, error_text
from ui.host import WindowHost, widget
from ui.palette import fmt_date


def comparison_sheet(view: ComparisonView, today_text: str) -> ComparisonSheet | None:
    """What the page says: the table as Compare shows it, and why a scenario has no route; None when
    fewer than two scenarios are compared."""
    model = view.model
    if len(model.columns) < 2:
        return None
    rows = []
    for r, (name, cells) in enumerate(model.rows):
        if r < model.results:
            best = [model.cell(r, c, Qt.ItemDataRole.FontRole) is not None for c in range(len(cells))]
            rows.append(SheetRow(name, [c.text for c in cells], best))
        else:
            rows.append(SheetRow(name.removesuffix(DIFFERS_MARK) + (" ≠" if r in model.differ else ""),
                                 [c.text for c in cells], asked=True, differ=r in model.differ))
    learner = view.scenarios.current.doc.learner
    who = learner.name if learner is not None else ""
    return ComparisonSheet(
        title=QCoreApplication.translate("ComparisonView", "Scenarios compared"),
        subtitle=QCoreApplication.translate("ComparisonView", "{learner} · made on {date}").format(learner=who, date=today_text) if who
        else today_text,
        scenarios=model.scenario_names(),
        rows=rows,
        asked_heading=QCoreApplication.translate("ComparisonView", "What each scenario asks"),
        notes=[f"“{name}”: {why}" for name, why in view.why_texts()],
        legend=QCoreApplication.translate(
            "ComparisonView", "Best value in bold; ≠ marks what the scenarios ask differently. ★ marks the chosen scenario."),
        footer="Leerroute",
    )


def export_comparison(window: WindowHost, path: Path | str) -> bool:
    """Write the comparison page to ``path``; say what happened."""
    view = window.comparison
    sheet = comparison_sheet(view, fmt_date(window.today()))
    if sheet is None:
        window.show_message(QCoreApplication.translate("ComparisonView", "Nothing to compare"), QCoreApplication.translate("ComparisonView", "Tick two to four scenarios to compare."))
        return False
    p = Path(path)
    try:
        write_comparison(sheet, p)
    except ExportError as exc:
        window.show_message(QCoreApplication.translate("ComparisonView", "Cannot export"), error_text(exc))
        window.status_label.setText(QCoreApplication.translate("ComparisonView", "Nothing written"))
        return False
    window.settings.set("files/lastDir", str(p.resolve().parent))
    window.status_label.setText(QCoreApplication.translate("ComparisonView", "Comparison written to {file}").format(file=p.name))
    return True


def export_comparison_dialog(window: WindowHost) -> bool:
    """Ask where, proposing 'learner – comparison.pdf' in the last-used folder."""
    view = window.comparison
    if len(view.model.columns) < 2:
        window.show_message(QCoreApplication.translate("ComparisonView", "Nothing to compare"), QCoreApplication.translate("ComparisonView", "Tick two to four scenarios to compare."))
        return False
    learner = window.doc.learner
    parts = [p for p in ((learner.name.strip() if learner else ""), QCoreApplication.translate("ComparisonView", "comparison")) if p]
    stem = _NOT_IN_NAMES.sub("-", " – ".join(parts)).strip(" .") or "comparison"
    start = str(Path(window._last_dir()) / (stem + ".pdf"))
    path, _ = QFileDialog.getSaveFileName(widget(window), QCoreApplication.translate("ComparisonView", "Export the Comparison"), start,
                                          QCoreApplication.translate("ComparisonView", "PDF documents (*.pdf)"))
    if not path:
        return False
    p = Path(path)
    if p.suffix.lower() != ".pdf":
        p = p.with_name(p.name + ".pdf")
    return export_comparison(window, p)


def comparison_action(window: WindowHost, parent: QObject) -> QAction:
    """File ▸ Export ▸ Comparison (PDF), enabled while there are scenarios to compare (the menus are
    made before the Compare tab: it is looked up when the action is used)."""
    act = QAction(QCoreApplication.translate("ComparisonView", "&Comparison (PDF)…"), parent)
    act.setObjectName("actionExportComparison")
    tip = QCoreApplication.translate("ComparisonView", "Write the compared scenarios side by side as one printable page")
    act.setStatusTip(tip)
    act.setToolTip(tip)
    act.triggered.connect(lambda _=False: export_comparison_dialog(window))

    def refresh() -> None:
        act.setEnabled(len(window.scenarios) >= 2)

    window.scenarios.listChanged.connect(refresh)
    refresh()
    return act
