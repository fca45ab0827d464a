"""The exploration commands: cnevents plot, report and inspect."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from explore_helpers import SEED_IDS, SEEDS, copy_out, no_network  # noqa: F401 - fixture

runner = CliRunner()
SEED0 = str(SEEDS / f"{SEED_IDS[0]}.txt")
SEED2 = str(SEEDS / f"{SEED_IDS[1]}.txt")


@pytest.fixture
def out(tmp_path):
    return copy_out(tmp_path / "out")


@pytest.mark.parametrize("command", ["plot", "report", "inspect"])
def test_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_commands_are_listed():
    result = runner.invoke(app, ["--help"])
    for command in ("plot", "report", "inspect", "build"):
        assert command in result.output


# ---------------------------------------------------------------------- plot
def test_plot_timeline_by_default(out, no_network):
    result = runner.invoke(app, ["plot", str(out)])
    assert result.exit_code == 0, result.output
    png = out / "timeline.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f"wrote {png}" in result.output


def test_plot_map_to_a_chosen_file(out, tmp_path, no_network):
    target = tmp_path / "figs" / "map.svg"
    result = runner.invoke(app, ["plot", str(out), "--kind", "map", "--out", str(target), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert b"<svg" in target.read_bytes()
    world = runner.invoke(app, ["plot", str(out), "-k", "map", "--world", "-o", str(tmp_path / "w.pdf")])
    assert world.exit_code == 0 and (tmp_path / "w.pdf").read_bytes()[:4] == b"%PDF"


def test_plot_options(out, tmp_path):
    result = runner.invoke(app, ["plot", str(out), "--by", "place", "--type", "visit", "--type", "summit",
                                 "--min-confidence", "0.8", "-o", str(tmp_path / "t.png")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t.png").exists()


@pytest.mark.parametrize("args", [
    ["--kind", "pie"],
    ["--by", "country"],
    ["--lang", "fr"],
    ["--out", "figure.gif"],
])
def test_plot_bad_usage_exits_2(out, args):
    result = runner.invoke(app, ["plot", str(out), *args])
    assert result.exit_code == 2, result.output


def test_plot_without_a_build_exits_2(tmp_path):
    result = runner.invoke(app, ["plot", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "error:" in result.output and "cnevents build" in result.output


# ---------------------------------------------------------------------- report
def test_report_default_path(out, no_network):
    result = runner.invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.output
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "data:image/png;base64," in html
    assert "events" in result.output and "report.html" in result.output


def test_report_to_a_chosen_file(out, tmp_path):
    target = tmp_path / "r" / "index.html"
    result = runner.invoke(app, ["report", str(out), "--out", str(target), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert target.exists() and not (out / "report.html").exists()


def test_report_without_a_build_exits_2(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2 and "error:" in result.output


# ---------------------------------------------------------------------- inspect
def test_inspect_shows_text_mentions_and_events():
    result = runner.invoke(app, ["inspect", SEED0])
    assert result.exit_code == 0, result.output
    out = result.output
    assert SEED_IDS[0] in out and "title: 这些年来金正恩的跨国之旅" in out
    assert "金正恩进行了他2011年继承权力以来的首次出国" in out  # the cleaned text
    assert "mentions: PERSON  ORG  GPE  LOC  DATE" in out
    assert "event(s) found" in out
    assert "2018-03-25 – 2018-03-28  visit  金正恩 @ 北京" in out
    assert "summit  金正恩 with 文在寅 @ 板门店" in out
    # the other seed's sum of visits carries its flag
    out = runner.invoke(app, ["inspect", str(SEEDS / f"{SEED_IDS[1]}.txt")]).output
    assert "visit  蓬佩奥 @ 朝鲜  confidence 0.77  [repeated]" in out


def test_inspect_colours_the_mentions():
    # Rich writes colours only to terminals; FORCE_COLOR stands in for one.
    result = runner.invoke(app, ["inspect", SEED0], env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert result.exit_code == 0
    assert "\x1b[1;35m金正恩\x1b[0m" in result.output  # PERSON: bold magenta
    assert "\x1b[1;32m北京\x1b[0m" in result.output  # GPE: bold green
    assert "\x1b[1;36m板门店\x1b[0m" in result.output  # LOC: bold cyan
    assert "\x1b[1;33m2018年3月25日到28日\x1b[0m" in result.output  # DATE: bold yellow


def test_inspect_ids_and_published():
    plain = runner.invoke(app, ["inspect", SEED2, "--ids"])
    assert plain.exit_code == 0, plain.output
    assert "金正恩[person:kim-jong-un]" in plain.output
    assert "今（25）日[?]" in plain.output  # no publication date: unresolved
    dated = runner.invoke(app, ["inspect", SEED2, "--ids", "--published", "2022-09-25"])
    assert dated.exit_code == 0
    assert "今（25）日[2022-09-25]" in dated.output
    assert "published: 2022-09-25" in dated.output


def test_inspect_bad_inputs_exit_2(tmp_path):
    missing = runner.invoke(app, ["inspect", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "error:" in missing.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["inspect", str(empty)])
    assert result.exit_code == 2 and "error:" in result.output
    bad_date = runner.invoke(app, ["inspect", SEED2, "--published", "yesterday"])
    assert bad_date.exit_code == 2 and "ISO 8601" in bad_date.output


def test_inspect_a_page_without_events(tmp_path):
    page = tmp_path / "quiet.txt"
    page.write_text("今天天气很好，我们去公园散步。\n", encoding="utf-8")
    result = runner.invoke(app, ["inspect", str(page)])
    assert result.exit_code == 0, result.output
    assert "0 event(s) found" in result.output
