"""Goals in a combo box: grouped under their kind, each shown by its title in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox

from planner.catalog import CatalogueSet
from planner.models import GoalKind
from ui import language
from ui.plaintext import plain_tip

#: The order the kinds are listed in.
KIND_ORDER = [GoalKind.SWITCH, GoalKind.ASSOCIATE_DEGREE, GoalKind.DEGREE, GoalKind.MICROCREDENTIALS, GoalKind.CUSTOM]


def kind_label(kind: GoalKind | str) -> str:
    """A goal kind as a heading, in the interface language ('Career switch', 'Omscholing')."""
    labels = {
        GoalKind.SWITCH.value: QCoreApplication.translate("goal", "Career switch programmes"),
        GoalKind.ASSOCIATE_DEGREE.value: QCoreApplication.translate("goal", "Associate degrees"),
        GoalKind.DEGREE.value: QCoreApplication.translate("goal", "Degrees"),
        GoalKind.MICROCREDENTIALS.value: QCoreApplication.translate("goal", "Microcredentials"),
        GoalKind.CUSTOM.value: QCoreApplication.translate("goal", "Other goals"),
    }
    return labels.get(str(kind), QCoreApplication.translate("goal", "Other goals"))


def fill_goal_combo(combo: QComboBox, cs: CatalogueSet | None) -> None:
    """Fill ``combo`` with the goals of ``cs``: a heading per kind (not selectable), then the goals of
    that kind by title; each goal item's data is its id. Clears the combo first."""
    combo.clear()
    if cs is None:
        return
    model = combo.model()
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for g in cs.goals.values():
        by_kind.setdefault(str(g.kind), []).append((language.text(g.title), g.id))
    order = [k.value for k in KIND_ORDER] + sorted(k for k in by_kind if k not in {x.value for x in KIND_ORDER})
    for kind in order:
        goals = by_kind.get(kind)
        if not goals:
            continue
        if isinstance(model, QStandardItemModel):
            heading = QStandardItem(kind_label(kind))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setData(None, Qt.ItemDataRole.UserRole)
            model.appendRow(heading)
        for title, gid in sorted(goals, key=lambda t: t[0].lower()):
            combo.addItem(title, gid)
            combo.setItemData(combo.count() - 1, plain_tip(title), Qt.ItemDataRole.ToolTipRole)
            combo.setItemData(combo.count() - 1, f"{kind_label(kind)}: {title}", Qt.ItemDataRole.AccessibleTextRole)


def select_goal(combo: QComboBox, goal: str | None) -> None:
    """Show ``goal`` in the combo (the first goal when it is not there)."""
    i = combo.findData(goal) if goal else -1
    if i < 0:
        i = next((k for k in range(combo.count()) if combo.itemData(k)), -1)
    combo.setCurrentIndex(i)
