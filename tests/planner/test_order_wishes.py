"""Order wishes ("this module first", "A before B") and pinned start weeks: the edits, the solver
that honours them, the validator that checks them independently, the file check and the conflict
that names them when they make a route impossible."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from planner import edits
from planner.check import check_learner_file
from planner.explain import explain_infeasible
from planner.messages import render
from planner.models import OrderWish
from planner.ordering import drop_problem
from planner.plan import Status
from planner.solver import Solver
from planner.validate import validate_plan
from tests.factory import catalogue, catset, cohort, flexible, learner, module, monday

# three independent modules: the fastest route runs a, b and c side by side from week 0
CS = catset(catalogue(
    ["a", "b", "c", "d"],
    [module("ma", ["a"]), module("mb", ["b"]), module("mc", ["c"]), module("md", ["d"], requires="c")],
    [flexible("fa", "ma", 2, 3), flexible("fb", "mb", 3, 3), flexible("fc", "mc", 2, 3), flexible("fd", "md", 2, 3)],
))
ANNA = learner(outcomes=["t:a", "t:b", "t:c"], hoursPerWeek=10)


def _solve(lrn, **kw):
    plan = Solver(CS, lrn, time_limit=10, **kw).solve()
    assert validate_plan(CS, lrn, plan) == [], plan
    return plan


def _weeks(plan) -> dict[str, tuple[int, int]]:
    return {it.module: (it.start_week, it.end_week) for it in plan.items}


def test_without_wishes_the_modules_run_side_by_side() -> None:
    weeks = _weeks(_solve(ANNA))
    assert weeks == {"t:ma": (0, 2), "t:mb": (0, 3), "t:mc": (0, 2)}


def test_a_module_wished_first_ends_before_every_other_starts() -> None:
    plan = _solve(edits.plan_first(ANNA, "t:mb"))
    weeks = _weeks(plan)
    assert weeks["t:mb"] == (0, 3)
    assert weeks["t:ma"][0] >= 3 and weeks["t:mc"][0] >= 3
    assert plan.status == Status.OPTIMAL and plan.totals is not None and plan.totals.finish_week == 5


def test_a_before_b_orders_only_those_two() -> None:
    weeks = _weeks(_solve(edits.plan_before(ANNA, "t:mc", "t:ma")))
    assert weeks["t:mc"][1] <= weeks["t:ma"][0]
    assert weeks["t:mb"][0] == 0  # the third module is free to run alongside


def test_the_validator_finds_a_broken_order_wish_and_a_missed_pinned_start() -> None:
    plan = _solve(ANNA)  # everything from week 0
    first = edits.plan_first(ANNA, "t:mb")
    found = {m.code for m in validate_plan(CS, first, plan)}
    assert found == {"invalid.order"}
    texts = [render(m) for m in validate_plan(CS, edits.plan_before(ANNA, "t:ma", "t:mc"), plan)]
    assert texts == ["'t:ma' ends in week 2 of the route, after 't:mc' starts (week 0), against the order wished"]
    pinned = edits.pin_at(CS, ANNA, "t:ma", "t:fa", 4)
    assert [m.code for m in validate_plan(CS, pinned, plan)] == ["invalid.pinned_start"]


def test_a_pinned_start_holds_the_week_it_was_dropped_at() -> None:
    pinned = edits.pin_at(CS, ANNA, "t:mb", "t:fb", 5)
    assert pinned.pinned == ["t:fb"] and pinned.pinned_start_weeks() == {"t:fb": 5}
    plan = _solve(pinned)
    assert _weeks(plan)["t:mb"] == (5, 8)
    item = next(it for it in plan.items if it.module == "t:mb")
    assert item.pinned and render(item.reasons[0]) == "you pinned it to start on 8 Feb 2027"
    # dropped again, elsewhere: one start, the newest
    again = edits.pin_at(CS, pinned, "t:mb", "t:fb", 0)
    assert again.pinned_start_weeks() == {"t:fb": 0}
    assert _weeks(_solve(again))["t:mb"] == (0, 3)
    # unpinning removes the start; keeping the pin but not the start frees the week
    assert edits.unpin_module(CS, pinned, "t:mb").pinned_starts == []
    assert edits.unpin_start(pinned, "t:fb").pinned == ["t:fb"]
    assert edits.exclude(pinned, "t:fb").pinned_starts == []


def test_newer_order_wishes_replace_contradicting_ones() -> None:
    lrn = edits.plan_before(ANNA, "t:ma", "t:mb")
    lrn = edits.plan_before(lrn, "t:mb", "t:ma")
    assert lrn.order == [OrderWish(module="t:mb", before="t:ma")]
    lrn = edits.plan_first(lrn, "t:ma")  # a first wish drops the wishes that put others before it
    assert lrn.order == [OrderWish(module="t:ma")]
    lrn = edits.plan_first(lrn, "t:mc")
    assert lrn.order == [OrderWish(module="t:mc")]
    assert edits.drop_order(lrn, OrderWish(module="t:mc")).order == []
    with pytest.raises(ValidationError, match="before itself"):
        edits.plan_before(ANNA, "t:ma", "t:ma")


def test_a_start_alone_pins_its_offering_and_two_starts_are_refused() -> None:
    lrn = learner(outcomes=["t:a"], pinnedStarts=[{"ref": "t:fb", "start": monday(1).isoformat()}])
    plan = _solve(lrn)
    assert _weeks(plan)["t:mb"] == (1, 4) and next(it for it in plan.items if it.module == "t:mb").pinned
    without = plan.model_copy(update={"items": [it for it in plan.items if it.module != "t:mb"], "totals": None})
    assert [m.code for m in validate_plan(CS, lrn, without)] == ["invalid.pinned_start_missing"]
    with pytest.raises(ValidationError, match="two pinned starts"):
        learner(outcomes=["t:a"], pinned=["t:fa"], pinnedStarts=[{"ref": "t:fa", "start": monday(1).isoformat()},
                                                                {"ref": "t:fa", "start": monday(2).isoformat()}])


def test_an_order_wish_that_makes_the_deadline_impossible_is_named_and_can_be_dropped() -> None:
    # side by side the route ends in week 3; with b first it takes 5 weeks, the deadline allows 4
    lrn = edits.plan_first(ANNA.model_copy(update={"deadline": monday(4)}), "t:mb")
    plan = Solver(CS, lrn, time_limit=10, explain=False).solve()
    assert plan.status == Status.INFEASIBLE
    messages = explain_infeasible(CS, lrn, time_limit=10)
    texts = [render(m) for m in messages]
    assert "the order you wished: 'Module mb' first" in texts  # each wish named
    assert "'Module mb' cannot come first together with your other wishes" in texts
    dropped = [m for m in messages if m.code == "suggest.unorder"]
    assert dropped and render(dropped[0]).startswith("drop the wish 'Module mb' first:")
    assert dropped[0].params["patch"] == {"order": []}


def test_a_pinned_start_that_makes_it_impossible_is_named() -> None:
    # d needs c; pinned to start in week 0, before c can have ended
    lrn = edits.pin_at(CS, learner(outcomes=["t:d"], hoursPerWeek=10), "t:md", "t:fd", 0)
    messages = explain_infeasible(CS, lrn, time_limit=10)
    texts = [render(m) for m in messages]
    assert "the start dates you pinned" in texts
    assert "the modules you pinned" not in texts  # the pin alone is fine: its date is what conflicts
    assert not any(t.startswith("pinned 'Module md' cannot be part of a route") for t in texts)
    assert any(t.startswith("let 'Module md' start on another date than") for t in texts)


def test_a_drop_that_cannot_work_says_why() -> None:
    lrn = learner(outcomes=["t:d"], hoursPerWeek=10, holidays=[{"start": monday(6).isoformat(), "end": (monday(7)).isoformat()}])
    plan = _solve(lrn)
    assert _weeks(plan) == {"t:mc": (0, 2), "t:md": (2, 4)}
    early = drop_problem(CS, lrn, plan, "t:md", "t:fd", 1)
    assert early is not None and render(early) == (
        "'Module md' cannot start on 11 Jan 2027: it needs 'Outcome c' first, which your route gives later")
    busy = drop_problem(CS, lrn, plan, "t:md", "t:fd", 5)
    assert busy is not None and busy.code == "drop.busy" and busy.params["free"] == 0
    assert drop_problem(CS, lrn, plan, "t:md", "t:fd", 3) is None


def test_an_order_wish_naming_an_unknown_module_gets_a_clear_message(tmp_path: Path) -> None:
    f = tmp_path / "learner.yaml"
    f.write_text("name: Sam\nstart: 2027-01-04\nhoursPerWeek: 10\noutcomes: [t:a]\n"
                 "order:\n  - {module: t:mx}\n  - {module: t:ma, before: t:mbb}\n")
    lrn, diags = check_learner_file(f, CS)
    assert lrn is not None
    got = {(d.code, d.severity, d.line, d.path) for d in diags}
    assert got == {("unknown-ref", "error", 6, "order[0].module"), ("unknown-ref", "error", 7, "order[1].before")}
    assert "did you mean 't:mb'?" in next(d for d in diags if d.path == "order[1].before").hint


def test_cohorts_keep_their_weeks_under_an_order_wish() -> None:
    cs = catset(catalogue(["a", "b"], [module("ma", ["a"]), module("mb", ["b"])],
                          [cohort("ca", "ma", 2, 3, [0, 6]), cohort("cb", "mb", 2, 3, [0, 3])]))
    lrn = edits.plan_first(learner(outcomes=["t:a", "t:b"]), "t:mb")
    plan = Solver(cs, lrn, time_limit=10).solve()
    assert validate_plan(cs, lrn, plan) == []
    assert _weeks(plan) == {"t:mb": (0, 2), "t:ma": (6, 8)}


def test_replanning_after_a_drop_puts_the_bar_where_it_was_dropped() -> None:
    # the bug: a pin held its previous dates when re-planning, so a bar dropped at week 0 jumped back
    slow = learner(outcomes=["t:a", "t:b"], hoursPerWeek=3)  # one module at a time: b after a
    before = _solve(edits.pin(slow, "t:fb"))
    assert _weeks(before)["t:mb"] == (2, 5)
    dropped = edits.pin_at(CS, edits.pin(slow, "t:fb"), "t:mb", "t:fb", 0)
    solver = Solver(CS, dropped, time_limit=10, previous=before)
    plan = solver.solve()
    assert validate_plan(CS, dropped, plan) == []
    assert _weeks(plan) == {"t:mb": (0, 3), "t:ma": (3, 5)}


@pytest.mark.parametrize(("language", "heading", "first", "before", "from_"),
                         [("en", "Order wished", "first", "before", "from"), ("nl", "Gewenste volgorde", "als eerste", "vóór", "vanaf")])
def test_the_pdf_assumptions_show_the_order_wishes_and_pinned_starts(tmp_path, language, heading, first, before, from_) -> None:
    import datetime as dt

    from pypdf import PdfReader

    from planner import formatting as fmt
    from planner.export.pdf import write_pdf
    from planner.studyplan import build_study_plan
    from tests.planner.studyplan_demo import catalogues, learner_and_plan

    cs = catalogues()
    anna, plan = learner_and_plan("switcher-anna")
    a, b, c = plan.items[0], plan.items[1], plan.items[2]
    lrn = edits.plan_before(edits.plan_first(anna, a.module), b.module, c.module)
    lrn = edits.pin_at(cs, lrn, c.module, c.offering, c.start_week)
    sp = build_study_plan(cs, lrn, plan, language=language, today=dt.date(2026, 9, 1))
    path = tmp_path / "plan.pdf"
    write_pdf(sp, path)
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split())
    title = cs.module_title
    assert heading in text
    assert f"{title(a.module, language)} {first}" in text
    assert f"{title(b.module, language)} {before} {title(c.module, language)}" in text
    day = fmt.date(lrn.pinned_starts[0].start, language)
    assert f", {from_} {day}" in text


def test_a_start_pinned_after_the_usual_horizon_still_gives_a_route() -> None:
    # every module alone takes 8 weeks at most; a bar dropped at week 60 must not make it impossible
    pinned = edits.pin_at(CS, ANNA, "t:mb", "t:fb", 60)
    plan = _solve(pinned)
    assert _weeks(plan)["t:mb"] == (60, 63)


def test_every_order_wish_gives_a_valid_route_or_is_impossible_for_a_reason() -> None:
    everything = learner(outcomes=["t:a", "t:b", "t:c", "t:d"], hoursPerWeek=10)
    modules = ["t:ma", "t:mb", "t:mc", "t:md"]
    wishes = [edits.plan_first(everything, m) for m in modules]
    wishes += [edits.plan_before(everything, a, b) for a in modules for b in modules if a != b]
    for lrn in wishes:
        plan = Solver(CS, lrn, time_limit=10, explain=False).solve()
        [wish] = lrn.order
        # d needs c: d first, or d before c, cannot be; every other wish can
        impossible = wish.module == "t:md" and wish.before in (None, "t:mc")
        assert (plan.status == Status.INFEASIBLE) == impossible, wish
        if not impossible:
            assert plan.status == Status.OPTIMAL and validate_plan(CS, lrn, plan) == [], wish


def test_removing_one_pin_keeps_the_other_pins_starts() -> None:
    lrn = edits.pin_at(CS, edits.pin_at(CS, ANNA, "t:ma", "t:fa", 2), "t:mb", "t:fb", 4)
    assert lrn.pinned_start_weeks() == {"t:fa": 2, "t:fb": 4}
    assert edits.unpin(lrn, "t:fa").pinned_start_weeks() == {"t:fb": 4}
    assert edits.unpin_module(CS, lrn, "t:mb").pinned_start_weeks() == {"t:fa": 2}
    assert edits.exclude(lrn, "t:fb").pinned_start_weeks() == {"t:fa": 2}
    assert edits.choose_offering(CS, lrn, "t:ma", "t:fa").pinned_start_weeks() == {"t:fb": 4}  # chosen again: any week
    # a start without an entry in 'pinned' (written by hand) stays when another pin goes
    alone = learner(outcomes=["t:a"], pinned=["t:fa"], pinnedStarts=[{"ref": "t:fb", "start": monday(3).isoformat()}])
    assert edits.unpin(alone, "t:fa").pinned_start_weeks() == {"t:fb": 3}
