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
        self._threat, self._conditional = Phrases(cues.threat), Phrases(cues.conditional)
        self._modal, self._future = Phrases(cues.modal), Phrases(cues.future)
        self._negation, self._denial = Phrases(cues.negation), Phrases(cues.denial)
        self._hearsay = Phrases(cues.hearsay)

    def denies(self, tokens: list[Token], i: int) -> bool:
        """Whether a denial cue starts at token ``i`` ("nekter for å ha angrepet")."""
        return self._denial.at(tokens, i) > 0

    def has_condition(self, tokens: list[Token]) -> bool:
        """Whether a sentence states a condition anywhere ("dersom", "if")."""
        return self._conditional.within(tokens, range(len(tokens)))

    def judge(self, tokens: list[Token], trigger: Trigger, clause: Clause, condition: bool) -> Modality:
        inside = range(max(0, clause.left - 1), trigger.first)  # with the word that opens the clause ("hvis")
        reach = range(max(0, clause.left - GOVERNOR_REACH), trigger.first)
        threatened = self._threat.within(tokens, reach)
        if self._conditional.within(tokens, inside):
            return Modality("conditional", threatened)  # the condition itself: "hvis Russland angriper"
        modal = self._modal.within(tokens, inside)
        future = self._future.within(tokens, inside)
        if condition and (modal or future):
            return Modality("conditional", True)  # its consequence: "Canada kan innføre sanksjoner dersom ..."
        after = range(trigger.first + 1, min(len(tokens), trigger.first + 1 + _NEGATION_AFTER))
        if (self._negation.within(tokens, inside) or self._denial.within(tokens, reach)
                or (self._verb_second and self._negation.within(tokens, after))):
            return Modality("negated", threatened)
        if future and not threatened and not self._hearsay.within(tokens, inside):
            return Modality("future", False)
        return Modality("asserted", threatened)
