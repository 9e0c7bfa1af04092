"""One Aho-Corasick automaton (pyahocorasick) over every actor form of the loaded language packs and
the people dictionary, with generated genitives, adjective endings and sentence-initial capitals."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

import ahocorasick

from utkikk.lang import LangPack
from utkikk.lang.tables import Inflection
from utkikk.steps.actors.dictionary import PeopleDictionary

COUNTRY, ORG, BODY, ROLE, PERSON = "country", "org", "body", "role", "person"
# Ranking when one surface form has several readings (higher wins): a form that names a country or an
# organisation is not read as a person of the same name.
_PRIORITY = {ORG: 5, COUNTRY: 4, BODY: 3, PERSON: 2, ROLE: 1}


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a surface form."""

    kind: str
    key: str  # iso3, igo, person id, body/role form
    sector: str | None = None
    role: str | None = None
    country: str | None = None
    form_kind: str | None = None  # name, adjective, demonym for countries
    genitive: bool = False
    definite: bool = False  # a role noun that can refer back ("talsmannen")
    plural: bool = False  # a role noun naming several people ("ambassadørene", "officials")


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer hit in the text."""

    start: int
    end: int
    text: str
    entry: Entry


def _capitalised(form: str) -> str:
    return form[:1].upper() + form[1:]


_PLURAL_ENDINGS = ("s", "e", "er", "ene", "erne", "ere", "ne")


def _inflected_roles(pack: LangPack) -> tuple[set[str], set[str]]:
    """Role forms that extend a shorter form of the same role: definite ("talsmannen" of "talsmann")
    and, among those, plural ones ("ambassadørene", "officials")."""
    by_role: dict[str, list[str]] = defaultdict(list)
    for r in pack.roles:
        by_role[r.role].append(r.form.lower())
    definite: set[str] = set()
    plural: set[str] = set()
    for forms in by_role.values():
        for form in forms:
            stems = [other for other in forms if form != other and form.startswith(other)]
            if stems:
                definite.add(form)
                if any(form[len(stem):] in _PLURAL_ENDINGS for stem in stems) and not form.endswith("en"):
                    plural.add(form)
    return definite, plural


class Gazetteer:
    """Finds actor forms in text: leftmost-longest, whole words only."""

    def __init__(self, packs: Iterable[LangPack], people: PeopleDictionary) -> None:
        readings: dict[str, set[Entry]] = defaultdict(set)
        interned: dict[Entry, Entry] = {}
        ranked_tuples: dict[tuple[Entry, ...], tuple[Entry, ...]] = {}

        def add(form: str, entry: Entry, inflection: Inflection | None = None) -> None:
            variants = {form: entry}
            for g in inflection.genitives(form) if inflection else ():
                variants[g] = replace(entry, genitive=True)
            for text, e in variants.items():
                e = interned.setdefault(e, e)  # one object per reading: the automaton holds ~10^5 forms
                readings[text].add(e)
                if text[:1].islower() and e.kind != PERSON:
                    readings[_capitalised(text)].add(e)
                    if " " in text and e.kind in (ROLE, BODY):
                        readings[" ".join(_capitalised(w) for w in text.split(" "))].add(e)  # "Foreign Minister"

        packs = list(packs)
        for pack in packs:
            gen = pack.inflection
            for c in pack.countries:
                entry = Entry(COUNTRY, c.iso3, form_kind=c.kind)
                if c.kind == "adjective":
                    add(c.form, entry)
                    for suffix in pack.inflection.adjective_suffixes:
                        add(c.form + suffix, entry)
                else:
                    add(c.form, entry, gen)
            for o in pack.organisations:
                add(o.form, Entry(ORG, o.igo, sector=o.sector), gen)
            for b in pack.bodies:
                add(b.form, Entry(BODY, b.form.lower(), sector=b.sector, role=b.role, country=b.country), gen)
            definite, plural = _inflected_roles(pack)
            for r in pack.roles:
                form = r.form.lower()
                add(r.form, Entry(ROLE, form, sector=r.sector, role=r.role, definite=form in definite - plural,
                                  plural=form in plural), gen)
        for form, ids in people.by_name.items():
            if len(form) >= 4:
                for pid in ids:
                    for pack in packs:
                        add(form, Entry(PERSON, pid), pack.inflection)
        self._automaton = ahocorasick.Automaton()
        for text, entries in readings.items():
            ranked = sorted(entries, key=lambda e: (-_PRIORITY[e.kind], e.key, e.sector or "", e.role or "",
                                                    e.form_kind or "", e.genitive))
            key = tuple(ranked)
            self._automaton.add_word(text, (len(text), ranked_tuples.setdefault(key, key)))
        self._automaton.make_automaton()

    def readings(self, form: str) -> tuple[Entry, ...]:
        """Every reading of an exact surface form."""
        found = self._automaton.get(form, None)
        return found[1] if found else ()

    def find(self, text: str) -> list[Match]:
        """Whole-word hits, leftmost-longest and non-overlapping; each with its best reading."""
        hits: list[tuple[int, int, str, tuple[Entry, ...]]] = []
        size = len(text)
        for last, (length, entries) in self._automaton.iter(text):
            start, end = last - length + 1, last + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            if end < size and (text[end].isalnum() or text[end] == "_"):
                continue
            hits.append((start, end, text[start:end], entries))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Match] = []
        covered = -1
        for start, end, form, entries in hits:
            if start >= covered:
                out.append(Match(start, end, form, entries[0]))
                covered = end
        return out
