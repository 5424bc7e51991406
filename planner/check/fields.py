"""The models' own checks: pydantic's errors turned into diagnostics in plain words, at their position.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from planner.check.source import SourceFile, kind_of
from planner.locate import PathKey, child_node, render_path
from planner.models import REQUIREMENT_HINT, REQUIREMENT_TAGS


def _unwrap(tp: Any) -> list[Any]:
    """The model classes and list item types a field annotation can hold."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        out: list[Any] = []
        for arg in typing.get_args(tp):
            out += _unwrap(arg)
        return out
    return [tp]


def _model_at(root: type[BaseModel], path: Sequence[str | int]) -> type[BaseModel] | None:
    """The model class a (real, union-free) field path points into, when it is one."""
    current: Any = root
    for part in path:
        candidates = _unwrap(current)
        nxt: Any = None
        for cand in candidates:
            if isinstance(part, int):
                if typing.get_origin(cand) is list:
                    nxt = typing.get_args(cand)[0]
                    break
            elif isinstance(cand, type) and issubclass(cand, BaseModel):
                for name, info in cand.model_fields.items():
                    if part in (name, info.alias):
                        nxt = info.annotation
                        break
                if nxt is not None:
                    break
        if nxt is None:
            return None
        current = nxt
    for cand in _unwrap(current):
        if isinstance(cand, type) and issubclass(cand, BaseModel):
            return cand
    return None


def _field_names(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


_VALUE_CODES = [
    ("the session ends", "session-order"),
    ("the window ends", "session-order"),
    ("entry window", "date"),
    ("range ends", "date"),
    ("deadline", "date"),
    ("needs a 'location'", "location-missing"),
    ("the choice needs 'n'", "choice-count"),
    ("the choice needs", "choice-size"),
    ("give the outcomes to choose from", "choice-form"),
    ("a threshold gives", "threshold"),
    ("a pool needs", "pool"),
    ("format version", "format-version"),
    ("study load", "load-missing"),
    ("'goal' or", "goal-missing"),
    ("a goal needs", "goal-empty"),
    ("cohort 'starts'", "offering-when"),
    ("at least one language", "text-empty"),
]


def _friendly(err: Mapping[str, Any], real: list[str | int], model: type[BaseModel] | None) -> tuple[str, str, str]:
    """(code, message, hint) in plain words for one pydantic error."""
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    name = str(real[-1]) if real else "the file"
    if kind == "missing":
        return "missing-field", f"the required field '{name}' is missing", f"add '{name}: …' here"
    if kind == "extra_forbidden":
        hint = "remove it or fix its spelling"
        if model is not None:
            close = difflib.get_close_matches(name, _field_names(model), n=1, cutoff=0.6)
            if close:
                hint = f"did you mean '{close[0]}'? Otherwise remove it"
            else:
                hint += f" (known fields: {', '.join(_field_names(model))})"
        return "unknown-field", f"unknown field '{name}'", hint
    if kind == "invalid_key":
        return "type", f"the key {value!r} is not text", "write keys as plain words, e.g. 'id:'"
    if kind in ("string_type", "str_type"):
        return "type", f"expected text, found {kind_of(value)}", "write it as text (put it in quotes if needed)"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "type", f"expected a whole number, found {kind_of(value)}", "write a whole number such as 8"
    if kind == "finite_number":
        hint = "leave the budget out for no limit" if name == "budget" else "write a number such as 16 or 2.5"
        return "type", f"'{name}' must be a finite number, not {value}", hint
    if kind in ("float_type", "float_parsing"):
        return "type", f"expected a number, found {kind_of(value)}", "write a number such as 5 or 2.5"
    if kind in ("bool_type", "bool_parsing"):
        return "type", f"expected true or false, found {kind_of(value)}", "write true or false"
    if kind in ("list_type", "tuple_type", "set_type"):
        return "type", f"expected a list, found {kind_of(value)}", "write the items as '- item' lines or as [a, b]"
    if kind in ("dict_type", "model_type", "model_attributes_type", "dataclass_type"):
        cls = ctx.get("class_name", "")
        if cls == "Text":
            return ("type", f"expected text, found {kind_of(value)}",
                    "write plain text, or 'nl: …' and 'en: …' lines for both languages")
        return "type", f"expected a mapping of 'key: value' lines, found {kind_of(value)}", "write it as key: value lines"
    if kind.startswith("date") or kind.startswith("datetime"):
        text = str(value)
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value.strip()):
            return "date", f"the date {text} does not exist", "check the day and the month (YYYY-MM-DD)"
        return "date", f"expected a date, found {kind_of(value)}", "write dates as YYYY-MM-DD, e.g. 2026-09-01"
    if kind.startswith("time"):
        return "time", f"expected a time of day, found {kind_of(value)}", "write times as HH:MM, e.g. '19:00'"
    if kind in ("enum", "literal_error"):
        expected = ctx.get("expected", "")
        return "enum", f"{kind_of(value)} is not allowed here", f"use one of: {expected}"
    if kind == "string_pattern_mismatch":
        return ("id-format", f"'{value}' is not a valid id",
                "ids use lowercase letters, digits, '.', '_' and '-', and start with a letter or digit "
                "(e.g. 'prog-basics'); an id in another catalogue is written 'catalogue:id'")
    if kind in ("too_short", "string_too_short"):
        return "empty", "this must not be empty", "give at least one value"
    if kind in ("too_long", "string_too_long"):
        limit = ctx.get("max_length", "?")
        return "too-long", f"this is longer than the {limit} allowed", "shorten it"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        op = {"greater_than": ("gt", "more than"), "greater_than_equal": ("ge", "at least"),
              "less_than": ("lt", "less than"), "less_than_equal": ("le", "at most")}[kind]
        bound = ctx.get(op[0])
        return "range", f"{kind_of(value)} is out of range", f"give a value {op[1]} {bound}"
    if kind in ("value_error", "assertion_error"):
        text = str(err.get("msg", "")).removeprefix("Value error, ").removeprefix("Assertion failed, ")
        message, _, hint = text.partition("; ")
        code = next((c for key, c in _VALUE_CODES if key in text), "value")
        if code == "format-version":
            hint = f"{hint}; write the file in that format, or use a Leerroute that reads this one"
        if not hint:
            hint = {
                "format-version": "set 'formatVersion' to a version this Leerroute reads",
                "location-missing": "add 'location: <campus or town>', or make the mode 'online'",
                "choice-size": "lower 'n' or add outcomes to 'of'",
                "choice-count": "write 'n: 2' (outcomes, or modules of a pool) or 'minEc: 30'",
                "choice-form": "list outcomes in 'of: [...]', or give 'pool: {subject|level|tag: ...}' instead",
                "threshold": "write 'credits: 84' for EC or 'modules: 3' for a number of modules",
                "pool": "write e.g. 'from: {subject: mathematics, level: 3}' or 'from: {tag: law-core}'",
                "date": "swap the two dates, or correct one of them",
                "offering-when": "keep one of them",
                "load-missing": "write 'ec: 5' or 'hours: 140'",
                "goal-empty": "add 'required: [...]' or 'choices: [...]'",
                "goal-missing": "add 'goal: catalogue:goal-id' or 'outcomes: [...]'",
                "session-order": "give an end time after the start time",
            }.get(code, "correct the value")
        return code, message, hint
    if kind == "recursion_loop":
        return "unsafe-yaml", "the data is nested too deeply", "flatten the structure"
    return "type", str(err.get("msg", "invalid value")), "correct the value"


def model_diagnostics(f: SourceFile, exc: ValidationError, root: type[BaseModel], base: PathKey = ()) -> None:
    """Turn every pydantic error into a diagnostic with a position; one per problem."""
    seen: set[tuple[str, str]] = set()
    for err in exc.errors():
        loc: PathKey = (*base, *err["loc"])
        real: list[str | int] = []
        node = f.data
        for part in loc:
            if isinstance(part, str) and part in REQUIREMENT_TAGS:
                continue  # the form of a prerequisite expression pydantic validated against, not a key
            found = child_node(node, part)
            if found is not None:
                node = found[0]
            real.append(part)  # found, or a missing field, or an unhashable key
        if err["type"] == "requirement":
            key = (render_path(real), "requires")
            if key not in seen:
                seen.add(key)
                f.error(real, "type", f"a prerequisite must be an outcome id, all/any, credits or with, found {kind_of(node)}",
                        REQUIREMENT_HINT)
            continue
        parent = real[len(base) : -1] if err["type"] in ("missing", "extra_forbidden") else real[len(base) :]
        model = _model_at(root, parent)
        code, message, hint = _friendly(err, real, model)
        key = (render_path(real), message)
        if key in seen:
            continue
        seen.add(key)
        at: list[str | int] = real
        if code == "session-order" and isinstance(node, Mapping) and "end" in node:
            at = [*real, "end"]
        elif err["type"] == "missing":
            at = real[:-1]
        f.error(real, code, message, hint, at=at, type=err["type"])
