"""Small OOAPI values: language-typed strings (by language tag, HTML made plain), codes, ids,
durations, modes of delivery, languages and addresses — v5 and v6 spellings side by side."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any

from planner.importers.ooapi.read import Item
from planner.importers.report import ImportReport, NoteKind
from planner.models import Mode, Text

MAX_TEXT = 2000

MODES = {
    # v6 (modeOfDelivery enumeration)
    "presential": Mode.CAMPUS, "online": Mode.ONLINE, "hybrid": Mode.HYBRID, "blended": Mode.HYBRID,
    "work_based": Mode.WORKPLACE, "research_lab_based": Mode.CAMPUS, "project_based": Mode.CAMPUS,
    "coil": Mode.ONLINE, "joint_delivery": Mode.CAMPUS,
    # v5
    "distance-learning": Mode.ONLINE, "on campus": Mode.CAMPUS, "situated": Mode.WORKPLACE,
}
#: modes that are a guess rather than a one-to-one mapping
GUESSED_MODES = {"research_lab_based", "project_based", "situated", "coil", "joint_delivery"}

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section"}


class _Plain(HTMLParser):
    """HTML to plain text: the text of the elements, a line break at each block, no markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*|!--)[^<>]*>")


def plain(text: str) -> tuple[str, bool]:
    """The text without HTML markup (entities decoded, blocks on their own lines); whether it had any."""
    if "<" not in text or not _TAG.search(text):
        return text.strip(), False
    parser = _Plain()
    parser.feed(text)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in "".join(parser.parts).split("\n"))
    return "\n".join(ln for ln in lines if ln), True


def lang(code: Any) -> str | None:
    """'nl' or 'en' for a language tag (nl-NL, nld, en-GB, eng); None for any other language."""
    if not isinstance(code, str):
        return None
    c = code.strip().lower()
    if c == "nl" or c.startswith(("nl-", "nl_", "nld", "dut")):
        return "nl"
    if c == "en" or c.startswith(("en-", "en_", "eng")):
        return "en"
    return None


def text(it: Item, rel: str, report: ImportReport, what: str, default_lang: str | None = None) -> Text | None:
    """A bilingual text from a list of language-typed strings (or a plain string) at ``rel``.

    A plain string is put under the item's teaching language (or Dutch, said in the report);
    another language than Dutch or English is named; HTML is made plain text.
    """
    value = it.get(rel) if "." not in rel and "[" not in rel else None
    return text_of(value, it, rel, report, what, default_lang)


def text_of(value: Any, it: Item, rel: str, report: ImportReport, what: str,
            default_lang: str | None = None) -> Text | None:
    """Like :func:`text` for a value already taken out of the item."""
    if isinstance(value, str):
        if not value.strip():
            return None
        s, had_html = plain(value)
        language = default_lang or "nl"
        code = "text.no_language" if default_lang is None else "text.no_language_taught"
        it.note(report, NoteKind.GUESSED, rel, code, what=what, language=language)
        if had_html:
            report.guessed(it.file, it.at(rel), "text.html", what=what)
        return Text(**{language: _cut(s, it, rel, report, what)}) if s else None
    if not isinstance(value, list):
        return None
    out: dict[str, str] = {}
    for i, entry in enumerate(value):
        where = f"{rel}[{i}]"
        if not isinstance(entry, Mapping) or not isinstance(entry.get("value"), str) or not entry["value"].strip():
            continue
        tag = lang(entry.get("language"))
        if tag is None:
            it.note(report, NoteKind.DROPPED, where, "text.language", what=what, language=str(entry.get("language")))
            continue
        if tag in out:
            it.note(report, NoteKind.DROPPED, where, "text.second", what=what, language=str(entry.get("language")))
            continue
        s, had_html = plain(entry["value"])
        if had_html:
            report.guessed(it.file, it.at(f"{where}.value"), "text.html", what=what)
        if s:
            out[tag] = _cut(s, it, f"{where}.value", report, what)
            it.use(where)
    return Text(**out) if out else None


def _cut(s: str, it: Item, rel: str, report: ImportReport, what: str) -> str:
    if len(s) > MAX_TEXT:
        report.guessed(it.file, it.at(rel), "text.cut", what=what, limit=MAX_TEXT)
        return s[:MAX_TEXT]
    return s


def weeks_of_duration(value: Any) -> int | None:
    """Weeks in an ISO 8601 duration such as P10W, P3M or P1Y (a month is 4⅓ weeks)."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?", value.strip())
    if not m or not any(m.groups()):
        return None
    y, mo, w, d = (int(g) if g else 0 for g in m.groups())
    weeks = y * 52 + mo * 52 / 12 + w + d / 7
    return max(1, math.ceil(weeks)) if weeks > 0 else None


def as_list(value: Any) -> list[Any]:
    """A list value, or an empty list for anything else (a stranger's file may give a number)."""
    return value if isinstance(value, list) else []


def ref_id(value: Any, *keys: str) -> str | None:
    """An id given as a string, or the id field of an expanded object."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for k in keys:
            if isinstance(value.get(k), str):
                return str(value[k])
    return None


def code_of(obj: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The human-readable code (primaryCode, else abbreviation) and the field it came from."""
    pc = obj.get("primaryCode")
    if isinstance(pc, Mapping) and isinstance(pc.get("code"), str) and pc["code"].strip():
        return str(pc["code"]), "primaryCode"
    if isinstance(obj.get("abbreviation"), str) and obj["abbreviation"].strip():
        return str(obj["abbreviation"]), "abbreviation"
    return None, None


def strings(it: Item, *keys: str) -> tuple[list[str], str | None]:
    """The strings of the first of ``keys`` that holds any (a list or one string), with that key."""
    for key in keys:
        v = it.get(key)
        values = v if isinstance(v, list) else [v] if isinstance(v, str) else []
        found = [str(x) for x in values if isinstance(x, str) and x.strip()]
        if found:
            return found, key
    return [], None


def city(it: Item) -> tuple[str | None, str | None]:
    """The city of the item's teaching address (else its first address with a city), with its path."""
    cities = []
    for i, a in enumerate(as_list(it.get("addresses"))):
        if isinstance(a, Mapping) and isinstance(a.get("city"), str) and a["city"].strip():
            cities.append((a.get("addressType") != "teaching", i, str(a["city"]).strip()))
    if not cities:
        return None, None
    _, i, name = min(cities)
    return name, f"addresses[{i}]"


def name_of(value: Any) -> str | None:
    """The name of an expanded organisation (a string or the first language-typed string)."""
    if isinstance(value, Mapping):
        name = value.get("name")
        if isinstance(name, str):
            return name
        if isinstance(name, list):
            for entry in name:
                if isinstance(entry, Mapping) and isinstance(entry.get("value"), str):
                    return str(entry["value"])
    return None


def number(value: Any) -> float | None:
    """A number given as a JSON number or as OOAPI's decimal string ('340.84'); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", value):
        return float(value.strip().replace(",", "."))
    return None


def slug(s: str) -> str:
    """An id-safe form of a code."""
    out = re.sub(r"[^a-z0-9._-]+", "-", s.strip().lower()).strip("-._")
    return out[:60].rstrip("-._") or "x"
