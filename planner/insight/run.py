"""One insight run: plan the cohort, re-plan it without each offering most in demand, re-plan it with
the added offerings, and count what the report says (:mod:`planner.insight.analysis`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planner.catalog import CatalogueSet
from planner.errors import CatalogueError
from planner.insight import analysis as an
from planner.insight.batch import BatchSettings, DiskCache, Progress, RunResult, Stop, plan_cohort
from planner.insight.cohort import read_cohort
from planner.models import Learner, Offering
from planner.pipeline import PlanSettings, load_catalogues_leniently

#: Offerings most in demand that are each removed in turn (the bottleneck analysis).
BOTTLENECKS = 5
#: An --add-offering file larger than this is refused.
MAX_ADD_BYTES = 2_000_000


@dataclass
class InsightOptions:
    catalogues: Sequence[Path | str]
    cohort: Sequence[Path | str]
    engine: str = "local"  # "in-process", "local" or tcp://host:port
    add_offering: Path | str | None = None
    time_limit: float = 10.0
    bottlenecks: int = BOTTLENECKS
    cache: Path | str | None = None
    processes: int | None = None
    #: the catalogues already loaded (the window's open ones); then ``catalogues`` is not read
    catalogue_set: CatalogueSet | None = None


@dataclass
class Insight:
    cs: CatalogueSet
    learners: list[Learner]
    routes: dict[str, an.Route]
    demand: list[an.DemandRow]
    bottlenecks: list[an.BottleneckRow]
    unreachable: list[an.UnreachableRow]
    distributions: dict[str, dict[str, Any]]
    whatif: an.WhatIf | None = None
    whatif_routes: dict[str, an.Route] | None = None
    added: list[str] = field(default_factory=list)
    runs: list[tuple[str, RunResult]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stopped: bool = False

    @property
    def engine(self) -> str:
        return next((r.engine for _, r in self.runs if r.engine != "cache"), "cache")


OnPhase = Callable[[str, Progress], None]


def read_added_offerings(path: Path | str, cs: CatalogueSet) -> tuple[CatalogueSet, list[str]]:
    """The catalogues with the offerings of an ``--add-offering`` file added (YAML or JSON:
    ``offerings:`` a list of offerings as in a catalogue, each ``module`` a qualified id such as
    ``hs-oost:web-dev``); the qualified ids of the added offerings."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    p = Path(path)
    try:
        if p.stat().st_size > MAX_ADD_BYTES:
            raise CatalogueError(f"{p}: the file is larger than {MAX_ADD_BYTES // 1_000_000} MB; an --add-offering file "
                                 "holds a few offerings")
        data = YAML(typ="safe", pure=True).load(p.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CatalogueError(f"{p}: byte {exc.start} is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise CatalogueError(f"{p}: cannot open the file ({exc.strerror or exc}); check the path") from None
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        raise CatalogueError(f"{p}{where}: not valid YAML or JSON; fix the syntax there") from None
    items = data.get("offerings") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise CatalogueError(f"{p}: write 'offerings:' with a list of offerings, each with 'module: <catalogue>:<module>'")
    by_catalogue = {c.id: c for c in cs.catalogues}
    added: dict[str, list[Offering]] = {}
    names: list[str] = []
    problems: list[str] = []
    for n, item in enumerate(items):
        where = f"{p}: offerings[{n}]"
        module = item.get("module") if isinstance(item, dict) else None
        if not isinstance(module, str) or ":" not in module:
            problems.append(f"{where}.module: give the module as '<catalogue>:<module>', e.g. 'hs-oost:web-dev'")
            continue
        cat, local = module.split(":", 1)
        if module not in cs.modules or cat not in by_catalogue:
            problems.append(f"{where}.module: no module '{module}' in the catalogues; check the id with 'leerroute check'")
            continue
        try:
            offering = Offering.model_validate({**item, "module": local})
        except ValidationError as exc:
            for err in exc.errors()[:5]:
                field_path = ".".join(str(x) for x in err.get("loc", ()))
                problems.append(f"{where}.{field_path}: {err.get('msg', 'invalid')}")
            continue
        qid = f"{cat}:{offering.id}"
        if qid in cs.offerings or qid in names:
            problems.append(f"{where}.id: the offering '{qid}' exists already; give the new offering its own id")
            continue
        added.setdefault(cat, []).append(offering)
        names.append(qid)
    if problems:
        raise CatalogueError("\n".join(problems))
    cats = [c.model_copy(update={"offerings": [*c.offerings, *added.get(c.id, [])]}) for c in cs.catalogues]
    return CatalogueSet.from_catalogues(cats), names


def _routes(learners: Sequence[Learner], result: RunResult) -> dict[str, an.Route]:
    return {lrn.name: an.route_of(lrn.name, lrn.goal or "", result.outcomes[lrn.name])
            for lrn in learners if lrn.name in result.outcomes}


def run_insight(options: InsightOptions, on_phase: OnPhase | None = None, stop: Stop | None = None) -> Insight:
    """Plan and count; raises :class:`CatalogueError` on bad input. A stop ends it cleanly: what was
    planned stays in the cache and the result says it was stopped."""
    stop = stop or Stop()
    notes: list[str] = []
    if options.catalogue_set is not None:
        cs = options.catalogue_set
    else:
        cs, notes = load_catalogues_leniently(options.catalogues)
    cohort = read_cohort(options.cohort)
    whatif_cs: CatalogueSet | None = None
    added: list[str] = []
    if options.add_offering is not None:
        whatif_cs, added = read_added_offerings(options.add_offering, cs)
    settings = BatchSettings(solve=PlanSettings(time_limit=options.time_limit, workers=1))
    cache = DiskCache(options.cache) if options.cache is not None else None
    runs: list[tuple[str, RunResult]] = []

    def run(phase: str, on: CatalogueSet, learners: list[Learner]) -> RunResult:
        def progress(p: Progress) -> None:
            if on_phase is not None:
                on_phase(phase, p)

        result = plan_cohort(on, learners, settings, engine=options.engine, cache=cache, on_progress=progress,
                             stop=stop, processes=options.processes)
        runs.append((phase, result))
        return result

    learners = cohort.learners
    base = run("cohort", cs, learners)
    routes = _routes(learners, base)
    insight = Insight(cs, learners, routes, [], [], an.unreachable(routes.values()), an.distributions(routes.values()),
                      runs=runs, notes=notes, added=added)
    if base.stopped:
        insight.demand = an.demand(cs, routes.values())
        insight.stopped = True
        return insight
    # bottlenecks: each offering most in demand removed in turn, its learners re-planned (one run)
    top = an.most_in_demand(routes.values(), options.bottlenecks)
    variants: list[Learner] = []
    origin: dict[str, tuple[str, str]] = {}
    for off in top:
        for lrn in learners:
            if off in routes[lrn.name].offerings:
                name = f"{lrn.name[:90]} \u2014 without {off}"[:200]
                while name in origin:
                    name = f"{name[:190]} ({len(origin)})"
                variants.append(lrn.model_copy(update={"name": name, "excluded": [*lrn.excluded, off]}))
                origin[name] = (off, lrn.name)
    critical: dict[str, set[str]] = {}
    if variants:
        replans = run("bottlenecks", cs, variants)
        without: dict[str, dict[str, an.Route]] = {off: {} for off in top}
        for name, route in _routes(variants, replans).items():
            off, who = origin[name]
            without[off][who] = route
        insight.bottlenecks = [an.bottleneck(cs, off, routes, without[off]) for off in top]
        critical = {row.offering: row.critical for row in insight.bottlenecks}
        if replans.stopped:
            insight.stopped = True
    insight.demand = an.demand(cs, routes.values(), critical)
    if whatif_cs is not None and not insight.stopped:
        after = run("what-if", whatif_cs, learners)
        if after.stopped:
            insight.stopped = True
        else:
            insight.whatif_routes = _routes(learners, after)
            insight.whatif = an.what_if(routes, insight.whatif_routes)
            insight.whatif.replanned = after.planned
    return insight
