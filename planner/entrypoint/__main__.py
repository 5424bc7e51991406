"""``python -m leerroute …``: the same command line as the ``leerroute`` console script (its log file, its
exit codes, Ctrl-C while starting)."""

from planner.console import entry

if __name__ == "__main__":
    entry()
