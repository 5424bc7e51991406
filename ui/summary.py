"""The strip above the plan views: finish date, EC, hours, cost, modules, solver status and gap."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from planner.plan import Plan, Status


class SummaryBar(QFrame):
    """Totals of the current plan, large enough to read at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBar")
        self.setAccessibleName(self.tr("Route totals"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (("finish", self.tr("Done")), ("ec", self.tr("EC")), ("hours", self.tr("Study hours")),
                             ("cost", self.tr("Cost")), ("modules", self.tr("Modules")),
                             ("status", self.tr("Planner"))):
            box = QLabel(self)
            box.setObjectName(f"summary_{key}")
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setProperty("caption", caption)
            lay.addWidget(box, 2 if key in ("finish", "status") else 1)
            self.fields[key] = box
        self.set_plan(None)

    def _set(self, key: str, value: str, colour: str = "#111") -> None:
        caption = self.fields[key].property("caption")
        self.fields[key].setText(f"<span style='color:#666'>{caption}</span><br>"
                                 f"<span style='font-size:13pt;font-weight:600;color:{colour}'>{value}</span>")
        self.fields[key].setAccessibleName(f"{caption}: {value}")

    def status_text(self, plan: Plan | None, busy: bool = False) -> tuple[str, str]:
        if plan is None:
            return (self.tr("planning…") if busy else self.tr("no plan yet")), "#666"
        names = {Status.OPTIMAL: self.tr("best route"), Status.FEASIBLE: self.tr("good route"),
                 Status.INFEASIBLE: self.tr("no route"), Status.STOPPED: self.tr("stopped early"),
                 Status.UNKNOWN: self.tr("unknown")}
        text = names.get(plan.status, str(plan.status))
        if plan.status in (Status.FEASIBLE, Status.STOPPED) and plan.gap is not None:
            text += self.tr(" (at most {gap:.0%} slower than best)").format(gap=plan.gap)
        if busy:
            text += self.tr(", improving…")
        colour = {Status.INFEASIBLE: "#b03020", Status.OPTIMAL: "#2e7d32"}.get(plan.status, "#8a5a00")
        return text, colour

    def set_plan(self, plan: Plan | None, busy: bool = False) -> None:
        loc = QLocale()
        t = plan.totals if plan else None
        if t is None:
            for key in ("finish", "ec", "hours", "cost", "modules"):
                self._set(key, "—")
        else:
            self._set("finish", self.tr("{date} (week {week})").format(
                date=loc.toString(t.finish_date, QLocale.FormatType.ShortFormat), week=t.finish_week))
            self._set("ec", f"{t.ec:g}")
            self._set("hours", f"{t.hours:,.0f}")
            self._set("cost", f"€ {t.cost:,.0f}")
            self._set("modules", str(t.modules))
        self._set("status", *self.status_text(plan, busy))
