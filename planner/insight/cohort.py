"""A cohort for the insight batch: learner files, saved plan files, or a CSV of anonymised intake profiles.

The CSV has one profile a row, with these columns (a header row names them; order is free; the JSON
Schema ``catalogs/schema/intake.schema.json`` describes one row):

``id``              an anonymous label of the profile (required, unique)
``goal``            qualified goal id, e.g. ``hs-oost:ad-ict`` (required)
``start``           ISO date of the start, e.g. ``2026-09-07`` (required)
``hours_per_week``  study hours in a normal week, e.g. ``16`` (required)
``modes``           accepted modes, ``;``-separated (``online;hybrid``); empty: every mode
``places``          reachable places, ``;``-separated; empty: any place
``windows``         free weekly windows, ``;``-separated (``mon 19:00-22:00;sat 09:00-13:00``); empty: any time
``proven``          outcomes already proven by a diploma or badge, ``;``-separated qualified ids
``experience``      outcomes claimed from experience (opens assessment-only routes), ``;``-separated
``budget``          most the route may cost in euros; empty: no budget
``deadline``        ISO date by which everything is done; empty: none

Every problem is reported with the file, the row and the column, and what to write instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from planner.errors import CatalogueError
from planner.models import Learner

#: The CSV's columns, in the order a written file has them.
COLUMNS = ("id", "goal", "start", "hours_per_week", "modes", "places", "windows", "proven", "experience",
           "budget", "deadline")
REQUIRED = ("id", "goal", "start", "hours_per_week")
#: A cohort file larger than this is refused (a million profiles is about 150 MB).
MAX_CSV_BYTES = 200_000_000
LIST_PATTERN = r"^[^;]*(;[^;]*)*$"
WINDOW_PATTERN = r"^$|^(mon|tue|wed|thu|fri|sat|sun) [0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9](;(mon|tue|wed|thu|fri|sat|sun) [0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])*$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


class IntakeRow(BaseModel):
    """One anonymised intake profile: a row of a cohort CSV (the columns as named in its header, every
    value as written in the file)."""

    model_config = ConfigDict(extra="forbid", str_max_length=100_000)

    id: str = Field(min_length=1, max_length=200, description="Anonymous label of the profile, unique in the file.")
    goal: str = Field(min_length=1, max_length=400, description="Qualified goal id, e.g. 'hs-oost:ad-ict'.")
    start: str = Field(pattern=DATE_PATTERN, description="Start date, ISO (2026-09-07).")
    hours_per_week: str = Field(pattern=r"^\d+(\.\d+)?$", description="Study hours in a normal week (16).")
    modes: str = Field(default="", pattern=r"^$|^(online|campus|workplace|hybrid)(;(online|campus|workplace|hybrid))*$",
                       description="Accepted modes, ';'-separated; empty: every mode.")
    places: str = Field(default="", pattern=LIST_PATTERN, description="Reachable places, ';'-separated; empty: any place.")
    windows: str = Field(default="", pattern=WINDOW_PATTERN,
                         description="Free weekly windows, ';'-separated ('mon 19:00-22:00'); empty: any time.")
    proven: str = Field(default="", pattern=LIST_PATTERN,
                        description="Outcomes proven by a diploma or badge, ';'-separated qualified ids.")
    experience: str = Field(default="", pattern=LIST_PATTERN,
                            description="Outcomes claimed from experience, ';'-separated qualified ids.")
    budget: str = Field(default="", pattern=r"^$|^\d+(\.\d+)?$", description="Most the route may cost in euros; empty: none.")
    deadline: str = Field(default="", pattern=r"^$|^\d{4}-\d{2}-\d{2}$", description="Everything done by this date; empty: none.")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def row_learner(row: IntakeRow) -> Learner:
    """The learner of an intake row (validated as a learner file would be; raises ``ValidationError``)."""
    data: dict[str, Any] = {"name": row.id, "goal": row.goal, "start": row.start, "hours_per_week": float(row.hours_per_week)}
    if row.modes:
        data["modes"] = _split(row.modes)
    if row.places:
        data["places"] = _split(row.places)
    windows = []
    for w in _split(row.windows):
        day, span = w.split(" ", 1)
        start, end = span.split("-", 1)
        windows.append({"day": day, "start": start, "end": end})
    data["availability"] = windows
    data["proven"] = ([{"outcome": o, "evidence": "diploma"} for o in _split(row.proven)]
                      + [{"outcome": o, "evidence": "experience"} for o in _split(row.experience)])
    if row.budget:
        data["budget"] = float(row.budget)
    if row.deadline:
        data["deadline"] = row.deadline
    return Learner.model_validate(data)


def learner_row(learner: Learner) -> dict[str, str]:
    """A learner as an intake row (what :func:`row_learner` reads back)."""
    from planner.models import Evidence

    def num(x: float) -> str:
        return f"{x:g}"

    return {
        "id": learner.name, "goal": learner.goal or "", "start": learner.start.isoformat(),
        "hours_per_week": num(learner.hours_per_week),
        "modes": "" if set(learner.modes) == set(Learner.model_fields["modes"].get_default(call_default_factory=True))
        else ";".join(m.value for m in learner.modes),
        "places": ";".join(learner.places or []),
        "windows": ";".join(f"{w.day.value} {w.start:%H:%M}-{w.end:%H:%M}" for w in learner.availability),
        "proven": ";".join(p.outcome for p in learner.proven if p.evidence != Evidence.EXPERIENCE),
        "experience": ";".join(p.outcome for p in learner.proven if p.evidence == Evidence.EXPERIENCE),
        "budget": "" if learner.budget is None else num(learner.budget),
        "deadline": "" if learner.deadline is None else learner.deadline.isoformat(),
    }


def write_cohort_csv(learners: Iterable[Learner]) -> str:
    """Learners as cohort CSV text."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for learner in learners:
        writer.writerow(learner_row(learner))
    return buf.getvalue()


def _column_of(loc: Sequence[Any]) -> str:
    return str(loc[0]) if loc else "(row)"


def read_cohort_csv(path: Path) -> list[Learner]:
    """The profiles of a cohort CSV; raise :class:`CatalogueError` listing every problem (file, row,
    column, what to do)."""
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise CatalogueError(f"{path}: the file is {size / 1e6:.0f} MB, more than a cohort file may be "
                                 f"({MAX_CSV_BYTES / 1e6:.0f} MB); split it into several files")
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogueError(f"{path}: byte {exc.start} is not UTF-8 text; save the CSV as UTF-8") from None
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot open the file ({exc.strerror or exc}); check the path") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CatalogueError(f"{path}:1: the header lacks the column(s) {', '.join(missing)}; the first row names the "
                             f"columns: {','.join(COLUMNS)}")
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        raise CatalogueError(f"{path}:1: unknown column(s) {', '.join(unknown)}; the columns are {','.join(COLUMNS)}")
    problems: list[str] = []
    learners: list[Learner] = []
    seen: dict[str, int] = {}
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise CatalogueError(f"{path}:{reader.line_num}: not valid CSV ({exc}); check the quotes on that line") from None
    for n, raw in enumerate(rows, start=2):
        if None in raw:
            problems.append(f"{path}:{n}: more values than columns; check the commas on this row")
            continue
        values = {k: (v or "").strip() for k, v in raw.items() if k is not None}
        try:
            row = IntakeRow.model_validate(values)
            learner = row_learner(row)
        except ValidationError as exc:
            for err in exc.errors()[:5]:
                column = _column_of(err.get("loc", ()))
                problems.append(f"{path}:{n}: column {column}: {err.get('msg', 'invalid')} "
                                f"(value {values.get(column, '')!r}); see the columns in docs/insight.md")
            continue
        if row.id in seen:
            problems.append(f"{path}:{n}: column id: '{row.id}' is also the id of row {seen[row.id]}; give each profile its own id")
            continue
        seen[row.id] = n
        learners.append(learner)
        if len(problems) > 50:
            break
    if problems:
        raise CatalogueError("\n".join(problems[:50]))
    return learners


@dataclass
class Cohort:
    """The learners of a cohort, each with where it came from (``file`` or ``file:row``)."""

    learners: list[Learner]
    sources: list[str]


def _files(paths: Sequence[Path | str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in (".csv", ".yaml", ".yml", ".json"))
        elif p.exists():
            out.append(p)
        else:
            raise CatalogueError(f"{p}: no such file or folder; give learner files, plan files, a folder of them or a cohort CSV")
    return out


def read_cohort(paths: Sequence[Path | str]) -> Cohort:
    """Learners from files and folders: cohort CSVs, learner files (YAML or JSON) and plan files
    (``*.leerroute.json``: the chosen scenario's learner). Raises :class:`CatalogueError` with every
    problem of the first file that has any."""
    from planner.check import check_learner_file
    from planner.diagnostics import render_list
    from planner.filekind import file_kind
    from planner.planfile import read_plan_file

    learners: list[Learner] = []
    sources: list[str] = []
    for f in _files(paths):
        if f.suffix.lower() == ".csv":
            rows = read_cohort_csv(f)
            learners += rows
            sources += [f"{f}:{n}" for n in range(2, 2 + len(rows))]
            continue
        kind = file_kind(f)
        if kind == "plan":
            doc = read_plan_file(f)
            learners.append(doc.scenario_list()[doc.chosen_index()].learner)
        elif kind == "learner":
            learner, diags = check_learner_file(f)
            errors = [d for d in diags if d.is_error]
            if learner is None or errors:
                raise CatalogueError(render_list(errors) or f"{f}: not a learner file", errors)
            learners.append(learner)
        else:
            raise CatalogueError(f"{f}: neither a learner file, a plan file nor a cohort CSV ({kind}); "
                                 "leave it out of the cohort")
        sources.append(str(f))
    if not learners:
        raise CatalogueError(f"{', '.join(map(str, paths))}: no profiles found; give a cohort CSV, learner files or plan files")
    names: dict[str, str] = {}
    for learner, source in zip(learners, sources, strict=True):
        if learner.name in names:
            raise CatalogueError(f"{source}: the profile '{learner.name}' is also in {names[learner.name]}; "
                                 "give each profile its own name or id")
        names[learner.name] = source
    return Cohort(learners, sources)
