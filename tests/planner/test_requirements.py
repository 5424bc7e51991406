"""Prerequisite expressions: one precise error per mistake, and one walker for every question."""

import doctest

import pytest
from pydantic import ValidationError

import planner.requirements
from planner.models import AllOf, AnyOf, Module
from planner.requirements import map_requirement, necessary, requirement_holds, requirement_paths


def module(requires: object) -> Module:
    return Module.model_validate({"id": "m", "title": "M", "ec": 5, "certifies": ["o"], "requires": requires})


def test_doctests() -> None:
    assert doctest.testmod(planner.requirements).failed == 0


def test_a_bad_expression_gets_one_error_per_mistake() -> None:
    """A plain union reported every form an item failed to be (12 errors for two mistakes)."""
    with pytest.raises(ValidationError) as err:
        module({"all": ["prog", {"any": ["Bad Id", 5]}]})
    errors = err.value.errors()
    assert len(errors) == 2
    assert errors[0]["type"] == "string_pattern_mismatch" and errors[0]["input"] == "Bad Id"
    assert errors[1]["type"] == "requirement" and errors[1]["input"] == 5


def test_a_list_is_not_an_expression() -> None:
    with pytest.raises(ValidationError) as err:
        module(["prog"])
    assert [e["type"] for e in err.value.errors()] == ["requirement"]


def test_expressions_read_back_in_each_form() -> None:
    m = module({"all": ["a", {"any": ["b", {"all": ["c", "d"]}]}]})
    assert isinstance(m.requires, AllOf) and isinstance(m.requires.all[1], AnyOf)
    assert module("a").requires == "a"


def test_the_walker_answers_every_question_alike() -> None:
    req = module({"all": ["a", {"any": ["b", {"all": ["c", "a"]}]}]}).requires
    assert requirement_holds(req, {"a", "c"}) and not requirement_holds(req, {"c"})
    assert necessary(req) == {"a"}
    assert [(".".join(map(str, p)), o) for p, o in requirement_paths(req, ["requires"])] == [
        ("requires.all.0", "a"), ("requires.all.1.any.0", "b"),
        ("requires.all.1.any.1.all.0", "c"), ("requires.all.1.any.1.all.1", "a")]
    upper = map_requirement(req, lambda o: f"x:{o}")
    assert requirement_holds(upper, {"x:a", "x:b"}) and not requirement_holds(upper, {"a", "b"})
