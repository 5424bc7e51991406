"""How a module is taught and assessed (*hoe*): the learner's must/prefer/avoid/never, honoured.

The property tests draw the small catalogues of the brute-force test, describe each offering (pacing,
assessment types, supervision) and give the learner random wishes and a trade-off of weeks. Brute
force enumerates every plan the independent validator accepts (which checks *must* and *never*),
takes the earliest finish, then the fewest EC that miss a *prefer* or *avoid* among the plans at most
``weeksLater`` weeks later, then the earliest of those: the solver must find the same.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from planner.catalog import CatalogueSet
from planner.explain import apply_suggestion, explain_infeasible
from planner.facets import from_ooapi
from planner.facettypes import Assessment, FacetWish, OfferingHow, Pacing, Supervision
from planner.messages import render
from planner.models import Learner, week_index
from planner.plan import Plan, PlannedModule, Status
from planner.solver import Solver
from planner.validate import validate_plan
from tests.factory import START, catalogue, catset, cohort, flexible, learner, module, monday
from tests.planner.test_solver_properties import _options

EXAMPLES = int(__import__("os").environ.get("BF_EXAMPLES", "200")) // 3 or 1


# --------------------------------------------------------------------------- a worked example


def _two_ways() -> CatalogueSet:
    """One module twice: a campus cohort with an oral exam (4 weeks), and self-paced online with a
    digital exam that is open only from week 3 (so it finishes in week 7); a second module after it."""
    cohort_how = {"pacing": "cohort", "activities": ["lecture", "tutorial"], "groupWork": True, "contactHours": 4,
                  "assessment": ["oral-exam"], "supervision": "supervised-on-site", "identityCheck": True}
    own_how = {"pacing": "self-paced", "activities": ["independent-study"], "assessment": ["digital-exam"],
               "supervision": "supervised-online", "identityCheck": True}
    offerings = [
        {**cohort("a-campus", "a", 4, 8, [0], mode="campus", location="Zwolle"), "how": cohort_how},
        {**flexible("a-online", "a", 4, 8, 3, 10), "how": own_how},
        {**flexible("b-online", "b", 2, 8, 0, 20), "how": {"pacing": "self-paced", "assessment": ["portfolio"]}},
    ]
    goals = [{"id": "g", "title": "Goal", "kind": "custom", "required": ["oa", "ob"]}]
    return catset(catalogue(["oa", "ob"], [module("a", ["oa"]), module("b", ["ob"], requires="oa")], offerings, goals=goals))


def _wishes(*wishes: tuple[str, str, str], later: int = 0) -> dict:
    return {"wishes": [{"facet": f, "value": v, "choice": c} for f, v, c in wishes], "weeksLater": later}


def test_the_fastest_route_takes_the_campus_cohort_without_wishes() -> None:
    plan = Solver(_two_ways(), learner(goal="t:g"), time_limit=5, explain=False).solve()
    assert {i.offering for i in plan.items} == {"t:a-campus", "t:b-online"}
    assert plan.totals is not None and plan.totals.finish_week == 6


def test_never_an_oral_exam_takes_the_other_offering_and_the_validator_agrees() -> None:
    cs = _two_ways()
    lrn = learner(goal="t:g", how=_wishes(("assessment", "oral-exam", "never")))
    plan = Solver(cs, lrn, time_limit=5, explain=False).solve()
    assert {i.offering for i in plan.items} == {"t:a-online", "t:b-online"}
    assert validate_plan(cs, lrn, plan) == []
    # the campus route breaks the wish: the validator says which module and what
    fastest = Solver(cs, learner(goal="t:g"), time_limit=5, explain=False).solve()
    found = validate_plan(cs, lrn, fastest)
    assert [m.code for m in found] == ["invalid.facet_never"]
    assert render(found[0]) == "'t:a' has assessment oral exam, which the learner never wants"


def test_the_done_when_learner_never_oral_prefers_self_paced_and_gives_four_weeks() -> None:
    cs = _two_ways()
    lrn = learner(goal="t:g", how=_wishes(("assessment", "oral-exam", "never"), ("pacing", "self-paced", "prefer"), later=4))
    plan = Solver(cs, lrn, time_limit=5, explain=False).solve()
    assert validate_plan(cs, lrn, plan) == []
    assert all(cs.offerings[i.offering].how.pacing == Pacing.SELF_PACED for i in plan.items)  # type: ignore[union-attr]
    assert plan.totals is not None and plan.totals.finish_week == 9
    assert any(m.code == "facets.met" and m.params["pct"] == 100 for m in plan.messages)


def test_prefer_is_weighed_after_the_finish_and_the_trade_off_buys_it() -> None:
    cs = _two_ways()
    prefer = _wishes(("pacing", "self-paced", "prefer"))
    same = Solver(cs, learner(goal="t:g", how=prefer), time_limit=5, explain=False).solve()
    assert same.totals is not None and same.totals.finish_week == 6  # 0 weeks: the fastest route stays
    assert "t:a-campus" in {i.offering for i in same.items}
    too_few = Solver(cs, learner(goal="t:g", how={**prefer, "weeksLater": 2}), time_limit=5, explain=False).solve()
    assert too_few.totals is not None and too_few.totals.finish_week == 6  # self-paced would be 3 weeks later
    enough = Solver(cs, learner(goal="t:g", how={**prefer, "weeksLater": 3}), time_limit=5, explain=False).solve()
    assert enough.totals is not None and enough.totals.finish_week == 9
    assert "t:a-online" in {i.offering for i in enough.items}
    later = [m for m in enough.messages if m.code == "facets.later"]
    assert later and render(later[0]) == "3 weeks later than the fastest route (week 6 of your route), for how you like to learn"


def test_must_is_hard_and_avoid_is_soft() -> None:
    cs = _two_ways()
    must = Solver(cs, learner(goal="t:g", how=_wishes(("pacing", "self-paced", "must"))), time_limit=5, explain=False).solve()
    assert must.totals is not None and must.totals.finish_week == 9
    avoid = Solver(cs, learner(goal="t:g", how=_wishes(("supervision", "supervised-on-site", "avoid"))), time_limit=5,
                   explain=False).solve()
    assert avoid.totals is not None and avoid.totals.finish_week == 6


def test_a_never_that_blocks_every_route_is_named_and_relaxed_like_any_other_choice() -> None:
    cs = _two_ways()
    lrn = learner(goal="t:g", how=_wishes(("assessment", "oral-exam", "never"), ("assessment", "digital-exam", "never")),
                  deadline=monday(12).isoformat())
    plan = Solver(cs, lrn, time_limit=5, explain=False).solve()
    assert plan.status == Status.INFEASIBLE
    why = explain_infeasible(cs, lrn, deadline=None)
    text = "\n".join(render(m) for m in why)
    assert "how you want to learn (never oral exam; never digital exam)" in text
    assert "its assessment is oral exam, which you never want" in text
    suggested = [m for m in why if m.code == "suggest.facet_never"]
    assert suggested, text
    relaxed = apply_suggestion(lrn, suggested[0])
    again = Solver(cs, relaxed, time_limit=5, explain=False).solve()
    assert again.totals is not None and again.totals.finish_week == suggested[0].params["finish_week"]
    assert validate_plan(cs, relaxed, again) == []


def test_wishes_are_checked_with_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="'oral' is not a value of assessment; use one of: written-exam"):
        FacetWish.model_validate({"facet": "assessment", "value": "oral", "choice": "never"})
    with pytest.raises(ValidationError, match="pacing 'self-paced' is both 'must' and 'never'"):
        learner(goal="t:g", how=_wishes(("pacing", "self-paced", "must"), ("pacing", "self-paced", "never")))


def test_catalogue_formats_1_0_and_1_1_still_read_and_1_2_round_trips() -> None:
    cs = _two_ways()
    off = cs.offerings["t:a-online"]
    assert off.how is not None and off.how.assessment == [Assessment.DIGITAL_EXAM]
    assert off.how.supervision == Supervision.SUPERVISED_ONLINE
    dumped = off.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert dumped["how"]["identityCheck"] is True
    for version in ("1.0", "1.1", "1.2"):
        cat = catalogue(["oa"], [module("a", ["oa"])], [flexible("a1", "a", 1, 1)])
        assert cat.model_copy(update={"format_version": version}).offerings[0].how is None


def test_ooapi_values_map_to_facets() -> None:
    how = from_ooapi(["online"], "self-paced", ["lecture", "independent_study", "test"], ["digital test", "oral_test"], ["online"])
    assert how == OfferingHow(pacing="self-paced", activities=["lecture", "independent-study"],
                              assessment=["digital-exam", "oral-exam"], supervision="supervised-online")
    work = from_ooapi(["work_based"], "dual training", ["project"], ["portfolio assessment"], ["presential"])
    assert work is not None and work.pacing == Pacing.COHORT and work.group_work is True
    assert [a.value for a in work.activities] == ["project", "work-based"]
    assert work.supervision == Supervision.SUPERVISED_ON_SITE
    evc = from_ooapi([], None, ["test"], ["portfolio assessment"])
    assert evc is not None and evc.assessment_only and evc.activities == []
    assert from_ooapi(["online"], None, ["excursion"], ["unknown kind"]) is None


# --------------------------------------------------------------------------- properties

WISHES = [("pacing", "self-paced"), ("pacing", "cohort"), ("assessment", "oral-exam"), ("assessment", "portfolio"),
          ("supervision", "supervised-online")]


def _how(draw: st.DrawFn) -> dict | None:
    if draw(st.integers(0, 5)) == 0:
        return None  # not described
    return {"pacing": draw(st.sampled_from(["self-paced", "cohort"])),
            "assessment": draw(st.lists(st.sampled_from(["oral-exam", "portfolio", "digital-exam"]), max_size=2, unique=True)),
            "supervision": draw(st.sampled_from(["unsupervised", "supervised-online", "supervised-on-site"]))}


@st.composite
def described(draw: st.DrawFn) -> tuple[CatalogueSet, Learner]:
    """A small chain of modules, each with 1-3 offerings (cohorts or flexible, at different weeks) taught
    and assessed in random ways, and random wishes with 0-3 weeks to give for them."""
    n = draw(st.integers(2, 3))
    outs = [f"o{i}" for i in range(n)]
    modules, offerings = [], []
    for i in range(n):
        requires = outs[i - 1] if i and draw(st.booleans()) else None
        modules.append(module(f"m{i}", [outs[i]], requires=requires, ec=draw(st.sampled_from([1, 2, 3]))))
        for k in range(draw(st.integers(1, 3))):
            weeks, hpw = draw(st.integers(1, 3)), draw(st.integers(3, 6))
            if draw(st.booleans()):
                off = cohort(f"f{i}{k}", f"m{i}", weeks, hpw, sorted(set(draw(st.lists(st.integers(0, 5), min_size=1, max_size=2)))))
            else:
                first = draw(st.integers(0, 4))
                off = flexible(f"f{i}{k}", f"m{i}", weeks, hpw, first, first + draw(st.integers(0, 2)))
            how = _how(draw)
            offerings.append({**off, "how": how} if how else off)
    goals = [{"id": "g", "title": "Goal", "kind": "custom", "required": outs}]
    cs = catset(catalogue(outs, modules, offerings, goals=goals))
    picked = draw(st.lists(st.sampled_from(WISHES), min_size=1, max_size=3, unique=True))
    choice = st.sampled_from(["prefer", "avoid", "prefer", "avoid", "must", "never"])  # soft ones more often
    wishes = [{"facet": f, "value": v, "choice": draw(choice)} for f, v in picked]
    how = {"wishes": wishes, "weeksLater": draw(st.integers(0, 3))}
    lrn = learner(goal="t:g", hoursPerWeek=draw(st.integers(6, 10)), deadline=(monday(9) - dt.timedelta(days=1)).isoformat(),
                  how=how)
    event("soft wishes" if lrn.how.soft() else "hard wishes only")
    return cs, lrn


def _missed(cs: CatalogueSet, lrn: Learner, items: list[tuple[str, str]]) -> int:
    """EC (tenths) of the modules that miss a prefer or avoid wish, once per wish (written apart from the solver)."""
    total = 0
    for mid, oid in items:
        how = cs.offerings[oid].how
        for w in lrn.how.wishes:
            values = how.values(w.facet) if how is not None else None
            has = bool(values) and w.value in (values or set())
            if w.choice.value == "prefer" and not has or w.choice.value == "avoid" and has:
                total += max(1, round(cs.modules[mid].study_ec * 10))
    return total


def brute_force(cs: CatalogueSet, lrn: Learner) -> tuple[int, int, int] | None:
    """(fastest finish, fewest EC missing a soft wish within weeksLater of it, earliest finish with those)."""
    assert lrn.deadline is not None
    horizon = week_index(lrn.start, lrn.deadline) + 1
    opts = _options(cs, lrn, horizon)
    mids = sorted(opts)
    goal = {cs.canon(o) for o in cs.goals["t:g"].required} - {cs.canon(o) for o in lrn.proven_ids()}
    valid: list[tuple[int, int]] = []
    for combo in itertools.product(*(opts[m] for m in mids)):
        chosen = [(m, c) for m, c in zip(mids, combo, strict=True) if c is not None]
        if not goal <= {cs.canon(o) for m, _ in chosen for o in cs.modules[m].certifies}:
            continue
        items = [PlannedModule.model_construct(module=m, offering=c[0], start_week=c[1], end_week=c[2], title=m,
                                               start_date=START, end_date=START) for m, c in chosen]
        if not validate_plan(cs, lrn, Plan.model_construct(items=items, totals=None)):
            valid.append((max((c[2] for _, c in chosen), default=0), _missed(cs, lrn, [(m, c[0]) for m, c in chosen])))
    if not valid:
        return None
    fastest = min(f for f, _ in valid)
    least = min(p for f, p in valid if f <= fastest + lrn.how.weeks_later)
    return fastest, least, min(f for f, p in valid if f <= fastest + lrn.how.weeks_later and p == least)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(described())
def test_solver_agrees_with_brute_force_on_hard_and_soft_facets(inst: tuple[CatalogueSet, Learner]) -> None:
    cs, lrn = inst
    plan = Solver(cs, lrn, time_limit=10, explain=False).solve()
    expected = brute_force(cs, lrn)
    if plan.status == Status.INFEASIBLE:
        assert expected is None
        return
    assert expected is not None and plan.totals is not None
    assert validate_plan(cs, lrn, plan) == []
    assert _missed(cs, lrn, [(i.module, i.offering) for i in plan.items]) == expected[1]
    assert plan.totals.finish_week == expected[2]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(described())
def test_a_never_is_never_in_a_route_and_no_trade_off_keeps_the_fastest_finish(inst: tuple[CatalogueSet, Learner]) -> None:
    cs, lrn = inst
    lrn = lrn.model_copy(update={"how": lrn.how.model_copy(update={"weeks_later": 0})})
    plan = Solver(cs, lrn, time_limit=10, explain=False).solve()
    for it in plan.items:
        how = cs.offerings[it.offering].how
        for w in lrn.how.wishes:
            if w.choice.value == "never":
                assert how is None or w.value not in (how.values(w.facet) or set())
    # without its soft wishes (and with none at all when there is no hard one) the finish is the same
    hard_only = lrn.model_copy(update={"how": lrn.how.model_copy(update={"wishes": lrn.how.hard()})})
    plain = Solver(cs, hard_only, time_limit=10, explain=False).solve()
    assert plain.status == plan.status
    if plan.totals is not None and plain.totals is not None:
        assert plan.totals.finish_week == plain.totals.finish_week


# --------------------------------------------------------------------------- the demo


def test_the_demo_catalogues_describe_every_offering_with_real_variety() -> None:
    from planner.load import load_catalogues
    from tests.planner.test_sample_learners import FILES

    cs = load_catalogues(FILES)
    assert [o.id for o in cs.offerings.values() if o.how is None] == []
    both = [m for m in cs.modules
            if {(o.mode.value, o.how.pacing) for o in cs.offerings_of(m) if o.how} >= {("online", Pacing.SELF_PACED), ("campus", Pacing.COHORT)}]
    assert len(both) >= 10  # the same module self-paced online and as a campus cohort
    evc = [o for o in cs.offerings.values() if o.how and o.how.assessment_only]
    assert evc and all(cs.modules[o.module].kind.value == "assessment" for o in evc)
    assert any(o.how and "work-based" in {a.value for a in o.how.activities} for o in cs.offerings.values())
    kinds = {a for o in cs.offerings.values() if o.how for a in o.how.assessment}
    assert len(kinds) >= 7


def test_fatima_never_gets_an_oral_exam_and_at_most_four_weeks_for_her_preferences() -> None:
    from planner.load import load_catalogues, load_learner
    from tests.planner.test_sample_learners import CATALOGS, FILES

    cs = load_catalogues(FILES)
    fatima = load_learner(CATALOGS / "learners" / "selfpaced-fatima.yaml")
    plan = Solver(cs, fatima, time_limit=20, explain=False).solve()
    assert plan.items and validate_plan(cs, fatima, plan) == []
    assert all(Assessment.ORAL_EXAM not in cs.offerings[i.offering].how.assessment for i in plan.items)  # type: ignore[union-attr]
    only_never = fatima.model_copy(update={"how": fatima.how.model_copy(update={"wishes": fatima.how.hard(), "weeks_later": 0})})
    fastest = Solver(cs, only_never, time_limit=20, explain=False).solve()
    assert plan.totals is not None and fastest.totals is not None
    assert plan.totals.finish_week <= fastest.totals.finish_week + 4
    met = [m.params["pct"] for m in plan.messages if m.code == "facets.met"]
    assert met and met[0] >= 50


def test_alternatives_trade_weeks_for_preferences_side_by_side_each_checked() -> None:
    from planner.alternatives import alternatives

    cs = _two_ways()
    lrn = learner(goal="t:g", how=_wishes(("assessment", "oral-exam", "avoid"), ("pacing", "self-paced", "prefer")))
    found = alternatives(cs, lrn, time_limit=3)
    assert [(a.finish, round(100 * (a.met or 0))) for a in found] == [(6, 50), (9, 100)]
    assert [a.weeks_later for a in found] == [0, 4]  # the fewest weeks tried (0, 2, 4, 8, 13) that give it
    assert all(a.findings == [] for a in found)
    assert found[0].pacing == {"cohort": 1.0, "self-paced": 1.0} and found[1].pacing == {"self-paced": 2.0}
    assert found[1].assessment == {"digital-exam": 1.0, "portfolio": 1.0}
    # without preferences there is one route to show
    assert len(alternatives(cs, learner(goal="t:g"), time_limit=3)) == 1


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_pdf_shows_how_each_module_is_taught_and_assessed(language: str) -> None:
    import io
    import re

    from pypdf import PdfReader

    from planner.export.pdf import render_pdf
    from planner.load import load_catalogues, load_learner
    from planner.studyplan import build_study_plan
    from tests.planner.test_sample_learners import CATALOGS, FILES

    cs = load_catalogues(FILES)
    fatima = load_learner(CATALOGS / "learners" / "selfpaced-fatima.yaml")
    plan = Solver(cs, fatima, time_limit=10, explain=False).solve()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(build_study_plan(cs, fatima, plan, language=language)))).pages)
    text = re.sub(r"\s+", " ", text)
    heading = {"en": "How: teaching and assessment Module How taught How assessed",
               "nl": "Hoe: onderwijs en toetsing Onderdeel Onderwijs Toetsing"}[language]
    assert heading in text
    section = text[text.index(heading):]
    for it in plan.items:
        title = cs.modules[it.module].title.get(language)
        assert title in section
    assert ("self-paced" if language == "en" else "in eigen tempo") in section
    assert ("oral exam" if language == "en" else "mondeling") not in section.split("How I like" if language == "en" else "Hoe ik graag")[0]
    assert ("never: oral exam (assessment)" if language == "en" else "nooit: mondeling tentamen (toetsing)") in text


def test_a_wrong_wish_in_a_learner_file_is_a_clear_error_with_its_place(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from planner.cli import main
    from tests.planner.test_sample_learners import CATALOGS, FILES

    text = (CATALOGS / "learners" / "selfpaced-fatima.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "fatima.yaml"
    bad.write_text(text.replace("value: oral-exam, choice: never", "value: oral, choice: never"), encoding="utf-8")
    assert main(["check", *FILES, str(bad)]) == 1
    out = capsys.readouterr().out
    line = text.splitlines().index("    - {facet: assessment, value: oral-exam, choice: never}") + 1
    assert f"fatima.yaml:{line}:7: error: how.wishes[0]: 'oral' is not a value of assessment — use one of: written-exam" in out


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_learner_and_plan_files_carry_the_wishes(tmp_path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    from planner.load import load_catalogues, load_learner, save_learner
    from planner.planfile import Scenario, read_plan_file, save_plan_file
    from tests.planner.test_sample_learners import CATALOGS, FILES

    fatima = load_learner(CATALOGS / "learners" / "selfpaced-fatima.yaml")
    save_learner(fatima, tmp_path / f"f{suffix}")
    assert load_learner(tmp_path / f"f{suffix}") == fatima
    cs = load_catalogues(FILES)
    plan = Solver(cs, fatima, time_limit=5, explain=False).solve()
    other = fatima.model_copy(update={"name": "Fatima, 8 weeks", "how": fatima.how.model_copy(update={"weeks_later": 8})})
    save_plan_file(tmp_path / "p.leerroute.json", fatima, cs, plan,
                   scenarios=[Scenario(name="4 weeks", learner=fatima, plan=plan), Scenario(name="8 weeks", learner=other)],
                   chosen="4 weeks")
    back = read_plan_file(tmp_path / "p.leerroute.json")
    assert back.learner.how == fatima.how
    assert [s.learner.how.weeks_later for s in back.scenarios] == [4, 8]
    assert back.plan is not None and [i.how for i in back.plan.items] == [i.how for i in plan.items]


def test_the_ooapi_import_fills_how_from_the_mode_of_study_and_delivery(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt_
    import json
    import shutil

    from planner.importers.ooapi import import_ooapi
    from planner.importers.report import NoteKind

    folder = tmp_path / "v5"
    shutil.copytree(Path(__file__).parent / "fixtures" / "ooapi" / "v5", folder)
    offerings = json.loads((folder / "offerings.json").read_text(encoding="utf-8"))
    offerings["items"][0]["modeOfStudy"] = "part-time"
    offerings["items"][2]["modeOfStudy"] = "self-paced"
    (folder / "offerings.json").write_text(json.dumps(offerings), encoding="utf-8")
    cat, report = import_ooapi([folder], catalogue_id="hs-midden", published=dt_.date(2027, 6, 1))
    sept = next(o for o in cat.offerings if o.id == "web1-web1-2027-09")
    assert sept.how is not None and sept.how.pacing == Pacing.COHORT
    flex = next(o for o in cat.offerings if o.module == "pm")
    assert flex.how is not None and flex.how.pacing == Pacing.SELF_PACED
    assert not any("modeOfStudy" in n.path for kind in NoteKind for n in report.of_kind(kind))
