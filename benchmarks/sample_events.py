"""Read a random sample of events against their articles (precision by reading).

Usage:  python benchmarks/sample_events.py [CORPUS] [--n 30] [--seed 0] [--out DIR] [--missed | --splits]
                                          [--exclude LIST]

Builds the corpus's diplomacy articles (``CORPUS/diplomacy_articles.txt``, paths
relative to CORPUS; default ``../shared/eval/corpus``) into a temporary directory — or
reads an existing build with --out — and prints: how many events were found, how many
are reported by several documents, and N random events with their evidence sentence,
so a reader can mark each one right or wrong.

With --missed it samples the other side (recall by reading): sentences of the articles
that name a leader (``CORPUS/diplomacy_articles_with_leaders.txt``) which mention a
known person and a strong trigger (strength >= 0.8 in ``gazetteers/triggers.csv``) but
are the evidence of no event; a reader marks which report an event that was missed.

With --splits it samples pairs of events left apart that may be one real event (the
recall of dedupe by reading): the same type and status, one's participants inside the
other's (a visit by the same actor), the same country or none on both, and dates that
overlap, lie within three days of each other, or of which one holds the other (a year
and a day of it); a reader marks which pairs report one event.

--exclude names a file of article paths (one per line, as in the diplomacy lists) held
out for an annotation set: no event any of them reports, and no sentence of theirs, is
shown, so reading the sample does not show the annotated articles before they are scored.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import load, run  # noqa: E402
from pipeline.events import _date_range  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "corpus"))
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", help="an existing build to sample from")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--missed", action="store_true", help="sample trigger sentences without an event instead")
    ap.add_argument("--splits", action="store_true", help="sample pairs of events left apart that may be one event")
    ap.add_argument("--exclude", help="a file of article paths whose events and sentences are not shown")
    args = ap.parse_args(argv)
    excluded = _doc_ids(Path(args.exclude).read_text(encoding="utf-8").splitlines()) if args.exclude else set()

    corpus = Path(args.corpus)
    if args.out:
        out = Path(args.out)
    else:
        paths = [str(corpus / line.strip()) for line in (corpus / "diplomacy_articles.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
        out = Path(tempfile.mkdtemp(prefix="cnevents-sample-"))
        run(paths, out, workers=args.workers)
    ds = load(out)
    ev = ds.events
    print(f"documents: {len(ds.documents)}  errors: {len(ds.errors)}  events: {len(ev)}  "
          f"multi-document events: {(ev['n_documents'] > 1).sum()} "
          f"(covering {int(ev.loc[ev['n_documents'] > 1, 'n_documents'].sum())} document reports)")
    print("by type:", ", ".join(f"{k} {v}" for k, v in ev["event_type"].value_counts().items()))
    print("by status:", ", ".join(f"{k} {v}" for k, v in ev["status"].value_counts().items()))
    rng = random.Random(args.seed)
    if args.missed:
        return _missed(ds, corpus, args.n, rng, excluded)
    if args.splits:
        return _splits(ev, args.n, rng, excluded)
    rows = [r for r in ev.itertuples(index=False) if excluded.isdisjoint(r.doc_ids)]
    for i, r in enumerate(rng.sample(rows, min(args.n, len(rows))), start=1):
        parts = ",".join(p.replace("person:", "") for p in r.participants)
        print(f"\n[{i}] {r.event_type} ({r.status}) actor={r.actor_name or '-'} participants={parts} "
              f"place={r.place_name or '-'} {r.country or ''} date={r.date_start or '-'}..{r.date_end or '-'} "
              f"conf={r.confidence} docs={r.n_documents} trigger={r.trigger}")
        print(f"    {r.evidence_doc_id}: {r.evidence[:220]}")
    return 0


def _doc_ids(lines) -> set[str]:
    """Document ids of article paths (``articles/dutymachine_dw/1047815.txt`` →
    ``dutymachine_dw/1047815``)."""
    return {Path(line.strip().split("articles/", 1)[-1]).with_suffix("").as_posix() for line in lines if line.strip()}


def _missed(ds, corpus: Path, n: int, rng: random.Random, excluded: set[str] = frozenset()) -> int:
    with open(ROOT / "gazetteers" / "triggers.csv", encoding="utf-8", newline="") as f:
        strong = [r["trigger"] for r in csv.DictReader(f) if float(r["strength"] or 0) >= 0.8]
    listed = (corpus / "diplomacy_articles_with_leaders.txt").read_text(encoding="utf-8").splitlines()
    docs = _doc_ids(listed) - excluded
    m = ds.mentions
    m = m[m["doc_id"].isin(docs) & (m["type"] == "PERSON") & (m["canonical_id"] != "")]
    with_event = set(zip(ds.event_mentions["doc_id"], ds.event_mentions["evidence"]))
    sentences = sorted({(d, s) for d, s in zip(m["doc_id"], m["sentence"]) if any(t in s for t in strong)})
    missed = [k for k in sentences if k not in with_event]
    print(f"\n{len(sentences)} sentences with a known person and a strong trigger; {len(missed)} are the evidence of no event")
    for i, (d, s) in enumerate(rng.sample(missed, min(n, len(missed))), start=1):
        print(f"[{i}] {d}: {s[:260]}")
    return 0


def _splits(ev, n: int, rng: random.Random, excluded: set[str] = frozenset(), reach_days: int = 3) -> int:
    import datetime as dt

    rows = [r for r in ev.itertuples(index=False) if excluded.isdisjoint(r.doc_ids) and r.date_start]
    by_key: dict[tuple, list] = {}
    for r in rows:
        by_key.setdefault((r.event_type, r.status, r.country), []).append(r)
    reach = dt.timedelta(days=reach_days)
    pairs = []
    for group in by_key.values():
        for i, a in enumerate(group):
            ra, pa = _date_range(a.date_start, a.date_end), set(a.participants)
            for b in group[i + 1 :]:
                pb = set(b.participants)
                if not (pa <= pb or pb <= pa) or (a.event_type == "visit" and a.actor_id != b.actor_id):
                    continue
                rb = _date_range(b.date_start, b.date_end)
                if ra is None or rb is None or not (ra[0] - reach <= rb[1] and rb[0] - reach <= ra[1]):
                    continue
                pairs.append((a, b))
    print(f"\n{len(pairs)} pairs of events left apart with the same type, status and country, nested participants "
          f"and dates within {reach_days} days of each other (or one inside the other)")
    for i, (a, b) in enumerate(rng.sample(pairs, min(n, len(pairs))), start=1):
        print(f"\n[{i}]")
        for r in (a, b):
            parts = ",".join(p.replace("person:", "") for p in r.participants)
            print(f"    {r.event_type} ({r.status}) {parts} place={r.place_name or '-'} {r.country or ''} "
                  f"date={r.date_start}..{r.date_end} docs={r.n_documents}")
            print(f"      {r.evidence_doc_id}: {r.evidence[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
