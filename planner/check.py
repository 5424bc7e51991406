"""The catalogue checker: every problem in catalogue and learner files, with its position.

``leerroute check FILE...`` and the loaders in :mod:`planner.catalog` use this module. It never
raises for bad input: whatever a file holds, the result is a list of :class:`Diagnostic` objects,
each saying where (file, line, column, field path), what is wrong and what to do.

The checks run in three layers, and each layer reports everything it finds:

1. reading: the file exists, is not too large, is UTF-8, is valid and safe YAML or JSON;
2. the models: pydantic validates types, unknown and missing fields, and the rules inside one
   object (a session ends after it starts, an offering has a location unless it is online, ...);
3. cross-checks over all files together: duplicate and unknown ids, prerequisite cycles,
   microcredential size, whether an offering can hold its module's study load, goals that no
   module can reach, modules without offerings, unused outcomes, dates far from publication.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import gc
import hashlib
import json
import math
import re
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

import networkx as nx
from pydantic import BaseModel, ValidationError

from planner.catalog import CatalogueSet, parse_data, read_text
from planner.errors import CatalogueError, FileTooLargeError
from planner.models import (
    MICROCREDENTIAL_EC,
    NS,
    REQUIREMENT_HINT,
    REQUIREMENT_TAGS,
    Catalogue,
    Equivalence,
    Goal,
    Learner,
    Module,
    Offering,
    Outcome,
    is_valid_ref,
    qualify,
)
from planner.requirements import map_requirement, requirement_holds, requirement_outcomes, requirement_paths
from planner.yamlio import MAX_DEPTH, YamlError

Severity = Literal["error", "warning"]
PathKey = tuple[str | int, ...]

#: Diagnostic codes that mean a file could not be read at all (``leerroute check`` exits with 2).
UNREADABLE_CODES = frozenset({"unreadable", "too-large", "encoding"})
#: A cohort start this many years before the catalogue's publication date is suspicious.
OLD_START_YEARS = 5
#: An offering providing more than this many times its module's study hours is suspicious.
LOAD_SLACK = 1.5


# --------------------------------------------------------------------------- results


@dataclass
class Diagnostic:
    """One problem found in a file: where it is, what is wrong, what to do.

    ``code`` is stable (tests and translations key on it); ``message`` and ``hint`` are English
    prose; ``params`` holds the values a translation needs.
    """

    severity: Severity
    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    hint: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        """Whether this is an error (as opposed to a warning)."""
        return self.severity == "error"

    def render(self) -> str:
        """One line: ``file:line:col: error: <path>: <message> — <hint>``.

        >>> Diagnostic("error", "a.yaml", 3, 5, "modules[0].ec", "expected a number", "write 5",
        ...            "type").render()
        'a.yaml:3:5: error: modules[0].ec: expected a number — write 5'
        """
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.severity}: "
        if self.path:
            text += f"{self.path}: "
        text += self.message
        if self.hint:
            text += f" — {self.hint}"
        return text

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, then position."""
        return (self.file, self.line or 0, self.column or 0, self.path)


@dataclass
class FileSummary:
    """What one checked file holds (for the summary line of ``leerroute check``)."""

    file: str
    title: str | None = None
    catalogue_id: str | None = None
    outcomes: int = 0
    modules: int = 0
    offerings: int = 0
    goals: int = 0
    #: False when the file could not be read or parsed, or holds no catalogue mapping.
    readable: bool = True


@dataclass
class Report:
    """Everything ``check_files`` found, and the catalogues when they are usable."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    catalogues: list[Catalogue] = field(default_factory=list)
    catalogue_set: CatalogueSet | None = None
    files: list[FileSummary] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics that are errors."""
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        """The diagnostics that are warnings."""
        return [d for d in self.diagnostics if not d.is_error]

    @property
    def unreadable(self) -> bool:
        """Whether some file could not be read at all."""
        return any(d.code in UNREADABLE_CODES for d in self.diagnostics)

    def summary(self) -> str:
        """Every error, rendered, one per line."""
        return "\n".join(d.render() for d in self.errors)


# --------------------------------------------------------------------------- positions


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
            found = _lc_child(node, part)
            if found is None:
                continue
            node, here = found
            if here is not None:
                pos = here
        return pos


def _lc_self(node: Any) -> tuple[int, int] | None:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return None
    return lc.line + 1, (lc.col or 0) + 1


def _lc_child(node: Any, part: str | int) -> tuple[Any, tuple[int, int] | None] | None:
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


# --------------------------------------------------------------------------- a file's context


@dataclass
class _File:
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
    if isinstance(exc, YamlError):
        return Diagnostic("error", name, exc.line, exc.column, "", exc.problem, exc.hint, exc.code)
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


def _load(path: Path, diags: list[Diagnostic], fast: bool = False) -> tuple[_File | None, str]:
    """Read and parse one file; on failure add a diagnostic and return None.

    ``fast``: try the C parser first (no positions); the caller re-reads if anything is found.
    """
    name = str(path)
    try:
        text = read_text(path)
        data = parse_data(text, path, fast=fast)
    except CatalogueError as exc:
        diags.append(_file_diag(name, exc))
        return None, ""
    except (RecursionError, MemoryError, ValueError) as exc:
        diags.append(Diagnostic("error", name, None, None, "", f"the file cannot be read ({type(exc).__name__})",
                                "check that it is a catalogue file", "syntax"))
        return None, ""
    if fast:
        locator: Locator = Locator()  # clean files need no positions; anything found is re-read
    elif path.suffix.lower() == ".json":
        locator = JsonLocator(text)
    else:
        locator = YamlLocator(data)
    f = _File(name, data, locator, diags)
    if isinstance(locator, JsonLocator):
        for dup, first, _second in locator.duplicates:
            fl, _ = locator.position(first)
            f.add("error", dup, "duplicate-key", f"the key '{dup[-1]}' appears twice in one object (first at line {fl})",
                  "keep only one of them", at=dup)
    return f, text


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


def _top_mapping(f: _File, what: str, example: str) -> bool:
    """Whether the file holds a mapping at the top; report when it does not."""
    if f.data is None:
        f.error([], "empty", "the file is empty", f"write a {what}, starting with {example}")
        return False
    if not isinstance(f.data, Mapping):
        f.error([], "type", f"the file holds {_kind(f.data)}, not a {what}",
                f"write the {what} as a mapping of 'key: value' lines, starting with {example}")
        return False
    if _too_deep(f.data):
        f.error([], "unsafe-yaml", f"the data is nested more than {MAX_DEPTH} levels deep",
                "flatten the structure; a catalogue never needs this depth")
        return False
    return True


# --------------------------------------------------------------------------- pydantic errors


def _kind(value: Any) -> str:
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


def _unwrap(tp: Any) -> list[Any]:
    """The model classes and list item types a field annotation can hold."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        out: list[Any] = []
        for arg in typing.get_args(tp):
            out += _unwrap(arg)
        return out
    return [tp]


def _model_at(root: type[BaseModel], path: Sequence[str | int]) -> type[BaseModel] | None:
    """The model class a (real, union-free) field path points into, when it is one."""
    current: Any = root
    for part in path:
        candidates = _unwrap(current)
        nxt: Any = None
        for cand in candidates:
            if isinstance(part, int):
                if typing.get_origin(cand) is list:
                    nxt = typing.get_args(cand)[0]
                    break
            elif isinstance(cand, type) and issubclass(cand, BaseModel):
                for name, info in cand.model_fields.items():
                    if part in (name, info.alias):
                        nxt = info.annotation
                        break
                if nxt is not None:
                    break
        if nxt is None:
            return None
        current = nxt
    for cand in _unwrap(current):
        if isinstance(cand, type) and issubclass(cand, BaseModel):
            return cand
    return None


def _field_names(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


_VALUE_CODES = [
    ("the session ends", "session-order"),
    ("the window ends", "session-order"),
    ("entry window", "date"),
    ("range ends", "date"),
    ("deadline", "date"),
    ("needs a 'location'", "location-missing"),
    ("the choice needs", "choice-size"),
    ("format version", "format-version"),
    ("study load", "load-missing"),
    ("'goal' or", "goal-missing"),
    ("a goal needs", "goal-empty"),
    ("cohort 'starts'", "offering-when"),
    ("at least one language", "text-empty"),
]


def _friendly(err: Mapping[str, Any], real: list[str | int], model: type[BaseModel] | None) -> tuple[str, str, str]:
    """(code, message, hint) in plain words for one pydantic error."""
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    name = str(real[-1]) if real else "the file"
    if kind == "missing":
        return "missing-field", f"the required field '{name}' is missing", f"add '{name}: …' here"
    if kind == "extra_forbidden":
        hint = "remove it or fix its spelling"
        if model is not None:
            close = difflib.get_close_matches(name, _field_names(model), n=1, cutoff=0.6)
            if close:
                hint = f"did you mean '{close[0]}'? Otherwise remove it"
            else:
                hint += f" (known fields: {', '.join(_field_names(model))})"
        return "unknown-field", f"unknown field '{name}'", hint
    if kind == "invalid_key":
        return "type", f"the key {value!r} is not text", "write keys as plain words, e.g. 'id:'"
    if kind in ("string_type", "str_type"):
        return "type", f"expected text, found {_kind(value)}", "write it as text (put it in quotes if needed)"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "type", f"expected a whole number, found {_kind(value)}", "write a whole number such as 8"
    if kind in ("float_type", "float_parsing", "finite_number"):
        return "type", f"expected a number, found {_kind(value)}", "write a number such as 5 or 2.5"
    if kind in ("bool_type", "bool_parsing"):
        return "type", f"expected true or false, found {_kind(value)}", "write true or false"
    if kind in ("list_type", "tuple_type", "set_type"):
        return "type", f"expected a list, found {_kind(value)}", "write the items as '- item' lines or as [a, b]"
    if kind in ("dict_type", "model_type", "model_attributes_type", "dataclass_type"):
        cls = ctx.get("class_name", "")
        if cls == "Text":
            return ("type", f"expected text, found {_kind(value)}",
                    "write plain text, or 'nl: …' and 'en: …' lines for both languages")
        return "type", f"expected a mapping of 'key: value' lines, found {_kind(value)}", "write it as key: value lines"
    if kind.startswith("date") or kind.startswith("datetime"):
        text = str(value)
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value.strip()):
            return "date", f"the date {text} does not exist", "check the day and the month (YYYY-MM-DD)"
        return "date", f"expected a date, found {_kind(value)}", "write dates as YYYY-MM-DD, e.g. 2026-09-01"
    if kind.startswith("time"):
        return "time", f"expected a time of day, found {_kind(value)}", "write times as HH:MM, e.g. '19:00'"
    if kind in ("enum", "literal_error"):
        expected = ctx.get("expected", "")
        return "enum", f"{_kind(value)} is not allowed here", f"use one of: {expected}"
    if kind == "string_pattern_mismatch":
        return ("id-format", f"'{value}' is not a valid id",
                "ids use lowercase letters, digits, '.', '_' and '-', and start with a letter or digit "
                "(e.g. 'prog-basics'); an id in another catalogue is written 'catalogue:id'")
    if kind in ("too_short", "string_too_short"):
        return "empty", "this must not be empty", "give at least one value"
    if kind in ("too_long", "string_too_long"):
        limit = ctx.get("max_length", "?")
        return "too-long", f"this is longer than the {limit} allowed", "shorten it"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        op = {"greater_than": ("gt", "more than"), "greater_than_equal": ("ge", "at least"),
              "less_than": ("lt", "less than"), "less_than_equal": ("le", "at most")}[kind]
        bound = ctx.get(op[0])
        return "range", f"{_kind(value)} is out of range", f"give a value {op[1]} {bound}"
    if kind in ("value_error", "assertion_error"):
        text = str(err.get("msg", "")).removeprefix("Value error, ").removeprefix("Assertion failed, ")
        message, _, hint = text.partition("; ")
        code = next((c for key, c in _VALUE_CODES if key in text), "value")
        if code == "format-version":
            hint = f"{hint}; write the file in that format, or use a Leerroute that reads this one"
        if not hint:
            hint = {
                "format-version": "set 'formatVersion' to a version this Leerroute reads",
                "location-missing": "add 'location: <campus or town>', or make the mode 'online'",
                "choice-size": "lower 'n' or add outcomes to 'of'",
                "date": "swap the two dates, or correct one of them",
                "offering-when": "keep one of them",
                "load-missing": "write 'ec: 5' or 'hours: 140'",
                "goal-empty": "add 'required: [...]' or 'choices: [...]'",
                "goal-missing": "add 'goal: catalogue:goal-id' or 'outcomes: [...]'",
                "session-order": "give an end time after the start time",
            }.get(code, "correct the value")
        return code, message, hint
    if kind == "recursion_loop":
        return "unsafe-yaml", "the data is nested too deeply", "flatten the structure"
    return "type", str(err.get("msg", "invalid value")), "correct the value"


def _pydantic_diags(f: _File, exc: ValidationError, root: type[BaseModel], base: PathKey = ()) -> None:
    """Turn every pydantic error into a diagnostic with a position; one per problem."""
    seen: set[tuple[str, str]] = set()
    for err in exc.errors():
        loc: PathKey = (*base, *err["loc"])
        real: list[str | int] = []
        node = f.data
        for part in loc:
            if isinstance(part, str) and part in REQUIREMENT_TAGS:
                continue  # the form of a prerequisite expression pydantic validated against, not a key
            found = _lc_child(node, part)
            if found is not None:
                node = found[0]
            real.append(part)  # found, or a missing field, or an unhashable key
        if err["type"] == "requirement":
            key = (render_path(real), "requires")
            if key not in seen:
                seen.add(key)
                f.error(real, "type", f"a prerequisite must be an outcome id or all/any, found {_kind(node)}",
                        REQUIREMENT_HINT)
            continue
        parent = real[len(base) : -1] if err["type"] in ("missing", "extra_forbidden") else real[len(base) :]
        model = _model_at(root, parent)
        code, message, hint = _friendly(err, real, model)
        key = (render_path(real), message)
        if key in seen:
            continue
        seen.add(key)
        at: list[str | int] = real
        if code == "session-order" and isinstance(node, Mapping) and "end" in node:
            at = [*real, "end"]
        elif err["type"] == "missing":
            at = real[:-1]
        f.error(real, code, message, hint, at=at, type=err["type"])


# --------------------------------------------------------------------------- cross-checks


_KINDS = ("outcomes", "modules", "offerings", "goals")
_MODELS: dict[str, type[BaseModel]] = {
    "outcomes": Outcome, "modules": Module, "offerings": Offering, "goals": Goal, "equivalences": Equivalence,
}
_SINGULAR = {"outcomes": "outcome", "modules": "module", "offerings": "offering", "goals": "goal"}


@dataclass
class _Cat:
    """One catalogue file as the cross-checks see it."""

    f: _File
    ns: str
    model: Catalogue | None
    # per section: (index in the file, validated item)
    items: dict[str, list[tuple[int, Any]]]
    # per kind: local id -> index of first occurrence in the raw data (valid or not)
    raw_ids: dict[str, dict[str, int]]
    # raw 'certifies' of modules that did not validate (to avoid follow-up errors)
    raw_certifies: list[str]


def _items(data: Mapping[str, Any], section: str) -> list[Any]:
    raw = data.get(section)
    return list(raw) if isinstance(raw, list) else []


def _prepare(f: _File, model: Catalogue | None) -> _Cat:
    data = f.data
    ns_raw = data.get("id")
    ns = ns_raw if isinstance(ns_raw, str) and is_valid_ref(ns_raw) and NS not in ns_raw else f"<{Path(f.name).stem}>"
    items: dict[str, list[tuple[int, Any]]] = {}
    raw_certifies: list[str] = []
    for section, cls in _MODELS.items():
        if model is not None:
            items[section] = list(enumerate(getattr(model, section)))
            continue
        good: list[tuple[int, Any]] = []
        for i, raw in enumerate(_items(data, section)):
            try:
                good.append((i, cls.model_validate(raw)))
            except ValidationError:
                if section == "modules" and isinstance(raw, Mapping) and isinstance(raw.get("certifies"), list):
                    raw_certifies += [c for c in raw["certifies"] if isinstance(c, str)]
            except Exception:  # noqa: BLE001 - odd data must never stop the other checks
                pass
        items[section] = good
    raw_ids: dict[str, dict[str, int]] = {}
    for kind in _KINDS:
        ids: dict[str, int] = {}
        for i, raw in enumerate(_items(data, kind)):
            rid = raw.get("id") if isinstance(raw, Mapping) else None
            if isinstance(rid, str) and rid not in ids:
                ids[rid] = i
        raw_ids[kind] = ids
    return _Cat(f, ns, model, items, raw_ids, raw_certifies)


def _duplicates(c: _Cat) -> None:
    for kind in _KINDS:
        first: dict[str, int] = {}
        for i, raw in enumerate(_items(c.f.data, kind)):
            rid = raw.get("id") if isinstance(raw, Mapping) else None
            if not isinstance(rid, str):
                continue
            if rid in first:
                line, _ = c.f.at([kind, first[rid], "id"])
                what = _SINGULAR[kind]
                c.f.error([kind, i, "id"], "duplicate-id",
                          f"the {what} id '{rid}' is used twice (first at line {line}, {kind}[{first[rid]}])",
                          f"give each {what} its own id", id=rid, first_line=line)
            else:
                first[rid] = i
    # milestones and choice groups inside one goal
    for i, goal in enumerate(_items(c.f.data, "goals")):
        if not isinstance(goal, Mapping):
            continue
        seen: dict[str, tuple[str, int]] = {}
        for part in ("choices", "milestones"):
            for j, raw in enumerate(_items(goal, part)):
                rid = raw.get("id") if isinstance(raw, Mapping) else None
                if not isinstance(rid, str):
                    continue
                if rid in seen:
                    line, _ = c.f.at(["goals", i, seen[rid][0], seen[rid][1], "id"])
                    c.f.error(["goals", i, part, j, "id"], "duplicate-id",
                              f"the id '{rid}' is used twice in goal '{goal.get('id')}' (first at line {line})",
                              "give each choice group and milestone of a goal its own id", id=rid, first_line=line)
                else:
                    seen[rid] = (part, j)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


class _Cross:
    """Checks that look at several objects, over all catalogue files together."""

    def __init__(self, cats: list[_Cat]) -> None:
        self.cats = cats
        self.namespaces = {c.ns for c in cats}
        self.known: dict[str, set[str]] = {k: set() for k in _KINDS}
        for c in cats:
            for kind in _KINDS:
                self.known[kind] |= {qualify(i, c.ns) for i in c.raw_ids[kind]}
        self.modules: dict[str, tuple[_Cat, int, Module]] = {}
        self.outcome_at: dict[str, tuple[_Cat, int, Outcome]] = {}
        for c in cats:
            for i, m in c.items["modules"]:
                self.modules.setdefault(qualify(m.id, c.ns), (c, i, m))
            for i, o in c.items["outcomes"]:
                self.outcome_at.setdefault(qualify(o.id, c.ns), (c, i, o))
        self.uf = _UnionFind()
        for c in cats:
            for _, e in c.items["equivalences"]:
                self.uf.union(qualify(e.outcome, c.ns), qualify(e.equals, c.ns))
        self.certified: dict[str, list[str]] = {}
        self.required_by_module: set[str] = set()
        for c in cats:  # every module item, also a second one with a duplicate id
            for _, m in c.items["modules"]:
                q = qualify(m.id, c.ns)
                for o in m.certifies:
                    self.certified.setdefault(self.uf.find(qualify(o, c.ns)), []).append(q)
                self.required_by_module |= {
                    self.uf.find(qualify(r, c.ns)) for r in requirement_outcomes(m.requires)
                }
        self.raw_certified = {self.uf.find(qualify(o, c.ns)) for c in cats for o in c.raw_certifies}

    def title(self, kind: str, qid: str) -> str:
        if kind == "modules" and qid in self.modules:
            return f"{self.modules[qid][2].title} ({qid})"
        if kind == "outcomes" and qid in self.outcome_at:
            return f"'{self.outcome_at[qid][2].title}' ({qid})"
        return qid

    def is_certified(self, qid: str) -> bool:
        root = self.uf.find(qid)
        return root in self.certified or root in self.raw_certified

    # -------------------------------------------------------------- references
    def ref(self, c: _Cat, path: list[str | int], ref: str, kind: str, owner: str, role: str) -> str | None:
        """Resolve a reference; report it when it points nowhere. Returns the qualified id or None."""
        q = qualify(ref, c.ns)
        target_ns = q.split(NS, 1)[0]
        what = _SINGULAR[kind]
        if target_ns not in self.namespaces:
            c.f.warning(path, "catalogue-not-loaded",
                        f"{owner} {role} '{ref}' in catalogue '{target_ns}', which is not loaded",
                        f"check the files of '{target_ns}' together with this one "
                        f"(leerroute check {Path(c.f.name).name} <{target_ns} file>)", ref=ref, catalogue=target_ns)
            return None
        if q in self.known[kind]:
            return q
        local = q.split(NS, 1)[1]
        pool = [k.split(NS, 1)[1] for k in self.known[kind] if k.startswith(target_ns + NS)]
        close = difflib.get_close_matches(local, pool, n=1, cutoff=0.6)
        where = "this catalogue" if target_ns == c.ns else f"catalogue '{target_ns}'"
        article = "an" if what[0] in "aeiou" else "a"
        hint = f"did you mean '{close[0]}'?" if close else f"add {article} {what} with id '{local}', or fix the id"
        code = "offering-module-missing" if kind == "modules" and role == "runs module" else "unknown-ref"
        c.f.error(path, code, f"{owner} {role} '{ref}', but there is no {what} '{local}' in {where}", hint,
                  ref=ref, kind=what)
        return None

    def references(self) -> None:
        for c in self.cats:
            for i, m in c.items["modules"]:
                owner = f"module '{m.id}'"
                for j, o in enumerate(m.certifies):
                    self.ref(c, ["modules", i, "certifies", j], o, "outcomes", owner, "certifies")
                for path, o in requirement_paths(m.requires, ["modules", i, "requires"]):
                    self.ref(c, path, o, "outcomes", owner, "requires")
            # from the raw data, so an offering with other problems still gets this one reported
            for i, mod, oid in _raw_offering_modules(c):
                self.ref(c, ["offerings", i, "module"], mod, "modules", f"offering '{oid}'", "runs module")
            for i, g in c.items["goals"]:
                owner = f"goal '{g.id}'"
                for j, o in enumerate(g.required):
                    self.ref(c, ["goals", i, "required", j], o, "outcomes", owner, "requires")
                for k, ch in enumerate(g.choices):
                    for j, o in enumerate(ch.of):
                        self.ref(c, ["goals", i, "choices", k, "of", j], o, "outcomes", owner, "offers the choice")
                for k, ms in enumerate(g.milestones):
                    for j, o in enumerate(ms.outcomes):
                        self.ref(c, ["goals", i, "milestones", k, "outcomes", j], o, "outcomes",
                                 f"milestone '{ms.id}' of goal '{g.id}'", "needs")
            for i, e in c.items["equivalences"]:
                self.ref(c, ["equivalences", i, "outcome"], e.outcome, "outcomes", "an equivalence", "names")
                self.ref(c, ["equivalences", i, "equals"], e.equals, "outcomes", "an equivalence", "names")

    # -------------------------------------------------------------- modules and offerings
    def modules_and_offerings(self) -> None:
        offered: set[str] = set()
        for c in self.cats:
            offered |= {qualify(mod, c.ns) for _, mod, _ in _raw_offering_modules(c)}
            for i, f in c.items["offerings"]:
                self.offering(c, i, f, qualify(f.module, c.ns))
                self.sessions(c, i, f)
            self.dates(c)
        lo, hi = MICROCREDENTIAL_EC
        for q, (c, i, m) in self.modules.items():
            if m.microcredential and not (lo <= m.study_ec <= hi):
                key = "ec" if m.ec is not None else "hours"
                c.f.error(["modules", i, key], "mc-size",
                          f"module '{m.id}' is a microcredential of {m.study_ec:g} EC, outside the "
                          f"{lo:g}–{hi:g} EC a microcredential may have",
                          f"give it a study load between {lo:g} and {hi:g} EC "
                          f"({lo * 28:g}–{hi * 28:g} hours), or set 'microcredential: false'",
                          ec=m.study_ec)
            if q not in offered:
                c.f.warning(["modules", i], "no-offerings", f"module '{m.id}' has no offerings, so no route can use it",
                            f"add an offering with 'module: {m.id}', or remove the module", module=m.id)

    def offering(self, c: _Cat, i: int, f: Offering, mq: str) -> None:
        entry = self.modules.get(mq)
        if entry is None:
            return
        m = entry[2]
        need, have = m.study_hours, f.total_hours
        if have + 1e-9 < need:
            weeks = math.ceil(need / f.hours_per_week - 1e-9)
            c.f.error(["offerings", i, "weeks"], "load-too-small",
                      f"offering '{f.id}' gives {f.weeks} weeks × {f.hours_per_week:g} h = {have:g} study hours, "
                      f"less than the {need:g} hours of module '{m.id}' ({m.study_ec:g} EC)",
                      f"make it at least {weeks} weeks at {f.hours_per_week:g} h a week, or raise 'hoursPerWeek'",
                      have=have, need=need)
        elif have > LOAD_SLACK * need:
            c.f.warning(["offerings", i, "weeks"], "load-too-large",
                        f"offering '{f.id}' gives {f.weeks} weeks × {f.hours_per_week:g} h = {have:g} study hours, "
                        f"more than {LOAD_SLACK:g} times the {need:g} hours of module '{m.id}'",
                        "check 'weeks' and 'hoursPerWeek'; routes using it will take longer than needed",
                        have=have, need=need)

    def sessions(self, c: _Cat, i: int, f: Offering) -> None:
        def hours(t: dt.time) -> float:
            return t.hour + t.minute / 60 + t.second / 3600

        weekly = sum((hours(x.end) - hours(x.start)) / x.every_weeks for x in f.sessions)
        if weekly > f.hours_per_week + 1e-9:
            c.f.warning(["offerings", i, "hoursPerWeek"], "session-hours",
                        f"offering '{f.id}' has {weekly:g} hours of sessions a week, more than its "
                        f"{f.hours_per_week:g} study hours a week",
                        f"raise 'hoursPerWeek' to at least {weekly:g}, or shorten the sessions",
                        sessions=weekly, hours=f.hours_per_week)
        for j, a in enumerate(f.sessions):
            for k in range(j + 1, len(f.sessions)):
                b = f.sessions[k]
                if a.clashes_with(b):
                    c.f.warning(["offerings", i, "sessions", k], "session-clash",
                                f"offering '{f.id}' has two sessions at the same time ({a.label()} and {b.label()})",
                                "merge them into one session, or move one", first=j, second=k)

    def dates(self, c: _Cat) -> None:
        published = c.model.published if c.model is not None else None
        if published is None and isinstance(c.f.data.get("published"), dt.date):
            published = c.f.data["published"]
        if not isinstance(published, dt.date):
            return
        limit = published.replace(year=published.year - OLD_START_YEARS) if not (
            published.month == 2 and published.day == 29) else published - dt.timedelta(days=365 * OLD_START_YEARS)
        for i, f in c.items["offerings"]:
            for j, start in enumerate(f.starts):
                if start < limit:
                    c.f.warning(["offerings", i, "starts", j], "date",
                                f"offering '{f.id}' starts on {start}, more than {OLD_START_YEARS} years before "
                                f"the catalogue was published ({published})",
                                "check the year; remove cohorts that have long passed", start=str(start))

    # -------------------------------------------------------------- goals and outcomes
    def goals(self) -> None:
        evc = "add a module or an assessment-only (EVC) route ('kind: assessment') that certifies it"
        for c in self.cats:
            for i, g in c.items["goals"]:
                for j, o in enumerate(g.required):
                    q = qualify(o, c.ns)
                    if self._exists(q) and not self.is_certified(q):
                        c.f.error(["goals", i, "required", j], "goal-uncertified",
                                  f"goal '{g.id}' needs outcome {self.title('outcomes', q)}, but no module certifies it",
                                  evc, goal=g.id, outcome=q)
                for k, ch in enumerate(g.choices):
                    qs = [qualify(o, c.ns) for o in ch.of]
                    able = [q for q in qs if self.is_certified(q) or not self._exists(q)]
                    if len(able) < ch.n:
                        c.f.error(["goals", i, "choices", k], "goal-uncertified",
                                  f"choice '{ch.id}' of goal '{g.id}' needs {ch.n} outcomes, but modules certify "
                                  f"only {len(able)} of its {len(qs)}",
                                  f"{evc}, or lower 'n'", goal=g.id, choice=ch.id)
                for k, ms in enumerate(g.milestones):
                    for j, o in enumerate(ms.outcomes):
                        q = qualify(o, c.ns)
                        if self._exists(q) and not self.is_certified(q):
                            c.f.error(["goals", i, "milestones", k, "outcomes", j], "goal-uncertified",
                                      f"milestone '{ms.id}' of goal '{g.id}' needs outcome "
                                      f"{self.title('outcomes', q)}, but no module certifies it",
                                      evc, goal=g.id, outcome=q)

    def _exists(self, q: str) -> bool:
        return q in self.known["outcomes"]

    def unused_outcomes(self) -> None:
        mentioned: set[str] = set(self.required_by_module)
        for c in self.cats:
            for _, g in c.items["goals"]:
                mentioned |= {self.uf.find(qualify(o, c.ns)) for o in g.all_outcomes()}
            for _, e in c.items["equivalences"]:
                mentioned |= {self.uf.find(qualify(e.outcome, c.ns)), self.uf.find(qualify(e.equals, c.ns))}
        for c in self.cats:
            for i, o in c.items["outcomes"]:
                q = self.uf.find(qualify(o.id, c.ns))
                if not self.is_certified(q) and q not in mentioned:
                    c.f.warning(["outcomes", i], "unused-outcome",
                                f"outcome '{o.id}' is certified by no module and needed by no module or goal",
                                "let a module certify it ('certifies'), use it in a goal, or remove it",
                                outcome=o.id)

    # -------------------------------------------------------------- prerequisite cycles
    def cycles(self) -> None:
        """Modules that can never start because their prerequisites wait on each other."""
        reqs: dict[str, Any] = {}
        for q, (c, _, m) in self.modules.items():
            ns = c.ns

            def canon(r: str, ns: str = ns) -> str:
                return self.uf.find(qualify(r, ns))

            reqs[q] = map_requirement(m.requires, canon)
        mentioned: set[str] = set()
        for r in reqs.values():
            mentioned |= requirement_outcomes(r)
        # outcomes no module certifies are entry requirements: a learner may bring them
        have = {o for o in mentioned if o not in self.certified}
        open_ = set(reqs)
        changed = True
        while changed:
            changed = False
            for q in sorted(open_):
                if requirement_holds(reqs[q], have):
                    open_.discard(q)
                    c, _, m = self.modules[q]
                    have |= {self.uf.find(qualify(o, c.ns)) for o in m.certifies}
                    changed = True
        if not open_:
            return
        g: nx.DiGraph = nx.DiGraph()
        for q in open_:
            g.add_node(q)
            for o in requirement_outcomes(reqs[q]):
                for cert in self.certified.get(o, []):
                    if cert in open_:
                        g.add_edge(q, cert)
        order = list(self.modules)
        for scc in nx.strongly_connected_components(g):
            if len(scc) == 1 and not any(g.has_edge(n, n) for n in scc):
                continue
            start = min(scc, key=order.index)
            cycle = _cycle_from(g.subgraph(scc), start)
            text = " → ".join(self.title("modules", n) for n in cycle)
            c, i, m = self.modules[start]
            c.f.error(["modules", i, "requires"], "cycle",
                      f"prerequisites form a cycle, so none of these modules can ever start: {text}",
                      "remove one prerequisite in the cycle, or let another module or an assessment-only "
                      "(EVC) route certify one of its outcomes", cycle=cycle)

    def run(self) -> None:
        for step in (self.references, self.modules_and_offerings, self.goals, self.unused_outcomes, self.cycles):
            step()


def _raw_offering_modules(c: _Cat) -> Iterator[tuple[int, str, str]]:
    """(index, module reference, offering id) of every offering in the file, valid or not."""
    for i, raw in enumerate(_items(c.f.data, "offerings")):
        if not isinstance(raw, Mapping):
            continue
        mod, oid = raw.get("module"), raw.get("id")
        if isinstance(mod, str) and is_valid_ref(mod):
            yield i, mod, oid if isinstance(oid, str) else f"#{i + 1}"


def _cycle_from(g: Any, start: str) -> list[str]:
    """The shortest cycle through ``start`` as a closed list of nodes ``[a, b, a]``."""
    if g.has_edge(start, start):
        return [start, start]
    best: list[str] | None = None
    for succ in sorted(g.successors(start)):
        try:
            p = nx.shortest_path(g, succ, start)
        except nx.NetworkXNoPath:
            continue
        if best is None or len(p) + 1 < len(best):
            best = [start, *p]
    return best or [start, start]


# --------------------------------------------------------------------------- public API


def check_files(paths: list[Path]) -> Report:
    """Check catalogue files together and report every problem (see :func:`_check_files`).

    Clean files are read with the fast C YAML parser; when anything is found, the files are read
    again with the round-trip parser so that every diagnostic has its line and column.
    """
    # Loading builds hundreds of thousands of small objects and no reference cycles; the cyclic
    # garbage collector would walk them again and again (two thirds of the time on big catalogues).
    enabled = gc.isenabled()
    gc.disable()
    try:
        report = _check_files(paths, fast=True)
        if report.diagnostics:
            report = _check_files(paths, fast=False)
    finally:
        if enabled:
            gc.enable()
    return report


def _check_files(paths: list[Path], fast: bool) -> Report:
    """Read, validate and cross-check catalogue files together; every problem becomes a diagnostic.

    Never raises for bad input. ``catalogue_set`` is built when every file gave a valid
    catalogue (cross-check errors may still be present; look at ``errors``).
    """
    report = Report()
    diags = report.diagnostics
    cats: list[_Cat] = []
    models: list[tuple[Catalogue, Path, str]] = []
    all_valid = True
    for path in paths:
        path = Path(path)
        summary = FileSummary(str(path))
        report.files.append(summary)
        try:
            loaded = _check_catalogue_file(path, summary, diags, fast)
        except Exception as exc:  # noqa: BLE001 - a checker bug must not become a traceback
            diags.append(_internal(str(path), exc))
            loaded = None
        if loaded is None:
            all_valid = False
            continue
        c, text = loaded
        cats.append(c)
        if c.model is None:
            all_valid = False
        else:
            models.append((c.model, path, hashlib.sha256(text.encode("utf-8")).hexdigest()))
    # one id per catalogue
    first_file: dict[str, str] = {}
    for c in cats:
        if c.ns.startswith("<"):
            continue
        if c.ns in first_file:
            c.f.error(["id"], "duplicate-catalogue",
                      f"the catalogue id '{c.ns}' is also used by {first_file[c.ns]}",
                      "give each catalogue its own id (ids are namespaced by it)", catalogue=c.ns)
            all_valid = False
        else:
            first_file[c.ns] = c.f.name
    for c in cats:
        _duplicates(c)
    try:
        _Cross(cats).run()
    except Exception as exc:  # noqa: BLE001 - a checker bug must not hide the other diagnostics
        diags.append(_internal(", ".join(str(p) for p in paths), exc))
    report.catalogues = [m for m, _, _ in models]
    if all_valid and models:
        cs = CatalogueSet()
        try:
            for m, p, digest in models:
                cs.add(m, source=p, digest=digest)
            report.catalogue_set = cs
        except Exception as exc:  # noqa: BLE001
            diags.append(_internal(", ".join(str(p) for p in paths), exc))
    diags.sort(key=Diagnostic.sort_key)
    return report


def _internal(where: str, exc: BaseException) -> Diagnostic:
    return Diagnostic("error", where, None, None, "", f"the check stopped early ({type(exc).__name__}: {exc})",
                      "report this to the Leerroute developers with the files", "internal")


def _check_catalogue_file(
    path: Path, summary: FileSummary, diags: list[Diagnostic], fast: bool = False
) -> tuple[_Cat, str] | None:
    """Read and validate one catalogue file; None when it cannot be read or is no catalogue."""
    f, text = _load(path, diags, fast)
    if f is None:
        summary.readable = False
        return None
    if not _top_mapping(f, "catalogue", "'formatVersion: \"1.0\"' and 'id: …'"):
        summary.readable = False
        return None
    model: Catalogue | None = None
    try:
        model = Catalogue.model_validate(f.data)
    except ValidationError as exc:
        _pydantic_diags(f, exc, Catalogue)
    except (RecursionError, ValueError, TypeError) as exc:
        f.error([], "type", f"the file cannot be validated ({type(exc).__name__})", "check its structure")
    c = _prepare(f, model)
    _summarise(summary, f.data, model)
    return c, text


def _summarise(s: FileSummary, data: Mapping[str, Any], model: Catalogue | None) -> None:
    if model is not None:
        s.title, s.catalogue_id = str(model.title), model.id
    else:
        title = data.get("title")
        s.title = title if isinstance(title, str) else None
        cid = data.get("id")
        s.catalogue_id = cid if isinstance(cid, str) else None
    s.outcomes, s.modules = len(_items(data, "outcomes")), len(_items(data, "modules"))
    s.offerings, s.goals = len(_items(data, "offerings")), len(_items(data, "goals"))


def check_learner_file(path: Path, cs: CatalogueSet | None = None) -> tuple[Learner | None, list[Diagnostic]]:
    """Read and validate a learner file; with ``cs``, also check that its ids name known things.

    Never raises for bad input.
    """
    diags: list[Diagnostic] = []
    f, _ = _load(Path(path), diags)
    if f is None or not _top_mapping(f, "learner", "'name: …' and 'start: 2026-09-01'"):
        return None, diags
    try:
        learner = Learner.model_validate(f.data)
    except ValidationError as exc:
        _pydantic_diags(f, exc, Learner)
        return None, sorted(diags, key=Diagnostic.sort_key)
    except (RecursionError, ValueError, TypeError) as exc:
        f.error([], "type", f"the file cannot be validated ({type(exc).__name__})", "check its structure")
        return None, diags
    if cs is not None:
        _learner_refs(f, learner, cs)
    return learner, sorted(diags, key=Diagnostic.sort_key)


def _learner_refs(f: _File, learner: Learner, cs: CatalogueSet) -> None:
    loaded = {c.id for c in cs.catalogues}

    def check(path: list[str | int], ref: str, pools: dict[str, Any], what: str) -> None:
        if ref in pools or any(ref in p for p in pools.values() if isinstance(p, set)):
            return
        ns, sep, local = ref.partition(NS)
        if sep and ns not in loaded:
            f.warning(path, "catalogue-not-loaded", f"'{ref}' is in catalogue '{ns}', which is not loaded",
                      f"load the catalogue '{ns}' too", ref=ref, catalogue=ns)
            return
        names = sorted(set().union(*[set(p) for p in pools.values()]))
        tail = local if sep else ref
        same_local = [n for n in names if n.split(NS, 1)[-1] == tail]
        if not sep and same_local:
            hint = f"write the full id '{same_local[0]}' (catalogue id, colon, id)"
        else:
            close = difflib.get_close_matches(ref, names, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else f"use the id of a {what} in the loaded catalogues"
        f.error(path, "unknown-ref", f"there is no {what} '{ref}' in the loaded catalogues", hint, ref=ref, kind=what)

    outcomes = {"outcomes": set(cs.outcomes)}
    if learner.goal:
        check(["goal"], learner.goal, {"goals": set(cs.goals)}, "goal")
    for j, o in enumerate(learner.outcomes):
        check(["outcomes", j], o, outcomes, "outcome")
    for j, p in enumerate(learner.proven):
        check(["proven", j, "outcome"], p.outcome, outcomes, "outcome")
    for key, refs in (("pinned", learner.pinned), ("excluded", learner.excluded)):
        for j, r in enumerate(refs):
            check([key, j], r, {"modules": set(cs.modules), "offerings": set(cs.offerings)}, "module or offering")
    if learner.places is not None:
        known = sorted({f.location for f in cs.offerings.values() if f.location})
        lowered = {k.lower() for k in known}
        for j, place in enumerate(learner.places):
            if place.lower() not in lowered:
                close = difflib.get_close_matches(place, known, n=1, cutoff=0.6)
                hint = f"did you mean '{close[0]}'?" if close else f"known locations: {', '.join(known) or 'none'}"
                f.warning(["places", j], "unknown-place", f"no offering in the loaded catalogues is in '{place}'",
                          hint, place=place)
    for j, ms in enumerate(learner.hard_milestones):
        found = cs.milestone(ms)
        if found is not None and learner.goal and found[0].id != learner.goal:
            f.warning(["hardMilestones", j], "milestone-other-goal",
                      f"milestone '{ms}' belongs to goal '{found[0].id}', not to the learner's goal '{learner.goal}'",
                      "use a milestone of the learner's goal, or remove it", ref=ms)
        if found is None:
            goal_ms = []
            if learner.goal and learner.goal in cs.goals:
                goal_ms = [f"{learner.goal}/{m.id}" for m in cs.goals[learner.goal].milestones]
            hint = f"use one of: {', '.join(goal_ms)}" if goal_ms else "use the id of a milestone of the goal"
            f.error(["hardMilestones", j], "unknown-ref", f"there is no milestone '{ms}' in the loaded catalogues",
                    hint, ref=ms, kind="milestone")


def is_learner_file(path: Path) -> bool:
    """Whether a file looks like a learner file (a small mapping with 'name' and no 'institution')."""
    try:
        if path.stat().st_size > 256 * 1024:
            return False
        text = read_text(path)
        if "institution" in text:  # every catalogue has one; skip parsing it twice
            return False
        data = parse_data(text, path)
    except Exception:  # noqa: BLE001 - only a guess; check_files reports the real problem
        return False
    return isinstance(data, Mapping) and "name" in data and "institution" not in data and "modules" not in data


def run_check(paths: list[str], out: TextIO) -> int:
    """The body of ``leerroute check FILE...``: print every problem and a summary per file.

    Catalogue files are checked together; learner files among them are checked against those
    catalogues. Returns 0 when there are no errors, 1 when there are, 2 when a file cannot be
    read at all.
    """
    learners = [Path(p) for p in paths if is_learner_file(Path(p))]
    report = check_files([Path(p) for p in paths if Path(p) not in learners])
    learner_lines: list[str] = []
    for lp in learners:
        learner, diags = check_learner_file(lp, report.catalogue_set)
        report.diagnostics += diags
        n_err = sum(1 for d in diags if d.is_error)
        n_warn = len(diags) - n_err
        what = f"learner '{learner.name}'" if learner else "learner"
        if learner and learner.goal:
            what += f", goal {learner.goal}"
        learner_lines.append(f"{lp}: {what}; {_plural(n_err, 'error')}, {_plural(n_warn, 'warning')}")
    for d in report.diagnostics:
        print(d.render(), file=out)
    if report.diagnostics:
        print(file=out)
    for s in report.files:
        n_err = sum(1 for d in report.errors if d.file == s.file)
        n_warn = sum(1 for d in report.warnings if d.file == s.file)
        if not s.readable:
            print(f"{s.file}: not loaded; {_plural(n_err, 'error')}", file=out)
            continue
        title = f"{s.title} [{s.catalogue_id}]" if s.title else (s.catalogue_id or "(no title)")
        counts = ", ".join(
            _plural(n, w) for n, w in ((s.outcomes, "outcome"), (s.modules, "module"),
                                       (s.offerings, "offering"), (s.goals, "goal"))
        )
        print(f"{s.file}: {title} — {counts}; {_plural(n_err, 'error')}, {_plural(n_warn, 'warning')}", file=out)
    for line in learner_lines:
        print(line, file=out)
    print(f"{_plural(len(report.errors), 'error')}, {_plural(len(report.warnings), 'warning')}", file=out)
    if report.unreadable:
        return 2
    return 1 if report.errors else 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


__all__ = [
    "Diagnostic",
    "FileSummary",
    "Report",
    "check_files",
    "check_learner_file",
    "is_learner_file",
    "render_path",
    "run_check",
]

