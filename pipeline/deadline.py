"""Per-document time budget: a cooperative deadline that the stages check between
units of work (blocks, sentences, a few thousand tokens).

``cnevents build`` gives every document ``--time-budget`` seconds (default
:data:`DEFAULT_SECONDS`); a document still running past it stops at the next check and
becomes an error row (``TimeBudgetError``) instead of holding up the batch.  Such rows
are not stored for incremental builds, so a re-run tries the document again.

The budget is a safety net, not a speed limit: the stages are linear in the size of
the page and carry counted work bounds (see ``MAX_DATES_PER_DOCUMENT`` in
:mod:`pipeline.build`), so an ordinary article never comes near it, and results do not
depend on the machine's speed unless a document hits the deadline.  Python code cannot
be interrupted inside a single C call; none of the stages makes a call whose time is
not linear in its input.
"""

from __future__ import annotations

import contextlib
import time
from contextvars import ContextVar

from .errors import TimeBudgetError

DEFAULT_SECONDS = 60.0

# (deadline on the monotonic clock, the budget in seconds) or None
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("cnevents_deadline", default=None)


@contextlib.contextmanager
def time_budget(seconds: float | None):
    """Run the body under a deadline of ``seconds`` (None or 0: no deadline).  Works in
    threads (dask workers) as well as processes: the deadline is a context variable."""
    if not seconds or seconds <= 0:
        yield
        return
    token = _DEADLINE.set((time.monotonic() + seconds, float(seconds)))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check(stage: str) -> None:
    """Raise :class:`~pipeline.errors.TimeBudgetError` when the deadline has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        raise TimeBudgetError(
            f"the document took longer than its time budget of {deadline[1]:g} s (stopped while {stage}); "
            "it is probably not a news article (check the file), or raise the budget with --time-budget"
        )
