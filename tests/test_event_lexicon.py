"""The event lexicon of the language packs: its schema checks and what the shipped packs cover."""

from __future__ import annotations

import pytest

from utkikk import ontology
from utkikk.lang import load_pack
from utkikk.lang.events import EventRule, event_lexicon, parse_pattern
from utkikk.lang.tables import TableError

RULE = EventRule("SANCTION", "discontinue", "163", ("economic",), -4.0)


def test_pattern_words_slots_and_wildcards() -> None:
    pattern = parse_pattern("innføre sanksjon|sanksjonere mot {target}", RULE, "test")
    assert pattern.target_after == 2
    assert pattern.words[1].matches("sanksjoner", "sanksjonere")
    compound = parse_pattern("*øvelse", RULE, "test").words[0]
    assert compound.matches("militærøvelsen", "militærøvelse") and compound.matches("øvelse", "øvelse")
    assert not compound.matches("øvelser", "øvelsene")
    assert parse_pattern("kamp*", RULE, "test").words[0].matches("kampfly", "kampfly")
    visit = parse_pattern("arrive in {target} for talk", RULE, "test")
    assert visit.target_after == 1 and len(visit.words) == 4


@pytest.mark.parametrize("block, message", [
    ({"type": "FIGHT", "cameo": "190", "patterns": ["x"]}, "unknown event type"),
    ({"type": "ASSAULT", "mode": "nuclear", "cameo": "190", "patterns": ["x"]}, "no mode"),
    ({"type": "ASSAULT", "cameo": "163", "patterns": ["x"]}, "does not belong"),
    ({"type": "ASSAULT", "cameo": "190", "contexts": ["sports"], "patterns": ["x"]}, "unknown contexts"),
    ({"type": "ASSAULT", "cameo": "190", "patterns": []}, "non-empty"),
    ({"type": "ASSAULT", "cameo": "190", "patterns": ["{target} angripe"]}, "slot"),
    ({"type": "ASSAULT", "cameo": "190", "patterns": ["*x"]}, "bad pattern word"),
])
def test_broken_blocks_are_refused(block: dict[str, object], message: str) -> None:
    with pytest.raises(TableError, match=message):
        event_lexicon({"event": [block]}, "test")


def test_unknown_cue_is_refused() -> None:
    with pytest.raises(TableError, match="unknown cues"):
        event_lexicon({"cues": {"negations": ["ikke"]}}, "test")


@pytest.mark.parametrize("code", ["nb", "en"])
def test_shipped_lexicons_cover_every_type(code: str) -> None:
    lexicon = load_pack(code).events
    assert len(lexicon.patterns) >= 300
    assert {p.rule.type for p in lexicon.patterns} == set(ontology.EVENT_TYPES)
    cues = lexicon.cues
    assert cues.negation and cues.conditional and cues.future and cues.modal and cues.passive and cues.agent


def test_capitals_stand_for_governments() -> None:
    assert load_pack("en").capitals["Washington"] == "USA" and load_pack("en").capitals["Brussels"] == "EU"
    assert load_pack("nb").capitals["Moskva"] == "RUS" and load_pack("nb").capitals["Bryssel"] == "EU"
