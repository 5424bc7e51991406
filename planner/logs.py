"""Where Leerroute writes its log: a rotating file in the user's log folder.

Both faces log there (the command line and the window); unexpected errors are logged with their
full traceback, so a user can send the file along with a bug report. ``LEERROUTE_LOG_DIR`` moves
the folder (tests use it); a folder that cannot be written means no log file, never a failure.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_path

#: The loggers Leerroute writes to (one per package).
LOGGERS = ("planner", "ui")
#: Size of one log file before it rotates, and how many old ones are kept.
MAX_BYTES, BACKUPS = 1_000_000, 3


def log_dir() -> Path:
    """The folder of the log files (``LEERROUTE_LOG_DIR``, else the platform's user log folder)."""
    override = os.environ.get("LEERROUTE_LOG_DIR")
    return Path(override) if override else user_log_path("Leerroute", appauthor=False)


def log_file(name: str) -> Path:
    """The log file of one face: ``leerroute.log`` or ``leerroute-gui.log``."""
    return log_dir() / f"{name}.log"


def setup_logging(name: str, level: int = logging.INFO) -> Path | None:
    """Send the planner's and the window's log records to :func:`log_file` (once per process).

    Returns the file, or None when the folder cannot be written (then nothing is logged to disk).
    """
    path = log_file(name)
    for logger_name in LOGGERS:
        logger = logging.getLogger(logger_name)
        if any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for logger_name in LOGGERS:
        logger = logging.getLogger(logger_name)
        logger.addHandler(handler)
        logger.setLevel(level)
    return path
