"""Language identification tells Bokmål, Nynorsk, Danish, Swedish and English apart on news text."""

from __future__ import annotations

import pytest

from utkikk.model import Article
from utkikk.pipeline import Pipeline

SAMPLES = [
    ("nb", "Regjeringen sier at soldatene skal trekkes tilbake til garnisonene innen helgen, opplyser "
           "Forsvarsdepartementet. Statsministeren har ikke kommentert saken."),
    ("nb", "Danmark vil sende 30 til 40 ekstra soldater til Estland i juni, opplyser det danske "
           "forsvaret. Beslutningen kommer etter flere uker med økt spenning i regionen."),
    ("nb", "– Vi er bekymret for utviklingen, men vi ser ingen tegn til at situasjonen blir bedre, sa "
           "utenriksministeren til NTB torsdag kveld."),
    ("nn", "Regjeringa seier at soldatane skal trekkjast tilbake til garnisonane innan helga, opplyser "
           "Forsvarsdepartementet. Statsministeren har ikkje kommentert saka."),
    ("nn", "Danmark vil senda 30 til 40 ekstra soldatar til Estland i juni, opplyser det danske forsvaret. "
           "Avgjerda kjem etter fleire veker med auka spenning i regionen."),
    ("da", "Regeringen siger, at soldaterne skal trækkes tilbage til garnisonerne inden weekenden, oplyser "
           "Forsvarsministeriet. Statsministeren har ikke kommenteret sagen."),
    ("da", "Danmark vil sende 30 til 40 ekstra soldater til Estland i juni, oplyser det danske forsvar. "
           "Beslutningen kommer efter flere uger med øget spænding i regionen."),
    ("sv", "Regeringen säger att soldaterna ska dras tillbaka till garnisonerna före helgen, uppger "
           "Försvarsdepartementet. Statsministern har inte kommenterat saken."),
    ("sv", "Danmark ska skicka 30 till 40 extra soldater till Estland i juni, uppger den danska "
           "försvarsmakten. Beslutet kommer efter flera veckor av ökad spänning i regionen."),
    ("en", "Serbia's defence ministry said on Wednesday that part of the forces deployed near the border "
           "were returning to their garrisons, a move NATO called a step in the right direction."),
    ("en", "Canada's prime minister repeated that Ottawa could impose sanctions on Iran if the negotiations "
           "collapse, officials said."),
    ("de", "Das serbische Verteidigungsministerium teilte am Mittwoch mit, dass ein Teil der Truppen an "
           "der Grenze in die Kasernen zurückkehrt."),
]


@pytest.mark.parametrize("expected, text", SAMPLES)
def test_tells_nordic_languages_and_english_apart(pipeline: Pipeline, expected: str, text: str) -> None:
    article = pipeline.process(Article(text="", raw_text=text))
    assert article.lang == expected
    assert article.coded is (expected in ("nb", "en"))


def test_too_short_to_tell_keeps_metadata(pipeline: Pipeline) -> None:
    article = pipeline.process(Article(text="", raw_text="NATO: Ja.", lang="nb"))
    assert article.lang == "nb" and article.lang_score is None and article.coded


def test_too_short_and_no_metadata_is_unknown(pipeline: Pipeline) -> None:
    article = pipeline.process(Article(text="", raw_text="OK 2026"))
    assert article.lang is None and not article.coded
