"""The one reader of files from strangers: catalogues, learners, plans, badges, OOAPI files, dropped files.

Every file Leerroute opens comes through here, so the rules hold everywhere at once:

- only regular files are read (a link is followed only to a regular file): a FIFO would wait for a
  writer forever and a device such as ``/dev/zero`` never ends, so both are refused before a byte is
  read (the file is opened without blocking and looked at again after opening, in case it changed);
- a size cap is checked before reading and enforced while reading (a file may grow meanwhile);
- text is UTF-8;
- a number with more than :data:`MAX_DIGITS` digits is refused in words, with its position (Python
  turns longer ones into a ``ValueError`` deep inside a parser, or spends seconds converting them);
- JSON is parsed once, by :func:`parse_json`: duplicate keys are refused with the positions of both,
  ``NaN`` and ``Infinity`` are refused, and nesting too deep is refused in words;
- YAML goes to :mod:`planner.yamlio` (safe tags only, duplicate keys and alias bombs refused).

Every failure is an :class:`~planner.errors.UnreadableFileError` that names the file, the place
when there is one, what is wrong and what to do; callers wrap it in their own error family.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.errors import FileTooLargeError, UnreadableFileError

#: The largest catalogue, learner or plan file read, in bytes.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: The most digits a number in a file may have (a catalogue needs a handful).
MAX_DIGITS = 300
#: The dates Leerroute works with (week arithmetic beyond them overflows or means nothing).
EARLIEST_DATE, LATEST_DATE = dt.date(1990, 1, 1), dt.date(2199, 12, 31)

_CHUNK = 1 << 20
_LONG_NUMBER = re.compile(f"[0-9]{{{MAX_DIGITS + 1},}}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def shown(path: Path | str) -> str:
    """A path as it may be printed: control characters (a newline, ESC) written as escapes."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(path))


@dataclass(frozen=True)
class Refusal:
    """Why a file is not read, known from ``stat()`` alone: ``code`` is ``"not-regular"`` or ``"too-large"``."""

    code: str
    size: int = 0


def refusal(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> Refusal | None:
    """Why ``path`` would not be read, from ``stat()`` alone (nothing is opened), or None when it may
    be (a missing file is left to :func:`read_bytes`, which says so)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return _refused(st, max_bytes)


def _refused(st: os.stat_result, max_bytes: int) -> Refusal | None:
    if not stat.S_ISREG(st.st_mode):
        return Refusal("not-regular")
    if st.st_size > max_bytes:
        return Refusal("too-large", st.st_size)
    return None


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n < 10 * 2**20 else f"{n / 2**20:.0f} MB"


def _raise_refusal(path: str, why: Refusal, max_bytes: int) -> None:
    if why.code == "not-regular":
        raise UnreadableFileError(path, "is not a file (a folder, pipe, device or socket)",
                                  "give the path of the file itself", "unreadable")
    raise FileTooLargeError(path, f"the file is {_mb(why.size)}, more than the {_mb(max_bytes)} Leerroute reads",
                            "split it into several files, or check that it is the right file")


def read_bytes(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raise :class:`UnreadableFileError` otherwise."""
    return _read(path, max_bytes, head=False)


def read_head(path: Path | str, size: int) -> bytes:
    """The first ``size`` bytes of a regular file of any size (to tell what kind of file it is)."""
    return _read(path, size, head=True)


def _read(path: Path | str, max_bytes: int, head: bool) -> bytes:
    name = shown(path)
    if "\x00" in str(path):
        raise UnreadableFileError(name, "the file name holds a NUL character", "give the file's real name",
                                  "unreadable")
    try:
        before = os.stat(path)
    except (OSError, ValueError) as exc:
        raise UnreadableFileError(name, f"cannot open the file ({_reason(exc)})", "check the path",
                                  "unreadable") from None
    why = _refused(before, max_bytes)
    if why is not None and not (head and why.code == "too-large"):
        _raise_refusal(name, why, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableFileError(name, f"cannot open the file ({_reason(exc)})", "check the path and its "
                                  "permissions", "unreadable") from None
    try:
        why = _refused(os.fstat(fd), max_bytes)  # swapped for a pipe or device since the first look?
        if why is not None and not (head and why.code == "too-large"):
            _raise_refusal(name, why, max_bytes)
        chunks: list[bytes] = []
        total = 0
        cap = max_bytes if head else max_bytes + 1  # one byte more tells that a file grew past the cap
        while total < cap:
            chunk = os.read(fd, min(_CHUNK, cap - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while being read
                raise FileTooLargeError(name, f"the file is larger than the {_mb(max_bytes)} Leerroute reads",
                                        "split it into several files, or check that it is the right file")
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFileError(name, f"cannot read the file ({_reason(exc)})", "check the file",
                                  "unreadable") from None
    finally:
        os.close(fd)


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def decode(data: bytes, path: Path | str, *, bom: bool = False) -> str:
    """UTF-8 text of a file's bytes (with ``bom``, a leading byte-order mark is dropped)."""
    try:
        return data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(shown(path), f"byte {exc.start} is not UTF-8 text", "save the file as UTF-8",
                                  "encoding") from None


def read_text(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES, bom: bool = False) -> str:
    """The UTF-8 text of a regular file of at most ``max_bytes``, its numbers checked (:func:`check_numbers`)."""
    text = decode(read_bytes(path, max_bytes=max_bytes), path, bom=bom)
    check_numbers(text, path)
    return text


def file_hash(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """SHA-256 of a regular file's bytes, to tell whether a catalogue is the one a plan was made with."""
    return hashlib.sha256(read_bytes(path, max_bytes=max_bytes)).hexdigest()


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_numbers(text: str, path: Path | str) -> None:
    """Refuse text holding a run of more than :data:`MAX_DIGITS` digits, with its position."""
    m = _LONG_NUMBER.search(text)
    if m is None:
        return
    line, col = position(text, m.start())
    run = len(m.group())
    raise UnreadableFileError(shown(path), f"a number of {run:,} digits (Leerroute reads numbers of at most "
                              f"{MAX_DIGITS} digits)", "write a real value there", "number", line, col)


def check_date(day: dt.date, path: Path | str, field: str) -> dt.date:
    """``day`` when it lies within the years Leerroute works with; otherwise refuse it in words."""
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise UnreadableFileError(shown(path), f"{field} is {day.isoformat()}, outside the years "
                                  f"{EARLIEST_DATE.year}–{LATEST_DATE.year}", "check the year", "date")
    return day


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"the value {name} is not a number a file may hold")


def parse_json(text: str, path: Path | str) -> Any:
    """Parse JSON from a stranger: duplicate keys, ``NaN``/``Infinity``, numbers of more than
    :data:`MAX_DIGITS` digits and nesting too deep are refused, each with its place and what to do.

    >>> parse_json('{"a": 1}', "x.json")
    {'a': 1}
    >>> try:
    ...     parse_json('{"a": 1,\\n "a": 2}', "x.json")
    ... except UnreadableFileError as exc:
    ...     print(exc)
    x.json:2:2: the key 'a' appears twice in one object (first at line 1); keep only one of them
    """
    name = shown(path)
    check_numbers(text, path)
    try:
        return json.loads(text, object_pairs_hook=_unique, parse_constant=_no_constant)
    except _Duplicate as dup:
        line, col, first, field = _duplicate_place(text, dup.key)
        where = f" (first at line {first})" if first else ""
        raise UnreadableFileError(name, f"the key '{shown(dup.key)}' appears twice in one object{where}",
                                  "keep only one of them", "duplicate-key", line, col, field) from None
    except json.JSONDecodeError as exc:
        raise UnreadableFileError(name, f"not valid JSON ({exc.msg})", "fix the syntax there", "syntax",
                                  exc.lineno, exc.colno) from None
    except RecursionError:
        raise UnreadableFileError(name, "the JSON is nested too deeply", "flatten the structure", "too-deep") from None
    except ValueError as exc:  # a constant, or a number Python will not convert
        raise UnreadableFileError(name, f"a value cannot be read ({exc})", "write a real value there",
                                  "number") from None


def _duplicate_place(text: str, key: str) -> tuple[int | None, int | None, int | None, str]:
    """Line and column of the second occurrence of a duplicate key, the line of the first, and its field path."""
    from planner.locate import JsonLocator, render_path

    locator = JsonLocator(text)
    for path, first, second in locator.duplicates:
        if path and path[-1] == key:
            line, col = locator.position(second)
            return line, col, locator.position(first)[0], shown(render_path(path))
    return None, None, None, ""


def load_json(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES, bom: bool = True) -> Any:
    """Read and parse a JSON file from a stranger (:func:`read_bytes`, then :func:`parse_json`)."""
    return parse_json(decode(read_bytes(path, max_bytes=max_bytes), path, bom=bom), path)


def parse_data(text: str, path: Path | str, *, fast: bool = False) -> Any:
    """Parse YAML or JSON text (by file suffix; YAML otherwise) into plain data.

    JSON goes through :func:`parse_json`. YAML mappings come back as ruamel ``CommentedMap`` objects
    that remember line and column; with ``fast``, plain YAML without anything unusual is first read
    by the C parser into plain dicts (no positions), and anything unusual (tags, duplicate keys,
    impossible dates) falls back to the careful reader, which reports it.
    """
    from planner.yamlio import load_yaml, load_yaml_marked  # local: ruamel import is slow-ish

    p = Path(path)
    check_numbers(text, p)
    if p.suffix.lower() == ".json":
        return parse_json(text, p)
    if fast:
        marked = load_yaml_marked(text)
        if marked is not None:
            return marked[0]
    return load_yaml(text, p)


def load_data(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES, fast: bool = False) -> Any:
    """Read and parse a YAML or JSON file from a stranger."""
    return parse_data(read_text(path, max_bytes=max_bytes), path, fast=fast)
