"""The event lexicon of a language pack (``lang/<code>/events.toml``, docs/events.md): modality and
argument cues, and trigger patterns mapped to PLOVER type, mode, contexts and CAMEO code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from utkikk import ontology
from utkikk.lang.tables import TableError

CUE_KEYS = ("negation", "denial", "conditional", "modal", "future", "passive", "agent", "locative",
            "first_person", "clause_breaks", "threat", "prepositions", "infinitive", "of", "hearsay", "forces",
            "between", "relative", "country_anaphors", "perfect", "initial_conditional",
            "privative")
FLAG_KEYS = ("verb_second", "s_passive")
_MIN_WILDCARD = 3


@dataclass(frozen=True, slots=True)
class PatternWord:
    """One word of a pattern: literal forms/lemmas, and prefixes and suffixes (``kamp*``, ``*øvelse``)."""

    literals: frozenset[str]
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()

    def matches(self, form: str, lemma: str) -> bool:
        if form in self.literals or lemma in self.literals:
            return True
        return any(form.startswith(p) or lemma.startswith(p) for p in self.prefixes) or any(
            form.endswith(s) or lemma.endswith(s) for s in self.suffixes)


@dataclass(frozen=True, slots=True)
class EventRule:
    """What a pattern codes."""

    type: str
    mode: str | None
    cameo: str
    contexts: tuple[str, ...]
    intensity: float


@dataclass(frozen=True, slots=True)
class EventPattern:
    """A trigger: words in order, the word after which the target stands (or None), and its rule."""

    text: str
    words: tuple[PatternWord, ...]
    target_after: int | None
    rule: EventRule


@dataclass(frozen=True, slots=True)
class EventCues:
    """Words that decide modality and where the arguments of a trigger stand (each phrase a word tuple)."""

    negation: tuple[tuple[str, ...], ...] = ()
    denial: tuple[tuple[str, ...], ...] = ()
    conditional: tuple[tuple[str, ...], ...] = ()
    modal: tuple[tuple[str, ...], ...] = ()
    future: tuple[tuple[str, ...], ...] = ()
    passive: tuple[tuple[str, ...], ...] = ()
    agent: tuple[tuple[str, ...], ...] = ()
    locative: tuple[tuple[str, ...], ...] = ()
    first_person: tuple[tuple[str, ...], ...] = ()
    clause_breaks: tuple[tuple[str, ...], ...] = ()
    threat: tuple[tuple[str, ...], ...] = ()
    prepositions: tuple[tuple[str, ...], ...] = ()
    infinitive: tuple[tuple[str, ...], ...] = ()  # "nekter å angripe": the infinitive shares the subject
    of: tuple[tuple[str, ...], ...] = ()  # "regjeringen i Sri Lanka", "the government of Sri Lanka"
    hearsay: tuple[tuple[str, ...], ...] = ()  # "skal ha angrepet": reported, not future
    forces: tuple[tuple[str, ...], ...] = ()  # "russiske styrker": armed forces only after a country adjective
    between: tuple[tuple[str, ...], ...] = ()  # "våpenhvile mellom Israel og Hizbollah": source and target
    relative: tuple[tuple[str, ...], ...] = ()  # "Oman, which has mediated …, denounced": skip to the subject
    country_anaphors: tuple[tuple[str, ...], ...] = ()  # "landet", "the country": the country named last
    perfect: tuple[tuple[str, ...], ...] = ()  # "and has called for": an auxiliary between "and" and its verb
    initial_conditional: tuple[tuple[str, ...], ...] = ()  # "Om Serbia anerkjenner Kosovo, …": "if" only first
    privative: tuple[tuple[str, ...], ...] = ()  # "uten en våpenhvile": negates the trigger right after it
    verb_second: bool = False  # Bokmål: "I går angrep Russland ..." puts the subject after the verb
    s_passive: bool = False  # Bokmål: "angripes av", "trekkes tilbake" are passives


@dataclass(frozen=True, slots=True)
class EventLexicon:
    cues: EventCues = field(default_factory=EventCues)
    patterns: tuple[EventPattern, ...] = ()


def _word(spec: str, where: str) -> PatternWord:
    literals: set[str] = set()
    prefixes: list[str] = []
    suffixes: list[str] = []
    for alt in spec.lower().split("|"):
        stem = alt.strip("*")
        if not stem or (alt != stem and len(stem) < _MIN_WILDCARD) or alt.count("*") > 1 or "*" in stem:
            raise TableError(f"{where}: bad pattern word {spec!r}")
        if alt.startswith("*"):
            suffixes.append(stem)
            literals.add(stem)
        elif alt.endswith("*"):
            prefixes.append(stem)
        else:
            literals.add(stem)
    return PatternWord(frozenset(literals), tuple(prefixes), tuple(suffixes))


def parse_pattern(text: str, rule: EventRule, where: str) -> EventPattern:
    """``"innføre sanksjon|sanksjonere mot {target}"`` -> an EventPattern."""
    specs = text.split()
    target_after: int | None = None
    if specs.count("{target}") == 1 and specs.index("{target}") > 0:
        target_after = specs.index("{target}") - 1
        specs.remove("{target}")
    if not specs or any("{" in s or "}" in s for s in specs):
        raise TableError(f"{where}: pattern {text!r}: one {{target}} slot after a word is allowed")
    return EventPattern(text, tuple(_word(s, f"{where}: {text!r}") for s in specs), target_after, rule)


def _rule(block: dict[str, Any], where: str) -> EventRule:
    type_name = block.get("type")
    if type_name not in ontology.EVENT_TYPES:
        raise TableError(f"{where}: unknown event type {type_name!r}")
    mode = block.get("mode") or None
    if mode is not None and mode not in ontology.EVENT_TYPES[type_name].modes:
        raise TableError(f"{where}: {type_name} has no mode {mode!r}")
    cameo = str(block.get("cameo", ""))
    if not ontology.check_cameo(type_name, cameo):
        raise TableError(f"{where}: CAMEO code {cameo!r} does not belong to {type_name}")
    contexts = tuple(block.get("contexts", []))
    unknown = set(contexts) - ontology.CONTEXTS
    if unknown:
        raise TableError(f"{where}: unknown contexts {sorted(unknown)}")
    value = block.get("intensity")
    level = float(value) if value is not None else ontology.intensity(type_name, mode, cameo)
    return EventRule(type_name, mode, cameo, contexts, level)


def _phrases(data: dict[str, Any], key: str, where: str) -> tuple[tuple[str, ...], ...]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise TableError(f"{where}: cues.{key} must be a list of words")
    return tuple(tuple(v.lower().split()) for v in values)


def event_lexicon(data: dict[str, Any], where: str) -> EventLexicon:
    """Read and check ``events.toml``."""
    cues_data = data.get("cues", {})
    unknown = set(cues_data) - set(CUE_KEYS) - set(FLAG_KEYS)
    if unknown:
        raise TableError(f"{where}: unknown cues {sorted(unknown)}")
    values: dict[str, Any] = {k: _phrases(cues_data, k, where) for k in CUE_KEYS}
    values.update({k: bool(cues_data.get(k, False)) for k in FLAG_KEYS})
    cues = EventCues(**values)
    patterns: list[EventPattern] = []
    for n, block in enumerate(data.get("event", []), 1):
        block_where = f"{where}: event block {n}"
        rule = _rule(block, block_where)
        texts = block.get("patterns", [])
        if not isinstance(texts, list) or not texts:
            raise TableError(f"{block_where}: patterns must be a non-empty list")
        patterns.extend(parse_pattern(str(t), rule, block_where) for t in texts)
    return EventLexicon(cues, tuple(patterns))
