"""One catalogue file as the cross-checks see it: its items that validated (by section), the raw ids
of every item (valid or not), and the ids used twice inside it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from planner.check.source import SourceFile
from planner.models import NS, Catalogue, Equivalence, Goal, Module, Offering, Outcome, is_valid_ref

KINDS = ("outcomes", "modules", "offerings", "goals")
_MODELS: dict[str, type[BaseModel]] = {
    "outcomes": Outcome, "modules": Module, "offerings": Offering, "goals": Goal, "equivalences": Equivalence,
}
SINGULAR = {"outcomes": "outcome", "modules": "module", "offerings": "offering", "goals": "goal"}


def validate_catalogue(data: Mapping[str, Any]) -> Catalogue:
    """``Catalogue.model_validate(data)``, one entity at a time.

    Validating a whole XL catalogue in one call held the interpreter lock for all of it (0.33 s CPU;
    1.1 s at load 14), and the window's event loop with it while the file loaded in a thread; entity by
    entity the lock changes hands between them, and it is six times faster (0.05 s). A file with an
    error anywhere is validated whole, so its errors keep their places in the file.
    """
    sections = {s: data[s] for s in _MODELS if s in data}
    if not all(isinstance(v, list) for v in sections.values()):
        return Catalogue.model_validate(data)
    try:
        head = Catalogue.model_validate({k: v for k, v in data.items() if k not in _MODELS})
        items = {s: [_MODELS[s].model_validate(raw) for raw in v] for s, v in sections.items()}
    except ValidationError:
        return Catalogue.model_validate(data)
    return head.model_copy(update=items)


@dataclass
class CatalogueFile:
    """One catalogue file as the cross-checks see it."""

    f: SourceFile
    ns: str
    model: Catalogue | None
    # per section: (index in the file, validated item)
    items: dict[str, list[tuple[int, Any]]]
    # per kind: local id -> index of first occurrence in the raw data (valid or not)
    raw_ids: dict[str, dict[str, int]]
    # raw 'certifies' of modules that did not validate (to avoid follow-up errors)
    raw_certifies: list[str]


def items_of(data: Mapping[str, Any], section: str) -> list[Any]:
    raw = data.get(section)
    return list(raw) if isinstance(raw, list) else []


def prepare(f: SourceFile, model: Catalogue | None) -> CatalogueFile:
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
        for i, raw in enumerate(items_of(data, section)):
            try:
                good.append((i, cls.model_validate(raw)))
            except ValidationError:
                if section == "modules" and isinstance(raw, Mapping) and isinstance(raw.get("certifies"), list):
                    raw_certifies += [c for c in raw["certifies"] if isinstance(c, str)]
            except Exception:  # noqa: BLE001 - odd data must never stop the other checks
                pass
        items[section] = good
    raw_ids: dict[str, dict[str, int]] = {}
    for kind in KINDS:
        ids: dict[str, int] = {}
        for i, raw in enumerate(items_of(data, kind)):
            rid = raw.get("id") if isinstance(raw, Mapping) else None
            if isinstance(rid, str) and rid not in ids:
                ids[rid] = i
        raw_ids[kind] = ids
    return CatalogueFile(f, ns, model, items, raw_ids, raw_certifies)


def duplicates(c: CatalogueFile) -> None:
    for kind in KINDS:
        first: dict[str, int] = {}
        for i, raw in enumerate(items_of(c.f.data, kind)):
            rid = raw.get("id") if isinstance(raw, Mapping) else None
            if not isinstance(rid, str):
                continue
            if rid in first:
                line, _ = c.f.at([kind, first[rid], "id"])
                what = SINGULAR[kind]
                c.f.error([kind, i, "id"], "duplicate-id",
                          f"the {what} id '{rid}' is used twice (first at line {line}, {kind}[{first[rid]}])",
                          f"give each {what} its own id", id=rid, first_line=line)
            else:
                first[rid] = i
    # milestones and choice groups inside one goal
    for i, goal in enumerate(items_of(c.f.data, "goals")):
        if not isinstance(goal, Mapping):
            continue
        seen: dict[str, tuple[str, int]] = {}
        for part in ("choices", "milestones"):
            for j, raw in enumerate(items_of(goal, part)):
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
