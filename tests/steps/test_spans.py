"""Range lookups over spans by offsets."""

from __future__ import annotations

from utkikk.model import Quote, Sentence
from utkikk.steps.spans import SpanIndex


def test_lookups_by_range() -> None:
    index = SpanIndex([Sentence(20, 30), Sentence(0, 10), Sentence(40, 50)])
    assert index.starting(0, 25) == [Sentence(0, 10), Sentence(20, 30)]
    assert index.inside(0, 25) == [Sentence(0, 10)]
    assert index.overlapping(25, 45) == [Sentence(20, 30), Sentence(40, 50)]
    assert index.last_ending_by(35) == Sentence(20, 30) and index.last_ending_by(5) is None


def test_nested_spans_need_a_longer_look_back() -> None:
    reported = Quote("sa at hæren ikke vil «stå og se på» dersom", 0, 60, direct=False)
    direct = Quote("stå og se på", 30, 45, direct=True)
    later = Quote("x", 46, 48, direct=True)
    index = SpanIndex([reported, direct, later])
    assert index.overlapping(50, 51) == []
    assert index.overlapping(50, 51, lookback=3) == [reported]
