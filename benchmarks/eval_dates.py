"""Evaluate the date tagger (and JioNLP, side by side) on the shared date cases.

Usage::

    python benchmarks/eval_dates.py [PATH] [--failures] [--no-jionlp]

PATH is the folder holding ``dev.tsv`` and ``provenance.tsv`` (default
``../shared/eval/dates``, relative to the working directory, then to the repository
root).  The cases are read at run time only; nothing of them is stored in the project.

Scoring follows the folder's README: rows whose ``expected_iso`` is a date or a closed
interval are scored (not ``P…`` durations, not ``..`` open ends).  For every row the
tagger runs on ``text`` with ``reference``; the prediction is the mention that overlaps
the target ``span`` from provenance.tsv (the first mention when the span is not found).
Expected and predicted values become inclusive day ranges and must be equal; any ``|``
alternative may match.  The same is done for ``jionlp.ner.extract_time`` with the
reference as ``time_base`` (its ``time_point`` / ``time_span`` results).

Rows listed in ``date_disputed.tsv`` (id, category, why: a suite convention a news
reader would not share, out of the news scope, or a wrong expectation) stay in every
score above; one extra line gives the accuracy without them.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import logging
import re
import sys
import time
from collections import defaultdict
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.dates import tag_dates, value_to_range  # noqa: E402
from pipeline.errors import DateError  # noqa: E402

_REF = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:T(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?)?)?)?")


def find_data(arg: str | None) -> Path:
    candidates = [Path(arg)] if arg else [Path("../shared/eval/dates"),
                                           ROOT / "../shared/eval/dates"]
    for c in candidates:
        if (c / "dev.tsv").is_file() and (c / "provenance.tsv").is_file():
            return c
    sys.exit(f"no dev.tsv/provenance.tsv under {', '.join(map(str, candidates))}: "
             f"pass the folder as the first argument")


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def scored(row: dict) -> bool:
    e = row["expected_iso"]
    return bool(e) and not e.startswith("P") and ".." not in e


def expected_ranges(expected: str) -> list[tuple[dt.date, dt.date]]:
    out = []
    for alt in expected.split("|"):
        r = value_to_range(alt)
        if r is not None:
            out.append(r)
    return out


def span_offsets(text: str, span: str) -> tuple[int, int] | None:
    if not span:
        return None
    k = text.find(span)
    return (k, k + len(span)) if k >= 0 else None


def pick(items, target):
    """The first item (start, end, payload) overlapping target, else the first item."""
    if not items:
        return None
    if target is not None:
        for s, e, payload in items:
            if s < target[1] and target[0] < e:
                return payload
    return items[0][2]


def ours(row: dict, target) -> tuple[dt.date, dt.date] | None:
    try:
        ms = tag_dates(row["text"], row["reference"] or None)
    except DateError:
        return None
    value = pick([(m.start, m.end, m.value) for m in ms], target)
    return value_to_range(value) if value else None


def jio_base(reference: str):
    """JioNLP time_base: a dict of the reference's own fields (keeps partial bases and
    ignores the UTC offset, like our tagger), or None for the wall clock."""
    m = _REF.match(reference or "")
    if not m:
        return None
    keys = ("year", "month", "day", "hour", "minute", "second")
    return {k: int(v) for k, v in zip(keys, m.groups()) if v is not None}


def jio_range(detail) -> tuple[dt.date, dt.date] | None:
    if not isinstance(detail, dict) or detail.get("type") not in ("time_point", "time_span"):
        return None
    t = detail.get("time")
    if not isinstance(t, (list, tuple)) or len(t) != 2:
        return None
    try:
        a = dt.datetime.strptime(str(t[0])[:10], "%Y-%m-%d").date()
        b = dt.datetime.strptime(str(t[1])[:10], "%Y-%m-%d").date()
    except ValueError:  # 'inf' ends of open intervals
        return None
    return a, b


def jionlp_predict(extract, row: dict, target):
    try:
        with redirect_stdout(io.StringIO()):
            res = extract(row["text"], time_base=jio_base(row["reference"]))
    except Exception:  # JioNLP raises on some inputs; count as no answer
        return None
    items = [(r["offset"][0], r["offset"][1], r.get("detail")) for r in res or []]
    return jio_range(pick(items, target))


# Rows whose expectation is a suite's convention that a news reader would not share, is
# outside the news scope, or is wrong: id → (category, why).  Only ids and our reasons are
# stored here, none of the cases themselves.
DISPUTED_PATH = Path(__file__).with_name("date_disputed.tsv")
DISPUTED = {r["id"]: (r["category"], r["why"]) for r in read_tsv(DISPUTED_PATH)}


def disputed_report(news, acc) -> None:
    """Accuracy without the disputed rows, per-category counts, and a warning for listed
    rows that are now right or no longer scored (the list must stay honest)."""
    ids = {x[0]["id"] for x in news}
    rest = [x for x in news if x[0]["id"] not in DISPUTED]
    listed = [x for x in news if x[0]["id"] in DISPUTED]
    print(f"\n{'news+both undisputed':<20}   {len(rest):>5} ours {acc(rest, 1)}   "
          f"jionlp {acc(rest, 2)}   ({len(listed)} rows in {DISPUTED_PATH.name})")
    by_cat = defaultdict(list)
    for x in listed:
        by_cat[DISPUTED[x[0]["id"]][0]].append(x)
    print("disputed by category: " + ", ".join(
        f"{c} {len(g)} (JioNLP right on {sum(x[2] for x in g)})"
        for c, g in sorted(by_cat.items(), key=lambda kv: (-len(kv[1]), kv[0]))))
    for x in listed:
        if x[1]:
            print(f"WARNING: {x[0]['id']} is listed as disputed but we now match it: "
                  f"remove it from {DISPUTED_PATH.name}")
    for rid in sorted(set(DISPUTED) - ids):
        print(f"WARNING: {rid} in {DISPUTED_PATH.name} is not a scored news+both row")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", nargs="?")
    ap.add_argument("--failures", action="store_true",
                    help="list our failures on news+both rows")
    ap.add_argument("--no-jionlp", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    data = find_data(args.path)
    rows = read_tsv(data / "dev.tsv")
    spans = {r["id"]: r["span"] for r in read_tsv(data / "provenance.tsv")}
    rows = [r for r in rows if scored(r)]

    extract = None
    if not args.no_jionlp:
        try:
            with redirect_stdout(io.StringIO()):
                import jionlp
            extract = jionlp.ner.extract_time
        except ImportError:
            print("jionlp not installed: only our tagger is scored", file=sys.stderr)

    t0 = time.perf_counter()
    results = []
    t_ours = t_jio = 0.0
    for r in rows:
        target = span_offsets(r["text"], spans.get(r["id"], ""))
        exp = expected_ranges(r["expected_iso"])
        a = time.perf_counter()
        mine = ours(r, target)
        b = time.perf_counter()
        theirs = jionlp_predict(extract, r, target) if extract else None
        c = time.perf_counter()
        t_ours += b - a
        t_jio += c - b
        results.append((r, mine in exp, theirs in exp, mine))

    def acc(group, col):
        return f"{sum(x[col] for x in group) / len(group):7.1%}" if group else "      -"

    def table(title, key):
        groups = defaultdict(list)
        for res in results:
            groups[key(res[0])].append(res)
        print(f"\n{title:<20} | {'news+both':^23} | {'all scored':^23}")
        print(f"{'':<20} | {'n':>5} {'ours':>7} {'jionlp':>7}   | {'n':>5} {'ours':>7} {'jionlp':>7}")
        for name in sorted(groups, key=lambda g: (-len(groups[g]), g)):
            g = groups[name]
            nb = [x for x in g if x[0]["audience"] in ("news", "both")]
            print(f"{name:<20} | {len(nb):>5} {acc(nb, 1)} {acc(nb, 2)}   "
                  f"| {len(g):>5} {acc(g, 1)} {acc(g, 2)}")

    news = [x for x in results if x[0]["audience"] in ("news", "both")]
    print(f"data: {data}  scored rows: {len(results)}"
          + ("" if extract else "  (JioNLP not run)"))
    print(f"{'news+both (target)':<20}   {len(news):>5} ours {acc(news, 1)}   jionlp {acc(news, 2)}")
    print(f"{'all scored':<20}   {len(results):>5} ours {acc(results, 1)}   "
          f"jionlp {acc(results, 2)}")
    table("audience", lambda r: r["audience"])
    table("kind", lambda r: r["kind"])
    table("source", lambda r: r["source"])
    print(f"\ntime: ours {t_ours:.1f}s, jionlp {t_jio:.1f}s, "
          f"total {time.perf_counter() - t0:.1f}s")
    disputed_report(news, acc)
    if args.failures:
        print("\nour failures (news+both; * = listed in date_disputed.tsv):")
        for r, ok, _, mine in news:
            if not ok:
                mark = "*" if r["id"] in DISPUTED else " "
                print(mark, end="")
                got = "/".join(d.isoformat() for d in mine) if mine else "-"
                print(f"{r['id']}\t{r['kind']}\t{r['text'][:40]}\t{spans.get(r['id'], '')}"
                      f"\tref={r['reference']}\texp={r['expected_iso']}\tgot={got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
