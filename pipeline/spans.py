"""Containment of positions and spans in a list of spans (dotted names, book titles)."""

from __future__ import annotations

import bisect

class SpanIndex:
    """Containment tests against a list of spans in a bisection when they do not
    overlap (names, book titles), instead of a scan per mention or date (a page
    repeating a paragraph of dotted names and titles made tagging quadratic)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.disjoint = all(a[1] <= b[0] for a, b in zip(self.spans, self.spans[1:]))

    def within(self, start: int, end: int, strict: bool) -> bool:
        """``strict``: strictly inside some span (s < start, end < e); else inside it
        and not equal to it."""
        if not self.disjoint:
            if strict:
                return any(s < start and end < e for s, e in self.spans)
            return any(s <= start and end <= e and (start, end) != (s, e) for s, e in self.spans)
        k = (bisect.bisect_left if strict else bisect.bisect_right)(self.starts, start) - 1
        if k < 0:
            return False
        s, e = self.spans[k]
        return end < e if strict else (end <= e and (start, end) != (s, e))
