"""What the checker reports: a diagnostic per problem, a summary per file, the whole report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from planner.catalog import CatalogueSet
from planner.models import Catalogue

Severity = Literal["error", "warning"]

#: Diagnostic codes that mean a file could not be read at all (``leerroute check`` exits with 2).
UNREADABLE_CODES = frozenset({"unreadable", "too-large", "encoding"})


@dataclass
class Diagnostic:
    """One problem found in a file: where it is, what is wrong, what to do.

    ``code`` is stable (tests and translations key on it); ``message`` and ``hint`` are English
    prose; ``params`` holds the values a translation needs.
    """

    severity: Severity
    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    hint: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        """Whether this is an error (as opposed to a warning)."""
        return self.severity == "error"

    def render(self) -> str:
        """One line: ``file:line:col: error: <path>: <message> — <hint>``.

        >>> Diagnostic("error", "a.yaml", 3, 5, "modules[0].ec", "expected a number", "write 5",
        ...            "type").render()
        'a.yaml:3:5: error: modules[0].ec: expected a number — write 5'
        """
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.severity}: "
        if self.path:
            text += f"{self.path}: "
        text += self.message
        if self.hint:
            text += f" — {self.hint}"
        return text

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, then position."""
        return (self.file, self.line or 0, self.column or 0, self.path)


@dataclass
class FileSummary:
    """What one checked file holds (for the summary line of ``leerroute check``)."""

    file: str
    title: str | None = None
    catalogue_id: str | None = None
    outcomes: int = 0
    modules: int = 0
    offerings: int = 0
    goals: int = 0
    #: False when the file could not be read or parsed, or holds no catalogue mapping.
    readable: bool = True


@dataclass
class Report:
    """Everything ``check_files`` found, and the catalogues when they are usable."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    catalogues: list[Catalogue] = field(default_factory=list)
    catalogue_set: CatalogueSet | None = None
    files: list[FileSummary] = field(default_factory=list)
    #: False when some file was read without positions (a fast read of JSON): read again to locate.
    positioned: bool = True

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics that are errors."""
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        """The diagnostics that are warnings."""
        return [d for d in self.diagnostics if not d.is_error]

    @property
    def unreadable(self) -> bool:
        """Whether some file could not be read at all."""
        return any(d.code in UNREADABLE_CODES for d in self.diagnostics)

    def summary(self) -> str:
        """The errors, rendered one per line (the first :data:`SHOWN`, then how many more)."""
        return render_list(self.errors)


#: How many problems a message lists before it says how many more there are.
SHOWN = 20


def render_list(diagnostics: Sequence[Diagnostic], limit: int = SHOWN) -> str:
    """Diagnostics one per line, at most ``limit`` of them and a count of the rest.

    >>> d = Diagnostic("error", "a.yaml", 1, 1, "", "m", "", "c")
    >>> render_list([d] * 22).splitlines()[-1]
    '… and 2 more problems'
    """
    lines = [d.render() for d in diagnostics[:limit]]
    rest = len(diagnostics) - limit
    if rest > 0:
        lines.append(f"… and {rest} more problem{'s' if rest > 1 else ''}")
    return "\n".join(lines)
