"""The shipped actor dictionary of people with dated roles (``data/actors/people.jsonl``)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import msgspec

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """Lower-case ASCII slug of a name: "Aleksandar Vučić" -> "aleksandar-vucic"."""
    folded = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
                                   .replace("Æ", "Ae").replace("ß", "ss"))
    ascii_name = folded.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub("-", ascii_name).strip("-")


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


class Role(msgspec.Struct, frozen=True):
    """An office or affiliation held from ``start`` to ``end`` (ISO dates; None = open)."""

    role: str | None = None
    country: str | None = None
    igo: str | None = None
    sector: str | None = None
    start: str | None = None
    end: str | None = None

    def active(self, day: str | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Person(msgspec.Struct, frozen=True):
    """A person of the dictionary."""

    id: str
    name: str
    aliases: list[str] = []
    roles: list[Role] = []
    source: str = "curated"

    def role_at(self, day: str | None) -> Role | None:
        """The role held on ``day`` (the most specific if several), else the latest before it."""
        active = [r for r in self.roles if r.active(day)]
        if active:
            return max(active, key=lambda r: (r.role is not None, r.start or ""))
        before = [r for r in self.roles if day is None or (r.start or "") <= day]
        return max(before, key=lambda r: r.end or "9999") if before else None


@dataclass(frozen=True, slots=True)
class PeopleDictionary:
    """People by id, by every name form, and by (role, country or IGO) for role-only mentions."""

    people: dict[str, Person]
    by_name: dict[str, tuple[str, ...]]
    by_office: dict[tuple[str, str], tuple[str, ...]]

    @classmethod
    def load(cls) -> PeopleDictionary:
        path = resources.files("utkikk.data").joinpath("actors", "people.jsonl")
        if not path.is_file():
            return cls.build([])
        decoder = msgspec.json.Decoder(Person)
        return cls.build(decoder.decode(line) for line in path.read_bytes().splitlines() if line.strip())

    @classmethod
    def build(cls, people: Iterable[Person]) -> PeopleDictionary:
        by_id: dict[str, Person] = {}
        names: dict[str, list[str]] = defaultdict(list)
        offices: dict[tuple[str, str], list[str]] = defaultdict(list)
        for person in people:
            by_id[person.id] = person
            for form in dict.fromkeys([person.name, *person.aliases]):
                names[form].append(person.id)
            for role in person.roles:
                holder = role.country or role.igo
                if role.role and holder:
                    offices[(role.role, holder)].append(person.id)
        return cls(by_id, {k: tuple(dict.fromkeys(v)) for k, v in names.items()},
                   {k: tuple(dict.fromkeys(v)) for k, v in offices.items()})

    def named(self, form: str, day: str | None) -> Person | None:
        """The person a name form refers to on ``day``: of several, the one in office then."""
        ids = self.by_name.get(form, ())
        if not ids:
            return None
        candidates = [self.people[i] for i in ids]
        return max(candidates, key=lambda p: (any(r.active(day) for r in p.roles), p.source == "curated"))

    def holder(self, role: str, of: str, day: str | None) -> Person | None:
        """Who held ``role`` for country or IGO ``of`` on ``day``."""
        for pid in self.by_office.get((role, of), ()):
            person = self.people[pid]
            if any(r.role == role and (r.country == of or r.igo == of) and r.active(day) for r in person.roles):
                return person
        return None
