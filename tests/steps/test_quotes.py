"""Quotes and speakers in Bokmål and English: marks, dashes, split quotes, partial and reported speech."""

from __future__ import annotations

import pytest

from utkikk.model import Article
from utkikk.pipeline import Pipeline


def quotes(pipeline: Pipeline, text: str) -> list[tuple[str, bool, str | None]]:
    article = pipeline.process(Article(text="", raw_text=text, published="2026-03-12"))
    for q in article.quotes:
        assert article.text[q.start:q.end] == q.text
    return [(q.text, q.direct, q.speaker.actor.id if q.speaker and q.speaker.actor else None) for q in article.quotes]


@pytest.mark.parametrize("text, expected", [
    ("– Vi er bekymret for situasjonen, sa NATO-sjef Mark Rutte torsdag.",
     [("Vi er bekymret for situasjonen", True, "person:mark-rutte")]),
    ("Russland reagerer kraftig på beslutningen. «Dette er uakseptabelt», sa talskvinne Maria Zakharova i det "
     "russiske utenriksdepartementet.",
     [("Dette er uakseptabelt", True, "person:maria-zakharova")]),
    ("Statssekretær Kari Nilsen møtte pressen. «Vi følger situasjonen nøye. Norge støtter dialog», la hun til.",
     [("Vi følger situasjonen nøye. Norge støtter dialog", True, "person:kari-nilsen")]),
    ("Utenriksminister Espen Barth Eide sa at forslaget var «et skritt i riktig retning».",
     [("forslaget var «et skritt i riktig retning»", False, "person:espen-barth-eide"),
      ("et skritt i riktig retning", True, "person:espen-barth-eide")]),
    ("Statssekretær Kari Nilsen sa at Norge støtter planen, og at to observatører skal sendes.",
     [("Norge støtter planen", False, "person:kari-nilsen"),
      ("to observatører skal sendes", False, "person:kari-nilsen")]),
    ("«Dette», sa statssekretær Kari Nilsen, «er et alvorlig brudd på avtalen».",
     [("Dette", True, "person:kari-nilsen"), ("er et alvorlig brudd på avtalen", True, "person:kari-nilsen")]),
    ("Statssekretær Kari Nilsen sa at Norge vil sende to observatører til Kosovo.",
     [("Norge vil sende to observatører til Kosovo", False, "person:kari-nilsen")]),
])
def test_bokmaal(pipeline: Pipeline, text: str, expected: list[tuple[str, bool, str | None]]) -> None:
    assert quotes(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"We have seen no sign of a withdrawal," NATO Secretary General Mark Rutte said on Thursday.',
     [("We have seen no sign of a withdrawal,", True, "person:mark-rutte")]),
    ('Foreign Minister Margus Tsahkna said: "Moscow is watching every move we make."',
     [("Moscow is watching every move we make.", True, "person:margus-tsahkna")]),
    ('Kremlin spokesman Dmitry Peskov told reporters that Russia was following developments.',
     [("Russia was following developments", False, "person:dmitry-peskov")]),
])
def test_english(pipeline: Pipeline, text: str, expected: list[tuple[str, bool, str | None]]) -> None:
    assert quotes(pipeline, text) == expected


def test_quote_in_the_next_paragraph_keeps_its_speaker(pipeline: Pipeline) -> None:
    text = ("– Vi er bekymret, sa statssekretær Kari Nilsen.\n\n"
            "«Vi ber begge parter vise tilbakeholdenhet.»")
    assert [q[2] for q in quotes(pipeline, text)] == ["person:kari-nilsen", "person:kari-nilsen"]


def test_scare_quote_without_speaker_is_not_a_quote(pipeline: Pipeline) -> None:
    assert quotes(pipeline, "Den såkalte «fredsplanen» ble lagt fram i Genève.") == []


def test_attribution_with_an_abbreviation(pipeline: Pipeline) -> None:
    text = ('The council voted on Monday. "This resolution sends a clear message," U.S. Ambassador '
            'Linda Thomas-Greenfield told the council after the vote.')
    assert quotes(pipeline, text) == [("This resolution sends a clear message,", True,
                                       "person:linda-thomas-greenfield")]
