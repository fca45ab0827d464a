"""How far two hand-made gold files for the same articles agree, scored like the pipeline.

Usage:  python benchmarks/agreement.py GOLD_A.csv GOLD_B.csv

Both files are in the seed gold's format (see eval_events.py) and cover the same
documents.  Each is scored against the other with eval_events.py's matching (same
document, compatible type, same country where the gold names one, overlapping dates
where it states them), as if its rows were a build's events: precision = its core rows
that match any row of the other, recall = the other's core rows that any of its rows
matches.  The F1 of one annotator against another is what a perfect pipeline could
expect against a single annotator's gold: the ceiling of `eval_events.py`'s F1 on such
sets.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_events import matches  # noqa: E402


def as_event(row: dict) -> tuple[str, dict]:
    """A gold row as (doc_id, event row) of the kind `matches` compares."""
    return Path(row["doc"]).with_suffix("").as_posix(), {
        "event_type": row["event_type"], "country": row["country_iso2"],
        "date_start": row["date_start"], "date_end": row["date_end"]}


def score(gold: list[dict], other: list[dict]) -> tuple[int, int, int, int]:
    """(other's core rows matching a gold row, other's core rows, gold core rows matched
    by any row of other, gold core rows)."""
    events = [as_event(r) for r in other]
    core_events = [as_event(r) for r in other if r["tier"] == "core"]
    right = sum(1 for doc_id, ev in core_events if any(matches(g, doc_id, ev) for g in gold))
    core = [g for g in gold if g["tier"] == "core"]
    found = sum(1 for g in core if any(matches(g, doc_id, ev) for doc_id, ev in events))
    return right, len(core_events), found, len(core)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_a")
    ap.add_argument("gold_b")
    args = ap.parse_args(argv)
    rows = []
    for path in (args.gold_a, args.gold_b):
        with open(path, encoding="utf-8") as f:
            rows.append(list(csv.DictReader(f)))
    a, b = rows
    for name, gold, other in (("B against A", a, b), ("A against B", b, a)):
        right, n, found, core = score(gold, other)
        p, r = (right / n if n else 0.0), (found / core if core else 0.0)
        print(f"{name}: precision {p:.3f} ({right}/{n} core rows)  recall {r:.3f} ({found}/{core} core)  F1 {f1(p, r):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
