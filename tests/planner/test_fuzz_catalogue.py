"""Property test: whatever a catalogue file holds, checking it never fails with a traceback.

Random mutations of a small valid catalogue (keys deleted, values of the wrong type, ids swapped,
prerequisite cycles, items duplicated, garbage text) must give diagnostics from ``check_files``
and nothing but the project's own errors from the loaders.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from planner.check import Diagnostic, check_files, run_check
from planner.errors import LeerrouteError
from planner.load import load_catalogues
from tests.planner.fuzzing import paths as _paths

MINI = Path(__file__).parent / "fixtures" / "ok" / "mini.yaml"
BASE_TEXT = MINI.read_text(encoding="utf-8")
BASE: dict[str, Any] = json.loads(json.dumps(YAML(typ="safe", pure=True).load(BASE_TEXT), default=str))

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["prog", "data", "prog-basics", "mini:prog", "other:x", "2026-02-30", "19:00", "25:99",
                     "online", "campus", "", "0", "-1", "1e400"]),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)).map(str),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=6,
)


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, Any] | Any:
    data: Any = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = list(_paths(data))
        path = draw(st.sampled_from(paths))
        op = draw(st.sampled_from(["delete", "replace", "swap-ids", "cycle", "duplicate", "add-key"]))
        if op == "swap-ids":
            kind = draw(st.sampled_from(["outcomes", "modules", "offerings"]))
            items = data.get(kind) if isinstance(data, dict) else None
            if isinstance(items, list) and len(items) >= 2 and all(isinstance(i, dict) and "id" in i for i in items[:2]):
                items[0]["id"], items[1]["id"] = items[1]["id"], items[0]["id"]
            continue
        if op == "cycle":
            mods = data.get("modules") if isinstance(data, dict) else None
            if isinstance(mods, list) and mods and isinstance(mods[0], dict):
                mods[0]["requires"] = draw(st.sampled_from(["data", {"all": ["data", "prog"]}, {"any": ["data"]}]))
            continue
        if not path:
            if op == "replace":
                data = draw(values)
            continue
        parent = _get(data, path[:-1])
        key = path[-1]
        if op == "delete":
            del parent[key]
        elif op == "replace":
            parent[key] = draw(values)
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif op == "add-key" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=10))] = draw(values)
    return data


def _dump_yaml(data: Any) -> str:
    buf = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, buf)
    return buf.getvalue()


def _check_text(text: str | bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"cat{suffix}"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        report = check_files([path])  # must not raise, whatever the file holds
        assert all(isinstance(x, Diagnostic) for x in report.diagnostics)
        assert all(x.message and x.code and x.file == str(path) for x in report.diagnostics)
        assert all(x.code != "internal" for x in report.diagnostics), report.summary()
        if report.errors:
            assert report.catalogue_set is None or report.errors
        try:
            load_catalogues([path])
        except LeerrouteError:
            pass
        out = io.StringIO()
        assert run_check([str(path)], out) in (0, 1, 2)
        assert "Traceback" not in out.getvalue()


@SETTINGS
@given(mutated(), st.sampled_from([".yaml", ".json"]))
def test_mutated_catalogue_never_raises(data: Any, suffix: str) -> None:
    text = _dump_yaml(data) if suffix == ".yaml" else json.dumps(data, default=str)
    _check_text(text, suffix)


@SETTINGS
@given(st.data())
def test_garbled_text_never_raises(data: st.DataObject) -> None:
    text = BASE_TEXT
    for _ in range(data.draw(st.integers(min_value=1, max_value=5))):
        i = data.draw(st.integers(min_value=0, max_value=len(text)))
        j = data.draw(st.integers(min_value=i, max_value=min(len(text), i + 20)))
        junk = data.draw(st.text(alphabet=st.sampled_from(list(":-[]{}&*!|>'\"#, \n\t?%@`abc012")), max_size=8))
        text = text[:i] + junk + text[j:]
    _check_text(text, ".yaml")


@SETTINGS
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)), st.sampled_from([".yaml", ".json", ".txt"]))
def test_random_bytes_never_raise(blob: str | bytes, suffix: str) -> None:
    _check_text(blob, suffix)


LEARNER_TEXT = (
    "name: Sam\ngoal: mini:data-skills\nstart: 2026-09-01\nhoursPerWeek: 8\n"
    "availability:\n  - {day: tue, start: '18:00', end: '22:00'}\n"
    "proven:\n  - {outcome: mini:prog, evidence: edubadge}\n"
    "pinned: [mini:data-campus]\nhardMilestones: [mini:data-skills/basics]\n"
)


@SETTINGS
@given(st.data())
def test_garbled_learner_never_raises(data: st.DataObject) -> None:
    from planner.check import check_learner_file

    cs = load_catalogues([MINI])
    text = LEARNER_TEXT
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        i = data.draw(st.integers(min_value=0, max_value=len(text)))
        j = data.draw(st.integers(min_value=i, max_value=min(len(text), i + 12)))
        junk = data.draw(st.one_of(st.text(max_size=6), st.sampled_from(["x:y", "[", "2026-02-30", "-1", "!!set"])))
        text = text[:i] + junk + text[j:]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "learner.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        learner, diags = check_learner_file(path, cs)
        assert learner is not None or any(x.is_error for x in diags)
        assert all(x.code != "internal" for x in diags)
