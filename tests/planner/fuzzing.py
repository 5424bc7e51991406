"""Mutation fuzzing of the files Leerroute opens from strangers, and of the documents it hands over.

Each round takes a valid catalogue, learner, plan file (with its embedded catalogue), badge (JSON,
baked into a PNG or an SVG) or OOAPI file, mutates its data (values of another type,
hostile numbers and dates, deleted or duplicated keys, swapped ids, long texts, deep nesting) or its
text (bytes cut, garbage spliced in), and runs it through what the app does with such a file:
checking, loading, building the solver's model, validating, verifying and recomputing a plan,
importing a badge or an OOAPI file. A hand-over round writes the PDF, calendar and CSV of a route
whose names and titles are hostile. Nothing may escape but the project's own
:class:`~planner.errors.LeerrouteError`.

In-process and without hypothesis, so that ``make test`` runs 10,000 mutations in well under a
minute (``tests/planner/test_fuzz_files.py``); ``make fuzz`` runs many more::

    python -m tests.planner.fuzzing --count 200000 --seed 7
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from planner.catalog import CatalogueSet
from planner.check import check_files, check_learner_file
from planner.errors import LeerrouteError
from planner.export.csv import render_csv
from planner.export.ics import render_ics
from planner.export.pdf import write_pdf
from planner.importers.badges import import_badges
from planner.importers.ooapi import import_ooapi
from planner.importers.png import bake_itxt, solid_png
from planner.load import load_catalogues
from planner.planfile import open_plan_file, plan_changes, save_plan_file
from planner.solver.greedy import greedy_plan
from planner.solver.instance import build_instance
from planner.solver.model import build_model
from planner.studyplan import build_study_plan
from planner.validate import validate_plan
from planner.verify import verify_plan_file

MINI = Path(__file__).parent / "fixtures" / "ok" / "mini.yaml"
BADGE = Path(__file__).resolve().parents[2] / "catalogs" / "badges" / "python-for-professionals.ob2.json"
OOAPI = Path(__file__).parent / "fixtures" / "ooapi" / "v5" / "courses.json"
#: Names and titles a hand-over document must survive.
HOSTILE_TEXT = ["", " ", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a\nb", "\x00\x1b[2J\x07",
                "<b>x</b>", "محمد العلي", "דוד כהן", "Nguyễn", "王芳", "x" * 3000, "\u202eevil", "😀", "a;b,c\"d", "\\"]
LEARNER: dict[str, Any] = {
    "formatVersion": "1.0", "name": "Sam", "goal": "mini:data-skills", "start": "2026-09-01", "hoursPerWeek": 14,
    "availability": [{"day": "tue", "start": "18:00", "end": "22:00"}],
    "proven": [{"outcome": "mini:prog", "evidence": "edubadge"}],
    "budget": 5000, "deadline": "2028-09-01",
    "holidays": [{"start": "2027-07-19", "end": "2027-08-22"}],
    "pinned": [], "excluded": [],
}

HOSTILE: list[Any] = [
    None, True, False, 0, -1, 1e18, -1e18, 10**30, float("inf"), float("-inf"), float("nan"), 0.5, "", " ",
    "x" * 100_000, "<b>bold</b><img src='file:///etc/passwd'>", "../../etc/passwd", "/dev/zero", "mini:prog",
    "mini:nope", "other:x", "2026-02-30", "9999-12-31", "0001-01-01", "1899-12-31", "25:99", "19:00", "online",
    "campus", "mon", "1e400", "NaN", "Infinity", "${HOME}", "\x00", "ü" * 300, [], {}, [None], {"all": []},
    {"any": ["mini:prog", {"all": "x"}]}, {"all": [{"any": [{"all": [{"any": ["mini:prog"]}]}]}]},
]


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every node in plain data (the root's is ())."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, (*prefix, i))


def _parent(root: Any, path: tuple[Any, ...]) -> Any:
    node = root
    for part in path[:-1]:
        node = node[part]
    return node


def mutate(data: Any, rng: random.Random, ids: list[str]) -> Any:
    """A copy of ``data`` with one to four random mutations."""
    data = copy.deepcopy(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 4])):
        spots = [p for p in paths(data) if p]
        if not spots:
            return rng.choice(HOSTILE)
        path = rng.choice(spots)
        parent, key = _parent(data, path), path[-1]
        action = rng.randrange(7)
        if action == 0:
            parent[key] = copy.deepcopy(rng.choice(HOSTILE))
        elif action == 1:
            del parent[key]
        elif action == 2 and isinstance(parent, list):
            parent.insert(rng.randrange(len(parent) + 1), copy.deepcopy(parent[key]))  # a duplicate
        elif action == 3:
            parent[key] = rng.choice(ids)  # an id where it does not belong
        elif action == 4:
            parent[key] = [copy.deepcopy(parent[key])] * rng.randint(2, 50)
        elif action == 5 and isinstance(parent, dict):
            parent[rng.choice(["extra", "Id", "hours_per_week", "requires", "formatVersion"])] = rng.choice(HOSTILE)
        else:
            value = parent[key]
            if isinstance(value, int | float) and not isinstance(value, bool):
                parent[key] = rng.choice([value * 10**rng.randint(3, 20), -value, value + 0.5, str(value)])
            else:
                parent[key] = {"all": [value, rng.choice(ids)]}
    return data


EDGE_NUMBERS = [0, 0.001, 0.1, 1, 2.5, 59.9, 60, 79.9, 80, 1e9, 1e9 + 1, 1e18]
EDGE_DATES = ["1990-01-01", "1999-12-31", "2026-09-01", "2026-09-02", "2027-02-28", "2028-02-29", "2199-12-01",
              "2199-12-31"]


def tweak(data: Any, rng: random.Random) -> Any:
    """A copy of ``data`` with numbers and dates moved to edge values of the right type (still a
    valid file more often than not, so it reaches the solver's model and the greedy planner)."""
    data = copy.deepcopy(data)
    leaves = [p for p in paths(data) if p and isinstance(_parent(data, p)[p[-1]], int | float | str)]
    for path in rng.sample(leaves, k=min(len(leaves), rng.randint(1, 3))):
        parent, key = _parent(data, path), path[-1]
        value = parent[key]
        if isinstance(value, bool):
            parent[key] = not value
        elif isinstance(value, int | float):
            parent[key] = rng.choice(EDGE_NUMBERS)
        elif len(value) == 10 and value[4] == "-":
            parent[key] = rng.choice(EDGE_DATES)
    return data


def garble(text: str, rng: random.Random) -> str:
    """``text`` with a few slices cut or replaced by junk (half-written or hand-edited files)."""
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randint(0, 12))
        text = text[:i] + rng.choice(["", "x:y", "[", "{", "\"", "!!python/object:os.system", "*a", "&a",
                                      "\t", "2026-02-30", "-1", "\ufeff", "\x00"]) + text[j:]
    return text


class Fuzzer:
    """One fixture set (the mini catalogue, a learner for it, a plan file) and the rounds run on it."""

    def __init__(self, folder: Path, seed: int = 1) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        yaml = YAML(typ="safe", pure=True)
        self.catalogue: dict[str, Any] = json.loads(json.dumps(yaml.load(MINI.read_text()), default=str))
        self.cs: CatalogueSet = load_catalogues([MINI])
        self.ids = sorted({*self.cs.outcomes, *self.cs.modules, *self.cs.offerings, *self.cs.goals}) + ["prog", "x"]
        learner_path = folder / "learner.json"
        learner_path.write_text(json.dumps(LEARNER))
        learner, diags = check_learner_file(learner_path, self.cs)
        assert learner is not None and not diags, [d.render() for d in diags]
        self.learner = learner
        plan = greedy_plan(self.cs, learner)
        assert plan is not None
        local = folder / "mini.yaml"
        local.write_text(MINI.read_text())
        plan_path = folder / "base.leerroute.json"
        save_plan_file(plan_path, learner, load_catalogues([local]), plan)
        self.plan_file: dict[str, Any] = json.loads(plan_path.read_text())
        self.plan = plan
        self.badge: dict[str, Any] = json.loads(BADGE.read_text(encoding="utf-8"))
        self.ooapi: Any = json.loads(OOAPI.read_text(encoding="utf-8"))
        self.counts: Counter[str] = Counter()

    # ------------------------------------------------------------------ one round per kind
    def catalogue_round(self) -> None:
        data = tweak(self.catalogue, self.rng) if self.rng.random() < 0.3 else mutate(self.catalogue, self.rng, self.ids)
        suffix = self.rng.choice([".json", ".json", ".json", ".yaml"])
        path = self.folder / f"c{suffix}"
        if suffix == ".yaml":
            text = json.dumps(data)  # JSON is YAML; garble it sometimes
            path.write_text(garble(text, self.rng) if self.rng.random() < 0.3 else text, errors="surrogatepass")
        else:
            path.write_text(json.dumps(data), errors="surrogatepass")
        report = check_files([path])
        assert all(d.code != "internal" for d in report.diagnostics), [d.render() for d in report.diagnostics]
        if report.catalogue_set is not None and not report.errors:
            build_instance(report.catalogue_set, self.learner)

    def learner_round(self) -> None:
        data = tweak(LEARNER, self.rng) if self.rng.random() < 0.5 else mutate(LEARNER, self.rng, self.ids)
        path = self.folder / "l.json"
        path.write_text(json.dumps(data), errors="surrogatepass")
        learner, diags = check_learner_file(path, self.cs)
        assert all(d.code != "internal" for d in diags), [d.render() for d in diags]
        if learner is not None and not any(d.is_error for d in diags):
            self.counts["learners planned"] += 1
            inst = build_instance(self.cs, learner)
            build_model(inst)  # hostile numbers broke the model's budget and week arithmetic
            plan = greedy_plan(self.cs, learner)
            if plan is not None:
                validate_plan(self.cs, learner, plan)

    def plan_round(self) -> None:
        data = tweak(self.plan_file, self.rng) if self.rng.random() < 0.5 else mutate(self.plan_file, self.rng, self.ids)
        path = self.folder / "p.leerroute.json"
        text = json.dumps(data)
        path.write_text(garble(text, self.rng) if self.rng.random() < 0.2 else text, errors="surrogatepass")
        doc, _notes = open_plan_file(path)
        plan_changes(self.cs, doc.plan)
        if doc.plan is not None:
            validate_plan(self.cs, doc.learner, doc.plan)
        if self.rng.random() < 0.1:  # with its embedded catalogue, as verify and the window open it
            result = verify_plan_file(path)
            assert result.verdict

    def badge_round(self) -> None:
        data = tweak(self.badge, self.rng) if self.rng.random() < 0.5 else mutate(self.badge, self.rng, self.ids)
        text = json.dumps(data)
        kind = self.rng.choice(["json", "png", "svg"])
        path = self.folder / f"b.{kind}"
        if kind == "png":
            path.write_bytes(bake_itxt(solid_png(4, 4, (0, 0, 0)), "openbadges", text))
        elif kind == "svg":
            body = text.replace("]]>", "") if self.rng.random() < 0.8 else garble(text, self.rng)
            path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">'
                            f"<openbadges:assertion><![CDATA[{body}]]></openbadges:assertion></svg>",
                            errors="surrogatepass")
        else:
            path.write_text(garble(text, self.rng) if self.rng.random() < 0.2 else text, errors="surrogatepass")
        result = import_badges([path], self.cs, self.learner)
        if result.unreadable:
            raise LeerrouteError("unreadable badge")  # counted as refused with a message

    def ooapi_round(self) -> None:
        data = tweak(self.ooapi, self.rng) if self.rng.random() < 0.5 else mutate(self.ooapi, self.rng, self.ids)
        path = self.folder / "courses.json"
        text = json.dumps(data)
        path.write_text(garble(text, self.rng) if self.rng.random() < 0.2 else text, errors="surrogatepass")
        import_ooapi([path], catalogue_id="draft")

    def handover_round(self) -> None:
        name = self.rng.choice(HOSTILE_TEXT)
        learner = self.learner.model_copy(update={"name": name})
        plan = self.plan.model_copy(deep=True)
        for it in plan.items:
            if self.rng.random() < 0.5:
                it.title = self.rng.choice(HOSTILE_TEXT)
        sp = build_study_plan(self.cs, learner, plan, language=self.rng.choice(["nl", "en"]))
        if self.rng.random() < 0.01:  # the PDF takes a second or two: one round in a hundred
            write_pdf(sp, self.folder / "h.pdf")
        render_csv(sp)
        if any(c in render_ics(sp) for c in (b"\x00", b"\x1b", b"\x07")):
            raise AssertionError("a control character reached the calendar")

    # ------------------------------------------------------------------ running
    def run(self, count: int, report: Callable[[str], None] | None = None) -> Counter[str]:
        """Run ``count`` rounds spread over the kinds; return what happened, by outcome.

        Raises AssertionError (with the mutated input's traceback) when anything but the project's
        own error escapes.
        """
        rounds = [("catalogue", self.catalogue_round), ("learner", self.learner_round), ("plan file", self.plan_round),
                  ("catalogue", self.catalogue_round), ("learner", self.learner_round), ("plan file", self.plan_round),
                  ("badge", self.badge_round), ("OOAPI file", self.ooapi_round), ("hand-over", self.handover_round)]
        for i in range(count):
            kind, fn = rounds[i % len(rounds)]
            try:
                fn()
                self.counts[f"{kind}: handled"] += 1
            except LeerrouteError:
                self.counts[f"{kind}: refused with a message"] += 1
            except Exception:
                raise AssertionError(f"round {i} ({kind}) escaped:\n{traceback.format_exc()}") from None
            if report and (i + 1) % 10_000 == 0:
                report(f"{i + 1} mutations, {dict(self.counts)}")
        return self.counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.planner.fuzzing", description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200_000, help="mutations to run (default 200,000)")
    parser.add_argument("--seed", type=int, default=int(time.time()), help="random seed (default: the time)")
    args = parser.parse_args(argv)
    print(f"seed {args.seed}", flush=True)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        counts = Fuzzer(Path(d), args.seed).run(args.count, report=lambda s: print(s, flush=True))
    elapsed = time.perf_counter() - t0
    print(f"{args.count} mutations in {elapsed:.0f} s ({args.count / elapsed:.0f}/s), 0 escaped: {dict(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
