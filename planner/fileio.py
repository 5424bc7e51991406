"""Writing files so that nothing is lost: write to a temporary file beside it, then rename.

Files the user asked for by path (``plan --json``, the hand-over documents) go through
:func:`write_file`: a missing folder, a folder given as the target or a place without write
permission becomes an :class:`~planner.errors.ExportError` naming the path, never a traceback.

A save that is killed half-way leaves the old file as it was and, at worst, its temporary file;
the next save of the same file removes such leftovers. New files get the permissions the user's
umask gives; a replaced file keeps its mode.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
from pathlib import Path

from planner.errors import ExportError

#: The temporary files of a save of ``name``: ``.<name>.<random>.tmp``.
_TEMP = ".{name}.{rand}.tmp"


def _create_temp(p: Path) -> tuple[int, str]:
    """A new temporary file beside ``p``, created with the permissions the umask gives (the kernel
    applies it: reading the umask would mean setting it, for every thread of the process)."""
    folder = p.parent if str(p.parent) else Path(".")
    for _ in range(100):
        tmp = str(folder / f".{p.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"{folder}: no free name for a temporary file")


def leftover_temp_files(path: Path | str) -> list[Path]:
    """Temporary files that interrupted saves of ``path`` left beside it."""
    p = Path(path)
    pattern = re.compile(re.escape(f".{p.name}.") + r"[A-Za-z0-9_]{6,12}\.tmp")
    try:
        return sorted(q for q in (p.parent or Path(".")).iterdir() if pattern.fullmatch(q.name))
    except OSError:
        return []


def remove_leftovers(path: Path | str) -> int:
    """Remove what interrupted saves of ``path`` left behind; return how many files went."""
    removed = 0
    for q in leftover_temp_files(path):
        try:
            q.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: readers see the old or the new file, never half."""
    p = Path(path)
    try:
        mode: int | None = stat.S_IMODE(p.stat().st_mode)  # a replaced file keeps its mode
    except OSError:
        mode = None  # a new file: as the umask made the temporary one
    remove_leftovers(p)
    fd, tmp = _create_temp(p)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


def check_target(path: Path | str) -> None:
    """Raise :class:`ExportError` when ``path`` is a folder or its folder does not exist.

    A cheap check before long work (a solve); writing may still fail later, e.g. on permissions.
    """
    p = Path(path)
    if p.is_dir():
        raise ExportError(f"{p}: is a folder; give a file name inside it", str(p), "is_folder")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(
            f"{p}: cannot write the file: the folder {parent} does not exist; create it or choose another place",
            str(p), "no_folder",
        )


def write_file(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; raise :class:`ExportError` when it cannot be written."""
    p = Path(path)
    check_target(p)
    try:
        write_bytes_atomic(p, data)
    except PermissionError:
        raise ExportError(
            f"{p}: cannot write the file: permission denied; choose a folder you can write to",
            str(p), "permission",
        ) from None
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise ExportError(f"{p}: is a folder; give a file name inside it", str(p), "is_folder") from None
        if exc.errno in (errno.EROFS, errno.EACCES):
            raise ExportError(
                f"{p}: cannot write the file: the place is read-only; choose a folder you can write to",
                str(p), "permission",
            ) from None
        raise ExportError(f"{p}: cannot write the file ({exc.strerror or exc})", str(p), "other") from None
