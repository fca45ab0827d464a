"""End to end on the seeds: golden files, determinism, committed outputs, bad inputs."""

import csv
import json

import pytest

from pipeline import load, run
from pipeline.export import SCHEMAS

from helpers import ROOT, SEEDS

FILES = [f"{t}.csv" for t in SCHEMAS] + ["datapackage.json"]


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = run([str(SEEDS)], out)
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
    # `make build` runs `cnevents build seeds --out outputs`, whose paths are relative.
    out, _ = seed_build
    fresh = out.parent / "relative"
    import os

    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        run(["seeds"], fresh)
    finally:
        os.chdir(cwd)
    for name in FILES:
        assert (ROOT / "outputs" / name).read_bytes() == (fresh / name).read_bytes(), f"outputs/{name} is stale: run `make build`"


def test_two_runs_are_byte_identical(seed_build, tmp_path):
    out, _ = seed_build
    run([str(SEEDS)], tmp_path)
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
