"""Corpus benchmark: read + clean every archived article and report the metadata found.

Usage::

    python benchmarks/corpus_metadata.py [PATH] [--jobs N] [--limit N] [--show-errors]

``PATH`` (default ``../shared/eval/corpus`` relative to the project) holds
``articles/<source>/*.txt`` and ``manifest.csv``.  Every file is accounted for: it is
either cleaned (ok) or fails with a typed pipeline error (counted by type).  Per source
directory the table shows how many files got a title, a URL, a publication date (and
from which signal), their script and their mean cleaned length.  The publication date is
compared with the manifest's ``publish_time_if_present`` where that is an in-body date
(same calendar day), and coverage is reported against the files that carry a date at all
(in-body or the archive header).  Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import csv
import logging
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.clean import read_document  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
from pipeline.read import parse_date  # noqa: E402

log = logging.getLogger("corpus_metadata")


def process(path: str) -> dict:
    started = time.perf_counter()
    try:
        doc = read_document(path)
    except PipelineError as error:
        return {"path": path, "ok": False, "error": error.error_type, "message": str(error), "seconds": time.perf_counter() - started}
    except Exception as error:  # must not happen: the API wraps everything
        return {"path": path, "ok": False, "error": "UNCAUGHT:" + type(error).__name__, "message": str(error), "seconds": time.perf_counter() - started}
    return {
        "path": path,
        "ok": True,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "published": doc.published,
        "signal": doc.published_source,
        "script": doc.script,
        "chars": doc.n_chars,
        "blocks": len(doc.blocks),
        "seconds": time.perf_counter() - started,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/eval/corpus"))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files of each source")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--show-mismatches", type=int, default=0, help="print up to N date disagreements")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")

    root = Path(args.path)
    manifest = {}
    manifest_path = root / "manifest.csv"
    if manifest_path.exists():
        with open(manifest_path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                manifest[row["path"]] = row

    by_source: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((root / "articles").glob("*/*")):
        if path.is_file():
            by_source[path.parent.name].append(path)
    if args.limit:
        by_source = {k: v[: args.limit] for k, v in by_source.items()}
    paths = [str(p) for files in by_source.values() for p in files]

    started = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(process, paths, chunksize=16))
    else:
        results = [process(p) for p in paths]
    elapsed = time.perf_counter() - started

    header = (
        f"{'source':<22}{'files':>6}{'ok':>6}{'err':>5}{'title':>7}{'url':>6}{'pub':>6}"
        f"{'simp':>6}{'trad':>6}{'chars':>7}  published from"
    )
    print(header)
    print("-" * len(header))
    totals = Counter()
    signals_total = Counter()
    errors = Counter()
    carried = found_carried = 0
    compared = agreed = 0
    mismatches = []
    slowest = sorted(results, key=lambda r: -r["seconds"])[:3]
    for source in sorted(by_source):
        rows = [r for r in results if Path(r["path"]).parent.name == source]
        ok = [r for r in rows if r["ok"]]
        signals = Counter(r["signal"] or "none" for r in ok)
        signals_total.update(signals)
        for r in rows:
            if not r["ok"]:
                errors[r["error"]] += 1
        counts = {
            "files": len(rows),
            "ok": len(ok),
            "err": len(rows) - len(ok),
            "title": sum(1 for r in ok if r["title"]),
            "url": sum(1 for r in ok if r["url"]),
            "pub": sum(1 for r in ok if r["published"]),
            "simp": sum(1 for r in ok if r["script"] == "simplified"),
            "trad": sum(1 for r in ok if r["script"] == "traditional"),
        }
        totals.update(counts)
        mean_chars = sum(r["chars"] for r in ok) / len(ok) if ok else 0
        signal_text = ", ".join(f"{k} {v}" for k, v in signals.most_common())
        print(
            f"{source:<22}{counts['files']:>6}{counts['ok']:>6}{counts['err']:>5}{counts['title']:>7}{counts['url']:>6}"
            f"{counts['pub']:>6}{counts['simp']:>6}{counts['trad']:>6}{mean_chars:>7.0f}  {signal_text}"
        )
        for r in rows:
            key = str(Path(r["path"]).relative_to(root))
            expected = manifest.get(key, {}).get("publish_time_if_present", "")
            if expected:
                carried += 1
                if r["ok"] and r["published"]:
                    found_carried += 1
            if expected and not expected.startswith("archived:") and r["ok"]:
                want = parse_date(expected)
                if want:
                    compared += 1
                    if r["published"][:10] == want[:10]:
                        agreed += 1
                    else:
                        mismatches.append((key, expected, r["published"], r["signal"]))
    print("-" * len(header))
    print(
        f"{'TOTAL':<22}{totals['files']:>6}{totals['ok']:>6}{totals['err']:>5}{totals['title']:>7}{totals['url']:>6}"
        f"{totals['pub']:>6}{totals['simp']:>6}{totals['trad']:>6}"
    )
    print()
    print(f"files: {totals['files']}  ok: {totals['ok']}  errors: {dict(errors) or 0}")
    print(f"published found: {totals['pub']}/{totals['ok']} ok files; signals: {dict(signals_total.most_common())}")
    if carried:
        print(f"files that carry a date (manifest, in-body or archive): {carried}; found: {found_carried} ({found_carried / carried:.1%})")
    if compared:
        print(f"same day as the manifest's in-body date: {agreed}/{compared} ({agreed / compared:.1%})")
    print(f"time: {elapsed:.1f}s ({elapsed / max(1, len(results)) * 1000:.0f} ms/file); slowest: "
          + ", ".join(f"{Path(r['path']).name} {r['seconds']:.2f}s" for r in slowest))
    if args.show_errors:
        for r in results:
            if not r["ok"]:
                print(f"  {r['error']}: {r['message']}")
    for key, expected, got, signal in mismatches[: args.show_mismatches]:
        print(f"  date mismatch {key}: manifest {expected!r}, ours {got!r} ({signal})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
