"""Plain data (what JSON holds: mappings, lists, text, numbers, booleans, null) written as block YAML,
fast: the events go straight to ruamel's C emitter (ruamel.yaml.clib), without ruamel's Python
representer and serializer, which spent most of the time of a large dump building tag objects (a
20,000-course OOAPI draft took ~36 s CPU). The text is the one ruamel's safe dumper writes for the
same data: a string is written plain only when a YAML 1.2 reader reads it back as that string,
otherwise quoted (the emitter picks single or double quotes).
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Mapping
from typing import Any

from ruamel.yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

#: Text that every YAML 1.2 reader reads back as text when it is written plain: a letter, then
#: letters, digits, spaces, '-', '_', '.', '/' (checked first; anything else asks the resolver).
_PLAIN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9_./ -]*\Z")
#: The words that YAML 1.2 (ruamel's core schema) reads as a boolean or null, not as text.
_WORDS = frozenset({"true", "false", "yes", "no", "on", "off", "null", "y", "n"})
_STR = "tag:yaml.org,2002:str"
_RESOLVER = VersionedResolver(version=(1, 2))


@functools.lru_cache(maxsize=4096)
def _resolves_as_text(value: str) -> bool:
    return str(_RESOLVER.resolve(ScalarNode, value, (True, False))) == _STR


def _plain_is_text(value: str) -> bool:
    """Whether ``value`` written plain reads back as the same text (not a number, date, bool…)."""
    if _PLAIN_TEXT.match(value) and value.lower() not in _WORDS and not value.endswith(" "):
        return True
    return _resolves_as_text(value)


def _number(value: float) -> str:
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    return repr(value).lower()


def _events(data: Any, emit: Any) -> None:
    if isinstance(data, str):
        emit(ScalarEvent(None, None, (_plain_is_text(data), True), data))
    elif isinstance(data, bool):
        emit(ScalarEvent(None, None, (True, False), "true" if data else "false"))
    elif isinstance(data, int):
        emit(ScalarEvent(None, None, (True, False), str(data)))
    elif isinstance(data, float):
        emit(ScalarEvent(None, None, (True, False), _number(data)))
    elif data is None:
        emit(ScalarEvent(None, None, (True, False), "null"))
    elif isinstance(data, Mapping):
        emit(MappingStartEvent(None, None, True, flow_style=not data))
        for key, value in data.items():
            _events(key, emit)
            _events(value, emit)
        emit(MappingEndEvent())
    elif isinstance(data, list | tuple):
        emit(SequenceStartEvent(None, None, True, flow_style=not data))
        for value in data:
            _events(value, emit)
        emit(SequenceEndEvent())
    else:
        raise TypeError(f"cannot write a {type(data).__name__} as plain YAML")


def dump_plain(data: Any, width: int = 110) -> str:
    """``data`` (JSON-like: dicts, lists, str, int, float, bool, None) as a block-style YAML document."""
    from _ruamel_yaml import CEmitter  # ruamel.yaml.clib (a dependency on CPython)

    buf = io.StringIO()
    emitter = CEmitter(buf, width=width, allow_unicode=True)
    emit = emitter.emit
    emit(StreamStartEvent())
    emit(DocumentStartEvent(explicit=False))
    _events(data, emit)
    emit(DocumentEndEvent(explicit=False))
    emit(StreamEndEvent())
    return buf.getvalue()
