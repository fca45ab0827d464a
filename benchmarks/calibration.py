"""How far the events' confidence can be trusted: precision by confidence band, pooled over gold sets.

Usage:  python benchmarks/calibration.py GOLD.csv [GOLD.csv ...] --out-root DIR [--rebuild]

Each GOLD.csv is a hand-made gold file in the seed gold's format (see eval_events.py)
whose articles lie in an ``inputs/`` folder beside it; the seeds' gold is scored with
``seeds/`` when given as ``../shared/eval/events/seed_truth.csv``.  Each set is built
into DIR/<name of the gold's folder> unless that output exists (``--rebuild`` builds
it again).  Scoring is eval_events.py's: a predicted (event, document) pair is right
when it matches any gold row; recall is over core rows.

Prints, pooled over all sets, the precision of each confidence band of width 0.1 and,
for a user who keeps only events at or above a threshold, the precision and core recall
that remain.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_events import confidence_bands, load_predicted, matches, print_bands  # noqa: E402
from pipeline.build import run  # noqa: E402

THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def load_set(gold_csv: Path, out_root: Path, rebuild: bool):
    """(gold rows, [(doc_id, event row)]) for one gold set, building its outputs if needed."""
    with open(gold_csv, encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    inputs = gold_csv.parent / "inputs"
    if not inputs.is_dir() and gold_csv.name == "seed_truth.csv":
        inputs = ROOT / "seeds"
    out = out_root / gold_csv.parent.name
    if rebuild and out.exists():
        shutil.rmtree(out)
    if not (out / "events.csv").exists():
        run([str(inputs)], out)
    return gold, load_predicted(out, gold, inputs)[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", help="gold CSV files, each with its articles in inputs/ beside it")
    ap.add_argument("--out-root", required=True, help="folder for (or holding) each set's outputs")
    ap.add_argument("--rebuild", action="store_true", help="build every set again")
    args = ap.parse_args(argv)

    scored = []     # (confidence, right) per predicted pair
    core_hits = []  # per core gold row: the highest confidence of a prediction matching it (-1: none)
    for path in args.gold:
        gold, predicted = load_set(Path(path), Path(args.out_root), args.rebuild)
        for doc_id, ev in predicted:
            scored.append((float(ev["confidence"]), any(matches(g, doc_id, ev) for g in gold)))
        for g in gold:
            if g["tier"] == "core":
                confs = [float(ev["confidence"]) for doc_id, ev in predicted if matches(g, doc_id, ev)]
                core_hits.append(max(confs, default=-1.0))

    print(f"{len(args.gold)} gold sets, {len(scored)} predicted (event, document) pairs, {len(core_hits)} core rows")
    print_bands(confidence_bands(scored))
    print(f"{'keep at':>8} {'pairs':>6} {'precision':>10} {'recall':>8}")
    for t in THRESHOLDS:
        kept = [right for conf, right in scored if conf >= t]
        precision = sum(kept) / len(kept) if kept else 0.0
        recall = sum(1 for c in core_hits if c >= t) / len(core_hits) if core_hits else 0.0
        print(f"{t:>8.1f} {len(kept):>6} {precision:>10.3f} {recall:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
