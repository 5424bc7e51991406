"""Small catalogues and learners built in code, for tests of the solver and the validator."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.catalog import CatalogueSet
from planner.models import Catalogue, Learner

START = dt.date(2027, 1, 4)  # a Monday


def monday(week: int) -> dt.date:
    """The Monday of a week counted from START."""
    return START + dt.timedelta(weeks=week)


def outcome(oid: str) -> dict[str, Any]:
    return {"id": oid, "title": {"en": f"Outcome {oid}", "nl": f"Leeruitkomst {oid}"}}


def module(mid: str, certifies: list[str], requires: Any = None, ec: float | None = None, hours: float | None = None,
           kind: str = "taught") -> dict[str, Any]:
    d: dict[str, Any] = {"id": mid, "title": {"en": f"Module {mid}"}, "certifies": certifies, "kind": kind}
    if hours is not None:
        d["hours"] = hours
    else:
        d["ec"] = ec if ec is not None else 1
    if requires is not None:
        d["requires"] = requires
    return d


def cohort(oid: str, mid: str, weeks: int, hpw: float, starts: list[int], mode: str = "online",
           location: str | None = None, sessions: list[dict[str, Any]] | None = None, cost: float = 0) -> dict[str, Any]:
    d: dict[str, Any] = {"id": oid, "module": mid, "mode": mode, "weeks": weeks, "hoursPerWeek": hpw,
                         "starts": [monday(w).isoformat() for w in starts], "cost": cost,
                         "sessions": sessions or []}
    if location:
        d["location"] = location
    return d


def flexible(oid: str, mid: str, weeks: int, hpw: float, first: int = 0, last: int | None = None, mode: str = "online",
             location: str | None = None, sessions: list[dict[str, Any]] | None = None, cost: float = 0) -> dict[str, Any]:
    entry: dict[str, Any] = {"start": monday(first).isoformat()}
    if last is not None:
        entry["end"] = monday(last).isoformat()
    d: dict[str, Any] = {"id": oid, "module": mid, "mode": mode, "weeks": weeks, "hoursPerWeek": hpw,
                         "entry": entry, "cost": cost, "sessions": sessions or []}
    if location:
        d["location"] = location
    return d


def session(day: str, start: str, end: str) -> dict[str, Any]:
    return {"day": day, "start": start, "end": end}


def catalogue(outcomes: list[str], modules: list[dict[str, Any]], offerings: list[dict[str, Any]],
              goals: list[dict[str, Any]] | None = None, cid: str = "t", equivalences: list[dict[str, Any]] | None = None) -> Catalogue:
    return Catalogue.model_validate({
        "formatVersion": "1.0", "id": cid, "title": "Test", "institution": "Test",
        "outcomes": [outcome(o) for o in outcomes], "modules": modules, "offerings": offerings,
        "goals": goals or [], "equivalences": equivalences or [],
    })


def catset(*cats: Catalogue) -> CatalogueSet:
    return CatalogueSet.from_catalogues(cats)


def learner(**kw: Any) -> Learner:
    data: dict[str, Any] = {"name": "Test", "start": START.isoformat(), "hoursPerWeek": 10}
    data.update(kw)
    return Learner.model_validate(data)


def prerequisite_loop() -> tuple[CatalogueSet, Learner]:
    """Assessment routes whose prerequisites form a loop, with one way out (m0 then m2: week 2).

    Found by the brute-force property test: it once misled the greedy route (and with it the
    solver's horizon).
    """
    cs = catset(catalogue(
        ["o0", "o1", "o2"],
        [module("m0", ["o0", "o1"], hours=3, kind="assessment"),
         module("m1", ["o0", "o1"], requires="o2", hours=2, kind="assessment"),
         module("m2", ["o0", "o2"], requires="o1", hours=2, kind="assessment")],
        [flexible("f00", "m0", 1, 3, 0, 0), cohort("f01", "m0", 1, 3, [0]), flexible("f10", "m1", 1, 2, 0, 0),
         flexible("f20", "m2", 1, 2, 0, 0), flexible("f21", "m2", 1, 2, 0, 1)],
    ))
    lrn = learner(outcomes=["t:o0", "t:o2"], hoursPerWeek=4, proven=[{"outcome": "t:o0", "evidence": "experience"}],
                  deadline="2027-01-31")
    return cs, lrn


def cli(*argv: object) -> tuple[int, str, str]:
    """Run the ``leerroute`` command line in this process: its exit code, standard output and error."""
    import io

    from planner.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()
