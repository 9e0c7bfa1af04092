"""The modality of a trigger from the pack's cue words: negated, conditional, future or asserted
(historical is decided from the event's date by the coder)."""

from __future__ import annotations

from dataclasses import dataclass

from utkikk.lang.events import EventCues
from utkikk.steps.events.arguments import Clause
from utkikk.steps.events.tokens import Phrases, Token
from utkikk.steps.events.triggers import Trigger

# How far before its clause a governing verb ("nekter for at", "threatened that") may stand, in tokens.
GOVERNOR_REACH = 6
# Bokmål puts the negation after the finite verb: "trakk ikke styrkene tilbake".
_NEGATION_AFTER = 2


@dataclass(frozen=True, slots=True)
class Modality:
    """The modality of a trigger; ``threatening`` when a threat cue governs it ("threatened to impose
    sanctions") or it is the promised consequence of a condition ("kan innføre sanksjoner dersom ...")."""

    value: str
    threatening: bool


class ModalityJudge:
    """Reads the cue words around a trigger."""

    def __init__(self, cues: EventCues) -> None:
        self._verb_second = cues.verb_second
        self._kinds = {kind: Phrases(getattr(cues, kind)) for kind in
                       ("threat", "conditional", "modal", "future", "negation", "denial", "hearsay",
                        "initial_conditional", "privative")}

    def denies(self, tokens: list[Token], i: int) -> bool:
        """Whether a denial cue starts at token ``i`` ("nekter for å ha angrepet")."""
        return self._kinds["denial"].at(tokens, i) > 0

    def present(self, words: set[str]) -> frozenset[str]:
        """The kinds of cue whose first word is among a sentence's forms and lemmas (the others need no looking
        for)."""
        return frozenset(kind for kind, phrases in self._kinds.items() if not phrases.first_words.isdisjoint(words))

    def judge(self, tokens: list[Token], trigger: Trigger, clause: Clause, present: frozenset[str]) -> Modality:
        """``present``: the cue kinds of the sentence (``present()``); "condition" when it states one anywhere."""
        inside = range(max(0, clause.left - 1), trigger.first)  # with the word that opens the clause ("hvis")
        reach = range(max(0, clause.left - GOVERNOR_REACH), trigger.first)
        if clause.coordinated:  # "denies any involvement and has called for": the denial is the first verb's
            inside = reach = range(clause.subject_from, trigger.first)

        def has(kind: str, span: range) -> bool:
            return kind in present and self._kinds[kind].within(tokens, span)

        threatened = has("threat", reach)
        opener = clause.left - 1 if clause.left else 0  # the word that opens the sentence or a clause after a comma
        if has("conditional", inside) or (
                "initial_conditional" in present and (opener == 0 or tokens[opener - 1].form == ",")
                and self._kinds["initial_conditional"].at(tokens, opener) and opener < trigger.first):
            return Modality("conditional", threatened)  # the condition itself: "hvis Russland angriper"
        modal, future = has("modal", inside), has("future", inside)
        opens_with_condition = has("conditional", range(min(3, len(tokens))))  # "– Hvis …, stanser operasjonene"
        if ((modal or future) and has("conditional", range(len(tokens)))) or (
                opens_with_condition and clause.left > 0 and not has("conditional", inside)):
            return Modality("conditional", True)  # its consequence: "Canada kan innføre sanksjoner dersom ..."
        after = range(trigger.first + 1, min(len(tokens), trigger.first + 1 + _NEGATION_AFTER))
        right_before = range(max(0, trigger.first - 2), trigger.first)
        if has("negation", inside) or has("denial", reach) or (self._verb_second and has("negation", after)) \
                or has("privative", right_before):
            return Modality("negated", threatened)
        if future and not threatened and not has("hearsay", inside):
            return Modality("future", False)
        return Modality("asserted", threatened)
