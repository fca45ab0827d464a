"""Throughput, scaling, incremental and memory benchmarks, as ratios against baselines
measured in the same run.

Usage:  python benchmarks/throughput.py [CORPUS] [--n N] [--skip-scaling] [--skip-incremental] [--copies K]

CORPUS defaults to ``../shared/eval/corpus/articles`` (never copied into the project).

1. Throughput: cleaned text of the first N files; bare ``jieba.cut`` (global tokenizer,
   as a user would call it) over that text vs the full per-document pipeline (read,
   clean, segment, dates, entities, events) in one process; chars/s of both and the
   ratio (target ≥ 0.5), plus the time per stage.
2. Scaling: ``cnevents build`` with 1 worker vs 2 workers (target ≥ 1.7× on 2 cores),
   and the Dask engine on a LocalCluster of 2 workers vs the process pool (same bytes).
3. Incremental: a full build vs adding one new article to it (target < 2 %), by a
   one-shot ``cnevents build`` and by a resident one (``--watch``), and the
   peak RSS of a full build of all files vs half of them (should not grow with size);
   with ``--copies K`` also adding one article to K copies of the corpus (the fixed
   cost of a run against a larger full build).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus_articles(corpus: Path) -> Path:
    """The folder of articles: ``corpus/articles`` when the corpus is laid out as
    ``../shared/eval/corpus`` is (its lists, manifest and provenance tables beside the
    articles are no articles: the 580 kB provenance table, read as the "one new article",
    made adding one article look eight times slower)."""
    articles = corpus / "articles"
    if articles.is_dir():
        print(f"corpus: {articles} (the articles of {corpus})")
        return articles
    return corpus


def files_of(corpus: Path, n: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))
    return files[:n] if n else files


def throughput(files: list[Path]) -> None:
    import jieba

    from pipeline.build import get_resources, tag_document_dates
    from pipeline.clean import clean
    from pipeline.errors import PipelineError
    from pipeline.read import read_raw

    jieba.setLogLevel(60)
    resources = get_resources()
    docs = []
    t_read = t_clean = 0.0
    for f in files:
        try:
            t0 = time.perf_counter()
            raw = read_raw(f)
            t1 = time.perf_counter()
            docs.append(clean(raw, f.stem))
            t2 = time.perf_counter()
        except PipelineError:
            continue
        t_read += t1 - t0
        t_clean += t2 - t1
    chars = sum(d.n_chars for d in docs)

    jieba.initialize()
    t0 = time.perf_counter()
    for d in docs:
        for _ in jieba.cut(d.text):
            pass
    t_jieba = time.perf_counter() - t0

    stages = {"segment": 0.0, "dates": 0.0, "entities": 0.0, "events": 0.0}
    for d in docs:
        t0 = time.perf_counter()
        tokens = resources.segmenter.tokens(d.norm)
        t1 = time.perf_counter()
        dates = tag_document_dates(d)
        t2 = time.perf_counter()
        ents = resources.entities.tag(d.text, d.norm, tokens)
        t3 = time.perf_counter()
        mentions = sorted(dates + [m for m in ents if m.canonical_id], key=lambda m: (m.start, m.end, m.type))
        resources.events.extract(d, mentions, tokens)
        t4 = time.perf_counter()
        stages["segment"] += t1 - t0
        stages["dates"] += t2 - t1
        stages["entities"] += t3 - t2
        stages["events"] += t4 - t3
    t_pipeline = t_read + t_clean + sum(stages.values())
    print(f"documents {len(docs)}, cleaned characters {chars:,}")
    print(f"bare jieba.cut       {chars / t_jieba:12,.0f} chars/s")
    print(f"full pipeline (1 proc){chars / t_pipeline:12,.0f} chars/s")
    print(f"ratio pipeline/jieba {t_jieba / t_pipeline:12.2f}   (target >= 0.5)")
    print("time per stage:")
    for name, t in [("read", t_read), ("clean", t_clean)] + list(stages.items()):
        print(f"  {name:9} {t:7.2f} s  {100 * t / t_pipeline:5.1f} %")


def _build(inputs: list[str], out: Path, *extra: str) -> tuple[float, int]:
    """Run `cnevents build` in a child process; wall time and the child's peak RSS (KiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline.cli", "build", *inputs, "--out", str(out), "-q", *extra],
                   cwd=ROOT, check=False)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(after, before)


OUTPUT_FILES = ("documents.csv", "mentions.csv", "events.csv", "event_mentions.csv", "errors.csv")


def _same(a: Path, b: Path) -> bool:
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in OUTPUT_FILES)


def scaling(corpus: Path, dask: bool = True) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="cnevents-bench-"))
    t1, _ = _build([str(corpus)], tmp / "w1", "--full", "-j", "1")
    t2, _ = _build([str(corpus)], tmp / "w2", "--full", "-j", "2")
    print(f"1 worker {t1:7.1f} s   2 workers {t2:7.1f} s   speed-up {t1 / t2:4.2f}x (target >= 1.7)   "
          f"identical output: {_same(tmp / 'w1', tmp / 'w2')}")
    if dask:
        # The Dask engine on a LocalCluster of 2 worker processes vs the process pool.
        td, _ = _build([str(corpus)], tmp / "dask", "--full", "-j", "2", "--engine", "dask")
        if (tmp / "dask" / "documents.csv").exists():
            print(f"dask engine, LocalCluster of 2 workers {td:7.1f} s   process pool {t2:7.1f} s   "
                  f"ratio {td / t2:4.2f}   identical output: {_same(tmp / 'w2', tmp / 'dask')}")
        else:
            print("dask engine: no output (is dask[distributed] installed? pip install 'cnevents[dask]')")
    shutil.rmtree(tmp, ignore_errors=True)


def incremental(corpus: Path, copies: int = 1, rss: bool = True) -> None:
    """A full build vs adding one article.  ``copies`` > 1 builds that many copies of
    the corpus (in folders copy1…copyK, so every copy is a distinct document) to see
    how the ratio moves with the corpus size."""
    tmp = Path(tempfile.mkdtemp(prefix="cnevents-bench-"))
    files = files_of(corpus, None)
    src = tmp / "in"
    for c in range(1, copies + 1):
        for f in files if c < copies else files[:-1]:
            dst = (src / f"copy{c}" if copies > 1 else src) / f.relative_to(corpus)
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, dst)
    t_full, _ = _build([str(src)], tmp / "out", "-j", "2")
    last = files[-1]
    dst = (src / f"copy{copies}" if copies > 1 else src) / last.relative_to(corpus)
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(last, dst)
    t_add, _ = _build([str(src)], tmp / "out", "-j", "2")
    n = len(files) * copies
    print(f"{n} files: full build {t_full:7.1f} s   add one article {t_add:6.2f} s   "
          f"ratio {100 * t_add / t_full:5.2f} % (target < 2 %)")
    # A resident build (cnevents build --watch): one process builds again whenever an
    # article arrives; it has its tokenizer and, after its first build, the decoded
    # stored results.  Two articles arrive one after the other; the second is the
    # steady state.
    code = (
        "import shutil, sys, time; from pipeline.build import get_resources, run; "
        "src, out, last = sys.argv[1:4]; get_resources(); t = []\n"
        "for i in (1, 2):\n"
        "    shutil.copyfile(last, f'{src}/resident{i}.txt'); time.sleep(2.1)\n"
        "    t0 = time.perf_counter(); run([src], out, resident=True, workers=2); t.append(time.perf_counter() - t0)\n"
        "print(*t)"
    )
    res = subprocess.run([sys.executable, "-c", code, str(src), str(tmp / "out"), str(last)], cwd=ROOT,
                         capture_output=True, text=True)
    try:
        first, steady = map(float, res.stdout.split())
        print(f"resident build (--watch): first arrival {first:5.2f} s, next arrival {steady:5.2f} s   "
              f"ratio {100 * steady / t_full:5.2f} % of the full build (target < 2 %)")
    except ValueError:
        print("resident build failed:", res.stderr[-500:])
    shutil.rmtree(tmp, ignore_errors=True)
    if not rss:
        return
    # Peak RSS: fresh interpreters, so the figures are not each other's maxima.  The
    # child reads its own high-water mark (VmHWM): ru_maxrss survives exec on Linux, so
    # it would report this benchmark process's size at fork time when that is larger.
    for label, subset in (("half", files[: len(files) // 2]), ("all", files)):
        code = (
            "import resource, sys, tempfile; from pipeline.build import run; "
            "run(sys.argv[1:], tempfile.mkdtemp(), workers=1, incremental=False); "
            "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')] "
            "if sys.platform.startswith('linux') else []; "
            "print(hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        )
        listing = tmp.parent / f"cnevents-bench-{os.getpid()}-{label}.txt"
        out = subprocess.run([sys.executable, "-c", code, *map(str, subset)], cwd=ROOT, capture_output=True, text=True)
        rss = int(out.stdout.strip().splitlines()[-1]) if out.stdout.strip() else -1
        print(f"peak RSS, {label:4} of the corpus ({len(subset)} files): {rss / 1024:8.0f} MiB (target < 1024)")
        listing.unlink(missing_ok=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "corpus" / "articles"))
    ap.add_argument("--n", type=int, default=400, help="files for the throughput part (0 = all)")
    ap.add_argument("--skip-scaling", action="store_true")
    ap.add_argument("--skip-incremental", action="store_true")
    ap.add_argument("--copies", type=int, default=0,
                    help="also measure adding one article to this many copies of the corpus")
    args = ap.parse_args(argv)
    corpus = corpus_articles(Path(args.corpus))
    throughput(files_of(corpus, args.n or None))
    if not args.skip_scaling:
        scaling(corpus)
    if not args.skip_incremental:
        incremental(corpus)
    if args.copies > 1:
        incremental(corpus, args.copies, rss=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
