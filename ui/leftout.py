"""What the route was planned without, in the window: a note in the status bar and a box in the
Progress tab listing the catalogue entries lenient loading left out (and what can then never
start), as the plan records them (:attr:`planner.plan.Plan.left_out`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.plan import Plan
from planner.studyplan import left_out_text
from ui import language
from ui.plaintext import elide


def status_note(plan: Plan | None) -> str:
    """' 3 catalogue entries were left out (see Progress).', or '' when nothing was left out."""
    if plan is None or not plan.left_out:
        return ""
    n = len(plan.left_out)
    if n == 1:
        return " " + QCoreApplication.translate("LeftOut", "1 catalogue entry was left out (see Progress).")
    return " " + QCoreApplication.translate("LeftOut", "{n} catalogue entries were left out (see Progress).").format(n=n)


class LeftOutBox(QGroupBox):
    """The entries the plan was made without, one line each; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Left out of the catalogues"), parent)
        self.setObjectName("leftOutBox")
        self.label = QLabel(self)
        self.label.setObjectName("leftOutList")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # ids and reasons come from the files
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.label)
        scroll.setMaximumHeight(self.fontMetrics().height() * 6 + 12)  # the requirements keep the room
        QVBoxLayout(self).addWidget(scroll)
        self.set_plan(None)

    def set_plan(self, plan: Plan | None) -> None:
        entries = plan.left_out if plan is not None else []
        lines = [elide(left_out_text(e, language.current()), 400) for e in entries[:20]]
        if len(entries) > 20:
            lines.append(self.tr("… and {n} more").format(n=len(entries) - 20))
        self.label.setText("\n".join("• " + line for line in lines))
        self.setToolTip(self.tr("The plan was made without these entries; fix them in the catalogue file and plan again."))
        self.setVisible(bool(entries))
