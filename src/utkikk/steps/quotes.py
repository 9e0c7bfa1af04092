"""Quotes and their speakers: «…», “…”, "…" and ‘…’ quotes, dash-opened lines, quotes split by an
attribution, partial quotes inside reported speech, and reported speech ("X sa at …", "ifølge X").

A speaker is found in the attribution next to the quote (", sa talskvinnen, Maria Zakharova";
"Rutte sa:"; "la hun til"), else carried over from the quote before it in the same run of quotes, and
resolved to an actor through the entities the actor step found (pronouns and role nouns included).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from utkikk.lang import LangPack
from utkikk.model import Article, Entity, Quote, Speaker
from utkikk.steps.actors import government
from utkikk.steps.matching import Hit, WordIndex, alternatives
from utkikk.steps.spans import SpanIndex

# Quotes shorter than this many words are kept only when a speech verb governs them.
MIN_QUOTE_WORDS = 2
# Reported clauses shorter than this are not speech ("said in a statement").
MIN_CLAUSE_WORDS = 4
# A reported clause that is this much a direct quote is not kept beside it.
DIRECT_SHARE = 0.8
# Longer "sentences" (lists, tables, junk without punctuation) are not searched for reported speech.
MAX_SENTENCE_CHARS = 1500
# How far (characters) an attribution may stand from its quote.
ATTRIBUTION_SPAN = 120
_WORDS = re.compile(r"\w+")
_BOUNDARY = re.compile(r"[,;:«»“”\"\n]")
_QUOTE_OR_END = re.compile(r"[.!?«»“”\"\n]")
# A stretch of an attribution: no sentence end, quote mark or comma, but abbreviation dots ("U.S.",
# "U.S. Ambassador").
_PHRASE = r"(?:[^.!?,«»“”\"\n]|\.(?=\S)|(?<=\b[A-Z])\.)"
_CLAUSE = r"(?:[^.!?«»“”\"\n]|\.(?=\S)|(?<=\b[A-Z])\.)"  # the same, commas allowed


@dataclass(frozen=True, slots=True)
class _Rules:
    """Regular expressions of one language pack."""

    pairs: tuple[re.Pattern[str], ...]
    after: re.Pattern[str]  # attribution after a quote: ", sa NN" / ", NN said"
    lead_in: re.Pattern[str]  # what may stand between a speech verb and its quote: "sa tirsdag at", "said:"
    dash_line: re.Pattern[str] | None
    verbs: WordIndex  # any speech verb
    clause_after: tuple[re.Pattern[str], ...]  # a reported clause after a speech verb, by preference
    reported_after: re.Pattern[str]  # "..., X said." / "..., said X."
    further: re.Pattern[str]  # ", og at" / "and that": a second reported clause
    according: re.Pattern[str] | None
    pronouns: frozenset[str]



def _rules(pack: LangPack) -> _Rules | None:
    speech = pack.speech
    if not speech.verbs:
        return None
    verbs = alternatives(speech.verbs)
    that = alternatives(speech.complementisers)
    pairs = tuple(re.compile(rf"{re.escape(o)}(?P<q>[^{re.escape(o + c)}\n]{{1,3000}}?){re.escape(c)}")
                  for o, c in speech.quote_pairs)
    dash = alternatives(speech.dash)
    return _Rules(
        pairs=pairs,
        after=re.compile(rf"\s*[,–-]?\s*(?:(?:{verbs})\b\s*(?P<sp1>{_CLAUSE}{{1,{ATTRIBUTION_SPAN}}}?)"
                         rf"|(?P<sp2>{_PHRASE}{{1,60}}?)\s+(?:{verbs})\b{_PHRASE}{{0,{ATTRIBUTION_SPAN}}}?)"
                         rf"\s*(?=[.!?,:;]|$)"),
        lead_in=re.compile(rf"[^.!?«»“”\"]{{0,40}}?(?:\s(?:{that}))?\s*:?\s*$"),
        dash_line=re.compile(rf"^(?:{dash})\s+(?P<q>.+?)(?:,\s*(?P<attr>(?:{verbs})\b[^,]*?|[^,]*?\s(?:{verbs})\b[^,]*?)"
                             rf")?[.!?]?\s*$") if dash else None,
        verbs=WordIndex(speech.verbs),
        # what follows a speech verb in reported speech: "... sa (tirsdag) at <clause>", then, with the
        # subject after the verb, "... sa utenriksministeren til NTB at <clause>", then "said <clause>"
        clause_after=(
            re.compile(rf"(?P<mid>[^.!?«»“”\"]{{0,80}}?)\s(?:{that})\s+(?P<q>.+?)\s*[.!?]?$"),
            *((re.compile(rf"\s+(?P<sp>[^,;:«»“”\"]{{1,80}}?)\s(?:{that})\s+(?P<q>.+?)\s*[.!?]?$"),)
              if speech.inverted_attribution else ()),
            *((re.compile(r"\s+(?P<q>.+?)\s*[.!?]?$"),) if speech.complementiser_optional else ()),
        ),
        further=re.compile(rf",?\s+(?:{alternatives(speech.coordinators)})\s+(?:{that})\s+"),
        reported_after=re.compile(rf"^(?P<q>[^«»“”\"]{{20,}}?),\s+(?:(?P<sp1>{_PHRASE}{{1,60}}?)\s+(?:{verbs})"
                                  rf"|(?:{verbs})\s+(?P<sp2>{_PHRASE}{{1,80}}))\b{_PHRASE}{{0,60}}[.!?]?$"),
        according=re.compile(rf"\b(?:{alternatives(speech.according_to)})\s+(?P<sp>[^,.;]{{1,80}})")
        if speech.according_to else None,
        pronouns=frozenset(speech.pronouns),
    )


class _Entities(SpanIndex[Entity]):
    """The article's entities with actors, and its people for pronouns."""

    def __init__(self, entities: list[Entity]) -> None:
        super().__init__(e for e in entities if e.actor is not None)
        self._people = SpanIndex(e for e in self.spans if e.kind == "PER")

    def last_person_before(self, pos: int) -> Entity | None:
        """The latest person mentioned before ``pos``."""
        return self._people.last_ending_by(pos)


class _Quotes(SpanIndex[Quote]):
    """The direct quotes of an article (not overlapping)."""

    def covers(self, reported: Quote) -> bool:
        """Whether a "reported clause" is mostly a direct quote ('said: "..."'), so is that quote."""
        size = max(reported.end - reported.start, 1)
        return any(min(q.end, reported.end) - max(q.start, reported.start) >= DIRECT_SHARE * size
                   for q in self.overlapping(reported.start, reported.end))


class QuoteFinder:
    """Writes ``quotes`` from the text, the sentences and the entities."""

    name = "quotes"
    reads = frozenset({"text", "sentences", "entities", "lang"})
    writes = frozenset({"quotes"})

    def __init__(self, packs: Iterable[LangPack]) -> None:
        self._rules = {p.code: r for p in packs if (r := _rules(p)) is not None}

    def process(self, article: Article) -> Article:
        rules = self._rules.get(article.lang or "")
        if rules is None:
            article.quotes = []
            return article
        text = article.text
        verbs = SpanIndex(rules.verbs.find(text))
        entities = _Entities(article.entities)
        quotes = self._direct(text, rules, article, verbs, entities)
        direct = _Quotes(quotes)
        quotes.extend(q for q in self._reported(text, rules, article, direct, verbs, entities)
                      if not direct.covers(q))
        quotes.sort(key=lambda q: q.start)
        article.quotes = quotes
        return article

    # -- direct quotes -------------------------------------------------------------------------
    def _direct(self, text: str, rules: _Rules, article: Article, verbs: SpanIndex[Hit],
                entities: _Entities) -> list[Quote]:
        spans: list[tuple[int, int, int, int]] = []  # quote text start/end, marks start/end
        for rx in rules.pairs:
            spans.extend((m.start("q"), m.end("q"), m.start(), m.end()) for m in rx.finditer(text))
        if rules.dash_line is not None:
            for line in re.finditer(r"[^\n]+", text):
                m = rules.dash_line.match(line.group())
                if m and not any(s <= line.start() + m.start("q") < e for s, e, _, _ in spans):
                    spans.append((line.start() + m.start("q"), line.start() + m.end("q"), line.start(), line.end()))
        spans = _outermost(spans)
        quotes: list[Quote] = []
        previous: Quote | None = None
        for q_start, q_end, m_start, m_end in spans:
            q_start, q_end = _trim(text, q_start, q_end, " \t\r\n\u00a0")
            body = text[q_start:q_end]
            speaker = self._attribution(text, rules, entities, m_start, m_end, verbs)
            if speaker is None:
                speaker = self._governing(text, rules, article, m_start, verbs, entities)
            if len(_WORDS.findall(body)) < MIN_QUOTE_WORDS and speaker is None:
                continue
            if speaker is None and previous is not None and _same_run(text, previous.end, m_start):
                speaker = previous.speaker
            quote = Quote(body, q_start, q_end, True, speaker)
            quotes.append(quote)
            previous = quote
        return quotes

    def _attribution(self, text: str, rules: _Rules, entities: _Entities, m_start: int, m_end: int,
                     verbs: SpanIndex[Hit]) -> Speaker | None:
        line_end = text.find("\n", m_end)
        line_end = len(text) if line_end < 0 else line_end
        inside = text[m_start:m_end]
        if rules.dash_line is not None:
            dash = rules.dash_line.match(inside)
            if dash and dash.group("attr"):
                start = m_start + dash.start("attr")
                return _speaker(text, start, m_start + dash.end("attr"), entities, rules)
        after = rules.after.match(text, m_end, min(line_end, m_end + ATTRIBUTION_SPAN))
        if after:
            group = "sp1" if after.group("sp1") else "sp2"
            return _speaker(text, after.start(group), after.end(group), entities, rules)
        # "Rutte sa:", "Lavrov said that": a speech verb just before the quote, its subject before it
        line_start = text.rfind("\n", 0, m_start) + 1
        floor = max(line_start, m_start - ATTRIBUTION_SPAN)
        for verb in reversed(verbs.inside(floor, m_start)):
            if rules.lead_in.match(text, verb.end, m_start):
                marks = [m.end() for m in _QUOTE_OR_END.finditer(text, floor, verb.start)]
                return _speaker(text, marks[-1] if marks else floor, verb.start, entities, rules)
        return None

    def _governing(self, text: str, rules: _Rules, article: Article, m_start: int, verb_hits: SpanIndex[Hit],
                   entities: _Entities) -> Speaker | None:
        """The subject of a speech verb earlier in the quote's sentence ("Vucic said troops were
        there «to deter»"), or after it when the sentence is inverted ("I går sa hun at ...")."""
        sentence = next((s for s in article.sentences if s.start <= m_start < s.end), None)
        if sentence is None:
            return None
        verbs = verb_hits.inside(sentence.start, m_start)
        if not verbs:
            return None
        last = verbs[-1]
        after_end = min(m_start, last.end + 60)
        boundary = _BOUNDARY.search(text, last.end, after_end)
        before = _subject_span(text, sentence.start, last.start)
        return (_speaker(text, *before, entities, rules, nearest=True)
                or _speaker(text, last.end, boundary.start() if boundary else after_end, entities, rules))

    # -- reported speech -----------------------------------------------------------------------
    def _reported_clause(self, text: str, rules: _Rules, entities: _Entities, start: int, end: int,
                         verb_hits: SpanIndex[Hit], before: int | None) -> list[Quote] | None:
        """"X sa (at) <clause>" in the sentence text[start:end], tried verb by verb, form by form; only
        verbs before ``before`` (the sentence's first direct quote) count."""
        verbs = [v for v in verb_hits.inside(start, end) if before is None or v.start < before]
        for form in rules.clause_after:
            for verb in verbs:
                m = form.match(text, verb.end, end)
                if m is None or len(_WORDS.findall(m.group("q"))) < MIN_CLAUSE_WORDS:
                    continue
                span = m.span("sp") if "sp" in form.groupindex else _subject_span(text, start, verb.start)
                speaker = _speaker(text, *span, entities, rules, nearest=True)
                if speaker is not None:
                    return _clauses(text, m.start("q"), m.end("q"), rules, speaker)
        return None

    def _reported(self, text: str, rules: _Rules, article: Article, direct: _Quotes, verbs: SpanIndex[Hit],
                  entities: _Entities) -> list[Quote]:
        found: list[Quote] = []
        for sentence in article.sentences:
            if sentence.end - sentence.start > MAX_SENTENCE_CHARS:
                continue  # not prose: clause matching over it would take time quadratic in its length
            s_text = text[sentence.start:sentence.end]
            around = direct.overlapping(sentence.start, sentence.end)
            if any(len(q.text) > len(s_text) / 2 for q in around):
                continue
            # a speech verb after a direct quote attributes that quote ('"...," X told the council')
            first_quote = min((q.start for q in around if q.start >= sentence.start), default=None)
            clause = self._reported_clause(text, rules, entities, sentence.start, sentence.end, verbs, first_quote)
            if clause is not None:
                found.extend(clause)
                continue
            m = rules.reported_after.match(s_text)
            if m:
                group = "sp1" if m.group("sp1") else "sp2"
                speaker = _speaker(text, sentence.start + m.start(group), sentence.start + m.end(group),
                                   entities, rules)
                if speaker is not None:
                    start = sentence.start + m.start("q")
                    found.append(Quote(m.group("q"), start, start + len(m.group("q")), False, speaker))
                    continue
            if rules.according is not None:
                quote = _according(text, rules, entities, sentence.start, sentence.end)
                if quote is not None:
                    found.append(quote)
        return found


def _according(text: str, rules: _Rules, entities: _Entities, start: int, end: int) -> Quote | None:
    """"Ifølge FN er over 2 000 drept" / "..., according to the ministry": the actor named right after the
    cue speaks; the rest of the sentence, on the longer side of the cue, is what it said."""
    assert rules.according is not None
    cue = rules.according.search(text, start, end)
    if cue is None:
        return None
    named = next(iter(entities.starting(cue.start("sp"), cue.start("sp") + ATTRIBUTION_SPAN // 3)), None)
    if named is None:
        return None
    speaker = _speaker(text, named.start, named.end, entities, rules)
    after, before = _trim(text, named.end, end), _trim(text, start, cue.start())
    body = max((after, before), key=lambda span: len(_WORDS.findall(text[span[0]:span[1]])))
    if speaker is None or len(_WORDS.findall(text[body[0]:body[1]])) < MIN_CLAUSE_WORDS:
        return None
    return Quote(text[body[0]:body[1]], body[0], body[1], False, speaker)


def _trim(text: str, start: int, end: int, strip: str = " \t\n,.;:–-") -> tuple[int, int]:
    """A span without the characters of ``strip`` at its ends."""
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _subject_span(text: str, floor: int, verb_start: int) -> tuple[int, int]:
    """The stretch before a speech verb that may hold its subject: back to a clause boundary."""
    start = max(floor, verb_start - 80)
    for boundary in _BOUNDARY.finditer(text, start, verb_start):
        start = boundary.end()
    return start, verb_start


def _clauses(text: str, start: int, end: int, rules: _Rules, speaker: Speaker) -> list[Quote]:
    """A reported clause, split where a second one is joined on ("sa at A, og at B")."""
    out: list[Quote] = []
    for part in rules.further.split(text[start:end]):
        offset = text.index(part, start)
        out.append(Quote(part, offset, offset + len(part), False, speaker))
        start = offset + len(part)
    return out


def _outermost(spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Drop quotes nested in other quotes; keep document order."""
    spans.sort(key=lambda s: (s[2], -s[3]))
    out: list[tuple[int, int, int, int]] = []
    for span in spans:
        if out and span[2] < out[-1][3]:
            continue
        out.append(span)
    return out


def _same_run(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote continues the one before it: in the same paragraph, or opening the next one."""
    between = text[previous_end:start]
    return "\n" not in between or (between.count("\n") <= 2 and text[start - 1:start] == "\n")


def _speaker(text: str, start: int, end: int, entities: _Entities, rules: _Rules,
             nearest: bool = False) -> Speaker | None:
    """The speaker named in ``text[start:end]``: a person there (the last one for reported speech),
    else an organisation or country, else a pronoun resolved to the latest person before it."""
    phrase = text[start:end].strip(" ,")
    inside = entities.inside(start, end)
    # a person speaks before a body, a body before a country ("Germany's interior ministry said")
    best = next(([e for e in inside if e.kind == kind] for kind in ("PER", "ORG")
                 if any(e.kind == kind for e in inside)), inside)
    chosen = (best[-1] if nearest or best is not inside else best[0]) if best else None
    if chosen is not None and chosen.actor is not None:
        actor = chosen.actor
        if chosen.kind in ("GPE", "NORP"):
            actor = government(actor)  # "Germany said ..." -> DEUGOV
        return Speaker(chosen.text, actor.name or chosen.text, actor)
    words = _WORDS.findall(phrase)
    pronoun = next((w for w in words[:2] if w.lower() in rules.pronouns), None) if nearest is False else \
        next((w for w in reversed(words[-2:]) if w.lower() in rules.pronouns), None)
    if pronoun is not None:
        antecedent = entities.last_person_before(start)
        if antecedent is not None and antecedent.actor is not None:
            return Speaker(pronoun, antecedent.actor.name, antecedent.actor)
    return None
