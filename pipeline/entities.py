"""Place and person tagging against the gazetteers.

Takes a text, its matching twin and its jieba tokens (see :mod:`pipeline.segment`) and
returns :class:`~pipeline.models.Mention` s of type PLACE and PERSON with canonical ids.

Matching is on tokens: a gazetteer alias matches only where it covers whole tokens, so
河内 inside a longer word is not a match.  Because every alias was added to our own
tokenizer, names come out as single tokens; sequences of up to ``MAX_TOKENS`` tokens are
still tried (longest first) for names jieba splits anyway.  When an alias belongs to
several entries, the gazetteer's ranking (see ``gazetteers/README.md``) picks one.
"""

from __future__ import annotations

import logging

from .models import PERSON, PLACE, Mention

log = logging.getLogger(__name__)

MAX_TOKENS = 6  # 唐纳德·特朗普 is three tokens


class EntityTagger:
    """``suffixes``: title words (总统, 总理 …).  jieba's own dictionary holds compounds
    such as 德国总理 and 法国巴黎; a token that is not a name itself but splits into
    name + name or name + title is read as its parts."""

    def __init__(self, gazetteer, suffixes=()):
        self.gazetteer = gazetteer
        self.alias_index = gazetteer.alias_index
        self.max_alias_len = max((len(a) for a in self.alias_index), default=0)
        self.suffixes = frozenset(suffixes)

    def _split_compound(self, norm: str, start: int, end: int) -> list[tuple[int, int]]:
        word = norm[start:end]
        for k in range(len(word) - 1, 1, -1):
            head, tail = word[:k], word[k:]
            if head in self.alias_index and (tail in self.alias_index or tail in self.suffixes):
                parts = [(start, start + k)]
                if tail in self.alias_index:
                    parts.append((start + k, end))
                return parts
        return []

    def entity(self, entity_id: str):
        return self.gazetteer.places.get(entity_id) or self.gazetteer.persons.get(entity_id)

    def tag(self, text: str, norm: str, tokens: list[tuple[int, int]]) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        n = len(tokens)
        while i < n:
            found = None
            # Longest match over up to MAX_TOKENS whole tokens.
            for j in range(min(n, i + MAX_TOKENS) - 1, i - 1, -1):
                start, end = tokens[i][0], tokens[j][1]
                if end - start > self.max_alias_len:
                    continue
                ids = self.alias_index.get(norm[start:end])
                if ids:
                    found = (j, start, end, ids)
                    break
            if found is None:
                for start, end in self._split_compound(norm, *tokens[i]):
                    mention = self._mention(text, start, end, self.alias_index[norm[start:end]])
                    if mention is not None:
                        mentions.append(mention)
                i += 1
                continue
            j, start, end, ids = found
            mention = self._mention(text, start, end, ids)
            if mention is not None:
                mentions.append(mention)
            i = j + 1
        return mentions

    def _mention(self, text: str, start: int, end: int, ids: list[str]) -> Mention | None:
        entity = self.entity(ids[0])
        if entity is None:
            return None
        return Mention(
            type=PERSON if ids[0].startswith("person:") else PLACE,
            start=start,
            end=end,
            text=text[start:end],
            canonical_id=entity.id,
            canonical_name=entity.name,
            source="gazetteer",
        )
