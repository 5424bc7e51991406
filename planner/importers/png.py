"""PNG text chunks: read the ``iTXt`` chunk a badge is baked into, and bake one.

Badge images come from strangers, so the reader trusts nothing: it checks the signature, every
chunk's length against what is left of the file and each chunk's CRC, caps the file size and the
inflated size of a compressed text, and stops at ``IEND``. Only the standard library is used.
"""

from __future__ import annotations

import struct
import zlib

from planner.importers.report import ImporterError

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: The largest badge image read, in bytes.
MAX_PNG_BYTES = 16 * 1024 * 1024
#: The largest text a (compressed) iTXt chunk may inflate to.
MAX_TEXT_BYTES = 2 * 1024 * 1024


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, data) of every chunk up to IEND, each checked for length and CRC."""
    if len(data) > MAX_PNG_BYTES:
        raise ImporterError(f"the image is {len(data) / 1e6:.1f} MB, more than a badge image may be")
    if not data.startswith(SIGNATURE):
        raise ImporterError("not a PNG image (the file does not start with the PNG signature)")
    pos, out = len(SIGNATURE), []
    while True:
        if pos + 8 > len(data):
            raise ImporterError(f"the PNG image is cut off at byte {pos} (no IEND chunk)")
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 8 + length
        if length > len(data) or end + 4 > len(data):
            raise ImporterError(f"a PNG chunk at byte {pos} claims {length} bytes, more than the file holds")
        body = data[pos + 8:end]
        (crc,) = struct.unpack(">I", data[end:end + 4])
        if zlib.crc32(ctype + body) != crc:
            raise ImporterError(f"the PNG chunk {ctype!r} at byte {pos} is damaged (its CRC does not match)")
        out.append((ctype, body))
        if ctype == b"IEND":
            return out
        pos = end + 4


def _inflate(raw: bytes) -> bytes:
    d = zlib.decompressobj()
    try:
        text = d.decompress(raw, MAX_TEXT_BYTES)
    except zlib.error as exc:
        raise ImporterError(f"a compressed PNG text cannot be read ({exc})") from None
    if d.unconsumed_tail:
        raise ImporterError(f"a compressed PNG text inflates to more than {MAX_TEXT_BYTES // 1024 // 1024} MB")
    return text


def read_itxt(data: bytes, keyword: str) -> str | None:
    """The text of the first ``iTXt`` chunk with ``keyword`` (``openbadges``), or None.

    Raises :class:`ImporterError` when the bytes are not a sound PNG image.
    """
    want = keyword.encode("latin-1")
    for ctype, body in _chunks(data):
        if ctype != b"iTXt":
            continue
        key, sep, rest = body.partition(b"\0")
        if not sep or key != want:
            continue
        if len(rest) < 2:
            raise ImporterError(f"the iTXt chunk '{keyword}' is cut off")
        compressed, method, rest = rest[0], rest[1], rest[2:]
        _lang, _, rest = rest.partition(b"\0")
        _translated, _, text = rest.partition(b"\0")
        if compressed:
            if method != 0:
                raise ImporterError(f"the iTXt chunk '{keyword}' uses an unknown compression method {method}")
            text = _inflate(text)
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError:
            raise ImporterError(f"the iTXt chunk '{keyword}' is not UTF-8 text") from None
    return None


def read_text_chunk(data: bytes, keyword: str) -> str | None:
    """The text of the first legacy ``tEXt`` chunk with ``keyword`` (Latin-1, as PNG defines it), or None."""
    want = keyword.encode("latin-1")
    for ctype, body in _chunks(data):
        if ctype == b"tEXt":
            key, _, text = body.partition(b"\0")
            if key == want:
                return text.decode("latin-1")
    return None


def _chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def bake_itxt(png: bytes, keyword: str, text: str) -> bytes:
    """A copy of a PNG image with an uncompressed ``iTXt`` chunk ``keyword`` = ``text`` before IEND.

    An existing chunk with the same keyword is replaced (a badge holds one assertion).
    """
    want = keyword.encode("latin-1")
    out = [SIGNATURE]
    for ctype, body in _chunks(png):
        if ctype == b"iTXt" and body.partition(b"\0")[0] == want:
            continue
        if ctype == b"IEND":
            out.append(_chunk(b"iTXt", want + b"\0\0\0\0\0" + text.encode("utf-8")))
        out.append(_chunk(ctype, body))
    return b"".join(out)


def solid_png(width: int, height: int, rgb: tuple[int, int, int], ring: tuple[int, int, int] | None = None) -> bytes:
    """A small RGB PNG image: a filled square, with a round badge of colour ``ring`` when given."""
    rows = []
    cx, cy, r = (width - 1) / 2, (height - 1) / 2, min(width, height) * 0.42
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            inside = ring is not None and (x - cx) ** 2 + (y - cy) ** 2 <= r * r
            row += bytes(ring if inside and ring else rgb)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b"")
