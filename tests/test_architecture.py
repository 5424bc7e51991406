"""The house rules, checked on the source (the rules and the checker are in ``tests/contract.py``):
data flows one way up the floors, the domain knows no Qt, ui or bench, the window knows no bench,
the independent validator knows nothing of the solver, and nothing imports in a circle, between
modules or between folders. The checker is tested on small trees that each break one rule."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from tests import contract

ROOT = contract.ROOT


def test_the_house_rules_hold() -> None:
    problems = contract.check()
    assert problems == [], "the house rules are broken:\n" + "\n".join(problems)


def test_every_package_is_read_and_every_module_stands_on_a_floor() -> None:
    tree = contract.read_tree()
    assert {m.split(".")[0] for m in tree.graph} == {"planner", "ui", "bench"}
    assert [m for m in tree.graph if contract.floor_of(m) is None] == []
    assert any(a.startswith("bench.") and b.startswith("planner.") for a, b in tree.graph.edges)  # bench is read


def test_the_docs_show_the_floors_of_the_rules() -> None:
    text = contract.DOCS.read_text(encoding="utf-8")
    assert contract.BEGIN in text and contract.END in text
    assert contract.docs_with_diagram(text) == text, "run `python -m tests.contract` to redraw the floors in the docs"


def test_the_reader_sees_imports_inside_functions_and_dynamic_imports(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text("import importlib\n"
                   "def f(name):\n    from planner.solver.core import Solver\n    import planner.graph\n"
                   "    __import__('ui.plaintext')\n    importlib.import_module('bench.runner')\n"
                   "    importlib.import_module(name)\n")
    found, unreadable = contract.imports_of(src, tmp_path)
    assert {"planner.solver.core.Solver", "planner.graph", "ui.plaintext", "bench.runner"} <= found
    assert unreadable == ["m:7"]


# --------------------------------------------------------------------------- the escapes

#: A small house that keeps every rule: module -> its source.
HOUSE = {
    "planner/__init__.py": "",
    "planner/errors.py": "",
    "planner/models.py": "from planner import errors\n",
    "planner/plan.py": "from planner.models import x\n",
    "planner/catalog.py": "from planner import models, plan\n",
    "planner/validate/__init__.py": "from planner.catalog import y\n",
    "planner/solver/__init__.py": "from planner.validate import validate_plan\n",
    "planner/explain.py": "from planner.solver import z\n",
    "planner/studyplan.py": "from planner.catalog import y\nfrom planner import doclabels\n",
    "planner/doclabels.py": "",
    "planner/export/__init__.py": "",
    "planner/export/texts.py": "",
    "planner/export/pdf.py": "from planner.studyplan import StudyPlan\nfrom planner.export import texts\n",
    "planner/cli.py": "from planner.export import pdf\n",
    "ui/__init__.py": "",
    "ui/plaintext.py": "from PySide6.QtWidgets import QLabel\nfrom planner.models import x\n",
    "bench/__init__.py": "",
    "bench/runner.py": "from planner.solver import z\nfrom ui import plaintext\n",
}


def build(root: Path, **extra: str) -> Path:
    """The small house under ``root``, with ``extra`` lines added to some of its files."""
    for name, text in HOUSE.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + extra.get(name.replace("/", "_").removesuffix(".py"), ""), encoding="utf-8")
    return root


def test_the_small_house_keeps_the_rules(tmp_path: Path) -> None:
    assert contract.check(build(tmp_path)) == []


@pytest.mark.parametrize(("escape", "extra", "finding"), [
    ("ui inside planner", {"planner_models": "from ui import plaintext\n"},
     "planner.models imports ui.plaintext: planner never imports ui"),
    ("__import__", {"planner_models": "def f():\n    return __import__('ui.plaintext')\n"},
     "planner.models imports ui.plaintext: planner never imports ui"),
    ("importlib", {"planner_models": "import importlib\nX = importlib.import_module('ui.plaintext')\n"},
     "planner.models imports ui.plaintext: planner never imports ui"),
    ("bench from planner", {"planner_catalog": "def f():\n    from bench import runner\n"},
     "planner.catalog imports bench.runner: planner never imports bench"),
    ("bench from ui", {"ui_plaintext": "import bench.runner\n"},
     "ui.plaintext imports bench.runner: ui never imports bench"),
    ("folders in a circle", {"planner_studyplan": "from planner.export.texts import label\n"},
     "folders in a circle (break one import): planner.export, planner.studyplan"),
], ids=["ui-inside-planner", "dunder-import", "importlib", "bench-from-planner", "bench-from-ui", "folder-circle"])
def test_each_escape_is_caught(tmp_path: Path, escape: str, extra: dict[str, str], finding: str) -> None:
    problems = contract.check(build(tmp_path, **extra))
    assert finding in problems, problems


def test_one_bad_edge_is_one_circle_not_every_cycle(tmp_path: Path) -> None:
    """The catalogue importing the explanations closed dozens of cycles; the checker names the one group."""
    problems = contract.check(build(tmp_path, planner_catalog="from planner import explain\n"))
    groups = [p for p in problems if p.startswith("modules in a circle")]
    assert groups == ["modules in a circle (break one import): planner.catalog, planner.explain, planner.solver, "
                      "planner.validate"]
    assert "planner.catalog (floor 'catalogues') imports planner.explain from the floor above, 'explanations'" in problems
    assert any(p.startswith("the validator reaches the solver") for p in problems)


def test_qt_in_the_domain_the_validator_on_the_solver_and_unwritten_names(tmp_path: Path) -> None:
    problems = contract.check(build(
        tmp_path, planner_plan="import PySide6.QtCore\n",
        planner_validate___init__="def f():\n    import planner.solver\n",
        planner_errors="import importlib\ndef f(name):\n    return importlib.import_module(name)\n"))
    assert "planner.plan imports Qt: the domain never does" in problems
    assert "the validator reaches the solver (planner.solver): it must check plans on its own" in problems
    assert any(p.startswith("planner.errors:3: a dynamic import") for p in problems)


def test_a_module_on_no_floor_is_named(tmp_path: Path) -> None:
    (build(tmp_path) / "planner" / "service.py").write_text("from planner.solver import z\n", encoding="utf-8")
    assert contract.check(tmp_path) == ["planner.service stands on no floor: add it to FLOORS in tests/contract.py"]


# --------------------------------------------------------------------------- module size

MAX_LINES = 600
#: Generated or data modules, which may be longer.
GENERATED = {"ui/message_templates.py"}
#: Modules still longer, being split by their owner; this list only shrinks (a module that
#: got short is taken off, so it cannot grow back unseen).
LONG_FOR_NOW: set[str] = set()


def test_no_module_in_the_domain_or_the_window_is_over_600_lines() -> None:
    lengths = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
               for pkg in ("planner", "ui") for p in (ROOT / pkg).rglob("*.py")}
    long = {name for name, n in lengths.items() if n > MAX_LINES} - GENERATED
    assert sorted(long - LONG_FOR_NOW) == [], f"split these by concern (at most {MAX_LINES} lines)"
    assert sorted(LONG_FOR_NOW - long) == [], "these are short now: take them off LONG_FOR_NOW"


# --------------------------------------------------------------------------- rules of single features


def imports_of(path: Path) -> set[str]:
    return contract.imports_of(path)[0]


def test_one_planning_pipeline() -> None:
    """Planning one learner end to end (build, solve, validate, explain) lives in planner/pipeline.py:
    the command line, the window and the insight batch call it instead of the solver or validator."""
    faces = {contract.module_name(p): p for p in [ROOT / "planner" / "cli.py", *(ROOT / "ui").rglob("*.py"),
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
    users = {contract.module_name(p) for pkg in contract.PACKAGES for p in (ROOT / pkg).rglob("*.py")
             if any(i in net or i.split(".")[0] in net for i in imports_of(p))}
    assert users <= {"planner.importers.ooapi.fetch"}, sorted(users)
    g = contract.read_tree().graph
    mapping = [m for m in g if m.startswith("planner.importers.ooapi.") and m != "planner.importers.ooapi.fetch"]
    assert not any("planner.importers.ooapi.fetch" in nx.descendants(g, m) for m in mapping)
