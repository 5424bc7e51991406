"""Run by ``test_autosave.py`` in a subprocess: a window with the tiny catalogue and learner makes
one edit, autosaves it into the folder given as the first argument, and waits to be killed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

EDITED_NAME = "Edited before the crash"


def main(folder: Path) -> None:
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("LeerrouteTest")
    app.setApplicationName("LeerrouteTest")

    from tests.ui.helpers import CATALOGUE, LEARNER
    from ui.mainwindow import MainWindow

    window = MainWindow()
    window.autosave.folder = folder
    window.autosave.timer.setInterval(300)
    window.autosave.written.connect(lambda path: print("autosaved", path, flush=True))
    window.show()
    window.open_catalogues([CATALOGUE])
    window.open_learner(LEARNER)
    window.doc.edit_learner("Rename", name=EDITED_NAME)
    print("edited", flush=True)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
