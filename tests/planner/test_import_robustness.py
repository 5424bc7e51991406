"""Files from strangers: whatever JSON an importer is given, it answers with a result or with its own
error (file and place), never with a traceback."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.catalog import CatalogueSet
from planner.importers.badges import import_badges, parse_badge
from planner.importers.ooapi import import_ooapi
from planner.importers.report import ImporterError
from tests.factory import catalogue, learner, module
from tests.planner.test_import_ooapi_sets import _leaves, _prefixes

SCALARS = st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=False) | st.text(max_size=12)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20)
COURSE_KEYS = ["courseId", "name", "studyLoad", "ects", "learningOutcomes", "modeOfDelivery", "modesOfDelivery",
               "teachingLanguage", "teachingLanguages", "level", "addresses", "admissionRequirements", "programmes",
               "duration", "primaryCode", "organisation"]
OFFERING_KEYS = ["offeringId", "course", "startDate", "endDate", "startDateTime", "flexibleEntryPeriodStart",
                 "flexibleEntryPeriodEnd", "priceInformation", "addresses", "modeOfDelivery", "teachingLanguage",
                 "maxNumberStudents", "primaryCode"]


NAME = st.just([{"language": "nl-NL", "value": "Cursus"}])
GOOD = {  # plausible values, so the import gets past the first checks and into the mapping
    "name": NAME, "course": st.sampled_from(["c1", "c2"]), "startDate": st.sampled_from(["2027-09-06", "x"]),
    "endDate": st.sampled_from(["2027-12-17", "2027-01-01"]), "studyLoad": st.just({"studyLoadUnit": "ects", "value": 5}),
    "flexibleEntryPeriodStart": st.sampled_from(["2027-09-01", "2027-09-01T09:00:00+02:00"]),
}


def shaped(keys: list[str], id_key: str) -> st.SearchStrategy[dict[str, object]]:
    fixed: dict[str, st.SearchStrategy[object]] = {id_key: st.sampled_from(["c1", "c2"])}
    if id_key == "courseId":
        fixed["name"] = NAME | JSON
    return st.fixed_dictionaries(fixed, optional={k: GOOD[k] | JSON if k in GOOD else JSON
                                                  for k in keys if k not in fixed})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(courses=st.lists(shaped(COURSE_KEYS, "courseId"), max_size=3),
       offerings=st.lists(shaped(OFFERING_KEYS, "offeringId"), max_size=3), extra=JSON)
def test_ooapi_import_never_crashes(tmp_path_factory, courses, offerings, extra):
    folder = tmp_path_factory.mktemp("ooapi")
    (folder / "a.json").write_text(json.dumps({"items": courses + offerings}), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps(extra), encoding="utf-8")
    try:
        cat, report = import_ooapi([folder], catalogue_id="x")
    except ImporterError as exc:
        assert str(exc)
        return
    assert cat.modules
    assert all(n.path.startswith(("$", "line")) for n in report.notes)


BADGE = st.fixed_dictionaries(
    {"type": st.sampled_from(["Assertion", ["VerifiableCredential", "OpenBadgeCredential"]])},
    optional={k: JSON for k in ["badge", "credentialSubject", "issuedOn", "validFrom", "expires", "revoked", "id",
                                "issuer", "extensions:ECTSExtension"]},
)


@settings(max_examples=200, deadline=None)
@given(data=BADGE | JSON)
def test_badge_reader_never_crashes(data):
    try:
        badge = parse_badge(data, "b.json")
    except ImporterError as exc:
        assert str(exc).startswith("b.json")
        return
    assert badge.name


def test_badge_import_of_odd_files_lists_them(tmp_path):
    cs = CatalogueSet.from_catalogues([catalogue(["o1"], [module("m1", ["o1"])], [])])
    files = []
    for i, content in enumerate([b"", b"\xff\xfe", b"[1, 2]", b'{"badge": 5}', b"<svg", b"\x89PNG\r\n\x1a\n"]):
        f = tmp_path / f"odd{i}.{'svg' if content.startswith(b'<') else 'json'}"
        f.write_bytes(content)
        files.append(f)
    result = import_badges(files, cs, learner(outcomes=["t:o1"]))
    assert len(result.unreadable) + len(result.unmatched) == len(files)


V6_COURSE_KEYS = ["name", "studyLoad", "learningOutcomeIds", "learningOutcomes", "programmeIds", "teachingLanguages",
                  "modesOfDelivery", "description", "consumer", "addresses", "duration", "organisation"]
V6_OFFERING_KEYS = ["courseId", "course", "startDateTime", "endDateTime", "flexibleEntryPeriodStartDateTime",
                    "flexibleEntryPeriodEndDateTime", "academicSession", "academicSessionId", "priceInformation",
                    "addresses", "modesOfDelivery", "teachingLanguages", "maxNumberStudents", "minNumberStudents",
                    "resultExpected", "state", "enrolmentPeriods", "name"]
V6_GOOD = {
    "name": NAME, "courseId": st.sampled_from(["c1", "c2"]), "startDateTime": st.sampled_from(["2027-09-06", "x"]),
    "studyLoad": st.just([{"studyLoadUnit": "ects", "value": 5}]), "learningOutcomeIds": st.just(["lo1", "lo2"]),
    "academicSession": st.just({"academicSessionId": "s1", "name": "S", "startDateTime": "2027-09-06"}),
    "priceInformation": st.just([{"costType": "total_costs", "amount": "12.50", "currency": "EUR"}]),
}


def v6_shaped(keys: list[str], id_key: str) -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries({id_key: st.sampled_from(["c1", "c2", "o1"])},
                                 optional={k: V6_GOOD[k] | JSON if k in V6_GOOD else JSON for k in keys})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(courses=st.lists(v6_shaped(V6_COURSE_KEYS, "courseId"), max_size=3),
       offerings=st.lists(v6_shaped(V6_OFFERING_KEYS, "courseOfferingId"), max_size=3),
       outcomes=st.lists(st.fixed_dictionaries({"learningOutcomeId": st.sampled_from(["lo1", "lo2"])},
                                               optional={"name": NAME | JSON, "primaryCode": JSON}), max_size=2))
def test_ooapi_v6_import_never_crashes_and_names_every_leaf(tmp_path_factory, courses, offerings, outcomes):
    folder = tmp_path_factory.mktemp("ooapi6")
    (folder / "a.json").write_text(json.dumps({"pageNumber": 1, "items": courses + offerings + outcomes}),
                                   encoding="utf-8")
    try:
        cat, report = import_ooapi([folder], catalogue_id="x", trace=True)
    except ImporterError as exc:
        assert str(exc)
        return
    assert cat.modules
    assert all(n.path.startswith(("$", "line")) for n in report.notes)
    named = {p for _, p in report.mapped} | {n.path for n in report.notes}
    data = json.loads((folder / "a.json").read_text(encoding="utf-8"))
    missing = [leaf for leaf in _leaves(data, "$") if not any(p in named for p in _prefixes(leaf))]
    assert missing == []
