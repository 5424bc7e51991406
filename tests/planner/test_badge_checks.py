"""What a badge says without the network: Open Badges 3.0 baked in SVG (a DOCTYPE refused), revocation
status lists and expiry, credits with their unit (edubadges' ECTS/SBU/EQF, OB 3.0 creditsAvailable in
credit hours), legacy tEXt chunks and OB 1.x said plainly, and the recipient compared with the
learner's e-mail addresses (hashed with its salt)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from planner.catalog import CatalogueSet
from planner.importers.badges import import_badges, match_badge, parse_badge, read_badge_file
from planner.importers.png import solid_png
from planner.messages import render
from tests.factory import catalogue, catset, learner, module

TODAY = dt.date(2027, 1, 4)
CLASS = "https://b.example/achievements/data-1"


def small_set() -> CatalogueSet:
    cat = catalogue(["o1"], [module("m1", ["o1"])], [])
    cat.modules[0].badges = [CLASS]
    return catset(cat)


def credential(**achievement: Any) -> dict[str, Any]:
    ach = {"id": CLASS, "type": ["Achievement"], "name": "Data 1", **achievement}
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:0b7e1f0a-1d5c-4c1e-9a53-6c2c1e1f0001", "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://b.example/issuer", "type": ["Profile"], "name": "Hogeschool Oost (fictief)"},
        "validFrom": "2026-06-30T00:00:00Z", "name": "Data 1",
        "credentialSubject": {"type": ["AchievementSubject"], "achievement": ach},
    }


def hashed(email: str, salt: str = "zout") -> str:
    return "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest()


def test_ob3_baked_in_svg_is_read(tmp_path: Path):
    svg = tmp_path / "data.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" '
                   'width="10" height="10"><openbadges:credential><![CDATA['
                   + json.dumps(credential(ECTS=5)) + "]]></openbadges:credential><circle r='4'/></svg>",
                   encoding="utf-8")
    b = read_badge_file(svg)
    assert (b.format, b.name, b.ects) == ("Open Badges 3.0 (SVG)", "Data 1", 5)


def test_svg_with_a_doctype_is_refused_before_it_is_parsed(tmp_path: Path):
    bomb = tmp_path / "bomb.svg"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                    '<svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential>&b;'
                    "</openbadges:credential></svg>", encoding="utf-8")
    result = import_badges([bomb], small_set(), learner(outcomes=["t:o1"]), today=TODAY)
    [text] = [render(m) for m in result.unreadable]
    assert text == "bomb.svg: the SVG declares a DTD (DOCTYPE) or entities, which Leerroute does not read"


def test_credential_status_and_expiry_are_said_without_the_network():
    data = credential(ECTS=5)
    data["credentialStatus"] = {"id": "https://b.example/status/3#94567", "type": "BitstringStatusListEntry",
                                "statusPurpose": "revocation", "statusListIndex": "94567",
                                "statusListCredential": "https://b.example/status/3"}
    m = match_badge(parse_badge(data, "s.json"), small_set(), TODAY)
    assert m.outcomes == ["t:o1"]
    texts = [render(n) for n in m.notes]
    assert "'Data 1' (s.json): revocation not checked: status list at https://b.example/status/3 (Leerroute makes no " \
           "network calls)" in texts
    data["validUntil"] = "2026-12-31T23:59:59Z"
    m = match_badge(parse_badge(data, "s.json"), small_set(), TODAY)
    assert m.outcomes == [] and render(m.reason) == "'Data 1' (s.json) is not used: it expired on 31 Dec 2026"


def test_credits_are_read_by_their_definitions():
    b = parse_badge(credential(creditsAvailable=36), "c.json")
    assert (b.ects, b.credits_available) == (None, 36)  # credit hours, not 36 EC
    m = match_badge(b, small_set(), TODAY)
    assert "'Data 1' (c.json): 36 credits available are credit hours (Open Badges 3.0), not taken as EC" in [
        render(n) for n in m.notes]
    edu = parse_badge(credential(ECTS=2.5, SBU=70, assessmentType="testing", alignment=[
        {"type": ["Alignment"], "targetType": "ext:EQF", "targetName": "EQF level 6", "targetCode": "6",
         "targetUrl": "https://b.example/eqf"}]), "e.json")
    assert (edu.ects, edu.study_load_hours, edu.eqf, edu.assessment_type) == (2.5, 70, 6, "testing")
    ob2 = parse_badge({"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://b.example/a/2",
                       "badge": {"id": CLASS, "name": "Data 1", "extensions:ECTSExtension": {"ects": 3},
                                 "extensions:StudyLoadExtension": {"studyLoad": 84},
                                 "extensions:EQFExtension": {"EQF": 5}}}, "o.json")
    assert (ob2.ects, ob2.study_load_hours, ob2.eqf) == (3, 84, 5)


def test_proven_outcome_note_carries_the_units(tmp_path: Path):
    f = tmp_path / "c.json"
    f.write_text(json.dumps(credential(creditsAvailable=36, SBU=70)), encoding="utf-8")
    result = import_badges([f], small_set(), learner(outcomes=["t:o1"]), today=TODAY)
    [p] = result.added
    assert "70 study hours; 36 credit hours (creditsAvailable, not EC)" in p.note


def _png_with_text(keyword: str, text: str) -> bytes:
    png = solid_png(4, 4, (10, 20, 30))
    body = keyword.encode("latin-1") + b"\0" + text.encode("latin-1")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))
    return png[:-12] + chunk + png[-12:]


def test_legacy_text_chunk_and_ob1_are_said_plainly(tmp_path: Path):
    legacy = tmp_path / "old.png"
    legacy.write_bytes(_png_with_text("openbadges", "https://backpack.example/assertions/17"))
    ob1 = tmp_path / "ob1.json"
    ob1.write_text(json.dumps({"uid": "17", "recipient": {"type": "email", "hashed": True, "identity": hashed("a@b.nl")},
                               "badge": "https://b.example/badge.json", "verify": {"type": "hosted",
                               "url": "https://b.example/17.json"}, "issuedOn": "2014-01-01"}), encoding="utf-8")
    revoked = tmp_path / "revoked.json"
    revoked.write_text(json.dumps({"@context": "https://w3id.org/openbadges/v2", "id": "https://b.example/a/9",
                                   "revoked": True, "revocationReason": "issued in error"}), encoding="utf-8")
    result = import_badges([legacy, ob1, revoked], small_set(), learner(outcomes=["t:o1"]), today=TODAY)
    texts = [render(m) for m in result.unreadable] + [render(m.reason) for m in result.unmatched if m.reason]
    assert texts[0] == ("old.png: the badge is baked in a legacy tEXt chunk, as Open Badges 1.x did "
                        "(https://backpack.example/assertions/17): ask the issuer or your backpack for an Open Badges "
                        "2.0 or 3.0 export")
    assert texts[1].startswith("ob1.json is an Open Badges 1.x badge, which Leerroute does not read")
    assert texts[2].endswith("(revoked.json) is not used: the issuer revoked it")
    assert not any("not an Open Badge" in t for t in texts)


@pytest.mark.parametrize("ob3", [False, True], ids=["ob2", "ob3"])
def test_recipient_compared_with_the_learners_addresses(tmp_path: Path, ob3: bool):
    def badge_for(email: str) -> Path:
        if ob3:
            data = credential()
            data["credentialSubject"]["identifier"] = [{"type": "IdentityObject", "identityType": "emailAddress",
                                                         "hashed": True, "identityHash": hashed(email), "salt": "zout"}]
        else:
            data = {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": f"https://b.example/{email}",
                    "recipient": {"type": "email", "hashed": True, "salt": "zout", "identity": hashed(email)},
                    "badge": {"id": CLASS, "name": "Data 1"}}
        f = tmp_path / f"{email.split('@')[0]}.json"
        f.write_text(json.dumps(data), encoding="utf-8")
        return f

    mine, theirs = badge_for("chen@example.org"), badge_for("someone@example.org")
    chen = learner(outcomes=["t:o1"], emails=["Chen@Example.org"])
    result = import_badges([mine, theirs], small_set(), chen, today=TODAY)
    assert [m.badge.file for m in result.matched] == ["chen.json"] and result.matched[0].notes == []
    [refused] = [render(m.reason) for m in result.unmatched if m.reason]
    assert refused.startswith("'Data 1' (someone.json) is not used: it was issued to someone else (its recipient, email "
                              if not ob3 else "'Data 1' (someone.json) is not used: it was issued to someone else "
                              "(its recipient, emailAddress ")
    anonymous = import_badges([theirs], small_set(), learner(outcomes=["t:o1"]), today=TODAY)
    [note] = [render(n) for m in anonymous.matched for n in m.notes]
    assert note.startswith("'Data 1' (someone.json): recipient not compared: the learner file lists no e-mail "
                           "address (the badge names email")
    assert "sha256$" in note and hashed("someone@example.org") not in note  # the hash shown shortened
