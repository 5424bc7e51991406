"""The strip above the plan views: finish date, EC, hours, cost, modules, solver status and gap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from planner.plan import Plan, Status
from ui.palette import fmt_date, fmt_money, fmt_number


class SummaryBar(QFrame):
    """Totals of the current plan, large enough to read at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBar")
        self.setAccessibleName(self.tr("Route totals"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QGridLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setHorizontalSpacing(14)
        self._grid = lay
        self._columns = 0
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
            self.fields[key] = box
        self._arrange(6)
        self.set_plan(None)

    def _arrange(self, columns: int) -> None:
        """The six totals in rows of ``columns``: as many in a row as fit without cutting any."""
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.fields.values():
            self._grid.removeWidget(box)
        for c in range(6):
            self._grid.setColumnStretch(c, 0)
        for i, box in enumerate(self.fields.values()):
            self._grid.addWidget(box, i // columns, i % columns)
        for c in range(columns):
            self._grid.setColumnStretch(c, 1)

    def natural_width(self, columns: int = 6) -> int:
        """The width ``columns`` totals in a row need without cutting any: the columns share the
        width equally, so each needs the room of the widest total."""
        margins = self._grid.contentsMargins()
        widest = max(box.sizeHint().width() for box in self.fields.values())
        return (widest * columns + self._grid.horizontalSpacing() * (columns - 1) + margins.left() + margins.right()
                + 2 * self.frameWidth())

    def _fit(self, width: int) -> None:
        # one row of six, two rows of three, or three rows of two (a narrow window with a long status,
        # such as an unproven route's "≤ 12 wk later", has room for no more)
        self._arrange(next((c for c in (6, 3) if width >= self.natural_width(c)), 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _set(self, key: str, value: str, colour: str = "#111", caption: str | None = None, tip: str = "") -> None:
        caption = caption or self.fields[key].property("caption")
        self.fields[key].setText(f"<span style='color:#666'>{caption}</span><br>"
                                 f"<span style='font-size:12pt;font-weight:600;color:{colour}'>{value}</span>")
        self.fields[key].setAccessibleName(f"{caption}: {value}")
        self.fields[key].setToolTip(tip or f"{caption}: {value}")

    def status_text(self, plan: Plan | None, busy: bool = False) -> tuple[str, str, str, str]:
        """Short status, its colour, a short caption with the gap or progress, and the whole claim
        in a sentence (the tip: a narrow window has no room for it)."""
        caption = self.tr("Planner")
        if busy:
            caption = self.tr("Planner · improving…")
        if plan is None:
            return (self.tr("planning…") if busy else self.tr("no plan yet")), "#666", caption, ""
        # each word a claim the plan's figures prove: "earliest possible" only when the bound meets
        # the finish; "no route exists" only when proven, apart from "no route found" in the time
        names = {Status.OPTIMAL: self.tr("best route"), Status.FEASIBLE: self.tr("good route"),
                 Status.INFEASIBLE: self.tr("no route exists"), Status.STOPPED: self.tr("stopped early"),
                 Status.UNKNOWN: self.tr("no route found")}
        text = names.get(plan.status, str(plan.status))
        t = plan.totals
        tip = ""
        if not busy and t is not None and plan.bound is not None:
            if plan.bound >= t.finish_week:
                caption = self.tr("Planner · proven")
                tip = self.tr("The earliest possible finish: proven.")
            else:
                weeks = t.finish_week - plan.bound
                caption = self.tr("Planner · ≤ {weeks} wk later").format(weeks=weeks)
                tip = self.tr("The earliest finish found; at most {weeks} weeks later than possible.").format(weeks=weeks)
        elif not busy and plan.status == Status.UNKNOWN:
            caption = self.tr("Planner · {s:.0f} s").format(s=plan.solve_seconds)
            tip = self.tr("No route found in {s:.0f} s, and none proven impossible.").format(s=plan.solve_seconds)
        colour = {Status.INFEASIBLE: "#b03020", Status.OPTIMAL: "#2e7d32"}.get(plan.status, "#8a5a00")
        return text, colour, caption, tip

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
        text, colour, caption, tip = self.status_text(plan, busy)
        self._set("status", text, colour, caption, tip)
        self._fit(self.width())
