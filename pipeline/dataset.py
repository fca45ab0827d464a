"""Loading a built dataset back into pandas.

``load(out_dir)`` reads the CSVs written by ``cnevents build`` and returns a
:class:`Dataset` with ``.documents``, ``.mentions``, ``.events``, ``.event_mentions``
and ``.errors`` DataFrames.  Text columns stay text (ids such as ``000_…`` are never
turned into numbers, empty cells are empty strings), offsets are integers, coordinates
and confidence floats, and ``participants`` / ``doc_ids`` are lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import BuildError
from .export import SCHEMAS


@dataclass
class Dataset:
    documents: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    event_mentions: pd.DataFrame
    errors: pd.DataFrame
    out_dir: Path

    def __repr__(self) -> str:
        return (
            f"Dataset({self.out_dir}: {len(self.documents)} documents, {len(self.mentions)} mentions, "
            f"{len(self.events)} events, {len(self.errors)} errors)"
        )


def _read(out_dir: Path, table: str) -> pd.DataFrame:
    path = out_dir / f"{table}.csv"
    if not path.exists():
        raise BuildError(f"{path} not found; run `cnevents build --out {out_dir}` first")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for name, typ, _ in SCHEMAS[table]:
        if name not in df.columns:
            continue
        if typ == "integer":
            df[name] = pd.to_numeric(df[name], errors="coerce").astype("Int64")
        elif typ == "number":
            df[name] = pd.to_numeric(df[name].replace("", None), errors="coerce").astype("float64")
    for name in ("participants", "doc_ids"):
        if name in df.columns:
            df[name] = df[name].map(lambda s: s.split(";") if s else [])
    for name in ("type", "event_type", "status", "precision", "date_precision", "script"):
        if name in df.columns:
            df[name] = df[name].astype("category")
    return df


def load(out_dir="outputs") -> Dataset:
    out_dir = Path(out_dir)
    return Dataset(**{t: _read(out_dir, t) for t in SCHEMAS}, out_dir=out_dir)
