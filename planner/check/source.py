"""A checked file: its parsed data, how to locate a field in it, and the diagnostics found in it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.diagnostics import Diagnostic, Severity
from planner.errors import CatalogueError, FileTooLargeError, UnreadableFileError
from planner.locate import JsonLocator, Locator, MarkLocator, YamlLocator, render_path
from planner.reader import parse_data, read_text
from planner.yamlio import MAX_DEPTH, YamlError, load_yaml_marked


def kind_of(value: Any) -> str:
    """A value's kind in words a file author knows."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"'{str(value).lower()}' (true/false)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"the text '{short}'"
    if isinstance(value, dt.datetime | dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


@dataclass
class SourceFile:
    """A parsed file and how to report about it."""

    name: str
    data: Any
    locator: Locator
    diags: list[Diagnostic]

    def at(self, path: Sequence[str | int]) -> tuple[int | None, int | None]:
        try:
            return self.locator.locate(path)
        except Exception:  # a position is a courtesy; never fail over it
            return None, None

    def add(
        self,
        severity: Severity,
        path: Sequence[str | int],
        code: str,
        message: str,
        hint: str,
        *,
        at: Sequence[str | int] | None = None,
        **params: Any,
    ) -> Diagnostic:
        line, col = self.at(path if at is None else at)
        d = Diagnostic(severity, self.name, line, col, render_path(path), message, hint, code, dict(params))
        self.diags.append(d)
        return d

    def error(self, path: Sequence[str | int], code: str, message: str, hint: str, **kw: Any) -> Diagnostic:
        return self.add("error", path, code, message, hint, **kw)

    def warning(self, path: Sequence[str | int], code: str, message: str, hint: str, **kw: Any) -> Diagnostic:
        return self.add("warning", path, code, message, hint, **kw)


def _file_diag(name: str, exc: CatalogueError) -> Diagnostic:
    """A diagnostic for a file that could not be read or parsed."""
    if isinstance(exc, YamlError | UnreadableFileError):
        field = exc.field if isinstance(exc, UnreadableFileError) else ""
        return Diagnostic("error", name, exc.line, exc.column, field, exc.problem, exc.hint, exc.code)
    text = str(exc)
    # messages look like "<path>:<line>:<col>: what; what to do" or "<path>: what; what to do"
    line = col = None
    m = re.match(r"^.*?:(\d+):(\d+): (.*)$", text, re.S)
    if m and text.startswith(name):
        line, col, rest = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        rest = text[len(name) + 2 :] if text.startswith(name + ": ") else text
    message, _, hint = rest.partition("; ")
    if isinstance(exc, FileTooLargeError):
        code = "too-large"
    elif "UTF-8" in text:
        code = "encoding"
    elif line is not None or "JSON" in text:
        code = "syntax"
    else:
        code = "unreadable"
    return Diagnostic("error", name, line, col, "", message, hint, code)


def read_source(path: Path, diags: list[Diagnostic], fast: bool = False) -> tuple[SourceFile | None, str]:
    """Read and parse one file; on failure add a diagnostic and return None.

    YAML is read by the C parser with positions (:func:`~planner.yamlio.load_yaml_marked`), or by the
    careful reader when it is unusual. ``fast``: JSON is read without positions; the caller re-reads
    it if anything is found.
    """
    name = str(path)
    marked = None
    try:
        text = read_text(path)
        if path.suffix.lower() != ".json":
            marked = load_yaml_marked(text)  # the C parser, with positions; None: the careful reader decides
        data = marked[0] if marked is not None else parse_data(text, path, fast=fast)
    except CatalogueError as exc:
        diags.append(_file_diag(name, exc))
        return None, ""
    except (RecursionError, MemoryError, ValueError) as exc:
        diags.append(Diagnostic("error", name, None, None, "", f"the file cannot be read ({type(exc).__name__})",
                                "check that it is a catalogue file", "syntax"))
        return None, ""
    if marked is not None:
        locator: Locator = MarkLocator(data, marked[1])
    elif fast:
        locator = Locator()  # clean files need no positions; anything found is re-read
    elif path.suffix.lower() == ".json":
        locator = JsonLocator(text)
    else:
        locator = YamlLocator(data)
    return SourceFile(name, data, locator, diags), text


def _too_deep(data: Any) -> bool:
    """Whether plain data nests deeper than :data:`MAX_DEPTH` (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        children = node.values() if isinstance(node, dict | Mapping) else node
        stack.extend((v, depth + 1) for v in children if isinstance(v, dict | list | Mapping))
    return False


def top_mapping(f: SourceFile, what: str, example: str) -> bool:
    """Whether the file holds a mapping at the top; report when it does not."""
    if f.data is None:
        f.error([], "empty", "the file is empty", f"write a {what}, starting with {example}")
        return False
    if not isinstance(f.data, Mapping):
        # say what kind of thing it holds, never what it says: it may be an unrelated (private) file
        held = "plain text" if isinstance(f.data, str) else kind_of(f.data)
        f.error([], "type", f"the file holds {held}, not a {what}",
                f"write the {what} as a mapping of 'key: value' lines, starting with {example}")
        return False
    # both YAML readers refuse deeper nesting as they read; JSON is measured here
    if not isinstance(f.locator, MarkLocator | YamlLocator) and _too_deep(f.data):
        f.error([], "unsafe-yaml", f"the data is nested more than {MAX_DEPTH} levels deep",
                "flatten the structure; a catalogue never needs this depth")
        return False
    return True
