"""Checking a learner file: the model, and (with catalogues) that every id it names exists.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planner.catalog import CatalogueSet
from planner.check.fields import model_diagnostics
from planner.check.source import SourceFile, read_source, top_mapping
from planner.diagnostics import Diagnostic, Severity
from planner.models import NS, Learner
from planner.reader import parse_data, read_text


def check_learner_file(path: Path, cs: CatalogueSet | None = None) -> tuple[Learner | None, list[Diagnostic]]:
    """Read and validate a learner file; with ``cs``, also check that its ids name known things.

    Never raises for bad input.
    """
    diags: list[Diagnostic] = []
    f, _ = read_source(Path(path), diags)
    if f is None or not top_mapping(f, "learner", "'name: …' and 'start: 2026-09-01'"):
        return None, diags
    try:
        learner = Learner.model_validate(f.data)
    except ValidationError as exc:
        model_diagnostics(f, exc, Learner)
        return None, sorted(diags, key=Diagnostic.sort_key)
    except (RecursionError, ValueError, TypeError) as exc:
        f.error([], "type", f"the file cannot be validated ({type(exc).__name__})", "check its structure")
        return None, diags
    if cs is not None:
        _learner_refs(f, learner, cs)
    return learner, sorted(diags, key=Diagnostic.sort_key)


#: Unknown ids get a "did you mean" suggestion up to this many times per file (each one compares
#: the id with every name: 10,000 unknown ids took 21 s).
SUGGESTIONS = 50


def _learner_refs(f: SourceFile, learner: Learner, cs: CatalogueSet) -> None:
    loaded = {c.id for c in cs.catalogues}
    sorted_names: dict[str, list[str]] = {}
    suggestions = [SUGGESTIONS]

    left_out = {lo.id: lo for lo in cs.left_out}

    def check(path: list[str | int], ref: str, pools: dict[str, Any], what: str) -> None:
        if ref in pools or any(ref in p for p in pools.values() if isinstance(p, set)):
            return
        if ref in left_out:
            lo = left_out[ref]
            # a goal or pin the route cannot have stops the plan; an exclusion or a proven outcome does not
            severity: Severity = "error" if path[0] in ("goal", "pinned", "order") else "warning"
            f.add(severity, path, "left-out", f"the {lo.kind} '{ref}' was left out of its catalogue ({lo.file}, {lo.reason})",
                  "fix it in the catalogue file (leerroute check shows where), or choose another", ref=ref)
            return
        ns, sep, local = ref.partition(NS)
        if sep and ns not in loaded:
            f.warning(path, "catalogue-not-loaded", f"'{ref}' is in catalogue '{ns}', which is not loaded",
                      f"load the catalogue '{ns}' too", ref=ref, catalogue=ns)
            return
        if what not in sorted_names:
            sorted_names[what] = sorted(set().union(*[set(p) for p in pools.values()]))
        names = sorted_names[what]
        tail = local if sep else ref
        same_local = [n for n in names if n.split(NS, 1)[-1] == tail] if not sep and suggestions[0] > 0 else []
        if same_local:
            hint = f"write the full id '{same_local[0]}' (catalogue id, colon, id)"
        else:
            suggestions[0] -= 1
            close = difflib.get_close_matches(ref, names, n=1, cutoff=0.6) if suggestions[0] >= 0 else []
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
    modules = {"modules": set(cs.modules)}
    for j, w in enumerate(learner.order):
        check(["order", j, "module"], w.module, modules, "module")
        if w.before is not None:
            check(["order", j, "before"], w.before, modules, "module")
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
        text = read_text(path, max_bytes=256 * 1024)
        if "institution" in text:  # every catalogue has one; skip parsing it twice
            return False
        data = parse_data(text, path)
    except Exception:  # noqa: BLE001 - only a guess; check_files reports the real problem
        return False
    return isinstance(data, Mapping) and "name" in data and "institution" not in data and "modules" not in data
