"""The one family of errors the planner raises.

Every problem the domain reports derives from :class:`LeerrouteError`, so a caller (the command
line, the desktop app, a test) can catch exactly the project's own errors and nothing else.
"""

from __future__ import annotations


class LeerrouteError(Exception):
    """Base class of every error the planner raises on purpose."""


class CatalogueError(LeerrouteError):
    """A catalogue or learner file cannot be used; carries every diagnostic found."""

    def __init__(self, message: str, diagnostics: list | None = None) -> None:
        super().__init__(message)
        self.diagnostics = list(diagnostics or [])


class UnreadableFileError(CatalogueError):
    """A file cannot be read at all (see :mod:`planner.reader`): not a regular file, too large, not
    UTF-8, bad syntax, a number too long, a duplicate key, ...

    ``path`` names the file (control characters escaped), ``line`` and ``column`` (1-based, or
    None) the place, ``problem`` what is wrong, ``hint`` what to do, and ``code`` is one of
    ``unreadable``, ``too-large``, ``encoding``, ``syntax``,
    ``duplicate-key``, ``too-deep``, ``number`` or ``date``; ``field`` is the field path when known
    (``modules[2].id``).
    """

    def __init__(self, path: str, problem: str, hint: str, code: str = "unreadable",
                 line: int | None = None, column: int | None = None, field: str = "") -> None:
        where = path if line is None else f"{path}:{line}" if column is None else f"{path}:{line}:{column}"
        super().__init__(f"{where}: {problem}; {hint}")
        self.path, self.problem, self.hint, self.code = path, problem, hint, code
        self.line, self.column, self.field = line, column, field


class FileTooLargeError(UnreadableFileError):
    """A file is larger than the planner accepts."""

    def __init__(self, path: str, problem: str, hint: str, code: str = "too-large",
                 line: int | None = None, column: int | None = None) -> None:
        super().__init__(path, problem, hint, code, line, column)


class UnknownReferenceError(LeerrouteError):
    """An id does not name anything in the loaded catalogues."""


class SolverError(LeerrouteError):
    """The solver could not run on the given input (not: the input has no route)."""


class ExportError(LeerrouteError):
    """A file the user asked for by path (a plan as JSON, a PDF, a calendar, a CSV) cannot be written.

    ``path`` is the target; ``reason`` is one of ``"no_folder"``, ``"is_folder"``,
    ``"permission"``, ``"glyphs"`` (no font can draw some characters; ``detail`` names them) or
    ``"other"``, so a window can say it in its own language.
    """

    def __init__(self, message: str, path: str, reason: str, detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.detail = detail
