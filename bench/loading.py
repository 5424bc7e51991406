"""How fast a big catalogue is checked: the same 3,000-module catalogue as JSON and as YAML, clean
and with one error (which needs every position), median of a few runs; the target is YAML in at
most twice the time of JSON.

``python -m bench --loading`` prints this part alone; the full benchmark prints it at its end.
The ratio is taken on the process's CPU seconds, which other work on a shared machine hardly
moves (wall-clock seconds, shown beside them, swing by 2x when the cores are busy).
"""

from __future__ import annotations

import io
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from bench.generator import FIRST_START, TOWNS, SizeSpec, _Builder
from planner.check import check_files

#: Modules in the loading benchmark's catalogue.
MODULES = 3000
#: YAML may take at most this many times as long as JSON.
TARGET_RATIO = 2.0


def catalogue_data(modules: int = MODULES, seed: int = 0) -> dict[str, Any]:
    """A generated catalogue of about ``modules`` modules, as plain file data (camelCase keys)."""
    spec = SizeSpec(modules=modules, route=56, layers=8, catalogues=1, foundations=8, span=416)
    rng = random.Random(f"loading-{seed}")
    b = _Builder(rng, spec, "bench", rng.sample(TOWNS, 4), FIRST_START)
    b.build_foundations()
    p = 0
    while len(b.modules) < modules:
        b.build_programme(p)
        p += 1
    data: dict[str, Any] = b.catalogue().model_dump(mode="json", by_alias=True, exclude_none=True)
    return data


def write_files(folder: Path, data: dict[str, Any]) -> dict[str, Path]:
    """The catalogue as JSON and YAML, clean and with one error (a module's study load as text)."""
    broken = json.loads(json.dumps(data))
    broken["modules"][len(broken["modules"]) // 2]["ec"] = "five"
    yaml = YAML(typ="safe", pure=False)
    yaml.default_flow_style = False
    out: dict[str, Path] = {}
    for name, d in (("clean", data), ("one error", broken)):
        j = folder / f"{name.replace(' ', '-')}.json"
        j.write_text(json.dumps(d, indent=1, ensure_ascii=False), encoding="utf-8")
        buf = io.StringIO()
        yaml.dump(d, buf)
        y = folder / f"{name.replace(' ', '-')}.yaml"
        y.write_text(buf.getvalue(), encoding="utf-8")
        out[f"JSON {name}"], out[f"YAML {name}"] = j, y
    return out


def time_check(path: Path, runs: int) -> tuple[float, float, int, int]:
    """Median CPU and wall seconds of ``check_files`` on one file, with its number of errors and of
    positioned diagnostics."""
    cpu, wall = [], []
    errors = located = 0
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        report = check_files([path])
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
        errors = len(report.errors)
        located = sum(1 for d in report.diagnostics if d.line is not None)
    return statistics.median(cpu), statistics.median(wall), errors, located


def run(modules: int = MODULES, runs: int = 3) -> dict[str, Any]:
    """Time the check of each file; the figures and the YAML/JSON ratios with PASS/MISS."""
    with tempfile.TemporaryDirectory() as tmp:
        files = write_files(Path(tmp), catalogue_data(modules))
        rows = {}
        for label, path in files.items():
            seconds, wall, errors, located = time_check(path, runs)
            rows[label] = {"seconds": round(seconds, 3), "wall": round(wall, 3), "errors": errors, "located": located,
                           "mb": round(path.stat().st_size / 1e6, 2)}
    ratios = {case: round(rows[f"YAML {case}"]["seconds"] / rows[f"JSON {case}"]["seconds"], 2)
              for case in ("clean", "one error")}
    return {"modules": modules, "runs": runs, "rows": rows, "ratios": ratios,
            "pass": all(r <= TARGET_RATIO for r in ratios.values())}


def format_loading(result: dict[str, Any]) -> str:
    """The loading figures as a small table."""
    lines = [f"Checking a {result['modules']:,}-module catalogue (median of {result['runs']} runs)",
             f"{'file':<16}{'MB':>6}{'CPU s':>8}{'wall s':>8}{'errors':>8}{'located':>9}"]
    for label, r in result["rows"].items():
        lines.append(f"{label:<16}{r['mb']:>6.1f}{r['seconds']:>8.2f}{r['wall']:>8.2f}{r['errors']:>8}{r['located']:>9}")
    for case, ratio in result["ratios"].items():
        verdict = "PASS" if ratio <= TARGET_RATIO else "MISS"
        lines.append(f"YAML / JSON, {case}: {ratio:.2f}× CPU time (target ≤ {TARGET_RATIO:g}×) {verdict}")
    return "\n".join(lines)
