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
    def __init__(self, gazetteer):
        self.gazetteer = gazetteer
        self.alias_index = gazetteer.alias_index
        self.max_alias_len = max((len(a) for a in self.alias_index), default=0)

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
                i += 1
                continue
            j, start, end, ids = found
            entity = self.entity(ids[0])
            if entity is not None:
                kind = PERSON if ids[0].startswith("person:") else PLACE
                mentions.append(
                    Mention(
                        type=kind,
                        start=start,
                        end=end,
                        text=text[start:end],
                        canonical_id=entity.id,
                        canonical_name=entity.name,
                        source="gazetteer",
                    )
                )
            i = j + 1
        return mentions
