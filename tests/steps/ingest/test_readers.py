"""Every input format becomes articles with their metadata and provenance."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from utkikk.model import Article, Skip
from utkikk.steps.ingest import format_by_name, read_inputs, sniff_format

from ...conftest import EN_ARTICLE, NB_ARTICLE
from .warcs import page, write_warc

BODY_NB = ("BEOGRAD (NTB): Det serbiske forsvaret sier at en del av styrkene ved grensen nå trekkes tilbake "
           "til garnisonene.\n\nForsvarsdepartementet opplyste onsdag at rundt 4000 soldater skal tilbake "
           "til kasernene innen helgen, og at situasjonen er under kontroll.\n\n– Vi er bekymret for "
           "situasjonen, men dette er et skritt i riktig retning, sa NATO-sjef Mark Rutte på en "
           "pressekonferanse i Brussel torsdag.")


def read(*paths: str | Path, published: str | None = None) -> list[Article | Skip]:
    return list(read_inputs([str(p) for p in paths], 5_000_000, published))


def articles(items: list[Article | Skip]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def test_plain_text_takes_the_first_line_as_title(tmp_path: Path) -> None:
    path = tmp_path / "serbia.txt"
    path.write_text(NB_ARTICLE, encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.title == "Serbia trekker deler av styrkene tilbake fra grensen"
    assert article.raw_text is not None and article.raw_text.lstrip().startswith("Av Kari Hansen")
    assert article.origin is not None and article.origin.format == "text" and article.origin.path == str(path)
    assert article.published is None  # a text file carries no date; none is guessed


def test_plain_text_without_a_title(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Forsvaret bekrefter at styrkene trekkes tilbake til garnisonene, skriver NTB.\n", "utf-8")
    [article] = read(path)
    assert isinstance(article, Article) and article.title is None


def test_given_publication_date_fills_only_absent_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(page("Serbia trekker styrker tilbake", BODY_NB), encoding="utf-8")
    found = {a.origin.format: a for a in articles(read(tmp_path, published="2026-03-20")) if a.origin}
    assert (found["text"].published, found["text"].published_basis) == ("2026-03-20", "given")
    assert (found["html"].published, found["html"].published_basis) == ("2026-03-12", "metadata")


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "side.html"
    path.write_text(page("Serbia trekker styrker tilbake", BODY_NB), encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article) and article.raw_text is not None
    assert article.title == "Serbia trekker styrker tilbake"
    assert article.published == "2026-03-12"
    assert article.outlet == "Nordlys Nyheter"
    assert article.author == "Kari Hansen"
    assert "skritt i riktig retning" in article.raw_text
    assert "Forside" not in article.raw_text and "Værmelding" not in article.raw_text


def test_jsonl_fields(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    records = [
        {"text": BODY_NB, "title": "Serbia trekker seg", "url": "https://nordlys.example/a", "published":
         "2026-03-12T09:14:00+01:00", "lang": "nb", "outlet": "Nordlys Nyheter"},
        {"text": EN_ARTICLE, "url": "https://wire.example/b"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    first, second = articles(read(path))
    assert (first.url, first.title, first.published, first.lang, first.outlet) == (
        "https://nordlys.example/a", "Serbia trekker seg", "2026-03-12", "nb", "Nordlys Nyheter")
    assert second.outlet == "wire.example" and second.published is None
    assert second.origin is not None and second.origin.item == 2


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Nordlys Nyheter – Utenriks</title><link>https://nordlys.example/</link><description>Utenriks</description>
<item><title>Serbia trekker styrker tilbake</title><link>https://nordlys.example/serbia</link>
<guid>https://nordlys.example/serbia</guid><pubDate>Thu, 12 Mar 2026 09:14:00 +0100</pubDate>
<description>Kort ingress.</description>
<content:encoded><![CDATA[<p>BEOGRAD (NTB): Det serbiske forsvaret sier at styrkene trekkes tilbake.</p>
<p>– Vi er bekymret, sa Rutte.</p>]]></content:encoded></item>
<item><title>Tom sak</title><link>https://nordlys.example/tom</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Baltic Wire</title><id>urn:baltic-wire</id>
<updated>2026-03-13T08:00:00Z</updated>
<entry><title>Denmark to send extra troops to Estonia</title><id>urn:baltic-wire:1</id>
<link href="https://balticwire.example/denmark-estonia"/><published>2026-03-13T07:30:00+02:00</published>
<updated>2026-03-13T07:45:00+02:00</updated><author><name>Jane Doe</name></author>
<content type="html">&lt;p&gt;TALLINN (Reuters) - Denmark will send 30 to 40 extra soldiers
to Estonia.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_items_become_articles_and_empty_items_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "nyheter.rss"
    path.write_text(RSS, encoding="utf-8")
    article, skip = read(path)
    assert isinstance(article, Article) and isinstance(skip, Skip)
    assert article.url == "https://nordlys.example/serbia" and article.published == "2026-03-12"
    assert article.outlet == "Nordlys Nyheter – Utenriks"
    assert article.raw_text == ("BEOGRAD (NTB): Det serbiske forsvaret sier at styrkene trekkes tilbake.\n\n"
                                "– Vi er bekymret, sa Rutte.")
    assert skip.reason == "no_text" and skip.source.endswith("#2")


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert (article.title, article.author, article.published) == (
        "Denmark to send extra troops to Estonia", "Jane Doe", "2026-03-13")
    assert article.origin is not None and article.origin.record_id == "urn:baltic-wire:1"


def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", [
        ("https://nordlys.example/serbia", page("Serbia trekker styrker tilbake", BODY_NB)),
        ("https://nordlys.example/udatert", page("Uten dato", BODY_NB.replace("4000", "5000"), published=None)),
    ])
    first, second = articles(read(path))
    assert first.url == "https://nordlys.example/serbia"
    assert first.origin is not None and first.origin.record_id and first.origin.record_id.startswith("<urn:uuid:")
    assert (first.published, first.published_basis) == ("2026-03-12", "metadata")
    assert (second.published, second.published_basis) == ("2026-03-14", "warc-date")


def test_directories_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(NB_ARTICLE, encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    items = read(tmp_path)
    names = [Path(i.origin.path).name for i in articles(items) if i.origin and i.origin.path]
    assert names == ["a.txt", "en.txt"]
    skipped = [(Path(s.source).name, s.reason) for s in items if isinstance(s, Skip)]
    assert skipped == [("README.md", "unsupported_type")]


def test_standard_input_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"text": BODY_NB, "url": "https://nordlys.example/x"}).encode() + b"\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    [article] = read("-")
    assert isinstance(article, Article) and article.url == "https://nordlys.example/x"


@pytest.mark.parametrize("name, fmt", [
    ("a.txt", "text"), ("a.HTML", "html"), ("a.jsonl", "jsonl"), ("a.rss", "feed"), ("a.atom", "feed"),
    ("a.warc.gz", "warc"), ("a.warc", "warc"), ("a.md", None),
])
def test_format_by_suffix(name: str, fmt: str | None) -> None:
    assert format_by_name(name) == fmt


@pytest.mark.parametrize("head, fmt", [
    (b"\x1f\x8b\x08\x00", "warc"), (b"WARC/1.1\r\n", "warc"), (b'{"text": "x"}', "jsonl"),
    (b"<?xml version='1.0'?><rss version='2.0'>", "feed"), (b"<!DOCTYPE html><html>", "html"),
    (b"Serbia trekker styrker tilbake", "text"),
])
def test_format_sniffing(head: bytes, fmt: str) -> None:
    assert sniff_format(head) == fmt
