"""Reliability: time budget, work bounds, spreadsheet-safe CSVs, crash-consistent
outputs (an interrupted commit, a build killed with SIGKILL)."""

import csv
import io
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

import pipeline
from pipeline import build as build_mod
from pipeline import export
from pipeline.build import process_path, run
from pipeline.export import JOURNAL, SCHEMAS, csv_bytes, write_outputs

from helpers import ROOT, SEEDS

FILES = [f"{t}.csv" for t in SCHEMAS] + ["datapackage.json"]
MEETING = "2019年6月30日，特朗普与金正恩在板门店举行会谈。\n"


def snapshot(out):
    return {name: (out / name).read_bytes() for name in FILES if (out / name).exists()}


# ---------------------------------------------------------------------- time budget
def test_a_document_over_its_time_budget_becomes_an_error_row(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text(MEETING, encoding="utf-8")
    result = process_path(str(page), "a", time_budget=1e-9)
    assert isinstance(result, dict)
    assert result["error_type"] == "TimeBudgetError"
    assert "--time-budget" in result["message"] and result["stage"] in ("clean", "annotate")
    assert not isinstance(process_path(str(page), "a"), dict)  # the default budget is ample


def test_timed_out_documents_are_not_stored_and_are_retried(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(MEETING, encoding="utf-8")
    first = run([str(inputs)], tmp_path / "out", time_budget=1e-9)
    assert (first.n_documents, first.n_errors) == (0, 1)
    errors = list(csv.DictReader(open(tmp_path / "out" / "errors.csv", encoding="utf-8")))
    assert errors[0]["error_type"] == "TimeBudgetError"
    second = run([str(inputs)], tmp_path / "out")
    assert (second.n_documents, second.n_errors, second.n_processed) == (1, 0, 1)


# ---------------------------------------------------------------------- work bounds
def test_dates_beyond_the_document_bound_are_not_searched(tmp_path, monkeypatch, caplog):
    page = tmp_path / "d.txt"
    page.write_text("".join(f"{m}月{d}日，" for m in range(1, 13) for d in (1, 15)) + "\n", encoding="utf-8")
    full = process_path(str(page), "d")
    assert sum(m["type"] == "DATE" for m in full.mentions) == 24
    monkeypatch.setattr(build_mod, "MAX_DATES_PER_DOCUMENT", 5)
    with caplog.at_level(logging.WARNING, logger="pipeline.build"):
        bounded = process_path(str(page), "d")
    dates = [m for m in bounded.mentions if m["type"] == "DATE"]
    assert [m["text"] for m in dates] == ["1月1日", "1月15日", "2月1日", "2月15日", "3月1日"]
    assert "date expressions" in caplog.text


def test_date_parse_attempts_are_bounded(tmp_path, monkeypatch, caplog):
    page = tmp_path / "n.txt"
    # 1年 is a duration, not a date: every position is tried and nothing is found.
    page.write_text("1年" * 200 + "，2019年6月30日。\n", encoding="utf-8")
    full = process_path(str(page), "n")
    assert [m["text"] for m in full.mentions if m["type"] == "DATE"] == ["2019年6月30日"]
    monkeypatch.setattr(build_mod, "MAX_DATE_ATTEMPTS_PER_DOCUMENT", 50)
    with caplog.at_level(logging.WARNING, logger="pipeline.build"):
        bounded = process_path(str(page), "n")
    assert not [m for m in bounded.mentions if m["type"] == "DATE"]
    assert "positions tried" in caplog.text


def test_triggers_beyond_the_document_bound_are_not_searched(tmp_path, monkeypatch, caplog):
    from pipeline import events as events_mod

    page = tmp_path / "e.txt"
    page.write_text("".join(f"2019年6月{d}日，特朗普与金正恩在板门店举行会谈。\n" for d in range(1, 11)), encoding="utf-8")
    assert len(process_path(str(page), "e").event_mentions) == 10
    monkeypatch.setattr(events_mod, "MAX_TRIGGERS_PER_DOCUMENT", 3)
    with caplog.at_level(logging.WARNING, logger="pipeline.events"):
        bounded = process_path(str(page), "e")
    assert [m.date_start for m in bounded.event_mentions] == ["2019-06-01", "2019-06-02", "2019-06-03"]
    assert "event triggers" in caplog.text


def test_persons_weighed_beyond_the_document_bound_are_not_searched(tmp_path, monkeypatch, caplog):
    # each trigger weighs the persons of its sentence (two here): a page of names and
    # trigger words is bounded by their sum, not only by its triggers
    from pipeline import events as events_mod

    page = tmp_path / "p.txt"
    page.write_text("".join(f"2019年6月{d}日，特朗普与金正恩在板门店举行会谈。\n" for d in range(1, 11)), encoding="utf-8")
    monkeypatch.setattr(events_mod, "MAX_PERSON_CHECKS_PER_DOCUMENT", 6)
    with caplog.at_level(logging.WARNING, logger="pipeline.events"):
        bounded = process_path(str(page), "p")
    assert [m.date_start for m in bounded.event_mentions] == ["2019-06-01", "2019-06-02", "2019-06-03"]
    assert "persons weighed" in caplog.text


def test_hmm_budget_bounds_the_characters_decoded(monkeypatch):
    from pipeline import candidates

    resources = build_mod.get_resources()
    finder = resources.entities.finder
    norm = "总统说" + "，".join(["鼠牛虎兔龙蛇"] * 6) + "。"
    tokens = resources.segmenter.tokens(norm)
    decoded = []
    real = candidates._hmm_words.__wrapped__
    monkeypatch.setattr(candidates, "_hmm_words", lambda run: decoded.append(run) or real(run))
    finder.words(norm, tokens, [10**6])
    unbounded = sum(map(len, decoded))
    assert unbounded > 10
    decoded.clear()
    budget = [10]
    finder.words(norm, tokens, budget)
    assert 0 < sum(map(len, decoded)) <= 10 and budget[0] >= 0


# ---------------------------------------------------------------------- spreadsheet safety
HOSTILE = {"path": "=HYPERLINK(\"http://x\")", "stage": "read", "error_type": "InputError",
           "message": "+1; -2; @SUM(A1); \tTab; \rCR; 'quoted; =1+1, \"both\""}


def test_default_csv_keeps_formula_like_cells_exact_and_counts_them():
    counter = [0]
    data = csv_bytes("errors", [HOSTILE], counter=counter)
    back = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert back == [HOSTILE]
    assert counter == [2]  # path and message start with = and +


def test_spreadsheet_safe_csv_quotes_formula_cells_and_load_restores_them(tmp_path):
    row = dict(HOSTILE, message="'already quoted")
    tables = {"errors": [HOSTILE, dict(row, path="b")]}
    written = write_outputs(tmp_path, tables, spreadsheet_safe=True)
    assert written.formula_cells == 2
    cells = list(csv.DictReader(open(tmp_path / "errors.csv", encoding="utf-8", newline="")))
    # Every cell a spreadsheet would evaluate now starts with ' (and so does one that
    # started with ' already, so that removing one ' is exact).
    assert all(not export.is_formula_like(v) for r in cells for v in r.values())
    assert cells[0]["path"] == "'" + HOSTILE["path"] and cells[1]["message"] == "''already quoted"
    pkg = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert "cnevents:spreadsheet_safe" in pkg
    ds = pipeline.load(tmp_path)
    assert ds.errors.to_dict("records") == [HOSTILE, dict(row, path="b")]


def test_stored_rows_quoted_afterwards_match_rows_quoted_when_rendered(tmp_path):
    """An incremental build stores mention rows rendered in the default mode and applies
    the spreadsheet-safe quoting to the stored bytes: the same bytes as rendering the
    rows with quoting, and the same file from write_outputs either way."""
    rows = [{"doc_id": "d", "mention_id": f"d:{i:04d}", "type": "PERSON", "start": i, "end": i + 2,
             "text": text, "sentence": f"{text}\r\n, \"x\"\n"} for i, text in
            enumerate(["=1+1", "-2", "'q", "普通", "@SUM(A1)", "\tTab", ""])]
    rendered = export.render_rows("mentions", rows)
    assert export.spreadsheet_safe_rows("mentions", rendered.data) == \
        export.render_rows("mentions", rows, spreadsheet_safe=True).data
    # Streamed: the same rows handed on in pieces (one row each), as a build does.
    pieces = [export.render_rows("mentions", [r]).data for r in export._sorted("mentions", rows)]
    streamed = export.Streamed(lambda: iter(pieces), rendered.formula_cells)
    for safe in (False, True):
        a = write_outputs(tmp_path / f"a{safe}", {"mentions": rows}, spreadsheet_safe=safe, parquet=True)
        b = write_outputs(tmp_path / f"b{safe}", {"mentions": rendered}, spreadsheet_safe=safe, parquet=True)
        c = write_outputs(tmp_path / f"c{safe}", {"mentions": streamed}, spreadsheet_safe=safe, parquet=True)
        # 4 texts (= - @ tab), their sentences and the sentence that starts with CR
        assert a.sha256 == b.sha256 and a.formula_cells == b.formula_cells == c.formula_cells == 9
        assert {k: v for k, v in c.sha256.items() if k != "mentions.parquet"} == \
            {k: v for k, v in a.sha256.items() if k != "mentions.parquet"}
        # the streamed Parquet (written batch by batch) holds the same table
        import pandas as pd
        assert pd.read_parquet(tmp_path / f"c{safe}" / "mentions.parquet").equals(
            pd.read_parquet(tmp_path / f"a{safe}" / "mentions.parquet"))
        assert not [f.name for f in (tmp_path / f"c{safe}").iterdir() if f.name.endswith(".tmp")]


def test_numbers_are_never_quoted(tmp_path):
    row = {"event_id": "e", "latitude": -33.9, "longitude": -70.6, "evidence": "-x"}
    data = csv_bytes("events", [row], spreadsheet_safe=True).decode("utf-8")
    assert ",-33.9,-70.6," in data and ",'-x," in data


# ---------------------------------------------------------------------- crash consistency
def test_an_interrupted_commit_is_finished_before_anyone_reads(tmp_path, monkeypatch):
    old = {"errors": [{"path": "old", "stage": "read", "error_type": "InputError", "message": "m"}]}
    new = {"errors": [{"path": "new", "stage": "read", "error_type": "InputError", "message": "m"}],
           "documents": [{"doc_id": "d", "path": "d.txt"}]}
    write_outputs(tmp_path / "want", new)
    write_outputs(tmp_path, old)
    real_replace = os.replace
    calls = []

    def crash_after_two(src, dst):
        if str(dst).endswith(".csv") and len(calls) == 2:
            raise KeyboardInterrupt("killed mid-commit")
        calls.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(export.os, "replace", crash_after_two)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(tmp_path, new)
    monkeypatch.setattr(export.os, "replace", real_replace)
    assert (tmp_path / JOURNAL).exists()  # half of the files are new, half old
    ds = pipeline.load(tmp_path)  # finishes the commit first
    assert not (tmp_path / JOURNAL).exists()
    assert list(ds.errors.path) == ["new"] and list(ds.documents.doc_id) == ["d"]
    assert snapshot(tmp_path) == snapshot(tmp_path / "want")
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_crash_before_the_journal_leaves_the_previous_outputs(tmp_path, monkeypatch):
    write_outputs(tmp_path, {"errors": [{"path": "old", "stage": "read", "error_type": "E", "message": "m"}]})
    before = snapshot(tmp_path)
    real = export._temp_file
    made = []

    def crash_on_third(path, data):
        if len(made) == 2:
            raise KeyboardInterrupt("killed while writing")
        made.append(real(path, data))
        return made[-1]

    monkeypatch.setattr(export, "_temp_file", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(tmp_path, {"errors": []})
    assert snapshot(tmp_path) == before
    assert not list(tmp_path.glob(".*.tmp")) and not (tmp_path / JOURNAL).exists()


def test_journal_cannot_move_files_outside_the_output_directory(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "victim.csv").write_text("keep\n", encoding="utf-8")
    (out / ".x.tmp").write_text("evil\n", encoding="utf-8")
    (out / JOURNAL).write_text(json.dumps({"renames": [[".x.tmp", "../victim.csv"]]}), encoding="utf-8")
    export.recover(out)
    assert (tmp_path / "victim.csv").read_text(encoding="utf-8") == "keep\n"


def _corpus(folder, n):
    folder.mkdir()
    for name in ("000_81916d54a5620362.txt", "002_944b4ad8491f1789.txt"):
        shutil.copy(SEEDS / name, folder / name)
    leaders = ["习近平", "特朗普", "文在寅", "普京", "安倍晋三"]
    for i in range(n):
        text = f"2019年{i % 12 + 1}月{i % 27 + 1}日，金正恩与{leaders[i % 5]}在板门店举行会谈。\n" * 40
        (folder / f"extra_{i:03d}.txt").write_text(text, encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkilled_build_leaves_complete_outputs_and_the_next_build_recovers(tmp_path):
    """Kill a real build (another process) at several moments; the outputs are always
    one complete build (the previous one or the new one), and the next build gives
    exactly the bytes of an uninterrupted build."""
    seeds_only, corpus = tmp_path / "seeds", tmp_path / "corpus"
    seeds_only.mkdir()
    shutil.copy(SEEDS / "000_81916d54a5620362.txt", seeds_only)
    _corpus(corpus, 40)
    base, want = tmp_path / "base", tmp_path / "want"
    run([str(seeds_only)], base)
    run([str(corpus)], want, incremental=False)
    old, new = snapshot(base), snapshot(want)
    code = f"import pipeline; pipeline.run([{str(corpus)!r}], {{out!r}})"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", code.format(out=str(tmp_path / "timing"))], check=True, env=env, cwd=ROOT)
    duration = time.monotonic() - started
    seen = set()
    for fraction in (0.3, 0.6, 0.85, 0.95):
        out = tmp_path / f"kill{fraction}"
        shutil.copytree(base, out)
        proc = subprocess.Popen([sys.executable, "-c", code.format(out=str(out))], env=env, cwd=ROOT)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        pipeline.load(out)  # finishes an interrupted commit, if any
        got = snapshot(out)
        assert got in (old, new), f"mixed outputs after a kill at {fraction:.0%} of the build"
        seen.add("new" if got == new else "old")
        # The lock died with the process; the next build reuses what was stored.
        again = run([str(corpus)], out)
        assert snapshot(out) == new
        assert again.n_processed + again.n_cached == again.n_inputs
    assert "old" in seen  # at least one kill landed before the commit
