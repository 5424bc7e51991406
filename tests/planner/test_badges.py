"""Badges as proof: Open Badges 2.0 (JSON, baked PNG, SVG), 3.0 (JSON), edubadges extensions,
matching to catalogue outcomes, and a shorter route that names the badges."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import struct
import zlib
from pathlib import Path

import pytest

from planner.catalog import CatalogueSet
from planner.cli import main
from planner.importers.badges import import_badges, match_badge, parse_badge, read_badge_file
from planner.importers.png import bake_itxt, read_itxt, solid_png
from planner.importers.report import ImporterError
from planner.load import load_catalogues, load_learner
from planner.messages import render
from planner.models import Evidence
from planner.solver import Solver
from planner.validate import validate_plan
from tests.factory import catalogue, catset, learner, module

CATALOGS = Path(__file__).resolve().parents[2] / "catalogs"
BADGES = CATALOGS / "badges"
OB2_JSON = BADGES / "python-for-professionals.ob2.json"
OB2_PNG = BADGES / "databases-1.ob2.png"
OB2_SVG = BADGES / "privacy-by-design.ob2.svg"
OB3_JSON = BADGES / "data-analysis.ob3.json"
TODAY = dt.date(2027, 1, 4)


def assertion(badge_class: str = "https://b.example/class/x", **extra: object) -> dict[str, object]:
    data: dict[str, object] = {
        "@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://b.example/a/1",
        "issuedOn": "2026-05-01T10:00:00Z", "recipient": {"type": "email", "identity": "x@example.org", "hashed": False},
        "verification": {"type": "hosted"},
        "badge": {"type": "BadgeClass", "id": badge_class, "name": "Badge X",
                  "issuer": {"id": "https://b.example/i", "name": "Issuer X"}},
    }
    data.update(extra)
    return data


@pytest.fixture(scope="module")
def demo() -> CatalogueSet:
    return load_catalogues([CATALOGS / "hogeschool-oost.yaml"])


# --------------------------------------------------------------------------- reading each kind


def test_ob2_json_with_edubadges_extensions():
    b = read_badge_file(OB2_JSON)
    assert (b.name, b.issuer, b.issued_on) == ("Python for professionals", "Codeschool West (fictief)", dt.date(2025, 11, 14))
    assert b.format == "Open Badges 2.0 (JSON)"
    assert (b.ects, b.eqf) == (3.0, 5)
    assert b.learning_outcome.startswith("Writes, tests and debugs")
    assert [a.target_code for a in b.alignments] == ["hs-oost:ict.prog.basis"]
    assert b.verified is False


def test_ob2_baked_png():
    b = read_badge_file(OB2_PNG)
    assert b.format == "Open Badges 2.0 (PNG)"
    assert (b.name, b.issued_on, b.study_load_hours) == ("Databases 1", dt.date(2024, 6, 28), 140.0)
    assert b.badge_class == "https://badges.hogeschool-oost.example/badgeclass/ict-databases-1"


def test_ob2_svg_and_recognition_of_prior_learning():
    b = read_badge_file(OB2_SVG)
    assert b.format == "Open Badges 2.0 (SVG)"
    assert b.name == "Privacy by design" and b.prior_learning


def test_ob3_credential():
    b = read_badge_file(OB3_JSON)
    assert b.format == "Open Badges 3.0 (JSON)"
    assert (b.name, b.issuer, b.issued_on, b.ects, b.eqf) == (
        "Data analysis with Python", "Hogeschool Oost (fictief)", dt.date(2026, 7, 3), 5.0, 5)
    assert b.badge_id.startswith("urn:uuid:")


def test_ob3_baked_in_png_and_a_signed_ob2_payload(tmp_path):
    cred = json.loads(OB3_JSON.read_text(encoding="utf-8"))
    png = tmp_path / "cred.png"
    png.write_bytes(bake_itxt(solid_png(4, 4, (1, 2, 3)), "openbadgecredential", json.dumps(cred)))
    assert read_badge_file(png).name == "Data analysis with Python"

    def b64(obj: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    signed = tmp_path / "signed.json"
    signed.write_text(b64({"alg": "RS256"}) + "." + b64(assertion()) + ".c2lnbmF0dXJl", encoding="utf-8")
    b = read_badge_file(signed)
    assert b.name == "Badge X" and b.verified is False


# --------------------------------------------------------------------------- files from strangers


def test_png_reader_checks_crc_length_and_size():
    good = bake_itxt(solid_png(4, 4, (0, 0, 0)), "openbadges", '{"a": 1}')
    assert read_itxt(good, "openbadges") == '{"a": 1}'
    assert read_itxt(good, "other") is None
    broken = bytearray(good)
    broken[-20] ^= 0xFF  # inside the iTXt chunk
    with pytest.raises(ImporterError, match="CRC"):
        read_itxt(bytes(broken), "openbadges")
    with pytest.raises(ImporterError, match="cut off|more than the file"):
        read_itxt(good[:-15], "openbadges")
    with pytest.raises(ImporterError, match="not a PNG"):
        read_itxt(b"GIF89a....", "openbadges")
    liar = good[:8] + struct.pack(">I", 2**31) + good[12:]
    with pytest.raises(ImporterError, match="claims"):
        read_itxt(liar, "openbadges")


def test_compressed_itxt_is_inflated_with_a_cap():
    png = solid_png(2, 2, (0, 0, 0))
    body = b"openbadges\0\1\0\0\0" + zlib.compress(b'{"x": 2}')
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body))
    baked = png[:-12] + chunk + png[-12:]
    assert read_itxt(baked, "openbadges") == '{"x": 2}'
    bomb = b"openbadges\0\1\0\0\0" + zlib.compress(b" " * (3 * 1024 * 1024))
    chunk = struct.pack(">I", len(bomb)) + b"iTXt" + bomb + struct.pack(">I", zlib.crc32(b"iTXt" + bomb))
    with pytest.raises(ImporterError, match="inflates to more than"):
        read_itxt(png[:-12] + chunk + png[-12:], "openbadges")


def test_svg_with_entities_is_refused(tmp_path):
    evil = tmp_path / "evil.svg"
    evil.write_text('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol">]>'
                    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">'
                    '<openbadges:assertion>&lol;</openbadges:assertion></svg>', encoding="utf-8")
    with pytest.raises(ImporterError, match="evil.svg: .*DTD"):
        read_badge_file(evil)
    plain = tmp_path / "plain.svg"
    plain.write_text('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', encoding="utf-8")
    with pytest.raises(ImporterError, match="plain.svg: .*no baked badge"):
        read_badge_file(plain)


def test_hosted_link_only_and_not_a_badge(tmp_path):
    link = tmp_path / "link.png"
    link.write_bytes(bake_itxt(solid_png(2, 2, (0, 0, 0)), "openbadges", "https://b.example/a/1"))
    with pytest.raises(ImporterError, match="no network calls"):
        read_badge_file(link)
    other = tmp_path / "other.json"
    other.write_text('{"name": "my cv"}', encoding="utf-8")
    with pytest.raises(ImporterError, match="other.json: not an Open Badge"):
        read_badge_file(other)
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "Assertion",', encoding="utf-8")
    with pytest.raises(ImporterError, match=r"bad.json:1:\d+: not valid JSON"):
        read_badge_file(bad)


# --------------------------------------------------------------------------- matching


def small_set() -> CatalogueSet:
    cat = catalogue(["o1", "o2", "o3"], [module("m1", ["o1", "o2"]), module("m3", ["o3"])], [])
    cat.modules[0].badges = ["https://b.example/class/m1"]
    cat.outcomes[2].uri = "https://framework.example/items/o3"
    cat.outcomes[1].badges = ["urn:uuid:only-o2"]
    return catset(cat)


def test_declared_badge_class_proves_the_modules_outcomes():
    cs = small_set()
    m = match_badge(parse_badge(assertion("https://b.example/class/m1/"), "a.json"), cs, TODAY)
    assert (m.outcomes, m.via) == (["t:o1", "t:o2"], "badge class")
    m = match_badge(parse_badge(assertion("urn:uuid:only-o2"), "a.json"), cs, TODAY)
    assert m.outcomes == ["t:o2"]


def test_alignments_by_qualified_code_or_outcome_uri():
    cs = small_set()
    data = assertion()
    data["badge"]["alignment"] = [  # type: ignore[index]
        {"targetName": "x", "targetUrl": "https://framework.example/items/o3/"},
        {"targetName": "y", "targetUrl": "https://elsewhere.example", "targetCode": "t:o1"},
        {"targetName": "z", "targetUrl": "https://elsewhere.example", "targetCode": "o2"},  # not qualified
    ]
    m = match_badge(parse_badge(data, "a.json"), cs, TODAY)
    assert (sorted(m.outcomes), m.via) == (["t:o1", "t:o3"], "alignment")


def test_unmatched_revoked_and_expired_badges_say_why():
    cs = small_set()
    m = match_badge(parse_badge(assertion(), "x.json"), cs, TODAY)
    assert m.outcomes == [] and "proves nothing in the loaded catalogues" in render(m.reason)
    m = match_badge(parse_badge(assertion("https://b.example/class/m1", revoked=True), "r.json"), cs, TODAY)
    assert m.outcomes == [] and "revoked" in render(m.reason)
    m = match_badge(parse_badge(assertion("https://b.example/class/m1", expires="2026-12-31"), "e.json"), cs, TODAY)
    assert m.outcomes == [] and "expired on 31 Dec 2026" in render(m.reason)


def test_import_lists_every_badge_and_keeps_stronger_evidence(tmp_path):
    cs = small_set()
    good = tmp_path / "good.json"
    good.write_text(json.dumps(assertion("https://b.example/class/m1")), encoding="utf-8")
    stranger = tmp_path / "stranger.json"
    stranger.write_text(json.dumps(assertion()), encoding="utf-8")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnonsense")
    lrn = learner(outcomes=["t:o1", "t:o2"], proven=[{"outcome": "t:o1", "evidence": "diploma"},
                                                     {"outcome": "t:o2", "evidence": "experience"}])
    result = import_badges([good, stranger, broken], cs, lrn, today=TODAY)
    by = {p.outcome: p for p in result.learner.proven}
    assert by["t:o1"].evidence == Evidence.DIPLOMA  # a diploma stays
    assert by["t:o2"].evidence == Evidence.EDUBADGE and by["t:o2"].badge == "Badge X"
    assert by["t:o2"].issuer == "Issuer X" and by["t:o2"].issued_on == dt.date(2026, 5, 1)
    assert by["t:o2"].verified is False and "signature not verified" in by["t:o2"].note
    texts = [render(m) for m in result.messages(cs)]
    assert any(t.startswith("'Badge X' (stranger.json) proves nothing") for t in texts)
    assert any(t.startswith("broken.png cannot be read as a badge") for t in texts)
    assert [n.file for n in result.report.notes] == ["broken.png"]


# --------------------------------------------------------------------------- the demo: a shorter route


def test_three_badges_make_a_shorter_route_named_in_its_explanation(demo):
    chen = learner(name="Chen", goal="hs-oost:mc-data-ai", start="2027-01-11", hoursPerWeek=12, modes=["online", "hybrid"])
    before = Solver(demo, chen, time_limit=20).solve()
    result = import_badges([OB2_JSON, OB2_PNG, OB3_JSON], demo, chen, today=TODAY)
    assert result.unmatched == [] and result.unreadable == []
    after = Solver(demo, result.learner, time_limit=20, explain=True).solve()
    assert validate_plan(demo, result.learner, after) == []
    assert after.totals.finish_week < before.totals.finish_week
    skipped = {"hs-oost:ict-programmeren-1", "hs-oost:ict-databases-1", "hs-oost:ict-data-analyse"}
    assert skipped <= {i.module for i in before.items}
    assert not skipped & {i.module for i in after.items}
    text = "\n".join(render(m) for m in after.messages)
    for name, issuer in (("Python for professionals", "Codeschool West (fictief), 14 Nov 2025"),
                         ("Databases 1", "Hogeschool Oost (fictief), 28 Jun 2024"),
                         ("Data analysis with Python", "Hogeschool Oost (fictief), 3 Jul 2026")):
        assert f"your edubadge '{name}' ({issuer}) proves it (signature not verified)" in text
    # an outcome no route to the goal needs is not mentioned (Databases 1 also proves data modelling)
    assert "entity-relationship" not in text


def test_cli_import_badges_writes_a_learner_and_lists_unmatched(tmp_path, capsys):
    start = tmp_path / "chen.yaml"
    start.write_text('formatVersion: "1.0"\nname: Chen\ngoal: hs-oost:mc-data-ai\nstart: 2027-01-11\nhoursPerWeek: 12\n',
                     encoding="utf-8")
    stranger = tmp_path / "stranger.json"
    stranger.write_text(json.dumps(assertion()), encoding="utf-8")
    target = tmp_path / "chen2.yaml"
    out, err = io.StringIO(), io.StringIO()
    code = main(["import", "badges", str(OB2_JSON), str(OB2_PNG), str(OB2_SVG), str(OB3_JSON), str(stranger),
                 "--catalog", str(CATALOGS / "hogeschool-oost.yaml"), "--learner", str(start), "-o", str(target)],
                out=out, err=err)
    assert code == 0, err.getvalue()
    text = out.getvalue()
    assert "✓ Databases 1 (databases-1.ob2.png, Open Badges 2.0 (PNG)) — matched by badge class" in text
    assert "✗ 'Badge X' (stranger.json) proves nothing" in text
    again = load_learner(target)
    assert {p.outcome for p in again.proven} >= {"hs-oost:ict.prog.basis", "hs-oost:ict.db.sql",
                                                 "hs-oost:ict.privacy.dpia", "hs-oost:ict.data.clean"}
    assert all(p.evidence == Evidence.EDUBADGE and p.verified is False for p in again.proven)
