"""Benchmarks of the route solver: ``python -m bench`` (``make bench``); see :mod:`bench.runner`."""
