"""What a plan was made without: the catalogue entries lenient loading left out, on the record.

Lenient loading (:mod:`planner.check.lenient`) leaves out an entry with an error, and the offerings
of a left-out module. A module that needs what only a left-out module certified can then never
start — for this learner: an outcome the learner has proven still opens it — and is listed too,
with the left-out modules that were its only way in. The list goes into the plan
(:attr:`planner.plan.Plan.left_out`), so the plan JSON, the plan file, the window and the PDF's
assumptions name it.
"""

from __future__ import annotations

from pathlib import PurePath

from planner.catalog import CatalogueSet, LeftOut
from planner.graph import reachable
from planner.models import Learner
from planner.plan import LeftOutEntry, Plan
from planner.requirements import requirement_outcomes


def _entry(lo: LeftOut) -> LeftOutEntry:
    return LeftOutEntry(kind=lo.kind, id=lo.id, title=lo.title, institution=lo.institution, file=PurePath(lo.file).name,
                        reason=lo.reason)  # the file's name: a plan handed over does not carry local folders


def never_start(cs: CatalogueSet, learner: Learner) -> list[LeftOutEntry]:
    """Modules of the loaded catalogues that can never start because their only way in was left out."""
    gone = [lo for lo in cs.left_out if lo.kind == "module"]
    if not gone:
        return []
    proven = {cs.canon(o) for o in learner.proven_ids()}
    lost = {cs.canon(o) for lo in gone for o in lo.certifies}
    _, usable = reachable(cs, cs.modules, proven)
    _, usable_with = reachable(cs, cs.modules, proven | lost)
    blocked = sorted(usable_with - usable)
    out: list[LeftOutEntry] = []
    for mid in blocked:
        m = cs.modules[mid]
        wanted = {cs.canon(o) for o in requirement_outcomes(m.requires)}
        needs = [lo.id for lo in gone if wanted & {cs.canon(o) for o in lo.certifies}]
        via = [b for b in blocked if b != mid and wanted & {cs.canon(o) for o in cs.modules[b].certifies}]
        cat = next((c for c in cs.catalogues if mid.startswith(c.id + ":")), None)
        names = ", ".join(needs or via)
        reason = (f"it can never start: what it requires was certified only by {names}, which was left out" if needs else
                  f"it can never start: what it requires is certified only by {names}, which can never start")
        out.append(LeftOutEntry(kind="module", id=mid, title=m.title.get("en"), institution=cat.institution if cat else "",
                                file=cs.sources[cat.id].name if cat and cat.id in cs.sources else "",
                                reason=reason, needs=needs or via))
    return out


def left_out_record(cs: CatalogueSet, learner: Learner) -> list[LeftOutEntry]:
    """Everything the plan is made without: the left-out entries, then the modules that can never start."""
    if not cs.left_out:
        return []
    return [_entry(lo) for lo in cs.left_out] + never_start(cs, learner)


def record_left_out(plan: Plan, cs: CatalogueSet, learner: Learner) -> Plan:
    """The plan with what was left out on its record (the same plan object)."""
    plan.left_out = left_out_record(cs, learner)
    return plan
