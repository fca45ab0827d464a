"""Typed errors of the pipeline.

In the library API they are raised; in a batch (``cnevents build``) each one becomes a
row of ``errors.csv`` (path, stage, error_type, message) and the batch goes on.  Every
message says what went wrong *and* what the user can do about it.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base class of every error the pipeline raises on purpose."""

    stage = "pipeline"

    @property
    def error_type(self) -> str:
        return type(self).__name__


class InputError(PipelineError):
    """An input file cannot be read: missing, empty, too large, binary, undecodable."""

    stage = "read"


class CleanError(PipelineError):
    """The cleaner found no main text in a document."""

    stage = "clean"


class GazetteerError(PipelineError):
    """A gazetteer or trigger file is invalid; the message names file and line."""

    stage = "gazetteer"


class DateError(PipelineError):
    """A date value or reference cannot be interpreted."""

    stage = "dates"


class BuildError(PipelineError):
    """The build cannot run: output directory locked, not writable, no inputs."""

    stage = "build"


class TimeBudgetError(PipelineError):
    """A document took longer than its time budget (``--time-budget``)."""

    stage = "annotate"
