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


class FileTooLargeError(CatalogueError):
    """A file is larger than the planner accepts."""


class UnknownReferenceError(LeerrouteError):
    """An id does not name anything in the loaded catalogues."""


class SolverError(LeerrouteError):
    """The solver could not run on the given input (not: the input has no route)."""


class ExportError(LeerrouteError):
    """A file the user asked for by path (a plan as JSON, a PDF, a calendar, a CSV) cannot be written.

    ``path`` is the target; ``reason`` is one of ``"no_folder"``, ``"is_folder"``,
    ``"permission"`` or ``"other"``, so a window can say it in its own language.
    """

    def __init__(self, message: str, path: str, reason: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
