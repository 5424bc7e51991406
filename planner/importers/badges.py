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

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.catalog import CatalogueSet
from planner.importers.badgecheck import Recipient, ob2_recipient, ob3_recipient, recipient_check, status_list
from planner.importers.badgefiles import (
    BADGE_SUFFIXES,
    MAX_BADGE_BYTES,
    BadgeFileError,
    badge_json,
    looks_like_badge,
)
from planner.importers.report import ImporterError, ImportReport, iso_date
from planner.messages import msg
from planner.models import Evidence, Learner, ProvenOutcome
from planner.plan import Message

__all__ = ["BADGE_SUFFIXES", "MAX_BADGE_BYTES", "BadgeFileError", "looks_like_badge", "read_badge_file"]

OB2 = "Open Badges 2.0"
OB3 = "Open Badges 3.0"


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
    credits_available: float | None = None  # OB 3.0 creditsAvailable: credit hours, not EC
    status_list: str | None = None  # OB 3.0 credentialStatus: where revocation is published
    recipient: Recipient | None = None

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
    notes: list[Message] = field(default_factory=list)  # what could not be checked, and the credits' units


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
        out += [n for m in self.matched for n in m.notes]
        out += [m.reason for m in self.unmatched if m.reason is not None]
        return out + self.unreadable


# --------------------------------------------------------------------------- reading


def read_badge_file(path: Path | str) -> Badge:
    """Read one badge from a JSON, PNG or SVG file; raise :class:`ImporterError` saying what is wrong."""
    data, name, kind = badge_json(path)
    return parse_badge(data, name, kind)


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
    if "@context" not in data and ("uid" in data or "verify" in data or isinstance(data.get("recipient"), str)):
        raise BadgeFileError(f"{file}: an Open Badges 1.x badge, which Leerroute does not read; ask the issuer or your "
                             "backpack for an Open Badges 2.0 or 3.0 export", "badge.ob1")
    if "Assertion" in types or "badge" in data or data.get("revoked") is True:
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
        recipient=ob2_recipient(data),
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
    badge = Badge(
        file=file, format=f"{OB3} ({kind})",
        name=_text(ach_obj.get("name")) or _text(data.get("name")) or _id_of(ach) or "(unnamed badge)",
        badge_id=_id_of(data),
        badge_class=_id_of(ach),
        issuer=_issuer(data.get("issuer")),
        issued_on=_date(data.get("validFrom") or data.get("issuanceDate") or data.get("awardedDate")),
        expires=_date(data.get("validUntil") or data.get("expirationDate")),
        alignments=_alignments(ach_obj.get("alignment")),
        credits_available=_number(ach_obj.get("creditsAvailable")),
        status_list=status_list(data),
        recipient=ob3_recipient(subject),
    )
    _extensions(badge, ach_obj, subject, data)
    _educredential(badge, ach_obj)
    return badge


def _educredential(badge: Badge, ach: Mapping[str, Any]) -> None:
    """SURF edubadges' Open Badges 3.0 fields on the achievement: ECTS, SBU (study hours), assessment
    type, and the EQF level as an alignment of type ``ext:EQF``."""
    badge.ects = _number(ach.get("ECTS")) if badge.ects is None else badge.ects
    sbu = _number(ach.get("SBU"))
    badge.study_load_hours = sbu if badge.study_load_hours is None else badge.study_load_hours
    badge.assessment_type = badge.assessment_type or _text(ach.get("assessmentType"))
    alignments = ach.get("alignment")
    for a in alignments if isinstance(alignments, list) else []:
        if isinstance(a, Mapping) and str(a.get("targetType", "")).lower() == "ext:eqf":
            level = _number(a.get("targetCode"))
            if level is not None and 1 <= level <= 8 and badge.eqf is None:
                badge.eqf = int(level)


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
                declared: dict[str, list[str]] | None = None, by_uri: dict[str, str] | None = None,
                emails: Iterable[str] = ()) -> BadgeMatch:
    """The outcomes a badge proves in the loaded catalogues, or the reason it proves none.

    With the learner's e-mail addresses the recipient is compared and a badge issued to someone
    else is refused; what could not be checked (the recipient, revocation) is in ``notes``.
    """
    today = today or dt.date.today()
    who = {"badge": badge.name, "file": badge.file}
    if badge.revoked:
        return BadgeMatch(badge, reason=msg("badge.revoked", **who))
    if badge.expires is not None and badge.expires < today:
        return BadgeMatch(badge, reason=msg("badge.expired", expires=badge.expires.isoformat(), **who))
    refused, recipient_note = recipient_check(badge.recipient, emails, who)
    if refused:
        return BadgeMatch(badge, reason=recipient_note)
    m = _match(badge, cs, declared, by_uri, who)
    m.notes += [recipient_note] if recipient_note else []
    if badge.status_list:
        m.notes.append(msg("badge.status_unchecked", url=badge.status_list, **who))
    if badge.credits_available is not None:
        m.notes.append(msg("badge.credit_hours", credits=f"{badge.credits_available:g}", **who))
    return m


def _match(badge: Badge, cs: CatalogueSet, declared: dict[str, list[str]] | None, by_uri: dict[str, str] | None,
           who: dict[str, str]) -> BadgeMatch:
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
    if badge.study_load_hours:
        extra.append(f"{badge.study_load_hours:g} study hours")
    if badge.credits_available is not None:
        extra.append(f"{badge.credits_available:g} credit hours (creditsAvailable, not EC)")
    if badge.eqf:
        extra.append(f"EQF {badge.eqf}")
    if badge.prior_learning:
        extra.append("recognition of prior learning")
    elif badge.assessment_type:
        extra.append(f"assessment: {badge.assessment_type}")
    if badge.status_list:
        extra.append("revocation not checked")
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
        except BadgeFileError as exc:
            result.unreadable.append(msg(exc.code, file=p.name, **exc.params) if exc.code else
                                     msg("badge.unreadable", file=p.name, error=str(exc)))
            result.report.skipped(p, "$", "text", text=str(exc))
            continue
        except ImporterError as exc:
            result.unreadable.append(msg("badge.unreadable", file=p.name, error=str(exc)))
            result.report.skipped(p, "$", "text", text=str(exc))
            continue
        m = match_badge(badge, cs, today, declared, by_uri, learner.emails)
        (result.matched if m.outcomes else result.unmatched).append(m)
        matches.append(m)
    result.report.counts["badges"] = len(result.matched)
    result.learner, result.added = apply_matches(learner, result.matched)
    return result
