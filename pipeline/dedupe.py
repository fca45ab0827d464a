"""Event deduplication, inside a document and across documents.

Takes every :class:`~pipeline.models.EventMention` of a build and returns
:class:`~pipeline.models.Event` s: one per real-world event, each with all the mentions
that report it.  Two passes:

1. inside a document, mentions of one event (a visit told in three sentences of a
   caption) merge in text order; an undated or unplaced mention may join a dated/placed
   one, because the document's own context ties them;
2. across documents, the merged events of different documents join when they have the
   same family, nested participants, the same place and overlapping dates (all stated);
3. an event some documents date by a rough time only (a year, a season, a stretch of
   months) joins the one event other documents date inside it by a day or a month, when
   there is exactly one such (see ``rough_report_of``).

Both passes depend only on the set of mentions, sorted by stable keys, so the result
is the same whatever order documents were processed in (incremental = full rebuild).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import replace

from .events import (FAMILY, MAX_MERGE_SPAN_DAYS, _date_range, compatible, is_organisation_summit, merge_pair, rough_report_of,
                     undated_view, windowed)
from .models import Event, EventMention


def _mention_key(m: EventMention):
    return (m.doc_id, m.evidence_start, m.event_type, m.trigger, m.participants, m.trigger_start)


def merge_in_document(mentions: list[EventMention]) -> list[tuple[EventMention, list[EventMention]]]:
    """Clusters of one document: (merged mention, member mentions) in text order.

    Mentions dated by a news window only (see :func:`pipeline.events.windowed`) are
    merged as the undated mentions they are; a cluster that no member dates of its own
    takes the window back."""
    clusters: list[tuple[EventMention, list[EventMention]]] = []
    views = [(m, undated_view(m)) for m in sorted(mentions, key=_mention_key)]
    # Dated mentions first, then the undated ones: an undated mention joins a dated
    # event only when it can be one alone (连战也曾与到访台湾的达赖喇嘛见面 is none of the
    # Dalai Lama's visits of 2001 and 2009 the article dates), else the undated ones.
    for m, view in [mv for mv in views if mv[1].date_start] + [mv for mv in views if not mv[1].date_start]:
        fits = [i for i, (merged, _) in enumerate(clusters) if compatible(merged, view, same_document=True)]
        if not view.date_start:
            dated = [i for i in fits if clusters[i][0].date_start]
            if len(dated) > 1:  # (of one type first: the summit, not a dinner held at it)
                dated = [i for i in dated if clusters[i][0].event_type == view.event_type]
            fits = dated if len(dated) == 1 else [i for i in fits if not clusters[i][0].date_start]
        if fits:
            merged, members = clusters[fits[0]]
            clusters[fits[0]] = (merge_pair(merged, view), members + [m])
        else:
            clusters.append((view, [m]))
    clusters.sort(key=lambda c: min(_mention_key(m) for m in c[1]))
    out = []
    for merged, members in clusters:
        if not merged.date_start:
            window = next((m for m in members if windowed(m)), None)
            if window is not None:
                merged = replace(merged, date_start=window.date_start, date_end=window.date_end,
                                 date_precision=window.date_precision,
                                 provenance=tuple(sorted({**dict(merged.provenance), "window": "news"}.items())))
        out.append((merged, members))
    return out


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
    # (reports dated by a news window only come last: they join the events the others
    # date, which a window's days would otherwise shape, see merge_pair)
    for merged, members in sorted(doc_clusters, key=lambda c: windowed(c[0])):
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

    events = _join_rough_reports(events)

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


def _join_rough_reports(events: list[tuple[EventMention, list[EventMention], set[str]]]):
    """Pass 3: an event dated by a rough time only (自尼克松1972年访华, in ten articles;
    2016年秋天中国主办G20峰会) joins the event other documents date inside it (1972年2月尼克松
    访问中国) when it is the only one it may be (``rough_report_of``); with two or more
    candidates (特朗普's meetings of 2019) it stays apart.  Candidates are looked up by
    family, status and a shared participant; the result depends only on the set of
    events, not their order."""
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, (rep, _, _) in enumerate(events):
        for p in rep.participants:
            by_key[(FAMILY[rep.event_type], rep.status, p)].append(i)
    target: dict[int, int] = {}

    def final(i: int) -> int:
        # (a year may join a season that joins a day: 2015年, 2015年秋天, 2015年10月20日;
        # each step is finer, so the chain ends)
        while i in target:
            i = target[i]
        return i

    # finest first, so that a coarser report sees the finer ones already joined: two
    # candidates that are one event (2019年2月于河内 and 去年初在越南河内) are one candidate
    ranges = {i: r for i, (rep, _, _) in enumerate(events)
              if rep.date_start and rep.date_precision != "decade" and (r := _date_range(rep.date_start, rep.date_end)) is not None}
    spans = {i: (r[1] - r[0]).days + 1 for i, r in ranges.items()}
    for i in sorted((k for k in spans if spans[k] > MAX_MERGE_SPAN_DAYS), key=lambda k: (spans[k], k)):
        rep, _, docs = events[i]
        (lo, hi), span = ranges[i], spans[i]
        # (the dates first, cheaply: a candidate lies inside and is shorter)
        candidates = {final(j) for p in rep.participants for j in by_key[(FAMILY[rep.event_type], rep.status, p)]
                      if j != i and j in spans and spans[j] < span and lo <= ranges[j][0] and ranges[j][1] <= hi
                      and not (docs & events[j][2]) and rough_report_of(rep, events[j][0])}
        candidates.discard(i)
        if len(candidates) == 1:
            target[i] = candidates.pop()
    if not target:
        return events

    out = []
    for j, (rep, members, docs) in enumerate(events):
        if j in target:
            continue
        for i in sorted(k for k in target if final(k) == j):
            rough_rep, rough_members, rough_docs = events[i]
            rep = merge_pair(rep, rough_rep)
            members, docs = members + rough_members, docs | rough_docs
        out.append((rep, members, docs))
    return out
