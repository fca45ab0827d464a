"""Export: deterministic CSVs, datapackage.json and optional Parquet, written atomically.

Takes the rows of a build (documents, mentions, events, event mentions, candidates,
errors) and writes them under the output directory.  Same inputs → byte-identical files: rows are
sorted by stable keys, UTF-8 without BOM, ``\\n`` line ends, fixed column order, floats
with fixed precision, and no timestamp of the run inside any data file.

Writes are crash-consistent as a set: every new file is first written in full to a
temporary file beside its target (fsynced), then a journal (``.cnevents-commit.json``)
lists the renames, then each temporary file is moved into place with ``os.replace``
and the journal is removed.  A build killed before the journal exists leaves the
previous outputs untouched; one killed during the renames leaves a journal, and the
next build or :func:`recover` (called by ``pipeline.load``) finishes the renames, so
readers never combine tables of two different builds.

Spreadsheet formula injection: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return can run as a formula when a CSV is opened in Excel or LibreOffice.
By default the CSVs hold the data exactly (pandas, R and Frictionless readers need the
real text) and :func:`write_outputs` counts such cells so the CLI can warn.  With
``spreadsheet_safe=True`` every string cell that starts with one of those characters,
or with ``'``, gets a ``'`` in front (OWASP's advice); ``datapackage.json`` records this
and ``pipeline.load`` removes exactly one leading ``'`` again, so the data stays exact
for pandas users either way.  Parquet files always hold the exact data.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import operator
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

# (name, type, description) per column; the order is the CSV column order.
SCHEMAS: dict[str, list[tuple[str, str, str]]] = {
    "documents": [
        ("doc_id", "string", "Document id: the input path relative to its input root, without extension"),
        ("path", "string", "Input path as given on the command line (joined with the file's relative path)"),
        ("source", "string", "Outlet code from the URL host (dw, bbc, rfa…) or the page's 来源 line; empty if unknown"),
        ("url", "string", "Article URL, empty if unknown"),
        ("title", "string", "Article title"),
        ("published", "string", "Publication time, ISO 8601 (date or UTC date-time); empty if the page states none"),
        ("script", "string", "simplified or traditional"),
        ("n_chars", "integer", "Length of the cleaned text in characters"),
        ("sha256", "string", "SHA-256 of the raw input bytes"),
        ("encoding", "string", "Detected encoding of the input"),
        ("format", "string", "Detected input format: dutymachine, html, markdown, text"),
        ("author", "string", "Author when stated"),
        ("published_source", "string", "Where the publication date came from: a signal of the page (archive, byline, dateline, meta, jsonld, time, front_matter, header, url), sidecar, option, or empty"),
    ],
    "mentions": [
        ("doc_id", "string", "Document id (documents.csv)"),
        ("mention_id", "string", "Mention id, unique: doc_id + ':' + running number in text order"),
        ("type", "string", "DATE, PLACE, PERSON or ORG (an international organisation of gazetteers/organisations.csv)"),
        ("start", "integer", "Start offset in the cleaned text (characters, 0-based)"),
        ("end", "integer", "End offset in the cleaned text (exclusive)"),
        ("text", "string", "The mention as written (cleaned text[start:end])"),
        ("canonical_id", "string", "Gazetteer id for places, persons and organisations; empty for a candidate (a name not in the gazetteers, counted in candidates.csv)"),
        ("canonical_name", "string", "Canonical (simplified Chinese) name for places, persons and organisations"),
        ("value", "string", "Dates: ISO 8601 value (2018-03-25, 2018-03, 2018, or an interval a/b); empty when unresolved"),
        ("precision", "string", "Dates: day, month, year, decade, or unresolved (relative date, no publication date)"),
        ("sentence", "string", "The sentence that contains the mention"),
    ],
    "events": [
        ("event_id", "string", "Deterministic event id (hash of the canonical fields)"),
        ("event_type", "string", "visit, meeting, summit, letter, statement, agreement, other"),
        ("status", "string", "occurred, planned, proposed or cancelled"),
        ("actor_id", "string", "Canonical id of who travels / initiates: a person, name:<name> for a person not in the gazetteers, or, where no person acts, an organisation (org:eu) or a state (country:US)"),
        ("actor_name", "string", "Canonical name of the actor"),
        ("participants", "string", "';'-joined canonical ids of all participants, actor included, sorted: persons, name:<name> for persons not in the gazetteers, organisations (org:g20 for a G20 summit), states where they are the parties (country:CN;country:US)"),
        ("place_id", "string", "Canonical id of where the event happened"),
        ("place_name", "string", "Canonical name of the place"),
        ("country", "string", "ISO 3166-1 alpha-2 country of the place (a former state has the code it carried: SU, YU, CS, DD)"),
        ("latitude", "number", "Latitude of the place (WGS84), empty if unknown"),
        ("longitude", "number", "Longitude of the place (WGS84), empty if unknown"),
        ("date_start", "string", "Start date, ISO 8601 at the stated precision"),
        ("date_end", "string", "End date (inclusive), ISO 8601 at the stated precision"),
        ("date_precision", "string", "day, month, year or decade"),
        ("doc_ids", "string", "';'-joined ids of the documents that report the event"),
        ("n_documents", "integer", "Number of documents that report the event"),
        ("evidence_doc_id", "string", "Document of the evidence sentence"),
        ("evidence", "string", "The sentence that states the event"),
        ("evidence_start", "integer", "Start offset of the evidence in that document's cleaned text"),
        ("evidence_end", "integer", "End offset (exclusive)"),
        ("confidence", "number", "Confidence in [0, 1] from trigger strength and the roles, date and place found (README)"),
        ("trigger", "string", "The trigger word of the evidence"),
        ("trigger_start", "integer", "Start offset of the trigger word in the evidence document's cleaned text"),
        ("trigger_end", "integer", "End offset of the trigger word (exclusive)"),
        ("plover", "string", "PLOVER event type of the trigger (empty where none fits)"),
        ("cameo", "string", "CAMEO code of the trigger"),
        ("flags", "string", "';'-joined notes on how to read the row, empty for most: repeated (several events told at once, 曾三度访台), news-window (dated only by the 30 days before its report's publication), private-trip (a private person's trip), domestic-trip (a national official's trip at home), quoted (told in quoted speech)"),
    ],
    "event_mentions": [
        ("event_id", "string", "Event id (events.csv)"),
        ("doc_id", "string", "Document id"),
        ("event_type", "string", "Type as stated in this sentence"),
        ("status", "string", "occurred, planned, proposed or cancelled"),
        ("trigger", "string", "Trigger word"),
        ("trigger_start", "integer", "Start offset of the trigger word in the cleaned text (a sentence naming the event twice has a row for each)"),
        ("trigger_end", "integer", "End offset of the trigger word (exclusive)"),
        ("actor_id", "string", "Actor found in this sentence"),
        ("participants", "string", "';'-joined participant ids found for this mention"),
        ("place_id", "string", "Place found for this mention"),
        ("date_start", "string", "Start date found for this mention"),
        ("date_end", "string", "End date found for this mention"),
        ("date_precision", "string", "Precision of the date"),
        ("evidence", "string", "The sentence"),
        ("evidence_start", "integer", "Start offset in the cleaned text"),
        ("evidence_end", "integer", "End offset (exclusive)"),
        ("confidence", "number", "Confidence of this mention"),
        ("provenance", "string", "Where each slot came from, e.g. actor=clause;date=heading;place=destination"),
    ],
    "candidates": [
        ("rank", "integer", "1 = most frequent: by count, then number of documents, type and text"),
        ("type", "string", "PERSON or PLACE"),
        ("text", "string", "The name as most often written (candidates are grouped by their simplified form)"),
        ("count", "integer", "Mentions of the name in the build"),
        ("n_documents", "integer", "Documents that mention it"),
        ("cue", "string", "What found it most often: title:<title> (美国总统X), after:<title> (X先生), dot (迈克·蓬佩奥), nr (jieba's name model in a sentence with a title or event trigger), suffix:<suffix> (X县), surname+place (张高雄)"),
        ("variants", "string", "'|'-joined other spellings of the name (traditional script …)"),
        ("example_doc_id", "string", "Document of the example (the first mention found by the most frequent cue)"),
        ("example_sentence", "string", "The sentence of the example"),
    ],
    "errors": [
        ("path", "string", "Input path"),
        ("stage", "string", "Stage that failed: read, clean, annotate…"),
        ("error_type", "string", "Error class (pipeline.errors)"),
        ("message", "string", "What went wrong and what to do"),
    ],
}

SORT_KEYS = {
    "documents": ("doc_id",),
    "mentions": ("doc_id", "start", "end", "type"),
    "events": ("date_start", "evidence_doc_id", "evidence_start", "event_id"),
    "event_mentions": ("event_id", "doc_id", "evidence_start", "trigger"),
    "candidates": ("rank",),
    "errors": ("path", "stage"),
}

INT_FIELDS = {name for cols in SCHEMAS.values() for name, typ, _ in cols if typ == "integer"}
STRING_FIELDS = {table: {name for name, typ, _ in cols if typ == "string"} for table, cols in SCHEMAS.items()}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# First characters of the cells the spreadsheet-safe mode quotes: formula starts and
# the quote itself (so that removing one leading ' is exact).
_QUOTED_START = "".join(FORMULA_START) + "'"
JOURNAL = ".cnevents-commit.json"
OUTPUT_NAMES = [f"{t}.{ext}" for t in SCHEMAS for ext in ("csv", "parquet")] + ["datapackage.json", JOURNAL]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".") if value == value else ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return str(value)


def _sorted(table: str, rows: list[dict]) -> list[dict]:
    """Rows in the table's order (:func:`_sort_key`).  When every key field already has
    its schema's type (ints for integer fields, strings for the others: the normal
    case) the fields themselves are the key, which gives the same order much faster."""
    names = SORT_KEYS[table]
    try:
        for name in names:  # the type check runs in C (map), not row by row in Python
            if set(map(type, map(operator.itemgetter(name), rows))) - {int if name in INT_FIELDS else str}:
                raise TypeError(name)
    except (KeyError, TypeError):
        return sorted(rows, key=lambda r: _sort_key(table, r))
    return sorted(rows, key=operator.itemgetter(*names) if len(names) > 1 else (lambda r: r[names[0]]))


def _sort_key(table: str, row: dict):
    key = []
    for name in SORT_KEYS[table]:
        v = row.get(name, "")
        key.append((0, int(v), "") if name in INT_FIELDS and v not in ("", None) else (1, 0, _cell(v)))
    return tuple(key)


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old or the new file, never
    a part: a complete temporary file beside it, then ``os.replace``.  ``durable``:
    fsync the file before the rename, so that it survives a power failure too; files
    that only save time and are checked when read (stored results, caches) skip it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp, _ = _temp_file(path, data, durable=durable)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def is_formula_like(cell: str) -> bool:
    """Whether a spreadsheet may read ``cell`` as a formula."""
    return cell.startswith(FORMULA_START)


def csv_bytes(table: str, rows: list[dict], *, spreadsheet_safe: bool = False, counter: list[int] | None = None) -> bytes:
    """The CSV of a table.  ``spreadsheet_safe``: quote formula-like string cells (see
    the module docstring); ``counter`` (a one-element list) counts formula-like cells."""
    rendered = render_rows(table, rows, spreadsheet_safe=spreadsheet_safe)
    if counter is not None:
        counter[0] += rendered.formula_cells
    return header(table) + rendered.data


def header(table: str) -> bytes:
    return (",".join(c[0] for c in SCHEMAS[table]) + "\n").encode("utf-8")


@dataclass
class Rendered:
    """Rows of a table rendered as CSV lines (no header) in the table's order, and how
    many of their string cells a spreadsheet may read as formulas.  A build stores each
    document's mention rows rendered this way, so that an incremental build writes
    mentions.csv by joining the stored pieces in document order instead of rendering
    every row again (the table's sort key starts with doc_id, so the joined pieces are
    the sorted table)."""

    data: bytes
    formula_cells: int


@dataclass
class Streamed:
    """Rendered rows of a table too large to hold in memory: ``chunks()`` yields them
    (whole rows, in the table's order, no header) and can be called again; a build
    reads them back from its spool of per-document pieces while writing."""

    chunks: Callable[[], Iterable[bytes]]
    formula_cells: int


def render_rows(table: str, rows: list[dict], *, spreadsheet_safe: bool = False) -> Rendered:
    columns = [c[0] for c in SCHEMAS[table]]
    strings = [i for i, c in enumerate(columns) if c in STRING_FIELDS[table]]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    risky = 0
    for row in _sorted(table, rows):
        cells = [v if v.__class__ is str else _cell(v) for v in map(row.get, columns)]
        risky += _guard(cells, strings, spreadsheet_safe)
        writer.writerow(cells)
    return Rendered(buf.getvalue().encode("utf-8"), risky)


def _guard(cells: list[str], strings: list[int], spreadsheet_safe: bool) -> int:
    """Count the formula-like string cells of a row; with ``spreadsheet_safe`` put a
    ``'`` before every string cell that starts with a formula character or ``'``."""
    risky = 0
    for i in strings:
        cell = cells[i]
        if cell and cell[0] in _QUOTED_START:
            if is_formula_like(cell):
                risky += 1
            if spreadsheet_safe:
                cells[i] = "'" + cell
    return risky


def spreadsheet_safe_rows(table: str, data: bytes) -> bytes:
    """Rendered rows (:class:`Rendered`) of ``table`` with the spreadsheet-safe quoting
    applied: the same bytes :func:`render_rows` writes with ``spreadsheet_safe=True``."""
    columns = [c[0] for c in SCHEMAS[table]]
    strings = [i for i, c in enumerate(columns) if c in STRING_FIELDS[table]]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for cells in csv.reader(io.StringIO(data.decode("utf-8"), newline="")):
        _guard(cells, strings, True)
        writer.writerow(cells)
    return buf.getvalue().encode("utf-8")


def unquote_spreadsheet_cell(cell: str) -> str:
    """The inverse of the spreadsheet-safe quoting: one leading ``'`` removed."""
    return cell[1:] if cell.startswith("'") else cell


def datapackage(tables: list[str], *, spreadsheet_safe: bool = False) -> dict:
    pkg = {
        "profile": "tabular-data-package",
        "name": "cnevents-dataset",
        "title": "Events extracted from Chinese news by cnevents",
    }
    if spreadsheet_safe:
        pkg["cnevents:spreadsheet_safe"] = (
            "string cells that start with = + - @ tab CR or ' carry one extra leading ' "
            "(formula-injection guard); remove it to get the data (pipeline.load does)"
        )
    pkg["resources"] = [
            {
                "name": table.replace("_", "-"),
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [{"name": n, "type": t, "description": d} for n, t, d in SCHEMAS[table]],
                    "primaryKey": _primary_key(table),
                },
            }
            for table in tables
        ]
    return pkg


def _primary_key(table: str) -> list[str]:
    return {
        "documents": ["doc_id"],
        "mentions": ["mention_id"],
        "events": ["event_id"],
        "event_mentions": ["event_id", "doc_id", "evidence_start", "trigger"],
        "candidates": ["type", "text"],
        "errors": ["path", "stage"],
    }[table]


@dataclass
class Written:
    """What :func:`write_outputs` wrote."""

    files: list[Path]
    formula_cells: int  # string cells a spreadsheet may read as formulas
    sha256: dict[str, str]  # file name -> SHA-256 of what was written


def write_outputs(out_dir: Path, tables: dict[str, list[dict] | Rendered | Streamed], *, parquet: bool = False,
                  spreadsheet_safe: bool = False) -> Written:
    """Write every table as CSV (and Parquet on request) plus datapackage.json, as one
    crash-consistent commit (see the module docstring).  A table is a list of row
    dicts, or its rows already rendered in the default mode (:class:`Rendered`, or
    :class:`Streamed` for a table written piece by piece without holding it)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    recover(out_dir)
    counter = [0]
    files: dict[Path, bytes | Callable[[], Iterable[bytes]] | Path] = {}
    try:
        for table in SCHEMAS:
            rows = tables.get(table, [])
            target = out_dir / f"{table}.csv"
            if isinstance(rows, Streamed):
                counter[0] += rows.formula_cells
                exact = _with_header(table, rows.chunks)
                files[target] = _with_header(table, rows.chunks, quote=True) if spreadsheet_safe else exact
                if parquet:
                    files[out_dir / f"{table}.parquet"] = _parquet_file(table, exact, out_dir / f"{table}.parquet")
                continue
            if isinstance(rows, Rendered):
                counter[0] += rows.formula_cells
                exact = header(table) + rows.data
                data = header(table) + spreadsheet_safe_rows(table, rows.data) if spreadsheet_safe else exact
            else:
                data = csv_bytes(table, rows, spreadsheet_safe=spreadsheet_safe, counter=counter)
                exact = csv_bytes(table, rows) if spreadsheet_safe and parquet else data
            files[target] = data
            if parquet:  # always the exact data
                files[out_dir / f"{table}.parquet"] = _parquet_bytes(table, exact)
        pkg = json.dumps(datapackage(list(SCHEMAS), spreadsheet_safe=spreadsheet_safe), ensure_ascii=False, indent=2) + "\n"
        files[out_dir / "datapackage.json"] = pkg.encode("utf-8")
    except BaseException:
        for value in files.values():
            if isinstance(value, Path):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(value)
        raise
    digests = commit(out_dir, files)
    return Written(list(files), counter[0], digests)


def _with_header(table: str, chunks: Callable[[], Iterable[bytes]], *, quote: bool = False) -> Callable[[], Iterable[bytes]]:
    def gen():
        yield header(table)
        for chunk in chunks():
            yield spreadsheet_safe_rows(table, chunk) if quote else chunk

    return gen


def _temp_file(path: Path, data, *, durable: bool = True) -> tuple[Path, str]:
    """``data`` in full in a new temporary file beside ``path`` (fsynced when
    ``durable``, mode as for an ordinary file); returns it and the SHA-256 of its
    content.  ``data``: bytes, a callable that yields byte chunks (written as they
    come, never joined), or a Path: a temporary file already written beside ``path``."""
    if isinstance(data, Path):
        h = hashlib.sha256()
        with open(data, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
            if durable:
                os.fsync(f.fileno())
        return data, h.hexdigest()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    h = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in ((data,) if isinstance(data, (bytes, bytearray)) else data()):
                f.write(chunk)
                h.update(chunk)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        _ordinary_mode(tmp)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return Path(tmp), h.hexdigest()


def _ordinary_mode(path) -> None:
    """mkstemp creates 0600 files; outputs are ordinary data files (umask applies)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def commit(out_dir: Path, files: dict) -> dict[str, str]:
    """Replace several files of ``out_dir`` as one step that survives a crash: temporary
    files first, then the journal of renames, then the renames, then no journal.
    Values as for :func:`_temp_file`; returns file name -> SHA-256 of the content."""
    out_dir = Path(out_dir)
    temps: list[tuple[Path, Path]] = []
    digests: dict[str, str] = {}
    try:
        for path, data in files.items():
            if Path(path).parent.resolve() != out_dir.resolve():
                raise ValueError(f"{path} is outside the output directory {out_dir}")
            tmp, digest = _temp_file(Path(path), data)
            temps.append((tmp, Path(path)))
            digests[Path(path).name] = digest
        journal = {"renames": [[tmp.name, path.name] for tmp, path in temps]}
        atomic_write(out_dir / JOURNAL, json.dumps(journal, ensure_ascii=False).encode("utf-8"))
    except BaseException:
        for tmp, _ in temps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        for data in files.values():
            if isinstance(data, Path):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(data)
        raise
    recover(out_dir)
    return digests


def recover(out_dir: Path) -> bool:
    """Finish a commit that a crash interrupted (the journal is still there): move the
    remaining temporary files into place, then drop the journal.  Idempotent; returns
    whether there was anything to finish.  Temporary files of a commit that never got
    its journal are left-overs of an interrupted write and are removed."""
    out_dir = Path(out_dir)
    journal_path = out_dir / JOURNAL
    finished = False
    if journal_path.exists():
        try:
            renames = json.loads(journal_path.read_text(encoding="utf-8"))["renames"]
        except (OSError, ValueError, KeyError, TypeError):
            renames = []  # a journal is written atomically; an unreadable one is not ours
        for tmp_name, name in renames:
            # Names only, never paths: a journal cannot move files outside out_dir.
            tmp, target = out_dir / Path(tmp_name).name, out_dir / Path(name).name
            with contextlib.suppress(FileNotFoundError):
                os.replace(tmp, target)
        _fsync_dir(out_dir)
        journal_path.unlink()
        finished = True
    for name in OUTPUT_NAMES:
        for stale in out_dir.glob(f".{name}.*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
    return finished


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _parquet_file(table: str, csv_chunks: Callable[[], Iterable[bytes]], target: Path) -> Path:
    """The Parquet form of a streamed CSV, written batch by batch into a temporary file
    beside ``target`` (through a temporary copy of the CSV): memory stays bounded by
    pyarrow's block size, not by the table."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    source, _ = _temp_file(target, csv_chunks, durable=False)  # a crash leaves .NAME.*.tmp: recover() removes it
    fd, out = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        reader = pacsv.open_csv(str(source), convert_options=_convert_options(table))
        with pq.ParquetWriter(out, reader.schema, compression="zstd") as writer:
            for batch in reader:
                writer.write_table(pa.Table.from_batches([batch], schema=reader.schema))
        _ordinary_mode(out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(out)
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(source)
    return Path(out)


def _convert_options(table: str):
    """pyarrow's CSV conversion for a table: the schema's column types, empty strings
    kept as strings (the CSVs have no nulls)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    types = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64()}
    column_types = {n: types[t] for n, t, _ in SCHEMAS[table]}
    return pacsv.ConvertOptions(column_types=column_types, strings_can_be_null=False, quoted_strings_can_be_null=False)


def _parquet_bytes(table: str, data: bytes) -> bytes:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    parsed = pacsv.read_csv(pa.BufferReader(data), convert_options=_convert_options(table))
    buf = pa.BufferOutputStream()
    pq.write_table(parsed, buf, compression="zstd")
    return buf.getvalue().to_pybytes()
