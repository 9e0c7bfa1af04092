"""Fast matching shared by the steps: whole-word lookup of many words at once with one Aho-Corasick
automaton (pyahocorasick), much faster than a regular-expression alternation of hundreds of words
tried at every position; and a grammar tried only where an anchor word or number stands."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import ahocorasick


@dataclass(frozen=True, slots=True)
class Hit:
    """A word found in the text, by offsets."""

    start: int
    end: int
    word: str


class WordIndex:
    """Finds the given words (and phrases) case-insensitively, as whole words, leftmost-longest."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in {w.lower() for w in words if w}:
            self._automaton.add_word(word, word)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Whole-word hits in ``text[start:end]``, non-overlapping, with offsets into ``text``."""
        if self._empty:
            return []
        end = len(text) if end is None else end
        part = text[start:end]
        lowered = part.lower()
        if len(lowered) != len(part):  # a character whose lower case is longer ("İ"): search as written
            lowered = part
        hits: list[Hit] = []
        for last, word in self._automaton.iter(lowered):
            first = start + last - len(word) + 1
            stop = start + last + 1
            before = text[first - 1] if first > 0 else " "
            after = text[stop] if stop < len(text) else " "
            if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
                hits.append(Hit(first, stop, word))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Hit] = []
        for hit in hits:
            if not out or hit.start >= out[-1].end:
                out.append(hit)
        return out


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first; one that never matches when empty."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!x)x"


def anchored_matches(text: str, pattern: re.Pattern[str], anchors: Iterable[int],
                     starts: Callable[[int], list[int]], lookahead: int) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` that cover an anchor, tried only at the starts that each
    anchor allows (earliest first) and ending within ``lookahead`` characters after it."""
    done = 0
    for anchor in sorted(anchors):
        if anchor < done:
            continue
        for start in starts(anchor):
            m = pattern.match(text, max(start, done), anchor + lookahead)
            if m is not None and m.start() <= anchor < m.end():
                done = m.end()
                yield m
                break
