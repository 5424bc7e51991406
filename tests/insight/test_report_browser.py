"""The report as a reader sees it: opened in a real browser (Debian's headless chromium) at 1280 px and
printed to PDF; the printed text carries the headings, the hand-counted figures and the charts' words."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import unicodedata
from pathlib import Path

import pytest

from planner.insight.report import write_report
from planner.insight.run import Insight

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(tmp: Path, *args: str) -> None:
    assert CHROMIUM is not None
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", f"--user-data-dir={tmp / 'profile'}", *args], check=True, capture_output=True,
                   timeout=180, stdin=subprocess.DEVNULL)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; .ci/run installs it)")
def test_the_report_reads_right_in_a_browser_and_on_paper(fixture_insight: Insight, tmp_path: Path) -> None:
    from pypdf import PdfReader

    write_report(fixture_insight, tmp_path / "out")
    report = (tmp_path / "out" / "report.html").resolve()
    html = report.read_text()
    assert not re.search(r"""(src|href)=["']?(https?:|//)|url\((?!#)|@import""", html)  # self-contained: nothing is fetched
    pdf, png = tmp_path / "report.pdf", tmp_path / "report.png"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri())
    chromium(tmp_path, "--window-size=1280,2000", "--hide-scrollbars", f"--screenshot={png}", report.as_uri())
    width, height = struct.unpack(">II", png.read_bytes()[16:24])
    assert (width, height) == (1280, 2000)

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    words = " ".join(unicodedata.normalize("NFKC", text).split())  # the PDF sets "fi" and "ff" as ligatures
    for heading in ("Catalogue insight", "Demand per offering and start", "Bottlenecks", "Unreachable goals", "What if",
                    "Finish, study hours and cost"):
        assert heading in words
    assert "20 learner profiles planned against Fixture College" in words
    assert "ins:b-onl" in words and "over-subscribed" in words
    assert "more hours a week" in words and "a larger budget" in words
    assert "29 % → 50 %" in words
    assert "learners whose route uses it" in words  # the demand chart's axis, drawn as text
    assert "share of the goal's learners reaching it" in words  # the what-if chart
