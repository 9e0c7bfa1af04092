"""The actors of a sentence as token spans, and the source and target of a trigger among them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from utkikk.lang import LangPack
from utkikk.model import Actor, Entity
from utkikk.steps.actors import government
from utkikk.steps.events.tokens import Phrases, Token
from utkikk.steps.events.triggers import Trigger

# How far (in tokens) a target may stand after its trigger or slot, and a modifier before its head.
TARGET_REACH = 8
SLOT_REACH = 4
_MODIFIER_GAP = 2
# Types whose place is their target: a deployment "in Congo", exercises "around Taiwan".
PLACE_IS_TARGET = frozenset({"MOBILIZE"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor in the sentence, by token indices (inclusive); ``country`` when it names a country only
    ("Russland", "russiske"), which a body or person right after it may take ("russiske styrker")."""

    first: int
    last: int
    actor: Actor
    country: bool = False


def _with_country(actor: Actor, country: str) -> Actor:
    code = f"{country}{actor.sector or ''}"
    return Actor(f"actor:{code}", actor.name, country=country, sector=actor.sector, code=code, role=actor.role)


def mentions(tokens: list[Token], entities: list[Entity], of: Phrases, forces: frozenset[str]) -> list[Mention]:
    """Entities with actors as token spans. A country adjective or genitive right before a body or person of
    that country ("det russiske forsvaret", "Russlands president") is merged into it, or before a word for
    armed forces that is too ambiguous to be a body alone ("russiske styrker"); a body without a country right
    before "i"/"of" and a country takes it ("regjeringen i Sri Lanka")."""
    starts = [t.start for t in tokens]
    spans: list[Mention] = []
    for entity in entities:
        if entity.actor is None:
            continue
        first = bisect.bisect_left(starts, entity.start)
        last = bisect.bisect_left(starts, entity.end) - 1
        if first > last:
            continue
        actor = government(entity.actor) if entity.kind == "GPE" else entity.actor
        previous = spans[-1] if spans else None
        gap = first - previous.last - 1 if previous is not None else -1
        if (previous is not None and previous.country and previous.actor.country and not entity.actor.igo and (
                (entity.kind == "ORG" and gap == 0)  # the adjective's country beats one inherited from context
                or (entity.kind == "PER" and 0 <= gap <= _MODIFIER_GAP
                    and entity.actor.country in (previous.actor.country, None)))):
            merged = entity.actor if entity.actor.country == previous.actor.country else \
                _with_country(entity.actor, previous.actor.country)
            spans[-1] = Mention(previous.first, last, merged)
        elif (previous is not None and previous.actor.sector and not previous.actor.country
              and not previous.actor.igo and actor.country and entity.kind == "GPE"
              and of.at(tokens, previous.last + 1) == first - previous.last - 1 > 0):
            spans[-1] = Mention(previous.first, last, _with_country(previous.actor, actor.country))
        else:
            bare = entity.kind in ("GPE", "NORP") and not entity.actor.sector and not entity.actor.igo
            if bare and entity.actor.country and last + 1 < len(tokens) and tokens[last + 1].form in forces:
                code = f"{entity.actor.country}MIL"
                army = Actor(f"actor:{code}", tokens[last + 1].form, country=entity.actor.country, sector="MIL",
                             code=code)
                spans.append(Mention(first, last + 1, army))
            else:
                spans.append(Mention(first, last, actor, country=bare))
    return spans


def same_side(source: Actor, target: Actor) -> bool:
    """Whether the target is the source itself or its own state ("Russland trakk styrkene tilbake": RUSMIL is
    what is withdrawn, not whom from); domestic targets of other sectors (opposition, police) stay."""
    if target.id == source.id or target.code == source.code:
        return True
    state = ("GOV", "MIL", None)
    return bool(source.country) and target.country == source.country and not target.igo and not source.igo \
        and source.sector in state and target.sector in state and target.role is None


@dataclass(frozen=True, slots=True)
class Clause:
    """Token bounds of the clause around a trigger: ``left`` and ``right`` inclusive; its subject stands at
    ``subject_from`` or later (after an earlier trigger whose object the trigger is: "condemned the arrest"), or
    it ``shares`` the subject of the trigger before ("fordømte … og krevde", "refused to withdraw", ", killing")."""

    left: int
    right: int
    subject_from: int
    shares: bool = False
    coordinated: bool = False  # joined by "og"/"and": cues before the earlier verb are not its own


class ArgumentFinder:
    """Source and target of a trigger from the clause around it (docs/events.md)."""

    def __init__(self, pack: LangPack) -> None:
        cues = pack.events.cues
        self._verb_second, self._s_passive = cues.verb_second, cues.s_passive
        according_to = tuple(tuple(a.lower().split()) for a in pack.speech.according_to)
        self._complementisers = Phrases(tuple((c,) for c in pack.speech.complementisers))
        self._prepositions = Phrases(cues.prepositions, cues.locative, according_to)  # not "av": "tusenvis av"
        self._verb_before = Phrases(cues.infinitive, cues.modal, cues.future, cues.passive)
        self._coordinators = Phrases(tuple((c,) for c in pack.speech.coordinators[:1]))
        self._infinitive, self._passive_aux = Phrases(cues.infinitive), Phrases(cues.passive)
        self._of = Phrases(cues.of)
        self._agent, self._not_target = Phrases(cues.agent), Phrases(cues.locative, cues.agent)
        self._not_destination = Phrases(cues.agent)  # a deployment's place is its target: "deployed in Congo"
        self._between, self._relative = Phrases(cues.between), Phrases(cues.relative)
        self._auxiliaries = Phrases(cues.perfect)

    def clause(self, tokens: list[Token], breaks: list[bool], trigger: Trigger, previous: Trigger | None) -> Clause:
        left = trigger.first
        openers = self._complementisers.first_words
        while left > 0 and not breaks[left - 1] and tokens[left - 1].form not in openers:
            left -= 1
        right = trigger.last
        while (right + 1 < len(tokens) and not breaks[right + 1] and right - trigger.last < TARGET_REACH
               and tokens[right + 1].form not in openers):
            right += 1
        coordinated = previous is not None and previous.last >= left and self._coordinated(tokens, trigger)
        # ", killing …" shares the subject; in a verb-second language ", stanser vi …" is the main clause
        participle = not self._verb_second and left == trigger.first and left > 0 and tokens[left - 1].form == ","
        shares = previous is not None and (coordinated or self._infinitive_after(tokens, trigger) or participle)
        subject_from = previous.last + 1 if previous is not None and previous.last >= left else left
        return Clause(left, right, subject_from, shares, coordinated)

    def complement(self, tokens: list[Token], head: Trigger, trigger: Trigger) -> bool:
        """Whether ``trigger`` stands in the complement of ``head``: "krever at Vučić går av", "urged Russia to
        withdraw", "nekter å trekke styrkene tilbake"."""
        between = range(head.last + 1, trigger.first)
        return len(between) <= TARGET_REACH and any(
            self._complementisers.at(tokens, j) or self._infinitive.at(tokens, j) or self._of.at(tokens, j)
            for j in between)

    def _coordinated(self, tokens: list[Token], trigger: Trigger) -> bool:
        """"Kina fordømte ... og krevde", "denies … and has called for": the verb shares the subject of the
        trigger before it."""
        verb = trigger.first
        while verb > 0 and (self._auxiliaries.at(tokens, verb - 1) or self._verb_before.at(tokens, verb - 1)):
            verb -= 1  # "and has called for", "og vil sende"
        return verb > 0 and self._coordinators.at(tokens, verb - 1) == 1

    def _infinitive_after(self, tokens: list[Token], trigger: Trigger) -> bool:
        """"nekter for å ha angrepet", "threatened to impose": the infinitive shares the subject."""
        return self._infinitive.within(tokens, range(max(0, trigger.first - 3), trigger.first))

    def arguments(self, tokens: list[Token], spans: list[Mention], trigger: Trigger, clause: Clause,
                  shared: list[Mention]) -> tuple[list[Mention], list[Mention], bool]:
        """(sources, targets, passive): coordinated actors give several; empty lists when the text names none.
        ``shared`` are the sources of the trigger before, for a clause that shares its subject."""
        # a subject may end on the trigger's first word: "Israeli jets pounded" with the pattern "jet pound"
        before = [m for m in spans if clause.subject_from <= m.first < trigger.first]
        after = [m for m in spans if trigger.first < m.first <= clause.right
                 and (not _inside(m, trigger) or m.actor.country)]
        pair = self._between_pair(tokens, after, trigger)
        if pair:
            return pair[:1], pair[1:], False  # "a ceasefire between Israel and Hezbollah"
        subjects = [m for m in before if not self._after_cue(tokens, m, self._prepositions, clause.left)]
        if not subjects and not clause.shares:
            subjects = self._before_relative(tokens, spans, clause) or self._antecedent(tokens, spans, clause)
        subject = self._with_coordinated(tokens, subjects, 0) if subjects else []
        if clause.shares:
            subject = subject if subject and not shared else shared
        if self._passive(tokens, trigger):
            agent = next((m for m in after if self._after_cue(tokens, m, self._agent, trigger.last + 1)), None)
            return ([agent] if agent else []), subject, True
        if not subject and self._verb_second and after and after[0].first - trigger.first <= 2 \
                and not self._verb_before.ends_at(tokens, trigger.first - 1) \
                and not self._after_cue(tokens, after[0], self._prepositions, trigger.first + 1):
            subject = self._with_coordinated(tokens, after, 0)
            after = after[len(subject):]
        if subject:  # what the subject acts with is no target: "Germany will send [its] soldiers to Lithuania"
            after = [m for m in after if not same_side(subject[0].actor, m.actor)]
        return subject, self._targets(tokens, after, trigger), False

    def _between_pair(self, tokens: list[Token], after: list[Mention], trigger: Trigger) -> list[Mention]:
        """The two actors of "between A and B" right after the trigger, else none."""
        i = trigger.last + 1
        if i >= len(tokens) or not self._between.at(tokens, i) or not after:
            return []
        pair = self._with_coordinated(tokens, after, 0)
        return pair[:2] if len(pair) >= 2 and after[0].first - i <= 2 else []

    def _before_relative(self, tokens: list[Token], spans: list[Mention], clause: Clause) -> list[Mention]:
        """The subject before a relative clause that parts it from its verb: "Oman, which has mediated …,
        denounced …", «Brasil, som …, ba …»."""
        if clause.left < 2 or tokens[clause.left - 1].form != ",":
            return []
        opener = next((j for j in range(clause.left - 2, -1, -1) if tokens[j].form == ","), None)
        if opener is None or not self._relative.at(tokens, opener + 1):
            return []
        return [m for m in spans if m.last < opener and m.last >= opener - 1 - _MODIFIER_GAP * 2][-1:]

    def _antecedent(self, tokens: list[Token], spans: list[Mention], clause: Clause) -> list[Mention]:
        """The subject of a relative clause is the actor it follows: "Russia, which invaded Ukraine …",
        «Russland, som angrep Ukraina …»."""
        opener = next((j for j in (clause.left - 1, clause.left) if j >= 2 and self._relative.at(tokens, j)), None)
        if opener is None or tokens[opener - 1].form != ",":
            return []
        return [m for m in spans if m.last == opener - 2]

    def _targets(self, tokens: list[Token], after: list[Mention], trigger: Trigger) -> list[Mention]:
        if trigger.target_after is not None:
            candidates = [m for m in after if 0 < m.first - trigger.target_after <= SLOT_REACH]
        else:
            excluded = self._not_destination if trigger.pattern.rule.type in PLACE_IS_TARGET else self._not_target
            candidates = [m for m in after if not self._after_cue(tokens, m, excluded, trigger.last + 1)]
        return self._with_coordinated(tokens, candidates, 0) if candidates else []

    def _with_coordinated(self, tokens: list[Token], spans: list[Mention], i: int) -> list[Mention]:
        """``spans[i]`` and the actors joined to it by "og"/"and" or a comma list."""
        chosen = [spans[i]]
        for nxt in spans[i + 1:]:
            between = range(chosen[-1].last + 1, nxt.first)
            if not between or not all(tokens[j].form == "," or self._coordinators.at(tokens, j) for j in between):
                break
            chosen.append(nxt)
        return chosen

    def _after_cue(self, tokens: list[Token], mention: Mention, cues: Phrases, floor: int) -> bool:
        """Whether one of ``cues`` ends right before the mention, or before up to two words in between
        ("i det sørlige Libanon", "in southern Lebanon"; not across "at"/"og": "tyder på at Russland"), at token
        ``floor`` or later (a clause-opening "after" governs nothing)."""
        for skip in range(_MODIFIER_GAP + 1):
            end = mention.first - 1 - skip
            if end < floor or not tokens[end].word:
                return False
            if cues.ends_at(tokens, end):
                return True
            if self._complementisers.at(tokens, end) or self._coordinators.at(tokens, end):
                return False
        return False

    def _passive(self, tokens: list[Token], trigger: Trigger) -> bool:
        """An auxiliary right before an inflected, non-progressive verb ("ble angrepet", "were killed"; not
        "is to send", "are sending"), or an s-passive where the pack has one ("angripes", "trekkes")."""
        verb = tokens[trigger.first]
        if verb.form == verb.lemma or verb.form.endswith("ing"):
            return False
        if self._s_passive and verb.form == f"{verb.lemma}s":
            return True
        lo = max(0, trigger.first - 2)
        return self._passive_aux.within(tokens, range(lo, trigger.first))


def _inside(mention: Mention, trigger: Trigger) -> bool:
    return any(mention.first <= i <= mention.last for i in trigger.indices)
