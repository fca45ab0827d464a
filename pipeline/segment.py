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


# Bump when add_name's frequency rule or the stored layout changes: stored tokenizers
# of an older rule are then not reused.
_CACHE_VERSION = "2"


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
        self.names: set[str] = set()
        self._added: list[tuple[str, int]] = []
        wanted = sorted(set(names))
        key = self._cache_key(wanted)
        if use_cache and self._load(key):
            return
        self.tokenizer.initialize()
        for name in wanted:
            self.add_name(name)
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
        self.names.add(name)
        self._added.append((name, max(freq, NAME_FREQ_FLOOR)))

    def tokens(self, norm: str) -> list[tuple[int, int]]:
        """Token offsets of ``norm`` (HMM off: names come from the dictionary, and the
        HMM would glue unknown characters to them)."""
        out: list[tuple[int, int]] = []
        pos = 0
        words = self.tokenizer.cut(norm, HMM=False)
        while True:
            # 4,096 words at a time: offsets by accumulate (no per-word Python work), and
            # the document's time budget checked between batches
            batch = list(itertools.islice(words, 4096))
            if not batch:
                return out
            ends = list(itertools.accumulate(map(len, batch), initial=pos))
            out.extend(zip(ends, ends[1:]))
            pos = ends[-1]
            deadline.check("segmenting")

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


def clauses(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans inside a sentence: split at commas, colons and semicolons."""
    spans = []
    s = start
    for i in range(start, end):
        if norm[i] in CLAUSE_END:
            if i > s:
                spans.append((s, i))
            s = i + 1
    if end > s:
        spans.append((s, end))
    return spans
