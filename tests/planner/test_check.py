"""The catalogue checker: one broken fixture per kind of problem, loading, merging, the command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from planner.check import Diagnostic, check_files, check_learner_file, run_check
from planner.errors import CatalogueError, LeerrouteError
from planner.load import load_catalogue_file, load_catalogues, load_learner

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = FIXTURES / "broken"
OK = FIXTURES / "ok"

# fixture, code, severity, line, field path, words the message must contain
CASES = [
    ("syntax.yaml", "syntax", "error", 19, "", "indentation is wrong"),
    ("unsafe-tag.yaml", "unsafe-yaml", "error", 4, "", "python/object/apply:os.system' is not allowed"),
    ("alias-bomb.yaml", "unsafe-yaml", "error", 42, "", "expand to more than 100,000 values"),
    ("duplicate-key.yaml", "duplicate-key", "error", 36, "", "the key 'weeks' appears twice in one mapping (first at line 34)"),
    ("unknown-field.yaml", "unknown-field", "error", 35, "offerings[1].hoursperweek", "unknown field 'hoursperweek'"),
    ("missing-field.yaml", "missing-field", "error", 13, "modules[0].certifies", "the required field 'certifies' is missing"),
    ("wrong-type.yaml", "type", "error", 19, "modules[1].ec", "expected a number, found the text 'five'"),
    ("bad-id.yaml", "id-format", "error", 17, "modules[1].id", "'Data Modelling' is not a valid id"),
    ("bad-enum.yaml", "enum", "error", 25, "offerings[0].mode", "the text 'remote' is not allowed here"),
    ("bad-time.yaml", "time", "error", 37, "offerings[1].sessions[0].end", "expected a time of day, found the text '25:30'"),
    ("bad-requires.yaml", "type", "error", 21, "modules[1].requires", "a prerequisite must be an outcome id, all/any, credits or with, found a list"),
    ("format-version.yaml", "format-version", "error", 2, "formatVersion", "format version '2.0' is not supported"),
    ("duplicate-id.yaml", "duplicate-id", "error", 17, "modules[1].id", "the module id 'prog-basics' is used twice (first at line 13"),
    ("unknown-ref.yaml", "unknown-ref", "error", 20, "modules[1].certifies[1]", "certifies 'dta', but there is no outcome 'dta'"),
    ("unknown-requires.yaml", "unknown-ref", "error", 22, "modules[1].requires.any[1].all[1]", "requires 'progg', but there is no outcome 'progg'"),
    ("offering-module-missing.yaml", "offering-module-missing", "error", 24, "offerings[0].module", "runs module 'prog-advanced', but there is no module 'prog-advanced'"),
    ("cycle.yaml", "cycle", "error", 17, "modules[0].requires", "Programming basics (mini:prog-basics) → Data modelling (mini:data-modelling) → Programming basics (mini:prog-basics)"),
    ("self-cycle.yaml", "cycle", "error", 21, "modules[1].requires", "Data modelling (mini:data-modelling) → Data modelling (mini:data-modelling)"),
    ("mc-size.yaml", "mc-size", "error", 19, "modules[1].ec", "is a microcredential of 40 EC, outside the 3–30 EC"),
    ("load-too-small.yaml", "load-too-small", "error", 34, "offerings[1].weeks", "gives 4 weeks × 14 h = 56 study hours, less than the 140 hours of module 'data-modelling'"),
    ("load-too-large.yaml", "load-too-large", "warning", 34, "offerings[1].weeks", "560 study hours, more than 1.5 times the 140 hours"),
    ("session-order.yaml", "session-order", "error", 37, "offerings[1].sessions[0]", "the session ends (17:30) before it starts (19:00)"),
    ("impossible-date.yaml", "date", "error", 33, "offerings[1].starts[0]", "the date 2026-02-30 does not exist"),
    ("bad-date.yaml", "date", "error", 6, "published", "expected a date, found the text 'next spring'"),
    ("entry-window.yaml", "date", "error", 26, "offerings[0].entry", "the entry window ends (2027-06-30) before it opens (2027-09-01)"),
    ("old-start.yaml", "date", "warning", 33, "offerings[1].starts[0]", "starts on 2016-09-07, more than 5 years before"),
    ("goal-uncertified.yaml", "goal-uncertified", "error", 44, "goals[0].required[1]", "needs outcome 'Advises on data architecture' (mini:advice), but no module certifies it"),
    ("choice-uncertified.yaml", "goal-uncertified", "error", 45, "goals[0].choices[0]", "choice 'extra' of goal 'data-skills' needs 2 outcomes, but modules certify only 1 of its 2"),
    ("choice-size.yaml", "choice-size", "error", 43, "goals[0].choices[0]", "the choice needs 3 outcomes but offers only 2"),
    ("location-missing.yaml", "location-missing", "error", 29, "offerings[1]", "a campus offering needs a 'location'"),
    ("load-both.yaml", "load-missing", "error", 13, "modules[0]", "give the study load as 'ec' or as 'hours', not both"),
    ("empty-list.yaml", "empty", "error", 16, "modules[0].certifies", "must not be empty"),
    ("no-offerings.yaml", "no-offerings", "warning", 22, "modules[2]", "module 'spare' has no offerings"),
    ("unused-outcome.yaml", "unused-outcome", "warning", 12, "outcomes[2]", "outcome 'orphan' is certified by no module and needed by no module or goal"),
    ("not-loaded.yaml", "catalogue-not-loaded", "warning", 42, "goals[0].required[1]", "'partner:api' in catalogue 'partner', which is not loaded"),
    ("session-hours.yaml", "session-hours", "warning", 35, "offerings[1].hoursPerWeek", "has 14.5 hours of sessions a week, more than its 14 study hours a week"),
    ("session-clash.yaml", "session-clash", "warning", 38, "offerings[1].sessions[1]", "two sessions at the same time (tue 19:00–21:30 and tue 20:00–21:00)"),
    ("duplicate-milestone.yaml", "duplicate-id", "error", 45, "goals[0].milestones[1].id", "the id 'half' is used twice in goal 'data-skills' (first at line 44)"),
    ("empty.yaml", "empty", "error", 1, "", "the file is empty"),
    ("top-level-list.yaml", "type", "error", 2, "", "the file holds a list, not a catalogue"),
    ("json-syntax.json", "syntax", "error", 6, "", "not valid JSON (Expecting ',' delimiter)"),
    ("json-duplicate-key.json", "duplicate-key", "error", 6, "id", "the key 'id' appears twice"),
    ("threshold-form.yaml", "threshold", "error", 32, "modules[2].requires", "a threshold gives 'credits: <EC>' or 'modules: <number>', one of the two"),
    ("pool-form.yaml", "pool", "error", 32, "modules[2].requires.from", "a pool needs a 'subject', a 'level' or a 'tag'"),
    ("choice-form.yaml", "choice-form", "error", 61, "goals[1].choices[0]", "give the outcomes to choose from in 'of', or a 'pool' of modules, one of the two"),
    ("never-starts.yaml", "never-starts", "warning", 32, "modules[2].requires", "module 'contract-law' can never start: 20 EC (subject ict) completed, but the modules that can start give only 10 EC"),
    ("outcome-unobtainable.yaml", "outcome-unobtainable", "warning", 14, "outcomes[3]", "outcome 'ethics' is required by 'contract-law', but no module certifies it and no assessment-only (EVC) route can prove it"),
    ("goal-unreachable.yaml", "goal-unreachable", "warning", 61, "goals[1].choices[0]", "goal 'ict-minor' can never be reached: choice 'ict-electives' needs 15 EC, but the modules that can be taken give only 10 EC"),
    ("offering-no-start.yaml", "offering-no-start", "warning", 49, "offerings[2].starts", "offering 'law-online' has no start on or after the catalogue's publication date (2026-06-01)"),
    ("pool-empty.yaml", "pool-empty", "warning", 32, "modules[2].requires.from", "module 'contract-law' counts modules of subject itc, but no module has that"),
    ("json-unknown-field.json", "unknown-field", "error", 9, "modules[0].microcredentail", "unknown field 'microcredentail'"),
]
# problems that follow from the one a fixture is about, and are true
CONSEQUENCES = {"unknown-field.yaml": {"missing-field"}, "json-unknown-field.json": {"type"}}


def test_every_broken_fixture_is_tested() -> None:
    assert {c[0] for c in CASES} == {p.name for p in BROKEN.iterdir()}


@pytest.mark.parametrize(("name", "code", "severity", "line", "path", "words"), CASES, ids=[c[0] for c in CASES])
def test_broken_fixture(name: str, code: str, severity: str, line: int, path: str, words: str) -> None:
    report = check_files([BROKEN / name])
    found = [d for d in report.diagnostics if d.code == code]
    assert found, "\n".join(d.render() for d in report.diagnostics)
    d = found[0]
    assert (d.severity, d.line, d.path) == (severity, line, path), d.render()
    assert words in d.message
    assert d.hint, "every diagnostic says what to do"
    assert d.file == str(BROKEN / name)
    # the fixture is broken in one way only (plus true consequences)
    other = {e.code for e in report.errors} - {code} - CONSEQUENCES.get(name, set())
    assert not other, report.summary()
    if severity == "error":
        assert report.catalogue_set is None or report.errors
        with pytest.raises(CatalogueError) as exc:
            load_catalogue_file(BROKEN / name)
        assert d.render() in str(exc.value)
        assert d in exc.value.diagnostics
    else:
        assert not report.errors


def test_render_has_position_path_message_and_hint() -> None:
    report = check_files([BROKEN / "wrong-type.yaml"])
    assert report.errors[0].render() == (
        f"{BROKEN / 'wrong-type.yaml'}:19:5: error: modules[1].ec: expected a number, found the text 'five'"
        " — write a number such as 5 or 2.5"
    )


def test_every_problem_is_reported_not_the_first(tmp_path: Path) -> None:
    text = (BROKEN / "wrong-type.yaml").read_text()
    text = text.replace("mode: online", "mode: remote").replace('end: "21:30"', 'end: "17:00"')
    text = text.replace("certifies: [prog]", "certifies: [prog, nope]")
    p = tmp_path / "many.yaml"
    p.write_text(text)
    codes = sorted(d.code for d in check_files([p]).errors)
    assert codes == ["enum", "session-order", "type", "unknown-ref"]


def test_valid_catalogue_has_no_diagnostics() -> None:
    report = check_files([OK / "mini.yaml"])
    assert report.diagnostics == []
    assert report.catalogue_set is not None
    cs = report.catalogue_set
    assert set(cs.modules) == {"mini:prog-basics", "mini:data-modelling"}
    assert cs.sources["mini"] == OK / "mini.yaml"
    assert len(cs.hashes["mini"]) == 64


def test_merge_two_catalogues_with_equivalence() -> None:
    cs = load_catalogues([OK / "alpha.yaml", OK / "beta.json"])
    assert {c.id for c in cs.catalogues} == {"alpha", "beta"}
    assert "beta:python" in cs.outcomes and "alpha:prog" in cs.outcomes
    # recognition across institutions: beta's python outcome counts as alpha's prog
    assert cs.canon("beta:python") == cs.canon("alpha:prog")
    assert {m.id for m in cs.certifiers("alpha:prog")} == {"alpha:prog-basics", "beta:python-intro"}
    assert cs.goals["beta:api-dev"].required == ["beta:api", "alpha:web"]
    assert cs.modules["beta:api-design"].requires == "beta:python"
    assert [f.id for f in cs.offerings_of("alpha:data-modelling")] == ["alpha:data-campus"]


def test_reference_into_an_unloaded_catalogue_is_a_warning_until_it_is_loaded() -> None:
    alone = check_files([OK / "beta.json"])
    assert not alone.errors
    assert {(d.code, d.path) for d in alone.warnings} == {
        ("catalogue-not-loaded", "goals[0].required[1]"),
        ("catalogue-not-loaded", "equivalences[0].equals"),
    }
    together = check_files([OK / "alpha.yaml", OK / "beta.json"])
    assert together.diagnostics == []


def test_unknown_outcome_in_a_loaded_catalogue_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "beta.json"
    p.write_text((OK / "beta.json").read_text().replace('"alpha:web"', '"alpha:webb"'))
    report = check_files([OK / "alpha.yaml", p])
    [d] = report.errors
    assert (d.code, d.path, d.line) == ("unknown-ref", "goals[0].required[1]", 20)
    assert "no outcome 'webb' in catalogue 'alpha'" in d.message and "did you mean 'web'?" in d.hint


def test_two_files_with_one_catalogue_id(tmp_path: Path) -> None:
    p = tmp_path / "copy.yaml"
    p.write_text((OK / "mini.yaml").read_text())
    report = check_files([OK / "mini.yaml", p])
    dup = [d for d in report.errors if d.code == "duplicate-catalogue"]
    assert dup and dup[0].file == str(p) and dup[0].line == 2
    assert report.catalogue_set is None


def test_goal_reachable_through_an_equivalence_is_certified(tmp_path: Path) -> None:
    # alpha's goal needs 'web'; a partner module certifying an equivalent outcome is enough
    text = (OK / "alpha.yaml").read_text()
    text = text.replace("    certifies: [web]\n", "    certifies: [data]\n")
    p = tmp_path / "alpha.yaml"
    p.write_text(text)
    assert "goal-uncertified" in {d.code for d in check_files([p]).errors}
    partner = tmp_path / "gamma.yaml"
    partner.write_text(
        'formatVersion: "1.0"\nid: gamma\ntitle: Gamma\ninstitution: G\n'
        "outcomes: [{id: webdev, title: Web}]\n"
        "modules: [{id: w, title: W, ec: 5, certifies: [webdev]}]\n"
        "offerings: [{id: w-on, module: w, mode: online, entry: {}, weeks: 10, hoursPerWeek: 14}]\n"
        "equivalences: [{outcome: webdev, equals: 'alpha:web'}]\n"
    )
    assert "goal-uncertified" not in {d.code for d in check_files([p, partner]).diagnostics}


def test_cycle_broken_by_an_alternative_route_is_not_reported(tmp_path: Path) -> None:
    text = (BROKEN / "cycle.yaml").read_text()
    # an EVC route certifying 'prog' without prerequisites breaks the deadlock
    text = text.replace(
        "offerings:\n",
        "  - id: prog-evc\n    title: EVC programming\n    kind: assessment\n    hours: 8\n"
        "    certifies: [prog]\noffering" "s:\n  - {id: evc, module: prog-evc, mode: online, entry: {}, weeks: 1, hoursPerWeek: 8}\n",
        1,
    )
    p = tmp_path / "cycle-evc.yaml"
    p.write_text(text)
    assert check_files([p]).diagnostics == []


def test_unreadable_files(tmp_path: Path) -> None:
    missing = check_files([tmp_path / "nope.yaml"])
    assert [d.code for d in missing.diagnostics] == ["unreadable"]
    assert "cannot open the file" in missing.diagnostics[0].message

    latin = tmp_path / "latin.yaml"
    latin.write_bytes("title: Hogeschool Zuid — caf\xe9\n".encode("latin-1", "replace"))
    enc = check_files([latin])
    assert [d.code for d in enc.diagnostics] == ["encoding"]
    assert "save the file as UTF-8" in enc.diagnostics[0].hint

    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(9 * 1024 * 1024)
    large = check_files([big])
    assert [d.code for d in large.diagnostics] == ["too-large"]
    assert "split it into several files" in large.diagnostics[0].hint

    assert check_files([tmp_path]).diagnostics[0].code == "unreadable"


def test_run_check_output_and_exit_codes(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_check([str(OK / "alpha.yaml"), str(OK / "beta.json")], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].endswith(
        "alpha.yaml: Alpha University of Applied Sciences [alpha] — 3 outcomes, 3 modules, 3 offerings, 1 goal; "
        "0 errors, 0 warnings"
    )
    assert lines[-1] == "0 errors, 0 warnings"

    out = io.StringIO()
    assert run_check([str(BROKEN / "unknown-field.yaml")], out) == 1
    text = out.getvalue()
    assert f"{BROKEN / 'unknown-field.yaml'}:35:5: error: offerings[1].hoursperweek: unknown field" in text
    assert "did you mean 'hoursPerWeek'?" in text
    assert text.splitlines()[-1] == "2 errors, 0 warnings"

    out = io.StringIO()
    assert run_check([str(OK / "mini.yaml"), str(tmp_path / "missing.yaml")], out) == 2
    assert f"{tmp_path / 'missing.yaml'}: not loaded; 1 error" in out.getvalue()
    assert "Traceback" not in out.getvalue()

    out = io.StringIO()
    assert run_check([str(BROKEN / "no-offerings.yaml")], out) == 0
    assert out.getvalue().splitlines()[-1] == "0 errors, 1 warning"


def test_learner_file(tmp_path: Path) -> None:
    cs = load_catalogues([OK / "alpha.yaml", OK / "beta.json"])
    good = tmp_path / "learner.yaml"
    good.write_text(
        "name: Sam\ngoal: alpha:web-developer\nstart: 2026-09-01\nhoursPerWeek: 16\n"
        "proven:\n  - {outcome: beta:python, evidence: edubadge}\n"
        "pinned: [alpha:data-campus]\nhardMilestones: [basics]\n"
    )
    learner, diags = check_learner_file(good, cs)
    assert learner is not None and diags == []
    assert load_learner(good).goal == "alpha:web-developer"

    bad = tmp_path / "bad-learner.yaml"
    bad.write_text(
        "name: Sam\ngoal: web-developer\nstart: 2026-09-01\nhoursPerWeek: 16\n"
        "proven:\n  - {outcome: alpha:progg, evidence: edubadge}\n"
        "excluded: [gamma:x]\nhardMilestones: [nope]\n"
    )
    learner, diags = check_learner_file(bad, cs)
    assert learner is not None
    got = {(d.code, d.severity, d.line, d.path) for d in diags}
    assert got == {
        ("unknown-ref", "error", 2, "goal"),
        ("unknown-ref", "error", 6, "proven[0].outcome"),
        ("catalogue-not-loaded", "warning", 7, "excluded[0]"),
        ("unknown-ref", "error", 8, "hardMilestones[0]"),
    }
    goal = next(d for d in diags if d.path == "goal")
    assert "write the full id 'alpha:web-developer'" in goal.hint
    proven = next(d for d in diags if d.path == "proven[0].outcome")
    assert "did you mean 'alpha:prog'?" in proven.hint

    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("name: Sam\nstart: 2026-02-30\nhoursPerWeek: lots\n")
    learner, diags = check_learner_file(wrong)
    assert learner is None
    assert {(d.code, d.line, d.path) for d in diags} == {("date", 2, "start"), ("type", 3, "hoursPerWeek")}
    with pytest.raises(LeerrouteError):
        load_learner(wrong)


def test_json_positions_point_at_the_key(tmp_path: Path) -> None:
    data = json.loads((OK / "beta.json").read_text())
    data["modules"][1]["ec"] = -5
    p = tmp_path / "b.json"
    p.write_text(json.dumps(data, indent=2))
    [d] = check_files([p]).errors
    assert (d.code, d.path) == ("range", "modules[1].ec")
    assert p.read_text().splitlines()[d.line - 1].strip().startswith('"ec": -5')
    assert "give a value more than 0" in d.hint


def test_doctests() -> None:
    import doctest

    import planner.diagnostics
    import planner.locate

    for module in (planner.diagnostics, planner.locate):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0


def test_diagnostic_is_error() -> None:
    d = Diagnostic("warning", "f.yaml", None, None, "", "m", "h", "c")
    assert not d.is_error and d.render() == "f.yaml: warning: m — h"


def test_run_check_checks_learner_files_against_the_catalogues(tmp_path: Path) -> None:
    learner = tmp_path / "sam.yaml"
    learner.write_text("name: Sam\ngoal: alpha:web-developr\nstart: 2026-09-01\nhoursPerWeek: 8\n")
    out = io.StringIO()
    assert run_check([str(OK / "alpha.yaml"), str(learner)], out) == 1
    text = out.getvalue()
    assert f"{learner}:2:1: error: goal: there is no goal 'alpha:web-developr'" in text
    assert "did you mean 'alpha:web-developer'?" in text
    assert f"{learner}: learner 'Sam', goal alpha:web-developr; 1 error, 0 warnings" in text


def test_learner_places_and_milestones_are_checked(tmp_path: Path) -> None:
    cs = load_catalogues([OK / "alpha.yaml", OK / "beta.json"])
    p = tmp_path / "learner.yaml"
    p.write_text(
        "name: Sam\ngoal: beta:api-dev\nstart: 2026-09-01\nhoursPerWeek: 8\n"
        "places: [Deventer, Zwole]\nhardMilestones: [alpha:web-developer/basics]\n"
    )
    learner, diags = check_learner_file(p, cs)
    assert learner is not None
    assert {(d.code, d.severity, d.line, d.path) for d in diags} == {
        ("unknown-place", "warning", 5, "places[1]"),
        ("milestone-other-goal", "warning", 6, "hardMilestones[0]"),
    }
    place = next(d for d in diags if d.code == "unknown-place")
    assert place.message == "no offering in the loaded catalogues is in 'Zwole'" and "'Zwolle'" in place.hint


def test_fast_reader_gives_the_same_catalogue_as_the_careful_one():
    from planner.models import Catalogue
    from planner.reader import parse_data

    path = Path(__file__).resolve().parents[2] / "catalogs" / "hogeschool-oost.yaml"
    text = path.read_text(encoding="utf-8")
    fast = parse_data(text, path, fast=True)
    assert type(fast) is dict  # the C parser was used
    assert Catalogue.model_validate(fast) == Catalogue.model_validate(parse_data(text, path))


def test_fast_reader_leaves_tags_and_bombs_to_the_careful_one():
    from planner.yamlio import load_yaml_marked

    def _fast_yaml(text: str) -> object:
        marked = load_yaml_marked(text)
        return None if marked is None else marked[0]

    assert _fast_yaml("a: !!python/object:os.system x\n") is None
    assert _fast_yaml("a: 1\na: 2\n") is None  # a duplicate key: the careful reader says where
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdef", "bcdefg", strict=True))
    assert _fast_yaml(bomb) is None
    assert _fast_yaml("a: &x [1]\nb: *x\n") == {"a": [1], "b": [1]}  # anchors are fine, within limits
    assert _fast_yaml("a: 2026-02-30\n") == {"a": "2026-02-30"}  # stays text, for validation to report
    assert _fast_yaml("a: [1, 2]\n") == {"a": [1, 2]}


def test_strict_counts_warnings_as_errors() -> None:
    out = io.StringIO()
    assert run_check([str(BROKEN / "never-starts.yaml")], out) == 0
    assert "0 errors, 1 warning" in out.getvalue()
    strict = io.StringIO()
    assert run_check([str(BROKEN / "never-starts.yaml")], strict, strict=True) == 1
    assert ": error: modules[2].requires: module 'contract-law' can never start" in strict.getvalue()
    assert strict.getvalue().splitlines()[-1] == "1 error, 0 warnings"
