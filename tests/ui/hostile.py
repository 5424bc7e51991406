"""A catalogue and learner written by someone hostile: every text the window shows is full of HTML
(bold, a local image, a link, a huge table) and as long as the models allow.

Markup that Qt interprets loses its tags: "<b>BOLD</b>" shows as "BOLD". A window that keeps every
file text plain shows the tags literally, so a test can look for the literal "<b>BOLD".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tests.ui.helpers import CATALOGUE, LEARNER

MARKUP = ('<b>BOLD</b> <img src="file:///etc/passwd"> <a href="file:///etc/passwd">LINK</a> '
          '<table width="100000"><tr><td>CELL</td></tr></table>')
SHORT = 200  # ShortText: locations, providers, institution, learner name
LONG = 2000  # Text (titles, descriptions in each language)


def hostile(prefix: str, length: int, spaced: bool = False) -> str:
    """``prefix``, the markup, then filler up to ``length`` characters (one unbroken word unless ``spaced``)."""
    head = f"{prefix} {MARKUP} "
    filler = ("W " if spaced else "W") * length
    return (head + filler)[:length]


def _text(prefix: str) -> dict[str, str]:
    return {"en": hostile(prefix, LONG), "nl": hostile(prefix + " nl", LONG, spaced=True)}


def write_hostile(folder: Path) -> tuple[Path, Path]:
    """Write ``hostile.json`` (the tiny catalogue with hostile texts) and ``hostile-learner.json``."""
    yaml = YAML(typ="safe")
    cat: dict[str, Any] = yaml.load(CATALOGUE.read_text())
    cat["published"] = str(cat["published"])
    cat["title"] = _text("Catalogue")
    cat["institution"] = hostile("Institution", SHORT)
    for o in cat["outcomes"]:
        o["title"] = _text(o["id"])
    for m in cat["modules"]:
        m["title"] = _text(m["id"])
        m["description"] = _text(m["id"] + " description")
        m["provider"] = hostile(m["id"] + " provider", SHORT)
    for f in cat["offerings"]:
        for key in ("starts",):
            if key in f:
                f[key] = [str(d) for d in f[key]]
        if "entry" in f:
            f["entry"] = {k: str(v) for k, v in f["entry"].items()}
        if f["mode"] != "online":
            f["location"] = hostile(f["id"] + " location", SHORT)
    for g in cat["goals"]:
        g["title"] = _text(g["id"])
        g["description"] = _text(g["id"] + " description")
        for ms in g.get("milestones", []):
            ms["title"] = _text(ms["id"])
    learner: dict[str, Any] = yaml.load(LEARNER.read_text())
    learner["start"] = str(learner["start"])
    learner["holidays"] = [{k: str(v) for k, v in h.items()} for h in learner["holidays"]]
    learner["name"] = hostile("Learner", SHORT)
    learner["notes"] = hostile("Notes", 20000, spaced=True)
    cat_path, learner_path = folder / "hostile.json", folder / "hostile-learner.json"
    cat_path.write_text(json.dumps(cat, ensure_ascii=False))
    learner_path.write_text(json.dumps(learner, ensure_ascii=False))
    return cat_path, learner_path
