"""Word and punctuation tokens of a sentence with their lemmas (simplemma), by offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

import simplemma

WORD = re.compile(r"\w(?:\.\w)+\.|\w+(?:[-'’]\w+)*")  # "U.S.", "U.N." are one word
_TOKEN = re.compile(rf"({WORD.pattern})|[^\w\s]")
_CACHE_LIMIT = 200_000


@dataclass(slots=True)
class Token:
    """A token: offsets, lower-case form, lemma; ``word`` is False for punctuation."""

    start: int
    end: int
    form: str
    lemma: str
    word: bool


class Lemmatizer:
    """Lower-case form -> lemma for one language, cached (news vocabulary repeats)."""

    def __init__(self, lang: str) -> None:
        self._lang = lang
        self.cache: dict[str, str] = {}

    def __call__(self, form: str) -> str:
        lemma = self.cache.get(form)
        if lemma is None:
            if len(self.cache) > _CACHE_LIMIT:
                self.cache.clear()
            lemma = simplemma.lemmatize(form, lang=self._lang).lower() if form[0].isalpha() else form
            self.cache[form] = lemma
        return lemma


def words(text: str, start: int, end: int, lemmatize: Lemmatizer) -> tuple[list[str], list[str]]:
    """Lower-case forms and lemmas of the words of ``text[start:end]`` (no offsets: a quick first look)."""
    forms = list(map(str.lower, WORD.findall(text, start, end)))
    cached = list(map(lemmatize.cache.get, forms))  # one C-level pass; new words are lemmatised below
    if None not in cached:
        return forms, cast(list[str], cached)
    return forms, [lemma or lemmatize(form) for form, lemma in zip(forms, cached, strict=True)]


def tokenize(text: str, start: int, end: int, forms: list[str], lemmas: list[str]) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; ``forms`` and ``lemmas`` are its words as
    ``words`` gives them (the same words, in order)."""
    tokens: list[Token] = []
    append = tokens.append
    j = 0
    for m in _TOKEN.finditer(text, start, end):
        first, last = m.span()
        if m.lastindex:  # the word group matched
            append(Token(first, last, forms[j], lemmas[j], True))
            j += 1
        else:
            append(Token(first, last, m.group(), m.group(), False))
    return tokens


class Phrases:
    """Cue phrases (word tuples) indexed by their first and last words, matched by form or lemma."""

    def __init__(self, *groups: tuple[tuple[str, ...], ...]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted({p for group in groups for p in group if p}, key=len, reverse=True):
            self._by_first.setdefault(phrase[0], []).append(phrase)
            self._by_last.setdefault(phrase[-1], []).append(phrase)
        self._firsts = frozenset(self._by_first)

    def at(self, tokens: list[Token], i: int) -> int:
        """Length (in tokens) of the longest phrase that starts at token ``i``, else 0."""
        token = tokens[i]
        for phrase in self._candidates(self._by_first, token):
            if len(phrase) == 1 or _fits(tokens, i, phrase):
                return len(phrase)
        return 0

    def ends_at(self, tokens: list[Token], i: int) -> bool:
        """Whether a phrase ends at token ``i``."""
        return any(i + 1 >= len(phrase) and _fits(tokens, i + 1 - len(phrase), phrase)
                   for phrase in self._candidates(self._by_last, tokens[i]))

    @property
    def first_words(self) -> frozenset[str]:
        """The words a phrase can start with (a quick test before ``at``)."""
        return self._firsts

    def within(self, tokens: list[Token], span: range) -> bool:
        """Whether a phrase starts at a token of ``span``."""
        first = self._by_first
        return any((tokens[i].form in first or tokens[i].lemma in first) and self.at(tokens, i) for i in span)

    @staticmethod
    def _candidates(index: dict[str, list[tuple[str, ...]]], token: Token) -> list[tuple[str, ...]]:
        found = index.get(token.form, [])
        if token.lemma != token.form and token.lemma in index:
            found = found + index[token.lemma]
        return found


def _fits(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= len(tokens) and all(
        tokens[i + k].form == w or tokens[i + k].lemma == w for k, w in enumerate(phrase))
