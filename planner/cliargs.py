"""What every ``leerroute`` command says and takes alike: its exit codes (each command lists only the ones it
can give) and one way to name several catalogues (``--catalog A B``, or the option again).

>>> print(exit_codes([0, 2]))
exit codes:
  0  success
  2  bad input: a file that cannot be read or used, or wrong arguments
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from planner.filekind import file_kind

#: What each exit code means where a command does not say it in its own words.
MEANING = {
    0: "success",
    1: "the answer is no (the command's own line says what)",
    2: "bad input: a file that cannot be read or used, or wrong arguments",
    3: "stopped with Ctrl-C, or out of time, before the work was done",
    4: "internal error: a bug in Leerroute (the traceback is in the log file)",
}


def exit_codes(codes: Iterable[int], said: dict[int, str] | None = None) -> str:
    """The ``exit codes:`` block of a command's help, for ``codes`` only; ``said`` gives a code the
    command's own words."""
    said = said or {}
    return "\n".join(["exit codes:", *(f"  {c}  {said.get(c, MEANING[c])}" for c in codes)])


def add_catalog_argument(parser: argparse.ArgumentParser, required: bool = False,
                         what: str = "catalogue files (default: the demo catalogues)") -> None:
    """``--catalog FILE [FILE …]`` (also ``--catalogue``), which may be given again to add more."""
    parser.add_argument("--catalog", "--catalogue", dest="catalog", nargs="+", action="extend", required=required,
                        metavar="FILE", help=f"{what}; several after one --catalog, or --catalog again")


def split_catalogues(paths: Iterable[Any]) -> tuple[list[str], list[str]]:
    """The catalogue files among ``paths`` and the others, each told by what it holds (a ``--catalog`` list
    takes every file up to the next option, so ``--catalog A.yaml badge.json`` also takes the badge)."""
    catalogues: list[str] = []
    others: list[str] = []
    for p in paths:
        text = str(p)
        path = Path(text)
        is_catalogue = file_kind(path) == "catalogue" or not path.is_file()  # a missing one is said by the reader
        (catalogues if is_catalogue else others).append(text)
    return catalogues, others
