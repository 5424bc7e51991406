"""Positions in YAML and JSON files: the line and column of a field path, for every message that
points into a file (the checker, plan files).
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

PathKey = tuple[str | int, ...]


def render_path(path: Sequence[str | int]) -> str:
    """A field path as text.

    >>> render_path(("modules", 3, "offerings", 0))
    'modules[3].offerings[0]'
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class Locator:
    """Finds the line and column of a field path in a parsed file."""

    def locate(self, path: Sequence[str | int]) -> tuple[int | None, int | None]:
        """1-based line and column of the deepest part of ``path`` found in the file."""
        return None, None


class YamlLocator(Locator):
    """Positions from ruamel's round-trip data (``.lc`` on every mapping and list)."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def locate(self, path: Sequence[str | int]) -> tuple[int | None, int | None]:
        node = self.data
        pos = _lc_self(node) or (1, 1)
        for part in path:
            found = child_node(node, part)
            if found is None:
                continue
            node, here = found
            if here is not None:
                pos = here
        return pos


class MarkLocator(Locator):
    """Positions kept by the fast YAML reader: the parser's mark of every key and item
    (:func:`planner.yamlio.load_yaml_marked`)."""

    def __init__(self, data: Any, marks: dict[int, dict[Any, Any]]) -> None:
        self.data = data
        self.marks = marks

    def locate(self, path: Sequence[str | int]) -> tuple[int | None, int | None]:
        node = self.data
        root = self.marks.get(0, {}).get("")
        pos = (root.line + 1, root.column + 1) if root is not None else (1, 1)
        for part in path:
            try:
                if isinstance(node, dict):
                    if part not in node:
                        continue
                elif not (isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)):
                    continue
            except TypeError:  # unhashable part
                continue
            mark = self.marks.get(id(node), {}).get(part)
            node = node[part]
            if mark is not None:
                pos = (mark.line + 1, mark.column + 1)
        return pos


def _lc_self(node: Any) -> tuple[int, int] | None:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return None
    return lc.line + 1, (lc.col or 0) + 1


def child_node(node: Any, part: str | int) -> tuple[Any, tuple[int, int] | None] | None:
    """The child ``part`` of ``node`` and its position, or None when it is not there."""
    try:
        if isinstance(node, Mapping):
            if part not in node:
                return None
            child = node[part]
            try:
                line, col = node.lc.key(part)  # type: ignore[attr-defined]
                return child, (line + 1, col + 1)
            except Exception:
                return child, None
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            child = node[part]
            try:
                line, col = node.lc.item(part)  # type: ignore[attr-defined]
                return child, (line + 1, col + 1)
            except Exception:
                return child, None
    except TypeError:  # unhashable part
        return None
    return None


class JsonLocator(Locator):
    """Positions from a light scan of JSON text (``json`` itself keeps none)."""

    _WS = re.compile(r"[ \t\n\r]*")
    _STR = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
    _ATOM = re.compile(r"[^,\]\}\s]+")

    def __init__(self, text: str) -> None:
        self.text = text
        self.table: dict[PathKey, int] = {}
        self.duplicates: list[tuple[PathKey, int, int]] = []  # path, first offset, second offset
        self._lines = [0] + [m.end() for m in re.finditer("\n", text)]
        try:
            self._value(self._skip(0), ())
        except (IndexError, ValueError, RecursionError):
            pass  # positions stay partial; json.loads is the judge of validity

    def _skip(self, i: int) -> int:
        m = self._WS.match(self.text, i)
        return m.end() if m else i

    def _value(self, i: int, path: PathKey) -> int:
        text = self.text
        self.table.setdefault(path, i)
        ch = text[i]
        if ch == "{":
            i = self._skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                m = self._STR.match(text, i)
                if m is None:
                    raise ValueError("key expected")
                key = json.loads(m.group())
                sub = (*path, key)
                if sub in self.table:
                    self.duplicates.append((sub, self.table[sub], i))
                self.table[sub] = i
                i = self._skip(m.end())
                if text[i] != ":":
                    raise ValueError("colon expected")
                i = self._value(self._skip(i + 1), sub)
                i = self._skip(i)
                if text[i] == ",":
                    i = self._skip(i + 1)
                    continue
                return i + 1
        if ch == "[":
            i = self._skip(i + 1)
            if text[i] == "]":
                return i + 1
            n = 0
            while True:
                i = self._value(i, (*path, n))
                n += 1
                i = self._skip(i)
                if text[i] == ",":
                    i = self._skip(i + 1)
                    continue
                return i + 1
        m = (self._STR if ch == '"' else self._ATOM).match(text, i)
        if m is None:
            raise ValueError("value expected")
        return m.end()

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self._lines, offset) - 1
        return line + 1, offset - self._lines[line] + 1

    def locate(self, path: Sequence[str | int]) -> tuple[int | None, int | None]:
        best: PathKey = ()
        current: PathKey = ()
        for part in path:
            candidate = (*current, part)
            if candidate in self.table:
                current = best = candidate
        offset = self.table.get(best)
        return self.position(offset) if offset is not None else (1, 1)
