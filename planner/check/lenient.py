"""Lenient loading: keep what is sound, leave out the entities that have errors, and say so.

An error stays with the entity it is in: a module, an offering, a goal, an outcome or an
equivalence (found by the field path of the diagnostic: ``modules[3].requires...``). Such an entity is
left out, and so is what depends on it (the offerings of a left-out module). Everything else is
loaded, so one broken module in an unrelated programme does not stop a learner's route.

Errors that make a file unusable as a whole stop it: the file cannot be read or parsed, its
``formatVersion`` is unknown, its catalogue id is used twice, or a field of the catalogue itself
(``id``, ``title``, ``institution``, ...) is wrong. Then :class:`FileUnusable` names them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from planner.catalog import LeftOut
from planner.check.catalogue_file import CatalogueFile
from planner.diagnostics import Diagnostic
from planner.errors import CatalogueError
from planner.models import Catalogue, Module, qualify

#: The sections of a catalogue file whose items can be left out one by one.
SECTIONS = ("outcomes", "modules", "offerings", "goals", "equivalences")
_KIND = {"outcomes": "outcome", "modules": "module", "offerings": "offering", "goals": "goal",
         "equivalences": "equivalence"}
_ENTITY = re.compile(r"^(outcomes|modules|offerings|goals|equivalences)\[(\d+)\]")


class FileUnusable(CatalogueError):
    """A catalogue file has an error that no single entity holds: it cannot be loaded even in part."""


def entity_of(d: Diagnostic) -> tuple[str, int] | None:
    """The (section, index) of the entity a diagnostic is in, or None when it is about the file."""
    m = _ENTITY.match(d.path)
    return (m.group(1), int(m.group(2))) if m else None


@dataclass
class SoundPart:
    """The sound part of one catalogue file, and what was left out of it."""

    catalogue: Catalogue
    left_out: list[LeftOut] = field(default_factory=list)


def sound_parts(cats: Sequence[CatalogueFile], diags: Sequence[Diagnostic]) -> list[SoundPart]:
    """The catalogues without the entities that have errors (and the offerings of left-out modules).

    Raises :class:`FileUnusable` when some file has an error outside every entity.
    """
    errors = [d for d in diags if d.is_error]
    whole = [d for d in errors if entity_of(d) is None]
    if whole:
        raise FileUnusable("\n".join(d.render() for d in whole), whole)
    by_file: dict[str, dict[tuple[str, int], Diagnostic]] = {}
    for e in sorted(errors, key=Diagnostic.sort_key):
        key = entity_of(e)
        assert key is not None
        by_file.setdefault(e.file, {}).setdefault(key, e)
    parts: list[SoundPart] = []
    dropped_modules: set[str] = set()
    for c in cats:
        bad = by_file.get(c.f.name, {})
        head = _head(c)
        kept: dict[str, list[Any]] = {}
        part = SoundPart(head)
        for section in SECTIONS:
            good = dict(c.items[section])
            keep: list[Any] = []
            for i, raw in enumerate(_raw(c, section)):
                why = bad.get((section, i))
                item = good.get(i)
                if why is None and item is not None:
                    keep.append(item)
                    continue
                if why is None:  # did not validate, yet no error names it: cannot happen, but never load it
                    continue
                part.left_out.append(_left_out(c, section, i, raw, item, why))
                if section == "modules":
                    dropped_modules.add(qualify(_raw_id(raw, i), c.ns))
            kept[section] = keep
        part.catalogue = head.model_copy(update=kept)
        parts.append(part)
    # what depends on a left-out module: its offerings
    for part, c in zip(parts, cats, strict=True):
        offerings = []
        for f in part.catalogue.offerings:
            mq = qualify(f.module, c.ns)
            if mq in dropped_modules:
                title = next((lo.title for p in parts for lo in p.left_out if lo.id == mq), mq)
                part.left_out.append(LeftOut("offering", qualify(f.id, c.ns), c.ns, _institution(c), c.f.name,
                                             None, f"its module '{title}' was left out"))
            else:
                offerings.append(f)
        part.catalogue = part.catalogue.model_copy(update={"offerings": offerings})
    return parts


def _raw(c: CatalogueFile, section: str) -> list[Any]:
    raw = c.f.data.get(section)
    return list(raw) if isinstance(raw, list) else []


def _raw_id(raw: Any, i: int) -> str:
    rid = raw.get("id") if isinstance(raw, dict) or hasattr(raw, "get") else None
    return rid if isinstance(rid, str) else f"#{i + 1}"


def _institution(c: CatalogueFile) -> str:
    inst = c.f.data.get("institution")
    return inst if isinstance(inst, str) else c.ns


def _head(c: CatalogueFile) -> Catalogue:
    """The catalogue's own fields, without its items."""
    if c.model is not None:
        return c.model
    data = {k: v for k, v in c.f.data.items() if k not in SECTIONS}
    try:
        return Catalogue.model_validate(data)
    except ValidationError as exc:  # reported as errors about the file already
        raise FileUnusable(f"{c.f.name}: the catalogue's own fields are not valid", []) from exc


def _left_out(c: CatalogueFile, section: str, i: int, raw: Any, item: Any, d: Diagnostic) -> LeftOut:
    kind = _KIND[section]
    rid = _raw_id(raw, i) if section != "equivalences" else f"#{i + 1}"
    title = None
    if item is not None and getattr(item, "title", None) is not None:
        title = str(item.title)
    elif hasattr(raw, "get") and isinstance(raw.get("title"), str):
        title = raw.get("title")
    certifies: list[str] = []
    if isinstance(item, Module):
        certifies = [qualify(o, c.ns) for o in item.certifies]
    elif hasattr(raw, "get") and isinstance(raw.get("certifies"), list):
        certifies = [qualify(o, c.ns) for o in raw.get("certifies") if isinstance(o, str)]
    module = raw.get("module") if section == "offerings" and hasattr(raw, "get") else None
    where = f"line {d.line}: " if d.line is not None else ""
    return LeftOut(kind, qualify(rid, c.ns) if section != "equivalences" else f"{c.ns}:{rid}", c.ns,
                   _institution(c), c.f.name, title, f"{where}{d.message}", certifies,
                   qualify(module, c.ns) if isinstance(module, str) else None)
