"""Score coded events against the gold articles' ``events`` (format: docs/events.md).

A gold event is located by its evidence; a predicted event matches it when its sentence contains the evidence
and, by criterion, the type agrees (type), the type and both actors agree (type+source+target), or the type
and the modality agree (modality). Actor codes agree when equal, or when one is a bare country or IGO and
the other its government (IRN ~ IRNGOV, EU ~ EUGOV), since PLOVER leaves that choice to the coder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from utkikk.evaluation.scores import Score
from utkikk.model import Actor, Article, Event

UNASSERTED = frozenset({"negated", "conditional"})


def same_code(gold: str | None, predicted: str | None) -> bool:
    """Whether a gold and a predicted actor code name the same actor (IRN ~ IRNGOV)."""
    if gold == predicted:
        return True
    if gold is None or predicted is None:
        return False
    short, long = sorted((gold, predicted), key=len)
    return long == f"{short}GOV"


def _code(actor: Actor | None) -> str | None:
    return (actor.code or actor.id) if actor else None


def _located(text: str, gold: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    found = []
    for event in gold:
        at = text.find(event["evidence"])
        if at >= 0:
            found.append((at, event))
    return found


def _match(gold: list[tuple[int, dict[str, Any]]], predicted: list[Event],
           same: Callable[[dict[str, Any], Event], bool]) -> tuple[Score, list[tuple[dict[str, Any], Event]]]:
    """One-to-one matching of gold events to predicted events of the same sentence that ``same`` accepts."""
    used: set[int] = set()
    pairs = []
    for at, g in gold:
        for j, p in enumerate(predicted):
            if j not in used and p.start <= at < p.end and g["type"] == p.type and same(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    return Score(len(gold), len(predicted), len(pairs), len(pairs)), pairs


def score_events(gold_events: list[dict[str, Any]], article: Article) -> tuple[dict[str, Score], int]:
    """Scores per criterion, and how many events the coder stated as asserted where the gold says negated or
    conditional."""
    gold = _located(article.text, gold_events)
    predicted = article.events
    by_type, pairs = _match(gold, predicted, lambda g, p: True)
    actors, _ = _match(gold, predicted, lambda g, p: same_code(g.get("source"), _code(p.source))
                       and same_code(g.get("target"), _code(p.target)))
    modality, _ = _match(gold, predicted, lambda g, p: g.get("modality") == p.modality)
    wrongly_asserted = sum(1 for g, p in pairs if g.get("modality") in UNASSERTED and p.modality == "asserted")
    scores = {"events (type)": by_type, "events (type+source+target)": actors, "events (type+modality)": modality}
    return scores, wrongly_asserted
