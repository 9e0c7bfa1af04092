"""Actors in Bokmål and English wire copy: countries, organisations, bodies, people and coreference."""

from __future__ import annotations

import pytest

from utkikk.model import Article, Entity
from utkikk.pipeline import Pipeline

PUBLISHED = "2026-03-12"


def entities(pipeline: Pipeline, text: str, published: str | None = PUBLISHED) -> list[Entity]:
    article = pipeline.process(Article(text="", raw_text=text, published=published))
    assert all(text.strip()[e.start:e.end] == e.text for e in article.entities)
    return article.entities


def coded(found: list[Entity]) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.kind, e.actor.code if e.actor else None) for e in found]


@pytest.mark.parametrize("text, expected", [
    ("Det serbiske forsvaret sier at styrkene ved grensen trekkes tilbake til garnisonene.",
     [("serbiske", "NORP", "SRB"), ("forsvaret", "ORG", "SRBMIL"), ("styrkene", "ORG", "SRBMIL")]),
    ("Det russiske utenriksdepartementet kalte beslutningen en provokasjon, melder NTB.",
     [("russiske", "NORP", "RUS"), ("utenriksdepartementet", "ORG", "RUSGOV")]),
    ("Finlands statsminister ankom Berlin onsdag, og den finske hæren er i høy beredskap.",
     [("Finlands", "GPE", "FIN"), ("statsminister", "PER", "FINGOV"), ("finske", "NORP", "FIN"),
      ("hæren", "ORG", "FINMIL")]),
    ("Kreml avviser at russiske soldater er sendt til Serbia, mens NATOs generalsekretær ber om ro.",
     [("Kreml", "ORG", "RUSGOV"), ("russiske", "NORP", "RUS"), ("soldater", "ORG", "RUSMIL"),
      ("Serbia", "GPE", "SRB"), ("NATOs", "ORG", "NATO"), ("generalsekretær", "PER", "NATO")]),
    ("The Kremlin said Russian troops had not crossed the border, the Pentagon disagreed.",
     [("The Kremlin", "ORG", "RUSGOV"), ("Russian", "NORP", "RUS"), ("troops", "ORG", "RUSMIL"),
      ("the Pentagon", "ORG", "USAMIL")]),
    ("Canada's prime minister said Ottawa could impose sanctions on Iran.",
     [("Canada's", "GPE", "CAN"), ("prime minister", "PER", "CANGOV"), ("Iran", "GPE", "IRN")]),
])
def test_countries_bodies_and_offices(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert coded(entities(pipeline, text)) == expected


def test_role_and_name_make_a_person_who_is_found_again(pipeline: Pipeline) -> None:
    found = entities(pipeline, "Estlands utenriksminister Margus Tsahkna advarte onsdag. Tsahknas kontor "
                               "bekreftet at Tsahkna reiser til Brussel, sa statssekretær Kari Nilsen.")
    people = [(e.text, e.actor.id, e.actor.code) for e in found if e.kind == "PER" and e.actor]
    assert people == [("Margus Tsahkna", "person:margus-tsahkna", "ESTGOV"),
                      ("Tsahknas", "person:margus-tsahkna", "ESTGOV"),
                      ("Tsahkna", "person:margus-tsahkna", "ESTGOV"),
                      ("Kari Nilsen", "person:kari-nilsen", None)]
    nilsen = next(e for e in found if e.text == "Kari Nilsen")
    assert nilsen.actor is not None and nilsen.actor.role == "state secretary"


def test_igo_compound_role(pipeline: Pipeline) -> None:
    found = entities(pipeline, "– Vi er bekymret, sa NATO-sjef Mark Rutte torsdag. NATO-sjefen møter EU-kommisjonen.")
    assert ("Mark Rutte", "PER") in [(e.text, e.kind) for e in found]
    rutte = next(e for e in found if e.text == "Mark Rutte")
    assert rutte.actor is not None and rutte.actor.id == "person:mark-rutte" and rutte.actor.igo == "NATO"
    assert ("EU-kommisjonen", "EUGOV") in [(e.text, e.actor.code) for e in found if e.actor]


def test_role_noun_refers_back(pipeline: Pipeline) -> None:
    found = entities(pipeline, "Talskvinne Maria Zakharova i det russiske utenriksdepartementet kritiserte "
                               "NATO. Talskvinnen sa at Russland følger situasjonen.")
    zakharova = [e for e in found if e.actor and e.actor.id == "person:maria-zakharova"]
    assert [e.text for e in zakharova] == ["Maria Zakharova", "Talskvinnen"]


def test_given_name_marks_an_unknown_person(pipeline: Pipeline) -> None:
    found = entities(pipeline, "Lastebilsjåfør Ingrid Bergstrøm har ventet i tre døgn. Bergstrøm er lei.")
    assert [(e.text, e.actor.id) for e in found if e.kind == "PER" and e.actor][:1] == [
        ("Ingrid Bergstrøm", "person:ingrid-bergstrom")]


def test_text_without_actors(pipeline: Pipeline) -> None:
    assert entities(pipeline, "Været blir fint i helgen, med sol og lite vind i hele landet.") == []


def test_unqualified_bodies_take_their_country_from_the_article(pipeline: Pipeline) -> None:
    found = entities(pipeline, "Georgias president nekter å gå av. Tusenvis demonstrerte i Georgia i helgen.\n\n"
                               "Opposisjonen krever nyvalg. Forsvarsdepartementet i Tbilisi sier at departementet "
                               "følger situasjonen.")
    assert [(e.text, e.actor.code) for e in found if e.kind == "ORG" and e.actor] == [
        ("Opposisjonen", "GEOOPP"), ("Forsvarsdepartementet", "GEOMIL"), ("departementet", "GEOGOV")]


def test_a_former_office_holder_is_not_the_current_one(pipeline: Pipeline) -> None:
    now = entities(pipeline, "Norway's prime minister welcomed the decision on Tuesday.", "2024-10-01")
    former = entities(pipeline, "A former Norwegian prime minister welcomed the decision on Tuesday.", "2024-10-01")
    assert [e.actor.id for e in now if e.kind == "PER" and e.actor] == ["person:jonas-gahr-store"]
    assert "person:jonas-gahr-store" not in [e.actor.id for e in former if e.actor]
