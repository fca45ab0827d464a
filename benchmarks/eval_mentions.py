"""Score our PERSON and PLACE mentions against the hand-made seed gold.

Usage:  python benchmarks/eval_mentions.py [GOLD] [--out OUTPUTS_DIR] [--inputs SEEDS_DIR] [--show]

GOLD defaults to ``../shared/eval/events/seed_mentions.csv``.  Its offsets point into the
RAW seed files and ours into the cleaned text, so, as the gold README says, a mention
matches on (document, type, surface text, canonical entity), counted as a multiset: a
surface that gold lists three times in a document and we tag twice gives two hits and
one miss.

The gold names entities in English ("Beijing, CN", "North Korea (KP)", "Kim Jong-un");
they are resolved to our gazetteer ids by rule (person ``name_en``; ``(CC)`` → country;
``Name, CC`` → place with that English name in that country; otherwise the English name
without brackets) plus the small crosswalk :data:`CROSSWALK` for descriptive labels.  A
gold entity that is not in the gazetteers (a professor quoted once) is expected as a
*candidate*: a mention with an empty canonical id.  ``--strict`` counts those as misses.

Scored sets (gold ``kind``):

* **names/toponyms** (the target, F1 = 1.0): ``name…`` and ``toponym…`` kinds;
* zones: gold rows of the ``summary`` zone (seed 002's ``<p id="summary">``, which repeats
  the first paragraph word for word, tag links included) are scored separately: the clean
  stage keeps one copy of a duplicated paragraph, so those mentions are the body's
  (``--zones`` changes this; the "all zones" line scores everything);
* **other** (reported separately): abbreviations (朝韩, 美朝, 驻美, 川金会), adjectival uses
  (美国 in 美国总统), surname + title (文总统), hangul/latin glosses.  A prediction that
  matches an "other" gold row is neither a hit nor a false positive of the main score.
  A compound abbreviation (朝韩 = "North Korea; South Korea") is matched part by part:
  we tag 朝 and 韩 as two one-character PLACE mentions.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import gazetteer  # noqa: E402
from pipeline.build import run  # noqa: E402

TYPES = {"PER": "PERSON", "LOC": "PLACE"}

# Descriptive gold labels that no rule can resolve: label prefix → our id.
CROSSWALK = {
    "Korean DMZ": "place:ZZ:korean-demilitarized-zone",
    "38th parallel": "place:ZZ:38th-parallel",
    "Panmunjom": "place:KR:panmunjom",
}


def main_kind(kind: str) -> bool:
    return kind.startswith("name") or kind.startswith("toponym")


def _bare(label: str) -> str:
    return re.sub(r"\s*\(.*?\)\s*", " ", label).strip().lower()


class Resolver:
    """Gold English label → our canonical id ("" when the entity is not in the gazetteers)."""

    def __init__(self, gz):
        self.gz = gz
        self.persons = {p.name_en.lower(): p.id for p in gz.persons.values()}
        self.places: dict[tuple[str, str], list] = defaultdict(list)
        self.by_name: dict[str, list] = defaultdict(list)
        for p in gz.places.values():
            self.places[(_bare(p.name_en), p.country)].append(p)
            self.by_name[_bare(p.name_en)].append(p)

    def __call__(self, gold_type: str, label: str, surface: str = "") -> str:
        for prefix, pid in CROSSWALK.items():
            if label.startswith(prefix):
                return pid
        if gold_type == "PER":
            return self.persons.get(label.strip().lower(), "")
        m = re.fullmatch(r".*\(([A-Z]{2})\)", label.strip())
        if m and "," not in label:
            return f"country:{m.group(1)}"
        m = re.fullmatch(r"(.+?),\s*([A-Z]{2})\b.*", label.strip())
        found = self.places.get((_bare(m.group(1)), m.group(2)), []) if m else self.by_name.get(_bare(label), [])
        return self._one(found, surface)

    def _one(self, found: list, surface: str) -> str:
        """The single place meant; among namesakes (Osaka city and prefecture) the one
        the surface form names."""
        if len(found) > 1 and surface:
            named = set(self.gz.lookup(surface))
            found = [p for p in found if p.id in named]
        return found[0].id if len(found) == 1 else ""


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "events" / "seed_mentions.csv"))
    ap.add_argument("--out", help="an existing output directory to score (default: build the seeds first)")
    ap.add_argument("--inputs", default=str(ROOT / "seeds"))
    ap.add_argument("--strict", action="store_true", help="gold entities outside the gazetteers must be in it too")
    ap.add_argument("--show", action="store_true", help="list every miss and false positive")
    ap.add_argument("--zones", default="title,body", help="gold zones of the main score (comma-separated; 'all' for every zone)")
    args = ap.parse_args(argv)

    resolve = Resolver(gazetteer.load())
    with open(args.gold, encoding="utf-8") as f:
        all_rows = [r for r in csv.DictReader(f) if r["type"] in TYPES]
    zones = None if args.zones == "all" else set(args.zones.split(","))
    gold_rows = [r for r in all_rows if zones is None or r["zone"] in zones]
    skipped = Counter(r["zone"] for r in all_rows if r not in gold_rows)
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="cnevents-evalm-"))
    if not args.out:
        run([args.inputs], out)
    pred = Counter()
    with open(out / "mentions.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["type"] in ("PERSON", "PLACE"):
                pred[(row["doc_id"], row["type"], row["text"], row["canonical_id"])] += 1
    if skipped:
        print("gold rows of other zones, scored only on the 'all zones' line: "
              + ", ".join(f"{z} {n}" for z, n in sorted(skipped.items())))
        score(all_rows, pred, resolve, args, label="all zones", quiet=True)
    return score(gold_rows, pred, resolve, args)


# The gold's note on an abbreviation inside a longer word: "United States (美 in 驻美)"
ABBREVIATION_IN = re.compile(r"\((\S) in (\S+)\)")


def score(gold_rows, pred, resolve, args, label="", quiet=False) -> int:
    gold: dict[str, Counter] = {"main": Counter(), "other": Counter()}
    unresolved = Counter()
    for r in gold_rows:
        parts = [c.strip() for c in r["canonical"].split(";")]
        if r["kind"].startswith("abbrev") and r["type"] == "LOC" and len(parts) == len(r["surface"]) > 1:
            # 朝韩 "North Korea; South Korea": we tag one mention per character
            for ch, part in zip(r["surface"], parts):
                gold["other"][(Path(r["doc"]).stem, "PLACE", ch, resolve("LOC", part))] += 1
            continue
        surface = r["surface"]
        inner = ABBREVIATION_IN.search(r["canonical"])
        if r["kind"].startswith("abbrev") and inner and inner.group(1) in surface and inner.group(2) == surface:
            # 驻美 "United States (美 in 驻美)": the mention is the abbreviation's character
            surface = inner.group(1)
        eid = resolve(r["type"], r["canonical"], r["surface"])
        if not eid and main_kind(r["kind"]):
            unresolved[(r["surface"], r["canonical"])] += 1
        key = (Path(r["doc"]).stem, TYPES[r["type"]], surface, "" if args.strict and not eid else eid)
        if args.strict and not eid:
            key = key[:3] + ("<not in gazetteer>",)
        gold["main" if main_kind(r["kind"]) else "other"][key] += 1
    other_kinds = Counter(r["kind"] for r in gold_rows if not main_kind(r["kind"]))
    if quiet:
        total = Counter()
        for key in set(pred) | set(gold["main"]) | set(gold["other"]):
            p, gm, go = pred[key], gold["main"][key], gold["other"][key]
            tp = min(p, gm)
            total["tp"] += tp
            total["fn"] += gm - tp
            total["fp"] += max(0, p - tp - go)
        p, r, f1 = prf(total["tp"], total["fp"], total["fn"])
        print(f"{label}: ALL P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   (tp {total['tp']}, fp {total['fp']}, fn {total['fn']})")
        return 0

    stats = {t: Counter() for t in ("PERSON", "PLACE")}
    other = Counter()
    misses, false_pos, other_miss = [], [], []
    for key in sorted(set(pred) | set(gold["main"]) | set(gold["other"])):
        p, gm, go = pred[key], gold["main"][key], gold["other"][key]
        tp = min(p, gm)
        rest = p - tp
        tp_other = min(rest, go)
        fp = rest - tp_other
        s = stats[key[1]]
        s["tp"] += tp
        s["fp"] += fp
        s["fn"] += gm - tp
        other["tp"] += tp_other
        other["fn"] += go - tp_other
        if gm > tp:
            misses.append((key, gm - tp))
        if fp:
            false_pos.append((key, fp))
        if go > tp_other:
            other_miss.append((key, go - tp_other))

    print(f"gold: {sum(gold['main'].values())} name/toponym mentions, {sum(gold['other'].values())} other "
          f"({', '.join(f'{k} {v}' for k, v in sorted(other_kinds.items()))})")
    if unresolved:
        print("gold entities not in the gazetteers (expected as candidates, empty canonical id): "
              + ", ".join(f"{s} ({c}) ×{n}" for (s, c), n in sorted(unresolved.items())))
    total = Counter()
    for t in ("PERSON", "PLACE"):
        s = stats[t]
        total.update(s)
        p, r, f1 = prf(s["tp"], s["fp"], s["fn"])
        print(f"{t:7} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    p, r, f1 = prf(total["tp"], total["fp"], total["fn"])
    print(f"{'ALL':7} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   (tp {total['tp']}, fp {total['fp']}, fn {total['fn']})")
    n_other = other["tp"] + other["fn"]
    print(f"other kinds (abbreviations, adjectival, glosses, surname+title): tagged {other['tp']}/{n_other}"
          f" (recall {other['tp'] / n_other if n_other else 0:.3f}; not required)")
    if args.show or misses or false_pos:
        for (doc, typ, surface, eid), n in misses:
            print(f"  MISS  {doc} {typ} {surface} → {eid or '(candidate)'} ×{n}")
        for (doc, typ, surface, eid), n in false_pos:
            print(f"  FP    {doc} {typ} {surface} → {eid or '(candidate)'} ×{n}")
    if args.show:
        for (doc, typ, surface, eid), n in other_miss:
            print(f"  other not tagged  {doc} {typ} {surface} → {eid or '-'} ×{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
