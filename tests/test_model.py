"""The model serialises to JSON and back unchanged, and its identity ignores case and spacing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from utkikk.model import (
    Actor,
    Article,
    DateRef,
    Entity,
    Event,
    EventQuantity,
    Origin,
    Place,
    Quantity,
    Quote,
    Removed,
    Speaker,
    StepError,
    normalise_text,
    text_id,
)

texts = st.text(max_size=30)
maybe = st.none() | texts
offsets = st.integers(0, 10_000)
floats = st.floats(allow_nan=False, allow_infinity=False, width=32)
actors = st.builds(Actor, id=texts, name=texts, country=maybe, igo=maybe, sector=maybe, code=maybe, role=maybe)
places = st.builds(Place, text=texts, start=offsets, end=offsets, name=maybe, lat=st.none() | floats,
                   lon=st.none() | floats, country=maybe, feature=maybe, geonameid=st.none() | st.integers(0, 10**8))
events = st.builds(
    Event, type=texts, mode=maybe, contexts=st.lists(texts, max_size=3), cameo=texts, quad=st.integers(1, 4),
    intensity=floats, source=st.none() | actors, target=st.none() | actors, modality=texts, sentence=texts,
    start=offsets, end=offsets, confidence=floats, claimed_by=st.none() | actors, place=st.none() | places,
    date=maybe, date_basis=maybe, quantities=st.lists(st.builds(EventQuantity, value=floats, unit=maybe), max_size=2),
)
articles = st.builds(
    Article, text=texts, id=texts, url=maybe, outlet=maybe, lang=maybe, title=maybe, published=maybe,
    origin=st.none() | st.builds(Origin, format=texts, path=maybe, record_id=maybe, item=st.none() | offsets),
    credits=st.lists(texts, max_size=3),
    removed=st.lists(st.builds(Removed, kind=texts, text=texts, reason=texts, start=offsets, end=offsets), max_size=2),
    entities=st.lists(st.builds(Entity, text=texts, start=offsets, end=offsets, kind=texts,
                                actor=st.none() | actors), max_size=2),
    quotes=st.lists(st.builds(Quote, text=texts, start=offsets, end=offsets, direct=st.booleans(),
                              speaker=st.none() | st.builds(Speaker, text=texts, name=maybe,
                                                            actor=st.none() | actors)), max_size=2),
    events=st.lists(events, max_size=2),
    places=st.lists(places, max_size=2),
    dates=st.lists(st.builds(DateRef, text=texts, start=offsets, end=offsets, value=maybe, grain=texts), max_size=2),
    quantities=st.lists(st.builds(Quantity, text=texts, start=offsets, end=offsets, low=floats, high=floats,
                                  unit=maybe), max_size=2),
    errors=st.lists(st.builds(StepError, step=texts, message=texts), max_size=2),
)


@settings(max_examples=150, deadline=None)
@given(articles)
def test_json_round_trip(article: Article) -> None:
    assert Article.from_json(article.to_json(include_raw=True)) == article
    assert Article.from_dict(article.to_dict(include_raw=True)) == article


def test_contract_fields_are_present() -> None:
    data = Article(text="x").to_dict()
    for name in ("id", "url", "outlet", "lang", "title", "published", "text", "credits", "removed", "entities",
                 "quotes", "events", "places", "dates", "quantities", "errors"):
        assert name in data
    assert "raw_text" not in data


def test_identity_of_text() -> None:
    assert normalise_text("  Serbia\u00a0TREKKER\n\nstyrker ") == "serbia trekker styrker"
    assert text_id("Serbia trekker styrker") == text_id("serbia  trekker\tstyrker")
    assert text_id("Serbia trekker styrker") != text_id("Serbia trekker ikke styrker")
