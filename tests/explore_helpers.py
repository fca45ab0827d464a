"""Shared helpers for the tests of the exploration layer (dataset, viz, report, CLI,
notebook): one build of the seeds per test process, copies to modify, and a guard that
fails any attempt to open a network connection."""

from __future__ import annotations

import atexit
import functools
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

from helpers import ROOT, SEEDS

SEED_IDS = ("000_81916d54a5620362", "002_944b4ad8491f1789")


@functools.lru_cache(maxsize=1)
def seed_out() -> Path:
    """The seeds built once (absolute input paths) into a temporary folder."""
    from pipeline import run

    out = Path(tempfile.mkdtemp(prefix="cnevents-explore-"))
    atexit.register(shutil.rmtree, out, True)
    run([str(SEEDS)], out, incremental=False)
    return out


def copy_out(dest: Path) -> Path:
    """A writable copy of the seed build (CSV files only)."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in seed_out().glob("*.csv"):
        shutil.copy(f, dest / f.name)
    shutil.copy(seed_out() / "datapackage.json", dest / "datapackage.json")
    return dest


@pytest.fixture
def no_network(monkeypatch):
    """Any socket connection (other than a local Unix socket) fails the test: plots and
    reports must be made offline."""

    real_connect = socket.socket.connect

    def guarded(self, address):
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)
        raise AssertionError(f"network access attempted: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: (_ for _ in ()).throw(AssertionError("network access attempted")))
    yield


__all__ = ["ROOT", "SEEDS", "SEED_IDS", "seed_out", "copy_out", "no_network"]
