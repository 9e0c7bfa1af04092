"""Quality floors on our gold articles (tests/gold): they may only be raised, never lowered."""

from __future__ import annotations

from pathlib import Path

import pytest

from utkikk.evaluation.gold import Report, evaluate

GOLD = Path(__file__).parent / "gold"
# F1 floors per field, measured on 2026-11-25 on the 34 articles the set then had (nb/en-001 … 017; see the
# closing notes of the language-core issue); the articles added since are scored by `utkikk eval`.
FLOORS = {
    "person mentions": 0.93,
    "country mentions": 0.92,
    "dates (value)": 0.95,
    "quantities (low, high, unit)": 0.89,
    "quotes (found)": 0.90,
}
SPEAKER_ACCURACY_FLOOR = 0.9


FIRST_ARTICLES = 17  # per language, the articles the language-core floors were measured on
# Event floors over the whole set (issue 4), measured on 2026-11-25.
# The targets (type 0.85, type+source+target 0.75) are not met yet; see the closing note of issue 4.
EVENT_FLOORS = {
    "events (type)": 0.50,
    "events (type+source+target)": 0.29,
    "events (type+modality)": 0.45,
}
# Events coded as asserted that the gold says are negated or conditional: the target is none; may only fall.
WRONGLY_ASSERTED_CEILING = 1


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(GOLD, keep=lambda gold: int(gold["id"].split("-")[1]) <= FIRST_ARTICLES)


@pytest.fixture(scope="module")
def full_report() -> Report:
    return evaluate(GOLD)


@pytest.mark.parametrize("field, floor", EVENT_FLOORS.items())
def test_event_floor(full_report: Report, field: str, floor: float) -> None:
    assert full_report.event_articles >= 40
    assert full_report.fields[field].f1 >= floor


def test_no_asserted_event_from_a_negated_or_conditional_one(full_report: Report) -> None:
    assert full_report.wrongly_asserted <= WRONGLY_ASSERTED_CEILING


@pytest.mark.parametrize("field, floor", FLOORS.items())
def test_f1_floor(report: Report, field: str, floor: float) -> None:
    assert report.fields[field].f1 >= floor


def test_quote_speaker_floor(report: Report) -> None:
    assert report.articles >= 30
    assert report.speaker_accuracy >= SPEAKER_ACCURACY_FLOOR
