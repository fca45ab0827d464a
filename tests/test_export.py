import csv
import io
import json

from pipeline.export import SCHEMAS, atomic_write, csv_bytes, write_outputs


def test_csv_quoting_survives_newlines_commas_quotes():
    row = {"path": "a,b.txt", "stage": "read", "error_type": "InputError", "message": 'line1\nline2 "quoted", comma'}
    data = csv_bytes("errors", [row])
    back = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert back == [row]


def test_rows_sorted_by_stable_keys_and_numeric_offsets():
    rows = [{"doc_id": "b", "start": 10, "end": 12, "type": "PLACE"},
            {"doc_id": "a", "start": 100, "end": 102, "type": "DATE"},
            {"doc_id": "a", "start": 9, "end": 11, "type": "PERSON"}]
    data = csv_bytes("mentions", rows).decode("utf-8").splitlines()
    assert [line.split(",")[0] + ":" + line.split(",")[3] for line in data[1:]] == ["a:9", "a:100", "b:10"]


def test_outputs_deterministic_and_described(tmp_path):
    tables = {"errors": [{"path": "x", "stage": "read", "error_type": "InputError", "message": "m"}]}
    write_outputs(tmp_path / "a", tables)
    write_outputs(tmp_path / "b", tables)
    for name in [f"{t}.csv" for t in SCHEMAS] + ["datapackage.json"]:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    pkg = json.loads((tmp_path / "a" / "datapackage.json").read_text(encoding="utf-8"))
    for res in pkg["resources"]:
        header = (tmp_path / "a" / res["path"]).read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header == [f["name"] for f in res["schema"]["fields"]]
        assert all(f["description"] for f in res["schema"]["fields"])


def test_atomic_write_leaves_no_temp_files(tmp_path):
    atomic_write(tmp_path / "x.csv", b"a\n")
    atomic_write(tmp_path / "x.csv", b"b\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]
    assert (tmp_path / "x.csv").read_bytes() == b"b\n"


def test_fast_and_general_sort_agree():
    """Rows whose key fields have their schema's types take the fast path; rows with
    strings in integer fields or missing fields the general one — same order rules."""
    from pipeline.export import _sort_key, _sorted

    typed = [{"doc_id": d, "start": s, "end": s + 2, "type": t} for d, s, t in
             [("b", 10, "PLACE"), ("a", 100, "DATE"), ("a", 9, "PERSON"), ("a", 9, "DATE"), ("b", 2, "DATE")]]
    assert _sorted("mentions", typed) == sorted(typed, key=lambda r: _sort_key("mentions", r))
    stringly = [dict(r, start=str(r["start"])) for r in typed]  # "100" must still sort after "9"
    assert [r["start"] for r in _sorted("mentions", stringly)] == ["9", "9", "100", "2", "10"]
    missing = typed + [{"doc_id": "a"}]  # no offsets: after a's mentions, before b's
    assert _sorted("mentions", missing)[3] == {"doc_id": "a"}
