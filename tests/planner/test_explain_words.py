"""Issue 23.4: explanations name every choice involved once, count right, and read the same twice.

Dewi excludes the three offerings of 'Care technology in practice' (and can only come to Enschede on
Saturdays, on campus): the explanation said "you excluded it; you excluded it; you excluded it" and
"only offered as campus in Enschede (sat 09:30–15:30); …; online; online".
"""

from __future__ import annotations

import pytest

from planner.explain import explain_infeasible
from planner.load import load_catalogues, load_learner
from planner.messages import msg, render
from planner.models import Learner
from planner.shipped import demo_catalogues, sample_learner

EXCLUDED = ["hs-oost:zorg-technologie-ens-zaterdag", "hs-oost:zorg-technologie-dev-hybride",
            "hs-oost:zorg-technologie-online-zelfstudie"]


@pytest.fixture(scope="module")
def cs():  # type: ignore[no-untyped-def]
    return load_catalogues(demo_catalogues())


def dewi_excluding(excluded: list[str]) -> Learner:
    """Dewi without her deadline, every offering of one module excluded."""
    dewi = load_learner(sample_learner("impossible-dewi"))
    data = dewi.model_dump(mode="json", by_alias=True)
    data.update(excluded=excluded, deadline=None)
    return Learner.model_validate(data)


def test_an_exclusion_of_every_offering_is_named_once(cs) -> None:  # type: ignore[no-untyped-def]
    texts = [render(m) for m in explain_infeasible(cs, dewi_excluding(EXCLUDED), time_limit=10)]
    assert "the modules you excluded: 'Care technology in practice'" in texts
    facts = [t for t in texts if " is only offered " in t]
    assert facts, texts
    for fact in facts:
        assert fact.count("you excluded") == 1 and "you excluded it" not in fact, fact
        assert "you excluded 'Care technology in practice'" in fact
        reasons = fact.split("none of these works for you: ")[1].split("; ")
        assert len(reasons) == len(set(reasons)), fact
        offers = fact.split(" is only offered ")[1].split(", and none")[0]
        assert "on campus in Enschede (Sat 09:30–15:30)" in offers and "sat " not in offers, offers
        assert offers.count("online") == 1, offers  # the online offerings named once


def test_the_modes_not_studied_are_named_together(cs) -> None:  # type: ignore[no-untyped-def]
    texts = [render(m) for m in explain_infeasible(cs, dewi_excluding(EXCLUDED[:1]), time_limit=10)]
    facts = [t for t in texts if " is only offered " in t]
    assert any("you do not study online or hybrid" in t or "you do not study hybrid or online" in t for t in facts), texts
    assert not any("you do not accept" in t or "campus study" in t for t in texts), texts


def test_the_same_inputs_give_the_same_explanation(cs) -> None:  # type: ignore[no-untyped-def]
    learner = dewi_excluding(EXCLUDED[:1])
    first = [m.model_dump(mode="json") for m in explain_infeasible(cs, learner, time_limit=10)]
    again = [m.model_dump(mode="json") for m in explain_infeasible(cs, learner, time_limit=10)]
    assert first == again


def test_counts_read_right() -> None:
    assert render(msg("group.hours", hours=8.0)) == "your 8 hours a week"  # (was "your 8.0 hours a week")
    assert render(msg("group.hours", hours=1.0)) == "your 1 hour a week"
    assert render(msg("group.hours", hours=7.5), "nl").startswith("your 7,5 hours")  # the number as the language writes it
    assert render(msg("facets.later", weeks=1, fastest=6)).startswith("1 week later than the fastest route (week 6 of")
    assert render(msg("facets.later", weeks=3, fastest=6)).startswith("3 weeks later")
    assert "1 week after its target" in render(msg("milestone.late", title="M", week=9, late=1, target=8))
    assert render(msg("invalid.choice", have=0, n=1, group="g")) == "the route does not gain the 1 outcome needed for choice 'g'"


def test_a_change_of_modes_names_the_modes() -> None:
    assert render(msg("change.modes", more_modes=["online", "hybrid"])) == "also study online and hybrid"
    assert render(msg("change.modes", more_modes=["online", "hybrid"]), "nl") == "also study online en hybride"
    assert render(msg("group.modes", modes=["campus", "workplace"])) == "studying only on campus or at the workplace"
    assert render(msg("group.availability", windows=[{"day": "sat", "start": "09:00", "end": "16:00"}]), "nl") == \
        "your free times (za 09:00–16:00)"


def test_messages_saved_before_read_in_the_language_too() -> None:
    """Plans saved before modes and times were values hold them as English text."""
    assert render(msg("group.modes", modes="campus, online"), "nl") == "studying only op de campus, online"
    assert render(msg("group.availability", windows="sat 09:00–16:00, mon 19:00–21:30 (every 2 weeks)"), "nl") == \
        "your free times (za 09:00–16:00, ma 19:00–21:30 om de 2 weken)"


def test_a_threshold_of_one_module_reads_in_the_singular() -> None:
    from planner.prerequisites import Credits
    from planner.requirements import describe

    assert describe(Credits(modules=1), str) == "1 module completed"
    assert describe(Credits(modules=2), str) == "2 modules completed"
