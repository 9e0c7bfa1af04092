"""Finding the trigger patterns of an event lexicon in a sentence's tokens."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, fields

from utkikk.lang.events import EventCues, EventPattern, PatternWord
from utkikk.steps.events.tokens import Phrases, Token

# Other words allowed between two words of a pattern ("trakk styrkene sine tilbake").
MAX_GAP = 3
_BREAK_PUNCTUATION = frozenset(",;:–—()")
_FUNCTION_WORD_CHARS = 3
# Words remembered as seen before the memory is cleared (a news vocabulary repeats; a huge crawl must not grow it).
_SEEN_LIMIT = 500_000
_QUOTE_MARKS = frozenset("«»\"“”'’")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A pattern found: the indices of the tokens its words matched, and of the target slot's word."""

    pattern: EventPattern
    indices: tuple[int, ...]
    target_after: int | None

    @property
    def first(self) -> int:
        return self.indices[0]

    @property
    def last(self) -> int:
        return self.indices[-1]


class TriggerFinder:
    """Indexes patterns by one anchor word each, so a sentence is read once, token by token."""

    def __init__(self, patterns: tuple[EventPattern, ...], cues: EventCues) -> None:
        self._patterns = patterns
        self._literal: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._affixed: list[tuple[PatternWord, int, int]] = []
        self._needed: list[tuple[frozenset[str], ...]] = []
        uses = Counter(literal for pattern in patterns for word in pattern.words for literal in word.literals)
        common = {word for field in fields(cues) if field.name != "first_person" and
                  isinstance(phrases := getattr(cues, field.name), tuple) for phrase in phrases for word in phrase}
        for p, pattern in enumerate(patterns):
            k = _anchor(pattern.words, uses, common)
            word = pattern.words[k]
            self._needed.append(tuple(w.literals for i, w in enumerate(pattern.words)
                                      if i != k and w.literals and not (w.prefixes or w.suffixes)))
            for literal in word.literals:
                self._literal[literal].append((p, k))
            if word.prefixes or word.suffixes:
                self._affixed.append((word, p, k))
        self._seen: set[str] = set()
        self._anchor_words: set[str] = set(self._literal)
        self._breaks = Phrases(cues.clause_breaks)
        self._break_words = self._breaks.first_words
        self._anchors: dict[str, tuple[tuple[int, int], ...]] = {}

    def _anchors_of(self, form: str, lemma: str) -> tuple[tuple[int, int], ...]:
        found = self._anchors.get(form)
        if found is None:
            hits = set(self._literal.get(form, ())) | set(self._literal.get(lemma, ()))
            hits.update((p, k) for word, p, k in self._affixed if word.matches(form, lemma))
            found = self._anchors[form] = tuple(sorted(hits))
        return found

    def candidates(self, forms: list[str], lemmas: list[str], vocabulary: set[str]) -> list[tuple[int, int, int]]:
        """(pattern, anchor word, word index) for every pattern whose anchor is a word of the sentence and whose
        other plain words occur in it too (most sentences have none, and are not tokenized further);
        ``vocabulary`` is the sentence's forms and lemmas."""
        unseen = vocabulary - self._seen
        if unseen:
            self._learn(unseen)
        hits = vocabulary & self._anchor_words
        if not hits:
            return []
        needs = self._needed
        found = []
        for j in [j for j, form in enumerate(forms) if form in hits or lemmas[j] in hits]:
            for p, k in self._anchors_of(forms[j], lemmas[j]):
                if not needs[p] or not any(needed.isdisjoint(vocabulary) for needed in needs[p]):
                    found.append((p, k, j))
        return found

    def _learn(self, words: set[str]) -> None:
        """Remember which new words start a compound or affix pattern ("militærøvelse" for ``*øvelse``)."""
        if len(self._seen) > _SEEN_LIMIT:
            self._seen, self._anchor_words = set(), set(self._literal)
        self._seen.update(words)
        self._anchor_words.update(w for w in words if any(word.matches(w, w) for word, _, _ in self._affixed))

    def breaks(self, tokens: list[Token]) -> list[bool]:
        """Whether each token ends a clause: clause punctuation or the first word of a clause-break cue."""
        firsts, at = self._break_words, self._breaks.at
        return [(t.form in _BREAK_PUNCTUATION and not _in_number(tokens, i)) if not t.word else
                (t.form in firsts or t.lemma in firsts) and at(tokens, i) > 0 for i, t in enumerate(tokens)]

    def find(self, tokens: list[Token], candidates: list[tuple[int, int, int]]) -> tuple[list[Trigger], list[bool]]:
        """Non-overlapping triggers among the candidates (longer patterns first; one token codes one event), and
        where the clauses of the sentence break."""
        positions = [i for i, token in enumerate(tokens) if token.word]
        breaks = self.breaks(tokens)
        found = [t for p, k, j in candidates
                 if (t := self._match(self._patterns[p], k, positions[j], tokens, breaks)) is not None]
        found.sort(key=lambda t: (-len(t.indices), t.last - t.first, t.first))
        taken: set[int] = set()
        kept: list[Trigger] = []
        for trigger in found:
            if taken.isdisjoint(trigger.indices):
                taken.update(trigger.indices)
                kept.append(trigger)
        kept.sort(key=lambda t: t.first)
        return kept, breaks

    @staticmethod
    def _match(pattern: EventPattern, k: int, i: int, tokens: list[Token], breaks: list[bool]) -> Trigger | None:
        words = pattern.words
        indices = [i]
        for step, targets in ((-1, range(k - 1, -1, -1)), (1, range(k + 1, len(words)))):
            at = i
            for w in targets:
                at = _next_word(words[w], at, step, tokens, breaks)
                if at < 0:
                    return None
                indices.append(at)
        indices.sort()
        after = indices[pattern.target_after] if pattern.target_after is not None else None
        return Trigger(pattern, tuple(indices), after)


def _in_number(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is the separator inside a number ("10,000"), which ends no clause."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start and tokens[i + 1].start == tokens[i].end \
        and tokens[i - 1].form.isdigit() and tokens[i + 1].form.isdigit()


def _anchor(words: tuple[PatternWord, ...], uses: Counter[str], common: set[str]) -> int:
    """The word a pattern is looked up by, so that common words do not start a match attempt at every turn:
    not a function word (a cue word of the pack, or of three letters or fewer), then the one whose literals
    the fewest patterns share, then the longest ("sanksjon", not "mot"; "samtale", not "ha")."""
    plain = [i for i, w in enumerate(words) if w.literals and not w.prefixes]
    if not plain:
        return 0

    def cost(i: int) -> tuple[bool, int, int]:
        literals = words[i].literals
        function = any(len(lit) <= _FUNCTION_WORD_CHARS or lit in common for lit in literals)
        return function, max(uses[lit] for lit in literals), -min(map(len, literals))

    return min(plain, key=cost)


def _next_word(word: PatternWord, at: int, step: int, tokens: list[Token], breaks: list[bool]) -> int:
    """The nearest token from ``at`` in direction ``step`` that ``word`` matches, skipping at most MAX_GAP words
    (numbers are free: "sende 30 til 40 ekstra soldater") and no clause break; -1 if none."""
    skipped = 0
    j = at + step
    while 0 <= j < len(tokens) and skipped <= MAX_GAP:
        token = tokens[j]
        if word.matches(token.form, token.lemma):
            return j
        if breaks[j]:
            return -1
        if not token.word:
            if token.form not in _QUOTE_MARKS and not _in_number(tokens, j):
                return -1
        elif not token.form[0].isdigit():
            skipped += 1
        j += step
    return -1
