"""Sentences: every line at least one; abbreviations, initials and ordinals do not end a sentence."""

from __future__ import annotations

import pytest

from utkikk.lang import load_pack
from utkikk.steps.segment import SentenceSplitter


@pytest.fixture(scope="module")
def splitter() -> SentenceSplitter:
    return SentenceSplitter([load_pack("nb"), load_pack("en")])


def split(splitter: SentenceSplitter, text: str) -> list[str]:
    return [text[s.start:s.end] for s in splitter.split(text)]


@pytest.mark.parametrize("text, expected", [
    ("Forsvaret bekrefter dette. Soldatene er hjemme.", ["Forsvaret bekrefter dette.", "Soldatene er hjemme."]),
    ("Møtet er 3. april i Brussel. Det varer i to dager.", ["Møtet er 3. april i Brussel.", "Det varer i to dager."]),
    ("Det gjelder bl.a. Estland og Latvia. Norge deltar.", ["Det gjelder bl.a. Estland og Latvia.", "Norge deltar."]),
    ("– Vi er bekymret. Det er alvorlig, sa Rutte.", ["– Vi er bekymret.", "Det er alvorlig, sa Rutte."]),
    ("«Det er uakseptabelt.» Det sa Zakharova onsdag.", ["«Det er uakseptabelt.»", "Det sa Zakharova onsdag."]),
    ("He met John F. Kennedy in 1961. Then he left.", ["He met John F. Kennedy in 1961.", "Then he left."]),
    ("The U.S. envoy arrived on Monday. Talks began.", ["The U.S. envoy arrived on Monday.", "Talks began."]),
    ('"We are worried," he said. "This must stop."', ['"We are worried," he said.', '"This must stop."']),
    ("Hva skjer nå? Ingen vet.\nNy linje uten punktum", ["Hva skjer nå?", "Ingen vet.", "Ny linje uten punktum"]),
    ("Prisene steg 2,3 prosent i 2025. Det er mye.", ["Prisene steg 2,3 prosent i 2025.", "Det er mye."]),
])
def test_sentences(splitter: SentenceSplitter, text: str, expected: list[str]) -> None:
    assert split(splitter, text) == expected


def test_offsets_point_into_the_text(splitter: SentenceSplitter) -> None:
    text = "  Første setning. Andre setning!\n\n\nTredje?  "
    for sentence in splitter.split(text):
        assert text[sentence.start:sentence.end].strip() == text[sentence.start:sentence.end]
        assert sentence.start < sentence.end


def test_a_hard_wrapped_line_continues_on_the_next() -> None:
    text = ("BEOGRAD (NTB): Det serbiske forsvaret sier at styrkene nå trekkes\ntilbake til garnisonene. "
            "Danmark vil sende\n30 soldater.\nNy overskrift\nTeksten fortsetter.")
    sentences = [text[s.start:s.end] for s in SentenceSplitter([load_pack("nb")]).split(text)]
    assert sentences == ["BEOGRAD (NTB): Det serbiske forsvaret sier at styrkene nå trekkes\ntilbake til garnisonene.",
                         "Danmark vil sende\n30 soldater.", "Ny overskrift", "Teksten fortsetter."]
