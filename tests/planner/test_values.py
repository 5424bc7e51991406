"""The model split: the small values and the prerequisite expression live beside the models, and
``planner.models`` still offers every name (every other module imports from it)."""

from __future__ import annotations

import ast
import doctest
from pathlib import Path

import planner.models
import planner.prerequisites
import planner.values


def test_doctests() -> None:
    assert doctest.testmod(planner.values).failed == 0
    assert doctest.testmod(planner.values).attempted >= 3


def test_the_models_re_export_the_values_and_the_expression() -> None:
    for module in (planner.values, planner.prerequisites):
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.ClassDef | ast.FunctionDef)}
        defined |= {t.id for n in tree.body if isinstance(n, ast.Assign | ast.AnnAssign)
                    for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}
        public = {n for n in defined if not n.startswith("_")}
        assert len(public) >= 9
        missing = {n for n in public if not hasattr(planner.models, n)}
        assert missing == set(), f"planner.models no longer offers {sorted(missing)} from {module.__name__}"
    assert planner.models.Session is planner.values.Session
    assert planner.models.Requirement is planner.prerequisites.Requirement


def test_a_pool_reads_a_module_through_the_protocol() -> None:
    module = planner.models.Module(id="m", title="M", ec=5, certifies=["o"], subject="Maths", level=3, tags=["x"])
    module = module.model_copy(update={"id": "c:m"})
    pool = planner.models.Pool(subject="maths", level=3, catalogue="c")
    assert pool.matches(module)
    assert not planner.models.Pool(tag="y").matches(module)
    assert planner.models.Credits(credits=10).weight(module) == 5
