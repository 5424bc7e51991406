"""The three ways of running give the same route for every profile: a real Dask cluster (a `dask
scheduler` and two `dask worker` processes on 127.0.0.1), the local default, and plain in-process;
the cache resumes a stopped run and a stop keeps what is done."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.insight.batch import BatchSettings, DiskCache, Progress, Stop, plan_cohort
from planner.insight.cohort import read_cohort
from planner.models import Learner
from planner.pipeline import PlanSettings, load_catalogues_leniently

from .conftest import CATALOGUE, COHORT

DASK = Path(sys.executable).parent / "dask"


def cohort40() -> list[Learner]:
    """The fixture's 20 profiles twice (the copies renamed): two batches of 20, so both workers work."""
    first = read_cohort([COHORT]).learners
    return first + [lrn.model_copy(update={"name": "copy-" + lrn.name}) for lrn in first]


def routes(result_outcomes: dict) -> dict[str, tuple]:  # type: ignore[type-arg]
    return {name: (o.plan.status.value, tuple((i.offering, i.start_week, i.end_week) for i in o.plan.items))
            for name, o in result_outcomes.items()}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[str]:
    if not DASK.exists() and shutil.which("dask") is None:
        pytest.skip("the dask command is not installed")
    dask = str(DASK) if DASK.exists() else "dask"
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = [open(tmp_path / f"{n}.log", "w") for n in ("scheduler", "worker1", "worker2")]  # noqa: SIM115
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                              stdout=logs[0], stderr=subprocess.STDOUT, cwd=tmp_path)]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the dask scheduler did not start") from None
                time.sleep(0.2)
        for n in (1, 2):
            procs.append(subprocess.Popen([dask, "worker", address, "--host", "127.0.0.1", "--nworkers", "1",
                                           "--nthreads", "1", "--no-dashboard", "--name", f"w{n}"],
                                          stdout=logs[n], stderr=subprocess.STDOUT, cwd=tmp_path))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=90)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
        for f in logs:
            f.close()


def test_cluster_local_default_and_in_process_give_the_same_routes(cluster: str, tmp_path: Path) -> None:
    cs, _ = load_catalogues_leniently([CATALOGUE])
    learners = cohort40()
    settings = BatchSettings(solve=PlanSettings(time_limit=10, workers=1))
    plain = plan_cohort(cs, learners, settings, engine="in-process")
    local = plan_cohort(cs, learners, settings, engine="local", processes=2)
    remote = plan_cohort(cs, learners, settings, engine=cluster)
    assert plain.engine == "in-process" and local.engine == "local Dask cluster (2 processes)"
    assert remote.engine == f"Dask cluster at {cluster}"
    assert len(routes(plain.outcomes)) == 40
    assert routes(remote.outcomes) == routes(plain.outcomes)
    assert routes(local.outcomes) == routes(plain.outcomes)
    assert routes(plain.outcomes)["copy-g1-3"] == ("optimal", (("ins:a-eve", 0, 10), ("ins:b-onl", 10, 20)))


def test_a_stop_keeps_what_is_done_and_the_next_run_resumes(tmp_path: Path) -> None:
    cs, _ = load_catalogues_leniently([CATALOGUE])
    learners = cohort40()
    cache = DiskCache(tmp_path / "cache")
    stop = Stop()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.done >= 20:
            stop.set()  # as Ctrl-C does, after the first batch of 20

    first = plan_cohort(cs, learners, engine="in-process", cache=cache, on_progress=progress, stop=stop)
    assert first.stopped and first.planned == 20 and len(first.missing) == 20
    assert [(p.done, p.total) for p in seen] == [(n, 40) for n in range(21)]  # in-process: one profile at a time
    assert "planned 20 of 40 profiles — 50 %" in seen[-1].line()
    second = plan_cohort(cs, learners, engine="in-process", cache=cache)
    assert not second.stopped and second.planned == 20 and len(second.outcomes) == 40
    third = plan_cohort(cs, learners, engine="in-process", cache=cache)
    assert third.planned == 0 and third.engine == "cache"
    assert routes(third.outcomes) == routes(second.outcomes)
