"""Opening a plan file's catalogues: the files beside it, or the copies saved in it.

A plan file carries its catalogues, so it opens anywhere. When a catalogue beside the plan has
the same id but other content, the plan keeps its own copy, the notes say what changed, and the
window offers to re-plan against the new file (Plan ▸ Re-plan with the New Catalogues).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from planner.errors import LeerrouteError
from planner.planfile import PlanCatalogues, PlanFile, load_plan_catalogues, updated_catalogues
from ui.host import WindowHost


def open_plan_catalogues(window: WindowHost, pf: PlanFile, path: Path) -> PlanCatalogues | None:
    """Load the catalogues of a plan file into the window; None (after saying why) when they cannot be used."""
    if not any(ref.content is not None for ref in pf.catalogues):  # an old plan file: its files, as before
        paths = [c for c in pf.catalogue_paths(path.parent) if c.is_file()]
        if not paths:  # never check the plan against the catalogues of whatever was open before
            window.show_message(
                QCoreApplication.translate("planfiles", "Cannot open the plan"),
                QCoreApplication.translate(
                    "planfiles", "The catalogues of this plan are missing: {names}. Put them in the plan's folder "
                    "and open it again.").format(names=", ".join(ref.path for ref in pf.catalogues) or "—"))
            return None
        if not window.open_catalogues(paths):
            return None
        return PlanCatalogues(catalogue_set=window.doc.catalogues, paths=paths)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        opened = load_plan_catalogues(pf, path.parent)
    except LeerrouteError as exc:
        what_to_do = QCoreApplication.translate(
            "planfiles",
            "The catalogues saved in this plan have errors. Open the learner and catalogues instead, then plan again.")
        window.show_message(QCoreApplication.translate("planfiles", "Cannot open the plan"),
                            window._error_text(exc, what_to_do))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    if opened.catalogue_set is None:
        return opened
    if not opened.embedded:  # every catalogue from its file, as before
        return opened if window.open_catalogues(opened.paths) else None
    window.doc.set_catalogues(opened.catalogue_set, opened.paths, [])
    window.status_label.setText(QCoreApplication.translate("planfiles", "Using the catalogues saved in this plan"))
    return opened


def forget_new_catalogues(window: WindowHost) -> None:
    """Other catalogues were opened: the newer ones found beside a plan no longer apply."""
    window.plan_catalogues = None
    window.update_actions()


def replan_with_new_catalogues(window: WindowHost) -> bool:
    """Plan ▸ Re-plan with the New Catalogues: use the changed catalogue files found beside the plan."""
    opened = window.plan_catalogues
    if opened is None or not opened.updates:
        return False
    try:
        cs = updated_catalogues(opened)
    except LeerrouteError as exc:
        window.show_message(QCoreApplication.translate("planfiles", "Cannot use the new catalogue"),
                            window._error_text(exc, QCoreApplication.translate("planfiles", "Fix the file and try again.")))
        return False
    paths = list(dict.fromkeys([*opened.paths, *opened.updates.values()]))
    forget_new_catalogues(window)
    window.doc.file_notes = []
    window.status_label.setText(QCoreApplication.translate("planfiles", "Planning again with the new catalogues"))
    window.scenarios.set_catalogues(cs, paths, [])  # every scenario plans again, the one on screen first
    return True
