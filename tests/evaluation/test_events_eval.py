"""Scoring coded events against gold events."""

from __future__ import annotations

from utkikk.evaluation.events import same_code, score_events
from utkikk.model import Actor, Article, Event

TEXT = "Russland angrep Ukraina i natt. Norge vil ikke sende soldater."


def _event(type_name: str, start: int, end: int, source: str | None, target: str | None, modality: str) -> Event:
    def actor(code: str | None) -> Actor | None:
        return Actor(f"actor:{code}", code, code=code) if code else None
    return Event(type=type_name, mode=None, contexts=[], cameo="19", quad=4, intensity=-10.0, source=actor(source),
                 target=actor(target), modality=modality, sentence=TEXT[start:end], start=start, end=end,
                 confidence=0.8)


def test_codes_agree_on_a_country_and_its_government() -> None:
    assert same_code("IRN", "IRNGOV") and same_code("RUSGOV", "RUS") and same_code(None, None)
    assert not same_code("IRN", "IRNMIL") and not same_code("IRN", None)


def test_type_actors_and_modality_scored_separately() -> None:
    gold = [
        {"type": "ASSAULT", "source": "RUS", "target": "UKRGOV", "modality": "asserted", "evidence": "angrep"},
        {"type": "MOBILIZE", "source": "NORGOV", "target": None, "modality": "negated", "evidence": "sende soldater"},
    ]
    article = Article(text=TEXT, events=[_event("ASSAULT", 0, 31, "RUSGOV", "UKRGOV", "asserted"),
                                         _event("MOBILIZE", 32, 62, "NORGOV", None, "asserted"),
                                         _event("COERCE", 32, 62, "NORGOV", None, "asserted")])
    scores, wrongly_asserted = score_events(gold, article)
    assert scores["events (type)"].matched_gold == 2 and scores["events (type)"].predicted == 3
    assert scores["events (type+source+target)"].matched_gold == 2
    assert scores["events (type+modality)"].matched_gold == 1
    assert wrongly_asserted == 1
