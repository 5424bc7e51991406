"""What can be said about a badge without the network: who it was issued to (the recipient
identity compared, hashed with its salt, with the learner's e-mail addresses), whether its
revocation can be checked (a ``credentialStatus`` status list is named, not fetched), and its
credits with their unit (edubadges' ECTS and SBU, Open Badges 3.0 ``creditsAvailable`` in credit
hours)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from planner.messages import msg
from planner.plan import Message

_EMAIL_TYPES = {"email", "emailaddress"}


@dataclass(frozen=True)
class Recipient:
    """A badge's recipient: the kind of identity, the identity (or its hash) and the salt."""

    kind: str
    identity: str
    hashed: bool = False
    salt: str = ""

    @property
    def is_email(self) -> bool:
        """Whether the identity is an e-mail address (so the learner's addresses can be compared)."""
        return self.kind.lower().replace("_", "") in _EMAIL_TYPES

    def shown(self) -> str:
        """The identity as evidence: a hash shortened, an address as it is."""
        if self.hashed:
            algo, _, digest = self.identity.partition("$")
            return f"{self.kind} {algo}${digest[:12]}…" if digest else f"{self.kind} {self.identity[:16]}…"
        return f"{self.kind} {self.identity}"


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def ob2_recipient(data: Mapping[str, Any]) -> Recipient | None:
    """The recipient of an Open Badges 2.0 assertion (``recipient``: type, identity, hashed, salt)."""
    r = data.get("recipient")
    if not isinstance(r, Mapping) or not _text(r.get("identity")):
        return None
    return Recipient(_text(r.get("type")) or "email", _text(r.get("identity")), r.get("hashed") is True,
                     _text(r.get("salt")))


def ob3_recipient(subject: Mapping[str, Any]) -> Recipient | None:
    """The recipient of an Open Badges 3.0 credential (``credentialSubject.identifier`` IdentityObjects)."""
    ids = subject.get("identifier")
    for entry in ids if isinstance(ids, list) else [ids]:
        if isinstance(entry, Mapping) and _text(entry.get("identityHash")):
            return Recipient(_text(entry.get("identityType")) or "emailAddress", _text(entry.get("identityHash")),
                             entry.get("hashed") is True, _text(entry.get("salt")))
    if _text(subject.get("email")):
        return Recipient("email", _text(subject.get("email")))
    return None


def _hash(algorithm: str, text: str) -> str | None:
    if algorithm.lower() in ("sha256", "md5"):
        return hashlib.new(algorithm.lower(), text.encode("utf-8")).hexdigest()
    return None


def matches(recipient: Recipient, email: str) -> bool | None:
    """Whether an e-mail address is the recipient (hashed with the salt when the badge hashes it);
    None when the badge's hash algorithm is not known."""
    address = email.strip().lower()
    if not recipient.hashed:
        return recipient.identity.strip().lower() == address
    algorithm, _, digest = recipient.identity.partition("$")
    if not digest:
        return None
    ours = _hash(algorithm, address + recipient.salt)
    if ours is None:
        return None
    return hmac.compare_digest(ours, digest.strip().lower())


def recipient_check(recipient: Recipient | None, emails: Iterable[str], who: dict[str, str]) -> tuple[bool, Message | None]:
    """(refused, message): a mismatch refuses the badge; a badge that cannot be compared says so."""
    emails = [e for e in emails if e.strip()]
    if recipient is None:
        return False, msg("badge.recipient_none", **who)
    if not recipient.is_email:
        return False, msg("badge.recipient_unchecked", recipient=recipient.shown(), **who)
    if not emails:
        return False, msg("badge.recipient_no_email", recipient=recipient.shown(), **who)
    results = [matches(recipient, e) for e in emails]
    if any(results):
        return False, None
    if all(r is None for r in results):
        return False, msg("badge.recipient_unchecked", recipient=recipient.shown(), **who)
    return True, msg("badge.recipient_mismatch", recipient=recipient.shown(), **who)


def status_list(data: Mapping[str, Any]) -> str | None:
    """Where an Open Badges 3.0 credential's revocation status is published (``credentialStatus``)."""
    status = data.get("credentialStatus")
    for s in status if isinstance(status, list) else [status]:
        if isinstance(s, Mapping):
            for key in ("statusListCredential", "id"):
                if _text(s.get(key)):
                    return _text(s.get(key))[:500]
    return None
