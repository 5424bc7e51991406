"""Argument types the command line and the window's command line share (nothing heavy imported)."""

from __future__ import annotations

import argparse
import math


def positive_seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds (``-1``, ``0``, ``nan`` and ``inf`` are refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds; give e.g. 10") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a positive number of seconds; give e.g. 10")
    return value
