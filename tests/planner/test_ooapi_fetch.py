"""`leerroute import ooapi --url`: a real OOAPI endpoint on 127.0.0.1 (https, a throw-away CA) read page
by page, and its faults: a timeout, a 500 then success, a 429, truncated JSON, a redirect to plain
http, an oversized page, a page that never ends. The token comes from the environment and never
shows; a failed or interrupted fetch writes nothing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import main
from planner.importers.commands import EXIT_INTERRUPTED
from planner.importers.ooapi import import_ooapi
from planner.importers.ooapi.fetch import FetchError, FetchOptions, Progress, fetch_pages, shown
from tests.planner.ooapi_server import COURSES, Endpoint, serve

SECRET = "s3cr3t-token-value"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Endpoint, Path]]:
    with serve(tmp_path_factory.mktemp("tls")) as ep:
        yield ep


def _opts(ca: Path, **kw: object) -> FetchOptions:
    base: dict[str, object] = {"ca_bundle": str(ca), "timeout": 2.0, "retries": 1, "backoff": 0.0}
    base.update(kw)
    return FetchOptions(**base)  # type: ignore[arg-type]


def test_sixty_pages_import_with_offerings_and_outcomes(endpoint):
    ep, ca = endpoint
    seen: list[tuple[str, int, int]] = []
    urls = [f"{ep.base}/courses", f"{ep.base}/learning-outcomes", f"{ep.base}/course-offerings"]
    pages = fetch_pages(urls, _opts(ca), env={"LEERROUTE_OOAPI_TOKEN": SECRET},
                        progress=lambda p: seen.append((p.url, p.pages, p.items)))
    assert len(pages) == 60
    assert seen[-1] == (f"{ep.base}/course-offerings", 20, 2 * COURSES)
    assert all(h.get("Authorization") == f"Bearer {SECRET}" for h in ep.headers[-60:])
    cat, report = import_ooapi([], catalogue_id="live", institution="Live", pages=pages)
    assert (len(cat.modules), len(cat.offerings), len(cat.outcomes)) == (COURSES, 2 * COURSES, 2 * COURSES)
    assert all(o.starts and o.location or o.mode.value == "online" for o in cat.offerings)
    assert SECRET not in report.render()
    # the report names pages by their address
    assert any(n.file.startswith(f"{ep.base}/course-offerings?pageNumber=") for n in report.notes)


def test_cli_reads_the_endpoint_with_a_progress_bar_and_no_secret(endpoint, tmp_path, monkeypatch):
    ep, ca = endpoint
    monkeypatch.setenv("LEERROUTE_OOAPI_TOKEN", SECRET)
    target = tmp_path / "live.yaml"
    out, err = io.StringIO(), io.StringIO()
    code = main(["import", "ooapi", "--url", f"{ep.base}/courses", "--url", f"{ep.base}/learning-outcomes",
                 "--ca-bundle", str(ca), "--institution", "Live", "-o", str(target)], out=out, err=err)
    assert code == 0, err.getvalue()
    assert "page 20/20" in err.getvalue() and f"{COURSES:,} items" in err.getvalue()
    text = target.read_text(encoding="utf-8")
    assert "modules:" in text and SECRET not in text + out.getvalue() + err.getvalue()


def test_a_500_then_success_and_a_429_are_retried(endpoint):
    ep, ca = endpoint
    waits: list[float] = []
    pages = fetch_pages([f"{ep.base}/flaky", f"{ep.base}/busy"], _opts(ca, retries=2, backoff=0.01), sleep=waits.append)
    assert len(pages) == 2 and ep.hits["flaky"] == 2 and ep.hits["busy"] == 2
    assert waits == [0.01, 0.0]  # back-off for the 500, the server's Retry-After for the 429


@pytest.mark.parametrize(("path", "expected"), [
    ("slow", "no answer within 0.5 seconds; gave up after 2 tries"),
    ("truncated", "not valid JSON"),
    ("to-http", "the redirect to http:.* uses plain http"),
    ("huge", "the page is more than 1 MB"),
    ("endless", "the page did not end within 1 seconds"),
])
def test_faults_give_a_clear_error(endpoint, path, expected):
    ep, ca = endpoint
    opts = _opts(ca, timeout=0.5, page_deadline=1.0, max_page_bytes=1024 * 1024, retries=1)
    with pytest.raises(FetchError, match=expected) as info:
        fetch_pages([f"{ep.base}/{path}"], opts, sleep=lambda s: None)
    assert str(info.value).startswith(f"{ep.base}/{path}")


def test_https_only_unless_insecure_http_and_untrusted_certificates(endpoint, tmp_path):
    ep, ca = endpoint
    with pytest.raises(FetchError, match="uses plain http.*--insecure-http"):
        fetch_pages([f"{ep.plain_base}/courses"], _opts(ca))
    pages = fetch_pages([f"{ep.plain_base}/courses"], _opts(ca, insecure_http=True))
    assert len(pages) == 20
    with pytest.raises(FetchError, match="certificate is not trusted.*--ca-bundle"):
        fetch_pages([f"{ep.base}/courses"], FetchOptions(timeout=2.0, retries=0))


def test_a_failed_fetch_writes_nothing(endpoint, tmp_path):
    ep, ca = endpoint
    target = tmp_path / "never.yaml"
    err = io.StringIO()
    code = main(["import", "ooapi", "--url", f"{ep.base}/courses", "--url", f"{ep.base}/to-http",
                 "--ca-bundle", str(ca), "-o", str(target)], out=io.StringIO(), err=err)
    assert code == 2 and not target.exists()
    assert "to-http: the redirect to http:" in err.getvalue() and "Traceback" not in err.getvalue()


def test_ctrl_c_keeps_nothing(endpoint, tmp_path, monkeypatch):
    ep, ca = endpoint

    def interrupted(p: Progress) -> None:
        if p.pages == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr("planner.importers.commands.ProgressBar.update", lambda self, p: interrupted(p))
    target = tmp_path / "half.yaml"
    err = io.StringIO()
    code = main(["import", "ooapi", "--url", f"{ep.base}/courses", "--ca-bundle", str(ca), "-o", str(target)],
                out=io.StringIO(), err=err)
    assert code == EXIT_INTERRUPTED and "nothing was written" in err.getvalue()
    assert list(tmp_path.iterdir()) == []


def test_secrets_in_an_address_are_masked():
    assert shown("https://x.nl/courses?api_key=abc&pageNumber=2") == "https://x.nl/courses?api_key=***&pageNumber=2"
    assert shown("https://x.nl/courses?pageNumber=2") == "https://x.nl/courses?pageNumber=2"


def test_a_real_ctrl_c_during_a_page_writes_nothing(endpoint, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    ep, ca = endpoint
    target = tmp_path / "half.yaml"
    before = ep.hits["endless"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "planner.cli", "import", "ooapi", "--url", f"{ep.base}/courses", "--url",
         f"{ep.base}/endless", "--ca-bundle", str(ca), "-o", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while ep.hits["endless"] == before and time.monotonic() < deadline:  # the first endpoint read, the second under way
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_INTERRUPTED, err
    assert "interrupted: nothing was written" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_no_secret_reaches_the_log(endpoint, caplog):
    import logging

    ep, ca = endpoint
    with caplog.at_level(logging.DEBUG):
        fetch_pages([f"{ep.base}/courses?api_key={SECRET}"], _opts(ca), env={"LEERROUTE_OOAPI_TOKEN": SECRET,
                                                                           "LEERROUTE_OOAPI_API_KEY": SECRET})
    assert caplog.records == [] or all(SECRET not in r.getMessage() for r in caplog.records)
    assert ep.headers[-1].get("X-API-Key") == SECRET
