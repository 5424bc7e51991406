"""``python -m leerroute …``: the same command line as ``leerroute …``."""

from planner.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
