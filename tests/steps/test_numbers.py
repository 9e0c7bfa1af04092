"""Numbers with units and ranges in Bokmål and English."""

from __future__ import annotations

import pytest

from utkikk.lang import load_pack
from utkikk.model import Article
from utkikk.steps.numbers import QuantityFinder


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder([load_pack("nb"), load_pack("en")])


Found = list[tuple[str, float | None, float | None, str | None]]


def found(finder: QuantityFinder, text: str, lang: str) -> Found:
    article = finder.process(Article(text=text, lang=lang))
    assert all(text[q.start:q.end] == q.text for q in article.quantities)
    return [(q.text, q.low, q.high, q.unit) for q in article.quantities]


@pytest.mark.parametrize("text, expected", [
    ("Serbia har samlet 80 000 soldater ved grensen.", [("80 000 soldater", 80000, 80000, "troops")]),
    ("Danmark sender 30 til 40 ekstra soldater.", [("30 til 40 ekstra soldater", 30, 40, "troops")]),
    ("Øvelsen samler 12 000 soldater fra 14 land.",
     [("12 000 soldater", 12000, 12000, "troops"), ("14 land", 14, 14, "countries")]),
    ("Børsen falt 2,3 prosent, eller 2,3 %.", [("2,3 prosent", 2.3, 2.3, "percent"), ("2,3 %", 2.3, 2.3, "percent")]),
    ("Norge bidrar med 1,5 milliarder kroner.", [("1,5 milliarder kroner", 1.5e9, 1.5e9, "NOK")]),
    ("Mellom 30 og 40 soldater blir igjen.", [("Mellom 30 og 40 soldater", 30, 40, "troops")]),
    ("En soldat ble skadet, og det var en stille natt.", []),
    ("Over en million mennesker har flyktet.", [("Over en million mennesker", 1e6, None, "people")]),
])
def test_bokmaal(finder: QuantityFinder, text: str, expected: Found) -> None:
    assert found(finder, text, "nb") == expected


@pytest.mark.parametrize("text, expected", [
    ("The U.S. pledged $2 billion in aid.", [("$2 billion", 2e9, 2e9, "USD")]),
    ("Up to 3,000 troops will be deployed.", [("Up to 3,000 troops", None, 3000, "troops")]),
    ("At least 12 people were killed.", [("At least 12 people", 12, None, "people")]),
    ("More than 47,000 Syrians returned.", [("More than 47,000 Syrians", 47000, None, "people")]),
    ("Three Russian MiG-31 fighter jets entered.", [("Three Russian MiG-31 fighter jets", 3, 3, "vehicles")]),
    ("Markets in Tehran rose 2.1%.", [("2.1%", 2.1, 2.1, "percent")]),
])
def test_english(finder: QuantityFinder, text: str, expected: Found) -> None:
    assert found(finder, text, "en") == expected
