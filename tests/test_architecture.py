"""The house rules, checked on the source: data flows one way, the domain knows no Qt, and the
independent validator knows nothing of the solver.

Imports are read with ``ast`` from every file, including imports inside functions (an import hidden
in a function to dodge a circle is still a circle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("planner", "ui")


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (absolute and relative imports)."""
    name = module_name(path) if path.is_relative_to(ROOT) else path.stem
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            out.add(base)
            out |= {f"{base}.{a.name}" for a in node.names}  # "from planner.check import fields"
    return out


def import_graph() -> nx.DiGraph:
    files = {module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}
    g = nx.DiGraph()
    g.add_nodes_from(files)
    for name, path in files.items():
        for target in imports_of(path):
            while target and target not in files:
                target = target.rpartition(".")[0]
            if target and target != name:
                g.add_edge(name, target)
    return g


def test_the_graph_sees_imports_inside_functions(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text("def f():\n    from planner.solver.core import Solver\n    import planner.graph\n")
    assert {"planner.solver.core.Solver", "planner.graph"} <= imports_of(src)


def test_no_import_cycles() -> None:
    cycles = sorted(" → ".join([*c, c[0]]) for c in nx.simple_cycles(import_graph()))
    assert cycles == [], "data must flow one way; break these circles:\n" + "\n".join(cycles)


def test_the_domain_never_imports_qt() -> None:
    bad = {
        module_name(p): sorted(i for i in imports_of(p) if i.split(".")[0] in {"PySide6", "shiboken6", "PyQt6", "PyQt5"})
        for p in (ROOT / "planner").rglob("*.py")
    }
    assert {m: i for m, i in bad.items() if i} == {}


def test_the_validator_is_independent_of_the_solver() -> None:
    g = import_graph()
    reached = nx.descendants(g, "planner.validate")
    assert not {m for m in reached if m.startswith("planner.solver")}, sorted(reached)


def test_one_planning_pipeline() -> None:
    """Planning one learner end to end (build, solve, validate, explain) lives in planner/pipeline.py:
    the command line, the window and the insight batch call it instead of the solver or validator."""
    faces = {module_name(p): p for p in [ROOT / "planner" / "cli.py", *(ROOT / "ui").rglob("*.py"),
                                         *(ROOT / "planner" / "insight").rglob("*.py")]}
    bad = {name: sorted(i for i in imports_of(path) if i in {"planner.explain.route_solver", "planner.validate",
                                                             "planner.validate.validate_plan", "planner.solver.core.Solver"})
           for name, path in faces.items()}
    assert {m: i for m, i in bad.items() if i} == {}
    assert "planner.pipeline" in imports_of(ROOT / "planner" / "cli.py") | {
        i.rpartition(".")[0] for i in imports_of(ROOT / "planner" / "cli.py")}
    assert any(i.startswith("planner.pipeline") for i in imports_of(ROOT / "ui" / "worker.py"))
    assert any(i.startswith("planner.pipeline") for i in imports_of(ROOT / "planner" / "insight" / "batch.py"))


def test_the_network_sits_at_the_edge() -> None:
    """Only the OOAPI fetcher talks to the network; the mapping is a pure function of the data given."""
    net = {"httpx", "urllib.request", "http.client", "socket", "requests"}
    users = {module_name(p) for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")
             if any(i in net or i.split(".")[0] in net for i in imports_of(p))}
    assert users <= {"planner.importers.ooapi.fetch"}, sorted(users)
    g = import_graph()
    mapping = [m for m in g if m.startswith("planner.importers.ooapi.") and m != "planner.importers.ooapi.fetch"]
    assert not any("planner.importers.ooapi.fetch" in nx.descendants(g, m) for m in mapping)
