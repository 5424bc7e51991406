"""The published JSON Schemas of the file formats, generated from the models.

The models in :mod:`planner.models` and :mod:`planner.plan` *are* the formats; this module turns
them into JSON Schema (draft 2020-12) for editors and other tools. The committed copies live in
``catalogs/schema/`` (shipped with the package); a test fails when they are stale. Regenerate them
with ``make schema`` (``leerroute schema --dir catalogs/schema``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from planner import shipped
from planner.insight.cohort import IntakeRow
from planner.models import FORMAT_VERSION, Catalogue, Learner
from planner.plan import Plan

#: Where the published schemas live (shipped with the package).
SCHEMA_DIR = shipped.schema_dir()
#: Base of the schemas' ``$id``.
SCHEMA_BASE = "https://leerroute.example/schema/"

_MODELS: dict[str, type[BaseModel]] = {"catalogue": Catalogue, "intake": IntakeRow, "learner": Learner, "plan": Plan}


def generate_schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schema of each file format, by name (catalogue, intake — one row of a cohort CSV, learner, plan).

    >>> sorted(generate_schemas())
    ['catalogue', 'intake', 'learner', 'plan']
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
            "'leerroute schema', do not edit by hand."
        )
        out[name] = schema
    return out


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as committed: sorted keys, two-space indent, trailing newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(directory: Path | str) -> list[Path]:
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
