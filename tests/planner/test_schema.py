"""The published JSON Schemas: generated from the models, committed, never stale."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

import planner.schema
from planner.schema import SCHEMA_DIR, generate_schemas, schema_text, write_schemas

FIXTURES = Path(__file__).parent / "fixtures"


def test_doctests() -> None:
    assert doctest.testmod(planner.schema).failed == 0


@pytest.mark.parametrize("name", ["catalogue", "intake", "learner", "plan"])
def test_committed_schema_is_fresh(name: str) -> None:
    committed = SCHEMA_DIR / f"{name}.schema.json"
    assert committed.exists(), f"{committed} is missing; run 'python -m planner.schema'"
    assert committed.read_text(encoding="utf-8") == schema_text(generate_schemas()[name]), (
        f"{committed} is stale: the models changed; run 'python -m planner.schema' and commit the result"
    )


def test_schemas_use_the_file_keys() -> None:
    schemas = generate_schemas()
    cat = schemas["catalogue"]
    assert cat["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "formatVersion" in cat["properties"] and "format_version" not in cat["properties"]
    assert cat["additionalProperties"] is False
    offering = cat["$defs"]["Offering"]
    assert "hoursPerWeek" in offering["properties"] and offering["properties"]["hoursPerWeek"]["description"]
    assert "hoursPerWeek" in schemas["learner"]["properties"]
    assert "startDate" in schemas["plan"]["properties"]


def test_write_schemas(tmp_path: Path) -> None:
    written = write_schemas(tmp_path)
    assert sorted(p.name for p in written) == ["catalogue.schema.json", "intake.schema.json", "learner.schema.json",
                                               "plan.schema.json"]
    text = (tmp_path / "catalogue.schema.json").read_text()
    assert text.endswith("}\n") and json.loads(text)["title"] == "Catalogue"
    assert not list(tmp_path.glob("*.tmp"))


def test_fixture_catalogues_match_the_schema_keys() -> None:
    """Every key of the valid fixtures is a property the schema knows (no drift between them)."""
    cat = generate_schemas()["catalogue"]
    data = json.loads((FIXTURES / "ok" / "beta.json").read_text())
    assert set(data) <= set(cat["properties"])
    module_props = set(cat["$defs"]["Module"]["properties"])
    for module in data["modules"]:
        assert set(module) <= module_props
