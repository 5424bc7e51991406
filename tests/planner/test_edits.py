"""The learner's wishes as edits in the domain (pin, unpin, exclude, allow, choose an offering,
prove): the rules the window's undo commands and any other face apply."""

from __future__ import annotations

import doctest

import pytest
from pydantic import ValidationError

import planner.edits
from planner import edits
from planner.models import Evidence
from tests.factory import catalogue, catset, cohort, flexible, learner, module

CS = catset(catalogue(
    ["a", "b"],
    [module("ma", ["a"]), module("mb", ["b"])],
    [flexible("fa1", "ma", 2, 4), cohort("fa2", "ma", 2, 4, [0, 4]), flexible("fb", "mb", 2, 4)],
))
ANNA = learner(outcomes=["t:a", "t:b"], hoursPerWeek=8)


def test_doctests() -> None:
    assert doctest.testmod(planner.edits).failed == 0


def test_a_pin_lifts_an_exclusion_and_an_exclusion_lifts_a_pin() -> None:
    excluded = edits.exclude(ANNA, "t:ma")
    assert (excluded.pinned, excluded.excluded) == ([], ["t:ma"])
    pinned = edits.pin(excluded, "t:ma")
    assert (pinned.pinned, pinned.excluded) == (["t:ma"], [])
    again = edits.exclude(pinned, "t:ma")
    assert (again.pinned, again.excluded) == ([], ["t:ma"])
    assert ANNA.pinned == ANNA.excluded == []  # the learner given is never changed


def test_an_edit_that_changes_nothing_gives_an_equal_learner() -> None:
    pinned = edits.pin(ANNA, "t:fa1")
    assert edits.pin(pinned, "t:fa1") == pinned
    assert edits.exclude(edits.exclude(ANNA, "t:mb"), "t:mb") == edits.exclude(ANNA, "t:mb")
    assert edits.unpin(ANNA, "t:ma") == ANNA and edits.allow(ANNA, "t:ma") == ANNA


def test_unpinning_a_module_removes_its_offerings_pins_too() -> None:
    lrn = edits.pin(edits.pin(edits.pin(ANNA, "t:fa1"), "t:ma"), "t:fb")
    assert edits.unpin_module(CS, lrn, "t:ma").pinned == ["t:fb"]
    assert edits.unpin(lrn, "t:ma").pinned == ["t:fa1", "t:fb"]  # one pin only


def test_choosing_an_offering_replaces_the_modules_other_pins_and_exclusions() -> None:
    lrn = edits.pin(edits.pin(ANNA, "t:fa1"), "t:fb")
    lrn = edits.exclude(lrn, "t:fa2")
    chosen = edits.choose_offering(CS, lrn, "t:ma", "t:fa2")
    assert chosen.pinned == ["t:fb", "t:fa2"] and chosen.excluded == []
    excluded_module = edits.choose_offering(CS, edits.exclude(ANNA, "t:ma"), "t:ma", "t:fa1")
    assert excluded_module.excluded == []  # a dragged bar of an excluded module can be pinned


def test_a_new_proof_replaces_the_old_one() -> None:
    lrn = edits.prove(ANNA, "t:a", "experience")
    assert lrn.claimed_ids() == {"t:a"} and lrn.proven_ids() == set()
    lrn = edits.prove(lrn, "t:a", Evidence.DIPLOMA)
    assert [(p.outcome, p.evidence) for p in lrn.proven] == [("t:a", Evidence.DIPLOMA)]
    with pytest.raises(ValidationError):
        edits.prove(ANNA, "t:a", "rumour")


def test_an_edit_that_makes_the_learner_invalid_is_refused() -> None:
    with pytest.raises(ValidationError):
        edits.pin(ANNA, "Not An Id")
