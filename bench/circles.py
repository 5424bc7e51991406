"""The real university: UNSW's handbook as the Circles planner keeps it, read at run time.

``python -m bench.circles [--out /work/real]`` builds a Leerroute catalogue (format 1.1) and a learner doing the
Computer Science major (``COMPA1`` of programme 3778) at 20 hours a week from a local mirror of the
devsoc-unsw/circles repository (a bare git directory; ``LEERROUTE_CIRCLES`` names another one). Nothing of that
data is kept in this repository: when the mirror is absent :func:`available` is false and the bench says
"real: not available".

What is read, and how it becomes a catalogue:

- ``conditionsProcessed.json``: every course (3,141) and its prerequisite as Circles processed it
  (``COMP1531 && (COMP2521 || COMP1927) && COMP# && 102UOC``). :func:`parse` reads that language; :func:`translate`
  turns it into a requirement: course codes into outcomes (a course not in the handbook can never be taken),
  ``[…]`` into corequisites, ``N UOC`` into ``{credits: N}``, ``N UOC in L2 MATH`` into a pool of a level and
  subject, a mark in a course into the course, a programme, specialisation or programme kind into true or false
  for this learner (programme 3778, major COMPA1), a WAM into "met" (it is not planned). What it cannot read
  (free text, "CORES", a school's consent) is counted per reason and that condition is dropped — the course is
  kept without it — and :func:`build` reports how many.
- ``specialisationsProcessed.json``: the major's curriculum — its core courses ("MATH1131 or MATH1141" is a choice
  of one) and its electives with ``credits_to_complete`` ("any level 3 Computer Science course" is every COMP
  course of that level).
- terms a course runs in: a file of handbook entries read by hand (``terms.json`` in the output folder: code →
  ``{"uoc": 6, "terms": ["T1", "T2"]}``; the mirror lacks ``coursesProcessed.json``), else ``enrolmentData.json``
  (the terms a COMP course had students in one year: T2 and T3 only, so it may miss T1), else T1–T3 assumed.
  How many courses had which source is reported.

Term dates are UNSW's: T1 from mid-February, T2 from early June, T3 from mid-September, each 10 weeks of teaching
and an exam week; T0 (summer) six weeks from early January. A course of U UOC is U × 28 hours over its weeks
(6 UOC: 15.3 hours a week over 11 weeks, so at 20 hours a week one course a term, with a 2-UOC one beside it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.catalog import CatalogueSet
from planner.models import (
    AllOf,
    AnyOf,
    Catalogue,
    ChoiceGroup,
    Credits,
    Goal,
    GoalKind,
    Learner,
    Mode,
    Module,
    Offering,
    Outcome,
    Pool,
    Requirement,
    Text,
    With,
)

MIRROR = Path(os.environ.get("LEERROUTE_CIRCLES", "/work/.mirror/devsoc-unsw+circles/repo"))
DATA = "backend/data/final_data"
OUT = Path("/work/real")
PROGRAMME, MAJOR = "3778", "COMPA1"
FIRST_T1 = dt.date(2027, 2, 15)  # a Monday in mid-February
#: Start of each term in weeks after T1's start, and its length (10 weeks of teaching and an exam week; summer 6).
TERMS = {"T0": (-6, 6), "T1": (0, 11), "T2": (15, 11), "T3": (30, 11)}
YEARS = 10
HOURS_PER_EC = 28
CODE = re.compile(r"[A-Z]{4}\d{4}")


# --- the condition language ------------------------------------------------------------------------------------

class Untranslatable(ValueError):
    """A condition (or part of one) that has no meaning in a catalogue; ``reason`` says which kind."""

    def __init__(self, reason: str, text: str = "") -> None:
        super().__init__(f"{reason}: {text}" if text else reason)
        self.reason = reason


_TOKEN = re.compile(
    r"\s*(?:(?P<op>&&|\|\||[()\[\]])|(?P<uoc>\d+)UOC\b|(?P<wam>\d+)WAM\b|(?P<grade>\d+)GRADE\b|(?P<level>L\d)\b"
    r"|(?P<code>[A-Z]{4}\d{4})\b|(?P<kind>[A-Z]{4}#)|(?P<specpat>[A-Z]{4}\?\d)|(?P<spec>[A-Z]{5}\d+)\b"
    r"|(?P<programme>\d{4})\b|(?P<subject>[A-Z]{4})\b|(?P<word>\S+))")


@dataclass(frozen=True)
class Atom:
    """A leaf: ``kind`` is course, coreq (a course alongside), uoc, wam, programme, spec, kind or specpat."""

    kind: str
    value: str
    amount: int = 0
    level: int | None = None
    subject: str | None = None


@dataclass(frozen=True)
class Op:
    """``all`` or ``any`` of parts."""

    kind: str
    parts: tuple[Node, ...]


Node = Atom | Op


def tokens(text: str) -> list[tuple[str, str]]:
    """The tokens of a processed condition as (kind, text)."""
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "word"
        value = m.group(kind)
        if value is not None:
            out.append((kind, value))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokens(text)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise Untranslatable("ends too early", self.text)
        self.i += 1
        return tok

    def top(self) -> Node:
        # two conditions side by side ("COMP2521 MATH1081", from two "Prerequisite:" lines) both apply
        parts = [self.expr()]
        while self.peek() is not None:
            if self.peek() in (("op", ")"), ("op", "]")):
                raise Untranslatable("unbalanced brackets", self.text)
            parts.append(self.expr())
        return parts[0] if len(parts) == 1 else Op("all", tuple(parts))

    def expr(self) -> Node:
        parts = [self.conj()]
        while self.peek() == ("op", "||"):
            self.take()
            parts.append(self.conj())
        return parts[0] if len(parts) == 1 else Op("any", tuple(parts))

    def conj(self) -> Node:
        parts = [self.unit()]
        while self.peek() == ("op", "&&"):
            self.take()
            parts.append(self.unit())
        return parts[0] if len(parts) == 1 else Op("all", tuple(parts))

    def unit(self) -> Node:
        kind, value = self.take()
        if (kind, value) in (("op", "("), ("op", "[")):
            inner = self.expr()
            close = ")" if value == "(" else "]"
            if self.take() != ("op", close):
                raise Untranslatable("unbalanced brackets", self.text)
            return _alongside(inner) if value == "[" else inner
        if kind == "code":
            return Atom("course", value)
        if kind == "uoc":
            level, subject = self.category()
            return Atom("uoc", value, amount=int(value), level=level, subject=subject)
        if kind == "grade":
            if self.peek() != ("word", "in"):
                raise Untranslatable("a mark without a course", self.text)
            self.take()
            k, v = self.take()
            if k != "code":
                raise Untranslatable("a mark in something other than a course", self.text)
            return Atom("course", v)  # the mark itself is not planned: passing the course is
        if kind in ("wam", "programme", "spec", "kind", "specpat"):
            return Atom(kind, value)
        raise Untranslatable("free text" if kind in ("word", "subject", "level") else f"unexpected {value!r}", self.text)

    def category(self) -> tuple[int | None, str | None]:
        """After ``N UOC``: ``in L2 MATH``, ``in L2``, ``in MATH`` or nothing (any course)."""
        if self.peek() != ("word", "in"):
            return None, None
        self.take()
        level: int | None = None
        subject: str | None = None
        tok = self.peek()
        if tok is not None and tok[0] == "level":
            level = int(self.take()[1][1:])
            tok = self.peek()
        if tok is not None and tok[0] == "subject":
            subject = self.take()[1]
        if level is None and subject is None:
            raise Untranslatable("credits in a category not read", self.text)
        return level, subject


def _alongside(node: Node) -> Node:
    """Courses inside ``[…]`` are corequisites: taken alongside (or before)."""
    if isinstance(node, Atom):
        if node.kind != "course":
            raise Untranslatable("a corequisite that is not a course")
        return Atom("coreq", node.value)
    return Op(node.kind, tuple(_alongside(p) for p in node.parts))


_ONE_OF = re.compile(r"one of the following courses?[,:]?\s*(.*?)\.?\s*", re.IGNORECASE)
_LIST = re.compile(r"[A-Z]{4}\d{4}(?:\s*(?:,|\|\||\bor\b)\s*[A-Z]{4}\d{4})*")


def parse(text: str) -> Node | None:
    """The condition tree of a processed condition string (None when empty); raises :class:`Untranslatable`."""
    if not text.strip():
        return None
    one_of = _ONE_OF.fullmatch(text.strip())
    if one_of is not None and _LIST.fullmatch(one_of.group(1)):  # "One of the following courses, A, B || C"
        text = " || ".join(CODE.findall(one_of.group(1)))
    return _Parser(text).top()


# --- into Leerroute's requirements -----------------------------------------------------------------------------

@dataclass
class Context:
    """What a condition is evaluated against: the handbook's courses and this learner's enrolment."""

    courses: set[str]
    programme: str = PROGRAMME
    major: str = MAJOR
    kinds: dict[str, set[str]] = field(default_factory=dict)  # programme kind ("COMP#") -> its programmes
    assumed: Counter[str] = field(default_factory=Counter)  # "WAM met", "mark met": parts taken as met


Value = Requirement | bool


def translate(node: Node | None, ctx: Context) -> Value:
    """A requirement, or True (always met) or False (never met for this learner) for a condition tree."""
    if node is None:
        return True
    if isinstance(node, Op):
        values = [translate(p, ctx) for p in node.parts]
        if node.kind == "all":
            if any(v is False for v in values):
                return False
            kept = [v for v in values if not isinstance(v, bool)]
            return True if not kept else kept[0] if len(kept) == 1 else AllOf(all=kept)
        if any(v is True for v in values):
            return True
        some = [v for v in values if not isinstance(v, bool)]
        return False if not some else some[0] if len(some) == 1 else AnyOf(any=some)
    if node.kind == "course":
        return node.value.lower() if node.value in ctx.courses else False
    if node.kind == "coreq":
        return With(with_=node.value.lower()) if node.value in ctx.courses else False
    if node.kind == "uoc":
        if node.level is None and node.subject is None:
            return Credits(credits=node.amount)
        return Credits(credits=node.amount, from_=Pool(subject=node.subject,
                                                        tag=f"level-{node.level}" if node.level else None))
    if node.kind == "wam":
        ctx.assumed["WAM met"] += 1
        return True
    if node.kind == "programme":
        return node.value == ctx.programme
    if node.kind == "spec":
        return node.value == ctx.major
    if node.kind == "specpat":
        return re.fullmatch(node.value.replace("?", "."), ctx.major) is not None
    if node.kind == "kind":
        return ctx.programme in ctx.kinds.get(node.value, set())
    raise Untranslatable(f"unknown atom {node.kind}")


# --- the catalogue and the learner -----------------------------------------------------------------------------

def available(mirror: Path = MIRROR) -> bool:
    """Whether the Circles mirror is here to read."""
    return (mirror / "HEAD").exists() or (mirror / ".git").exists()


def _read(name: str, mirror: Path = MIRROR) -> Any:
    done = subprocess.run(["git", "-C", str(mirror), "show", f"HEAD:{name}"], capture_output=True, check=True)
    return json.loads(done.stdout)


@dataclass
class Report:
    """What the conversion did: counts a reader can check."""

    courses: int = 0
    modules: int = 0
    offerings: int = 0
    conditions: int = 0
    translated: int = 0
    dropped: Counter[str] = field(default_factory=Counter)  # reason -> conditions not translated (dropped)
    never: int = 0  # courses this learner can never take (a programme or a course that does not exist)
    assumed: Counter[str] = field(default_factory=Counter)
    terms_from: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)  # requirement shapes: uoc, uoc-pool, coreq, course

    def lines(self) -> list[str]:
        out = [f"courses read {self.courses}; modules {self.modules}, offerings {self.offerings}",
               f"conditions {self.conditions}: translated {self.translated}, dropped (not translated) "
               f"{sum(self.dropped.values())}, never met by this learner {self.never}"]
        out += [f"  dropped, {reason}: {n}" for reason, n in self.dropped.most_common()]
        out += [f"  taken as met, {what}: {n}" for what, n in self.assumed.most_common()]
        out.append("terms from: " + ", ".join(f"{k} {n}" for k, n in self.terms_from.most_common()))
        out.append("atoms in kept conditions: " + ", ".join(f"{k} {n}" for k, n in self.kinds.most_common()))
        return out


def _count(req: Requirement, kinds: Counter[str]) -> None:
    if isinstance(req, str):
        kinds["course"] += 1
    elif isinstance(req, (AllOf, AnyOf)):
        for p in req.all if isinstance(req, AllOf) else req.any:
            _count(p, kinds)
    elif isinstance(req, With):
        kinds["corequisite"] += 1
    elif isinstance(req, Credits):
        kinds["credits from a pool" if req.from_ is not None else "credits completed"] += 1


def _terms(code: str, handbook: dict[str, Any], enrolment: dict[str, Any], report: Report) -> tuple[int, list[str]]:
    entry = handbook.get(code, {})
    uoc = int(entry.get("uoc", 6))
    if "terms" in entry:
        report.terms_from["handbook entry"] += 1
        return uoc, list(entry["terms"])
    ran = [t for t, students in enrolment.get(code, {}).items() if students]
    if ran:
        report.terms_from["enrolment data"] += 1
        return uoc, ran
    report.terms_from["assumed T1-T3"] += 1
    return uoc, ["T1", "T2", "T3"]


def _text(s: str) -> Text:
    return Text(en=s, nl=s)


def build(mirror: Path = MIRROR, handbook_file: Path | None = OUT / "terms.json") -> tuple[CatalogueSet, Learner, Report]:
    """The UNSW handbook as a catalogue set and a learner doing the CS major at 20 hours a week."""
    conditions: dict[str, Any] = _read(f"{DATA}/conditionsProcessed.json", mirror)
    spec = _read(f"{DATA}/specialisationsProcessed.json", mirror)[MAJOR]
    enrolment: dict[str, Any] = _read(f"{DATA}/enrolmentData.json", mirror)
    kinds = {k: set(v) for k, v in _read("backend/algorithms/cache/programMappings.json", mirror).items()}
    handbook = json.loads(handbook_file.read_text()) if handbook_file is not None and handbook_file.exists() else {}
    report = Report(courses=len(conditions))
    units = {code: _terms(code, handbook, enrolment, report) for code in sorted(conditions)}
    courses = {c for c, (uoc, terms) in units.items() if uoc > 0 and terms}
    trees: dict[str, Node | None] = {}
    for code in sorted(courses):
        text = conditions[code].get("processed", "")
        if text.strip():
            report.conditions += 1
        try:
            trees[code] = parse(text)
        except Untranslatable as e:
            report.dropped[e.reason] += 1
            trees[code] = None
        report.assumed["mark in a course"] += len(re.findall(r"\d+GRADE", text))
    while True:  # a course that can never be taken makes what needs it unavailable in turn
        ctx = Context(courses=courses, kinds=kinds)
        values: dict[str, Value] = {}
        for code in sorted(courses):
            try:
                values[code] = translate(trees[code], ctx)
            except Untranslatable as e:
                report.dropped[e.reason] += 1
                values[code] = True
        never = {c for c, v in values.items() if v is False}
        if not never:
            break
        report.never += len(never)
        courses -= never
    report.assumed.update(ctx.assumed)
    outcomes, modules, offerings = [], [], []
    for code in sorted(courses):
        uoc, terms = units[code]
        cid = code.lower()
        req = values[code]
        if req is not True:
            report.translated += 1
            _count(req, report.kinds)  # type: ignore[arg-type]
        outcomes.append(Outcome(id=cid, title=_text(f"Outcomes of {code}")))
        modules.append(Module(id=cid, title=_text(code), ec=uoc, certifies=[cid], subject=code[:4],
                              tags=[f"level-{code[4]}"], requires=None if req is True else req))  # type: ignore[arg-type]
        for term in sorted(terms):
            if term not in TERMS:
                continue
            offset, weeks = TERMS[term]
            starts = [FIRST_T1 + dt.timedelta(weeks=52 * y + offset) for y in range(-1, YEARS)]
            offerings.append(Offering(id=f"{cid}-{term.lower()}", module=cid, mode=Mode.ONLINE, starts=starts,
                                      weeks=weeks, hours_per_week=min(60.0, math.ceil(uoc * HOURS_PER_EC / weeks * 10) / 10)))
    report.modules, report.offerings = len(modules), len(offerings)
    goal = _major(spec, courses)
    cat = Catalogue(format_version="1.1", id="unsw", title=_text("UNSW handbook (from Circles)"), institution="UNSW",
                    published=dt.date(2026, 11, 1), outcomes=outcomes, modules=modules, offerings=offerings, goals=[goal])
    learner = Learner(name="UNSW Computer Science major at 20 h", goal=f"unsw:{goal.id}", start=FIRST_T1,
                      hours_per_week=20, modes=[Mode.ONLINE])
    return CatalogueSet.from_catalogues([cat]), learner, report


def _major(spec: dict[str, Any], courses: set[str]) -> Goal:
    """The major's curriculum as a goal: core courses required, "A or B" a choice of one, electives by credits."""
    required: list[str] = []
    choices: list[ChoiceGroup] = []
    # a core course is not also an elective ("any level 3 COMP course" would count COMP3900 twice)
    core = {c for g in spec["curriculum"] if g.get("core") for key in g["courses"] for c in CODE.findall(key)}
    for k, group in enumerate(spec["curriculum"]):
        named = [c for c in group["courses"] if CODE.fullmatch(c)]
        if group.get("core"):
            for key in group["courses"]:
                alts = [c.strip() for c in key.split(" or ")]
                if all(CODE.fullmatch(a) for a in alts):
                    present = [a.lower() for a in alts if a in courses]
                    if len(present) == 1:
                        required.append(present[0])
                    elif present:
                        choices.append(ChoiceGroup(id=f"core-{alts[0].lower()}", title=_text(key), n=1, of=present))
            continue
        pools = [key for key in group["courses"] if re.fullmatch(r"[A-Z]{4}\d", key)]
        members = {c for c in named if c in courses}
        members |= {c for c in courses for p in pools if c[:4] == p[:4] and c[4] == p[4]}
        members -= core
        choices.append(ChoiceGroup(id=f"electives-{k}", title=_text(group["title"]), min_ec=group["credits_to_complete"],
                                   of=sorted(c.lower() for c in members)))
    return Goal(id=spec["code"].lower(), title=_text(f"{spec['name']} major"), kind=GoalKind.DEGREE, level=6,
                required=required, choices=choices)


_CACHE: dict[Path, tuple[CatalogueSet, Learner]] = {}


def real_instance(mirror: Path = MIRROR) -> tuple[CatalogueSet, Learner]:
    """The bench's size R: the catalogue set and learner of :func:`build` (built once per process)."""
    if mirror not in _CACHE:
        cs, learner, _ = build(mirror, OUT / "terms.json")
        _CACHE[mirror] = (cs, learner)
    return _CACHE[mirror]


def write(out: Path = OUT, mirror: Path = MIRROR) -> Report:
    """Build and save ``unsw.json`` (catalogue) and ``learner-cs.json`` in ``out``; the report as ``report.txt``."""
    cs, learner, report = build(mirror, out / "terms.json")
    out.mkdir(parents=True, exist_ok=True)
    (out / "unsw.json").write_text(json.dumps(cs.catalogues[0].model_dump(mode="json", by_alias=True, exclude_none=True)))
    (out / "learner-cs.json").write_text(json.dumps(learner.model_dump(mode="json", by_alias=True, exclude_none=True)))
    (out / "report.txt").write_text("\n".join(report.lines()) + "\n")
    return report


def main(argv: list[str] | None = None, mirror: Path = MIRROR) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.circles", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for unsw.json and learner-cs.json")
    args = parser.parse_args(argv)
    if not available(mirror):
        print(f"real: not available (no Circles mirror at {mirror})")
        return 0
    for line in write(args.out, mirror).lines():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
