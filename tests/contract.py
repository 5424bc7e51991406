"""The house rules as data, and the checker that reads every import of a source tree against them.

Imports are read with ``ast`` from every file of ``planner/``, ``ui/`` and ``bench/``, including
imports inside functions (an import hidden in a function to dodge a circle is still a circle) and
dynamic imports (``__import__("x")``, ``importlib.import_module("x")``; one whose name is not
written out cannot be checked and is itself a finding).

The rules:

- **floors** (:data:`FLOORS`): every module stands on one floor and imports only from its own
  floor or the floors below; importers and exporters stand on the edge floor, so nothing below it
  reaches them. ``docs/architecture.md`` shows :func:`floor_diagram`, generated from this list.
- **packages**: ``planner`` never imports ``ui`` or ``bench``, ``ui`` never imports ``bench``;
  ``planner`` never imports Qt.
- **the validator** never reaches the solver, not even through another module.
- **no circles**, between modules and between folders (a package such as ``planner.export``
  counted as one), each reported once as a strongly connected group, not as every cycle in it.

``tests/test_architecture.py`` runs :func:`check` on the repository and on small trees that each
break one rule.
"""

from __future__ import annotations

import ast
import fnmatch
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("planner", "ui", "bench")
QT = frozenset({"PySide6", "shiboken6", "PyQt6", "PyQt5"})
#: Folders that count as one unit when looking for circles between folders.
FOLDERS = ("planner.check", "planner.export", "planner.importers", "planner.insight", "planner.solver",
           "planner.validate")
#: (package, packages it must never import)
FORBIDDEN = (("planner", ("ui", "bench")), ("ui", ("bench",)))
VALIDATOR, SOLVER = "planner.validate", "planner.solver"


@dataclass(frozen=True)
class Floor:
    """One floor of the house: its name, what lives there, and its modules (patterns)."""

    name: str
    what: str
    modules: tuple[str, ...]


#: The floors, from the ground up. A module imports only from its own floor and the ones below.
FLOORS: tuple[Floor, ...] = (
    Floor("files", "errors, safe reading and atomic writing, positions in files, shipped data",
          ("planner", "planner.errors", "planner.fileio", "planner.yamlio", "planner.locate", "planner.logs",
           "planner.filekind", "planner.shipped", "planner.cliargs", "planner.reader")),
    Floor("models", "the file formats, plans and message codes; texts and formats without Qt",
          ("planner.values", "planner.facettypes", "planner.prerequisites", "planner.learner", "planner.models", "planner.requirements",
           "planner.plan", "planner.formatting", "planner.messages", "planner.doclabels", "planner.offeringname")),
    Floor("catalogues", "catalogues seen as one, access (with the learner's wishes on how to learn), and the edit rules",
          ("planner.catalog", "planner.diagnostics", "planner.facets", "planner.access", "planner.edits", "planner.ordering")),
    Floor("checks", "the checker and loading through it",
          ("planner.check", "planner.check.*", "planner.load")),
    Floor("graph", "the catalogue graph; the validator, which knows nothing of the solver",
          ("planner.graph", "planner.validate", "planner.validate.*")),
    Floor("solver", "the route solver", ("planner.solver", "planner.solver.*")),
    Floor("explanations", "why no route and what would give one, progress, alternatives, plan files, the "
          "hand-over document's content",
          ("planner.explain", "planner.choices", "planner.suggest", "planner.leftout", "planner.alternatives",
           "planner.progress", "planner.planfile", "planner.plansnapshot", "planner.verify", "planner.studyplan", "planner.blocked")),
    Floor("pipeline", "planning one learner end to end, and the cohort batch on it",
          ("planner.pipeline", "planner.insight", "planner.insight.*")),
    Floor("edges", "importers and exporters, and the published schemas",
          ("planner.importers", "planner.importers.*", "planner.export", "planner.export.*", "planner.schema")),
    Floor("faces", "the command line (also as python -m leerroute) and the window",
          ("planner.cli", "planner.console", "planner.entrypoint", "planner.entrypoint.*", "ui", "ui.*")),
    Floor("bench", "benchmarks", ("bench", "bench.*")),
)


# --------------------------------------------------------------------------- reading imports


def module_name(path: Path, root: Path = ROOT) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")


def _dynamic(node: ast.Call) -> bool:
    f = node.func
    return (isinstance(f, ast.Name) and f.id in {"__import__", "import_module"}) or (
        isinstance(f, ast.Attribute) and f.attr == "import_module")


def imports_of(path: Path, root: Path = ROOT) -> tuple[set[str], list[str]]:
    """Every module a file imports, anywhere in it (absolute, relative and dynamic imports), and
    the lines of dynamic imports whose module name is not written out."""
    name = module_name(path, root) if path.is_relative_to(root) else path.stem
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    unreadable: list[str] = []
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
        elif isinstance(node, ast.Call) and _dynamic(node):
            arg = node.args[0] if node.args else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                out.add(arg.value)
            else:
                unreadable.append(f"{name}:{node.lineno}")
    return out, unreadable


@dataclass
class Tree:
    """A source tree's modules and the imports between them."""

    graph: nx.DiGraph  # module -> module it imports (inside the tree)
    external: dict[str, set[str]]  # module -> top-level packages outside the tree it imports
    unreadable: list[str]  # dynamic imports whose name is not written out


def read_tree(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> Tree:
    files = {module_name(p, root): p for pkg in packages if (root / pkg).is_dir() for p in (root / pkg).rglob("*.py")}
    g = nx.DiGraph()
    g.add_nodes_from(files)
    external: dict[str, set[str]] = {}
    unreadable: list[str] = []
    for name, path in files.items():
        found, dyn = imports_of(path, root)
        unreadable += dyn
        for target in found:
            top = target.split(".")[0]
            if top not in packages:
                external.setdefault(name, set()).add(top)
                continue
            while target and target not in files:
                target = target.rpartition(".")[0]
            if target and target != name:
                g.add_edge(name, target)
    return Tree(g, external, unreadable)


# --------------------------------------------------------------------------- the rules


def floor_of(module: str) -> int | None:
    """The index of the floor a module stands on (None: on no floor)."""
    for i, floor in enumerate(FLOORS):
        if any(fnmatch.fnmatchcase(module, pattern) for pattern in floor.modules):
            return i
    return None


def folder_of(module: str) -> str:
    """The unit a module counts as among folders: its package in :data:`FOLDERS`, else itself."""
    return next((f for f in FOLDERS if module == f or module.startswith(f + ".")), module)


def circles(g: nx.DiGraph) -> list[list[str]]:
    """Every group of modules that import each other in a circle (strongly connected, more than one)."""
    return sorted(sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1)


def check(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> list[str]:
    """Every way the tree at ``root`` breaks the house rules, one line each (empty: none)."""
    tree = read_tree(root, tuple(packages))
    g = tree.graph
    out = [f"{where}: a dynamic import whose module name is not written out cannot be checked; "
           "write the name as a string" for where in tree.unreadable]
    for module in sorted(g):
        if module.split(".")[0] == "planner" and tree.external.get(module, set()) & QT:
            out.append(f"{module} imports Qt: the domain never does")
        if floor_of(module) is None:
            out.append(f"{module} stands on no floor: add it to FLOORS in tests/contract.py")
    for a, b in sorted(g.edges):
        top_a, top_b = a.split(".")[0], b.split(".")[0]
        for package, never in FORBIDDEN:
            if top_a == package and top_b in never:
                out.append(f"{a} imports {b}: {package} never imports {top_b}")
        fa, fb = floor_of(a), floor_of(b)
        if fa is not None and fb is not None and fb > fa:
            out.append(f"{a} (floor '{FLOORS[fa].name}') imports {b} from the floor above, '{FLOORS[fb].name}'")
    if VALIDATOR in g:
        reached = sorted(m for m in nx.descendants(g, VALIDATOR) if m == SOLVER or m.startswith(SOLVER + "."))
        if reached:
            out.append(f"the validator reaches the solver ({', '.join(reached)}): it must check plans on its own")
    for group in circles(g):
        out.append("modules in a circle (break one import): " + ", ".join(group))
    folders = nx.DiGraph()
    folders.add_edges_from((folder_of(a), folder_of(b)) for a, b in g.edges if folder_of(a) != folder_of(b))
    for group in circles(folders):
        if any(m in FOLDERS for m in group):
            out.append("folders in a circle (break one import): " + ", ".join(group))
    return out


# --------------------------------------------------------------------------- the docs


def floor_diagram() -> str:
    """The floors as ``docs/architecture.md`` shows them, top floor first."""
    width = max(len(f.name) for f in FLOORS)
    lines = []
    for floor in reversed(FLOORS):
        modules = ", ".join("__init__" if m == "planner" else m.removeprefix("planner.")
                            for m in floor.modules if not m.endswith(".*"))
        lines.append(f"{floor.name:<{width}}  {modules}")
        lines.append(f"{'':<{width}}  ({floor.what})")
    return "```\n" + "\n".join(lines) + "\n```"


BEGIN, END = "<!-- floors: generated by python -m tests.contract -->", "<!-- end of floors -->"
DOCS = ROOT / "docs" / "architecture.md"


def docs_with_diagram(text: str) -> str:
    """``text`` (the architecture document) with the generated floor diagram between its markers."""
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{floor_diagram()}\n{END}{tail}"


if __name__ == "__main__":  # pragma: no cover - rewrites the diagram in the docs
    DOCS.write_text(docs_with_diagram(DOCS.read_text(encoding="utf-8")), encoding="utf-8")
    problems = check()
    print("\n".join(problems) or "the house rules hold")
    sys.exit(1 if problems else 0)
