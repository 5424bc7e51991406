"""The Help menu: a short guide, the keyboard shortcuts, the welcome again, and About (version,
catalogues loaded, licences). Every dialog is non-blocking and shows only our own text, or file
text as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from planner import shipped
from ui import language
from ui.host import WindowHost, widget
from ui.palette import counted
from ui.welcome import show_welcome

# the libraries Leerroute ships with and their licences (About)
LICENCES = (
    ("Leerroute", "MIT"),
    ("Qt 6 / Qt for Python (PySide6)", "LGPL-3.0"),
    ("Google OR-Tools (CP-SAT)", "Apache-2.0"),
    ("NetworkX", "BSD-3-Clause"),
    ("pydantic", "MIT"),
    ("ruamel.yaml", "MIT"),
    ("platformdirs", "MIT"),
    ("fpdf2", "LGPL-3.0"),
    ("icalendar", "BSD-2-Clause"),
    ("defusedxml", "PSF-2.0"),
)



def _keys(host: WindowHost, name: str) -> str:
    """The keys of the window's action ``name`` as the platform writes them ("" when it has none)."""
    action = widget(host).findChild(QAction, name)
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) if action is not None else ""


#: The actions whose keys the guide names, by the placeholder that stands for them.
GUIDE_KEYS = {"open_catalogue": "actionOpenCatalogue", "new_learner": "actionNewLearner",
              "open_learner": "actionOpenLearner", "pin": "actionPin", "exclude": "actionExclude",
              "undo": "actionUndo", "duplicate": "actionDuplicateScenario", "compare": "actionCompare",
              "save": "actionSave"}


def guide_text(host: WindowHost) -> str:
    """The guide, its keys read from the actions themselves (a key changed in the menus changes here)."""
    return QCoreApplication.translate("HelpMenu",
        "1. Open a catalogue (File ▸ Open Catalogue, {open_catalogue}): what the institutions offer.\n"
        "2. Start a new learner (File ▸ New Learner, {new_learner}) or open one ({open_learner}): goal, start, hours a "
        "week, free evenings, budget, deadline, what the learner can already show.\n"
        "3. Leerroute plans the route by itself and plans again after every change. The Timeline, Weekly "
        "load, Week and Modules tabs show it; the panel on the right says why a module is in it.\n"
        "4. Change the route: pin a module ({pin}), leave one out ({exclude}), choose another offering, or "
        "drag a bar to another start. Every change is one step in Edit ▸ Undo ({undo}).\n"
        "5. Try a what-if next to it: Scenario ▸ Duplicate ({duplicate}), then compare ({compare}).\n"
        "6. Save the plan ({save}): the learner, the scenarios and references to the catalogues.\n\n"
        "When no route fits, the bar above the views says why and offers changes that would give one.").format(
        **{key: _keys(host, name) for key, name in GUIDE_KEYS.items()})


def shortcut_rows(host: WindowHost) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a shortcut, in menu order by name."""
    rows = []
    for action in widget(host).findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        text = action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip("…").strip()
        if keys and text:
            rows.append((text, ", ".join(keys)))
    return sorted(set(rows), key=lambda r: r[0].lower())


def about_text(host: WindowHost) -> str:
    lines = [QCoreApplication.translate("HelpMenu", "Leerroute {version}").format(version=shipped.version()), "",
             QCoreApplication.translate("HelpMenu", "Plans personal learning routes with OR-Tools CP-SAT."), ""]
    cs = host.doc.catalogues
    if cs is None or not cs.catalogues:
        lines.append(QCoreApplication.translate("HelpMenu", "No catalogue loaded."))
    else:
        lines.append(QCoreApplication.translate("HelpMenu", "Catalogues loaded:"))
        for cat in cs.catalogues:
            published = QCoreApplication.translate("HelpMenu", ", published {date}").format(date=cat.published.isoformat()) if cat.published else ""
            lines.append(QCoreApplication.translate("HelpMenu", "• {title} ({institution}{published}): {modules}").format(
                title=language.text(cat.title), institution=cat.institution, published=published,
                modules=counted(len(cat.modules), QCoreApplication.translate("HelpMenu", "{n} module"),
                                QCoreApplication.translate("HelpMenu", "{n} modules"))))
    lines += ["", QCoreApplication.translate("HelpMenu", "Licences:")] + [f"• {name}: {licence}" for name, licence in LICENCES]
    return "\n".join(lines)


class ShortcutsDialog(QDialog):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(widget(host))
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("HelpMenu", "Keyboard Shortcuts"))
        rows = shortcut_rows(host)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("HelpMenu", "Action"), QCoreApplication.translate("HelpMenu", "Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        note = QLabel(QCoreApplication.translate("HelpMenu", "Undo and redo work from anywhere in the window; the mouse wheel changes a field "
                          "only after you click in it."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.resize(460, 520)


def _box(host: WindowHost, name: str, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, widget(host))
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.finished.connect(lambda _r: box.deleteLater())
    box.open()
    return box


def show_guide(host: WindowHost) -> QMessageBox:
    return _box(host, "guideBox", QCoreApplication.translate("HelpMenu", "How Leerroute works"), guide_text(host))


def show_about(host: WindowHost) -> QMessageBox:
    return _box(host, "aboutBox", QCoreApplication.translate("HelpMenu", "About Leerroute"), about_text(host))


def show_shortcuts(host: WindowHost) -> ShortcutsDialog:
    dialog = ShortcutsDialog(host)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


def install_help_menu(host: WindowHost, bar: QMenuBar) -> dict[str, QAction]:
    """Add the Help menu to ``bar``; its actions by object name."""
    window = widget(host)
    menu = bar.addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    menu.setObjectName("menuHelp")
    menu.menuAction().setObjectName("menuHelpAction")
    actions: dict[str, QAction] = {}
    for name, text, keys, slot in (
        ("actionGuide", QCoreApplication.translate("HelpMenu", "&Guide"), [QKeySequence(QKeySequence.StandardKey.HelpContents)], lambda: show_guide(host)),
        ("actionShortcuts", QCoreApplication.translate("HelpMenu", "&Keyboard Shortcuts"), [], lambda: show_shortcuts(host)),
        ("actionWelcome", QCoreApplication.translate("HelpMenu", "&Welcome"), [], lambda: show_welcome(host)),
        ("actionAbout", QCoreApplication.translate("HelpMenu", "&About Leerroute"), [], lambda: show_about(host)),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        keys = [k for k in keys if not k.isEmpty()] or ([QKeySequence("F1")] if name == "actionGuide" else [])
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(lambda _=False, slot=slot: slot())
        window.addAction(action)
        menu.addAction(action)
        if name == "actionWelcome":
            menu.addSeparator()
        actions[name] = action
    return actions
