"""Cleaning on realistic Bokmål and English wire copy: what goes, what stays, and the record of it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from utkikk.lang import load_pack
from utkikk.model import Article
from utkikk.pipeline import Pipeline
from utkikk.steps.clean import BioDetector, Cleaner
from utkikk.steps.credits import WireAgencies

from ..conftest import EN_ARTICLE, NB_ARTICLE


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner([load_pack("nb"), load_pack("en")], WireAgencies.load())


def clean(cleaner: Cleaner, text: str) -> Article:
    return cleaner.process(Article(text="", raw_text=text))


def kinds(article: Article) -> list[str]:
    return [r.kind for r in article.removed]


def test_norwegian_wire_copy(cleaner: Cleaner) -> None:
    article = clean(cleaner, NB_ARTICLE)
    assert kinds(article) == ["byline", "photo_credit", "share", "related", "author_bio", "wire_credit"]
    assert article.credits == ["NTB", "Reuters", "AFP", "dpa"]
    assert article.editors == ["ms", "rt"]
    assert article.author == "Kari Hansen"
    assert "Musikkelsker" not in article.text and "Del artikkelen" not in article.text
    assert "ms/rt" not in article.text and "Foto:" not in article.text
    assert "– Vi er bekymret for situasjonen" in article.text
    assert article.text.endswith("30 til 40 ekstra soldater til Estland i juni.")


def test_english_wire_copy(cleaner: Cleaner) -> None:
    article = clean(cleaner, EN_ARTICLE)
    assert kinds(article) == ["byline", "photo_credit", "share", "cookie", "author_bio", "reporting_credit"]
    assert article.credits == ["Reuters"]  # from the dateline "BELGRADE, March 12 (Reuters) -"
    assert article.author == "Jane Doe"
    assert "Coffee junkie" not in article.text and "cookies" not in article.text
    assert '"We have not yet seen any sign of a full withdrawal,"' in article.text


def test_removed_spans_point_into_the_raw_text(cleaner: Cleaner) -> None:
    for text in (NB_ARTICLE, EN_ARTICLE):
        article = clean(cleaner, text)
        assert article.raw_text is not None
        for span in article.removed:
            assert article.raw_text[span.start:span.end].strip() == span.text
            assert span.reason


@pytest.mark.parametrize("line, agencies, editors", [
    ("ms/rt (Reuters, AFP, dpa)", ["Reuters", "AFP", "dpa"], ["ms", "rt"]),
    ("NTB", ["NTB"], []),
    ("(©NTB)", ["NTB"], []),
    ("Reuters/ANB", ["Reuters", "ANB"], []),
    ("© NTB", ["NTB"], []),
    ("— Reuters", ["Reuters"], []),
    ("jf/ck (AP, Reuters)", ["AP", "Reuters"], ["jf", "ck"]),
    ("(NTB-AFP)", ["NTB"], []),
    ("mm (dpa)", ["dpa"], ["mm"]),
])
def test_credit_lines(cleaner: Cleaner, line: str, agencies: list[str], editors: list[str]) -> None:
    article = clean(cleaner, f"Soldatene er på vei tilbake til garnisonene, opplyser forsvaret.\n\n{line}\n")
    assert article.credits == agencies
    assert article.editors == editors
    assert article.text == "Soldatene er på vei tilbake til garnisonene, opplyser forsvaret."


@pytest.mark.parametrize("text, kept, agencies", [
    ("Forhandlingene fortsetter fredag, sa han. (©NTB)", "Forhandlingene fortsetter fredag, sa han.", ["NTB"]),
    ("Det opplyste departementet torsdag. ms/rt (Reuters, dpa)", "Det opplyste departementet torsdag.",
     ["Reuters", "dpa"]),
    ("Talks will resume on Friday, officials said. (AP)", "Talks will resume on Friday, officials said.", ["AP"]),
])
def test_credit_at_the_end_of_the_last_paragraph(cleaner: Cleaner, text: str, kept: str, agencies: list[str]) -> None:
    article = clean(cleaner, text)
    assert article.text == kept
    assert article.credits == agencies


@pytest.mark.parametrize("text", [
    "Det sa han til NTB (NTB) i går.",  # credit-like, but not at the end
    "Statsministeren møtte pressen sammen med Stoltenberg (Ap).",  # a party, not an agency
    "The ministry said the troops would stay (for now).",
])
def test_prose_is_not_a_credit(cleaner: Cleaner, text: str) -> None:
    article = clean(cleaner, text)
    assert article.text == text
    assert article.removed == []


@pytest.mark.parametrize("line", [
    "«Musikkelsker. Uhelbredelig kaffenerd. Typisk nettentusiast.»",
    "Musikkelsker. Uhelbredelig kaffenerd. Typisk nettentusiast. Matfanatiker. Prisvinnende forfatter.",
    '"Sosiale medier-ekspert. Hengiven ølnerd. Internett-fanatiker."',
    "Coffee junkie. Travel trailblazer. Hardcore web ninja. Music fan.",
    "Infuriatingly humble coffee maven. Devoted web scholar. Travel enthusiast. Internet nerd.",
    "“Award-winning beer scholar. Lifelong social media advocate. Total food fanatic.”",
])
def test_generated_bios(cleaner: Cleaner, line: str) -> None:
    article = clean(cleaner, f"Forsvaret bekrefter at styrkene trekkes tilbake.\n\n{line}")
    assert kinds(article) == ["author_bio"]
    assert article.text == "Forsvaret bekrefter at styrkene trekkes tilbake."


@pytest.mark.parametrize("line", [
    "Han nektet. Hun svarte ikke. Møtet ble avlyst.",
    "Russland. Ukraina. Belarus. Alle var representert i Wien.",
    "– Nei. Nei. Vi kommer ikke til å trekke oss, sa han.",
    "He refused. She did not answer. The meeting was cancelled.",
    "Kosovo. Serbia. NATO. The talks resume on Monday.",
    "Fans jublet. Spillerne feiret. Treneren var fornøyd med 3-0.",
])
def test_short_prose_is_not_a_bio(line: str) -> None:
    stems = [*load_pack("nb").boilerplate.bio_stems, *load_pack("en").boilerplate.bio_stems]
    assert not BioDetector(stems).is_bio(line)


@pytest.mark.parametrize("line, kind", [
    ("Del artikkelen", "share"),
    ("Del på Facebook", "share"),
    ("Abonner på nyhetsbrevet vårt", "subscribe"),
    ("Les også: Slik reagerer Russland", "related"),
    ("Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse.", "cookie"),
    ("Publisert 12.03.2026 kl. 09:14", "timestamp"),
    ("Foto: Lise Åserud / NTB", "photo_credit"),
    ("Share this article", "share"),
    ("Sign up for our daily briefing", "subscribe"),
    ("Read more: How the crisis unfolded", "related"),
    ("Photograph: Darko Vojinovic/AP", "photo_credit"),
    ("Statssekretær Kari Nilsen i Utenriksdepartementet. Foto: Signe Brekkås / NTB", "photo_credit"),
    ("Serbian President Aleksandar Vucic addresses the nation in Belgrade. Photo: Reuters", "photo_credit"),
    ("Kosovo police officers stand guard near Jarinje. REUTERS/Fatos Bytyci", "photo_credit"),
    ("Publisert:", "timestamp"),
    ("Få de viktigste nyhetene fra Vestlandet og verden rett i innboksen hver morgen.", "subscribe"),
    ("If you value independent reporting from the region, please consider becoming a supporter.", "subscribe"),
    ("Also Read: EU leaders to meet on defence spending next month", "related"),
    ("Updated March 12, 2026 at 10:41 CET", "timestamp"),
    ("Skrevet av Ola Nordmann", "byline"),
    ("By Jane Doe and John Smith, Reuters", "byline"),
])
def test_boilerplate_lines(cleaner: Cleaner, line: str, kind: str) -> None:
    article = clean(cleaner, f"Regjeringen vurderer nye sanksjoner mot Iran.\n\n{line}\n\nForhandlingene fortsetter.")
    assert kinds(article) == [kind]
    assert article.text == "Regjeringen vurderer nye sanksjoner mot Iran.\n\nForhandlingene fortsetter."


@pytest.mark.parametrize("line", [
    "Av sikkerhetshensyn ble møtet flyttet til Brussel.",
    "By Friday, the ministry said, most of the troops would be back in their barracks.",
    "Les mer om saken i rapporten som FN la fram tirsdag, sa hun, og viste til tallene.",
    "Foto og video fra grensen viser lange kolonner med militære kjøretøy på vei sørover, ifølge FN.",
])
def test_reporting_that_looks_like_boilerplate_stays(cleaner: Cleaner, line: str) -> None:
    article = clean(cleaner, line)
    assert article.text == line
    assert article.removed == []


def test_headline_repeated_in_the_body_goes(cleaner: Cleaner) -> None:
    article = cleaner.process(Article(text="", raw_text="Norge ønsker avtalen velkommen\nPublisert:\n\n"
                                      "OSLO (NTB): Regjeringen ønsker avtalen velkommen.",
                                      title="Norge ønsker avtalen velkommen"))
    assert kinds(article) == ["headline", "timestamp"]
    assert article.text == "OSLO (NTB): Regjeringen ønsker avtalen velkommen." and article.credits == ["NTB"]


def test_credit_before_trailing_boilerplate(cleaner: Cleaner) -> None:
    article = clean(cleaner, "– Vi støtter Kallas fullt ut, sa Stubb.\n\nms/rt (Reuters, AFP, dpa)\n\nDel artikkelen\n"
                             "Facebook · X · E-post · Kopier lenke\nAbonner på nyhetsbrevet vårt\nLes også: Krisen\n")
    assert kinds(article) == ["wire_credit", "share", "share", "subscribe", "related"]
    assert article.text == "– Vi støtter Kallas fullt ut, sa Stubb." and article.editors == ["ms", "rt"]


def test_paragraphs_are_kept(cleaner: Cleaner) -> None:
    article = clean(cleaner, "Første avsnitt.\nFortsatt første.\n\n\nAndre avsnitt.")
    assert article.text == "Første avsnitt.\nFortsatt første.\n\nAndre avsnitt."


def test_identity_ignores_case_and_whitespace(cleaner: Cleaner) -> None:
    a = clean(cleaner, "Serbia trekker styrker tilbake.\n\nNTB")
    b = clean(cleaner, "  serbia  TREKKER styrker\ttilbake.  ")
    assert a.id == b.id and len(a.id) == 40


def test_whole_pipeline_cleans_and_identifies(pipeline: Pipeline) -> None:
    article = pipeline.process(Article(text="", raw_text=NB_ARTICLE))
    assert article.lang == "nb" and article.coded
    assert article.errors == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_cleans_with_consistent_offsets(text: str) -> None:
    cleaner = Cleaner([load_pack("nb"), load_pack("en")], WireAgencies.load())
    article = cleaner.process(Article(text="", raw_text=text))
    assert article.raw_text is not None
    for span in article.removed:
        assert 0 <= span.start <= span.end <= len(article.raw_text)
        assert article.raw_text[span.start:span.end].strip() == span.text
