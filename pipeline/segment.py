"""Segmentation: the project's own ``jieba.Tokenizer`` with every gazetteer name added.

Takes the matching twin of a document (``Document.norm``: simplified, half-width, same
length as the text) and returns tokens as ``(start, end)`` character offsets, so they
are valid on the original text too.

Why our own tokenizer instance: adding thousands of names to jieba's global tokenizer
would change segmentation for every other user of jieba in the process, and jieba
issue #828 shows that bulk ``add_word`` on the global dictionary shifts unrelated words.
Why a frequency floor: jieba issues #267/#14 show that a word added with a low frequency
still gets split in context (``云南`` → ``云/南``); every gazetteer name therefore gets at
least the frequency that makes it win over its own parts (``suggest_freq`` logic) and at
least :data:`NAME_FREQ_FLOOR`, a moderately common word's frequency.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import jieba

from . import deadline
from . import stored as stored_files

log = logging.getLogger(__name__)
# jieba prints "Building prefix dict…" at DEBUG on its own handler; keep the library quiet.
jieba.setLogLevel(logging.WARNING)

NAME_FREQ_FLOOR = 2000

# Sentences end at these characters (on the normalised twin, so full-width ！？ are
# already half-width).  Clause boundaries additionally include commas and colons.
SENTENCE_END = "。!?！？;；】\n"
CLAUSE_END = ",，:：;；"
_SENTENCE_RE = re.compile(r"[^。!?！？;；】\n]+[。!?！？;；】]*[”’」』\"')）]*")
# A run without sentence punctuation longer than this (an English paragraph, a list
# pasted without punctuation, 100,000 characters of garbage) is cut into pieces of at
# most this length, at the last comma, colon or space of the piece's second half when
# there is one: the taggers and the event rules look at whole sentences, and a
# "sentence" of a whole page makes their per-sentence work quadratic.  Chinese
# sentences are far shorter (the longest in the development corpus has 545 characters).
MAX_SENTENCE_CHARS = 1000
_SOFT_BREAKS = ",，、:：  \u3000\t"
# jieba's own block, whitespace and Latin patterns (Tokenizer.cut with HMM=False)
_RE_HAN = jieba.re_han_default
_RE_SKIP = jieba.re_skip_default
_RE_ENG = jieba.re_eng
# the characters _RE_ENG matches (one set look-up instead of a regex call per word)
_ENG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# Blocks whose word lengths a Segmenter keeps (about 150 bytes each), and the longest
# block kept: repeats are short (bylines, captions, names), and a 100,000-character line
# without punctuation is one block that should not stay in memory.
_BLOCK_CACHE_SIZE = 65536
_BLOCK_CACHE_MAX_CHARS = 200
# In a Segmenter's table of log probabilities: a prefix of a word that is no word itself
# (frequency 0 in jieba's prefix dictionary)
_NOT_A_WORD = object()


# Bump when add_name's frequency rule or the stored layout changes: stored tokenizers
# of an older rule are then not reused.
_CACHE_VERSION = "4"
# Characters that mark a name's role (向, 和, 于 …): a dictionary word of one of them and a
# name (向普京) is dropped, see Segmenter._drop_glued_names
GLUED_BEFORE_NAME = frozenset("向和与同跟给对在从被把让于赴")
# A state's mission or envoy named with 驻 (美国驻华大使馆, 中国驻德国使馆, 驻华大使): jieba
# has some as words, which would hide the states in them; such words are dropped
GLUED_MISSION = re.compile(r".*驻.+(?:使馆|大使|使节|领事馆|领馆|特派员公署)")


def _dict_identity(dictionary: str | None) -> str:
    dict_file = Path(dictionary or jieba.DEFAULT_DICT_NAME)
    if not dict_file.is_absolute():
        dict_file = Path(jieba.__file__).parent / dict_file
    try:
        info = dict_file.stat()
        return f"{dict_file}:{info.st_size}:{info.st_mtime_ns}"
    except OSError:
        return str(dict_file)


class Segmenter:
    """Wraps one ``jieba.Tokenizer`` loaded with the given names.

    Finding the frequency that makes each of ~7,000 names win costs seconds (each
    name is segmented first), so the finished prefix dictionary (jieba's words and
    ours, with their frequencies) is stored (:mod:`pipeline.stored`), keyed by
    everything it depends on (jieba's version and dictionary file, the names, the
    rule), and loaded as it is the next time: the same dictionary in 0.16 s instead of
    the 0.5 s jieba itself takes to load its own and the time to add the names."""

    def __init__(self, names: Iterable[str] = (), *, use_cache: bool = True):
        self.tokenizer = jieba.Tokenizer()
        self._blocks: dict[str, tuple[int, ...]] = {}
        # log(frequency) - log(total) of the dictionary entries met so far (see _block)
        self._log_prob: dict[str, object] = {}
        self._log_prob_total = 0
        self.names: set[str] = set()
        self._added: list[tuple[str, int]] = []
        wanted = sorted(set(names))
        key = self._cache_key(wanted)
        if use_cache and self._load(key):
            return
        self.tokenizer.initialize()
        for name in wanted:
            self.add_name(name)
        self._drop_glued_names()
        if use_cache:
            self._save(key)

    def _cache_key(self, names: list[str]) -> str:
        dict_id = _dict_identity(self.tokenizer.dictionary)
        h = hashlib.sha256("\n".join([_CACHE_VERSION, jieba.__version__, dict_id, str(NAME_FREQ_FLOOR)]).encode())
        h.update("\n".join(names).encode("utf-8"))
        return h.hexdigest()

    def _load(self, key: str) -> bool:
        stored = stored_files.load(f"tokenizer-{key[:32]}.marshal", key)
        if not stored:
            return False
        freq, total, added = stored
        tk = self.tokenizer
        tk.FREQ, tk.total, tk.initialized = freq, total, True
        self.names.update(name for name, _ in added)
        self._added = list(added)
        return True

    def _save(self, key: str) -> None:
        tk = self.tokenizer
        stored_files.store(f"tokenizer-{key[:32]}.marshal", key, (tk.FREQ, tk.total, self._added))

    def _drop_glued_names(self) -> None:
        """jieba's dictionary has words made of a preposition or conjunction and a name
        (向普京, 和普京, 于柏林, 和世卫: rare ``nr`` entries): they would swallow the name
        and the word that marks its role (向普京致信 — 普京 is the one written to).  Such a
        word whose rest is one of our names is no word here; nor is a mission named with
        驻 (美国驻华大使馆: the states in it are read, see GLUED_MISSION)."""
        freq = self.tokenizer.FREQ
        for word in [w for w, f in freq.items() if f and len(w) >= 3 and w[0] in GLUED_BEFORE_NAME and w[1:] in self.names]:
            self.tokenizer.del_word(word)
        for word in [w for w, f in freq.items() if f and "驻" in w and GLUED_MISSION.fullmatch(w)]:
            self.tokenizer.del_word(word)
        self._blocks.clear()
        self._log_prob.clear()

    def add_name(self, name: str) -> None:
        """Add ``name`` with a frequency high enough that it is never split."""
        name = name.strip()
        if len(name) < 2 or " " in name:
            return
        tk = self.tokenizer
        freq = tk.FREQ.get(name, 0) or 0
        # The frequency jieba needs to prefer the whole word over its current parts
        # (the computation of Tokenizer.suggest_freq(tune=True), without its re-cut).
        parts = list(tk.cut(name, HMM=False))
        if len(parts) > 1:
            log_total = math.log(tk.total)
            needed = math.exp(sum(math.log(tk.FREQ.get(p, 1) or 1) - log_total for p in parts) + log_total)
            freq = max(freq, int(needed) + 1)
        tk.add_word(name, max(freq, NAME_FREQ_FLOOR))
        self._blocks.clear()
        self._log_prob.clear()
        self.names.add(name)
        self._added.append((name, max(freq, NAME_FREQ_FLOOR)))

    def tokens(self, norm: str) -> list[tuple[int, int]]:
        """Token offsets of ``norm``: exactly the words of
        ``self.tokenizer.cut(norm, HMM=False)`` (HMM off: names come from the
        dictionary, and the HMM would glue unknown characters to them).

        The same algorithm as jieba's (its blocks, DAG of dictionary words, best route
        by log frequency with its ties, runs of single Latin letters and digits joined),
        written to produce word lengths instead of word strings, with the DAG and the
        route computed in one pass, and each block's result kept (one block in five
        repeats in news text): 1.6× faster than ``cut``; a test compares the two."""
        lengths: list[int] = []
        add, extend = lengths.append, lengths.extend
        checked = 0
        # re.split with one group: the odd pieces are the blocks jieba segments
        for k, piece in enumerate(_RE_HAN.split(norm)):
            if not piece:
                continue
            if k & 1:
                extend(self._block(piece))
                checked += len(piece)
                if checked > 4096:  # the document's time budget, between blocks
                    deadline.check("segmenting")
                    checked = 0
                continue
            if "\r\n" not in piece:
                # _RE_SKIP's words (a whitespace character, or \r\n) and the characters
                # between them are all one character long here: no regex calls
                extend(itertools.repeat(1, len(piece)))
                continue
            for part in _RE_SKIP.split(piece):  # whitespace runs are words, other characters single
                if _RE_SKIP.match(part):
                    add(len(part))
                elif part:
                    extend(itertools.repeat(1, len(part)))
        ends = list(itertools.accumulate(lengths, initial=0))
        return list(zip(ends, ends[1:]))

    def _block(self, block: str) -> tuple[int, ...]:
        """Word lengths of one block, as ``Tokenizer.__cut_DAG_NO_HMM`` cuts it."""
        hit = self._blocks.get(block)
        if hit is not None:
            return hit
        tk = self.tokenizer
        freq = tk.FREQ
        log_total = math.log(tk.total)
        # Each entry's log(f) - log_total is computed once per process (the first time
        # a block meets it), not at every position of every block; the same float.
        log_prob = self._log_prob
        if self._log_prob_total != tk.total:
            log_prob.clear()
            self._log_prob_total = tk.total
        known = log_prob.get
        n = len(block)
        prob = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        log = math.log
        for idx in range(n - 1, -1, -1):
            # jieba: route[idx] = max((log(FREQ.get(word) or 1) - logtotal +
            # route[x + 1][0], x) for x in DAG[idx]); DAG[idx] = the ends of the
            # dictionary words starting at idx (frequency > 0), or idx alone.
            best = None
            best_x = idx
            i = idx
            frag = block[idx]
            while True:
                lp = known(frag)
                if lp is None:
                    f = freq.get(frag)
                    if f is None:
                        break  # no dictionary word starts with frag
                    lp = log_prob[frag] = log(f) - log_total if f else _NOT_A_WORD
                if lp is not _NOT_A_WORD:
                    p = lp + prob[i + 1]
                    if best is None or p >= best:  # ends ascend: a tie goes to the longer word, as in max()
                        best, best_x = p, i
                i += 1
                if i == n:
                    break
                frag = block[idx : i + 1]
            if best is None:
                best = log(freq.get(block[idx]) or 1) - log_total + prob[idx + 1]
            prob[idx] = best
            nxt[idx] = best_x
        out = []
        x = run = 0
        while x < n:
            y = nxt[x] + 1
            if y - x == 1 and block[x] in _ENG_CHARS:
                run += 1  # single Latin letters and digits are joined
            else:
                if run:
                    out.append(run)
                    run = 0
                out.append(y - x)
            x = y
        if run:
            out.append(run)
        hit = tuple(out)
        if n <= _BLOCK_CACHE_MAX_CHARS:
            if len(self._blocks) >= _BLOCK_CACHE_SIZE:
                self._blocks.clear()
            self._blocks[block] = hit
        return hit

    def cut(self, norm: str) -> list[str]:
        return [norm[s:e] for s, e in self.tokens(norm)]


@dataclass(frozen=True)
class PosModel:
    """What :mod:`pipeline.candidates` needs of ``jieba.posseg``: the part-of-speech
    tag of every word of jieba's dictionary and the HMM that tags unknown characters
    (state table, start, transition and emission probabilities)."""

    word_tag: dict
    char_state: dict
    start: dict
    trans: dict
    emit: dict


@functools.lru_cache(maxsize=1)
def pos_model() -> PosModel:
    """jieba.posseg's tables for jieba's default dictionary, stored
    (:mod:`pipeline.stored`) after the first use: importing ``jieba.posseg`` parses the whole
    dictionary file again (0.4 s), loading the stored tables takes 0.1 s."""
    key = "\n".join([_CACHE_VERSION, jieba.__version__, _dict_identity(None)])
    name = f"posseg-{hashlib.sha256(key.encode()).hexdigest()[:32]}.marshal"
    tables = stored_files.load(name, key)
    if tables:
        return PosModel(*tables)
    import jieba.posseg as pseg

    model = PosModel(pseg.dt.word_tag_tab, pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)
    stored_files.store(name, key, (model.word_tag, model.char_state, model.start, model.trans, model.emit))
    return model


def dictionary_word_at(text: str, k: int) -> tuple[str, str]:
    """The longest word of jieba's default dictionary (four characters at most) that starts
    at ``k`` of ``text``, and its part-of-speech tag; ``("", "")`` when none does."""
    tags = pos_model().word_tag
    for n in (4, 3, 2, 1):
        word = text[k : k + n]
        if len(word) == n and word in tags:
            return word, tags[word]
    return "", ""


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (absolute offsets), whitespace-trimmed.

    A sentence ends after 。！？； (and trailing closing quotes or brackets) or at a
    line break.  Works on the original or the normalised text alike."""
    if end is None:
        end = len(text)
    spans = []
    for m in _SENTENCE_RE.finditer(text, start, end):
        for s, e in _cut_long(text, m.start(), m.end()):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return spans


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most :data:`MAX_SENTENCE_CHARS`."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(ch, start + MAX_SENTENCE_CHARS // 2, limit) for ch in _SOFT_BREAKS)
        cut = cut + 1 if cut >= 0 else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


# The longest parenthesis whose commas do not split a clause
PAREN_CLAUSE_REACH = 40


# A counted group of places right before a dash that lists them (亚洲三国——日本、…)
COUNTED_GROUP_BEFORE = re.compile(r"[0-9一二三四五六七八九十两几多]+个?(?:国|国家|地|城市|城|站|省|州|岛)$")


def clauses(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans inside a sentence: split at commas, colons, semicolons and double
    dashes — not inside a parenthesis closed within PAREN_CLAUSE_REACH characters
    (新冠病毒(又称中共病毒，COVID-19)流行期间: one clause)."""
    spans = []
    s = start
    i = start
    while i < end:
        ch = norm[i]
        if ch in "(（":
            close = next((k for k in range(i + 1, min(end, i + PAREN_CLAUSE_REACH)) if norm[k] in ")）"), -1)
            if close > 0:
                i = close + 1
                continue
        if ch in CLAUSE_END:
            if i > s:
                spans.append((s, i))
            s = i + 1
        elif ch == "—" and i + 1 < end and norm[i + 1] == "—" and not COUNTED_GROUP_BEFORE.search(norm, s, i):
            # a double dash sets off what follows (…对台湾及其军队的支持——美国国务卿…会见…),
            # unless it lists the members of a counted group (访问亚洲三国——日本、蒙古和韩国);
            # one dash alone joins a range (1949—1976年)
            if i > s:
                spans.append((s, i))
            i += 2
            s = i
            continue
        i += 1
    if end > s:
        spans.append((s, end))
    return spans
