"""Open Badges as proof: read badges a learner holds and turn them into proven outcomes.

Reads Open Badges 2.0 assertions (a JSON file, a badge baked into a PNG image's ``openbadges``
iTXt chunk, or an SVG image's ``<openbadges:assertion>`` element), Open Badges 3.0 credentials
(``OpenBadgeCredential`` JSON with ``credentialSubject.achievement``; baked as ``openbadgecredential``
or ``<openbadges:credential>``), and SURF's edubadges extensions (ECTS, EQF level, study load,
learning outcome, assessment type).

A badge is matched to catalogue outcomes first through the badge classes a catalogue declares
(``badges:`` on a module or an outcome), then through its alignments: a ``targetCode`` that is a
qualified outcome id (``hs-oost:ict.prog.basis``) or a ``targetUrl`` equal to an outcome's ``uri``
or ``esco``. A badge that proves nothing is listed with the reason, never dropped silently.

Files come from strangers: sizes are capped, SVG is parsed without DTDs or entities, nothing is
fetched from the network, and no signature is verified (the evidence says so).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.catalog import CatalogueSet
from planner.importers.png import read_itxt
from planner.importers.report import ImporterError, ImportReport, iso_date
from planner.messages import msg
from planner.models import Evidence, Learner, ProvenOutcome
from planner.plan import Message

#: The largest badge file read, in bytes.
MAX_BADGE_BYTES = 16 * 1024 * 1024
#: The suffixes of files that can hold a badge.
BADGE_SUFFIXES = (".json", ".png", ".svg")

OB2 = "Open Badges 2.0"
OB3 = "Open Badges 3.0"
_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Alignment:
    """An alignment of a badge class or achievement to a framework item."""

    target_name: str | None = None
    target_url: str | None = None
    target_code: str | None = None
    framework: str | None = None


@dataclass
class Badge:
    """An earned badge, read from a file: who issued what, when, and what it aligns to."""

    file: str
    format: str
    name: str
    badge_id: str | None = None
    badge_class: str | None = None
    issuer: str | None = None
    issued_on: dt.date | None = None
    expires: dt.date | None = None
    revoked: bool = False
    alignments: list[Alignment] = field(default_factory=list)
    ects: float | None = None
    eqf: int | None = None
    study_load_hours: float | None = None
    learning_outcome: str | None = None
    assessment_type: str | None = None
    verified: bool = False

    @property
    def prior_learning(self) -> bool:
        """Whether the badge was issued on recognition of prior learning (EVC)."""
        a = (self.assessment_type or "").lower().replace("_", " ").replace("-", " ")
        return "prior learning" in a or a in {"rpl", "evc", "apl"}


@dataclass
class BadgeMatch:
    """One badge and the outcomes it proves (empty with a reason when it proves none)."""

    badge: Badge
    outcomes: list[str] = field(default_factory=list)
    via: str = ""
    reason: Message | None = None


@dataclass
class BadgeImport:
    """The result of importing badges for a learner."""

    learner: Learner
    matched: list[BadgeMatch] = field(default_factory=list)
    unmatched: list[BadgeMatch] = field(default_factory=list)
    added: list[ProvenOutcome] = field(default_factory=list)
    unreadable: list[Message] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)

    def messages(self, cs: CatalogueSet) -> list[Message]:
        """What happened, as message codes: each proven outcome, each unmatched or unreadable badge."""
        out = [msg("badge.proves", badge=m.badge.name, file=m.badge.file, outcome=o,
                   outcome_title=cs.outcome_title(o), via=m.via)
               for m in self.matched for o in m.outcomes]
        out += [m.reason for m in self.unmatched if m.reason is not None]
        return out + self.unreadable


# --------------------------------------------------------------------------- reading


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BADGE_BYTES:
            raise ImporterError(f"{path.name}: the file is {size / 1e6:.1f} MB, too large to be a badge")
        return path.read_bytes()
    except OSError as exc:
        raise ImporterError(f"{path.name}: cannot open the file ({exc.strerror or exc}); check the path") from None


def _json(text: str, where: str) -> Any:
    text = text.strip()
    if _JWS.match(text):
        return _jws_payload(text, where)
    if re.match(r"^https?://\S+$", text):
        raise ImporterError(
            f"{where}: holds only a link to the badge ({text[:200]}); Leerroute makes no network calls — "
            "download the badge's JSON from its issuer and import that file"
        )
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

    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ImporterError(f"{where}: the SVG declares a DTD or entities; Leerroute does not read those") from None
    except SafeET.ParseError as exc:
        raise ImporterError(f"{where}: not a well-formed SVG image ({exc})") from None
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag in ("assertion", "credential") and "openbadges" in (el.tag if isinstance(el.tag, str) else ""):
            text = (el.text or "").strip()
            if text:
                return text
            verify = el.get("verify")
            if verify:
                return verify  # a hosted badge given only by its URL: reported as such
    raise ImporterError(f"{where}: the SVG image holds no baked badge (no <openbadges:assertion> element)")


def read_badge_file(path: Path | str) -> Badge:
    """Read one badge from a JSON, PNG or SVG file; raise :class:`ImporterError` saying what is wrong."""
    p = Path(path)
    data = _read_bytes(p)
    suffix = p.suffix.lower()
    if suffix == ".png" or data.startswith(b"\x89PNG"):
        try:
            text = read_itxt(data, "openbadges") or read_itxt(data, "openbadgecredential")
        except ImporterError as exc:
            raise ImporterError(f"{p.name}: {exc}") from None
        if text is None:
            raise ImporterError(f"{p.name}: the PNG image holds no baked badge (no 'openbadges' iTXt chunk)")
        kind = "PNG"
    elif suffix == ".svg" or data.lstrip().startswith(b"<"):
        text, kind = _svg_payload(data, p.name), "SVG"
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImporterError(f"{p.name}: byte {exc.start} is not UTF-8 text; this is not a badge file") from None
        kind = "JSON"
    return parse_badge(_json(text, p.name), p.name, kind)


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
        return b"iTXtopenbadge" in data  # the chunk type, then the keyword
    head = data[:200_000].decode("utf-8", errors="replace")
    if suffix == ".svg":
        return "openbadges" in head
    if head.lstrip().startswith("ey"):  # a signed badge (JWS)
        return True
    return any(mark in head for mark in ("w3id.org/openbadges", "OpenBadgeCredential", "AchievementCredential",
                                          '"Assertion"', "credentialSubject"))


def _types(obj: Mapping[str, Any]) -> set[str]:
    t = obj.get("type", obj.get("@type"))
    items = t if isinstance(t, list) else [t]
    return {str(x).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for x in items if x}


def _text(value: Any) -> str | None:
    """A plain string from a string or a language map ({"en": ...}) or None."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        for key in ("en", "nl", "en-US", "en-GB", "nl-NL"):
            if isinstance(value.get(key), str):
                return str(value[key])
        for v in value.values():
            if isinstance(v, str):
                return v
    return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(value, dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    return iso_date(value)


def _id_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def _issuer(value: Any) -> str | None:
    if isinstance(value, Mapping):
        return _text(value.get("name")) or _id_of(value)
    return value if isinstance(value, str) else None


def _alignments(value: Any) -> list[Alignment]:
    items = value if isinstance(value, list) else [value] if isinstance(value, Mapping) else []
    out = []
    for a in items:
        if isinstance(a, Mapping):
            out.append(Alignment(
                target_name=_text(a.get("targetName")), target_url=_text(a.get("targetUrl")),
                target_code=_text(a.get("targetCode")), framework=_text(a.get("targetFramework")),
            ))
    return out


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "."))
        except ValueError:
            return None
    return None


def _extensions(badge: Badge, *objects: Any) -> None:
    """Read edubadges extensions (``extensions:ECTSExtension`` …) from the given objects into ``badge``."""
    for obj in objects:
        if not isinstance(obj, Mapping):
            continue
        for key, ext in obj.items():
            if not (isinstance(key, str) and key.lower().startswith("extensions:") and isinstance(ext, Mapping)):
                continue
            name = key.split(":", 1)[1].lower().removesuffix("extension")
            values = {str(k).lower(): v for k, v in ext.items() if k not in ("@context", "type", "@type")}
            first = next(iter(values.values()), None)
            if name == "ects":
                badge.ects = _number(values.get("ects", first))
            elif name == "eqf":
                n = _number(values.get("eqf", first))
                badge.eqf = int(n) if n is not None and 1 <= n <= 8 else badge.eqf
            elif name == "studyload":
                badge.study_load_hours = _number(values.get("studyload", first))
            elif name == "learningoutcome":
                badge.learning_outcome = _text(values.get("learningoutcome", first))
            elif "assessment" in name:
                badge.assessment_type = _text(values.get("assessmenttype", first))


def parse_badge(data: Any, file: str, kind: str = "JSON") -> Badge:
    """A :class:`Badge` from the parsed JSON of an OB 2.0 assertion or an OB 3.0 credential."""
    if not isinstance(data, Mapping):
        raise ImporterError(f"{file}: a badge is a JSON object; this file holds a {type(data).__name__}")
    types = _types(data)
    if types & {"OpenBadgeCredential", "AchievementCredential", "VerifiableCredential"} or "credentialSubject" in data:
        return _parse_ob3(data, file, kind)
    if "Assertion" in types or "badge" in data:
        return _parse_ob2(data, file, kind)
    raise ImporterError(
        f"{file}: not an Open Badge (no 'type' Assertion with a 'badge', and no OpenBadgeCredential with "
        "'credentialSubject'); export the badge from your backpack or edubadges wallet as JSON or image"
    )


def _parse_ob2(data: Mapping[str, Any], file: str, kind: str) -> Badge:
    bc = data.get("badge")
    bc_obj: Mapping[str, Any] = bc if isinstance(bc, Mapping) else {}
    badge = Badge(
        file=file, format=f"{OB2} ({kind})",
        name=_text(bc_obj.get("name")) or _id_of(bc) or "(unnamed badge)",
        badge_id=_id_of(data) or _text(data.get("uid")),
        badge_class=_id_of(bc),
        issuer=_issuer(bc_obj.get("issuer")),
        issued_on=_date(data.get("issuedOn")),
        expires=_date(data.get("expires")),
        revoked=data.get("revoked") is True,
        alignments=_alignments(bc_obj.get("alignment", bc_obj.get("alignments"))),
    )
    _extensions(badge, bc_obj, data)
    return badge


def _parse_ob3(data: Mapping[str, Any], file: str, kind: str) -> Badge:
    subject = data.get("credentialSubject")
    if isinstance(subject, list):
        subject = subject[0] if subject else None
    if not isinstance(subject, Mapping) or not isinstance(subject.get("achievement"), Mapping | str):
        raise ImporterError(f"{file}: an Open Badges 3.0 credential needs 'credentialSubject.achievement'")
    ach = subject["achievement"]
    ach_obj: Mapping[str, Any] = ach if isinstance(ach, Mapping) else {}
    credits = _number(ach_obj.get("creditsAvailable"))
    badge = Badge(
        file=file, format=f"{OB3} ({kind})",
        name=_text(ach_obj.get("name")) or _text(data.get("name")) or _id_of(ach) or "(unnamed badge)",
        badge_id=_id_of(data),
        badge_class=_id_of(ach),
        issuer=_issuer(data.get("issuer")),
        issued_on=_date(data.get("validFrom") or data.get("issuanceDate") or data.get("awardedDate")),
        expires=_date(data.get("validUntil") or data.get("expirationDate")),
        alignments=_alignments(ach_obj.get("alignment")),
        ects=credits,
    )
    _extensions(badge, ach_obj, subject, data)
    return badge


# --------------------------------------------------------------------------- matching


def _norm(ref: str) -> str:
    return ref.strip().rstrip("/").lower()


def _declared(cs: CatalogueSet) -> dict[str, list[str]]:
    """Badge class id or URL (normalised) → the qualified outcomes a badge of that class proves."""
    out: dict[str, list[str]] = {}
    for m in cs.modules.values():
        for b in m.badges:
            out.setdefault(_norm(b), []).extend(m.certifies)
    for o in cs.outcomes.values():
        for b in o.badges:
            out.setdefault(_norm(b), []).append(o.id)
    return out


def _by_uri(cs: CatalogueSet) -> dict[str, str]:
    out: dict[str, str] = {}
    for o in cs.outcomes.values():
        for uri in (o.uri, o.esco):
            if uri:
                out.setdefault(_norm(uri), o.id)
    return out


def match_badge(badge: Badge, cs: CatalogueSet, today: dt.date | None = None,
                declared: dict[str, list[str]] | None = None, by_uri: dict[str, str] | None = None) -> BadgeMatch:
    """The outcomes a badge proves in the loaded catalogues, or the reason it proves none."""
    today = today or dt.date.today()
    who = {"badge": badge.name, "file": badge.file}
    if badge.revoked:
        return BadgeMatch(badge, reason=msg("badge.revoked", **who))
    if badge.expires is not None and badge.expires < today:
        return BadgeMatch(badge, reason=msg("badge.expired", expires=badge.expires.isoformat(), **who))
    declared = _declared(cs) if declared is None else declared
    by_uri = _by_uri(cs) if by_uri is None else by_uri
    if badge.badge_class and _norm(badge.badge_class) in declared:
        outcomes = list(dict.fromkeys(declared[_norm(badge.badge_class)]))
        return BadgeMatch(badge, outcomes, via="badge class")
    outcomes = []
    for a in badge.alignments:
        if a.target_code and a.target_code.strip() in cs.outcomes:
            outcomes.append(a.target_code.strip())
        elif a.target_url and _norm(a.target_url) in by_uri:
            outcomes.append(by_uri[_norm(a.target_url)])
    if outcomes:
        return BadgeMatch(badge, list(dict.fromkeys(outcomes)), via="alignment")
    return BadgeMatch(badge, reason=msg(
        "badge.unmatched", badge_class=badge.badge_class or "—", alignments=len(badge.alignments), **who))


def _note(badge: Badge) -> str:
    parts = [f"Edubadge “{badge.name}”"]
    if badge.issuer:
        parts.append(badge.issuer)
    if badge.issued_on:
        parts.append(badge.issued_on.isoformat())
    extra = []
    if badge.ects:
        extra.append(f"{badge.ects:g} EC")
    if badge.eqf:
        extra.append(f"EQF {badge.eqf}")
    if badge.prior_learning:
        extra.append("recognition of prior learning")
    extra.append("signature verified" if badge.verified else "signature not verified")
    return ", ".join(parts) + f" ({'; '.join(extra)})"


def proven_from(match: BadgeMatch, outcome: str) -> ProvenOutcome:
    """The proven outcome a matched badge gives, with the badge as evidence."""
    b = match.badge
    return ProvenOutcome(
        outcome=outcome, evidence=Evidence.EDUBADGE, note=_note(b), badge=b.name[:500],
        badge_id=b.badge_id[:2048] if b.badge_id else None,
        badge_class=b.badge_class[:2048] if b.badge_class else None,
        issuer=b.issuer[:500] if b.issuer else None, issued_on=b.issued_on, verified=b.verified,
    )


def apply_matches(learner: Learner, matches: Iterable[BadgeMatch]) -> tuple[Learner, list[ProvenOutcome]]:
    """A copy of the learner with every outcome the badges prove added as proven by edubadge.

    An outcome already proven (diploma, edubadge, EVC) stays as it is; one only claimed from
    experience becomes proven by the badge.
    """
    proven = list(learner.proven)
    added: list[ProvenOutcome] = []
    for m in matches:
        for o in m.outcomes:
            current = next((p for p in proven if p.outcome == o), None)
            if current is not None and current.evidence != Evidence.EXPERIENCE:
                continue
            new = proven_from(m, o)
            proven = [p for p in proven if p.outcome != o] + [new]
            added.append(new)
    return learner.model_copy(update={"proven": proven}), added


def import_badges(paths: Iterable[Path | str], cs: CatalogueSet, learner: Learner,
                  today: dt.date | None = None) -> BadgeImport:
    """Read badge files, match them to the loaded catalogues and add what they prove to the learner.

    A file that cannot be read is listed (``badge.unreadable``) and the others go on.
    """
    result = BadgeImport(learner=learner)
    declared, by_uri = _declared(cs), _by_uri(cs)
    matches = []
    for path in paths:
        p = Path(path)
        try:
            badge = read_badge_file(p)
        except ImporterError as exc:
            result.unreadable.append(msg("badge.unreadable", file=p.name, error=str(exc)))
            result.report.skipped(p, "$", "text", text=str(exc))
            continue
        m = match_badge(badge, cs, today, declared, by_uri)
        (result.matched if m.outcomes else result.unmatched).append(m)
        matches.append(m)
    result.report.counts["badges"] = len(result.matched)
    result.learner, result.added = apply_matches(learner, result.matched)
    return result
