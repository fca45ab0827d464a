"""Orchestration: find inputs → process each document → dedupe events → export.

``process_path`` is the pure per-document map step (read → clean → segment → tag →
events); it returns a :class:`DocResult` or an error row and never raises, so one bad
file never aborts a batch.  ``run`` maps it over every input (in this process or a
process pool whose workers each build their tokenizer and gazetteer matcher once),
reduces the results in sorted document order, deduplicates events across documents and
writes the outputs atomically.  Results depend only on the inputs, never on the
number of workers or the order in which documents finish.
"""

from __future__ import annotations

import bisect
import datetime as dt
import fcntl
import functools
import hashlib
import json
import logging
import os
import re
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import deadline
from . import stored as stored_files
from . import gazetteer as gazetteer_mod
from .cache import STATE_DIR, ShardCache, fingerprint, keep_decoded
from .clean import clean
from .dates import glossed_today, tag_dates
from .dedupe import dedupe
from .candidates import CandidateFinder, acts_in_events, is_candidate, load_cues, unlinked_person
from .entities import ABBREVIATION, EntityTagger
from .errors import BuildError, InputError, PipelineError
from .events import COMMON_WORD_TRIGGERS, CONTEXT_ONLY_TRIGGERS, COUNTERPART_MARKERS, EventExtractor, event_flags, load_lexicon
from .export import Rendered, Streamed, render_rows, write_outputs
from .models import DATE, PERSON, PLACE, Document, EventMention, Mention
from .normalize import normalize
from .read import read_raw
from .segment import Segmenter, sentences

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.json"
# Work bounds per document, for pathological pages (a 100,000-character run of 年月日):
# 20 times the development corpus's maximum (236 date expressions in one article).
# Counts, not clocks, so a result never depends on the machine's speed.
MAX_DATES_PER_DOCUMENT = 5000
# Positions where a date parse is tried: 4 times the corpus maximum (2,315; each try
# costs about 60 µs).
MAX_DATE_ATTEMPTS_PER_DOCUMENT = 10_000
# A resident build (--watch) processes this many new inputs itself, with its loaded
# tokenizer; more go to worker processes.
RESIDENT_INLINE_JOBS = 8


# ---------------------------------------------------------------------- resources
@dataclass
class Resources:
    """Everything a worker needs, built once per process."""

    gazetteer: object
    segmenter: Segmenter
    entities: EntityTagger
    events: EventExtractor


def _state(gazetteer_dir: str | None) -> tuple[Path, tuple]:
    gdir = gazetteer_mod.resolve_dir(gazetteer_dir)
    return gdir, tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in gdir.glob("*") if p.is_file()))


def get_resources(gazetteer_dir: str | None = None) -> Resources:
    """The resources for a gazetteer folder, built once per process and rebuilt when a
    file in the folder changes (a notebook that edits triggers.csv sees the edit)."""
    gdir, state = _state(gazetteer_dir)
    return _resources(str(gdir), state)


def check_resources(gazetteer_dir: str | None = None) -> None:
    """Read and validate the gazetteers, triggers and cues (raises GazetteerError with
    file:line messages) without building the tokenizer: a build checks them before
    touching any document, and builds the rest only when a document needs processing."""
    gdir, state = _state(gazetteer_dir)
    _vocabularies(str(gdir), state)


@functools.lru_cache(maxsize=4)
def _vocabularies(gazetteer_dir: str, state: tuple):
    """The validated gazetteers, trigger lexicon and cues; stored (pipeline.stored)
    under a key of the folder and the fingerprint of its files and of the package's
    code, so a run loads them in 10 ms instead of reading and checking 470 KB of
    CSV (0.12 s).  Invalid files raise GazetteerError and are never stored."""
    gdir = Path(gazetteer_dir)
    key = f"{gdir.resolve()}\n{fingerprint(gdir)}"
    name = f"vocabularies-{hashlib.sha256(key.encode()).hexdigest()[:32]}.pickle"
    found = stored_files.load(name, key, trusted=True)
    if found is not None:
        return found
    gaz = gazetteer_mod.load(gdir)
    lexicon = load_lexicon(gdir)
    cues = load_cues(gdir, set(gaz.places) | set(gaz.persons) | set(gaz.organisations))
    stored_files.store(name, key, (gaz, lexicon, cues), trusted=True)
    return gaz, lexicon, cues


@functools.lru_cache(maxsize=4)
def _resources(gazetteer_dir: str, state: tuple) -> Resources:
    gaz, lexicon, cues = _vocabularies(gazetteer_dir, state)
    # (titles that hold a counterpart marker are words, so no "with" is read inside them:
    # 卫生与公共服务部长)
    names = list(gaz.names()) + list(lexicon.triggers) + [t for t in cues.title_before if any(c in t for c in COUNTERPART_MARKERS)]
    segmenter = Segmenter(names)
    # (the triggers read only in a narrow context, 出席, 进入, 沟通, are common words that would
    # make every sentence holding them one where names are sought)
    cue_triggers = [t for t in lexicon.triggers if t not in CONTEXT_ONLY_TRIGGERS and t not in COMMON_WORD_TRIGGERS]
    finder = CandidateFinder(segmenter.tokenizer, cues, cue_triggers, gaz.alias_index)
    # (a state's mission is split off its name as a title is: jieba's 中国大使馆 is 中国 +
    # 大使馆, like 中国外交部)
    entities = EntityTagger(gaz, [*lexicon.cue_words("title"), *lexicon.cue_words("mission")], cues, finder, cue_triggers)
    return Resources(gaz, segmenter, entities, EventExtractor(lexicon, gaz))


# ---------------------------------------------------------------------- per document
@dataclass
class DocResult:
    document: dict
    mentions: list[dict] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)


@dataclass
class Packed:
    """A document's result as the reduce step needs it: the document row, its mention
    rows already rendered for mentions.csv (:class:`pipeline.export.Rendered`), only
    the candidate mentions (for candidates.csv) and the event mentions.  Workers return
    this instead of :class:`DocResult`: the mention rows are rendered in parallel, cross
    the process boundary as one string, and are stored as they are for incremental
    builds."""

    document: dict
    mentions: Rendered
    n_mentions: int
    candidates: list[dict]
    event_mentions: list[EventMention]
    # the documents.csv row as rendered last, with the path it was rendered for (kept
    # with a decoded shard by a resident build; never stored)
    document_row: tuple | None = None


def pack(result: DocResult | dict) -> Packed | dict:
    if not isinstance(result, DocResult):
        return result
    candidates = [row for row in result.mentions if row["type"] in (PERSON, PLACE) and not row["canonical_id"]]
    return Packed(result.document, render_rows("mentions", result.mentions), len(result.mentions), candidates,
                  result.event_mentions)


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """Sentences of every block; a gallery caption's heading is a sentence of its own."""
    spans = []
    for block in doc.blocks:
        start = block.start
        if block.heading_end > block.start:
            spans.append((block.start, block.heading_end))
            start = block.heading_end
            while start < block.end and doc.norm[start] in ":：, ":
                start += 1
        spans.extend(sentences(doc.norm, start, block.end))
    return spans


def reference_date(published: str) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.datetime.fromisoformat(published.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(published[:10])
        except ValueError:
            return None


def tag_document_dates(doc: Document) -> list[Mention]:
    """Dates block by block.  Inside a block a year-less date takes its year from the
    previous date (gallery captions start with their own heading date).  Across blocks,
    the publication date governs year-less dates when there is one (a 2017 mentioned in
    background two paragraphs up does not make this year's 10月 a 2017 date); without
    one, a block inherits the last resolved date of the blocks before it.  Anaphora
    that open a block (同年12月, 两年后) refer to the last date with a written year of
    the blocks before (``carry``), with or without a publication date.

    An embedded gallery (``Block.embedded``) was written at another time: its blocks are
    read as a document of their own without a publication date (今年 and 上周五 stay
    unresolved; a year-less date takes the year of the gallery's dates before it)."""
    published = glossed_today(doc.norm, reference_date(doc.published))
    out: list[Mention] = []
    budget = {"mentions": MAX_DATES_PER_DOCUMENT, "attempts": MAX_DATE_ATTEMPTS_PER_DOCUMENT}
    # per part (the article, an embedded gallery): the governing date when there is no
    # reference, and the last date so far for anaphora that open a block (同年12月)
    anchors: dict[bool, str | None] = {False: None, True: None}
    carries: dict[bool, dict] = {False: {}, True: {}}
    for block in doc.blocks:
        deadline.check("tagging dates")
        part = block.embedded
        if part and block.kind == "heading":
            anchors[part], carries[part] = None, {}  # a new gallery
        reference = None if part else published
        carry = carries[part]
        found = tag_dates(block.text, reference=reference, anchor=anchors[part], budget=budget,
                          twin=doc.norm[block.start:block.end], carry=carry)
        spent = budget["mentions"] <= 0 or budget["attempts"] <= 0
        if spent:
            log.warning("%s: %d date expressions, %d positions tried; the rest of the document is not searched "
                        "for dates", doc.doc_id, MAX_DATES_PER_DOCUMENT - budget["mentions"],
                        MAX_DATE_ATTEMPTS_PER_DOCUMENT - budget["attempts"])
        if block.kind == "title":
            carry.clear()  # like the anchor: a headline's date is not the story's
        for m in found:
            out.append(replace(m, start=m.start + block.start, end=m.end + block.start))
        resolved = [m for m in found if m.value]
        if resolved and block.kind != "title" and reference is None:
            anchors[part] = resolved[-1].value.split("/")[-1]
        if spent:
            break
    return out


def split_at_dates(tokens: list[tuple[int, int]], dates: list[Mention]) -> list[tuple[int, int]]:
    """``tokens`` with every token that strictly contains the start of a date of three
    or more characters cut there, for the entity tagger.

    The date grammar knows better than jieba's word statistics where such a date
    starts: 陈维安上月28日 is 陈/维/安上/月 to jieba, and the date 上月28日 gives 安 back to
    the name before it.  Shorter dates are left alone (一日 inside the idiom 日复一日, 是日
    in 是日本), and so are a date's ends (1961年夏 would take 夏 from 夏志清)."""
    cuts = sorted({m.start for m in dates if m.end - m.start >= 3})
    if not cuts:
        return tokens
    out: list[tuple[int, int]] = []
    k, n = 0, len(cuts)
    for s, e in tokens:
        while k < n and cuts[k] <= s:
            k += 1
        if k == n or cuts[k] >= e:
            out.append((s, e))
            continue
        while k < n and cuts[k] < e:
            out.append((s, cuts[k]))
            s = cuts[k]
            k += 1
        out.append((s, e))
    return out


# What jieba may glue before a date's first character that leaves the date whole
GLUED_BEFORE_DATE = frozenset({"于", "从", "至", "截至", "直至", "在", "自", "到", "由", "恰在", "就在", "正在", "当", "是", "即", "如"})
_NUMERAL_RE = re.compile(r"[0-9０-９一二三四五六七八九十百千两〇零廿卅]")


def inside_words(dates: list[Mention], tokens: list[tuple[int, int]], doc_norm: str) -> list[Mention]:
    """``dates`` without the date words (no numeral in them) that begin inside a word of
    jieba's: 明日 of 光明日报 or of 注明|日期, 本日 of 整本|日记, 年中 of 八年|中, 下周 of
    拿下|周永康, 中秋 of 年怕中秋.  A date's end may lie inside a word (今年|以来 is 今年以来,
    本|月初 本月初), and dates with numerals keep their own bounds (6月15日本: the grammar
    knows that 日 is the day; 第二季度); so does a date after a preposition jieba glues to
    its first character (于本|周, 从明|年起, 截至今|年底, 在此|时: GLUED_BEFORE_DATE)."""
    if not dates:
        return dates
    starts = [s for s, _ in tokens]
    out = []
    for m in dates:
        if not _NUMERAL_RE.search(m.text):
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0 and tokens[k][0] < m.start < tokens[k][1] and doc_norm[tokens[k][0] : m.start] not in GLUED_BEFORE_DATE:
                continue
        out.append(m)
    return out


def annotate(doc: Document, resources: Resources) -> tuple[list[Mention], list[EventMention]]:
    tokens = resources.segmenter.tokens(doc.norm)
    dates = inside_words(tag_document_dates(doc), tokens, doc.norm)
    tokens = split_at_dates(tokens, dates)
    deadline.check("tagging places and persons")
    mentions = dates + resources.entities.tag(doc.text, doc.norm, tokens)
    mentions.sort(key=lambda m: (m.start, m.end, m.type))
    # Candidate persons found by a title, a middle dot or as a repeat of such a name
    # take part in events under a ``name:`` id (see candidates.unlinked_person); the
    # other candidates (jieba's name model, lists) are too often places or fragments to
    # act, but still tell the event stage that someone it cannot name is the subject
    # (1954年尼赫鲁访问北京…): they keep a known name of the sentence from being the
    # actor.  Candidate places stay out: places are keyed on gazetteer ids.
    # Abbreviations (中 and 美 in 中美) name the parties of a relation, not where
    # something happened.
    known = [m for m in mentions if not is_candidate(m) and m.source != ABBREVIATION]
    named, unknown = [], []
    for m in mentions:
        if is_candidate(m) and m.type == PERSON:
            (named if acts_in_events(m) else unknown).append(m)
    if named:
        known = sorted(known + [unlinked_person(m, doc.norm) for m in named], key=lambda m: (m.start, m.end, m.type))
    events = resources.events.extract(doc, known, tokens, unknown=unknown,
                                      parties=[m for m in mentions if m.source == ABBREVIATION])
    return mentions, events


def _read_sidecar(path: Path) -> dict:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        # RecursionError: json nests deeper than the interpreter allows ([[[[…).
        raise InputError(f"sidecar {sidecar} is not valid JSON ({type(exc).__name__}); fix or remove it") from exc
    if not isinstance(data, dict):
        raise InputError(f"sidecar {sidecar} must hold a JSON object such as {{\"published\": \"2022-09-25\"}}")
    return {k: str(v) for k, v in data.items() if k in ("published", "url", "title", "source", "author")}


def _check_iso(value: str, what: str) -> str:
    if reference_date(value) is None:
        raise InputError(f"{what} {value!r} is not an ISO 8601 date; write it as 2022-09-25 or 2022-09-25T08:00:00+08:00")
    return value


def process_path(path: str, doc_id: str, published: str = "", gazetteer_dir: str | None = None,
                 time_budget: float | None = deadline.DEFAULT_SECONDS) -> DocResult | dict:
    """Read, clean, tag and extract events from one file.  Returns a DocResult, or an
    error row (dict with path, stage, error_type, message); never raises.
    ``time_budget``: seconds the document may take (None or 0: no limit), see
    :mod:`pipeline.deadline`; the tokenizer and gazetteers are loaded before the clock
    starts."""
    if time_budget:
        try:
            get_resources(gazetteer_dir)
        except Exception:  # noqa: BLE001 - reported below as an error row of its stage
            pass
    with deadline.time_budget(time_budget):
        return _process_path(path, doc_id, published, gazetteer_dir)


def _process_path(path: str, doc_id: str, published: str, gazetteer_dir: str | None) -> DocResult | dict:
    stage = "read"
    try:
        p = Path(path)
        sidecar = _read_sidecar(p)
        raw = read_raw(p)
        stage = "clean"
        deadline.check("cleaning")
        doc = clean(raw, doc_id)
        # Which signal of the page gave the date (dateline, byline, meta, archive…).
        published_source = (doc.published_source or "page") if doc.published else ""
        if sidecar:
            if sidecar.get("published"):
                doc = replace(doc, published=_check_iso(sidecar["published"], "published in sidecar"))
                published_source = "sidecar"
            doc = replace(doc, **{k: v for k, v in sidecar.items() if k != "published"})
        if not doc.published and published:
            doc = replace(doc, published=published)
            published_source = "option"
        stage = "annotate"
        deadline.check("segmenting")
        resources = get_resources(gazetteer_dir)
        mentions, events = annotate(doc, resources)
        return DocResult(document_row(doc, path, published_source), mention_rows(doc, mentions), events)
    except PipelineError as exc:
        return error_row(path, exc.stage if stage == "read" and isinstance(exc, InputError) else stage, exc.error_type, str(exc))
    except Exception as exc:  # noqa: BLE001 - a batch must survive any bad document
        log.debug("unexpected error on %s", path, exc_info=True)
        return error_row(path, stage, f"InternalError:{type(exc).__name__}", f"{exc} — this is a bug in cnevents; please report it with the input file")


def error_row(path: str, stage: str, error_type: str, message: str) -> dict:
    return {"path": path, "stage": stage, "error_type": error_type, "message": " ".join(message.split())}


def document_row(doc: Document, path: str, published_source: str) -> dict:
    return {
        "doc_id": doc.doc_id, "path": path, "source": doc.source, "url": doc.url, "title": doc.title,
        "published": doc.published, "script": doc.script, "n_chars": doc.n_chars, "sha256": doc.sha256,
        "encoding": doc.encoding, "format": doc.format, "author": doc.author, "published_source": published_source,
    }


def mention_rows(doc: Document, mentions: list[Mention]) -> list[dict]:
    spans = sentence_spans(doc)
    # The first span containing the mention's start: spans are in text order and do not
    # overlap, so bisection finds it (a page of 100,000 mentions stays linear).
    starts = [s for s, _ in spans]
    rows = []
    for i, m in enumerate(mentions, start=1):
        k = bisect.bisect_right(starts, m.start) - 1
        sent = spans[k] if k >= 0 and spans[k][0] <= m.start < spans[k][1] else None
        rows.append({
            "doc_id": doc.doc_id, "mention_id": f"{doc.doc_id}:{i:04d}", "type": m.type, "start": m.start, "end": m.end,
            "text": m.text, "canonical_id": m.canonical_id, "canonical_name": m.canonical_name,
            "value": m.value if m.type == DATE else "", "precision": m.precision if m.type == DATE else "",
            "sentence": doc.text[sent[0] : sent[1]] if sent else "",
            # not a mentions.csv column: what found a candidate, for candidates.csv
            "cue": m.source.split(":", 1)[1] if is_candidate(m) else "",
        })
    return rows


def _main_cue(cues: Counter) -> str:
    """The most frequent cue of a name, a repeat (the name again without its title)
    only when nothing else found it: the title or the middle dot says more."""
    if len(cues) == 1:
        return next(iter(cues))  # (most names: one cue, no sort key to build)
    return min(cues, key=lambda c: (c == "repeat", -cues[c], c))


def candidate_rows(mentions: list[dict]) -> list[dict]:
    """Candidates (PERSON/PLACE mentions without a canonical id) grouped by type and
    simplified form, with counts, the most frequent cue and an example; ranked by
    frequency.  Depends only on the mention rows, not on their order."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    simplified: dict[str, str] = {}  # a name recurs: normalise each spelling once
    for row in mentions:
        if row["type"] in (PERSON, PLACE) and not row["canonical_id"]:
            text = row["text"]
            norm = simplified.get(text)
            if norm is None:
                norm = simplified[text] = normalize(text)
            groups[(row["type"], norm)].append(row)
    out = []
    for (typ, _), rows in groups.items():
        rows.sort(key=lambda r: (r["doc_id"], int(r["start"])))
        surfaces = Counter(r["text"] for r in rows)
        text = min(surfaces, key=lambda t: (-surfaces[t], t))
        cues = Counter(r.get("cue", "") for r in rows)
        cue = _main_cue(cues)
        example = next(r for r in rows if r.get("cue", "") == cue)
        out.append({
            "type": typ, "text": text, "count": len(rows), "n_documents": len({r["doc_id"] for r in rows}),
            "cue": cue, "variants": "|".join(sorted(t for t in surfaces if t != text)),
            "example_doc_id": example["doc_id"], "example_sentence": example["sentence"],
        })
    out.sort(key=lambda r: (-r["count"], -r["n_documents"], r["type"], r["text"]))
    for rank, row in enumerate(out, start=1):
        row["rank"] = rank
    return out


class CandidateTally:
    """:func:`candidate_rows` computed as documents arrive, holding per name only its
    counters and the earliest example of each cue (memory grows with the distinct
    names, not with the mentions).  Each document's rows must be added together (a
    name's documents are counted by change of doc_id).  Same rows as
    :func:`candidate_rows` over all the rows added."""

    def __init__(self):
        self.groups: dict[tuple[str, str], dict] = {}
        self.simplified: dict[str, str] = {}

    def add(self, rows: list[dict]) -> None:
        for row in rows:
            if row["type"] not in (PERSON, PLACE) or row["canonical_id"]:
                continue
            text = row["text"]
            norm = self.simplified.get(text)
            if norm is None:
                norm = self.simplified[text] = normalize(text)
            g = self.groups.get((row["type"], norm))
            if g is None:
                g = self.groups[(row["type"], norm)] = {
                    "count": 0, "docs": 0, "last_doc": None, "surfaces": Counter(), "cues": Counter(), "examples": {}}
            g["count"] += 1
            if g["last_doc"] != row["doc_id"]:
                g["docs"] += 1
                g["last_doc"] = row["doc_id"]
            g["surfaces"][text] += 1
            cue = row.get("cue", "")
            g["cues"][cue] += 1
            key = (row["doc_id"], int(row["start"]))
            best = g["examples"].get(cue)
            if best is None or key < best[0]:
                g["examples"][cue] = (key, row["sentence"])

    def rows(self) -> list[dict]:
        out = []
        for (typ, _), g in self.groups.items():
            surfaces, cues = g["surfaces"], g["cues"]
            text = min(surfaces, key=lambda t: (-surfaces[t], t))
            cue = _main_cue(cues)
            (doc_id, _), sentence = g["examples"][cue]
            out.append({
                "type": typ, "text": text, "count": g["count"], "n_documents": g["docs"],
                "cue": cue, "variants": "|".join(sorted(t for t in surfaces if t != text)),
                "example_doc_id": doc_id, "example_sentence": sentence,
            })
        out.sort(key=lambda r: (-r["count"], -r["n_documents"], r["type"], r["text"]))
        for rank, row in enumerate(out, start=1):
            row["rank"] = rank
        return out


# ---------------------------------------------------------------------- batch
def discover(inputs: Sequence[str | os.PathLike]) -> tuple[list[tuple[str, str]], list[dict]]:
    """(path, doc_id) for every input file, sorted; error rows for missing inputs.

    Directories are walked recursively; hidden files and folders and ``*.meta.json``
    sidecars are skipped.  The doc_id is the path relative to its input root without
    the extension (a file given directly: its stem)."""
    found: dict[str, str] = {}
    errors = []
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                # Path arithmetic once per folder, string joins per file (the same
                # strings as Path(dirpath) / name and its path relative to root)
                base = Path(dirpath)
                prefix = "" if str(base) == "." else str(base) + os.sep
                rel_dir = base.relative_to(root).as_posix()
                rel_prefix = "" if rel_dir == "." else rel_dir + "/"
                for name in sorted(filenames):
                    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                        continue
                    dot = name.rfind(".")  # PurePath.suffix: a dot inside the name
                    stem = name[:dot] if 0 < dot < len(name) - 1 else name
                    found.setdefault(prefix + name, rel_prefix + stem)
        elif root.is_file():
            found.setdefault(str(root), root.stem)
        else:
            errors.append(error_row(str(root), "read", "InputError", f"{root} does not exist; check the path"))
    items = sorted(found.items(), key=lambda kv: (kv[1], kv[0]))
    seen: dict[str, str] = {}
    out = []
    for path, doc_id in items:
        if doc_id in seen:
            errors.append(error_row(path, "read", "InputError", f"document id {doc_id!r} is also used by {seen[doc_id]}; give the files distinct names or build them separately"))
            continue
        seen[doc_id] = path
        out.append((path, doc_id))
    return out, errors


def _run_dask(jobs: list[tuple], n_workers: int, scheduler: str | None):
    """Map ``process_path`` over a dask.distributed cluster; yields (job, result) in
    job order.  Workers need cnevents installed; paths are sent absolute (a worker's
    working directory may differ) and reported as given."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise BuildError("the dask engine needs dask.distributed: pip install 'cnevents[dask]'") from exc
    # dask.distributed logs the scheduler's and nannies' INFO through its own handler:
    # keep it to the level the CLI set (quiet in CI; INFO only with -vv).
    root = logging.getLogger().getEffectiveLevel()
    logging.getLogger("distributed").setLevel(max(root, logging.INFO if root <= logging.DEBUG else logging.WARNING))
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        remote = [(str(Path(job[0]).resolve()),) + tuple(job[1:]) for job in jobs]
        futures = client.map(_process_star, remote, pure=False)
        for job, remote_job, future in zip(jobs, remote, futures):
            result = future.result()
            if isinstance(result, Packed):
                result.document["path"] = job[0]
            else:
                # the path as typed, in the message too (as the local engine writes it)
                result["path"] = job[0]
                if isinstance(result.get("message"), str):
                    result["message"] = result["message"].replace(remote_job[0], str(job[0]))
            yield job, result
    finally:
        if cluster is not None:
            # Our own LocalCluster's workers may log a failed heartbeat, with a traceback,
            # while it shuts down after the last result (dask/distributed#7192): that is
            # no error of the build, so they stop logging below CRITICAL first.
            try:
                client.run(_quiet_distributed_logging)
            except Exception:  # noqa: BLE001 - a worker already gone needs no silencing
                pass
        client.close()
        if cluster is not None:
            cluster.close()


def _quiet_distributed_logging() -> None:
    logging.getLogger("distributed").setLevel(logging.CRITICAL)


def _outputs_digest(keys: dict, discover_errors: list[dict], parquet: bool, spreadsheet_safe: bool) -> str:
    """What the outputs of a build are made from: the stored results (their keys hold
    the pipeline fingerprint, the inputs and options), inputs that are missing, and the
    export options."""
    basis = json.dumps([sorted((p, k or "") for p, k in keys.items()), discover_errors, parquet, spreadsheet_safe],
                       ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def _timed_out(result) -> bool:
    return isinstance(result, dict) and result.get("error_type") == "TimeBudgetError"


def _worker_init(gazetteer_dir: str | None) -> None:
    get_resources(gazetteer_dir)


def _process_star(args):
    return pack(process_path(*args))


@dataclass
class BuildSummary:
    out_dir: Path
    n_inputs: int
    n_documents: int
    n_errors: int
    n_mentions: int
    n_events: int
    files: list[Path]
    n_processed: int = 0  # documents processed in this run
    n_cached: int = 0  # documents whose stored result was reused (incremental build)
    formula_cells: int = 0  # string cells a spreadsheet may read as a formula (export.py)
    spreadsheet_safe: bool = False


class _Lock:
    """An advisory lock on ``OUT/.cnevents.lock``: a second build on the same output
    directory is refused instead of interleaving writes.  The OS releases it when the
    process ends, even on SIGKILL."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / ".cnevents.lock"
        self.fd = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise BuildError(f"another cnevents build is writing to {self.path.parent}; wait for it to finish or choose another --out") from None
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def watch(
    inputs: Iterable[str | os.PathLike],
    out: str | os.PathLike,
    interval: float,
    *,
    rounds: int | None = None,
    immediately: bool = True,
    on_build: Callable[[BuildSummary | None, Exception | None], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    **options,
) -> None:
    """Build, then keep building every ``interval`` seconds (``cnevents build --watch``):
    a resident process for inputs that grow.  It keeps the tokenizer and the decoded
    stored results of earlier builds, so a build that finds one new article takes a
    fraction of a second; a build that finds nothing new rewrites nothing.  Each build
    is :func:`run` with ``resident=True``, so the outputs are the bytes a one-shot build
    would write.  ``on_build`` sees each build's summary, or the error that stopped it
    (logged when there is no ``on_build``; the watch goes on: inputs may be fixed or
    come back).  ``rounds``: stop after that
    many builds (None: until interrupted); ``immediately``: build before the first wait
    (the CLI has just built)."""
    get_resources(str(options["gazetteer_dir"]) if options.get("gazetteer_dir") else None)  # the tokenizer, now
    n = 0
    while rounds is None or n < rounds:
        if n or not immediately:
            sleep(interval)
        n += 1
        try:
            summary = run(inputs, out, resident=True, **options)
        except PipelineError as exc:
            if on_build:
                on_build(None, exc)
            else:
                log.error("%s", exc)
            continue
        if on_build:
            on_build(summary, None)


def recover_outputs(out_dir: str | os.PathLike) -> bool:
    """Finish the commit of a build that was killed while moving its files into place
    (see :func:`pipeline.export.recover`), unless a build is running there now (it
    finishes its own commit) or the folder is read-only.  Returns whether anything was
    finished."""
    from .export import JOURNAL, recover

    out_dir = Path(out_dir)
    if not (out_dir / JOURNAL).exists():
        return False
    try:
        with _Lock(out_dir):
            return recover(out_dir)
    except (BuildError, OSError):
        return False


def run(
    inputs: Iterable[str | os.PathLike] = ("seeds",),
    out: str | os.PathLike = "outputs",
    *,
    published: str | dt.date | None = None,
    workers: int | None = 1,
    gazetteer_dir: str | os.PathLike | None = None,
    parquet: bool = False,
    incremental: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[int, int, int], None] | None = None,
    time_budget: float | None = deadline.DEFAULT_SECONDS,
    spreadsheet_safe: bool = False,
    resident: bool = False,
) -> BuildSummary:
    """Build the dataset for ``inputs`` into ``out``; returns a summary.

    ``published`` is the publication date used for documents that state none (relative
    dates such as 今（25）日 resolve against it); without it they stay unresolved.
    ``workers``: processes (None or 0 = all cores).  ``incremental``: reuse the stored
    results of unchanged inputs (see :mod:`pipeline.cache`); the output is the same
    either way.  ``engine="dask"`` runs the per-document stages on a dask.distributed
    cluster (``scheduler``: its address; without one a LocalCluster of ``workers``
    processes); deduplication and export run here, so the bytes are the same.
    ``time_budget``: seconds each document may take before it becomes an error row
    (None or 0: no limit; see :mod:`pipeline.deadline`).  ``spreadsheet_safe``: quote
    cells a spreadsheet would run as formulas (see :mod:`pipeline.export`).
    ``resident``: this process builds again and again (``cnevents build --watch``): it
    keeps the decoded stored results between builds and processes a few new inputs
    itself, with the tokenizer it has loaded, instead of starting workers."""
    if engine not in ("local", "dask"):
        raise BuildError(f"engine must be 'local' or 'dask', not {engine!r}")
    inputs = [str(i) for i in inputs]
    out_dir = Path(out)
    gdir = str(gazetteer_dir) if gazetteer_dir else None
    published_str = ""
    if published:
        published_str = published.isoformat() if isinstance(published, dt.date) else str(published)
        if reference_date(published_str) is None:
            raise BuildError(f"--published {published_str!r} is not an ISO 8601 date; write it as 2022-09-25")
    # Validate gazetteers and triggers before touching any document (the tokenizer is
    # built later, by the first document that needs processing).
    check_resources(gdir)
    files, errors = discover(inputs)
    n_missing = len(errors)
    if not files and not errors:
        raise BuildError(f"no input files found in {', '.join(inputs)}; pass files or folders of news pages")
    cache = ShardCache(out_dir, fingerprint(gazetteer_mod.resolve_dir(gdir))) if incremental else None
    event_mentions = []
    tally = CandidateTally()
    n_mentions = n_documents = 0
    done = 0
    keys: dict[str, str | None] = {}
    jobs = []
    stored = []
    for path, doc_id in files:
        key = cache.key(path, doc_id, published_str) if cache else None
        keys[path] = key
        if cache is not None and cache.has(key):
            stored.append((path, doc_id, key))
        else:
            jobs.append((path, doc_id, published_str, gdir, time_budget))
    digest = _outputs_digest(keys, errors, parquet, spreadsheet_safe)
    if cache is not None and not jobs:
        previous = cache.unchanged_outputs(digest)
        if previous is not None:
            # Nothing new, nothing changed: the outputs are already this build's.
            with _Lock(out_dir):
                cache.finish({k for k in keys.values() if k}, outputs=previous)
            counts = previous["counts"]
            if progress:
                progress(len(files), len(files), counts["errors"])
            return BuildSummary(out_dir, len(files) + n_missing, counts["documents"], counts["errors"],
                                counts["mentions"], counts["events"], [out_dir / n for n in previous["files"]],
                                n_processed=0, n_cached=len(files), formula_cells=counts["formula_cells"],
                                spreadsheet_safe=spreadsheet_safe)
    retry: list[tuple] = []  # inputs whose stored result cannot be read: processed again
    n_cached = 0

    def stored_results():
        nonlocal n_cached
        for path, doc_id, key in stored:
            hit = cache.get(key, path)
            if hit is not None:
                n_cached += 1
                yield key, hit
            else:
                retry.append((path, doc_id, published_str, gdir, time_budget))

    # A resident build tallies candidates.csv by adding the new documents to the tally
    # of its last build (the tally does not depend on the order documents arrive in);
    # it keeps each document's candidates to start again when one went or changed.
    resident_cands: list | None = [] if resident and incremental else None

    allowed = workers or os.cpu_count() or 1
    n_workers = max(1, min(allowed, len(jobs) or 1))
    # With stored results to read, even one new input goes to a worker process when
    # more than one core may be used: the worker loads the tokenizer and processes it
    # while this process reads the stored results (adding one article to a large
    # dataset mostly waits on those two).
    pooled = engine == "local" and jobs and (n_workers > 1 or (stored and allowed > 1)) \
        and not (resident and len(jobs) <= RESIDENT_INLINE_JOBS)
    keep_decoded(resident and incremental)
    if not (resident and incremental):
        _RESIDENT_TALLIES.clear()
    total = len(files)

    def collect(result, job=None, key=None):
        nonlocal done, n_mentions, n_documents
        if job is not None and cache is not None and not _timed_out(result):
            # A document stopped by its time budget is tried again by the next build.
            cache.put(keys[job[0]], result)
        done += 1
        if isinstance(result, Packed):
            doc_id = result.document["doc_id"]
            path = result.document.get("path")
            if result.document_row is None or result.document_row[0] != path:
                result.document_row = (path, render_rows("documents", [result.document]))
            doc_spool.add(doc_id, result.document_row[1])
            spool.add(doc_id, result.mentions)
            n_documents += 1
            n_mentions += result.n_mentions
            if resident_cands is not None:
                resident_cands.append((keys[job[0]] if job is not None else key, result.candidates))
            else:
                tally.add(result.candidates)
            event_mentions.extend(result.event_mentions)
        else:
            errors.append(result)
        if progress:
            progress(done, total, len(errors))

    with _Lock(out_dir), _Spool(out_dir / STATE_DIR) as spool, _Spool(out_dir / STATE_DIR) as doc_spool:
        if pooled:
            with ProcessPoolExecutor(n_workers, initializer=_worker_init, initargs=(gdir,)) as pool:
                chunk = max(1, min(32, len(jobs) // (n_workers * 4)))
                results = pool.map(_process_star, jobs, chunksize=chunk)  # submitted now
                for key, hit in stored_results():
                    collect(hit, key=key)
                for job, result in zip(jobs, results):
                    collect(result, job)
                for job, result in zip(retry, pool.map(_process_star, retry)):
                    collect(result, job)
        else:
            for key, hit in stored_results():
                collect(hit, key=key)
            if engine == "dask":
                for job, result in _run_dask(jobs + retry, n_workers, scheduler):
                    collect(result, job)
            else:
                for job in jobs + retry:
                    collect(_process_star(job), job)
        jobs = jobs + retry
        if resident_cands is not None:
            tally = _resident_tally(out_dir, resident_cands, [d for _, d in files])
        events = dedupe(event_mentions)
        tables = {
            "documents": Streamed(doc_spool.chunks, doc_spool.formula_cells),
            "mentions": Streamed(spool.chunks, spool.formula_cells),
            "events": [event_row(ev) for ev in events],
            "event_mentions": [row for ev in events for row in event_mention_rows(ev)],
            "candidates": tally.rows(),
            "errors": errors,
        }
        written = write_outputs(out_dir, tables, parquet=parquet, spreadsheet_safe=spreadsheet_safe)
        if cache is not None:
            counts = {"documents": n_documents, "errors": len(errors), "mentions": n_mentions,
                      "events": len(events), "formula_cells": written.formula_cells}
            cache.finish({k for k in keys.values() if k},
                         outputs={"digest": digest, "files": dict(sorted(written.sha256.items())), "counts": counts})
    return BuildSummary(out_dir, len(files) + n_missing, n_documents, len(errors), n_mentions, len(events),
                        written.files, n_processed=len(jobs), n_cached=n_cached,
                        formula_cells=written.formula_cells, spreadsheet_safe=spreadsheet_safe)


# out_dir → (the shard keys whose candidates it holds, the tally) of a resident build
_RESIDENT_TALLIES: dict[str, tuple[frozenset, "CandidateTally"]] = {}


def _resident_tally(out_dir: Path, cands: list[tuple[str | None, list[dict]]], doc_ids: list[str]) -> "CandidateTally":
    """The candidate tally of a resident build: the last build's tally plus the new
    documents when every document it holds is still here unchanged (and doc_ids are
    unique, so no document's rows can interleave with another's), else a new one."""
    where = str(Path(out_dir).resolve())
    prev = _RESIDENT_TALLIES.pop(where, None)
    got = frozenset(k for k, _ in cands)
    sound = None not in got and len(set(doc_ids)) == len(doc_ids)
    if sound and prev is not None and prev[0] <= got:
        covered, tally = prev
    else:
        covered, tally = frozenset(), CandidateTally()
    for k, rows in cands:
        if k not in covered:
            tally.add(rows)
    if sound:
        _RESIDENT_TALLIES[where] = (got, tally)
    return tally


class _Spool:
    """Each document's rendered rows of mentions.csv, appended to an anonymous temporary
    file in the output's state folder as results arrive (in any order), and read back
    in doc_id order while mentions.csv is written.  mentions.csv is sorted by doc_id
    first and doc_ids are unique (see discover), so the pieces in doc_id order are the
    sorted table; the build holds an index of offsets, never the table (peak memory
    does not grow with the mentions of the corpus)."""

    CHUNK = 1 << 20  # pieces are handed on joined to about this size

    def __init__(self, folder: Path):
        self.folder = folder
        self.file = None
        self.index: dict[str, tuple[int, int]] = {}
        self.formula_cells = 0
        self.size = 0

    def __enter__(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        self.file = tempfile.TemporaryFile(dir=self.folder)
        return self

    def __exit__(self, *exc):
        self.file.close()

    def add(self, doc_id: str, rendered: Rendered) -> None:
        self.file.seek(self.size)
        self.file.write(rendered.data)
        self.index[doc_id] = (self.size, len(rendered.data))
        self.size += len(rendered.data)
        self.formula_cells += rendered.formula_cells

    def chunks(self):
        self.file.flush()
        batch, held = [], 0
        for doc_id in sorted(self.index):
            offset, length = self.index[doc_id]
            self.file.seek(offset)
            batch.append(self.file.read(length))
            held += length
            if held >= self.CHUNK:
                yield b"".join(batch)
                batch, held = [], 0
        if batch:
            yield b"".join(batch)


def event_row(ev) -> dict:
    m = ev.mention
    return {
        "event_id": ev.event_id, "event_type": m.event_type, "status": m.status, "actor_id": m.actor_id,
        "actor_name": m.actor_name, "participants": ";".join(m.participants), "place_id": m.place_id,
        "place_name": m.place_name, "country": m.country, "latitude": m.latitude, "longitude": m.longitude,
        "date_start": m.date_start, "date_end": m.date_end, "date_precision": m.date_precision,
        "doc_ids": ";".join(ev.doc_ids), "n_documents": len(ev.doc_ids), "evidence_doc_id": m.doc_id,
        "evidence": m.evidence, "evidence_start": m.evidence_start, "evidence_end": m.evidence_end,
        "confidence": m.confidence, "trigger": m.trigger, "trigger_start": m.trigger_start, "trigger_end": m.trigger_end,
        "plover": m.plover, "cameo": m.cameo, "flags": event_flags(m),
    }


def event_mention_rows(ev) -> list[dict]:
    return [
        {
            "event_id": ev.event_id, "doc_id": m.doc_id, "event_type": m.event_type, "status": m.status,
            "trigger": m.trigger, "trigger_start": m.trigger_start, "trigger_end": m.trigger_end,
            "actor_id": m.actor_id, "participants": ";".join(m.participants),
            "place_id": m.place_id, "date_start": m.date_start, "date_end": m.date_end,
            "date_precision": m.date_precision, "evidence": m.evidence, "evidence_start": m.evidence_start,
            "evidence_end": m.evidence_end, "confidence": m.confidence,
            "provenance": ";".join(f"{k}={v}" for k, v in m.provenance),
        }
        for m in ev.mentions
    ]
