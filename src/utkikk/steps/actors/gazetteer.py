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
# Ranking when one surface form has several readings (higher wins).
_PRIORITY = {PERSON: 5, ORG: 4, BODY: 3, COUNTRY: 2, ROLE: 1}


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


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer hit in the text."""

    start: int
    end: int
    text: str
    entry: Entry


def _capitalised(form: str) -> str:
    return form[:1].upper() + form[1:]


def _definite_roles(pack: LangPack) -> set[str]:
    """Role forms that extend a shorter form of the same role (nb "talsmannen" of "talsmann")."""
    by_role: dict[str, list[str]] = defaultdict(list)
    for r in pack.roles:
        by_role[r.role].append(r.form.lower())
    out = set()
    for forms in by_role.values():
        for form in forms:
            if any(form != other and form.startswith(other) for other in forms):
                out.add(form)
    return out


class Gazetteer:
    """Finds actor forms in text: leftmost-longest, whole words only."""

    def __init__(self, packs: Iterable[LangPack], people: PeopleDictionary) -> None:
        readings: dict[str, set[Entry]] = defaultdict(set)

        def add(form: str, entry: Entry, inflection: Inflection | None = None) -> None:
            variants = {form: entry}
            for g in inflection.genitives(form) if inflection else ():
                variants[g] = replace(entry, genitive=True)
            for text, e in variants.items():
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
            definite = _definite_roles(pack)
            for r in pack.roles:
                add(r.form, Entry(ROLE, r.form.lower(), sector=r.sector, role=r.role,
                                  definite=r.form.lower() in definite), gen)
        for form, ids in people.by_name.items():
            if len(form) >= 4:
                for pid in ids:
                    for pack in packs:
                        add(form, Entry(PERSON, pid), pack.inflection)
        self._automaton = ahocorasick.Automaton()
        for text, entries in readings.items():
            ranked = sorted(entries, key=lambda e: (-_PRIORITY[e.kind], e.key, e.sector or "", e.role or "",
                                                    e.form_kind or "", e.genitive))
            self._automaton.add_word(text, (text, tuple(ranked)))
        self._automaton.make_automaton()

    def readings(self, form: str) -> tuple[Entry, ...]:
        """Every reading of an exact surface form."""
        found = self._automaton.get(form, None)
        return found[1] if found else ()

    def find(self, text: str) -> list[Match]:
        """Whole-word hits, leftmost-longest and non-overlapping; each with its best reading."""
        hits: list[tuple[int, int, str, tuple[Entry, ...]]] = []
        size = len(text)
        for last, (form, entries) in self._automaton.iter(text):
            start, end = last - len(form) + 1, last + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            if end < size and (text[end].isalnum() or text[end] == "_"):
                continue
            hits.append((start, end, form, entries))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Match] = []
        covered = -1
        for start, end, form, entries in hits:
            if start >= covered:
                out.append(Match(start, end, form, entries[0]))
                covered = end
        return out
