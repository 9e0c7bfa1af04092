"""The PLOVER event coder (docs/events.md): trigger patterns of the language pack's event lexicon, source and
target from the clause around the trigger, modality from cue words, and the evidence it came from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from utkikk import ontology
from utkikk.lang import LangPack
from utkikk.model import Actor, Article, DateRef, Entity, Event, EventQuantity, Quantity, Quote, Sentence
from utkikk.steps.actors import government
from utkikk.steps.events.arguments import ArgumentFinder, Clause, Mention, mentions, same_side
from utkikk.steps.events.capitals import Capitals
from utkikk.steps.events.modality import Modality, ModalityJudge
from utkikk.steps.events.tokens import Lemmatizer, Phrases, Token, tokenize, words
from utkikk.steps.events.triggers import Trigger, TriggerFinder
from utkikk.steps.spans import SpanIndex

# An event dated by the text more than this long before publication is historical.
HISTORICAL_AFTER = timedelta(days=365)
# Units of numbers that belong to events (money is any ISO currency code).
EVENT_UNITS = frozenset({"people", "troops", "killed", "injured", "vehicles", "weapons"})
# Quotes may nest (a reported clause around a direct quote): how many starting before a place to look at.
QUOTE_NESTING = 3
# Longer "sentences" are tables, lists or unpunctuated dumps; coding them would take time quadratic in length.
MAX_SENTENCE_CHARS = 3000
# Events whose complement ("krever at ...", "refused to ...") is their content, not an event of its own.
CONTENT_HEADS = frozenset({"REQUEST", "REJECT"})
# Confidence: a base for a trigger, raised by what the clause confirms.
_BASE, _SOURCE, _TARGET, _PHRASE, _BORROWED = 0.4, 0.25, 0.15, 0.1, 0.1


class _Coder:
    """The coding machinery of one language."""

    def __init__(self, pack: LangPack) -> None:
        self.lemmatize = Lemmatizer(pack.code)
        self.triggers = TriggerFinder(pack.events.patterns, pack.events.cues)
        self.arguments = ArgumentFinder(pack)
        self.modality = ModalityJudge(pack.events.cues)
        self.first_person = frozenset(p[0] for p in pack.events.cues.first_person if len(p) == 1)
        self.of = Phrases(pack.events.cues.of)
        self.forces = frozenset(p[0] for p in pack.events.cues.forces if len(p) == 1)
        self.capitals = Capitals(pack)
        self.pronouns = frozenset(w for w, g in pack.speech.pronouns.items() if g in ("m", "f"))
        self.country_anaphors = Phrases(pack.events.cues.country_anaphors)
        self.anaphor_words = self.country_anaphors.first_words
        self.actor_words = self.pronouns | self.capitals.first_words | self.anaphor_words


class _ArticleView:
    """One article's entities, quotes, dates and numbers, looked up by offsets."""

    def __init__(self, article: Article) -> None:
        self.entities = SpanIndex(e for e in article.entities if e.actor is not None)
        self.people = SpanIndex(e for e in self.entities.spans if e.kind == "PER")
        self.countries = SpanIndex(e for e in self.entities.spans if e.kind == "GPE")
        self.quotes = SpanIndex(article.quotes)
        self.dates = SpanIndex(d for d in article.dates if d.value)
        self.quantities = SpanIndex(q for q in article.quantities if _event_unit(q.unit))
        self.published = _day(article.published)

    def quote_at(self, offset: int) -> Quote | None:
        """The quote the text at ``offset`` stands in, if any."""
        return next(iter(self.quotes.overlapping(offset, offset + 1, QUOTE_NESTING)[-1:]), None)


class EventCoder:
    """Writes ``events``: zero or more PLOVER events per sentence, each with its evidence."""

    name = "events"
    reads = frozenset({"text", "lang", "coded", "sentences", "entities", "quotes", "dates", "quantities", "published"})
    writes = frozenset({"events"})

    def __init__(self, packs: Iterable[LangPack]) -> None:
        self._coders = {p.code: _Coder(p) for p in packs if p.events.patterns}

    def process(self, article: Article) -> Article:
        coder = self._coders.get(article.lang or "")
        if not article.coded or coder is None:
            return article
        view = _ArticleView(article)
        events: list[Event] = []
        for sentence in article.sentences:
            events.extend(self._sentence(coder, article.text, sentence, view))
        article.events = events
        return article

    def _sentence(self, coder: _Coder, text: str, sentence: Sentence, view: _ArticleView) -> list[Event]:
        if sentence.end - sentence.start > MAX_SENTENCE_CHARS:
            return []  # a table, a list or a text without punctuation, not a sentence to code
        forms, lemmas = words(text, sentence.start, sentence.end, coder.lemmatize)
        entities = view.entities.inside(sentence.start, sentence.end)
        if not entities and not view.quotes.overlapping(sentence.start, sentence.end, QUOTE_NESTING) \
                and coder.actor_words.isdisjoint(forms):
            return []  # no actor can stand in it: no entity, no quote to speak for, no pronoun or capital
        vocabulary = {*forms, *lemmas}
        candidates = coder.triggers.candidates(forms, lemmas, vocabulary)
        if not candidates:
            return []
        tokens = tokenize(text, sentence.start, sentence.end, forms, lemmas)
        found, breaks = coder.triggers.find(tokens, candidates)
        found = [t for t in found if not _in_name(tokens, t, entities)]  # "Rapid Support Forces" supports nothing
        if not found:
            return []
        entities = sorted(entities + coder.capitals.find(text, tokens, entities), key=lambda e: e.start)
        spans = mentions(tokens, entities, coder.of, coder.forces)
        spans = sorted(spans + self._references(coder, tokens, view), key=lambda m: m.first)
        present = coder.modality.present(vocabulary)
        coded: list[tuple[Trigger, list[Event]]] = []
        previous: Trigger | None = None
        shared: list[Mention] = []
        for trigger in found:
            clause = coder.arguments.clause(tokens, breaks, trigger, previous)
            modality = coder.modality.judge(tokens, trigger, clause, present)
            accused = _accused(coder, tokens, coded[-1] if coded else None, trigger)
            if accused is not None:  # "anklaget Ukraina for å ha angrepet": the accused acts, the accuser claims
                clause, shared = replace(clause, shares=True), accused
            events, sources = self._events(coder, text, sentence, tokens, spans, (trigger, clause, shared), modality,
                                           view)
            shared = sources or shared  # "welcomed the ceasefire and called on": the last named subject
            if accused is not None and coded[-1][1] and coded[-1][1][0].source is not None:
                for event in events:
                    event.claimed_by = coded[-1][1][0].source
            coded.append((trigger, events))
            previous = trigger
        return _merged(self._contents_dropped(coder, tokens, coded))

    @staticmethod
    def _contents_dropped(coder: _Coder, tokens: list[Token],
                          coded: list[tuple[Trigger, list[Event]]]) -> list[Event]:
        """An act demanded or refused is the content of the demand or refusal, not an event of its own ("krever at
        Vučić går av", "refused to withdraw"); an act denied is coded negated and the denial is not a REJECT
        ("nekter for å ha angrepet")."""
        dropped: set[int] = set()
        for i, ((head, head_events), (trigger, events)) in enumerate(pairwise(coded)):
            if not head_events or head_events[0].type not in CONTENT_HEADS \
                    or not coder.arguments.complement(tokens, head, trigger):
                continue
            denied = coder.modality.denies(tokens, head.first) and events and events[0].modality == "negated"
            dropped.add(i if denied else i + 1)
        return [e for i, (_, events) in enumerate(coded) if i not in dropped for e in events]

    @staticmethod
    def _references(coder: _Coder, tokens: list[Token], view: _ArticleView) -> list[Mention]:
        """Pronouns ("han", "she") as the latest person before them; first person in a quote as its speaker;
        "landet", "the country" as the government of the country named last."""
        found: list[Mention] = []
        for i, token in enumerate(tokens):
            n = coder.country_anaphors.at(tokens, i) if token.form in coder.anaphor_words else 0
            if n:
                country = view.countries.last_ending_by(token.start)
                if country is not None and country.actor is not None:
                    found.append(Mention(i, i + n - 1, government(country.actor)))
            elif token.form in coder.pronouns:
                person = view.people.last_ending_by(token.start)
                if person is not None and person.actor is not None:
                    found.append(Mention(i, i, person.actor))
            elif token.form in coder.first_person:
                quote = view.quote_at(token.start)
                if quote is not None and quote.speaker is not None and quote.speaker.actor is not None:
                    found.append(Mention(i, i, quote.speaker.actor))
        return found

    def _events(self, coder: _Coder, text: str, sentence: Sentence, tokens: list[Token], spans: list[Mention],
                where: tuple[Trigger, Clause, list[Mention]], modality: Modality,
                view: _ArticleView) -> tuple[list[Event], list[Mention]]:
        """The events of one trigger, and its sources (for a next clause that shares them)."""
        trigger, clause, shared = where
        rule = trigger.pattern.rule
        sources, targets, passive = coder.arguments.arguments(tokens, spans, trigger, clause, shared)
        if passive and not sources and rule.type in ontology.SELF_MOVED:
            sources, targets = targets, []  # "North Korean troops had been deployed": the troops act
        start, end = tokens[trigger.first].start, tokens[trigger.last].end
        quote = view.quote_at(start)
        speaker = quote.speaker.actor if quote is not None and quote.speaker is not None else None
        borrowed = False
        if not sources and not passive and speaker is not None and quote is not None and quote.direct:
            sources, borrowed = [Mention(trigger.first, trigger.first, speaker)], True  # «Vi vil sende …»
        if not sources and not targets:
            return [], []  # no actor named on either side: no event rather than an invented one
        if len(sources) == 2 and not targets and rule.type in ontology.RECIPROCAL:
            sources, targets = sources[:1], sources[1:]  # "Norge og Storbritannia skal samarbeide"
        type_name, mode, cameo, value = rule.type, rule.mode, rule.cameo, modality.value
        if type_name in ontology.THREAT_OF and modality.threatening and sources:
            mode, cameo = ontology.THREAT_OF_MODE.get((type_name, mode or ""), ontology.THREAT_OF[type_name])
            type_name = "THREATEN"
        elif modality.threatening and value == "asserted":
            value = "conditional"  # threatened, not done: "truet med å trekke seg fra avtalen"
        lo, hi = tokens[clause.left].start, tokens[clause.right].end
        when, basis = self._date(view, start, lo, hi, sentence)
        if value == "asserted" and basis == "text":
            value = _by_date(when, view.published)
        if value == "future" and type_name in ontology.INTENT_CODES:
            cameo = ontology.INTENT_CODES[type_name]  # "Portugal will support ...": CAMEO 032, PLOVER SUPPORT
        root = ontology.cameo_root(cameo)
        level = rule.intensity if type_name == rule.type else ontology.intensity(type_name, mode, cameo)
        quantities = [_event_quantity(q) for q in view.quantities.inside(lo, hi)]
        events = []
        evidence = text[sentence.start:sentence.end]
        for source in sources or (None,):
            for target in targets or (None,):
                src = source.actor if source else None
                tgt = target.actor if target else None
                if tgt is not None and src is not None and same_side(src, tgt):
                    tgt = None
                confidence = _BASE + (_SOURCE if src else 0) + (_TARGET if tgt else 0) \
                    + (_PHRASE if len(trigger.indices) > 1 else 0) - (_BORROWED if borrowed else 0)
                events.append(Event(
                    type=type_name, mode=mode, contexts=list(rule.contexts), cameo=root,
                    quad=ontology.quad_class(root), intensity=level, source=src, target=tgt, modality=value,
                    sentence=evidence, start=sentence.start, end=sentence.end,
                    confidence=round(min(confidence, 0.95), 2), cameo_code=cameo,
                    trigger=text[start:end], trigger_start=start, trigger_end=end,
                    claimed_by=speaker, date=when, date_basis=basis, quantities=quantities))
        return events, sources

    @staticmethod
    def _date(view: _ArticleView, at: int, lo: int, hi: int, sentence: Sentence) -> tuple[str | None, str | None]:
        """The date the clause (else the sentence) gives, nearest the trigger; else the publication date."""
        def nearest(refs: list[DateRef]) -> DateRef | None:
            return min(refs, key=lambda d: abs(d.start - at), default=None)

        in_sentence = view.dates.inside(sentence.start, sentence.end)
        ref = nearest([d for d in in_sentence if lo <= d.start and d.end <= hi]) or nearest(in_sentence)
        if ref is not None:
            return ref.value, "text"
        return (view.published.isoformat(), "publication") if view.published else (None, None)


def _in_name(tokens: list[Token], trigger: Trigger, entities: list[Entity]) -> bool:
    """Whether the trigger's words lie inside the name of an actor."""
    first, last = tokens[trigger.first].start, tokens[trigger.last].end
    return any(e.start <= first and last <= e.end and e.kind in ("ORG", "PER") for e in entities)


def _accused(coder: _Coder, tokens: list[Token], head: tuple[Trigger, list[Event]] | None,
             trigger: Trigger) -> list[Mention] | None:
    """The accused of an accusation whose complement holds ``trigger`` ("accused the army of killing"), as the
    subject of that act; None when ``trigger`` is no such act or the accusation names no one."""
    if head is None or not head[1] or head[1][0].type != "ACCUSE" or head[1][0].target is None \
            or not coder.arguments.complement(tokens, head[0], trigger):
        return None
    accused = head[1][0].target
    return [Mention(head[0].last, head[0].last, accused)]


def _merged(events: list[Event]) -> list[Event]:
    """One event per act: the same type by the same source against the same (or an unnamed) target in one
    sentence, as a threat verb and the threatened act give, is kept once, the fuller one."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if k.type == event.type and _code(k.source) == _code(event.source)
                     and (k.target is None or event.target is None or _code(k.target) == _code(event.target))), None)
        if twin is None:
            kept.append(event)
        elif (event.target is not None, event.confidence) > (twin.target is not None, twin.confidence):
            event.mode = event.mode or twin.mode
            kept[kept.index(twin)] = event
    return kept


def _code(actor: Actor | None) -> str | None:
    return actor.code or actor.id if actor else None


def _event_unit(unit: str | None) -> bool:
    return unit is not None and (unit in EVENT_UNITS or (len(unit) == 3 and unit.isupper()))


def _event_quantity(q: Quantity) -> EventQuantity:
    value = q.low if q.low is not None else q.high
    return EventQuantity(value=float(value or 0), unit=q.unit, low=q.low, high=q.high, text=q.text)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _by_date(value: str | None, published: date | None) -> str:
    """An asserted event dated by the text: historical when it ended over a year before publication
    ("i 2014", "in March 2022"), future when its day is after publication ("møtes torsdag"); else asserted."""
    if not value or published is None:
        return "asserted"
    parts = [int(p) for p in value.split("-")]
    first = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    last = date(parts[0], 12, 31) if len(parts) == 1 else \
        (date(parts[0], parts[1], 28) if len(parts) == 2 else first)
    if published - last > HISTORICAL_AFTER:
        return "historical"
    return "future" if len(parts) == 3 and first > published else "asserted"  # a month may be last June
