"""Actors: gazetteer hits combined by rules into coded mentions, then resolved within the article.

- country names (GPE), adjectives and demonyms (NORP), organisations and government bodies (ORG), and
  people (PER) from the dictionary;
- a country or IGO modifier gives a body or role its country ("Det russiske utenriksdepartementet" ->
  RUSGOV, "NATO-sjefen" -> NATO's secretary general);
- a role word before a capitalised name makes a person ("statssekretær Kari Nilsen"); a role with a
  holder and no name is the office-holder at the article's date ("Russlands president");
- later surnames ("Tsahkna", "Tsahknas") and definite role nouns ("talsmannen") point back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from utkikk.lang import LangPack
from utkikk.model import Actor, Article, Entity
from utkikk.steps.actors.dictionary import PeopleDictionary, Person, Role, person_id
from utkikk.steps.actors.gazetteer import BODY, COUNTRY, ORG, PERSON, ROLE, Entry, Gazetteer, Match
from utkikk.steps.matching import WordIndex

_UPPER = "A-ZÆØÅÄÖÜÉÈÁÀÂŠČŽĆĐŁŃÓŚŹŻÍÚÝÞ"
# A name word: an initial ("O."), an Arabic article joined by a hyphen ("al-Assad"), or a capitalised
# word of two letters or more, with hyphenated parts ("Jean-Claude").
_NAME_WORD = rf"(?:[{_UPPER}]\.|(?:al|el|ad|as|at|ash|ibn|bin)-[{_UPPER}][\w'’]+|[{_UPPER}][\w'’]+(?:-[{_UPPER}]?\w+)*)"
_PARTICLE = r"(?:von|van|der|den|de|da|di|du|la|le|al|el|bin|ibn|ter|af|dos|das)"
NAME = re.compile(rf"{_NAME_WORD}(?: (?:{_PARTICLE} ){{0,2}}{_NAME_WORD}){{0,3}}")
_GAP = re.compile(r"[ \t]*,?[ \t]*")
# Roles that name a group rather than one person ("russiske soldater" -> RUSMIL).
# How many earlier spans an overlap test looks at (entities overlap each other rarely, and little).
OVERLAP_LOOKBACK = 4
# A country named this often in an article is the home of its unqualified bodies ("the police").
MIN_DOMINANT_MENTIONS = 2
GROUP_ROLES = frozenset({"soldier", "civilian", "protester", "activist"})
# Role nouns that refer back to a person named earlier ("talskvinnen", "the spokesman", "ministeren").
COREFERENT_ROLES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
    "finance_minister", "justice_minister", "minister", "state_secretary", "foreign_ministry_spokesperson",
    "government_spokesperson", "spokesperson", "secretary_general", "commission_president", "high_representative",
    "ambassador", "envoy", "monarch",
})
_GENITIVE_TAIL = re.compile(r"(?:'s|’s|'|s)$")


class _Taken:
    """Spans already given to entities, for overlap tests in logarithmic time (a long text may hold
    tens of thousands of entities)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._spans = sorted((e.start, e.end) for e in entities)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._spans, (end, -1))
        return any(s < end and start < e for s, e in self._spans[max(0, i - OVERLAP_LOOKBACK):i])

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))


@dataclass(slots=True)
class _Holder:
    """Whose office or body a mention is: a country or an IGO."""

    country: str | None = None
    igo: str | None = None

    @property
    def key(self) -> str | None:
        return self.country or self.igo


def government(actor: Actor) -> Actor:
    """A country that speaks or acts is its government: RUS -> RUSGOV (actors with a sector or an IGO stay)."""
    if actor.country and not actor.sector and not actor.igo:
        code = f"{actor.country}GOV"
        return Actor(f"actor:{code}", actor.name, country=actor.country, sector="GOV", code=code)
    return actor


def _code(country: str | None, igo: str | None, sector: str | None) -> str | None:
    if country:
        return country + (sector or "")
    return igo


def _pretty(role: str | None) -> str | None:
    return role.replace("_", " ") if role else None


class ActorRecognizer:
    """Finds and codes actor mentions; writes ``entities``."""

    name = "actors"
    reads = frozenset({"text", "sentences", "published", "lang"})
    writes = frozenset({"entities"})

    def __init__(self, packs: Iterable[LangPack], people: PeopleDictionary, given_names: frozenset[str]) -> None:
        self._packs = {p.code: p for p in packs}
        self._people = people
        self._given_names = given_names
        self._not_names = frozenset(w for p in self._packs.values() for w in p.not_names)
        self._former = frozenset(w for p in self._packs.values() for w in p.former)
        self._gazetteer = Gazetteer(self._packs.values(), people)
        self._country_names = {c.iso3: c.form for p in self._packs.values() if p.code == "en"
                               for c in reversed(p.countries) if c.kind == "name"}
        self._role_sector = {r.form.lower(): r.sector for p in self._packs.values() for r in p.roles}
        self._speech_verbs = WordIndex(v for p in self._packs.values() for v in p.speech.verbs if " " not in v)

    def process(self, article: Article) -> Article:
        text, day = article.text, article.published
        pack = self._packs.get(article.lang or "")
        matches = self._gazetteer.find(text)
        sentence_starts = {s.start for s in article.sentences}
        entities: list[Entity] = []
        consumed: set[int] = set()
        covered = 0  # a name taken by a role before it ("statsminister Jonas Gahr Støre") is not read again
        for i in range(len(matches)):
            if i in consumed or matches[i].start < covered:
                continue
            found = self._entity(text, matches, i, day, pack, sentence_starts, consumed)
            if found:
                entities.extend(found)
                covered = max(covered, *(e.end for e in found))
        entities.extend(self._named_speakers(text, entities, day))
        entities.extend(self._given_name_people(text, entities, day))
        entities.sort(key=lambda e: e.start)
        entities.extend(self._later_surnames(text, entities))
        entities.sort(key=lambda e: e.start)
        article.entities = _inherit_countries(_resolve_role_nouns(entities), article)
        return article

    # -- one gazetteer hit, with its neighbours ---------------------------------------------------
    def _entity(self, text: str, matches: list[Match], i: int, day: str | None, pack: LangPack | None,
                sentence_starts: set[int], consumed: set[int]) -> list[Entity] | None:
        match = matches[i]
        entry = match.entry
        head = self._head_after(text, matches, i)
        holds = entry.kind in (COUNTRY, ORG) or (entry.kind == BODY and entry.country is not None and entry.genitive)
        if holds and head is not None and (entry.genitive or entry.form_kind == "adjective"):
            consumed.add(i + 1)
            modifier = (self._headed(text, match, _Holder(), day, pack, sentence_starts) if entry.kind == BODY
                        else [self._plain(match, day)])
            return [*modifier, *self._headed(text, matches[i + 1], _holder_of(entry), day, pack, sentence_starts)]
        compound = self._compound_role(text, match)
        if compound is not None:
            return self._role(text, match.start, compound[0], compound[1], _holder_of(entry), day, definite=True)
        if entry.kind in (BODY, ROLE):
            return self._headed(text, match, _Holder(), day, pack, sentence_starts)
        return [self._plain(match, day)]

    def _head_after(self, text: str, matches: list[Match], i: int) -> Match | None:
        """The body or role hit right after hit ``i`` ("russiske [utenriksdepartementet]")."""
        if i + 1 >= len(matches):
            return None
        nxt = matches[i + 1]
        if nxt.entry.kind not in (BODY, ROLE) or nxt.entry.country:
            return None
        between = text[matches[i].end:nxt.start]
        return nxt if between.strip() == "" and len(between) <= 2 else None

    def _compound_role(self, text: str, match: Match) -> tuple[int, str] | None:
        """"NATO-sjefen", "FN-ambassadør": an IGO or country joined by a hyphen to a role word."""
        if match.entry.kind not in (ORG, COUNTRY) or text[match.end:match.end + 1] != "-":
            return None
        word = re.match(r"-(\w+)", text[match.end:])
        if word is None or word.group(1).lower() not in self._role_sector:
            return None
        return match.end + word.end(), word.group(1).lower()

    def _plain(self, match: Match, day: str | None) -> Entity:
        entry = match.entry
        if entry.kind == PERSON:
            return _person_entity(match.text, match.start, match.end, self._people.people[entry.key], day)
        if entry.kind == COUNTRY:
            kind = "GPE" if entry.form_kind == "name" else "NORP"
            actor = Actor(f"actor:{entry.key}", self._country_names.get(entry.key, entry.key), country=entry.key,
                          code=entry.key)
            return Entity(match.text, match.start, match.end, kind, actor)
        if entry.kind == ORG:
            code = entry.key + (entry.sector or "") if entry.sector else entry.key
            return Entity(match.text, match.start, match.end, "ORG",
                          Actor(f"actor:{code}", entry.key, igo=entry.key, sector=entry.sector, code=code))
        raise ValueError(f"no plain entity for {entry.kind}")

    def _headed(self, text: str, match: Match, holder: _Holder, day: str | None, pack: LangPack | None,
                sentence_starts: set[int]) -> list[Entity]:
        """A body or role with what we know of its holder."""
        entry = match.entry
        if entry.kind == BODY:
            country = entry.country or holder.country
            capitalised_inside = match.text[:1].isupper() and match.start not in sentence_starts
            if country is None and holder.igo is None and pack is not None and capitalised_inside:
                country = pack.home_country  # "Utenriksdepartementet" mid-sentence in a Norwegian article
            code = _code(country, holder.igo, entry.sector)
            actor = Actor(f"actor:{code or entry.sector}", match.text, country=country, igo=holder.igo,
                          sector=entry.sector, code=code, role=_pretty(entry.role))
            return [Entity(match.text, match.start, match.end, "ORG", actor)]
        return self._role(text, match.start, match.end, entry.key, holder, day, definite=entry.definite)

    def _role(self, text: str, start: int, end: int, form: str, holder: _Holder, day: str | None,
              definite: bool = False) -> list[Entity]:
        """A role word: with a name after it a person; with a holder the office-holder; else a
        role noun to resolve later (kept only if it resolves)."""
        readings = [e for e in self._gazetteer.readings(text[start:end]) if e.kind == ROLE] or \
                   [e for e in self._gazetteer.readings(form) if e.kind == ROLE]
        role = readings[0].role if readings else None
        if readings and readings[0].plural and role not in GROUP_ROLES:
            return []  # "ambassadørene", "officials": several people, no one actor
        sector = self._role_sector.get(form)
        name = _name_after(text, end)
        if name is not None:
            n_start, n_end = name
            person = self._people.named(text[n_start:n_end], day)
            if person is not None:
                return [_person_entity(text[n_start:n_end], n_start, n_end, person, day)]
            actor = Actor(person_id(text[n_start:n_end]), text[n_start:n_end], country=holder.country,
                          igo=holder.igo, sector=sector, code=_code(holder.country, holder.igo, sector),
                          role=_pretty(role))
            return [Entity(text[n_start:n_end], n_start, n_end, "PER", actor)]
        if role in GROUP_ROLES and holder.key:
            code = _code(holder.country, holder.igo, sector)
            return [Entity(text[start:end], start, end, "ORG",
                           Actor(f"actor:{code}", text[start:end], holder.country, holder.igo, sector, code))]
        if role and holder.key and not self._former_before(text, start):
            person = self._people.holder(role, holder.key, day)
            if person is not None:
                return [_person_entity(text[start:end], start, end, person, day)]
            # an office-holder we do not know by name: still an actor ("Kosovos innenriksminister")
            code = _code(holder.country, holder.igo, sector)
            return [Entity(text[start:end], start, end, "PER", Actor(f"actor:{code}", text[start:end], holder.country,
                                                                    holder.igo, sector, code, _pretty(role)))]
        if role and definite and role in COREFERENT_ROLES:
            return [Entity(text[start:end], start, end, "ROLE", Actor("", "", sector=sector, role=_pretty(role)))]
        return []

    def _former_before(self, text: str, start: int) -> bool:
        """Whether "former"/"tidligere" stands in the two words before a role ("a former Estonian PM")."""
        words = re.findall(r"[\w-]+", text[max(0, start - 40):start])[-2:]
        return any(w.lower().rstrip("-") in self._former for w in words)

    # -- people found by other cues ----------------------------------------------------------------
    def _named_speakers(self, text: str, entities: list[Entity], day: str | None) -> list[Entity]:
        """Capitalised names right before or after a speech verb ("Kari Nilsen sa", "said John Smith")."""
        taken = _Taken(entities)
        found: list[Entity] = []
        for verb in self._speech_verbs.find(text):
            spans = [m.span() for m in NAME.finditer(text, max(0, verb.start - 60), verb.start)
                     if text[m.end():verb.start] == " "]
            after = _GAP.match(text, verb.end)
            following = NAME.match(text, after.end()) if after and after.end() > verb.end else None
            if following is not None:
                spans.append(following.span())
            for span in spans:
                start, end = self._trimmed(text, *span)
                name = text[start:end]
                if taken.overlaps(start, end) or " " not in name:
                    continue
                person = self._people.named(name, day)
                found.append(_person_entity(name, start, end, person, day) if person else
                             Entity(name, start, end, "PER", Actor(person_id(name), name)))
                taken.add(start, end)
        return found

    def _trimmed(self, text: str, start: int, end: int) -> tuple[int, int]:
        """A name span without the sentence-opening words before it ("I Moskva", "The Treasury")."""
        words = text[start:end].split(" ")
        while words and words[0] in self._not_names:
            start += len(words.pop(0)) + 1
        return min(start, end), end

    def _given_name_people(self, text: str, entities: list[Entity], day: str | None) -> list[Entity]:
        """Names of two or more capitalised words opening with a known given name ("Nenad Jovanović")."""
        taken = _Taken(entities)
        found: list[Entity] = []
        for match in NAME.finditer(text):
            words = match.group().split(" ")
            # the name starts at its given name ("Lastebilsjåfør Ingrid Bergstrøm")
            first = next((k for k, w in enumerate(words) if w in self._given_names), None)
            if first is None or len(words) - first < 2:
                continue
            start = match.start() + len(" ".join(words[:first])) + (1 if first else 0)
            end = match.end()
            name = text[start:end]
            if taken.overlaps(start, end):
                continue
            person = self._people.named(name, day)
            found.append(_person_entity(name, start, end, person, day) if person else
                         Entity(name, start, end, "PER", Actor(person_id(name), name)))
        return found

    def _later_surnames(self, text: str, entities: list[Entity]) -> list[Entity]:
        """Later mentions of a person by surname, genitive included ("Tsahkna", "Tsahknas")."""
        taken = _Taken(entities)
        found: list[Entity] = []
        searched: set[str] = set()
        for entity in entities:
            if entity.kind != "PER" or entity.actor is None or " " not in entity.text:
                continue
            last = entity.text.split()[-1]
            # "Margus Tsahknas" is the genitive of "Margus Tsahkna"; "Alexis Tsipras" keeps its s
            stem = _GENITIVE_TAIL.sub("", last)
            surname = stem if stem != last and entity.actor.name.endswith(stem) else last
            if len(surname) < 3 or not surname[:1].isupper() or surname in searched:
                continue
            searched.add(surname)
            pattern = re.compile(rf"(?<![\w-]){re.escape(surname)}(?:s|'s|’s|')?(?![\w-])")
            for match in pattern.finditer(text, entity.end):
                if taken.overlaps(*match.span()):
                    continue
                found.append(Entity(match.group(), match.start(), match.end(), "PER", entity.actor))
                taken.add(*match.span())
        return found


def load_given_names() -> frozenset[str]:
    """Given names that open person names (``data/given_names.txt``)."""
    path = resources.files("utkikk.data").joinpath("given_names.txt")
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def _holder_of(entry: Entry) -> _Holder:
    if entry.kind == COUNTRY:
        return _Holder(country=entry.key)
    if entry.kind == BODY:  # a metonym: "Kremls talsmann"
        return _Holder(country=entry.country)
    if entry.kind == ORG:
        return _Holder(igo=entry.key)
    return _Holder()


def _person_entity(text: str, start: int, end: int, person: Person, day: str | None) -> Entity:
    role: Role | None = person.role_at(day)
    country = role.country if role else None
    igo = role.igo if role else None
    sector = role.sector if role else None
    actor = Actor(person.id, person.name, country=country, igo=igo, sector=sector, code=_code(country, igo, sector),
                  role=_pretty(role.role) if role else None)
    return Entity(text, start, end, "PER", actor)


def _name_after(text: str, end: int) -> tuple[int, int] | None:
    """A capitalised name right after a role word (a comma allowed between)."""
    gap = _GAP.match(text, end)
    if gap is None or gap.end() == end:
        return None
    match = NAME.match(text, gap.end())
    return match.span() if match else None


def _inherit_countries(entities: list[Entity], article: Article) -> list[Entity]:
    """A body with no country of its own ("styrkene", "departementet", "the army") belongs to the
    country coded nearest before it in its sentence ("Det serbiske forsvaret sier at styrkene ..."),
    else to the last body of its sector named before it ("Forsvarsdepartementet ... departementet"),
    else to the country the article has named most often so far, if it has named one twice."""
    starts = [s.start for s in article.sentences]
    out: list[Entity] = []
    mentions: Counter[str] = Counter()
    last_country: tuple[int, str] | None = None  # (position, country) of the last coded entity
    by_sector: dict[str | None, str] = {}  # sector -> country of the last body of that sector
    for entity in entities:
        actor = entity.actor
        if entity.kind == "ORG" and actor is not None and actor.country is None and actor.igo is None:
            i = bisect_right(starts, entity.start)
            sentence_start = starts[i - 1] if i else 0
            country = last_country[1] if last_country and last_country[0] >= sentence_start else None
            country = country or by_sector.get(actor.sector)
            if country is None and mentions:
                leader, count = mentions.most_common(1)[0]
                country = leader if count >= MIN_DOMINANT_MENTIONS else None
            if country is not None:
                code = _code(country, None, actor.sector)
                entity = Entity(entity.text, entity.start, entity.end, entity.kind,
                                Actor(f"actor:{code}", actor.name, country=country, sector=actor.sector,
                                      code=code, role=actor.role))
        if entity.actor and entity.actor.country:
            last_country = (entity.start, entity.actor.country)
            if entity.kind == "ORG":
                by_sector[entity.actor.sector] = entity.actor.country
            if entity.kind in ("GPE", "NORP"):
                mentions[entity.actor.country] += 1
        out.append(entity)
    return out


def _resolve_role_nouns(entities: list[Entity]) -> list[Entity]:
    """Definite role nouns point to the latest person before them with the same role, else the latest
    person; those that point nowhere are dropped."""
    out: list[Entity] = []
    people: list[Entity] = []
    for entity in entities:
        if entity.kind == "ROLE":
            role = entity.actor.role if entity.actor else None
            target = next((p for p in reversed(people) if p.actor and role and p.actor.role == role), None) or \
                (people[-1] if people else None)
            if target is not None and target.actor is not None:
                out.append(Entity(entity.text, entity.start, entity.end, "PER", target.actor))
            continue
        if entity.kind == "PER":
            people.append(entity)
        out.append(entity)
    return out
