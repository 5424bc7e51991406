"""Before the window reads a file that was dropped, chosen or remembered: is it a regular file of a
size Leerroute reads?

Measured with ``stat()`` alone, so a 120 MB file, a folder, a FIFO (which would wait for a writer
forever) or a device (which never ends) is refused at once, without reading a byte of it, and the
message names the file and its size.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner import reader
from ui.host import WindowHost
from ui.palette import fmt_number

# The largest file the window opens (catalogues, learners, plans and badges alike).
MAX_BYTES = reader.MAX_FILE_BYTES



def _megabytes(size: int) -> str:
    return QCoreApplication.translate("fileguard", "{n} MB").format(n=fmt_number(size / 2**20, 1))


def refusal(path: Path | str, folders: bool = False) -> str | None:
    """Why ``path`` is not opened, or None when it may be read (a missing file is left to the reader,
    which says so in its own words); with ``folders``, a folder may be read too."""
    p = Path(path)
    if folders and p.is_dir():
        return None
    why = reader.refusal(p, max_bytes=MAX_BYTES)
    if why is None:
        return None
    if why.code == "not-regular":
        return QCoreApplication.translate(
            "fileguard", "{file} is not a file (a folder, pipe or device); it was not read.").format(file=p.name)
    return QCoreApplication.translate(
        "fileguard", "{file} is {size}, more than the {limit} Leerroute opens; it was not read.").format(
        file=p.name, size=_megabytes(why.size), limit=_megabytes(MAX_BYTES))


def readable(path: Path | str) -> bool:
    """A regular file of at most :data:`MAX_BYTES` (or a missing one)."""
    return refusal(path) is None


def usable(host: WindowHost, paths: Iterable[Path | str], folders: bool = False) -> list[Path]:
    """The paths that may be read (with ``folders``, folders too); the others are named in one message."""
    ok, refused = [], []
    for p in map(Path, paths):
        reason = refusal(p, folders)
        if reason is None:
            ok.append(p)
        else:
            refused.append(reason)
    if refused:
        title = QCoreApplication.translate("fileguard", "File not opened") if len(refused) == 1 else \
            QCoreApplication.translate("fileguard", "Files not opened")
        host.show_message(title, "\n".join(refused))
    return ok
