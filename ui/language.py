"""The interface language: Dutch or English, following the system unless the user chose one.

The choice is stored in the ``ui/language`` setting ("" follows the system) and takes effect when the
app starts: :func:`install` loads Qt's own Dutch strings (standard buttons, dialogs) and ours
(``i18n/leerroute_nl.qm``, compiled from ``leerroute_nl.ts`` by ``make i18n``). Catalogue texts
(titles of goals, modules and outcomes) are bilingual; :func:`text` picks the interface language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.models import Text
from planner.plan import MilestoneResult, PlannedModule

I18N = Path(__file__).resolve().parent / "i18n"
#: Languages the interface speaks, each named in its own language (as language menus do).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}

_current = "en"
_before: QLocale | None = None  # the default locale before install() changed it


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to use for a stored choice: "nl" or "en"; "" (or anything unknown) follows the system."""
    if choice in LANGUAGES:
        return choice
    system = system or QLocale.system()
    return "nl" if system.language() == QLocale.Language.Dutch else "en"


#: Texts of Qt's own dialogs that Qt's Dutch translation (qtbase_nl) lacks: Qt 6 added a mnemonic
#: to them ("&Look in:"), and the translation still has the old text ("Look in:"); the file kinds moved to
#: another context.
QT_GAPS_NL: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    # the kind of each entry in the file dialog's list (qtbase_nl has these only for Qt 5's QFileIconProvider)
    ("QAbstractFileIconProvider", "Folder"): "Map",
    ("QAbstractFileIconProvider", "File"): "Bestand",
    ("QAbstractFileIconProvider", "%1 File"): "%1-bestand",
    ("QAbstractFileIconProvider", "Drive"): "Station",
    ("QAbstractFileIconProvider", "Unknown"): "Onbekend",
}


class _QtGaps(QTranslator):
    """Dutch for the texts of Qt's own dialogs in :data:`QT_GAPS_NL`; nothing else."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        return QT_GAPS_NL.get((context, source))  # None: no translation here, the next translator is asked

    def isEmpty(self) -> bool:  # noqa: N802 - Qt naming
        return False


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the interface language of ``app``; returns the translators installed.

    English needs no translation file. A missing Dutch file leaves the interface in English (a
    partial install), never an error.
    """
    global _current, _before
    installed: list[QTranslator] = []
    _before = _before or QLocale()
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        ours = False
        for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                             ("leerroute", str(I18N))):
            translator = QTranslator(app)
            if translator.load(f"{name}_nl", folder):
                app.installTranslator(translator)
                installed.append(translator)
                ours = ours or name == "leerroute"
        gaps = _QtGaps(app)
        app.installTranslator(gaps)
        installed.append(gaps)
        _current = "nl" if ours else "en"
    else:
        # English texts with English dates and numbers, also on a German, Dutch or bare "C" system
        if QLocale().language() != QLocale.Language.English:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        _current = "en"
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Remove translators installed by :func:`install` (tests switch languages back)."""
    global _current, _before
    for t in translators:
        app.removeTranslator(t)
    if _before is not None:
        QLocale.setDefault(_before)
        _before = None
    _current = "en"


def current() -> str:
    """The interface language in use: "nl" or "en"."""
    return _current


def text(value: Text | str | None) -> str:
    """A catalogue text in the interface language (the other language when it is missing)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return value.get(_current)


def item_title(item: PlannedModule | MilestoneResult) -> str:
    """The title of a planned module or a milestone result in the interface language."""
    return item.title_nl if _current == "nl" and item.title_nl else item.title


def shared_opening(titles: list[str]) -> str:
    """The words (two or more, then a space) that every title starts with, or "": outcome titles
    often open alike ("The ICT professional …"), and a list can say that once.

    >>> shared_opening(["The ICT professional writes code", "The ICT professional tests it"])
    'The ICT professional '
    """
    if len(titles) < 2:
        return ""
    words = [t.split(" ") for t in titles]
    n = 0
    while all(len(w) > n + 1 and w[n] == words[0][n] for w in words):
        n += 1
    return " ".join(words[0][:n]) + " " if n >= 2 else ""
