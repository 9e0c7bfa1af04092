"""Every extracted object points into the cleaned text: text[start:end] is what it says it is."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from utkikk.model import Article
from utkikk.pipeline import Pipeline

FRAGMENTS = [
    "Det serbiske forsvaret sier at styrkene trekkes tilbake.", "– Vi er bekymret, sa NATO-sjef Mark Rutte.",
    "«Dette er uakseptabelt», sa talskvinne Maria Zakharova.", "Danmark sender 30 til 40 ekstra soldater i juni.",
    "Estlands utenriksminister Margus Tsahkna kom torsdag.", "Tsahknas kontor bekreftet det i går.",
    '"We have seen no sign of a withdrawal," Rutte said on Monday.', "Canada's prime minister threatened sanctions.",
    "At least 12 people were killed, the ministry said.", "The U.S. pledged $2 billion last month.",
    "ms/rt (Reuters, AFP, dpa)", "Del artikkelen", "Musikkelsker. Uhelbredelig kaffenerd. Typisk nettentusiast.",
    "Ifølge FN er over 2 000 mennesker drept siden 2014.", "\n\n", "\n", " ", "Kreml", "«", "»", '"', "–",
    "Russland angrep Ukraina i natt.", "Hvis Iran angriper, vil USA svare.", "Washington urged Moscow to withdraw.",
    "Israel has not withdrawn its troops from Gaza,", "og Norge fordømte angrepet",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14),
       published=st.sampled_from([None, "2026-03-12", "2024-12-31"]))
def test_spans_point_into_the_text(pipeline: Pipeline, parts: list[str], published: str | None) -> None:
    article = pipeline.process(Article(text="", raw_text=" ".join(parts), published=published))
    assert article.errors == []
    text = article.text
    for item in [*article.entities, *article.dates, *article.quantities]:
        assert 0 <= item.start < item.end <= len(text) and text[item.start:item.end] == item.text
    for quote in article.quotes:
        assert 0 <= quote.start <= quote.end <= len(text) and text[quote.start:quote.end] == quote.text
    for sentence in article.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
    for event in article.events:
        assert text[event.start:event.end] == event.sentence
        assert event.start <= event.trigger_start < event.trigger_end <= event.end
        assert text[event.trigger_start:event.trigger_end] == event.trigger
