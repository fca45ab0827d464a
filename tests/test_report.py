"""pipeline.report: a self-contained HTML report, made offline, that a browser renders."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess

import pytest

import pipeline
from pipeline import report, viz

from explore_helpers import ROOT, copy_out, no_network, seed_out  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("no_network")


@pytest.fixture(scope="module")
def html():
    return report.render(pipeline.load(seed_out()))


def test_report_has_every_section(html):
    for anchor in ("counts", "plots", "top", "errors", "events", "documents"):
        assert f'id="{anchor}"' in html
    ds = pipeline.load(seed_out())
    assert f"<b>{len(ds.events)}</b><span>events</span>" in html
    assert f"<b>{len(ds.documents)}</b><span>documents</span>" in html
    assert f"Events ({len(ds.events)})" in html
    assert "这些年来金正恩的跨国之旅" in html  # documents table
    assert "person:kim-jong-un" in html and "Kim Jong-un" in html  # top persons
    assert "place:CN:beijing" in html  # top places


def test_report_is_self_contained(html):
    assert html.startswith("<!DOCTYPE html>")
    for tag in ("<script", "<link", "<iframe", "<object", "@import", "url("):
        assert tag not in html, tag
    refs = re.findall(r'\b(?:src|href)="([^"]*)"', html)
    assert refs and all(r.startswith("#") or r.startswith("data:image/png;base64,") for r in refs), refs
    # Article URLs are text, not links.
    assert 'href="http' not in html and "<code>https://www.dw.com/" in html


def test_plots_are_embedded_pngs(html):
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(images) == 2  # timeline and map
    for data in images:
        png = base64.b64decode(data)
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_events_table_marks_the_trigger_in_the_evidence(html):
    assert "<mark>访问</mark>" in html
    assert "2018-03-25<br>– 2018-03-28" in html
    assert html.count('<span class="type"') == len(pipeline.load(seed_out()).events)
    # events.csv's flags as notes: the seeds' one sum of visits (蓬佩奥曾经3度到访朝鲜)
    assert "<th>notes</th>" in html and html.count("<td>repeated</td>") == 1


def test_the_trigger_is_marked_at_its_offsets():
    # 访问 twice in the sentence: the event's is the second (offsets in the document's text)
    from types import SimpleNamespace
    row = SimpleNamespace(evidence="他在访问德国后表示，将访问法国。", trigger="访问", evidence_start=100, trigger_start=111)
    assert report._evidence(row) == "他在访问德国后表示，将<mark>访问</mark>法国。"
    # (a traditional-script page: the simplified trigger marks the word as written)
    row = SimpleNamespace(evidence="他在訪問德國後表示，將訪問法國。", trigger="访问", evidence_start=100, trigger_start=111)
    assert report._evidence(row) == "他在訪問德國後表示，將<mark>訪問</mark>法國。"
    # (a table without the offsets: the first occurrence)
    row = SimpleNamespace(evidence="他在访问德国后表示，将访问法国。", trigger="访问", evidence_start=100)
    assert report._evidence(row) == "他在<mark>访问</mark>德国后表示，将访问法国。"


def test_errors_and_candidates_sections(tmp_path):
    out = copy_out(tmp_path / "out")
    (out / "errors.csv").write_text(
        "path,stage,error_type,message\nbad/empty.txt,clean,CleanError,no main text found in bad/empty.txt\n", encoding="utf-8")
    (out / "candidates.csv").unlink(missing_ok=True)
    page = report.render(pipeline.load(out))
    assert "Errors (1)" in page and "no main text found in bad/empty.txt" in page
    assert 'id="candidates"' not in page
    from pipeline.export import SCHEMAS

    columns = [c[0] for c in SCHEMAS["candidates"]] if "candidates" in SCHEMAS else ["rank", "type", "text", "count"]
    row = {c: "" for c in columns}
    row.update({"rank": "1", "type": "PERSON", "text": "李雪主", "count": "2", "example_sentence": "金正恩与夫人李雪主"})
    (out / "candidates.csv").write_text(",".join(columns) + "\n" + ",".join(row[c] for c in columns) + "\n", encoding="utf-8")
    page = report.render(pipeline.load(out))
    assert 'id="candidates"' in page and "李雪主" in page and "金正恩与夫人李雪主" in page


def test_text_from_the_pages_is_escaped(tmp_path):
    out = copy_out(tmp_path / "out")
    events = (out / "events.csv").read_text(encoding="utf-8")
    (out / "events.csv").write_text(events.replace("金正恩在北京与中国领导人习近平举行了会晤。",
                                                   "金正恩<script>alert(1)</script>在北京会晤。"), encoding="utf-8")
    page = report.render(pipeline.load(out))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_failing_plot_does_not_cost_the_tables(monkeypatch, caplog):
    def broken(*a, **k):
        raise RuntimeError("no font today")

    monkeypatch.setattr(viz, "timeline", broken)
    page = report.render(pipeline.load(seed_out()))
    assert "timeline could not be drawn: no font today" in page
    assert page.count("data:image/png;base64,") == 1  # the map is still there
    assert 'id="events"' in page


def test_same_dataset_same_report(html):
    assert report.render(pipeline.load(seed_out())) == html


def test_write_defaults_to_the_build_folder(tmp_path):
    out = copy_out(tmp_path / "out")
    path = report.write(out)
    assert path == out / "report.html" and path.read_text(encoding="utf-8").endswith("</html>\n")
    other = report.write(pipeline.load(out), tmp_path / "elsewhere" / "r.html", lang="en")
    assert other.exists()


@pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
                    reason="Chromium not installed (apt-get install -y chromium)")
def test_report_renders_in_headless_chromium(tmp_path, monkeypatch):
    # The browser runs in another process: the socket guard of this one does not apply,
    # the script itself fails if the page asks for anything outside the file.
    import sys

    out = copy_out(tmp_path / "out")
    shot = tmp_path / "shot.png"
    result = subprocess.run(["bash", str(ROOT / "benchmarks" / "check_report.sh"), str(out), str(shot)],
                            env={"PATH": "/usr/bin:/bin", "PYTHON": sys.executable, "HOME": str(tmp_path)},
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr
    assert shot.stat().st_size > 20_000
    assert "renders in" in result.stdout
