"""Reading YAML from other people, safely and with positions.

Catalogue and learner files are written by hand and shared between institutions, so the reader
trusts nothing in them:

- only the standard YAML tags (``!!str``, ``!!int``, ``!!map``, ...) are accepted; any other tag
  (``!!python/object:...``, ``!custom``) is refused instead of being turned into an object;
- duplicate keys are refused, with the positions of both;
- anchors and aliases (``&name`` / ``*name``) may be used to repeat a value, but the size of what
  they expand to is limited, so a "billion laughs" file cannot blow up memory or time;
- nesting deeper than :data:`MAX_DEPTH` is refused;
- a date that does not exist (``2026-02-30``) stays a string, so validation can report it with its
  position instead of the reader failing.

Speed: ruamel's round-trip reader is pure Python, about 10 s per MB of YAML. :func:`load_yaml_marked`
reads the same files with the C parser's events, keeping each key's and item's position from the
parser's marks (about 0.25 s per MB); anything unusual is left to the careful reader.

The result is ruamel's round-trip data: mappings are ``CommentedMap`` objects and sequences
``CommentedSeq`` objects whose ``.lc`` attribute knows each key's and item's line and column.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    MappingStartEvent,
    ScalarEvent,
)
from ruamel.yaml.parser import RoundTripParser

from planner.errors import CatalogueError

#: How deep mappings and lists may nest in a file.
MAX_DEPTH = 64
#: How many nodes aliases may add to a document in total (a guard against "billion laughs").
MAX_ALIAS_EXPANSION = 100_000

_STD = "tag:yaml.org,2002:"
#: The tags a catalogue file may spell out; none of them builds an object.
SAFE_TAGS = frozenset(
    {"!"} | {_STD + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}
)


class YamlError(CatalogueError):
    """A YAML file cannot be read: bad syntax or a construct Leerroute refuses.

    ``line`` and ``column`` are 1-based (``None`` when unknown); ``code`` is ``"syntax"`` or
    ``"unsafe-yaml"``; ``problem`` says what is wrong and ``hint`` what to do.
    """

    def __init__(
        self, path: Path | str, line: int | None, column: int | None, code: str, problem: str, hint: str
    ) -> None:
        where = f"{path}:{line}:{column}" if line is not None else f"{path}"
        super().__init__(f"{where}: {problem}; {hint}")
        self.path = str(path)
        self.line = line
        self.column = column
        self.code = code
        self.problem = problem
        self.hint = hint


class _Constructor(RoundTripConstructor):
    """Round-trip constructor that keeps impossible dates as text for validation to report."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except (ValueError, OverflowError):
            return str(node.value)

    def construct_yaml_str(self, node: Any) -> Any:
        # ruamel keeps an explicit '!!str' as a TaggedScalar for round trips; we want the text
        return self.construct_scalar(node)


_Constructor.add_constructor(_STD + "timestamp", _Constructor.construct_yaml_timestamp)
_Constructor.add_constructor(_STD + "str", _Constructor.construct_yaml_str)


def _yaml(screen: _Screen) -> YAML:
    """A round-trip YAML reader whose parser shows every event to ``screen`` (one pass)."""

    class _ScreenedParser(RoundTripParser):
        def get_event(self) -> Any:
            event = super().get_event()
            screen.feed(event)
            return event

    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor = _Constructor
    yaml.Parser = _ScreenedParser
    yaml.allow_duplicate_keys = False
    return yaml


def _pos(event: Event) -> tuple[int | None, int | None]:
    mark = getattr(event, "start_mark", None)
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


class _Open:
    """A mapping or list being read: its expanded size and, for a mapping, the keys seen."""

    __slots__ = ("anchor", "size", "is_map", "want_key", "keys")

    def __init__(self, anchor: str | None, is_map: bool) -> None:
        self.anchor = anchor
        self.size = 1
        self.is_map = is_map
        self.want_key = True
        self.keys: dict[str, tuple[int | None, int | None]] = {}


class _Screen:
    """Watches the event stream as the parser produces it: refuses unsafe tags, duplicate or
    complex keys, deep nesting and alias bombs, each with its position."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stack: list[_Open] = []
        self.anchored: dict[str, int] = {}
        self.expansion = 0

    def feed(self, event: Event) -> None:
        path, stack = self.path, self.stack
        tag = getattr(event, "tag", None)
        if tag is not None and str(tag) not in SAFE_TAGS:
            line, col = _pos(event)
            raise YamlError(
                path, line, col, "unsafe-yaml",
                f"the tag '{tag}' is not allowed (Leerroute never builds objects from a file)",
                "remove the tag and write the value as plain text, a number, a list or a mapping",
            )
        if isinstance(event, CollectionEndEvent):
            done = stack.pop()
            if done.anchor is not None:
                self.anchored[done.anchor] = done.size
            if stack:
                stack[-1].size += done.size
            return
        if not isinstance(event, ScalarEvent | AliasEvent | CollectionStartEvent):
            return
        # a node: is it a key of the enclosing mapping?
        parent = stack[-1] if stack else None
        if parent is not None and parent.is_map:
            if parent.want_key:
                line, col = _pos(event)
                if not isinstance(event, ScalarEvent):
                    raise YamlError(
                        path, line, col, "syntax",
                        "a key is a list, a mapping or an alias",
                        "use plain text as keys (e.g. 'id:' or 'modules:')",
                    )
                first = parent.keys.get(event.value)
                if first is not None:
                    raise YamlError(
                        path, line, col, "duplicate-key",
                        f"the key '{event.value}' appears twice in one mapping (first at line {first[0]})",
                        "keep only one of them",
                    )
                parent.keys[event.value] = (line, col)
            parent.want_key = not parent.want_key
        if isinstance(event, CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                line, col = _pos(event)
                raise YamlError(
                    path, line, col, "unsafe-yaml",
                    f"the data is nested more than {MAX_DEPTH} levels deep",
                    "flatten the structure; a catalogue never needs this depth",
                )
            stack.append(_Open(event.anchor, isinstance(event, MappingStartEvent)))
        elif isinstance(event, ScalarEvent):
            if event.anchor is not None:
                self.anchored[event.anchor] = 1
            if parent is not None:
                parent.size += 1
        else:  # alias
            n = self.anchored.get(str(event.anchor), 1)
            self.expansion += n
            if self.expansion > MAX_ALIAS_EXPANSION:
                line, col = _pos(event)
                raise YamlError(
                    path, line, col, "unsafe-yaml",
                    f"aliases (*{event.anchor}) expand to more than {MAX_ALIAS_EXPANSION:,} values",
                    "write the repeated values out, or use fewer anchors and aliases",
                )
            if parent is not None:
                parent.size += n


def _mark(exc: MarkedYAMLError) -> tuple[int | None, int | None]:
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


def _describe(exc: MarkedYAMLError) -> tuple[str, str]:
    """What is wrong and what to do, from a ruamel error (its own wording, on one line)."""
    problem = " ".join(str(exc.problem or exc.context or "the YAML syntax is wrong").split())
    context = " ".join(str(exc.context or "").split())
    if "duplicate key" in problem:
        first = exc.context_mark
        key = problem.split('"')[1] if '"' in problem else "?"
        where = f" (first at line {first.line + 1})" if first is not None else ""
        return f"the key '{key}' appears twice in one mapping{where}", "keep only one of them"
    if "found character '\\t'" in problem or "\\t" in problem:
        return "a tab is used for indentation", "indent with spaces only"
    if "expected <block end>" in problem or "mapping values are not allowed" in problem:
        return (
            "the indentation is wrong here, or a ':' is misplaced",
            "indent keys of one mapping equally (with spaces) and put a space after each ':'",
        )
    if context and context not in problem:
        problem = f"{context}: {problem}"
    return (
        f"not valid YAML ({problem})",
        "fix the syntax there (check indentation, colons after keys, and closing quotes or brackets)",
    )


def load_yaml(text: str, path: Path) -> Any:
    """Parse YAML text into round-trip data that remembers positions; refuse anything unsafe.

    Raises :class:`YamlError` (a :class:`~planner.errors.CatalogueError`) with the position,
    what is wrong and what to do.

    >>> load_yaml("id: demo\\nweeks: 8\\n", Path("x.yaml"))["weeks"]
    8
    >>> try:
    ...     load_yaml("a: !!python/object:os.system x\\n", Path("x.yaml"))
    ... except YamlError as exc:
    ...     print(exc.line, exc.column, exc.code)
    1 4 unsafe-yaml
    """
    yaml = _yaml(_Screen(path))
    try:
        return yaml.load(text)
    except YamlError:
        raise
    except MarkedYAMLError as exc:
        line, col = _mark(exc)
        problem, hint = _describe(exc)
        code = "duplicate-key" if "appears twice" in problem else "syntax"
        raise YamlError(path, line, col, code, problem, hint) from None
    except YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise YamlError(path, None, None, "syntax", f"not valid YAML ({problem})", "fix the syntax") from None
    except RecursionError:
        raise YamlError(
            path, None, None, "unsafe-yaml", "the data is nested too deeply", "flatten the structure"
        ) from None
    except (ValueError, TypeError, OverflowError) as exc:
        # e.g. a mapping used as a key, or a number ruamel cannot convert
        raise YamlError(
            path, None, None, "syntax", f"a value cannot be read ({exc})", "write it as plain text or a number"
        ) from None


# --------------------------------------------------------------------------- fast, with positions

#: Positions of a file read by :func:`load_yaml_marked`: per mapping or list (by ``id()``), the
#: parser's mark of each key or item (see :func:`mark_position`).
Marks = dict[int, dict[Any, Any]]

_INT = re.compile(r"[-+]?[0-9]+$")
_INT_OTHER = re.compile(r"0o[0-7]+$|0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]")
_SPECIAL = {
    "true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False,
    "null": None, "Null": None, "NULL": None, "~": None, "": None,
    ".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf"), "+.inf": float("inf"),
    "-.inf": float("-inf"), "-.Inf": float("-inf"), "-.INF": float("-inf"),
    ".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan"),
}


class _Unusual(Exception):
    """The text uses something the fast reader leaves to the careful one."""


def _plain(value: str) -> Any:
    """A plain scalar's value by the YAML 1.2 core schema (as ruamel reads it); dates become dates."""
    if not value:
        return None
    if value[0].isalpha():
        return _SPECIAL.get(value, value) if value[0] in "tTfFnN" else value
    if value in _SPECIAL:
        return _SPECIAL[value]
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    m = _DATE.match(value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return value  # an impossible date stays text, for validation to report with its position
    if _INT_OTHER.match(value) or _TIMESTAMP.match(value) or value.startswith("<<"):
        raise _Unusual(value)  # rare forms: the careful reader knows them
    return value


def load_yaml_marked(text: str) -> tuple[Any, Marks] | None:
    """Parse YAML with the C parser into plain data and the position of every key and item.

    As safe as :func:`load_yaml` and much faster: only standard tags, no duplicate or complex keys,
    at most :data:`MAX_DEPTH` levels and :data:`MAX_ALIAS_EXPANSION` values added by aliases. Returns
    None when the C parser is not available or the text needs the careful reader: anything it
    refuses (which the careful reader then reports with its position), several documents, or a
    rare form (octal or hexadecimal numbers, date-times, merge keys).
    """
    try:
        from ruamel.yaml.cyaml import CParser
    except ImportError:  # pragma: no cover - the wheel ships the C extension
        return None
    try:
        return _build(CParser(text))
    except Exception:  # noqa: BLE001 - a syntax error, or anything unusual: the careful reader reports it
        return None


def _build(parser: Any) -> tuple[Any, Marks]:
    """Plain data and marks from the parser's events (one loop, the state in local variables: it
    runs once per value of the file)."""
    from ruamel.yaml.events import (
        AliasEvent,
        DocumentStartEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
    )

    marks: Marks = {}
    anchors: dict[str, tuple[Any, int]] = {}
    # the open collections outside the current one: (container, is a mapping, pending key, marks,
    # anchor, node count at its start)
    outer: list[tuple[Any, bool, Any, dict[Any, Any], str | None, int]] = []
    container: Any = None
    in_map = False
    key: Any = _KEY  # in a mapping: the key waiting for its value, or _KEY while a key is due
    here: dict[Any, Any] = {}  # marks of the current collection
    anchor: str | None = None
    begun = 0
    count = 0  # nodes read so far, aliases expanded (for the size of anchored collections)
    root: Any = None
    expansion = 0
    documents = 0
    str_tag = _STD + "str"
    seen: dict[str, Any] = {}  # plain scalar text -> value (ids, keys and numbers repeat a lot)
    value: Any
    get = parser.get_event
    while True:
        event = get()
        if event is None:
            break
        cls = event.__class__
        if cls is ScalarEvent:
            text = event.value
            tag = event.tag
            if tag is None:
                if event.implicit[0]:
                    value = seen.get(text, seen)
                    if value is seen:
                        value = seen[text] = _plain(text)
                else:
                    value = text
            elif tag == str_tag or tag == "!":
                value = text
            elif tag in SAFE_TAGS:
                value = _plain(text)
            else:
                raise _Unusual(tag)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
            count += 1
        elif cls is MappingStartEvent or cls is SequenceStartEvent:
            if event.tag is not None and event.tag not in SAFE_TAGS:
                raise _Unusual(event.tag)
            if len(outer) >= MAX_DEPTH:
                raise _Unusual("too deep")
            new: Any = {} if cls is MappingStartEvent else []
            if container is None:
                marks[0] = {"": event.start_mark}  # the root (no id() is 0)
            elif in_map:
                if key is _KEY:
                    raise _Unusual("complex key")
                container[key] = new
                key = _KEY
            else:
                here[len(container)] = event.start_mark
                container.append(new)
            if container is not None:
                outer.append((container, in_map, key, here, anchor, begun))
            count += 1
            container, in_map, key, anchor, begun = new, cls is MappingStartEvent, _KEY, event.anchor, count
            here = marks[id(new)] = {}
            continue
        elif cls is MappingEndEvent or cls is SequenceEndEvent:
            if anchor is not None:
                anchors[anchor] = (container, count - begun + 1)
            if outer:
                container, in_map, key, here, anchor, begun = outer.pop()
            else:
                root, container = container, None
            continue
        elif cls is AliasEvent:
            if event.anchor not in anchors:
                raise _Unusual("unknown alias")
            value, size = anchors[event.anchor]
            expansion += size
            count += size
            if expansion > MAX_ALIAS_EXPANSION:
                raise _Unusual("alias bomb")
        elif cls is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Unusual("several documents")
            continue
        else:
            continue
        if container is None:
            root = value
        elif in_map:
            if key is _KEY:
                if value in here or value.__class__ in (dict, list):
                    raise _Unusual("duplicate or complex key")
                key = value
                here[value] = event.start_mark
            else:
                container[key] = value
                key = _KEY
        else:
            here[len(container)] = event.start_mark
            container.append(value)
    return root, marks


#: Stands for "a key is due" in a mapping being read.
_KEY = object()


def mark_position(mark: Any) -> tuple[int, int]:
    """1-based line and column of a parser mark (as kept in :data:`Marks`)."""
    return mark.line + 1, mark.column + 1
