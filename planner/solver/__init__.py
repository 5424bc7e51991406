"""The route solver (OR-Tools CP-SAT). See :mod:`planner.solver.core`."""

from planner.solver.core import Solver, solve

__all__ = ["Solver", "solve"]
