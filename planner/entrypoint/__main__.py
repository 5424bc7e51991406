"""``python -m leerroute …``: the same command line as ``leerroute …``."""

from planner.cli import main

raise SystemExit(main())
