"""Declared settings over QSettings: every key the app stores, with its type, default and purpose.

Only keys in :data:`SETTINGS` may be read or written, so a typo is an error instead of a silent new
key. Tests call ``QStandardPaths.setTestModeEnabled(True)`` and never touch the user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    """One stored setting."""

    key: str
    type: type
    default: Any
    doc: str


SETTINGS: tuple[Setting, ...] = (
    Setting("window/geometry", QByteArray, QByteArray(), "Main window geometry (saveGeometry)."),
    Setting("window/state", QByteArray, QByteArray(), "Dock and toolbar layout (saveState)."),
    Setting("files/recent", list, [], "Recently opened files, newest first."),
    Setting("files/lastDir", str, "", "Folder of the last file dialog."),
    Setting("files/lastPlan", str, "", "The plan file last opened or saved: reopened at the next start."),
    Setting("ui/language", str, "", "Interface language: 'nl', 'en', or '' to follow the system (from the next start)."),
    Setting("ui/showWelcome", int, 1, "1: show the welcome at start (until the user unticks it); 0: not."),
    Setting("solver/timeLimit", float, 10.0, "Seconds the solver may search for a better route."),
)
_BY_KEY = {s.key: s for s in SETTINGS}
MAX_RECENT = 10


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def get(self, key: str) -> Any:
        s = _BY_KEY[key]
        value = self._q.value(key, s.default)
        if value is None:
            return s.default
        try:
            if s.type is list:
                if isinstance(value, str):
                    return [value]
                return [str(v) for v in value]  # type: ignore[attr-defined]
            if s.type is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value)  # type: ignore[call-overload]
            return s.type(value)
        except (TypeError, ValueError):
            return s.default

    def set(self, key: str, value: Any) -> None:
        if key not in _BY_KEY:
            raise KeyError(f"undeclared setting {key!r}")
        self._q.setValue(key, value)

    def recent_files(self, own_first_under: Path | None = None) -> list[str]:
        """Recent files that still exist, newest first; with ``own_first_under``, the user's own
        files before those under that folder (the demo files shipped with the program)."""
        files = [f for f in self.get("files/recent") if Path(f).exists()]
        if own_first_under is None:
            return files
        shipped = own_first_under.resolve()
        return sorted(files, key=lambda f: Path(f).resolve().is_relative_to(shipped))  # stable: newest first in each

    def add_recent(self, path: Path | str) -> None:
        p = str(Path(path).resolve())
        files = [p] + [f for f in self.get("files/recent") if f != p]
        self.set("files/recent", files[:MAX_RECENT])
