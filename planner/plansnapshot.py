"""A plan file written off the GUI thread, without holding the interpreter for long at a time.

:func:`take` dumps what the user edits (learners and plans) to plain data at once, on the caller's
thread: the snapshot no later edit can change. :func:`render` then makes the file's text anywhere
else, in many short steps: each catalogue one entity at a time (a single ``model_dump`` of a
5,000-module catalogue held the interpreter lock for 0.4 s, so a window's event loop stood still for
that long even with the work on another thread), kept in a :class:`ContentCache` because catalogues
do not change between saves, and the JSON text chunk by chunk. The text equals what
:func:`planner.planfile.save_plan_file` writes for the same document.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.catalog import CatalogueSet
from planner.models import Catalogue, Learner
from planner.plan import Plan
from planner.planfile import PlanFile, Scenario, catalogue_ref

_DUMP: dict[str, Any] = {"mode": "json", "by_alias": True, "exclude_none": True}
#: Catalogue fields dumped one entity at a time.
_LISTS = ("outcomes", "modules", "offerings", "goals", "equivalences")


class Cancelled(Exception):
    """The snapshot is no longer wanted (the changes were saved or discarded meanwhile)."""


@dataclass(frozen=True)
class Snapshot:
    """A document as a plan file holds it, the catalogues aside, frozen as plain data."""

    data: dict[str, Any]
    catalogues: tuple[Catalogue, ...]
    sources: dict[str, Path]
    hashes: dict[str, str]


def take(learner: Learner, catalogues: CatalogueSet, plan: Plan | None = None,
         scenarios: Sequence[Scenario] = (), chosen: str | None = None) -> Snapshot:
    """The document now; the catalogue set is kept by reference (it is never changed once loaded)."""
    doc = PlanFile(learner=learner, catalogues=[], plan=plan, scenarios=list(scenarios), chosen=chosen)
    return Snapshot(doc.model_dump(**_DUMP), tuple(catalogues.catalogues), dict(catalogues.sources),
                    dict(catalogues.hashes))


#: The depth of a catalogue's content in a plan file (root, ``catalogues`` list, reference): its lines
#: after the first are indented by this much.
_CONTENT_INDENT = " " * 6


def _encode(value: Any, cancel: threading.Event | None) -> str:
    """``value`` as a plan file writes it, made chunk by chunk (the lock changes hands in between)."""
    chunks = []
    for i, chunk in enumerate(json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(value)):
        if cancel is not None and i % 4096 == 0 and cancel.is_set():
            raise Cancelled
        chunks.append(chunk)
    return "".join(chunks)


def _indented(text: str, prefix: str) -> str:
    """``text`` with every line after the first indented by ``prefix`` (a nested JSON value)."""
    return text.replace("\n", "\n" + prefix)


@dataclass
class ContentCache:
    """Each catalogue's content as the text a plan file holds, by the catalogue object (catalogues are
    replaced, never changed). Text, not dumped data: strings are no work for the cyclic garbage
    collector, whose full collections over the dumped dicts of an XL catalogue held the lock 0.6 s."""

    _items: dict[int, tuple[Catalogue, str]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def content(self, cat: Catalogue, cancel: threading.Event | None = None) -> str:
        with self._lock:
            hit = self._items.get(id(cat))
        if hit is not None and hit[0] is cat:
            return hit[1]
        # field by field and entity by entity, each dumped and made text at once: the dumped dicts of a
        # whole XL catalogue alive together made a full collection take 0.5 s
        top = cat.model_dump(exclude=set(_LISTS), **_DUMP)
        fields = []
        for name, info in Catalogue.model_fields.items():
            key = info.alias or name
            if name in _LISTS:
                items = []
                for i, item in enumerate(getattr(cat, name)):
                    if cancel is not None and i % 256 == 0 and cancel.is_set():
                        raise Cancelled
                    items.append("    " + _indented(_encode(item.model_dump(**_DUMP), None), "    "))
                value = "[\n" + ",\n".join(items) + "\n  ]" if items else "[]"
            elif key in top:
                value = _indented(_encode(top[key], None), "  ")
            else:
                continue
            fields.append(f"  {json.dumps(key, ensure_ascii=False)}: {value}")
        text = _indented("{\n" + ",\n".join(fields) + "\n}" if fields else "{}", _CONTENT_INDENT)
        with self._lock:
            self._items[id(cat)] = (cat, text)
        return text

    def keep_only(self, cats: Sequence[Catalogue]) -> None:
        """Forget the catalogues that are not among ``cats`` (another set was opened)."""
        wanted = {id(c) for c in cats}
        with self._lock:
            for key in [k for k in self._items if k not in wanted]:
                del self._items[key]


def render(snap: Snapshot, base: Path, cache: ContentCache | None = None,
           cancel: threading.Event | None = None) -> str:
    """The plan file's text for ``snap`` saved in the folder ``base``; raise :class:`Cancelled` when
    ``cancel`` is set meanwhile."""
    cache = cache or ContentCache()
    refs, contents = [], {}
    marker = f"leerroute-content-{secrets.token_hex(8)}"
    for n, cat in enumerate(snap.catalogues):
        contents[f'"{marker}-{n}"'] = cache.content(cat, cancel)
        ref = catalogue_ref(cat, snap.sources.get(cat.id), snap.hashes.get(cat.id), base, embed=False).model_dump(**_DUMP)
        refs.append({**ref, "content": f"{marker}-{n}"})
    data = {k: (refs if k == "catalogues" else v) for k, v in snap.data.items()}
    text = _encode(data, cancel)
    for placeholder, content in contents.items():  # the catalogues' text where their markers are
        text = text.replace(placeholder, content, 1)
    return text + "\n"
