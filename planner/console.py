"""The ``leerroute`` console script, importing nothing heavy.

:func:`entry` is the lightest possible start, so that Ctrl-C while Python is still loading the
planner exits 3 with one line instead of a traceback; then :func:`planner.cli.entry` sets up the
log file and runs the command.
"""

from __future__ import annotations

import sys


def entry() -> None:
    """Run ``leerroute`` as a console script."""
    try:
        from planner.cli import entry as run
    except KeyboardInterrupt:
        print("leerroute: stopped (Ctrl-C) while starting; nothing was done", file=sys.stderr)
        sys.exit(3)
    run()
