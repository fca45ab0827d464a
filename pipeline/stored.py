"""The machine-local cache of built resources: files that only save time.

A build loads the same things every run: the tokenizer with every gazetteer name
(jieba's 500,000-entry prefix dictionary plus ours), jieba.posseg's tables and the
validated gazetteers, triggers and cues.  Built from their sources they take about a
second; stored here they load in a fifth of that, which is most of what adding one
article to a large dataset costs.

Everything stored is keyed by what it is built from (file contents or identities,
package code, versions), so a stale file is never used, and an unreadable one is
rebuilt.  The folder is ``$CNEVENTS_CACHE_DIR``, else ``cnevents-cache`` in the
system's temporary folder (where jieba keeps its own cache).  Because a stored file
is trusted when it is read (pickles can run code), the folder is used only when it
belongs to the current user and nobody else can write to it; otherwise nothing is
read or stored and every resource is built from its sources (slower, same results).
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import pickle
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

# Files of one kind kept (one per gazetteer state); the least recently used beyond
# this are removed when a new one is stored.
KEEP = 8
_warned: set[Path] = set()  # unsafe folders already reported by this process


def cache_dir() -> Path:
    return Path(os.environ.get("CNEVENTS_CACHE_DIR") or Path(tempfile.gettempdir()) / "cnevents-cache")


def usable_dir() -> Path | None:
    """:func:`cache_dir`, created if missing, when it is safe to use (see the module
    docstring); else None."""
    folder = cache_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError as exc:
        log.debug("cache folder %s not usable: %s", folder, exc)
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)):
        if folder in _warned:
            return None
        _warned.add(folder)
        log.warning("cache folder %s belongs to another user or others can write to it; not used "
                    "(set CNEVENTS_CACHE_DIR to a folder of your own to load resources faster)", folder)
        return None
    return folder


def load(name: str, key: str, *, trusted: bool = False):
    """The value stored under ``name`` when it was stored with ``key``; else None.
    ``trusted``: the file is a pickle (Python objects), else marshal (plain data)."""
    folder = usable_dir()
    if folder is None:
        return None
    path = folder / name
    try:
        data = path.read_bytes()
        # marshal.loads on the whole file: marshal.load on a file object reads it in
        # small pieces and takes three times as long (0.49 s vs 0.16 s for jieba's
        # dictionary).
        stored_key, value = pickle.loads(data) if trusted else marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError, AttributeError, ImportError):
        return None
    if stored_key != key:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept by the pruning in store()
    log.debug("loaded %s", path)
    return value


def store(name: str, key: str, value, *, trusted: bool = False) -> None:
    """Store ``value`` under ``name`` with ``key`` (atomically), then keep only the
    :data:`KEEP` most recently used files of the same kind (the part of ``name``
    before its first ``-``)."""
    from .export import atomic_write

    folder = usable_dir()
    if folder is None:
        return
    try:
        data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL) if trusted else marshal.dumps((key, value))
        atomic_write(folder / name, data, durable=False)
        kind = name.split("-", 1)[0]
        same = sorted(folder.glob(f"{kind}-*"), key=lambda f: f.stat().st_mtime_ns, reverse=True)
        for old in same[KEEP:]:
            old.unlink()
    except (OSError, ValueError, pickle.PicklingError) as exc:  # costs time, never a result
        log.debug("%s not stored in %s: %s", name, folder, exc)
