"""Graph queries: the catalogue graph, prerequisite views, the relevant sub-graph, unreachable outcomes."""

from __future__ import annotations

from planner.graph import (
    build_graph,
    mnode,
    module_cycles,
    onode,
    prerequisite_graph,
    relevant_subgraph,
    unreachable_outcomes,
)
from tests.factory import catalogue, catset, cohort, flexible, learner, module, session

CAT = catalogue(
    ["basis", "oo", "web", "db", "unrelated", "nobody", "blocked", "needs-blocked"],
    [
        module("m-basis", ["basis"], hours=20),
        module("m-oo", ["oo"], requires="basis", hours=20),
        module("m-web", ["web"], requires={"all": ["oo", {"any": ["db", "basis"]}]}, hours=20),
        module("m-db", ["db"], hours=20),
        module("m-unrelated", ["unrelated"], hours=20),
        module("m-blocked", ["blocked"], requires="nobody", hours=20),
        module("m-needs", ["needs-blocked"], requires="blocked", hours=20),
    ],
    [
        flexible("f-basis", "m-basis", 4, 5),
        flexible("f-oo", "m-oo", 4, 5),
        cohort("f-web", "m-web", 4, 5, [10], mode="campus", location="Enschede", sessions=[session("tue", "19:00", "21:30")]),
        flexible("f-db", "m-db", 4, 5),
        flexible("f-unrelated", "m-unrelated", 4, 5),
        flexible("f-blocked", "m-blocked", 4, 5),
        flexible("f-needs", "m-needs", 4, 5),
    ],
)
CS = catset(CAT)


def test_graph_has_certifies_and_requires_edges():
    g = build_graph(CS)
    assert g.nodes[mnode("t:m-oo")]["kind"] == "module"
    assert g.nodes[onode("t:oo")]["title"] == "Outcome oo"
    assert g.edges[mnode("t:m-oo"), onode("t:oo")]["relation"] == "certifies"
    assert g.edges[onode("t:basis"), mnode("t:m-oo")]["relation"] == "requires"
    assert g.has_edge(onode("t:db"), mnode("t:m-web"))  # nested any-of counts


def test_prerequisite_graph_shows_what_leads_to_a_module_and_what_it_leads_to():
    g = prerequisite_graph(CS, "t:m-oo")
    assert {mnode("t:m-basis"), onode("t:basis"), mnode("t:m-oo"), onode("t:oo"), mnode("t:m-web")} <= set(g)
    assert mnode("t:m-unrelated") not in g
    assert len(prerequisite_graph(CS, "t:does-not-exist")) == 0


def test_equivalent_outcomes_are_linked_across_catalogues():
    partner = catalogue(["py"], [module("m-py", ["py"], hours=20)], [flexible("f-py", "m-py", 4, 5)], cid="p",
                        equivalences=[{"outcome": "py", "equals": "t:basis"}])
    cs = catset(CAT, partner)
    g = build_graph(cs)
    assert g.has_edge(onode("p:py"), onode("t:basis")) or g.has_edge(onode("t:basis"), onode("p:py"))
    # the partner module now helps: it certifies an outcome equivalent to one that is needed
    sub = relevant_subgraph(cs, learner(outcomes=["t:oo"]))
    assert mnode("p:m-py") in sub


def test_cycles_are_found_and_printed_as_a_path():
    cyc = catset(catalogue(["a", "b"], [module("ma", ["a"], requires="b", hours=4), module("mb", ["b"], requires="a", hours=4)],
                           [flexible("fa", "ma", 1, 4), flexible("fb", "mb", 1, 4)]))
    [path] = module_cycles(cyc)
    assert path[0] == path[-1] and set(path) == {"t:ma", "t:mb"}
    assert module_cycles(CS) == []


def test_relevant_subgraph_keeps_only_what_helps_reach_the_goal():
    sub = relevant_subgraph(CS, learner(outcomes=["t:web"]))
    modules = {d["id"] for _, d in sub.nodes(data=True) if d["kind"] == "module"}
    assert modules == {"t:m-basis", "t:m-oo", "t:m-web", "t:m-db"}


def test_relevant_subgraph_skips_what_is_proven():
    sub = relevant_subgraph(CS, learner(outcomes=["t:web"], proven=[{"outcome": "t:basis", "evidence": "diploma"},
                                                                      {"outcome": "t:oo", "evidence": "edubadge"}]))
    modules = {d["id"] for _, d in sub.nodes(data=True) if d["kind"] == "module"}
    assert modules == {"t:m-web"}


def test_relevant_subgraph_leaves_out_modules_the_learner_cannot_take():
    sub = relevant_subgraph(CS, learner(outcomes=["t:web"], modes=["online"]))
    assert mnode("t:m-web") not in sub


def test_unreachable_outcomes_with_their_reasons():
    found = {u.outcome: u for u in unreachable_outcomes(CS, learner(outcomes=["t:nobody", "t:needs-blocked", "t:oo"]))}
    assert found["t:nobody"].reason == "uncertified"
    assert found["t:needs-blocked"].reason == "unreachable"
    assert found["t:needs-blocked"].missing == ("t:blocked",)
    assert "t:oo" not in found


def test_outcome_only_offered_where_or_when_the_learner_cannot_be():
    where = {u.outcome: u.reason for u in unreachable_outcomes(CS, learner(outcomes=["t:web"], places=["Zwolle"]))}
    assert where == {"t:web": "no-offering"}
    when = {u.outcome: u.reason for u in unreachable_outcomes(CS, learner(outcomes=["t:web"], deadline="2027-02-28"))}
    assert when == {"t:web": "no-offering"}  # the only cohort starts in week 10
    free = {u.outcome: u.reason for u in unreachable_outcomes(
        CS, learner(outcomes=["t:web"], availability=[{"day": "wed", "start": "19:00", "end": "22:00"}]))}
    assert free == {"t:web": "no-offering"}
    assert unreachable_outcomes(CS, learner(outcomes=["t:web"])) == []
