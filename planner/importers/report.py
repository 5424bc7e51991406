"""What an import did not map one to one: every dropped or guessed field with its JSON path.

An importer is lenient: a field it does not know is named, not fatal; an item it cannot read
is reported and skipped, and the rest goes on. The report is plain data, so the command line
prints it and the desktop app shows it; nothing in it is trusted as markup.

A note is a *code* with parameters (like the planner's messages), so the window can say it in
the interface language; :data:`TEMPLATES` holds the English text the command line prints.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from planner.errors import LeerrouteError
from planner.importers.notes import TEMPLATES


class ImporterError(LeerrouteError):
    """Nothing could be imported: the file or files are not what the importer reads."""


class NoteKind(StrEnum):
    """How a foreign field fared in the import."""

    DROPPED = "dropped"  # read, but Leerroute has no place for it
    GUESSED = "guessed"  # a value Leerroute needs, filled in from something else; check it
    KEPT = "kept"  # kept as free text for a catalogue editor (e.g. entry requirements)
    SKIPPED = "skipped"  # a whole item (course, offering, badge) could not be read


def render_note(code: str, params: dict[str, Any]) -> str:
    """The English text of a note code with its parameters (the code itself when unknown)."""
    template = TEMPLATES.get(code)
    if template is None:
        return code + (" " + repr(params) if params else "")
    shown = {k: f"{v:g}" if isinstance(v, float) else v for k, v in params.items()}
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template


@dataclass(frozen=True)
class ImportNote:
    """One field or item: where (file and JSON path), what happened (a code with parameters)."""

    kind: NoteKind
    file: str
    path: str
    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def args(self) -> dict[str, Any]:
        """The parameters as a dictionary."""
        return dict(self.params)

    @property
    def message(self) -> str:
        """Why, in English."""
        return render_note(self.code, self.args)

    def render(self) -> str:
        """One line: ``file $.path: kind: message``."""
        return f"{self.file} {self.path}: {self.kind.value}: {self.message}"


@functools.lru_cache(maxsize=4096)
def _name(text: str) -> str:
    if text.startswith(("https://", "http://")) or text.startswith("("):
        return text
    return Path(text).name


def source_name(file: Path | str) -> str:
    """How a source is named in a note: a file by its name, a page of an endpoint by its address."""
    return _name(str(file))


@dataclass
class ImportReport:
    """Everything an import dropped, guessed, kept as text or skipped, and the unknown fields.

    With ``trace`` the JSON paths that were read into the result are collected in ``mapped`` too,
    (file, path) pairs, so a test can prove that every leaf of the input was mapped or named.
    """

    notes: list[ImportNote] = field(default_factory=list)
    unknown: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)
    trace: bool = False
    mapped: set[tuple[str, str]] = field(default_factory=set)

    def add(self, kind: NoteKind, file: Path | str, path: str, code: str, /, **params: Any) -> None:
        """Record one note."""
        self.notes.append(ImportNote(kind, source_name(file), path, code, tuple(params.items())))

    def dropped(self, file: Path | str, path: str, code: str, /, **params: Any) -> None:
        """A field was read but has no place in Leerroute."""
        self.add(NoteKind.DROPPED, file, path, code, **params)

    def guessed(self, file: Path | str, path: str, code: str, /, **params: Any) -> None:
        """A value was filled in from something else; a person should check it."""
        self.add(NoteKind.GUESSED, file, path, code, **params)

    def kept(self, file: Path | str, path: str, code: str, /, **params: Any) -> None:
        """A value was kept as free text for a catalogue editor."""
        self.add(NoteKind.KEPT, file, path, code, **params)

    def skipped(self, file: Path | str, path: str, code: str, /, **params: Any) -> None:
        """A whole item could not be read; the rest of the import goes on."""
        self.add(NoteKind.SKIPPED, file, path, code, **params)

    def of_kind(self, kind: NoteKind) -> list[ImportNote]:
        """The notes of one kind, in the order they were made."""
        return [n for n in self.notes if n.kind == kind]

    def summary(self) -> str:
        """A short summary: what was imported and how many notes of each kind."""
        made = ", ".join(f"{n} {what}" for what, n in self.counts.items() if n) or "nothing"
        kinds = Counter(n.kind.value for n in self.notes)
        parts = [f"Imported {made}."]
        if kinds:
            parts.append(", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ".")
        if self.unknown:
            parts.append(f"{sum(self.unknown.values())} fields outside the specification ({len(self.unknown)} kinds) "
                         "were not read.")
        return " ".join(parts)

    def render(self) -> str:
        """The whole report as text: the summary, every note, the unknown fields with counts."""
        lines = [self.summary()]
        lines += [f"  {n.render()}" for n in self.notes]
        if self.unknown:
            lines.append("  fields outside the specification (not read): " + ", ".join(
                f"{k} ×{n}" for k, n in sorted(self.unknown.items())))
        return "\n".join(lines)


def iso_date(value: Any) -> dt.date | None:
    """The date at the start of an ISO 8601 date or date-time text ('2026-09-01T08:00:00Z'), else None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
