"""Which characters of a study plan the PDF can draw, and with which font.

The bundled DejaVu Sans Condensed draws Latin (with Vietnamese), Greek, Cyrillic, Arabic and Hebrew
(shaped right to left by fpdf2's text shaping, through uharfbuzz) and many symbols. For a character
it lacks — CJK names, say — a font on this computer that has it is looked up through fontconfig
(``fc-match``) and used as a fallback. A character no font can draw stops the export with its name,
so no name is ever left blank above a signature line.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont, TTLibError
from fpdf import FPDF

#: At most this many different characters are looked up in the system's fonts.
MAX_LOOKUPS = 200
#: Fallback fonts the PDF embeds at most.
MAX_FALLBACKS = 4


class UnprintableError(Exception):
    """Characters no available font can draw; ``chars`` lists them."""

    def __init__(self, chars: list[str]) -> None:
        super().__init__(describe(chars))
        self.chars = chars


def describe(chars: Iterable[str]) -> str:
    """Characters as a person can read and look them up: '王 (U+738B), 芳 (U+82B3)'."""
    return ", ".join(f"{c} (U+{ord(c):04X})" for c in chars)


@lru_cache(maxsize=32)
def coverage(path: str) -> frozenset[int]:
    """The code points a font file has glyphs for."""
    try:
        font = TTFont(path, fontNumber=0, lazy=True)
        return frozenset(font.getBestCmap() or {})
    except (OSError, TTLibError, KeyError, ValueError, AssertionError):
        return frozenset()


def _drawn(ch: str) -> bool:
    """Whether a character needs a glyph (spaces, controls and joiners do not)."""
    return not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Mn", "Zl", "Zp"))


def texts(value: Any) -> Iterator[str]:
    """Every string inside a study plan (dataclasses, lists, dicts, models), to know what will be drawn."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from texts(getattr(value, f.name))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from texts(k)
            yield from texts(v)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from texts(v)
    elif hasattr(value, "model_dump"):
        yield from texts(value.model_dump())


def missing(chars: Iterable[str], font: Path) -> list[str]:
    """The characters (sorted, once each) that ``font`` has no glyph for."""
    have = coverage(str(font))
    return sorted({c for c in chars if _drawn(c) and ord(c) not in have})


def system_font(ch: str) -> Path | None:
    """A font file on this computer that has ``ch``, through fontconfig; None without fontconfig or font."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        out = subprocess.run([fc_match, "--format=%{file}", f":charset={ord(ch):x}"], capture_output=True,
                             text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out) if out else None
    if path is None or path.suffix.lower() not in (".ttf", ".otf") or ord(ch) not in coverage(str(path)):
        return None  # fontconfig names its best font even when it lacks the character; fpdf2 reads TTF/OTF
    return path


def fallbacks(chars: Iterable[str], font: Path) -> list[Path]:
    """System fonts that draw what ``font`` cannot; raise :class:`UnprintableError` naming what none can."""
    lacking = missing(chars, font)
    found: list[Path] = []
    unprintable: list[str] = []
    for ch in lacking[:MAX_LOOKUPS]:
        if any(ord(ch) in coverage(str(f)) for f in found):
            continue
        path = system_font(ch)
        if path is not None and len(found) < MAX_FALLBACKS:
            found.append(path)
        else:
            unprintable.append(ch)
    unprintable += lacking[MAX_LOOKUPS:]
    if unprintable:
        raise UnprintableError(unprintable)
    return found


def install_fonts(pdf: FPDF, family: str, files: dict[str, Path], content: Any) -> None:
    """Give ``pdf`` the bundled font ``family`` (style → file), text shaping (Arabic and Hebrew joined and
    right to left, through uharfbuzz) and, as fallbacks, system fonts for what ``content`` holds that the
    bundled font lacks; raise :class:`UnprintableError` when no font has some of it."""
    for style, path in files.items():
        pdf.add_font(family, style, str(path))
    pdf.set_text_shaping(True)
    names = []
    for n, extra in enumerate(fallbacks(set("".join(texts(content))), files[""])):
        for style in files:
            pdf.add_font(f"fallback{n}", style, str(extra))
        names.append(f"fallback{n}")
    if names:
        pdf.set_fallback_fonts(names, exact_match=False)
