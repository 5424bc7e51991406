"""The strip above the plan views: finish date, EC, hours, cost, modules, solver status and gap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from planner.plan import Plan, Status
from ui.palette import fmt_date, fmt_money, fmt_number


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
            # never let long totals widen the window; the full text is in the tooltip
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            box.setMinimumWidth(60)
            lay.addWidget(box, 2 if key in ("finish", "status") else 1)
            self.fields[key] = box
        self.set_plan(None)

    def _set(self, key: str, value: str, colour: str = "#111", caption: str | None = None) -> None:
        caption = caption or self.fields[key].property("caption")
        self.fields[key].setText(f"<span style='color:#666'>{caption}</span><br>"
                                 f"<span style='font-size:12pt;font-weight:600;color:{colour}'>{value}</span>")
        self.fields[key].setAccessibleName(f"{caption}: {value}")
        self.fields[key].setToolTip(f"{caption}: {value}")

    def status_text(self, plan: Plan | None, busy: bool = False) -> tuple[str, str, str]:
        """Short status, its colour, and a caption with the gap or progress."""
        caption = self.tr("Planner")
        if busy:
            caption = self.tr("Planner · improving…")
        if plan is None:
            return (self.tr("planning…") if busy else self.tr("no plan yet")), "#666", caption
        # each word a claim the plan's figures prove: "earliest possible" only when the bound meets
        # the finish; "no route exists" only when proven, apart from "no route found" in the time
        names = {Status.OPTIMAL: self.tr("best route"), Status.FEASIBLE: self.tr("good route"),
                 Status.INFEASIBLE: self.tr("no route exists"), Status.STOPPED: self.tr("stopped early"),
                 Status.UNKNOWN: self.tr("no route found")}
        text = names.get(plan.status, str(plan.status))
        t = plan.totals
        if not busy and t is not None and plan.bound is not None:
            if plan.bound >= t.finish_week:
                caption = self.tr("Planner · earliest possible finish")
            else:
                caption = self.tr("Planner · earliest found; at most {weeks} weeks later than possible").format(
                    weeks=t.finish_week - plan.bound)
        elif not busy and plan.status == Status.UNKNOWN:
            caption = self.tr("Planner · none in {s:.0f} s, none proven impossible").format(s=plan.solve_seconds)
        colour = {Status.INFEASIBLE: "#b03020", Status.OPTIMAL: "#2e7d32"}.get(plan.status, "#8a5a00")
        return text, colour, caption

    def set_plan(self, plan: Plan | None, busy: bool = False) -> None:
        t = plan.totals if plan else None
        if t is None:
            for key in ("finish", "ec", "hours", "cost", "modules"):
                self._set(key, "—")
        else:
            self._set("finish", fmt_date(t.finish_date),
                      caption=self.tr("Done in week {week}").format(week=t.finish_week))
            self._set("ec", fmt_number(t.ec))
            self._set("hours", fmt_number(round(t.hours)))
            self._set("cost", fmt_money(t.cost))
            self._set("modules", str(t.modules))
        text, colour, caption = self.status_text(plan, busy)
        self._set("status", text, colour, caption)
