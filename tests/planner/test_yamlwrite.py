"""The fast YAML writer writes the text ruamel's safe dumper writes, and our reader reads it back as
the same data: tricky strings, numbers, nesting, and a mid-size OOAPI draft."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from planner.yamlio import load_yaml
from planner.yamlwrite import dump_plain

TRICKY = ["", " ", "yes", "No", "on", "null", "~", "true", "0o17", "0x1F", "1e3", "012", "1_000", ".inf", "-", "- a",
          "a: b", "a #b", "#c", "@x", "`x", "'q'", '"q"', "2027-09-06", "2027-09-06T10:00:00Z", "12:30", "1.5",
          "tab\there", "line\nbreak", "trail ", " lead", "é ü ß", "€ 340", "\x85 next", "\u2028sep", "🙂", "[x]", "{y}",
          "*a", "&b", "!c", "%d", "|", ">", "?", ", ", "a,b", "=x", "x" * 300]


def ruamel_text(data: Any) -> str:
    y = YAML(typ="safe", pure=False)
    y.default_flow_style = False
    y.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    y.width = 110
    buf = io.StringIO()
    y.dump(data, buf)
    return buf.getvalue()


def plain(value: Any) -> Any:
    """Our reader's round-trip data as plain dicts and lists."""
    return json.loads(json.dumps(value, default=str))


def test_tricky_values_read_back_the_same_and_as_ruamel_writes_them() -> None:
    data = {"strings": TRICKY, "keys": {s: i for i, s in enumerate(TRICKY)}, "numbers": [0, -3, 2.5, 1e17, 1e-05, 10**30],
            "flags": [True, False, None], "empty": {"map": {}, "list": []}, "nested": [{"a": [1, {"b": "c"}]}]}
    text = dump_plain(data)
    assert text == ruamel_text(data)
    assert plain(load_yaml(text, Path("x.yaml"))) == plain(data)


_scalars = st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
                     st.none())
_data = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                     max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_data)
def test_any_plain_data_is_written_as_ruamel_writes_it(data: Any) -> None:
    assert dump_plain({"x": data}) == ruamel_text({"x": data})


def test_a_mid_size_ooapi_draft_reads_back_equal(tmp_path: Path) -> None:
    from bench.ooapi import write_pages
    from planner.importers.ooapi import draft_text, import_ooapi

    write_pages(tmp_path, 400)
    cat, report = import_ooapi([tmp_path], catalogue_id="mid", institution="Mid", published=dt.date(2027, 6, 1))
    text = draft_text(cat, report)
    back = plain(load_yaml(text, Path("mid.yaml")))
    assert back == json.loads(draft_text(cat, report, yaml=False))
    assert len(back["modules"]) == 400 and len(back["offerings"]) == 800


def test_what_is_not_plain_data_is_refused() -> None:
    with pytest.raises(TypeError, match="date"):
        dump_plain({"d": dt.date(2027, 1, 1)})
