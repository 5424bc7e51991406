"""Badge files: the JSON inside a badge file, an image's baked badge, and what a file that is no
(usable) badge is, said plainly.

Reads a JSON file, a PNG image's ``iTXt`` chunk (``openbadges`` for Open Badges 2.0,
``openbadgecredential`` for 3.0), an SVG image's ``<openbadges:assertion>`` (2.0, namespace
``w3id.org/openbadges``) or ``<openbadges:credential>`` (3.0, namespace
``purl.imsglobal.org/ob/v3p0``), and the payload of a signed badge (JWS, VC-JWT) without verifying
it. Files come from strangers: sizes are capped, an SVG with a DOCTYPE or entities is refused before
anything in it is expanded, nothing is fetched from the network.

A file that holds no usable badge raises :class:`BadgeFileError` with a message code, so the window
can say it in the interface language: a link to a hosted badge only, an Open Badges 1.x badge, a
legacy ``tEXt`` chunk, a DOCTYPE, no baked badge at all.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from pathlib import Path
from typing import Any

from planner.importers.png import read_itxt, read_text_chunk
from planner.importers.report import ImporterError

#: The largest badge file read, in bytes.
MAX_BADGE_BYTES = 16 * 1024 * 1024
#: The suffixes of files that can hold a badge.
BADGE_SUFFIXES = (".json", ".png", ".svg")
#: the namespaces of a baked badge in an SVG image (Open Badges 2.0 and 3.0)
SVG_NAMESPACES = ("w3id.org/openbadges", "openbadges.org", "purl.imsglobal.org/ob/v3p0")
_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")


class BadgeFileError(ImporterError):
    """A file holds no usable badge; ``code`` and ``params`` say why for the window."""

    def __init__(self, message: str, code: str = "", /, **params: Any) -> None:
        super().__init__(message)
        self.code, self.params = code, params


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BADGE_BYTES:
            raise ImporterError(f"{path.name}: the file is {size / 1e6:.1f} MB, too large to be a badge")
        return path.read_bytes()
    except OSError as exc:
        raise ImporterError(f"{path.name}: cannot open the file ({exc.strerror or exc}); check the path") from None


def parse_json(text: str, where: str) -> Any:
    """The badge's JSON from a text: JSON, a signed badge's payload, or (refused) a link."""
    text = text.strip()
    if _JWS.match(text):
        return _jws_payload(text, where)
    if re.match(r"^https?://\S+$", text):
        raise BadgeFileError(
            f"{where}: holds only a link to the badge ({text[:200]}); Leerroute makes no network calls — "
            "download the badge's JSON from its issuer and import that file", "badge.link_only", url=text[:200])
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImporterError(f"{where}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ImporterError(f"{where}: the JSON is nested too deeply to be a badge") from None


def _jws_payload(token: str, where: str) -> Any:
    """The payload of a signed badge (JWS compact form), read without verifying the signature."""
    payload = token.split(".")[1]
    try:
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (binascii.Error, ValueError, RecursionError):
        raise ImporterError(f"{where}: a signed badge whose payload cannot be read") from None
    if isinstance(data, dict) and isinstance(data.get("vc"), dict):  # a VC-JWT wraps the credential
        return data["vc"]
    return data


def _svg_payload(data: bytes, where: str) -> str:
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    if re.search(rb"<!DOCTYPE|<!ENTITY", data[:1_000_000], re.IGNORECASE):  # refused before any parsing
        raise BadgeFileError(f"{where}: the SVG declares a DTD (DOCTYPE) or entities; Leerroute does not read those (they "
                             "can expand without end or reach other files)", "badge.svg_doctype")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise BadgeFileError(f"{where}: the SVG declares a DTD (DOCTYPE) or entities; Leerroute does not read those",
                             "badge.svg_doctype") from None
    except SafeET.ParseError as exc:
        raise ImporterError(f"{where}: not a well-formed SVG image ({exc})") from None
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        if local in ("assertion", "credential") and any(ns in namespace for ns in SVG_NAMESPACES):
            text = (el.text or "").strip()
            if text:
                return text
            verify = el.get("verify")
            if verify:
                return verify  # a hosted badge given only by its URL: reported as such
    raise BadgeFileError(f"{where}: the SVG image holds no baked badge (no <openbadges:assertion> or "
                         "<openbadges:credential> element)", "badge.not_baked", image="SVG")


def _png_payload(data: bytes, where: str) -> str:
    try:
        text = read_itxt(data, "openbadges") or read_itxt(data, "openbadgecredential")
        legacy = None if text is not None else read_text_chunk(data, "openbadges")
    except ImporterError as exc:
        raise ImporterError(f"{where}: {exc}") from None
    if text is not None:
        return text
    if legacy is not None:
        raise BadgeFileError(
            f"{where}: the badge is baked in a legacy tEXt chunk, as Open Badges 1.x did ({legacy.strip()[:200]}); "
            "ask the issuer or your backpack for an Open Badges 2.0 or 3.0 export", "badge.legacy_png",
            text=legacy.strip()[:200])
    raise BadgeFileError(f"{where}: the PNG image holds no baked badge (no 'openbadges' iTXt chunk)",
                         "badge.not_baked", image="PNG")


def badge_json(path: Path | str) -> tuple[Any, str, str]:
    """The badge JSON in a file, the file's name and its kind (JSON, PNG or SVG)."""
    p = Path(path)
    data = _read_bytes(p)
    suffix = p.suffix.lower()
    if suffix == ".png" or data.startswith(b"\x89PNG"):
        text, kind = _png_payload(data, p.name), "PNG"
    elif suffix == ".svg" or data.lstrip().startswith(b"<"):
        text, kind = _svg_payload(data, p.name), "SVG"
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImporterError(f"{p.name}: byte {exc.start} is not UTF-8 text; this is not a badge file") from None
        kind = "JSON"
    return parse_json(text, p.name), p.name, kind


def looks_like_badge(path: Path | str) -> bool:
    """Whether a file is probably a badge: a PNG or SVG image, or JSON that speaks Open Badges."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in BADGE_SUFFIXES:
        return False
    try:
        if p.stat().st_size > MAX_BADGE_BYTES:
            return False
        data = p.read_bytes()
    except OSError:
        return False
    if suffix == ".png":
        return b"iTXtopenbadge" in data or b"tEXtopenbadges" in data  # the chunk type, then the keyword
    head = data[:200_000].decode("utf-8", errors="replace")
    if suffix == ".svg":
        return "openbadges" in head or "purl.imsglobal.org/ob/v3p0" in head
    if head.lstrip().startswith("ey"):  # a signed badge (JWS)
        return True
    return any(mark in head for mark in ("w3id.org/openbadges", "OpenBadgeCredential", "AchievementCredential",
                                          '"Assertion"', "credentialSubject", "openbadges.org"))
