"""End to end on the seeds: golden files, determinism, committed outputs, bad inputs."""

import csv
import json
import logging
import os

import pytest

from pipeline import load, run
from pipeline.export import SCHEMAS

from helpers import ROOT, SEEDS

FILES = [f"{t}.csv" for t in SCHEMAS] + ["datapackage.json"]


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    """The seeds built exactly as `make build` does (relative input path, so the
    path column does not depend on where the repository lives)."""
    out = tmp_path_factory.mktemp("out")
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        summary = run(["seeds"], out, incremental=False)
    finally:
        os.chdir(cwd)
    return out, summary


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("name", FILES)
def test_golden(seed_build, name, file_regression):
    """Golden files under tests/test_build/: review every row against the articles
    when regenerating (pytest --force-regen)."""
    out, _ = seed_build
    file_regression.check((out / name).read_text(encoding="utf-8"), basename=name.rsplit(".", 1)[0],
                          extension="." + name.rsplit(".", 1)[1], newline="\n")


def test_committed_outputs_equal_a_fresh_build(seed_build):
    out, _ = seed_build
    for name in FILES:
        assert (ROOT / "outputs" / name).read_bytes() == (out / name).read_bytes(), f"outputs/{name} is stale: run `make build`"


def test_two_runs_are_byte_identical(seed_build, tmp_path):
    out, _ = seed_build
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        run(["seeds"], tmp_path, incremental=False)
    finally:
        os.chdir(cwd)
    for name in FILES:
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes()


def test_every_input_is_accounted_for(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (inputs / "good.txt").write_text("2019年6月30日，特朗普与金正恩在板门店举行会谈。\n", encoding="utf-8")
    summary = run([str(inputs), str(tmp_path / "missing")], tmp_path / "out")
    docs = rows(tmp_path / "out" / "documents.csv")
    errors = rows(tmp_path / "out" / "errors.csv")
    assert {d["doc_id"] for d in docs} == {"good"}
    assert {e["path"].rsplit("/", 1)[-1] for e in errors} == {"empty.txt", "binary.bin", "missing"}
    assert all(e["message"] and e["error_type"] for e in errors)
    assert summary.n_errors == 3


def test_mention_offsets_point_into_cleaned_text(seed_build):
    from pipeline import read_document

    out, _ = seed_build
    docs = {d["doc_id"]: read_document(SEEDS / (d["doc_id"] + ".txt")) for d in rows(out / "documents.csv")}
    for m in rows(out / "mentions.csv"):
        assert docs[m["doc_id"]].text[int(m["start"]) : int(m["end"])] == m["text"]
    for e in rows(out / "event_mentions.csv"):
        assert docs[e["doc_id"]].text[int(e["evidence_start"]) : int(e["evidence_end"])] == e["evidence"]


def test_relative_dates_unresolved_without_publication_date(seed_build):
    out, _ = seed_build
    today = [m for m in rows(out / "mentions.csv") if m["text"] == "今（25）日"]
    assert today and all(m["value"] == "" and m["precision"] == "unresolved" for m in today)


def test_published_option_resolves_relative_dates(tmp_path):
    run([str(SEEDS / "002_944b4ad8491f1789.txt")], tmp_path, published="2022-09-25")
    today = [m for m in rows(tmp_path / "mentions.csv") if m["text"] == "今（25）日"]
    assert [m["value"] for m in today] == ["2022-09-25"]
    assert rows(tmp_path / "documents.csv")[0]["published_source"] == "option"


def test_sidecar_publication_date(tmp_path):
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_bytes((SEEDS / "002_944b4ad8491f1789.txt").read_bytes())
    (page.parent / "page.txt.meta.json").write_text(json.dumps({"published": "2022-09-25"}), encoding="utf-8")
    run([str(page.parent)], tmp_path / "out")
    doc = rows(tmp_path / "out" / "documents.csv")[0]
    assert (doc["published"], doc["published_source"]) == ("2022-09-25", "sidecar")


def test_load_gives_typed_frames(seed_build):
    out, _ = seed_build
    ds = load(out)
    assert len(ds.documents) == 2
    assert ds.events["confidence"].dtype == "float64"
    assert all(isinstance(p, list) for p in ds.events["participants"])
    assert str(ds.mentions["start"].dtype) == "Int64"
    assert ds.documents["doc_id"].tolist() == ["000_81916d54a5620362", "002_944b4ad8491f1789"]


def test_incremental_build_equals_full_rebuild(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    first = run([str(inputs)], a)
    assert (first.n_processed, first.n_cached) == (1, 0)
    (inputs / "002.txt").write_bytes((SEEDS / "002_944b4ad8491f1789.txt").read_bytes())
    second = run([str(inputs)], a)
    assert (second.n_processed, second.n_cached) == (1, 1)
    run([str(inputs)], b, incremental=False)
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    # A deleted input disappears from the outputs and from the stored results.
    (inputs / "002.txt").unlink()
    third = run([str(inputs)], a)
    assert third.n_documents == 1 and (third.n_processed, third.n_cached) == (0, 1)
    assert len(list((a / ".cnevents" / "shards").rglob("*.shard"))) == 1
    manifest = json.loads((a / ".cnevents" / "manifest.json").read_text(encoding="utf-8"))
    assert [i["doc_id"] for i in manifest["inputs"]] == ["000"]


def test_the_folder_typed_another_way_reuses_stored_results(tmp_path):
    # in/ from its parent, then the absolute path: the same inputs, nothing processed
    # again, and the outputs carry the paths as typed this time (as a full build would)
    a, b = tmp_path / "a", tmp_path / "b"
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    (inputs / "bad.txt").write_bytes(b"")
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        first = run(["in"], a)
    finally:
        os.chdir(cwd)
    assert first.n_processed == 2
    again = run([str(inputs)], a)
    assert (again.n_processed, again.n_cached) == (0, 2)
    run([str(inputs)], b, incremental=False)
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert str(inputs / "bad.txt") in (a / "errors.csv").read_text(encoding="utf-8")


def test_changed_gazetteer_invalidates_stored_results(tmp_path):
    import shutil

    gdir = tmp_path / "gaz"
    shutil.copytree(ROOT / "gazetteers", gdir)
    out = tmp_path / "out"
    run([str(SEEDS)], out, gazetteer_dir=gdir)
    again = run([str(SEEDS)], out, gazetteer_dir=gdir)
    assert again.n_cached == 2
    with open(gdir / "event_cues.csv", "a", encoding="utf-8") as f:
        f.write("声称,reporting,,added in a test\n")
    changed = run([str(SEEDS)], out, gazetteer_dir=gdir)
    assert (changed.n_processed, changed.n_cached) == (2, 0)


def test_parallel_build_equals_serial(seed_build, tmp_path):
    out, _ = seed_build
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        run(["seeds"], tmp_path, workers=2, incremental=False)
    finally:
        os.chdir(cwd)
    for name in FILES:
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_dask_engine_gives_the_same_bytes(seed_build, tmp_path):
    pytest.importorskip("dask.distributed")
    out, _ = seed_build
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        run(["seeds"], tmp_path, workers=2, engine="dask", incremental=False)
    finally:
        os.chdir(cwd)
    for name in FILES:
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name
    # the cluster's own INFO logging stays below the default WARNING level of the CLI
    assert logging.getLogger("distributed").getEffectiveLevel() >= logging.WARNING


def test_dask_engine_writes_error_messages_with_the_path_as_typed(tmp_path):
    # The cluster is given absolute paths; an error row's message must still name the
    # input as the user typed it, as the local engine does.
    pytest.importorskip("dask.distributed")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    (inputs / "empty.html").write_bytes(b"<html><body><nav>menu</nav></body></html>")
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        run(["in"], tmp_path / "local", workers=1, incremental=False)
        run(["in"], tmp_path / "dask", workers=2, engine="dask", incremental=False)
    finally:
        os.chdir(cwd)
    errors = (tmp_path / "local" / "errors.csv").read_text(encoding="utf-8")
    assert "in/empty.html" in errors and str(tmp_path) not in errors
    for name in FILES:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_a_build_with_nothing_new_keeps_the_outputs_and_repairs_edited_ones(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    out = tmp_path / "out"
    first = run([str(inputs)], out)
    before = {name: (out / name).read_bytes() for name in FILES}
    again = run([str(inputs)], out)
    assert (again.n_processed, again.n_cached) == (0, 1)
    assert (again.n_documents, again.n_events, again.n_mentions) == (first.n_documents, first.n_events, first.n_mentions)
    assert {name: (out / name).read_bytes() for name in FILES} == before
    # An output edited or deleted by hand is written again, from the stored results.
    (out / "events.csv").write_text("edited\n", encoding="utf-8")
    (out / "mentions.csv").unlink()
    repaired = run([str(inputs)], out)
    assert repaired.n_processed == 0
    assert {name: (out / name).read_bytes() for name in FILES} == before
    # Other export options are another output.
    safe = run([str(inputs)], out, spreadsheet_safe=True)
    assert safe.n_processed == 0
    assert "cnevents:spreadsheet_safe" in (out / "datapackage.json").read_text(encoding="utf-8")


def test_unchanged_inputs_are_not_read_again_but_a_rewrite_is_seen(tmp_path, monkeypatch):
    from pipeline import cache

    inputs = tmp_path / "in"
    inputs.mkdir()
    page = inputs / "000.txt"
    page.write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    out = tmp_path / "out"
    run([str(inputs)], out)
    hashed = []
    real = cache.file_digest
    monkeypatch.setattr(cache, "file_digest", lambda p: p.suffix == ".txt" and hashed.append(p.name) or real(p))
    # (A file counts as settled at once here; the next test keeps the real margin.)
    monkeypatch.setattr(cache, "SETTLED_NS", 0)
    run([str(inputs)], out)
    assert hashed == []  # size, times and inode as recorded: not read
    # Same size, same modification time (a tool that restores it), new content: the
    # status-change time differs, so the file is hashed again and processed.
    info = page.stat()
    data = bytearray(page.read_bytes())
    i = data.index("平壤".encode())
    data[i:i + 6] = "汉城".encode()
    page.write_bytes(bytes(data))
    os.utime(page, ns=(info.st_atime_ns, info.st_mtime_ns))
    again = run([str(inputs)], out)
    assert hashed == ["000.txt"] and again.n_processed == 1
    fresh = run([str(inputs)], tmp_path / "fresh", incremental=False)
    assert (out / "mentions.csv").read_bytes() == (tmp_path / "fresh" / "mentions.csv").read_bytes()
    assert fresh.n_documents == 1


def test_recently_changed_inputs_are_always_hashed(tmp_path, monkeypatch):
    """A file that changed less than SETTLED_NS before it was hashed may change again
    within the same clock tick: its recorded digest is not trusted."""
    from pipeline import cache

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    out = tmp_path / "out"
    run([str(inputs)], out)
    hashed = []
    real = cache.file_digest
    monkeypatch.setattr(cache, "file_digest", lambda p: p.suffix == ".txt" and hashed.append(p.name) or real(p))
    for _ in range(2):
        run([str(inputs)], out)
    assert hashed == ["000.txt", "000.txt"]


@pytest.mark.parametrize("damage", ["cut", "flip", "empty"])
def test_a_damaged_stored_result_is_processed_again(tmp_path, damage):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    out = tmp_path / "out"
    run([str(inputs)], out)
    before = {name: (out / name).read_bytes() for name in FILES}
    (shard,) = (out / ".cnevents" / "shards").rglob("*.shard")
    data = shard.read_bytes()
    shard.write_bytes({"cut": data[:-100], "flip": data[:-10] + b"X" + data[-9:], "empty": b""}[damage])
    (out / "mentions.csv").unlink()  # so that the build reads the stored results
    again = run([str(inputs)], out)
    assert again.n_processed == 1
    assert {name: (out / name).read_bytes() for name in FILES} == before


def test_a_cache_folder_others_can_write_to_is_not_used(tmp_path, monkeypatch):
    from pipeline import stored

    folder = tmp_path / "cache"
    monkeypatch.setenv("CNEVENTS_CACHE_DIR", str(folder))
    stored.store("thing-1.marshal", "k", {"a": 1})
    assert stored.load("thing-1.marshal", "k") == {"a": 1}
    assert stored.load("thing-1.marshal", "other key") is None
    folder.chmod(0o777)
    assert stored.usable_dir() is None and stored.load("thing-1.marshal", "k") is None
    folder.chmod(0o700)
    for i in range(stored.KEEP + 3):
        stored.store(f"thing-{i + 2}.pickle", "k", i, trusted=True)
    assert len(list(folder.glob("thing-*"))) == stored.KEEP


def test_adding_an_input_with_workers_reads_stored_results_while_a_worker_processes(tmp_path):
    """workers > 1 and one new input: the input goes to a worker process while the
    build reads the stored results; same bytes as a full build, stored results reused."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    out = tmp_path / "out"
    run([str(inputs)], out, workers=2)
    (inputs / "002.txt").write_bytes((SEEDS / "002_944b4ad8491f1789.txt").read_bytes())
    second = run([str(inputs)], out, workers=2)
    assert (second.n_processed, second.n_cached) == (1, 1)
    run([str(inputs)], tmp_path / "full", incremental=False)
    for name in FILES:
        assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name


def test_a_watching_build_writes_what_a_one_shot_build_writes(tmp_path):
    from pipeline import cache
    from pipeline.build import watch

    a, b = tmp_path / "a", tmp_path / "b"
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes())
    seen = []
    steps = iter([
        lambda: (inputs / "002.txt").write_bytes((SEEDS / "002_944b4ad8491f1789.txt").read_bytes()),
        lambda: None,  # nothing new
        lambda: (inputs / "002.txt").unlink(),
        lambda: (inputs / "000.txt").unlink(),  # no input left: an error, and the watch goes on
        lambda: (inputs / "000.txt").write_bytes((SEEDS / "000_81916d54a5620362.txt").read_bytes()),
    ])
    try:
        watch([str(inputs)], a, 0.0, rounds=6, sleep=lambda s: next(steps)(),
              on_build=lambda summary, exc: seen.append((summary.n_documents, summary.n_processed) if summary else type(exc).__name__))
    finally:
        cache.keep_decoded(False)
    assert seen == [(1, 1), (2, 1), (2, 0), (1, 0), "BuildError", (1, 0)]
    run([str(inputs)], b, incremental=False)
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_a_resident_build_rereads_a_stored_result_that_changed(tmp_path):
    # decoded shards are kept by file size, time and inode: a rewritten shard is read again
    from pipeline import cache

    inputs = tmp_path / "in"
    inputs.mkdir()
    seeds = [SEEDS / "000_81916d54a5620362.txt", SEEDS / "002_944b4ad8491f1789.txt"]
    (inputs / "a.txt").write_bytes(seeds[0].read_bytes())
    try:
        run([str(inputs)], tmp_path / "out", resident=True)
        (inputs / "b.txt").write_bytes(seeds[1].read_bytes())
        run([str(inputs)], tmp_path / "out", resident=True)  # a's stored result is read and kept
        assert len(cache._DECODED) == 1
        (shard,) = cache._DECODED
        with open(shard, "ab") as f:
            f.write(b"damaged")  # no longer what was kept, and fails its check
        (inputs / "c.txt").write_bytes(seeds[0].read_bytes())
        third = run([str(inputs)], tmp_path / "out", resident=True)
        assert third.n_processed == 2  # c, and a again
    finally:
        cache.keep_decoded(False)
    assert cache._DECODED == {}


def test_a_resident_builds_candidate_tally_follows_changed_inputs(tmp_path):
    from pipeline import cache

    inputs = tmp_path / "in"
    inputs.mkdir()
    seed0 = (SEEDS / "000_81916d54a5620362.txt").read_bytes()
    seed2 = (SEEDS / "002_944b4ad8491f1789.txt").read_bytes()
    try:
        (inputs / "a.txt").write_bytes(seed2)  # the seed with candidates (李贞澈, 金千植)
        run([str(inputs)], tmp_path / "r", resident=True)
        (inputs / "b.txt").write_bytes(seed0)
        run([str(inputs)], tmp_path / "r", resident=True)  # b added to a's tally
        (inputs / "a.txt").write_bytes(seed0)  # a changed: its candidates must go
        run([str(inputs)], tmp_path / "r", resident=True)
    finally:
        cache.keep_decoded(False)
    run([str(inputs)], tmp_path / "full", incremental=False)
    assert (tmp_path / "r" / "candidates.csv").read_bytes() == (tmp_path / "full" / "candidates.csv").read_bytes()
