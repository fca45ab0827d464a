"""Frozen dataclasses passed between the pipeline stages.

Data flows one way: ``read`` produces a :class:`RawDoc`, ``clean`` a :class:`Document`
(cleaned text split into :class:`Block` s), the taggers produce :class:`Mention` s, and
``events`` produces :class:`Event` s.  Every character offset in a mention or an event
points into ``Document.text`` (the cleaned text in the page's own script, end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Mention types
DATE = "DATE"
PLACE = "PLACE"
PERSON = "PERSON"
ORG = "ORG"  # an international organisation of gazetteers/organisations.csv
# Id prefix of event participants the gazetteers do not know: name:阿札尔
UNLINKED = "name:"

# Date precisions.  ``unresolved`` marks a relative expression (今天, 4年前 …) that could
# not be resolved because the document has no publication date.
PRECISIONS = ("day", "month", "year", "decade", "unresolved")


@dataclass(frozen=True)
class RawDoc:
    """A decoded input file with the metadata found in its container format.

    ``body`` is the part of the decoded text that holds the article (HTML, Markdown or
    plain text) once the container header (dutymachine comment, front matter…) is gone.
    """

    path: str
    sha256: str
    n_bytes: int
    encoding: str
    format: str  # dutymachine | html | markdown | text
    body: str
    body_kind: str  # html | markdown | text
    title: str = ""
    url: str = ""
    source: str = ""
    published: str = ""  # ISO 8601 or ""
    author: str = ""
    replacements: int = 0  # undecodable bytes replaced with U+FFFD
    published_source: str = ""  # where ``published`` came from: archive | front_matter | header


@dataclass(frozen=True)
class Block:
    """A structural unit of the cleaned text: ``text == Document.text[start:end]``.

    ``kind`` is one of title, heading, paragraph, caption, quote, table.  A gallery caption
    keeps its bold heading inside the block; ``heading_end`` is the offset (relative to
    the document) where that heading ends, or equal to ``start`` when there is none.
    ``embedded`` marks the heading and captions of a gallery the outlet embeds from
    elsewhere (DW's 相关图集): written at another time than the article, so relative
    dates in them (今年, 上周五) have no known reference.
    """

    kind: str
    text: str
    start: int
    end: int
    heading_end: int = -1
    embedded: bool = False

    @property
    def heading(self) -> str:
        if self.heading_end <= self.start:
            return ""
        return self.text[: self.heading_end - self.start]


@dataclass(frozen=True)
class Document:
    """A cleaned document.  ``norm`` is the matching twin of ``text``: simplified script,
    half-width digits and punctuation, and exactly the same length, so offsets found on
    ``norm`` are valid on ``text``."""

    doc_id: str
    path: str
    sha256: str
    encoding: str
    format: str
    title: str
    url: str
    source: str
    published: str
    author: str
    script: str  # simplified | traditional
    text: str
    norm: str
    blocks: tuple[Block, ...]
    # which signal gave ``published``: front_matter | jsonld | meta | time | byline | header |
    # dateline | archive | url ("" when there is none)
    published_source: str = ""

    @property
    def n_chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Mention:
    """A span of ``Document.text`` tagged as a DATE, PLACE, PERSON or ORG.

    For dates ``value`` is ISO 8601 (``2018-03-25``, ``2018-03``, ``2018``, an interval
    ``2018-03-25/2018-03-28``) or empty when unresolved; ``precision`` is one of
    :data:`PRECISIONS`.  For places, persons and organisations ``canonical_id`` / ``canonical_name``
    point into the gazetteers.
    """

    type: str
    start: int
    end: int
    text: str
    canonical_id: str = ""
    canonical_name: str = ""
    value: str = ""
    precision: str = ""
    source: str = "rule"  # how it was found: gazetteer, rule, heading, …


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    kind: str  # country | admin | city | site | region
    country: str  # ISO 3166-1 alpha-2, "" for supranational regions
    latitude: float | None
    longitude: float | None
    geonames_id: str = ""
    wikidata: str = ""
    population: int = 0
    capital: bool = False  # the capital city of its country (places.csv ``capital``)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    role: str
    country: str
    wikidata: str = ""
    died: int | None = None  # the year of death, for people of the past (persons.csv ``died``)


@dataclass(frozen=True)
class Organisation:
    """An international organisation, forum or organ (联合国, 欧盟, 东盟, 二十国集团), or a
    non-governmental organisation (人权观察, 无国界记者)."""

    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    kind: str  # organisation | forum | organ | ngo
    wikidata: str = ""


@dataclass(frozen=True)
class EventMention:
    """One event as stated in one document (before cross-document merging)."""

    doc_id: str
    event_type: str
    status: str  # occurred | planned | proposed | cancelled
    trigger: str
    actor_id: str
    actor_name: str
    participants: tuple[str, ...]  # canonical person and organisation ids, actor included, sorted
    place_id: str
    place_name: str
    country: str
    latitude: float | None
    longitude: float | None
    date_start: str
    date_end: str
    date_precision: str
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    provenance: tuple[tuple[str, str], ...] = field(default=())  # (slot, where it came from)
    plover: str = ""
    cameo: str = ""
    trigger_start: int = -1  # the trigger word's offsets in the cleaned text (-1: unknown)
    trigger_end: int = -1


@dataclass(frozen=True)
class Event:
    """A real-world event, possibly reported by several documents."""

    event_id: str
    mention: EventMention  # the representative mention (earliest doc, earliest offset)
    doc_ids: tuple[str, ...]
    mentions: tuple[EventMention, ...]
