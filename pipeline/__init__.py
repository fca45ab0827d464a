"""cnevents: turn raw Chinese news pages into research-grade event datasets.

The stages (one module each) run read → clean → segment → tag → assemble → export::

    import pipeline
    pipeline.run(["seeds"], "outputs")          # build the dataset
    ds = pipeline.load("outputs")               # .documents, .mentions, .events (pandas)
    doc = pipeline.read_document("seeds/000_81916d54a5620362.txt")
    pipeline.tag_dates("2018年3月25日到28日", reference="2023-09-06")
    pipeline.tag_entities("金正恩在北京与习近平举行了会晤。")
"""

from __future__ import annotations

import sys as _sys

if "jieba" not in _sys.modules and "pkg_resources" not in _sys.modules:
    # jieba._compat imports pkg_resources (deprecated; 50 ms, a fifth of the package's
    # import time) only to open jieba's own data files, and opens them next to its
    # module when that import fails.  Let it fail while jieba loads, then forget it, so
    # a later `import pkg_resources` elsewhere works as usual.
    _sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba as _jieba  # noqa: F401
    finally:
        del _sys.modules["pkg_resources"]

from .errors import BuildError, CleanError, DateError, GazetteerError, InputError, PipelineError, TimeBudgetError

__all__ = [
    "run",
    "load",
    "Dataset",
    "read_document",
    "tag_dates",
    "tag_entities",
    "PipelineError",
    "InputError",
    "CleanError",
    "GazetteerError",
    "DateError",
    "BuildError",
    "TimeBudgetError",
]


def __getattr__(name):
    # pandas is imported only by those who load a dataset, not by every build.
    if name in ("load", "Dataset"):
        from . import dataset

        return getattr(dataset, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")

__version__ = "0.1.0"


def run(inputs=("seeds",), out="outputs", **options):
    """Build the dataset for ``inputs`` (files or folders) into ``out``.

    Options: ``published`` (ISO date for documents that state none), ``workers``,
    ``gazetteer_dir``, ``parquet``.  Returns a :class:`pipeline.build.BuildSummary`."""
    from .build import run as _run

    if isinstance(inputs, (str, bytes)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]
    return _run(inputs, out, **options)


def read_document(path, doc_id=None):
    """Read and clean one file → :class:`pipeline.models.Document` (``.text``,
    ``.title``, ``.url``, ``.published``, ``.blocks`` …)."""
    from .clean import read_document as _read_document

    return _read_document(path, doc_id)


def tag_dates(text, reference=None, anchor=None):
    """Date mentions in ``text`` (``.start .end .text .value .precision``).

    ``reference`` is the publication date (date, datetime or ISO string); relative
    dates resolve against it and stay unresolved without it — never against today."""
    from .dates import tag_dates as _tag_dates

    return _tag_dates(text, reference=reference, anchor=anchor)


def tag_entities(text, gazetteer_dir=None):
    """Place, person and organisation mentions in ``text`` (``.start .end .text .type .canonical_id``)."""
    from .build import get_resources, split_at_dates
    from .dates import tag_dates
    from .normalize import normalize

    resources = get_resources(str(gazetteer_dir) if gazetteer_dir else None)
    norm = normalize(text)
    # as in a build: a date's start cuts the word it falls in (陈维安上月28日)
    tokens = split_at_dates(resources.segmenter.tokens(norm), tag_dates(text, twin=norm))
    return resources.entities.tag(text, norm, tokens)
