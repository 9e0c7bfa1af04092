"""Capital cities as metonyms for their governments ("Washington urged Moscow to ...", «Kyiv ber om ...»): the
actor step leaves them to places; the coder takes them as actors where an actor can stand (a locative
preposition before one still makes it a place)."""

from __future__ import annotations

from utkikk.lang import LangPack
from utkikk.model import Actor, Entity
from utkikk.steps.events.tokens import Phrases, Token


class Capitals:
    """The capitals of a language pack, found in a sentence's tokens."""

    def __init__(self, pack: LangPack) -> None:
        self._codes = {form.lower(): code for form, code in pack.capitals.items()}
        self._phrases = Phrases(tuple(tuple(form.split()) for form in self._codes))
        self._countries = frozenset(c.iso3 for c in pack.countries)
        self.first_words = self._phrases.first_words

    def find(self, text: str, tokens: list[Token], entities: list[Entity]) -> list[Entity]:
        """Capitalised capitals not inside an entity, as entities of their government (GPE) or IGO (ORG)."""
        found: list[Entity] = []
        free = 0
        for i, token in enumerate(tokens):
            if i < free or token.form not in self.first_words or not text[token.start].isupper():
                continue
            n = self._phrases.at(tokens, i)
            start, end = token.start, tokens[i + n - 1].end if n else token.end
            code = self._codes.get(" ".join(t.form for t in tokens[i:i + n])) if n else None
            if code is not None and not any(e.start < end and start < e.end for e in entities):
                found.append(self._entity(text[start:end], start, end, code))
                free = i + n
        return found

    def _entity(self, name: str, start: int, end: int, code: str) -> Entity:
        if code in self._countries:
            return Entity(name, start, end, "GPE", Actor(f"actor:{code}", name, country=code, code=code))
        return Entity(name, start, end, "ORG", Actor(f"actor:{code}", name, igo=code, code=code))
