"""Things in a text by offsets (entities, quotes, dates, numbers, word hits), looked up by range in logarithmic
time: a long text can hold tens of thousands of them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


class SpanIndex(Generic[S]):
    """Spans sorted by start; ``last_ending_by`` assumes they do not overlap each other."""

    def __init__(self, spans: Iterable[S]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self.spans]

    def starting(self, start: int, end: int) -> list[S]:
        """Spans that start inside text[start:end]."""
        return self.spans[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def inside(self, start: int, end: int) -> list[S]:
        """Spans lying wholly inside text[start:end]."""
        return [s for s in self.starting(start, end) if s.end <= end]

    def overlapping(self, start: int, end: int, lookback: int = 1) -> list[S]:
        """Spans that share a character with text[start:end], among those starting inside it and the
        ``lookback`` spans starting before it (more than one where spans nest: a reported clause around a quote)."""
        first = max(0, bisect_left(self._starts, start) - lookback)
        return [s for s in self.spans[first:bisect_left(self._starts, end)] if s.end > start]

    def last_ending_by(self, pos: int) -> S | None:
        """The last span that ends at or before ``pos``."""
        i = bisect_right(self._starts, pos)
        while i and self.spans[i - 1].end > pos:
            i -= 1
        return self.spans[i - 1] if i else None
