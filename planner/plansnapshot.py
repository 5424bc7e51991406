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

import hashlib
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.catalog import CatalogueSet
from planner.models import Catalogue, Learner
from planner.plan import Plan
from planner.planfile import CatalogueRef, PlanFile, Scenario, _relative
from planner.reader import file_hash

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


@dataclass
class ContentCache:
    """Each catalogue's dumped content, by the catalogue object (catalogues are replaced, never changed)."""

    _items: dict[int, tuple[Catalogue, dict[str, Any]]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def content(self, cat: Catalogue, cancel: threading.Event | None = None) -> dict[str, Any]:
        with self._lock:
            hit = self._items.get(id(cat))
        if hit is not None and hit[0] is cat:
            return hit[1]
        out: dict[str, Any] = {}
        top = cat.model_dump(exclude=set(_LISTS), **_DUMP)
        for name, info in Catalogue.model_fields.items():
            key = info.alias or name
            if name in _LISTS:
                items = []
                for i, item in enumerate(getattr(cat, name)):
                    if cancel is not None and i % 256 == 0 and cancel.is_set():
                        raise Cancelled
                    items.append(item.model_dump(**_DUMP))
                out[key] = items
            elif key in top:
                out[key] = top[key]
        with self._lock:
            self._items[id(cat)] = (cat, out)
        return out

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
    refs = []
    for cat in snap.catalogues:
        src = snap.sources.get(cat.id)
        digest = snap.hashes.get(cat.id) or (file_hash(src) if src is not None else None)
        content = cache.content(cat, cancel)
        if digest is None:
            digest = hashlib.sha256(cat.model_dump_json(by_alias=True, exclude_none=True).encode()).hexdigest()
        path = _relative(Path(src), base) if src is not None else f"{cat.id}.yaml"
        ref = CatalogueRef(path=path, id=cat.id, sha256=digest, format_version=cat.format_version,
                           published=cat.published).model_dump(**_DUMP)
        refs.append({**ref, "content": content})
    data = {k: (refs if k == "catalogues" else v) for k, v in snap.data.items()}
    chunks = []
    for i, chunk in enumerate(json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(data)):
        if cancel is not None and i % 4096 == 0 and cancel.is_set():
            raise Cancelled
        chunks.append(chunk)
    return "".join(chunks) + "\n"
