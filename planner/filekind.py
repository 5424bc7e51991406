"""What kind of Leerroute file a path holds — catalogue, learner or plan — told from its top-level
keys before anything is validated, so opening a file as the wrong kind says so in one sentence
instead of listing every field the other kind lacks.

Only the first 256 KB are read and only top-level keys are looked at (column 0 in YAML, the first
two levels of indentation in JSON); nothing is parsed, so a huge or broken file costs nothing.

>>> kind_of_text("formatVersion: '1.0'\\ninstitution: X\\nmodules: []\\n")
'catalogue'
>>> kind_of_text('{"formatVersion": "1.0", "name": "A", "start": "2026-09-07", "hoursPerWeek": 8}')
'learner'
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

FileKind = Literal["catalogue", "learner", "plan", "unknown"]
HEAD_BYTES = 256 * 1024

_CATALOGUE = {"institution", "modules", "offerings", "goals", "equivalences"}
_LEARNER = {"hoursPerWeek", "hours_per_week", "availability", "start", "proven", "pinned", "excluded"}
_PLAN = {"learner", "scenarios", "plan"}

_YAML_KEY = re.compile(r'^["\']?([A-Za-z_][A-Za-z0-9_]*)["\']?\s*:', re.MULTILINE)
_JSON_KEY = re.compile(r'(?:^|[{,])[ \t]{0,2}"([A-Za-z_][A-Za-z0-9_]*)"\s*:', re.MULTILINE)


def top_level_keys(text: str) -> set[str]:
    """Keys that look top-level in YAML or JSON text (a cheap look, not a parse)."""
    if text.lstrip().startswith("{"):
        body = text.lstrip()[1:]
        # the keys of the outer object: those seen before the first nested object opens, and those
        # on lines indented at most two places
        first = set(re.findall(r'"([A-Za-z_][A-Za-z0-9_]*)"\s*:', body.split("{", 1)[0]))
        return first | set(_JSON_KEY.findall(body))
    return set(_YAML_KEY.findall(text))


def kind_of_text(text: str) -> FileKind:
    """The kind of file ``text`` is the start of."""
    keys = top_level_keys(text)
    if keys & _PLAN and "learner" in keys:
        return "plan"
    if keys & _CATALOGUE:
        return "catalogue"
    if keys & _LEARNER:
        return "learner"
    return "unknown"


def file_kind(path: Path | str) -> FileKind:
    """The kind of Leerroute file at ``path``; "unknown" when it cannot be read or told."""
    from planner.errors import CatalogueError
    from planner.reader import read_head

    try:
        head = read_head(path, HEAD_BYTES)
    except CatalogueError:
        return "unknown"
    return kind_of_text(head.decode("utf-8", errors="replace"))
