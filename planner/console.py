"""The ``leerroute`` console script and the argument types both faces share, importing nothing heavy.

:func:`entry` is the lightest possible start, so that Ctrl-C while Python is still loading the
planner exits 3 with one line instead of a traceback; then :func:`planner.cli.entry` sets up the
log file and runs the command.
"""

from __future__ import annotations

import argparse
import math
import sys


def entry() -> None:
    """Run ``leerroute`` as a console script."""
    try:
        from planner.cli import entry as run
    except KeyboardInterrupt:
        print("leerroute: stopped (Ctrl-C) while starting; nothing was done", file=sys.stderr)
        sys.exit(3)
    run()


def positive_seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds (``-1``, ``0``, ``nan`` and ``inf`` are refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds; give e.g. 10") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a positive number of seconds; give e.g. 10")
    return value
