"""Quality floors on our gold articles (tests/gold): they may only be raised, never lowered."""

from __future__ import annotations

from pathlib import Path

import pytest

from utkikk.evaluation.gold import Report, evaluate

GOLD = Path(__file__).parent / "gold"
# F1 floors per field, measured on 2026-11-25 (see the closing notes of the language-core issue).
FLOORS = {
    "person mentions": 0.93,
    "country mentions": 0.92,
    "dates (value)": 0.95,
    "quantities (low, high, unit)": 0.89,
    "quotes (found)": 0.90,
}
SPEAKER_ACCURACY_FLOOR = 0.9


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(GOLD)


@pytest.mark.parametrize("field, floor", FLOORS.items())
def test_f1_floor(report: Report, field: str, floor: float) -> None:
    assert report.fields[field].f1 >= floor


def test_quote_speaker_floor(report: Report) -> None:
    assert report.articles >= 30
    assert report.speaker_accuracy >= SPEAKER_ACCURACY_FLOOR
