"""The first-start welcome: what Leerroute does and the ways to begin (open a plan, one of the recent
plans, open a catalogue, start a new learner, open a sample). Shown at start until the user unticks "Show at start"; Help ▸
Welcome shows it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from planner import shipped
from ui.filehandling import PLAN_SUFFIX
from ui.host import WindowHost, widget
from ui.plaintext import elide, plain_tip

MAX_PLANS = 5


class WelcomeDialog(QDialog):
    """Non-blocking welcome; each button closes it and does what it says in the window."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(widget(host))
        self.host = host
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Leerroute"))
        title = QLabel(self.tr("Welcome to Leerroute"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "Leerroute plans a personal learning route: which modules to take, when and where, so that a "
            "learner reaches a goal (a diploma, a certificate, a set of microcredentials) within the hours, "
            "budget and deadline they have. It shows why every module is in the route, and what would help "
            "when no route fits.\n\n"
            "You need a catalogue (what the institutions offer) and a learner (who wants to reach what). "
            "Every change you make plans the route again, and Ctrl+Z takes it back."), self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.open_catalogue = QPushButton(self.tr("Open a &Catalogue…"), self)
        self.open_catalogue.setObjectName("welcomeOpenCatalogue")
        self.new_learner = QPushButton(self.tr("&New Learner…"), self)
        self.new_learner.setObjectName("welcomeNewLearner")
        self.new_learner.setEnabled(host.doc.catalogues is not None)
        self.new_learner.setToolTip(self.tr("Start an intake on the open catalogues"))
        self.sample = QPushButton(self.tr("Open a &Sample"), self)
        self.sample.setObjectName("welcomeSample")
        self.sample.setToolTip(self.tr("The demo catalogues and a sample learner, planned"))
        self.show_at_start = QCheckBox(self.tr("Show this welcome at start"), self)
        self.show_at_start.setObjectName("welcomeShowAtStart")
        self.show_at_start.setChecked(bool(host.settings.get("ui/showWelcome")))
        self.show_at_start.toggled.connect(lambda on: host.settings.set("ui/showWelcome", int(on)))
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("welcomeClose")
        close.clicked.connect(self.reject)
        self.open_plan = QPushButton(self.tr("Open &Plan…"), self)
        self.open_plan.setObjectName("welcomeOpenPlan")
        self.open_plan.setToolTip(self.tr("Open a saved plan (*.leerroute.json)"))
        self.open_plan.clicked.connect(lambda: self._then(host.open_plan_dialog))
        # the plans worked on last, the user's own before the demo's: one click back to work
        self.recent: list[QPushButton] = []
        recent_box = QVBoxLayout()
        plans = [Path(f) for f in host.settings.recent_files(own_first_under=shipped.data_dir())
                 if f.lower().endswith(PLAN_SUFFIX)][:MAX_PLANS]
        if plans:
            recent_box.addWidget(QLabel(self.tr("Recent plans:"), self))
        for i, path in enumerate(plans):
            button = QPushButton(elide(path.name.removesuffix(PLAN_SUFFIX), 60), self)
            button.setObjectName(f"welcomeRecent{i}")
            button.setToolTip(plain_tip(str(path)))
            button.setFlat(True)
            button.setStyleSheet("text-align:left")
            button.clicked.connect(lambda _=False, p=path: self._then(lambda: host.open_plan(p)))
            recent_box.addWidget(button)
            self.recent.append(button)
        self.open_catalogue.clicked.connect(lambda: self._then(lambda: host.open_catalogue_dialog()))
        self.new_learner.clicked.connect(lambda: self._then(host.new_learner_dialog))
        self.sample.clicked.connect(lambda: self._then(self.open_sample))
        buttons = QHBoxLayout()
        for b in (self.open_plan, self.open_catalogue, self.new_learner, self.sample):
            buttons.addWidget(b)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_at_start)
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(text)
        lay.addSpacing(8)
        lay.addLayout(buttons)
        lay.addLayout(recent_box)
        lay.addSpacing(8)
        lay.addLayout(bottom)
        self.setMinimumWidth(min(560, widget(host).width() - 40) if widget(host).width() > 400 else 400)
        self.sample.setDefault(True)

    def _then(self, action: object) -> None:
        self.accept()
        assert callable(action)
        action()

    def open_sample(self) -> bool:
        """The demo catalogues (when not open yet) and a sample learner, planned."""
        host = self.host
        demo = shipped.demo_catalogues()
        if [p.resolve() for p in host.doc.catalogue_paths] != [p.resolve() for p in demo]:
            if not host.open_catalogues(demo):
                return False
        return host.open_learner(shipped.sample_learner())


def show_welcome(host: WindowHost) -> WelcomeDialog:
    """Show the welcome (window-modal, not blocking)."""
    dialog = WelcomeDialog(host)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


def wants_welcome(host: WindowHost) -> bool:
    return bool(host.settings.get("ui/showWelcome"))
