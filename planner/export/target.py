"""Writing a hand-over document to the path the user chose, with a clear error when that fails.

Documents are written whole or not at all (write-then-rename); a missing folder, a folder given as
the target or a place without write permission becomes an :class:`~planner.errors.ExportError`
that names the path, never an ``OSError`` traceback.
"""

from __future__ import annotations

import errno
from pathlib import Path

from planner.errors import ExportError
from planner.fileio import write_bytes_atomic


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


def write_document(path: Path | str, data: bytes) -> None:
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
