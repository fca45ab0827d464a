"""Score events.csv against the hand-made seed gold in ../shared/eval/events/.

Usage:  python benchmarks/eval_events.py [GOLD] [--out OUTPUTS_DIR] [--inputs SEEDS_DIR]
        python benchmarks/eval_events.py benchmarks/gold/unseen46.csv --articles benchmarks/gold/unseen46_docs.txt

GOLD is a folder holding ``seed_truth.csv`` or a CSV file in its format (any gold made
the same way for other articles; ``doc`` is the input path relative to INPUTS, with its
extension, e.g. ``dutymachine_dw/1047815.txt``).  An optional ``status`` column
(occurred, planned, proposed, cancelled) adds status accuracy on matched rows.

Without --out the seeds are built into a temporary directory first.  Scoring follows
the gold README: a gold event is found when a predicted event reported by the same
document has a compatible type (visit/meeting/summit are one family; letter;
statement; an agreement matches gold ``other`` too, as the gold README's types have no
agreement and its annotators code one as other), the same country (where gold names one) and overlapping dates (where gold
states them).  Recall is over core rows; precision counts a predicted (event, document)
pair right when it matches any gold row.  Per-field accuracy is over matched core rows:
place (same Chinese place name), dates (same start and end), participants (same set).
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import run  # noqa: E402
from pipeline.dates import value_to_range  # noqa: E402
from pipeline.normalize import to_simplified  # noqa: E402

FAMILY = {"visit": "move", "meeting": "move", "summit": "move", "letter": "letter", "statement": "statement",
          "agreement": "agreement", "other": "other"}


def compatible_types(gold: str, predicted: str) -> bool:
    """One family (visit/meeting/summit; letter; statement); a predicted agreement also
    matches gold ``other``, the gold README's type for what its list does not name."""
    return FAMILY.get(gold) == FAMILY.get(predicted) or (gold == "other" and predicted == "agreement")


def same_place(predicted: str, gold: str, place_id: str = "", names: dict[str, set[str]] | None = None) -> bool:
    """The same place name, in either script (gold writes 布魯塞爾 where the article is
    traditional; our names are simplified), or both empty — or a gold name that is one of
    the names of the predicted place in the gazetteer (爱荷华 for 艾奥瓦州, Iowa)."""
    if to_simplified(predicted) == to_simplified(gold):
        return True
    return bool(gold and place_id and names) and to_simplified(gold) in {to_simplified(n) for n in names.get(place_id, ())}


def day_range(start: str, end: str):
    if not start:
        return None
    return value_to_range(start if not end or end == start else f"{start}/{end}")


def overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def load_persons() -> dict[str, set[str]]:
    """Every participant id a build may write → the names it may be given in gold: a
    person's English and Chinese names and aliases, a country's too (country:MN →
    Mongolia, 蒙古), an unlinked name its own text (name:瓦杰帕伊 → 瓦杰帕伊)."""
    out: dict[str, set[str]] = {}
    for table in ("persons.csv", "places.csv", "organisations.csv"):
        path = ROOT / "gazetteers" / table
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                names = {row.get("name_en", ""), row.get("name", "")} | set(row.get("aliases", "").split("|"))
                out[row["id"]] = {n for n in names if n}
    return out


def gold_participant_names(cell: str) -> list[set[str]]:
    """'Kim Jong-un (金正恩); Donald Trump (特朗普/川普)' → [{'Kim Jong-un', '金正恩'}, {…}]."""
    out = []
    for part in (p.strip() for p in cell.split(";")):
        if not part:
            continue
        m = re.match(r"^(.*?)\s*\((.*)\)\s*$", part)
        names = {m.group(1).strip(), *(x.strip() for x in m.group(2).split("/"))} if m else {part}
        out.append({n for n in names if n})
    return out


# The dots that join the parts of a transliterated name (保罗．加拉格尔, 迈克∙普勒斯敦)
NAME_DOTS = re.compile(r"[．‧•・∙·]")


def _name_key(name: str) -> str:
    """A name as compared: simplified script, one kind of name dot (the gold copies the
    article's; the build writes ·)."""
    return NAME_DOTS.sub("·", to_simplified(name))


def same_participants(ids: str, gold_cell: str, persons: dict[str, set[str]]) -> bool:
    """The predicted participants are the gold ones, one to one, by any of their names."""
    ours = [{_name_key(n) for n in persons.get(p, {p.split(":", 1)[-1]})} for p in ids.split(";") if p]
    gold = [{_name_key(n) for n in names} for names in gold_participant_names(gold_cell)]
    if len(ours) != len(gold):
        return False
    left = list(gold)
    for names in ours:
        hit = next((g for g in left if names & g), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def matches(g: dict, doc_id: str, ev: dict) -> bool:
    """Whether predicted event ``ev`` reported by ``doc_id`` is gold row ``g`` (see the module doc)."""
    if Path(g["doc"]).with_suffix("").as_posix() != doc_id:
        return False
    if not compatible_types(g["event_type"], ev["event_type"]):
        return False
    if g["country_iso2"] and g["country_iso2"] != ev["country"]:
        return False
    if g["date_start"] and not overlaps(day_range(g["date_start"], g["date_end"]), day_range(ev["date_start"], ev["date_end"])):
        return False
    return True


def confidence_bands(scored) -> list[tuple[float, int, int]]:
    """(lower bound, right, total) per confidence band of width 0.1 that holds a prediction.

    ``scored`` is (confidence, right) per predicted (event, document) pair; a confidence
    of 1.0 falls in the top band.
    """
    bands: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for confidence, right in scored:
        band = bands[min(int(confidence * 10 + 1e-9), 9)]
        band[0] += bool(right)
        band[1] += 1
    return [(k / 10, right, total) for k, (right, total) in sorted(bands.items())]


def print_bands(bands) -> None:
    print("precision by confidence: " + ", ".join(
        f"{lo:.1f}-{lo + 0.1:.1f} {right}/{total}" for lo, right, total in bands))


def input_documents(inputs: Path | None) -> set[str]:
    """The document ids of the articles under ``inputs`` (their paths relative to it,
    without the extension, as the build names them)."""
    if inputs is None or not inputs.is_dir():
        return set()
    return {p.relative_to(inputs).with_suffix("").as_posix() for p in inputs.rglob("*")
            if p.is_file() and not p.name.startswith(".")}


def load_predicted(out: Path, gold: list[dict], inputs: Path | None = None) -> tuple[dict[str, dict], list[tuple[str, dict]]]:
    """The events of output folder ``out`` by id, and (doc_id, event row) per predicted
    (event, document) pair of the documents scored: those the gold has rows for and every
    article under ``inputs`` (an article its annotators found no event in has no gold row,
    and what the build reports there is wrong).  A build may hold more documents than
    the set (a whole-corpus build scored with one set's gold): the others are not scored."""
    with open(out / "events.csv", encoding="utf-8") as f:
        events = {row["event_id"]: row for row in csv.DictReader(f)}
    with open(out / "event_mentions.csv", encoding="utf-8") as f:
        pairs = sorted({(row["event_id"], row["doc_id"]) for row in csv.DictReader(f)})
    scored = {Path(g["doc"]).with_suffix("").as_posix() for g in gold} | input_documents(inputs)
    return events, [(doc_id, events[eid]) for eid, doc_id in pairs if doc_id in scored]


def copy_articles(listing: Path, corpus: Path) -> Path:
    """A temporary folder holding the articles ``listing`` names, copied from ``corpus``
    with their paths below ``articles/`` (so the build names them as the gold does)."""
    inputs = Path(tempfile.mkdtemp(prefix="cnevents-set-"))
    for line in listing.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rel = Path(line.strip())
        dst = inputs / (Path(*rel.parts[1:]) if rel.parts[0] == "articles" else rel)
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / rel, dst)
    return inputs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "events"))
    ap.add_argument("--out", help="an existing output directory to score")
    ap.add_argument("--inputs", default=str(ROOT / "seeds"))
    ap.add_argument("--articles", help="a file of the set's article paths as the corpus lists them "
                    "(articles/<source>/<id>.txt, e.g. benchmarks/gold/unseen46_docs.txt): they are "
                    "copied from --corpus into a temporary folder, which becomes --inputs")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "eval" / "corpus"))
    args = ap.parse_args(argv)
    if args.articles:
        args.inputs = str(copy_articles(Path(args.articles), Path(args.corpus)))

    gold_path = Path(args.gold)
    if gold_path.is_dir():
        gold_path = gold_path / "seed_truth.csv"
    with open(gold_path, encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="cnevents-eval-"))
    if not args.out:
        run([args.inputs], out)
    events, predicted = load_predicted(out, gold, Path(args.inputs))
    persons = load_persons()

    core = [g for g in gold if g["tier"] == "core"]
    found, field_hits = 0, defaultdict(int)
    print(f"{'gold':7} {'tier':9} {'type':9} {'place':10} {'dates':24} -> predicted")
    for g in gold:
        hits = [(d, ev) for d, ev in predicted if matches(g, d, ev)]
        # the best hit: the most fields right (type, place, dates, participants), ties in that order
        def wrong_fields(h):
            ev = h[1]
            misses = (ev["event_type"] != g["event_type"], not same_place(ev["place_name"], g["place_name_zh"], ev.get("place_id", ""), persons),
                      (ev["date_start"], ev["date_end"]) != (g["date_start"], g["date_end"]),
                      not same_participants(ev["participants"], g["participants"], persons))
            return (sum(misses), misses)

        hits.sort(key=wrong_fields)
        mark = "ok" if hits else "MISS"
        desc = ""
        if hits:
            ev = hits[0][1]
            off = [f for f, miss in zip(("type", "place", "dates", "participants"), wrong_fields(hits[0])[1]) if miss]
            if off:
                mark = "ok~"
                desc = "(" + ",".join(off) + " differ) "
            desc += f"{ev['event_type']} {ev['place_name'] or '-'} {ev['date_start']}/{ev['date_end']} [{ev['participants']}]"
        print(f"{g['event_id']:7} {g['tier']:9} {g['event_type']:9} {g['place_name_zh'] or '-':10} "
              f"{(g['date_start'] + '/' + g['date_end']):24} {mark:4} {desc}")
        if g["tier"] != "core" or not hits:
            continue
        found += 1
        ev = hits[0][1]
        field_hits["place"] += same_place(ev["place_name"], g["place_name_zh"], ev.get("place_id", ""), persons)
        field_hits["dates"] += (ev["date_start"], ev["date_end"]) == (g["date_start"], g["date_end"])
        field_hits["participants"] += same_participants(ev["participants"], g["participants"], persons)
        field_hits["type"] += ev["event_type"] == g["event_type"]
        if g.get("status"):
            field_hits["status"] += ev["status"] == g["status"]

    right = 0
    wrong = []
    scored = []
    for d, ev in predicted:
        hit = any(matches(g, d, ev) for g in gold)
        scored.append((float(ev["confidence"]), hit))
        if hit:
            right += 1
        else:
            wrong.append((d, ev))
    precision = right / len(predicted) if predicted else 0.0
    recall = found / len(core) if core else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print()
    for d, ev in wrong:
        print(f"unmatched prediction: {d} {ev['event_type']} {ev['place_name'] or '-'} {ev['date_start']}/{ev['date_end']} "
              f"[{ev['participants']}] «{ev['evidence'][:60]}»")
    print()
    print(f"predicted (event, document) pairs: {len(predicted)}  events: {len(events)}  "
          f"multi-document events: {sum(1 for e in events.values() if int(e['n_documents']) > 1)}")
    print(f"precision {precision:.3f} ({right}/{len(predicted)})  recall {recall:.3f} ({found}/{len(core)} core)  F1 {f1:.3f}")
    if found:
        print("per-field accuracy on matched core rows: " + ", ".join(
            f"{k} {v / found:.3f} ({v}/{found})" for k, v in sorted(field_hits.items())))
    if scored:
        print_bands(confidence_bands(scored))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
