"""Loading a built dataset back into pandas, ready for analysis.

``load(out_dir)`` reads the CSVs written by ``cnevents build`` and returns a
:class:`Dataset` with ``.documents``, ``.mentions``, ``.events``, ``.event_mentions``
and ``.errors`` DataFrames, and ``.candidates`` (names not in the gazetteers) when the
build wrote ``candidates.csv`` (else None).  Types:

* text columns stay text: ids such as ``000_…`` are never turned into numbers and
  empty cells are empty strings;
* offsets and counts are nullable integers (``Int64``), coordinates and confidence
  ``float64``;
* ``participants`` / ``doc_ids`` are lists of ids;
* closed vocabularies (``type``, ``event_type``, ``status``, ``precision``,
  ``date_precision``, ``script``) are categoricals with every known value as a category,
  so frames from different builds concatenate cleanly; an empty cell is missing (NaN);
* dates keep their ISO strings (``date_start``, ``date_end``: the stated precision is
  information) and gain the inclusive day range as timestamps: ``date_start_dt`` is the
  first day of ``date_start``, ``date_end_dt`` the last day of ``date_end``
  (``2018-04`` … ``2019-08`` → 2018-04-01 … 2019-08-31), ``NaT`` when there is no date.
  Date mentions get the same four columns from their ``value``; documents get
  ``published_dt`` (UTC).  Timestamps have second resolution so that every year the
  date grammar can produce (0001–9999) fits.

Joins are methods: :meth:`Dataset.events_with_documents`,
:meth:`Dataset.event_mentions_with_events`, :meth:`Dataset.mentions_of`,
:meth:`Dataset.events_of`, :meth:`Dataset.mentions_of_event`,
:meth:`Dataset.events_involving`.  :meth:`Dataset.to_spacy` re-reads a document and
returns a spaCy ``Doc`` whose entities are the tagged mentions.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import BuildError
from .events import EVENT_TYPES, STATUSES
from .export import SCHEMAS, unquote_spreadsheet_cell
from .models import DATE, ORG, PERSON, PLACE, PRECISIONS, UNLINKED

log = logging.getLogger(__name__)

# Known values of the categorical columns; values a newer build writes are added, never lost.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "type": (DATE, PLACE, PERSON, ORG),
    "event_type": EVENT_TYPES,
    "status": STATUSES,
    "precision": PRECISIONS,
    "date_precision": PRECISIONS,
    "script": ("simplified", "traditional"),
}

# spaCy labels (OntoNotes scheme, which displacy colours): countries, their subdivisions
# and cities are geopolitical entities (GPE); regions and sites (板门店, 非军事区) are LOC.
PLACE_KIND_LABEL = {"country": "GPE", "admin": "GPE", "city": "GPE", "region": "LOC", "site": "LOC"}

# Every build writes these; load() refuses a folder without them.
CORE_TABLES = ("documents", "mentions", "events", "event_mentions", "errors")
# Tables a build may write (``candidates.csv``: names not in the gazetteers); None when absent,
# e.g. in a folder built before they existed.
OPTIONAL_TABLES = ("candidates",)


# ---------------------------------------------------------------------- gazetteer names
@dataclass(frozen=True)
class Names:
    """Canonical names of the gazetteer entries: ``name`` (Chinese), ``name_en`` and,
    for places, ``kind`` (country, admin, city, site, region)."""

    entries: dict[str, dict[str, str]]

    def chinese(self, canonical_id: str) -> str:
        """Chinese name of an id: the gazetteer's, or the name itself for a person the
        gazetteers do not know (``name:穆雅辛`` → 穆雅辛), else the id."""
        entry = self.entries.get(canonical_id)
        if entry and entry.get("name"):
            return entry["name"]
        if canonical_id.startswith(UNLINKED):
            return canonical_id[len(UNLINKED):]
        return canonical_id

    def kind(self, canonical_id: str) -> str:
        entry = self.entries.get(canonical_id)
        if entry and entry.get("kind"):
            return entry["kind"]
        return "country" if canonical_id.startswith("country:") else ""

    def english(self, canonical_id: str, fallback: str = "") -> str:
        """English name of an id; without an entry, a readable form of the id's slug
        (``person:kim-jong-un`` → ``Kim Jong Un``) so labels are never empty."""
        entry = self.entries.get(canonical_id)
        if entry and entry.get("name_en"):
            return entry["name_en"]
        if not canonical_id:
            return fallback
        slug = canonical_id.rsplit(":", 1)[-1]
        return slug.replace("-", " ").title() if slug else fallback

    def label(self, canonical_id: str) -> str:
        """spaCy label of a place id: GPE or LOC."""
        return PLACE_KIND_LABEL.get(self.kind(canonical_id), "GPE")


def gazetteer_names(gazetteer_dir: str | os.PathLike | None = None) -> Names:
    """Names of every place, person and organisation of a gazetteer folder (default: the one
    ``cnevents build`` uses), re-read when a file changes."""
    from .gazetteer import ORGS_FILE, PERSONS_FILE, PLACES_FILE, resolve_dir

    gdir = resolve_dir(gazetteer_dir)
    state = tuple((p.name, p.stat().st_mtime_ns) for p in (gdir / PLACES_FILE, gdir / PERSONS_FILE, gdir / ORGS_FILE)
                  if p.exists())
    return _names(str(gdir), state)


@functools.lru_cache(maxsize=4)
def _names(gdir: str, state: tuple) -> Names:
    entries: dict[str, dict[str, str]] = {}
    for name, _ in state:
        with open(Path(gdir) / name, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                entries[row["id"]] = {"name": row.get("name", ""), "name_en": row.get("name_en", ""), "kind": row.get("kind", "")}
    return Names(entries)


# ---------------------------------------------------------------------- dates
@functools.lru_cache(maxsize=65536)
def _day_range(value: str) -> tuple[dt.date, dt.date] | None:
    from .dates import value_to_range

    return value_to_range(value)


def _timestamps(days: list[dt.date | None], index) -> pd.Series:
    arr = np.array([np.datetime64(d, "D") if d is not None else np.datetime64("NaT", "D") for d in days], dtype="datetime64[D]")
    return pd.Series(arr.astype("datetime64[s]"), index=index)


def _add_ranges(df: pd.DataFrame, start_col: str, end_col: str) -> None:
    """``date_start_dt`` / ``date_end_dt``: the inclusive day range of two ISO values."""
    starts, ends = [], []
    for a, b in zip(df[start_col], df[end_col]):
        ra = _day_range(a) if a else None
        rb = _day_range(b) if b else ra
        if ra is None and rb is not None:
            ra = rb
        starts.append(ra[0] if ra else None)
        ends.append(rb[1] if rb else None)
    df["date_start_dt"] = _timestamps(starts, df.index)
    df["date_end_dt"] = _timestamps(ends, df.index)


# ---------------------------------------------------------------------- reading
def _categorical(series: pd.Series, known: tuple[str, ...]) -> pd.Series:
    values = [v for v in pd.unique(series) if v]
    cats = list(known) + sorted(v for v in values if v not in known)
    return pd.Categorical(series.where(series != "", None), categories=cats)


def _spreadsheet_safe(out_dir: Path) -> bool:
    """Whether the build quoted formula-like cells (``--spreadsheet-safe``)."""
    try:
        pkg = json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(pkg, dict) and "cnevents:spreadsheet_safe" in pkg


def _read(out_dir: Path, table: str, unquote: bool | None = None) -> pd.DataFrame:
    path = out_dir / f"{table}.csv"
    if not path.exists():
        raise BuildError(f"{path} not found; run `cnevents build --out {out_dir}` first")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if unquote is None:
        unquote = _spreadsheet_safe(out_dir)
    for name, typ, _ in SCHEMAS[table]:
        if name not in df.columns:
            continue
        if typ == "string" and unquote:
            df[name] = df[name].map(unquote_spreadsheet_cell)
        elif typ == "integer":
            df[name] = pd.to_numeric(df[name], errors="coerce").astype("Int64")
        elif typ == "number":
            df[name] = pd.to_numeric(df[name].replace("", None), errors="coerce").astype("float64")
    for name in ("participants", "doc_ids"):
        if name in df.columns:
            df[name] = df[name].map(lambda s: s.split(";") if s else [])
    if "date_start" in df.columns and "date_end" in df.columns:
        _add_ranges(df, "date_start", "date_end")
    if table == "mentions":
        # Date mentions: split the ISO value (an interval a/b or a point) into the same
        # start/end columns as events, so mentions and events compare directly.
        values = [v if t == DATE else "" for v, t in zip(df["value"], df["type"])]
        df["date_start"] = pd.Series([v.split("/")[0] for v in values], index=df.index, dtype=df["value"].dtype)
        df["date_end"] = pd.Series([v.split("/")[-1] for v in values], index=df.index, dtype=df["value"].dtype)
        _add_ranges(df, "date_start", "date_end")
    if table == "documents" and "published" in df.columns:
        df["published_dt"] = pd.to_datetime(df["published"].replace("", None), utc=True, format="ISO8601", errors="coerce")
    for name, known in CATEGORIES.items():
        if name in df.columns:
            df[name] = _categorical(df[name], known)
    return df


def _read_optional(out_dir: Path, table: str) -> pd.DataFrame | None:
    """A table a build may write: typed by its schema when export.SCHEMAS has one, else
    read as text with columns that hold only whole numbers as integers."""
    path = out_dir / f"{table}.csv"
    if not path.exists():
        return None
    if table in SCHEMAS:
        return _read(out_dir, table)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for name in df.columns:
        col = df[name]
        if len(col) and col.str.fullmatch(r"-?\d+").all():
            df[name] = pd.to_numeric(col).astype("Int64")
    return df


# ---------------------------------------------------------------------- the dataset
@dataclass
class Dataset:
    """The tables of one build plus joins and spaCy export (see the module docstring)."""

    documents: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    event_mentions: pd.DataFrame
    errors: pd.DataFrame
    out_dir: Path
    candidates: pd.DataFrame | None = None
    source_root: Path | None = None
    extra: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)
    _docs: dict = field(default_factory=dict, repr=False, compare=False)

    def __repr__(self) -> str:
        return (
            f"Dataset({self.out_dir}: {len(self.documents)} documents, {len(self.mentions)} mentions, "
            f"{len(self.events)} events, {len(self.errors)} errors)"
        )

    # -- joins -------------------------------------------------------------------------
    def events_with_documents(self) -> pd.DataFrame:
        """One row per (event, reporting document): the event's columns, ``doc_id``, and
        the document's columns (``title``, ``source``, ``published``, ``url`` …)."""
        rows = self.events.explode("doc_ids").rename(columns={"doc_ids": "doc_id"})
        rows = rows[rows["doc_id"].notna()]
        return rows.merge(self.documents, on="doc_id", how="left", suffixes=("", "_doc")).reset_index(drop=True)

    def event_mentions_with_events(self) -> pd.DataFrame:
        """Every event mention (one per reporting sentence) with its merged event's
        columns, suffixed ``_event`` where the names clash."""
        return self.event_mentions.merge(self.events, on="event_id", how="left", suffixes=("", "_event"))

    def mentions_of(self, doc_id: str, type: str | None = None) -> pd.DataFrame:  # noqa: A002 - the column's name
        """Mentions of one document in text order, optionally of one ``type``
        (DATE, PLACE, PERSON)."""
        m = self.mentions[self.mentions["doc_id"] == doc_id]
        if type is not None:
            m = m[m["type"] == type]
        return m

    def events_of(self, doc_id: str) -> pd.DataFrame:
        """Events that document ``doc_id`` reports (its own evidence or merged from it)."""
        return self.events[self.events["doc_ids"].map(lambda ids: doc_id in ids)]

    def mentions_of_event(self, event_id: str) -> pd.DataFrame:
        """Mentions inside the evidence sentences of an event, in every document that
        reports it: the dates, places and persons the event was assembled from."""
        ems = self.event_mentions[self.event_mentions["event_id"] == event_id]
        keep = pd.Series(False, index=self.mentions.index)
        for doc_id, start, end in ems[["doc_id", "evidence_start", "evidence_end"]].drop_duplicates().itertuples(index=False):
            keep |= (self.mentions["doc_id"] == doc_id) & (self.mentions["start"] >= start) & (self.mentions["end"] <= end)
        return self.mentions[keep.fillna(False).astype(bool)]

    def events_involving(self, canonical_id: str) -> pd.DataFrame:
        """Events where a person takes part (actor or participant) or that happen at a
        place (``place_id``) or in a country (``country:XX``)."""
        ev = self.events
        mask = ev["participants"].map(lambda ps: canonical_id in ps) | (ev["actor_id"] == canonical_id)
        mask |= ev["place_id"] == canonical_id
        if canonical_id.startswith("country:"):
            mask |= ev["country"] == canonical_id.split(":", 1)[1]
        return ev[mask]

    # -- documents and spaCy -----------------------------------------------------------
    def document(self, doc_id: str):
        """The cleaned :class:`pipeline.models.Document` of ``doc_id``, re-read from its
        ``path`` (cached).  Raises BuildError when the file cannot be found."""
        if doc_id in self._docs:
            return self._docs[doc_id]
        from .clean import read_document

        rows = self.documents[self.documents["doc_id"] == doc_id]
        if rows.empty:
            raise BuildError(f"no document {doc_id!r} in {self.out_dir / 'documents.csv'}")
        row = rows.iloc[0]
        path = self._resolve(row["path"])
        doc = read_document(path, doc_id)
        if row["sha256"] and doc.sha256 != row["sha256"]:
            log.warning("%s changed since the build (sha256 differs); offsets may not match — rebuild", path)
        self._docs[doc_id] = doc
        return doc

    def _resolve(self, given: str) -> Path:
        """Input paths are stored as given to ``cnevents build`` (usually relative to the
        folder it ran in); try the source root, the working directory, and the folders
        around the output directory."""
        p = Path(given)
        if p.is_absolute():
            tried = [p]
        else:
            roots = [self.source_root] if self.source_root else []
            roots += [Path.cwd(), self.out_dir.resolve().parent, self.out_dir.resolve()]
            tried = [r / p for r in roots]
        for candidate in tried:
            if candidate.is_file():
                return candidate
        raise BuildError(
            f"cannot find {given} (tried {', '.join(str(t) for t in tried)}); "
            "pass load(..., source_root=FOLDER_THE_BUILD_RAN_IN)"
        )

    def to_spacy(self, doc_id: str, nlp=None, gazetteer_dir=None):
        """A spaCy ``Doc`` of the cleaned text of ``doc_id`` whose ``ents`` are the
        tagged mentions: PERSON, ORG (international organisations), GPE (countries,
        their subdivisions, cities) or LOC (regions, sites) for places, DATE for dates; ``kb_id_`` holds the canonical id
        (the ISO value for dates).  ``doc.spans["mentions"]`` keeps every mention even
        where two overlap, ``doc.spans["events"]`` the evidence sentences (label = event
        type, ``kb_id_`` = event id); ``doc.user_data`` has doc_id, title, url, published.

        ``nlp`` defaults to ``spacy.blank("zh")`` (character segmentation, nothing to
        download); any pipeline whose tokenizer splits at mention boundaries works.
        Renders with ``spacy.displacy.render(doc, style="ent")``."""
        from spacy.util import filter_spans

        document = self.document(doc_id)
        text = document.text
        nlp = nlp if nlp is not None else _blank_zh()
        doc = nlp.make_doc(text)
        names = gazetteer_names(gazetteer_dir)
        spans = []
        for m in self.mentions_of(doc_id).itertuples(index=False):
            start, end = int(m.start), int(m.end)
            if text[start:end] != m.text:
                raise BuildError(
                    f"mention {m.mention_id} ({m.text!r}) does not match the text of {doc_id} at {start}:{end}; "
                    "the document changed since the build — rebuild"
                )
            label = m.type if m.type != PLACE else names.label(m.canonical_id)
            kb_id = m.canonical_id if m.type != DATE else m.value
            span = doc.char_span(start, end, label=label, kb_id=kb_id)
            if span is None:
                # Only with a tokenizer that does not split at the mention's boundaries.
                span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
                log.info("mention %s expanded to token boundaries: %r", m.mention_id, span.text if span is not None else None)
            if span is not None:
                spans.append(span)
        ents = filter_spans(spans)
        if len(ents) < len(spans):
            log.info("%s: %d overlapping mentions kept only in doc.spans['mentions']", doc_id, len(spans) - len(ents))
        doc.ents = ents
        doc.spans["mentions"] = spans
        events, triggers = [], []
        for em in self.event_mentions[self.event_mentions["doc_id"] == doc_id].itertuples(index=False):
            span = doc.char_span(int(em.evidence_start), int(em.evidence_end), label=str(em.event_type),
                                 kb_id=em.event_id, alignment_mode="expand")
            if span is not None:
                events.append(span)
            # (tables of builds before the trigger offsets were written have none)
            start, end = (getattr(em, k, None) for k in ("trigger_start", "trigger_end"))
            start, end = (-1 if v is None or pd.isna(v) else int(v) for v in (start, end))
            if 0 <= start < end:
                span = doc.char_span(start, end, label=str(em.event_type), kb_id=em.event_id, alignment_mode="expand")
                if span is not None:
                    triggers.append(span)
        doc.spans["events"] = events
        doc.spans["triggers"] = triggers
        row = self.documents[self.documents["doc_id"] == doc_id].iloc[0]
        doc.user_data.update({"doc_id": doc_id, "title": row["title"], "url": row["url"], "published": row["published"]})
        # displacy shows user_data["title"] above the rendering.
        return doc


@functools.lru_cache(maxsize=1)
def _blank_zh():
    import spacy

    # The default Chinese segmenter of a blank pipeline is per character: no model, no
    # download, and every character offset is a token boundary.
    return spacy.blank("zh")


def load(out_dir="outputs", source_root=None) -> Dataset:
    """Load a built dataset; ``source_root`` is the folder ``cnevents build`` ran in
    (only needed for :meth:`Dataset.to_spacy` / :meth:`Dataset.document` when the
    stored relative input paths do not resolve from here)."""
    out_dir = Path(out_dir)
    # A build killed while moving its files into place left a journal: finish it, so
    # the tables read here all come from one build.
    from .build import recover_outputs

    recover_outputs(out_dir)
    tables = {t: _read(out_dir, t) for t in CORE_TABLES}
    optional = {t: _read_optional(out_dir, t) for t in OPTIONAL_TABLES}
    # Tables of newer schemas this version does not know as attributes stay reachable.
    extra = {t: df for t in SCHEMAS if t not in CORE_TABLES + OPTIONAL_TABLES
             if (df := _read_optional(out_dir, t)) is not None}
    return Dataset(**tables, **optional, out_dir=out_dir, source_root=Path(source_root) if source_root else None,
                   extra=extra)


def data_fingerprint(ds: Dataset) -> str:
    """A short hash of the dataset's CSV files (for report footers and caches)."""
    h = hashlib.sha256()
    for table in sorted(set(CORE_TABLES) | set(OPTIONAL_TABLES) | set(SCHEMAS)):
        path = ds.out_dir / f"{table}.csv"
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()[:12]
