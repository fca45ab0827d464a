"""Incremental builds: per-document result shards and the build manifest.

Every processed input leaves a shard (its document row, its mention rows rendered as
lines of mentions.csv, its candidate mentions and event mentions, or its error row)
under ``OUT/.cnevents/shards/``, keyed by everything the
result depends on: the pipeline fingerprint (the package's code and data, the
gazetteers, triggers and cues), the absolute input path, doc_id and raw bytes, its sidecar, and
the ``--published`` option.  A re-run reuses every shard whose key is unchanged, so only
new or changed inputs are processed; shards of deleted inputs are dropped; a changed
gazetteer or code changes the fingerprint and every key with it.  The reduce step
(dedupe + export) always runs over all shards, so an incremental build writes the same
bytes as a full rebuild by construction; mentions.csv, the largest table, is the
stored lines joined in document order, so adding one article does not render the
rows of all the others again.

A shard file is one line of JSON (everything but the mention rows, and the length and
CRC-32 of the rows), a newline, then the rendered mention rows as UTF-8 bytes.

``OUT/.cnevents/manifest.json`` lists, per input, the path, doc_id, sha256 and size,
plus the fingerprint; it is deterministic (no timestamps).  ``OUT/.cnevents/stat.json``
records each input's size, times and inode when it was hashed, so that a re-run does
not read unchanged inputs again (see :meth:`ShardCache._digest`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import zlib
from dataclasses import asdict
from pathlib import Path

from .export import Rendered, atomic_write
from .models import EventMention

log = logging.getLogger(__name__)

STATE_DIR = ".cnevents"
# Modules that only present results (plots, report, notebooks' helpers, the CLI): editing
# them does not change what a document yields, so it does not invalidate stored results.
PRESENTATION_MODULES = {"viz.py", "report.py", "cli.py", "cli_explore.py", "dataset.py", "__init__.py"}
FORMAT_VERSION = "2"
SUFFIX = ".shard"

# A resident build (``cnevents build --watch``) keeps decoded shards between its builds,
# keyed by shard file and checked against its size, modification time and inode, so a
# build that adds one article does not read and decode the others again.
_DECODED: dict[str, tuple[tuple[int, int, int], object]] = {}
_KEEP_DECODED = False


def keep_decoded(on: bool = True) -> None:
    """Keep (or stop keeping and forget) decoded shards in this process."""
    global _KEEP_DECODED
    _KEEP_DECODED = on
    if not on:
        _DECODED.clear()


def fingerprint(gazetteer_dir: Path) -> str:
    """Hash of the pipeline's own code and data and of the gazetteer folder's CSV/TXT
    files: any change to them invalidates every shard."""
    h = hashlib.sha256(FORMAT_VERSION.encode())
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.glob("*.py") if p.name not in PRESENTATION_MODULES)
    files += sorted(p for p in (package / "data").glob("*") if p.name.startswith(("date_", "clean_")))
    files += sorted(p for p in Path(gazetteer_dir).glob("*") if p.suffix in (".csv", ".txt"))
    for path in files:
        if path.is_file():
            h.update(path.name.encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def file_digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


# A stored digest is reused only for a file that was at least this old (last write or
# status change) when it was hashed: a file written again in the same clock tick as an
# earlier write keeps its times, but not once it is older than the tick.
SETTLED_NS = 2_000_000_000


class ShardCache:
    def __init__(self, out_dir: Path, fingerprint_: str):
        self.root = Path(out_dir) / STATE_DIR
        self.shards = self.root / "shards"
        self._shards_str = str(self.shards)
        self.fingerprint = fingerprint_
        self.manifest: dict[str, dict] = {}
        # path -> [size, mtime_ns, ctime_ns, inode, sha256, hashed_at_ns] of the last build
        try:
            self.stats: dict[str, list] = json.loads((self.root / "stat.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.stats = {}
        self.new_stats: dict[str, list] = {}

    def _digest(self, path: str) -> tuple[str, int]:
        """SHA-256 and size of an input.  Like git's index, a re-run does not read an
        input again whose size, modification and status-change times and inode are
        those recorded when the last build hashed it (``stat.json``), provided it had
        not changed for :data:`SETTLED_NS` before that; any write changes the
        status-change time, so a changed file is always hashed again."""
        info = os.stat(path)
        now = [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
        where = os.path.abspath(path)
        old = self.stats.get(where)
        if (isinstance(old, list) and len(old) == 6 and old[:4] == now
                and old[5] - max(info.st_mtime_ns, info.st_ctime_ns) >= SETTLED_NS):
            self.new_stats[where] = old
            return old[4], info.st_size
        hashed_at = time.time_ns()
        digest, size = file_digest(Path(path))
        self.new_stats[where] = now + [digest, hashed_at] if size == info.st_size else None
        return digest, size

    def key(self, path: str, doc_id: str, published: str) -> str | None:
        """The shard key of an input, or None when the file cannot be read (then it is
        processed and reported as an error, never cached)."""
        try:
            digest, size = self._digest(path)
            sidecar = path + ".meta.json"
            side = file_digest(Path(sidecar))[0] if os.path.exists(sidecar) else ""
        except OSError:
            return None
        self.manifest[path] = {"doc_id": doc_id, "sha256": digest, "size": size}
        # The absolute path: in/a.txt, ./in/a.txt and /data/in/a.txt are one input, so
        # typing the folder another way reuses the stored results (get() puts the path
        # as typed this time into them).
        basis = "\n".join([self.fingerprint, os.path.abspath(path), doc_id, published, digest, side])
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()

    def _shard(self, key: str) -> str:
        # a string, not a Path: joined for every input of every build
        return os.path.join(self._shards_str, key[:2], key + SUFFIX)

    def has(self, key: str | None) -> bool:
        return key is not None and os.path.isfile(self._shard(key))

    def unchanged_outputs(self, digest: str) -> dict | None:
        """The previous build's record of its outputs when it was made from exactly
        the same stored results (``digest``) and every output file is still as it was
        written; else None.  Then a build with nothing to process need not reduce and
        export again: the files are already what it would write."""
        try:
            previous = json.loads((self.root / "manifest.json").read_text(encoding="utf-8")).get("outputs") or {}
        except (OSError, ValueError, AttributeError):
            return None
        if previous.get("digest") != digest or not previous.get("files"):
            return None
        out_dir = self.root.parent
        for name, sha in previous["files"].items():
            path = out_dir / Path(name).name
            try:
                if file_digest(path)[0] != sha:
                    return None
            except OSError:
                return None
        return previous

    def get(self, key: str | None, path: str | None = None):
        """The stored result of ``key`` (a :class:`pipeline.build.Packed` or an error
        row), or None when there is none or it cannot be read.  ``path``: the input's
        path as given to this build, which replaces the one stored (the key holds the
        absolute path, so the stored one may be written another way)."""
        if key is None:
            return None
        shard = self._shard(key)
        try:
            sig = None
            if _KEEP_DECODED:
                st = os.stat(shard)
                sig = (st.st_size, st.st_mtime_ns, st.st_ino)
                kept = _DECODED.get(shard)
                if kept is not None and kept[0] == sig:
                    return _with_path(kept[1], path)
            with open(shard, "rb") as f:
                head, _, rows = f.read().partition(b"\n")
            head = json.loads(head)
            if head.get("rows") != [len(rows), zlib.crc32(rows)]:
                return None  # cut short or damaged (shards are written without fsync)
            result = _decode(head, rows)
            if sig is not None:
                _DECODED[shard] = (sig, result)
            return _with_path(result, path)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str | None, result) -> None:
        if key is None:
            return
        shard = Path(self._shard(key))
        head, rows = _encode(result)
        head["rows"] = [len(rows), zlib.crc32(rows)]
        # JSON escapes newlines inside strings: the first newline ends the head.  No
        # fsync (2,900 of them cost 3 s of a corpus build): a shard lost or cut short
        # by a power failure fails its check in get() and the input is processed again.
        atomic_write(shard, json.dumps(head, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n" + rows,
                     durable=False)

    def finish(self, used: set[str], outputs: dict | None = None) -> None:
        """Drop shards no input uses any more and write the manifest (with ``outputs``:
        the record :meth:`unchanged_outputs` checks next time)."""
        if self.shards.exists():
            for sub in self.shards.iterdir():
                for shard in sub.iterdir():
                    if shard.name.removesuffix(SUFFIX) not in used:
                        shard.unlink()
                        _DECODED.pop(str(shard), None)
                if sub.is_dir() and not any(sub.iterdir()):
                    sub.rmdir()
        manifest = {
            "fingerprint": self.fingerprint,
            "inputs": [dict(path=p, **self.manifest[p]) for p in sorted(self.manifest)],
        }
        if outputs is not None:
            manifest["outputs"] = outputs
        stats = {p: v for p, v in sorted(self.new_stats.items()) if v}
        atomic_write(self.root / "stat.json", json.dumps(stats, separators=(",", ":")).encode("utf-8"), durable=False)
        atomic_write(self.root / "manifest.json", _manifest_text(manifest).encode("utf-8"))


def _manifest_text(manifest: dict) -> str:
    """The manifest as JSON with one input per line: readable and diffable like an
    indented dump, but written by the C encoder (``indent`` falls back to the pure-Python
    one, a tenth of a second per build for 2,900 inputs)."""
    lines = ["{"]
    for key, value in manifest.items():
        if key == "inputs":
            rows = [" " + json.dumps(row, ensure_ascii=False) for row in value]
            lines.append(' "inputs": [' + ("\n" + ",\n".join(rows) + "\n ]" if rows else "]") + ",")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join(lines) + "\n}\n"


def _encode(result) -> tuple[dict, bytes]:
    from .build import Packed

    if isinstance(result, Packed):
        return {
            "document": result.document,
            "n_mentions": result.n_mentions,
            "formula_cells": result.mentions.formula_cells,
            "candidates": result.candidates,
            "event_mentions": [asdict(m) for m in result.event_mentions],
        }, result.mentions.data
    return {"error": result}, b""


def _with_path(result, path: str | None):
    """``result`` with the input path written as ``path`` (documents.csv's path; an
    error row's path and the mentions of it in its message)."""
    if path is None:
        return result
    if isinstance(result, dict):
        old = result.get("path")
        if old and old != path:
            result["path"] = path
            result["message"] = result.get("message", "").replace(old, path)
        return result
    result.document["path"] = path
    return result


def _decode(head: dict, rows: bytes):
    from .build import Packed

    if "error" in head:
        return head["error"]
    events = []
    for m in head["event_mentions"]:
        m["participants"] = tuple(m["participants"])
        m["provenance"] = tuple(tuple(p) for p in m["provenance"])
        events.append(EventMention(**m))
    return Packed(head["document"], Rendered(rows, head["formula_cells"]), head["n_mentions"], head["candidates"], events)
