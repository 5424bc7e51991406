"""How fast a big OOAPI catalogue imports: N v6 courses, each with its learning outcomes by id and
two course offerings, in pages as an endpoint publishes them; CPU seconds, median of a few runs,
at two sizes to show the time grows in proportion to the input. Target: 20,000 courses ≤ 10 s; and
their draft catalogue written as YAML ≤ 10 s (it took ~36 s in ruamel's Python representer).

The data is written from the OOAPI v6 field definitions (courses with ``learningOutcomeIds``,
``/learning-outcomes`` items, course offerings with dates, addresses, prices, modes and seats), with
codes numbered per course as institutions do ("LU1", "2027-1"): equal codes made the ids quadratic.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

#: Courses in the speed target.
COURSES = 20_000
#: The target, CPU seconds for COURSES courses with their offerings.
TARGET_SECONDS = 10.0
PAGE = 250
TOWNS = ["Utrecht", "Zwolle", "Deventer", "Eindhoven", "Groningen", "Leiden", "Breda", "Arnhem"]


def _lts(nl: str, en: str) -> list[dict[str, str]]:
    return [{"language": "nl-NL", "value": nl}, {"language": "en-GB", "value": en}]


def v6_data(courses: int, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Items by endpoint: ``courses``, ``learning-outcomes`` and ``course-offerings``."""
    rng = random.Random(f"ooapi-{seed}")
    out: dict[str, list[dict[str, Any]]] = {"courses": [], "learning-outcomes": [], "course-offerings": []}
    first = dt.date(2027, 9, 6)
    for c in range(courses):
        cid = f"c{c:06d}-0000-4000-8000-000000000000"
        los = []
        for k in range(2):
            lid = f"l{c:06d}-{k:04d}-4000-8000-000000000000"
            los.append(lid)
            out["learning-outcomes"].append({
                "learningOutcomeId": lid, "primaryCode": {"codeType": "identifier", "code": f"LU{k + 1}"},  # numbered per course
                "name": _lts(f"De student beheerst onderdeel {k + 1} van vak {c}.",
                             f"The student masters part {k + 1} of course {c}."),
            })
        out["courses"].append({
            "courseId": cid, "primaryCode": {"codeType": "identifier", "code": f"VAK{c:05d}"},
            "name": _lts(f"Vak {c}", f"Course {c}"), "abbreviation": f"V{c}",
            "description": [{"language": "nl-NL", "value": f"<p>Over vak <b>{c}</b>.</p>"}],
            "studyLoad": [{"studyLoadUnit": "ects", "value": rng.choice([3, 5, 7.5])}],
            "teachingLanguages": ["nld"], "modesOfDelivery": ["presential"], "level": "bachelor",
            "learningOutcomeIds": los,
        })
        for k in range(2):
            start = first + dt.timedelta(weeks=rng.randrange(0, 80))
            end = start + dt.timedelta(weeks=rng.choice([8, 10, 20]), days=-3)
            out["course-offerings"].append({
                "courseOfferingId": f"o{c:06d}-{k:04d}-4000-8000-000000000000",
                "primaryCode": {"codeType": "offeringCode", "code": f"{start:%Y}-{k + 1}"},
                "name": _lts(f"Vak {c}, {start:%B %Y}", f"Course {c}, {start:%B %Y}"),
                "courseId": cid, "startDateTime": f"{start}T09:00:00+02:00", "endDateTime": f"{end}T17:00:00+02:00",
                "modesOfDelivery": [rng.choice(["presential", "online", "blended"])], "teachingLanguages": ["nld"],
                "addresses": [{"addressType": "teaching", "city": rng.choice(TOWNS)}],
                "priceInformation": [{"costType": "total_costs", "amount": f"{rng.randrange(100, 900)}.00", "currency": "EUR"}],
                "maxNumberStudents": 30, "minNumberStudents": 8, "resultExpected": True, "state": "active",
            })
    return out


def pages(items: list[dict[str, Any]], size: int = PAGE) -> list[dict[str, Any]]:
    """The items in OOAPI pagination envelopes."""
    n = max(1, -(-len(items) // size))
    return [{"pageSize": size, "pageNumber": p + 1, "hasPreviousPage": p > 0, "hasNextPage": p + 1 < n,
             "totalPages": n, "items": items[p * size:(p + 1) * size]} for p in range(n)]


def write_pages(folder: Path, courses: int, seed: int = 0) -> list[Path]:
    """The data as page files, one folder per endpoint."""
    files = []
    for endpoint, items in v6_data(courses, seed).items():
        (folder / endpoint).mkdir(parents=True, exist_ok=True)
        for i, page in enumerate(pages(items)):
            f = folder / endpoint / f"page-{i + 1:04d}.json"
            f.write_text(json.dumps(page), encoding="utf-8")
            files.append(f)
    return files


def time_import(folder: Path, runs: int) -> tuple[float, float, int, Any]:
    """Median CPU and wall seconds of importing the folder, the offerings made, and the last
    import's (catalogue, report)."""
    from planner.importers.ooapi import import_ooapi

    cpu, wall, offerings = [], [], 0
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        cat, report = import_ooapi([folder], catalogue_id="bench", institution="Bench")
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
        offerings = len(cat.offerings)
    return statistics.median(cpu), statistics.median(wall), offerings, (cat, report)


def time_draft(imported: Any, runs: int) -> dict[str, float]:
    """Median CPU seconds of writing the draft text as YAML and as JSON (what ``write_draft`` writes)."""
    from planner.importers.ooapi import draft_text

    out = {}
    for fmt in ("yaml", "json"):
        cpu = []
        for _ in range(runs):
            c0 = time.process_time()
            draft_text(*imported, yaml=fmt == "yaml")
            cpu.append(time.process_time() - c0)
        out[fmt] = round(statistics.median(cpu), 2)
    return out


def run(courses: int = COURSES, runs: int = 3) -> dict[str, Any]:
    """Import a quarter of ``courses`` and all of them; the figures, the growth and PASS/MISS."""
    rows = {}
    for n in (courses // 4, courses):
        with tempfile.TemporaryDirectory() as tmp:
            write_pages(Path(tmp), n)
            seconds, wall, offerings, imported = time_import(Path(tmp), runs)
        rows[n] = {"seconds": round(seconds, 2), "wall": round(wall, 2), "offerings": offerings}
    draft = time_draft(imported, runs)  # the largest import's draft
    small, big = rows[courses // 4]["seconds"], rows[courses]["seconds"]
    growth = round(big / small, 2) if small else None
    return {"courses": courses, "runs": runs, "rows": rows, "growth": growth, "draft": draft,
            "draft_pass": draft["yaml"] <= TARGET_SECONDS, "load": [round(x, 2) for x in os.getloadavg()],
            "pass": big <= TARGET_SECONDS}


def format_import(result: dict[str, Any]) -> str:
    """The import figures as a small table with PASS/MISS."""
    lines = [f"Importing OOAPI v6 courses with their offerings and outcomes (median of {result['runs']} runs)",
             f"{'courses':>8}{'offerings':>11}{'CPU s':>8}{'wall s':>8}"]
    for n, r in result["rows"].items():
        lines.append(f"{n:>8,}{r['offerings']:>11,}{r['seconds']:>8.2f}{r['wall']:>8.2f}")
    big = result["rows"][result["courses"]]["seconds"]
    verdict = "PASS" if result["pass"] else "MISS"
    lines.append(f"{result['courses']:,} courses: {big:.2f} s CPU (target ≤ {TARGET_SECONDS:g} s) {verdict}; "
                 f"4× the courses took {result['growth']}× the time (linear is 4×)")
    if "draft" in result:
        draft = result["draft"]
        lines.append(f"{result['courses']:,}-course draft written as YAML: {draft['yaml']:.2f} s CPU (JSON {draft['json']:.2f} s; "
                     f"target ≤ {TARGET_SECONDS:g} s) {'PASS' if result['draft_pass'] else 'MISS'}")
    if "load" in result:
        lines.append("load average while measured (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in result["load"]))
    return "\n".join(lines)
