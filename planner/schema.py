"""The published JSON Schemas of the file formats, generated from the models.

The models in :mod:`planner.models` and :mod:`planner.plan` *are* the formats; this module turns
them into JSON Schema (draft 2020-12) for editors and other tools. The committed copies live in
``catalogs/schema/``; a test fails when they are stale. Regenerate them with::

    python -m planner.schema            # writes catalogs/schema/*.schema.json
    python -m planner.schema OTHER_DIR  # or into another directory
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from planner.models import FORMAT_VERSION, Catalogue, Learner
from planner.plan import Plan

#: Where the committed schemas live, relative to the repository root.
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "catalogs" / "schema"
#: Base of the schemas' ``$id``.
SCHEMA_BASE = "https://leerroute.example/schema/"

_MODELS: dict[str, type[BaseModel]] = {"catalogue": Catalogue, "learner": Learner, "plan": Plan}


def generate_schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schema of each file format, by name (catalogue, learner, plan).

    >>> sorted(generate_schemas())
    ['catalogue', 'learner', 'plan']
    >>> generate_schemas()["catalogue"]["required"][:2]
    ['formatVersion', 'id']
    """
    out: dict[str, dict[str, Any]] = {}
    for name, model in _MODELS.items():
        schema = model.model_json_schema(by_alias=True)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"{SCHEMA_BASE}{name}.schema.json"
        schema["$comment"] = (
            f"Leerroute {name} file format {FORMAT_VERSION}; generated from planner.models by "
            "'python -m planner.schema', do not edit by hand."
        )
        out[name] = schema
    return out


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as committed: sorted keys, two-space indent, trailing newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(directory: Path | str = SCHEMA_DIR) -> list[Path]:
    """Write ``<name>.schema.json`` for every format into ``directory``; return the paths written."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in generate_schemas().items():
        path = d / f"{name}.schema.json"
        text = schema_text(schema)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: write the schemas into the given directory (default: catalogs/schema)."""
    args = sys.argv[1:] if argv is None else argv
    for path in write_schemas(Path(args[0]) if args else SCHEMA_DIR):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
