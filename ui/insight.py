"""File ▸ Catalogue Insight…: the insight report for the open catalogues and a chosen cohort.

The batch is :func:`planner.insight.run.run_insight` (the same as ``leerroute insight``); it runs in a
background thread, with its progress (counts and time left) in the dialog and Cancel stopping it
cleanly (what was planned stays in the cache). The finished report opens in the browser.
"""

from __future__ import annotations

import logging
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import shipped
from planner.catalog import CatalogueSet
from ui.background import keep_until_finished, wait_for_kept

log = logging.getLogger(__name__)


# Runs still going; their threads are kept alive past their dialog (ui.background.keep_until_finished),
# and when the application quits each is asked to stop and waited for.
_RUNNING: weakref.WeakSet[_Run] = weakref.WeakSet()


def _stop_all() -> None:
    for run in list(_RUNNING):
        run.stop.set()
    wait_for_kept(30000)


def open_report(path: Path) -> bool:
    """Open the HTML report in the user's browser."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class _Run(QObject):
    """The batch in a thread: progress as signals, then the written report or the error."""

    progress = Signal(str, int, int, str)  # phase, done, total, text
    done = Signal(object, bool)  # report path, stopped
    failed = Signal(str)

    def __init__(self, options: Any, out: Path) -> None:
        super().__init__()
        from planner.insight.batch import Stop

        self.options, self.out = options, out
        self.stop = Stop()

    @Slot()
    def run(self) -> None:
        from planner.errors import LeerrouteError
        from planner.insight.report import write_report
        from planner.insight.run import run_insight

        try:
            insight = run_insight(self.options, on_phase=lambda phase, p: self.progress.emit(phase, p.done, p.total, p.line()),
                                  stop=self.stop)
            synthetic = [Path(c).resolve() for c in self.options.cohort] == [shipped.demo_cohort().resolve()]
            written = write_report(insight, self.out, synthetic=synthetic)
        except LeerrouteError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # the batch must never take the window down
            log.exception("catalogue insight failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(written[0], insight.stopped)


class InsightDialog(QDialog):
    """Choose a cohort and a folder, run the insight batch in the background, open the report."""

    finished_report = Signal(object, bool)  # report path, stopped

    def __init__(self, cs: CatalogueSet, parent: QWidget | None = None, start_dir: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("insightDialog")
        self.setWindowTitle(self.tr("Catalogue Insight"))
        self.cs = cs
        self._thread: QThread | None = None
        self._run: _Run | None = None
        self.report: Path | None = None
        names = ", ".join(c.institution for c in cs.catalogues)
        intro = QLabel(self.tr("Plan every learner of a cohort against the open catalogues ({names}) and report "
                               "demand against seats, bottlenecks and unreachable goals.").format(names=names))
        intro.setWordWrap(True)
        self.cohort = QLineEdit(str(shipped.demo_cohort()))
        self.cohort.setAccessibleName(self.tr("Cohort"))
        self.out = QLineEdit(str(Path(start_dir or Path.home()) / "leerroute-insight"))
        self.out.setAccessibleName(self.tr("Report folder"))
        self.engine = QComboBox()
        self.engine.setAccessibleName(self.tr("Where to plan"))
        self.engine.addItem(self.tr("On this computer's cores (Dask)"), "local")
        self.engine.addItem(self.tr("In this window's process"), "in-process")
        self.limit = QDoubleSpinBox()
        self.limit.setAccessibleName(self.tr("Time limit per learner"))
        self.limit.setRange(1, 600)
        self.limit.setDecimals(0)
        self.limit.setValue(10)
        self.limit.setSuffix(self.tr(" s"))
        browse_cohort = QPushButton(self.tr("Choose…"))
        browse_cohort.clicked.connect(self._choose_cohort)
        browse_out = QPushButton(self.tr("Choose…"))
        browse_out.clicked.connect(self._choose_out)
        form = QFormLayout()
        for label, field, button in ((self.tr("&Cohort:"), self.cohort, browse_cohort),
                                     (self.tr("&Report folder:"), self.out, browse_out)):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(button)
            form.addRow(label, row)
            label_widget = form.labelForField(row)
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(field)
        form.addRow(self.tr("&Where:"), self.engine)
        form.addRow(self.tr("&Time limit per learner:"), self.limit)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(self.tr("The demo cohort is synthetic: made-up profiles shaped like the sample learners."))
        self.status.setObjectName("insightStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(self.tr("&Run"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _choose_cohort(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Cohort"), str(Path(self.cohort.text()).parent),
                                              self.tr("Cohorts (*.csv *.yaml *.json)"))
        if path:
            self.cohort.setText(path)

    def _choose_out(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the Report Folder"), self.out.text())
        if path:
            self.out.setText(path)

    def start(self) -> None:
        """Run the batch in the background."""
        from planner.insight.run import InsightOptions

        if self.running:
            return
        out = Path(self.out.text().strip())
        options = InsightOptions(catalogues=[], cohort=[self.cohort.text().strip()], engine=str(self.engine.currentData()),
                                 time_limit=float(self.limit.value()), cache=out / ".cache", catalogue_set=self.cs)
        self._run = _Run(options, out)
        self._thread = QThread()
        self._thread.setObjectName("insightThread")
        self._run.moveToThread(self._thread)
        self._thread.started.connect(self._run.run)
        self._run.progress.connect(self._on_progress)
        self._run.done.connect(self._on_done)
        self._run.failed.connect(self._on_failed)
        self._run.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._run.failed.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        _RUNNING.add(self._run)
        app = QCoreApplication.instance()
        if app is not None and not getattr(app, "_insight_quit_hook", False):
            app.aboutToQuit.connect(_stop_all)
            app._insight_quit_hook = True  # type: ignore[attr-defined]
        self.run_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Reading the cohort…"))
        self._thread.start()
        keep_until_finished(self._thread, self._run)  # lives on if the dialog goes first

    def cancel(self) -> None:
        """Stop the batch: what was planned is kept and the report counts it."""
        if self._run is not None:
            self._run.stop.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the learners being planned now…"))

    @Slot(str, int, int, str)
    def _on_progress(self, phase: str, done: int, total: int, text: str) -> None:
        names = {"cohort": self.tr("Planning the cohort"), "bottlenecks": self.tr("Bottlenecks"),
                 "what-if": self.tr("What-if")}
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.status.setText(self.tr("{phase}: {done} of {total} learners").format(phase=names.get(phase, phase), done=done,
                                                                                   total=total) + f"\n{text}")

    def _finish(self) -> None:
        thread = self._thread
        self._thread = None
        self._run = None
        if thread is not None:
            thread.wait()
        self.run_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)

    @Slot(object, bool)
    def _on_done(self, report: Path, stopped: bool) -> None:
        self._finish()
        self.bar.setValue(1)
        self.report = report
        if stopped:
            self.status.setText(self.tr("Stopped. The report in {folder} counts the learners planned so far; run again "
                                        "to finish (they are kept).").format(folder=report.parent))
        else:
            self.status.setText(self.tr("Report written to {file}.").format(file=report))
            open_report(report)
        self.finished_report.emit(report, stopped)

    @Slot(str)
    def _on_failed(self, error: str) -> None:
        self._finish()
        self.status.setText(self.tr("The report could not be made:") + "\n" + error)

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def shutdown(self) -> None:
        """Stop and wait (the window closes)."""
        if self._run is not None:
            self._run.stop.set()
        if self._thread is not None:
            self._thread.wait(30000)


def show_insight(window: Any) -> InsightDialog | None:
    """File ▸ Catalogue Insight…"""
    from ui.host import widget

    cs = window.doc.catalogues
    if cs is None:
        window.show_message(QCoreApplication.translate("InsightDialog", "Catalogue Insight"),
                            QCoreApplication.translate("InsightDialog", "Open a catalogue first."))
        return None
    dialog = InsightDialog(cs, widget(window), window._last_dir())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

