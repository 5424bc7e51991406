"""Safe YAML reading: positions kept, objects never built, bombs and duplicates refused."""

from __future__ import annotations

import datetime as dt
import doctest
from pathlib import Path

import pytest

import planner.yamlio
from planner.errors import CatalogueError
from planner.yamlio import MAX_DEPTH, YamlError, load_yaml

P = Path("cat.yaml")


def refused(text: str) -> YamlError:
    with pytest.raises(YamlError) as exc:
        load_yaml(text, P)
    assert isinstance(exc.value, CatalogueError)
    return exc.value


def test_doctests() -> None:
    assert doctest.testmod(planner.yamlio).failed == 0


def test_positions_are_kept() -> None:
    data = load_yaml("id: x\nmodules:\n  - id: a\n    ec: 5\n  - {id: b, ec: 3}\n", P)
    assert data.lc.key("modules") == (1, 0)
    assert data["modules"].lc.item(1) == (4, 4)
    assert data["modules"][0].lc.key("ec") == (3, 4)
    assert data["modules"][1].lc.key("ec") == (4, 12)


def test_plain_values() -> None:
    data = load_yaml('a: 2026-09-01\nb: "19:00"\nc: 19:00\nd: 5\ne: 2.5\nf: true\ng: ~\nh: !!str 5\n', P)
    assert data == {"a": dt.date(2026, 9, 1), "b": "19:00", "c": "19:00", "d": 5, "e": 2.5, "f": True,
                    "g": None, "h": "5"}


def test_impossible_date_stays_text_for_validation_to_report() -> None:
    assert load_yaml("a: 2026-02-30\n", P) == {"a": "2026-02-30"}


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system [echo hi]\n",
        "a: !!python/name:os.system\n",
        "a: !custom {x: 1}\n",
        "a: !!binary aGVsbG8=\n",
        "a: !!set {x, y}\n",
        "- !<tag:example.com,2000:app/foo> x\n",
    ],
)
def test_tags_that_build_objects_are_refused(text: str) -> None:
    err = refused(text)
    assert err.code == "unsafe-yaml"
    assert "is not allowed" in err.problem and err.line == 1
    assert "remove the tag" in err.hint


def test_duplicate_key_reports_both_positions() -> None:
    err = refused("id: x\nmodules:\n  - id: a\n    ec: 5\n    ec: 6\n")
    assert (err.code, err.line, err.column) == ("duplicate-key", 5, 5)
    assert err.problem == "the key 'ec' appears twice in one mapping (first at line 4)"
    assert str(err).startswith("cat.yaml:5:5: the key 'ec' appears twice")


def test_small_aliases_and_merge_keys_are_fine() -> None:
    data = load_yaml("s: &eve {day: tue, start: '19:00'}\nt: *eve\nu:\n  <<: *eve\n  day: thu\n", P)
    assert data["t"] == {"day": "tue", "start": "19:00"}
    assert data["u"]["day"] == "thu" and data["u"]["start"] == "19:00"


def test_billion_laughs_is_refused() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    err = refused("\n".join(lines) + "\n")
    assert err.code == "unsafe-yaml" and "aliases" in err.problem and err.line == 5


def test_deep_nesting_is_refused() -> None:
    err = refused("a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n")
    assert err.code == "unsafe-yaml" and "nested more than" in err.problem
    assert load_yaml("a: " + "[" * 10 + "]" * 10, P) is not None


@pytest.mark.parametrize("text", ["? [a, b]\n: 1\n", "{a: 1}: 2\n", "a: &x k\n*x : 2\n"])
def test_complex_keys_are_refused(text: str) -> None:
    assert refused(text).code == "syntax"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: [1, 2\n", 2, "not valid YAML"),
        ("a:\n  b: 1\n c: 2\n", 3, "indentation is wrong"),
        ("a: 1\n---\nb: 2\n", 2, "single document"),
        ("a:\n\tb: 1\n", 2, "tab"),
        ("a: 'open\n", 2, "not valid YAML"),
        ("a: *nowhere\n", 1, "undefined alias"),
    ],
)
def test_syntax_errors_have_a_position_and_a_hint(text: str, line: int, words: str) -> None:
    err = refused(text)
    assert err.code == "syntax" and err.line == line
    assert words in err.problem + err.hint
    assert err.hint


def test_empty_text_is_none() -> None:
    assert load_yaml("", P) is None
    assert load_yaml("# only a comment\n", P) is None


def test_positions_from_the_c_parser_agree_with_the_careful_reader() -> None:
    """Errors in big YAML files are located from the C parser's marks; they must point where the
    careful (pure-Python) reader points, for every key and list item of a real catalogue."""
    from planner.locate import MarkLocator, YamlLocator
    from planner.shipped import demo_catalogues
    from planner.yamlio import load_yaml_marked

    text = demo_catalogues()[0].read_text(encoding="utf-8")
    marked = load_yaml_marked(text)
    assert marked is not None
    fast, careful = MarkLocator(*marked), YamlLocator(load_yaml(text, Path("x.yaml")))
    paths: list[tuple] = []

    def walk(node: object, path: tuple) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, (*path, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*path, i))

    walk(marked[0], ())
    assert len(paths) > 5000
    assert [fast.locate(p) for p in paths] == [careful.locate(p) for p in paths]


def test_a_deep_catalogue_is_refused_by_check_with_its_position(tmp_path: Path) -> None:
    """The fast reader leaves too deep a file to the careful one, which says where it is too deep."""
    from planner.check import check_files

    p = tmp_path / "deep.yaml"
    p.write_text('formatVersion: "1.1"\nid: deep\nextra: ' + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n",
                 encoding="utf-8")
    report = check_files([p])
    assert [(d.code, d.line) for d in report.errors] == [("unsafe-yaml", 3)], [d.render() for d in report.errors]
