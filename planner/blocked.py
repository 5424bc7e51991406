"""Why no offering of an outcome can be used: each offering named once, each reason once.

"'X' is only offered on campus in Enschede (Sat 09:30–15:30), hybrid in Deventer and online, and
none of these works for you: you excluded 'Care technology in practice'; you do not study hybrid or
online" — the reasons of the offerings merged: one exclusion sentence naming every module excluded,
one sentence naming every mode not studied, and any other reason once however many offerings it
blocks. Parameters are plain values (modes, weekly times, titles with their ids), so that each face
writes them in its own language.
"""

from __future__ import annotations

from planner.access import assessment_allowed, deadline_week, offering_rejections, start_range, times
from planner.catalog import CatalogueSet
from planner.choices import ref_title
from planner.learner import Learner
from planner.messages import msg
from planner.models import Mode, Offering
from planner.plan import Message
from planner.solver.instance import MAX_WEEKS


def offer_message(off: Offering) -> Message:
    """An offering as the explanation names it: its mode, place and weekly times."""
    sessions = [times(s) for s in off.sessions]
    if off.mode == Mode.ONLINE or not off.location:
        return msg("offer.online_times", times=sessions) if sessions else msg("offer.online")
    if sessions:
        return msg("offer.place_times", mode=off.mode.value, place=off.location, times=sessions)
    return msg("offer.place", mode=off.mode.value, place=off.location)


def merged_reasons(cs: CatalogueSet, reasons: list[tuple[Offering, Message]]) -> list[Message]:
    """One reason per kind: the modules excluded named together, the modes not studied together,
    every other reason once (in the order first met)."""
    out: list[Message] = []
    seen: set[str] = set()
    excluded: list[str] = []
    modes: list[str] = []
    for off, why in reasons:
        if why.code == "reason.excluded":
            if off.module not in excluded:
                excluded.append(off.module)
            key = "excluded"
        elif why.code == "reason.mode":
            if why.params["mode"] not in modes:
                modes.append(str(why.params["mode"]))
            key = "modes"
        else:
            key = why.model_dump_json()
        if key not in seen:
            seen.add(key)
            out.append(why)
    done: list[Message] = []
    for why in out:
        if why.code == "reason.excluded":
            why = msg("reason.excluded_titles", refs=excluded, titles=[ref_title(cs, m) for m in excluded])
        elif why.code == "reason.mode" and len(modes) > 1:
            why = msg("reason.modes", modes=modes)
        done.append(why)
    return done


def only_blocked_offers(cs: CatalogueSet, learner: Learner, outcome: str) -> Message | None:
    """'X is only offered …, and none of these works for you: …' when no offering of any module
    certifying X can be used.

    None when some offering is usable or nothing certifies X. The reasons per offering: an EVC
    route without a claim, mode, place, free times, budget, exclusion, or no start date in reach;
    the first of each offering is named, merged with the others' (:func:`merged_reasons`).
    """
    offers = [f for m in cs.certifiers(outcome) for f in cs.offerings_of(m.id)]
    if not offers:
        return None
    claimed = {cs.canon(c) for c in learner.claimed_ids()}
    horizon = deadline_week(learner)
    blocked: list[tuple[Offering, Message]] = []
    for f in offers:
        why = offering_rejections(learner, f)
        if not assessment_allowed(cs, cs.modules[f.module], claimed):
            why.insert(0, msg("reason.no_claim"))
        if f.id in learner.excluded or f.module in learner.excluded:
            why.insert(0, msg("reason.excluded"))  # (the learner's own decision first)
        if start_range(learner, f, horizon if horizon is not None else MAX_WEEKS) is None:
            why.append(msg("reason.dates"))
        if not why:
            return None
        blocked.append((f, why[0]))
    named: list[Message] = []
    for f, _ in blocked:
        offer = offer_message(f)
        if offer not in named:
            named.append(offer)
    return msg(
        "infeasible.offered_only",
        outcome=outcome,
        outcome_title=cs.outcome_title(outcome),
        offers=[o.model_dump(mode="json") for o in named],
        reasons=[w.model_dump(mode="json") for w in merged_reasons(cs, blocked)],
    )
