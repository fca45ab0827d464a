"""Boilerplate-removal benchmark: our clean stage against trafilatura, same pages, same run.

Usage::

    python benchmarks/eval_boilerplate.py [PATH] [--verbose] [--page ID]

``PATH`` (default ``../shared/eval/boilerplate`` relative to the project) holds
``index.csv`` and one directory per page (see its README).  For every page with a full
truth text the score is precision / recall / F1 over the multiset of character bigrams
of the text with all whitespace removed.  Our text is compared without the title block
for ``cwced`` (its truth excludes title, author and date) and with it for
``webmainbench`` (its truth is Markdown that starts with the title; Markdown syntax is
stripped from the truth first).  ``trafilatura_partial`` pages only list snippets that
must be kept (``with``) or removed (``without``); we report how many of each are handled.

trafilatura gets the same decoded HTML as our cleaner (``trafilatura.extract`` with
``include_comments=False``); ``trafilatura_bytes`` is the same call on the raw bytes, so
that trafilatura decodes the page itself.  Nothing is written to disk; the report goes
to stdout.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.clean import clean  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
from pipeline.read import read_raw  # noqa: E402

log = logging.getLogger("eval_boilerplate")

_WS = re.compile(r"\s+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_SYNTAX = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s?|```\w*)|`|\*\*|__", re.MULTILINE)


def squeeze(text: str) -> str:
    return _WS.sub("", text or "")


def bigrams(text: str) -> Counter:
    s = squeeze(text)
    return Counter(s[i : i + 2] for i in range(len(s) - 1))


def prf(candidate: str, truth: str) -> tuple[float, float, float]:
    got, want = bigrams(candidate), bigrams(truth)
    overlap = sum((got & want).values())
    p = overlap / sum(got.values()) if got else 0.0
    r = overlap / sum(want.values()) if want else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def strip_markdown(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    return _MD_SYNTAX.sub("", text)


def ours(page: Path) -> tuple[str, str, str, float]:
    """(decoded html, body text without title, full text, seconds)."""
    started = time.perf_counter()
    raw = read_raw(page)
    try:
        doc = clean(raw, page.parent.name)
    except PipelineError as error:
        log.warning("%s: %s", page, error)
        return raw.body, "", "", time.perf_counter() - started
    body_blocks = [b.text for b in doc.blocks if b.kind != "title"]
    return raw.body, "\n".join(body_blocks), doc.text, time.perf_counter() - started


def theirs(html: str, **options) -> tuple[str, float]:
    import trafilatura

    started = time.perf_counter()
    try:
        text = trafilatura.extract(html, **options) or ""
    except Exception as error:  # a crash counts as an empty extraction
        log.warning("trafilatura failed: %s", error)
        text = ""
    return text, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/eval/boilerplate"))
    parser.add_argument("--verbose", action="store_true", help="print the first characters of each extraction")
    parser.add_argument("--page", help="only this page id")
    parser.add_argument("--no-trafilatura", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")

    root = Path(args.path)
    with open(root / "index.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if args.page:
        rows = [r for r in rows if r["id"].startswith(args.page)]

    full: list[dict] = []
    partial: list[dict] = []
    for row in rows:
        page = root / row["page"]
        html, body, text, seconds = ours(page)
        if not args.no_trafilatura:
            traf, traf_seconds = theirs(html, include_comments=False)
            traf_bytes, _ = theirs(page.read_bytes(), include_comments=False)
        else:
            traf, traf_seconds, traf_bytes = "", 0.0, ""
        if row["dataset"] == "trafilatura_partial":
            snippets = json.loads((root / row["truth"]).read_text(encoding="utf-8"))
            record = {"id": row["id"]}
            for name, candidate in (("ours", text), ("trafilatura", traf)):
                flat = squeeze(candidate)
                kept = sum(1 for s in snippets.get("with", []) if squeeze(s) in flat)
                removed = sum(1 for s in snippets.get("without", []) if squeeze(s) not in flat)
                record[name] = (kept, len(snippets.get("with", [])), removed, len(snippets.get("without", [])))
            partial.append(record)
            continue
        truth = (root / row["truth"]).read_text(encoding="utf-8", errors="replace")
        if row["dataset"] == "webmainbench":
            truth, candidate = strip_markdown(truth), text
        else:
            candidate = body
        record = {
            "dataset": row["dataset"],
            "id": row["id"],
            "ours": prf(candidate, truth),
            "trafilatura": prf(traf, truth),
            "trafilatura_bytes": prf(traf_bytes, truth),
            "seconds": seconds,
            "traf_seconds": traf_seconds,
        }
        full.append(record)
        if args.verbose:
            print(f"--- {row['id']}  ours F1={record['ours'][2]:.3f}  trafilatura F1={record['trafilatura'][2]:.3f}")
            print("  truth:", squeeze(truth)[:160])
            print("  ours: ", squeeze(candidate)[:160])
            print("  traf: ", squeeze(traf)[:160])

    print(f"{'dataset':<13} {'page':<38} {'P':>6} {'R':>6} {'F1':>6} | {'traf P':>6} {'R':>6} {'F1':>6} | {'ms':>6}")
    for r in sorted(full, key=lambda r: r["ours"][2]):
        p, rc, f = r["ours"]
        tp, tr, tf = r["trafilatura"]
        print(f"{r['dataset']:<13} {r['id'][:38]:<38} {p:6.3f} {rc:6.3f} {f:6.3f} | {tp:6.3f} {tr:6.3f} {tf:6.3f} | {r['seconds'] * 1000:6.0f}")
    if full:
        def mean(key, i):
            return sum(r[key][i] for r in full) / len(full)

        print()
        print(f"pages with full truth: {len(full)}")
        for key in ("ours", "trafilatura", "trafilatura_bytes"):
            print(f"  {key:<20} mean P={mean(key, 0):.3f}  R={mean(key, 1):.3f}  F1={mean(key, 2):.3f}")
        for dataset in sorted({r["dataset"] for r in full}):
            subset = [r for r in full if r["dataset"] == dataset]
            ours_f1 = sum(r["ours"][2] for r in subset) / len(subset)
            traf_f1 = sum(r["trafilatura"][2] for r in subset) / len(subset)
            print(f"  {dataset:<20} n={len(subset):<3} ours F1={ours_f1:.3f}  trafilatura F1={traf_f1:.3f}")
        worst = sorted(full, key=lambda r: r["ours"][2])[:5]
        print("  worst pages (ours):", ", ".join(f"{r['id'][:8]}={r['ours'][2]:.3f}" for r in worst))
        print(f"  time: ours {sum(r['seconds'] for r in full):.2f}s, trafilatura {sum(r['traf_seconds'] for r in full):.2f}s")
    if partial:
        print()
        print("trafilatura_partial (with kept / without removed):")
        totals = {"ours": [0, 0, 0, 0], "trafilatura": [0, 0, 0, 0]}
        for r in partial:
            cells = []
            for name in ("ours", "trafilatura"):
                kept, n_with, removed, n_without = r[name]
                cells.append(f"{name} with {kept}/{n_with} without {removed}/{n_without}")
                for i, v in enumerate(r[name]):
                    totals[name][i] += v
            print(f"  {r['id'][:45]:<45} " + " | ".join(cells))
        for name, (kept, n_with, removed, n_without) in totals.items():
            print(f"  total {name:<12} with kept {kept}/{n_with}, without removed {removed}/{n_without}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
