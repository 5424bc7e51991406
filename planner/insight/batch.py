"""Planning a cohort in batches: in this process, on a local Dask cluster, or on an existing one.

Each profile goes through the one pipeline (:func:`planner.pipeline.plan_learner`). Work goes out
in batches of at least :data:`MIN_BATCH` profiles a task, as pydantic JSON (the catalogues once per
run, scattered to the workers); a CP-SAT model never leaves the process that builds it. CP-SAT uses
one search thread a solve (``workers=1``) because the processes already fill the cores.

Results are cached on disk by (the part of the catalogues the profile's goal can use, the profile,
the solver settings): an interrupted run resumes where it stopped, and a what-if that adds an offering
re-plans only the profiles whose goal can use it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import Field

from planner.catalog import CatalogueSet
from planner.errors import SolverError
from planner.models import Catalogue, Learner, Model
from planner.pipeline import PlanOutcome, PlanSettings, plan_learner

#: Profiles a Dask task plans (fewer makes the per-task overhead count; more balances worse).
MIN_BATCH = 20


class BatchSettings(Model):
    """How a cohort is planned."""

    solve: PlanSettings = Field(default_factory=lambda: PlanSettings(time_limit=10.0, workers=1),
                                description="Settings of each solve (one CP-SAT thread).")
    batch_size: int = Field(default=MIN_BATCH, ge=MIN_BATCH, le=10_000, description="Profiles a task.")


# --------------------------------------------------------------------------- the task (runs on a worker)


@functools.lru_cache(maxsize=4)
def _merged(catalogues_json: str) -> CatalogueSet:
    """The catalogue set of a run, merged once per worker process."""
    cats = [Catalogue.model_validate(c) for c in json.loads(catalogues_json)]
    return CatalogueSet.from_catalogues(cats)


def plan_batch(catalogues_json: str, learners_json: Sequence[str], settings_json: str) -> list[str]:
    """Plan a batch of profiles (JSON in, JSON out): the task a Dask worker runs."""
    cs = _merged(catalogues_json)
    settings = PlanSettings.model_validate_json(settings_json)
    return [plan_learner(cs, Learner.model_validate_json(text), settings).model_dump_json(by_alias=True)
            for text in learners_json]


def catalogues_json(cs: CatalogueSet) -> str:
    """The catalogues of a set as one JSON text (what is scattered to the workers)."""
    return json.dumps([c.model_dump(mode="json", by_alias=True) for c in cs.catalogues], sort_keys=True)


# --------------------------------------------------------------------------- cache keys


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def profile_digest(learner: Learner) -> str:
    """The hash of everything about a profile (its name included: plans carry it)."""
    return _digest(learner.model_dump_json(by_alias=True))


class Relevance:
    """The hash of the part of the catalogues a profile's goal can use — the catalogue part of the
    cache key: adding an offering of a module changes it only for the goals that module can serve."""

    def __init__(self, cs: CatalogueSet) -> None:
        self.cs = cs
        self._memo: dict[tuple[str, ...], str] = {}
        self._common = _digest(json.dumps(
            [[c.id, [e.model_dump(mode="json") for e in c.equivalences]] for c in cs.catalogues], sort_keys=True))

    def digest(self, learner: Learner) -> str:
        key = (learner.goal or "", *sorted(learner.outcomes), "|", *sorted(learner.pinned))
        if key not in self._memo:
            self._memo[key] = self._compute(learner)
        return self._memo[key]

    def _compute(self, learner: Learner) -> str:
        from planner.graph import relevant_modules

        cs = self.cs
        goal = cs.goals.get(learner.goal) if learner.goal else None
        if learner.goal and goal is None:
            return _digest("unknown goal " + learner.goal + self._common)
        required = list(goal.required) if goal is not None else list(learner.outcomes)
        choices = list(goal.choices) if goal is not None else []
        pinned = {p for p in learner.pinned if p in cs.modules} | {cs.offerings[p].module for p in learner.pinned
                                                                   if p in cs.offerings}
        modules = sorted(relevant_modules(cs, set(cs.modules), required, choices, set(), pinned))
        parts: dict[str, Any] = {
            "common": self._common,
            "goal": goal.model_dump(mode="json") if goal is not None else None,
            "modules": [cs.modules[m].model_dump(mode="json") for m in modules],
            "offerings": sorted((o.model_dump(mode="json") for o in cs.offerings.values() if o.module in set(modules)),
                                key=lambda d: json.dumps(d, sort_keys=True)),
            "outcomes": sorted(o for o in cs.outcomes),
        }
        return _digest(json.dumps(parts, sort_keys=True, default=str))


def cache_key(relevance: str, profile: str, settings: PlanSettings) -> str:
    """The cache key of one solve."""
    return _digest("|".join([relevance, profile, settings.model_dump_json()]))


class DiskCache:
    """Plan outcomes on disk, one JSON file a key (written atomically; a damaged file is a miss)."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> PlanOutcome | None:
        path = self._path(key)
        try:
            return PlanOutcome.model_validate_json(path.read_bytes())
        except (OSError, ValueError):
            return None

    def put(self, key: str, outcome_json: str) -> None:
        from planner.fileio import write_bytes_atomic

        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, outcome_json.encode("utf-8"))


# --------------------------------------------------------------------------- running


@dataclass
class Progress:
    """How far a run is: profiles done (of them from the cache) of the total, and the time left."""

    done: int
    total: int
    cached: int
    elapsed: float
    left: float | None

    def line(self) -> str:
        share = 100 * self.done / self.total if self.total else 100.0
        left = "" if self.left is None else f", about {_duration(self.left)} left"
        cached = f" ({self.cached} from the cache)" if self.cached else ""
        return f"planned {self.done} of {self.total} profiles{cached} — {share:.0f} %{left}"


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 60} min {s % 60} s" if s >= 60 else f"{s} s"


@dataclass
class RunResult:
    """What a run planned, by profile name, and whether it was stopped before the end."""

    outcomes: dict[str, PlanOutcome]
    stopped: bool = False
    planned: int = 0  # solved in this run (not from the cache)
    seconds: float = 0.0
    #: how the work ran: "in-process", "local cluster (N processes)", or the scheduler's address
    engine: str = ""
    missing: list[str] = field(default_factory=list)


OnProgress = Callable[[Progress], None]


class Stop:
    """A flag the caller sets (from a signal handler, or the window's Cancel) to end a run cleanly."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def plan_cohort(cs: CatalogueSet, learners: Sequence[Learner], settings: BatchSettings | None = None, *,
                engine: str = "local", cache: DiskCache | None = None, on_progress: OnProgress | None = None,
                stop: Stop | None = None, processes: int | None = None) -> RunResult:
    """Plan every profile; ``engine``: ``"in-process"``, ``"local"`` (a Dask cluster on this machine's
    cores) or a scheduler address (``tcp://host:port``). Cached outcomes are not planned again; each new
    one is cached as it arrives, so a stopped run keeps what it did."""
    settings = settings or BatchSettings()
    stop = stop or Stop()
    t0 = time.perf_counter()
    relevance = Relevance(cs)
    keys = {lrn.name: cache_key(relevance.digest(lrn), profile_digest(lrn), settings.solve) for lrn in learners}
    outcomes: dict[str, PlanOutcome] = {}
    todo: list[Learner] = []
    for lrn in learners:
        hit = cache.get(keys[lrn.name]) if cache is not None else None
        if hit is not None:
            outcomes[lrn.name] = hit
        else:
            todo.append(lrn)
    cached = len(outcomes)
    total = len(learners)
    result = RunResult(outcomes)

    def arrived(batch: list[Learner], texts: list[str]) -> None:
        for lrn, text in zip(batch, texts, strict=True):
            outcomes[lrn.name] = PlanOutcome.model_validate_json(text)
            if cache is not None:
                cache.put(keys[lrn.name], text)
        result.planned += len(batch)
        if on_progress is not None:
            elapsed = time.perf_counter() - t0
            rate = result.planned / elapsed if elapsed > 0 else 0
            left = (len(todo) - result.planned) / rate if rate > 0 else None
            on_progress(Progress(len(outcomes), total, cached, elapsed, left))

    if on_progress is not None:
        on_progress(Progress(cached, total, cached, 0.0, None))
    batches = list(_chunks(todo, settings.batch_size))
    cats = catalogues_json(cs)
    solve_json = settings.solve.model_dump_json()
    if not batches:
        result.engine = "cache"
    elif engine == "in-process":
        result.engine = "in-process"
        for lrn in todo:  # one at a time: a stop (the window's Cancel) waits for one solve at most
            if stop.is_set():
                break
            arrived([lrn], plan_batch(cats, [lrn.model_dump_json(by_alias=True)], solve_json))
    else:
        result.engine = _on_dask(engine, cats, batches, solve_json, arrived, stop, processes)
    result.stopped = stop.is_set() and len(outcomes) < total
    result.missing = [lrn.name for lrn in learners if lrn.name not in outcomes]
    result.seconds = time.perf_counter() - t0
    return result


def default_processes() -> int:
    """Worker processes of the local cluster: one a core."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _on_dask(engine: str, cats: str, batches: list[list[Learner]], solve_json: str,
             arrived: Callable[[list[Learner], list[str]], None], stop: Stop, processes: int | None) -> str:
    """Run the batches on Dask; returns how it ran. A stop cancels what has not finished."""
    import logging

    from distributed import Client, LocalCluster, as_completed

    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)
    cluster = None
    if engine == "local":
        n = processes or default_processes()
        # on the loopback address only; its status page on any free port (8787 may be another user's)
        try:
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                                   scheduler_kwargs={"dashboard": False}, host="127.0.0.1", silence_logs=logging.ERROR)
        except (RuntimeError, OSError) as exc:  # e.g. the worker processes cannot start this Python
            raise SolverError(f"the local Dask cluster could not start its {n} worker processes ({exc}); "
                              "plan in this process instead (leerroute insight --in-process)") from exc
        client = Client(cluster)
        how = f"local Dask cluster ({n} processes)"
    else:
        client = Client(engine, timeout="20s")
        how = f"Dask cluster at {engine}"
    try:
        shared = client.scatter(cats, broadcast=True)
        futures = {client.submit(plan_batch, shared, [lrn.model_dump_json(by_alias=True) for lrn in batch], solve_json,
                                 pure=False): batch for batch in batches}
        pending = as_completed(list(futures), with_results=False)
        while not stop.is_set():
            finished = pending.next_batch(block=False) if pending.has_ready() else []
            for fut in finished:
                arrived(futures[fut], fut.result())
            if pending.is_empty():
                break
            if not finished:
                time.sleep(0.05)
        if stop.is_set():
            client.cancel(list(futures))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return how
