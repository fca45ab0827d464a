"""Event deduplication, inside a document and across documents.

Takes every :class:`~pipeline.models.EventMention` of a build and returns
:class:`~pipeline.models.Event` s: one per real-world event, each with all the mentions
that report it.  Two passes:

1. inside a document, mentions of one event (a visit told in three sentences of a
   caption) merge in text order; an undated or unplaced mention may join a dated/placed
   one, because the document's own context ties them;
2. across documents, the merged events of different documents join when they have the
   same family, nested participants, the same place and overlapping dates (all stated);
3. an event some documents date by its year only joins the one event other documents
   date inside that year, when there is exactly one such (see ``year_report_of``).

Both passes depend only on the set of mentions, sorted by stable keys, so the result
is the same whatever order documents were processed in (incremental = full rebuild).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from .events import FAMILY, compatible, is_organisation_summit, merge_pair, year_report_of
from .models import Event, EventMention


def _mention_key(m: EventMention):
    return (m.doc_id, m.evidence_start, m.event_type, m.trigger, m.participants)


def merge_in_document(mentions: list[EventMention]) -> list[tuple[EventMention, list[EventMention]]]:
    """Clusters of one document: (merged mention, member mentions) in text order."""
    clusters: list[tuple[EventMention, list[EventMention]]] = []
    for m in sorted(mentions, key=_mention_key):
        for i, (merged, members) in enumerate(clusters):
            if compatible(merged, m, same_document=True):
                clusters[i] = (merge_pair(merged, m), members + [m])
                break
        else:
            clusters.append((m, [m]))
    return clusters


def event_id(m: EventMention) -> str:
    """Deterministic id: a hash of the canonical fields of the representative mention."""
    basis = "|".join([FAMILY[m.event_type], m.status, ";".join(m.participants), m.place_id, m.date_start, m.date_end])
    return "E" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


_ANY_PLACE = "\x00any"


def _keys(m: EventMention) -> list[tuple]:
    """The index keys an event is found under: its family, status and place, for a place
    inside a country also that country (a report at the country's level may join it),
    and for an organisation's summit the same without the place."""
    keys = [(FAMILY[m.event_type], m.status, m.place_id)]
    if m.country and m.place_id != f"country:{m.country}":
        keys.append((FAMILY[m.event_type], m.status, f"country:{m.country}"))
    if is_organisation_summit(m):
        keys.append((FAMILY[m.event_type], m.status, _ANY_PLACE))
    return keys


def dedupe(mentions: list[EventMention]) -> list[Event]:
    by_doc: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc_id].append(m)
    doc_clusters: list[tuple[EventMention, list[EventMention]]] = []
    for doc_id in sorted(by_doc):
        doc_clusters.extend(merge_in_document(by_doc[doc_id]))

    # Across documents: greedy clustering in (doc_id, offset) order.  A document
    # cluster joins the first event it is compatible with.  Only events that share its
    # family, status and place and one of its participants can be (``compatible``
    # across documents needs all of these, and dated mentions, and merging keeps the
    # first three), so each cluster is compared with those alone, in the same order:
    # the same events as comparing with every earlier event, without the quadratic
    # cost on large corpora.
    events: list[tuple[EventMention, list[EventMention], set[str]]] = []
    index: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for merged, members in doc_clusters:
        # A report may also join an event at another level of its place, and an
        # organisation's summit one of another place or none (see ``compatible``):
        # those are found under more keys (see _keys).
        keys = _keys(merged)
        joined = False
        if merged.date_start and merged.participants:
            candidates = {i for key in keys for p in merged.participants for i in index[key].get(p, ())}
            for i in sorted(candidates):
                rep, all_members, docs = events[i]
                if merged.doc_id not in docs and compatible(rep, merged, same_document=False):
                    new_rep = merge_pair(rep, merged)
                    old_keys, old_participants = _keys(rep), set(rep.participants)
                    for key in _keys(new_rep):
                        # a key the event had already lists its old participants
                        for p in set(new_rep.participants) - (old_participants if key in old_keys else set()):
                            index[key][p].append(i)
                    docs.add(merged.doc_id)
                    events[i] = (new_rep, all_members + members, docs)
                    joined = True
                    break
        if not joined:
            for key in keys:
                for p in merged.participants:
                    index[key][p].append(len(events))
            events.append((merged, list(members), {merged.doc_id}))

    events = _join_year_reports(events)

    out = []
    seen: dict[str, int] = {}
    for rep, members, docs in events:
        eid = event_id(rep)
        # Two distinct events can share canonical fields (same people, place and date,
        # different status or wording); keep ids unique and stable.
        n = seen.get(eid, 0)
        seen[eid] = n + 1
        if n:
            eid = f"{eid}-{n + 1}"
        out.append(Event(event_id=eid, mention=rep, doc_ids=tuple(sorted(set(docs))), mentions=tuple(sorted(members, key=_mention_key))))
    return sorted(out, key=lambda ev: (ev.mention.date_start or "9999", ev.mention.doc_id, ev.mention.evidence_start, ev.event_id))


def _join_year_reports(events: list[tuple[EventMention, list[EventMention], set[str]]]):
    """Pass 3: an event dated by its year only (自尼克松1972年访华, in ten articles) joins
    the event other documents date inside that year (1972年2月尼克松访问中国) when it is
    the only one it may be (``year_report_of``); with two or more candidates (特朗普's
    meetings of 2019) it stays apart.  Candidates are looked up by family, status and a
    shared participant; the result depends only on the set of events, not their order."""
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, (rep, _, _) in enumerate(events):
        for p in rep.participants:
            by_key[(FAMILY[rep.event_type], rep.status, p)].append(i)
    target: dict[int, int] = {}
    for i, (rep, _, docs) in enumerate(events):
        if rep.date_precision != "year":
            continue
        candidates = sorted({j for p in rep.participants for j in by_key[(FAMILY[rep.event_type], rep.status, p)]
                             if j != i and not (docs & events[j][2]) and year_report_of(rep, events[j][0])})
        if len(candidates) == 1:
            target[i] = candidates[0]
    if not target:
        return events
    out = []
    for j, (rep, members, docs) in enumerate(events):
        if j in target:
            continue
        for i in sorted(k for k, t in target.items() if t == j):
            year_rep, year_members, year_docs = events[i]
            rep = merge_pair(rep, year_rep)
            members, docs = members + year_members, docs | year_docs
        out.append((rep, members, docs))
    return out
