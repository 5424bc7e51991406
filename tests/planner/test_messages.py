"""Every message code the planner writes has an English text, so the command line never prints a bare code."""

from __future__ import annotations

import re
from pathlib import Path

from planner.messages import TEMPLATES, render
from planner.plan import Message

PLANNER = Path(__file__).resolve().parents[2] / "planner"
CODE = re.compile(r"""(?:\bmsg\(|\bcode=)"([a-z_]+\.[a-z_]+)\"""")


def test_every_code_written_in_the_planner_has_a_template():
    written = {m for path in PLANNER.rglob("*.py") for m in CODE.findall(path.read_text(encoding="utf-8"))}
    assert len(written) > 40  # the pattern still finds the codes
    assert sorted(written - set(TEMPLATES)) == []


def test_plan_file_changes_read_as_sentences():
    text = render(Message(code="planfile.offering_changed",
                          params={"offering": "x:o1", "title": "Databases", "field": "cost", "old": 400, "new": 450}))
    assert text == "“Databases”: the cost changed from €400 to €450."


def test_amounts_and_dates_read_as_on_the_rest_of_the_command_line():
    """Budgets printed as '€9000' and deadlines as '2027-07-02' while the route said '€1,020' and '2 Jul 2027'."""
    assert render(Message(code="group.budget", params={"budget": 9000})) == "your budget of €9,000"
    finish = {"code": "finish.proven", "params": {"week": 97}}
    assert render(Message(code="suggest.deadline", params={"deadline": "2028-11-19", "finish_week": 97, "finish": finish})) == \
        "move your deadline to 19 Nov 2028, the earliest that works: finish in week 97, the earliest with this change (proven)"
    # saved before suggestions said whether they are the earliest: they claim only that they work
    assert render(Message(code="suggest.deadline", params={"deadline": "2028-11-19", "finish_week": 97})) == \
        "a deadline of 19 Nov 2028 works; an earlier one may: finish in week 97"
