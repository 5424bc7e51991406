"""The one reader of files from strangers: special files, sizes, long numbers, far dates, duplicate
keys — refused in words, the same way for catalogues, learners, plans, badges and OOAPI files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import reader
from planner.errors import FileTooLargeError, UnreadableFileError
from planner.importers.badges import read_badge_file
from planner.importers.report import ImporterError
from tests.factory import cli as run
from tests.planner.fuzzing import MINI

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "catalogs"
OB2_JSON = CATALOGS / "badges" / "python-for-professionals.ob2.json"
LONG = "1" + "0" * 4999  # a 5,000-digit number


def badge_args(tmp_path: Path, *badges: Path) -> list[str]:
    learner = tmp_path / "chen.yaml"
    learner.write_text('formatVersion: "1.0"\nname: Chen\ngoal: hs-oost:mc-data-ai\nstart: 2027-01-11\n'
                       "hoursPerWeek: 12\n", encoding="utf-8")
    return ["import", "badges", *map(str, badges), "--catalog", str(CATALOGS / "hogeschool-oost.yaml"),
            "--learner", str(learner), "-o", str(tmp_path / "out.yaml")]


# --------------------------------------------------------------------------- the reader itself


def test_reads_a_regular_file_and_refuses_what_is_too_large(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_bytes(b'{"a": 1}')
    assert reader.load_json(p) == {"a": 1}
    with pytest.raises(FileTooLargeError, match="more than the"):
        reader.read_bytes(p, max_bytes=4)
    assert reader.read_head(p, 4) == b'{"a"'


def test_a_link_to_dev_zero_is_refused_before_reading(tmp_path: Path) -> None:
    link = tmp_path / "badge.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(UnreadableFileError, match="is not a file"):
        reader.read_bytes(link)
    assert reader.refusal(link) == reader.Refusal("not-regular")


HANG = """
import sys
from planner.importers.badges import read_badge_file, looks_like_badge
from planner.filekind import file_kind
print(looks_like_badge(sys.argv[1]), file_kind(sys.argv[1]))
try:
    read_badge_file(sys.argv[1])
except Exception as exc:
    print(type(exc).__name__, exc)
"""


def test_a_badge_that_is_a_fifo_does_not_hang(tmp_path: Path) -> None:
    """A badge that was a FIFO hung forever (read_bytes waited for a writer)."""
    fifo = tmp_path / "badge.json"
    os.mkfifo(fifo)
    proc = subprocess.run([sys.executable, "-c", HANG, str(fifo)], capture_output=True, text=True, timeout=60,
                          cwd=ROOT)
    lines = proc.stdout.splitlines()
    assert lines[0] == "False unknown", proc.stderr
    assert lines[1].startswith("ImporterError badge.json: is not a file"), proc.stdout


def test_a_badge_that_links_to_dev_zero_is_listed_not_read(tmp_path: Path) -> None:
    """A badge linked to /dev/zero was read until 2.7 GB, then exit 4."""
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    code, out, err = run(*badge_args(tmp_path, link, OB2_JSON))
    assert code == 0, err
    assert "zero.json" in out and "is not a file" in out


def test_duplicate_json_keys_are_reported_with_both_places() -> None:
    with pytest.raises(UnreadableFileError) as caught:
        reader.parse_json('{"modules": [{"id": "a",\n  "id": "b"}]}', "c.json")
    exc = caught.value
    assert (exc.code, exc.line, exc.field) == ("duplicate-key", 2, "modules[0].id")
    assert "appears twice in one object (first at line 1)" in str(exc)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_constants_that_are_not_numbers_are_refused(constant: str) -> None:
    with pytest.raises(UnreadableFileError, match=f"the value {constant} is not a number"):
        reader.parse_json(f'{{"ec": {constant}}}', "c.json")


def test_a_long_number_is_refused_with_its_place() -> None:
    with pytest.raises(UnreadableFileError) as caught:
        reader.parse_json(f'{{\n  "ec": {LONG}}}', "c.json")
    assert (caught.value.line, caught.value.column, caught.value.code) == (2, 9, "number")
    assert "a number of 5,000 digits" in str(caught.value)
    reader.parse_json('{"ec": ' + "9" * reader.MAX_DIGITS + "}", "c.json")  # long, but allowed


def test_names_with_control_characters_are_shown_escaped(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        reader.read_bytes(tmp_path / "a\x1b[2Jb.json")
    assert "\x1b" not in str(caught.value) and "a\\x1b[2Jb.json" in str(caught.value)
    with pytest.raises(UnreadableFileError, match="NUL character"):
        reader.read_bytes("a\x00b.json")


# --------------------------------------------------------------------------- every kind of file


def test_a_long_number_in_a_catalogue_is_an_error_with_its_position(tmp_path: Path) -> None:
    p = tmp_path / "mini.yaml"
    p.write_text(MINI.read_text().replace("ec: 5", f"ec: {LONG}", 1))
    code, out, _ = run("check", str(p))
    assert code == 1
    assert "a number of 5,000 digits" in out and f"{p}:" in out


def test_a_long_number_in_a_plan_file(saved: Path) -> None:
    """A 5,000-digit number in a plan gave exit 4 (and crashed the window)."""
    saved.write_text(saved.read_text().replace("{", f'{{"n": {LONG},', 1))
    code, _, err = run("verify", str(saved))
    assert code == 2
    assert "a number of 5,000 digits" in err and "Traceback" not in err


def test_a_nul_in_a_plans_catalogue_path(saved: Path) -> None:
    """A NUL byte in a plan's catalogue path gave exit 4."""
    data = json.loads(saved.read_text())
    data["catalogues"][0]["path"] = "mini\x00.yaml"
    saved.write_text(json.dumps(data))
    code, _, err = run("verify", str(saved))
    assert code == 2
    assert "control character" in err


def test_a_long_number_in_a_badge(tmp_path: Path) -> None:
    """A 5,000-digit number in a badge gave exit 4."""
    bad = tmp_path / "long.json"
    bad.write_text(OB2_JSON.read_text(encoding="utf-8").replace("{", f'{{"n": {LONG}, ', 1), encoding="utf-8")
    with pytest.raises(ImporterError, match="a number of 5,000 digits"):
        read_badge_file(bad)
    code, out, err = run(*badge_args(tmp_path, bad))
    assert code == 0 and "a number of 5,000 digits" in out, err


def test_a_far_issued_on_and_a_long_badge_name(tmp_path: Path) -> None:
    """issuedOn 9999-12-31 and a badge name over 500 characters each gave exit 4."""
    data = json.loads(OB2_JSON.read_text(encoding="utf-8"))
    far = tmp_path / "far.json"
    far.write_text(json.dumps({**data, "issuedOn": "9999-12-31"}), encoding="utf-8")
    with pytest.raises(ImporterError, match="9999-12-31, outside the years 1990–2199"):
        read_badge_file(far)
    long_name = tmp_path / "long-name.json"
    long_name.write_text(json.dumps({**data, "badge": {**data["badge"], "name": "N" * 3000}}), encoding="utf-8")
    code, out, err = run(*badge_args(tmp_path, far, long_name))
    assert code == 0, err
    assert "outside the years 1990–2199" in out and "Traceback" not in err
    written = (tmp_path / "out.yaml").read_text(encoding="utf-8")
    assert "N" * 499 + "…" in written and "N" * 501 not in written


def test_a_long_number_in_an_ooapi_file(tmp_path: Path) -> None:
    """A 5,000-digit number in an OOAPI file gave exit 4."""
    src = ROOT / "tests" / "planner" / "fixtures" / "ooapi" / "v5" / "courses.json"
    bad = tmp_path / "courses.json"
    bad.write_text(src.read_text(encoding="utf-8").replace("{", f'{{"n": {LONG}, ', 1), encoding="utf-8")
    code, out, err = run("import", "ooapi", str(bad), str(src.parent / "offerings.json"),
                         "-o", str(tmp_path / "draft.yaml"))
    assert code in (0, 2), err
    assert "a number of 5,000 digits" in out + err and "Traceback" not in err
