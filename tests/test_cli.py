from typer.testing import CliRunner

from pipeline.cli import app

from helpers import SEEDS

runner = CliRunner()


def test_help_for_every_command():
    for args in (["--help"], ["build", "--help"], ["clean", "--help"], ["dates", "--help"],
                 ["gazetteer", "--help"], ["gazetteer", "check", "--help"], ["gazetteer", "build", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)


def test_clean_prints_title_first_then_blocks():
    result = runner.invoke(app, ["clean", str(SEEDS / "000_81916d54a5620362.txt")])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "这些年来金正恩的跨国之旅"
    assert lines[1].startswith("2018年3月：北京：2018年3月25日到28日")
    assert len(lines) == 11


def test_clean_on_a_missing_file_fails_cleanly(tmp_path):
    result = runner.invoke(app, ["clean", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "error:" in result.output


def test_build_exit_codes(tmp_path):
    ok = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "a")])
    assert ok.exit_code == 0, ok.output
    assert "2 documents" in ok.output
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    bad = runner.invoke(app, ["build", str(tmp_path / "bad"), "--out", str(tmp_path / "b")])
    assert bad.exit_code == 1
    usage = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "c"), "--published", "yesterday"])
    assert usage.exit_code == 2


def test_gazetteer_check_passes_on_the_repository():
    result = runner.invoke(app, ["gazetteer", "check"])
    assert result.exit_code == 0, result.output


def test_dates_command():
    result = runner.invoke(app, ["dates", "2018年3月25日到28日", "--reference", "2023-09-06"])
    assert result.exit_code == 0
    assert "2018-03-25/2018-03-28" in result.output
