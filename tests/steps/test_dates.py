"""Date expressions resolved against the publication date, in Bokmål and English."""

from __future__ import annotations

import pytest

from utkikk.lang import load_pack
from utkikk.model import Article
from utkikk.steps.dates import DateFinder

PUBLISHED = "2026-03-12"  # a Thursday


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    return DateFinder([load_pack("nb"), load_pack("en")])


def found(finder: DateFinder, text: str, lang: str,
          published: str | None = PUBLISHED) -> list[tuple[str, str | None, str]]:
    article = finder.process(Article(text=text, lang=lang, published=published))
    assert all(text[d.start:d.end] == d.text for d in article.dates)
    return [(d.text, d.value, d.grain) for d in article.dates]


@pytest.mark.parametrize("text, expected", [
    ("Rutte kom til Brussel torsdag.", [("torsdag", "2026-03-12", "day")]),
    ("Møtet var på tirsdag.", [("på tirsdag", "2026-03-10", "day")]),
    ("Forhandlingene starter neste fredag.", [("neste fredag", "2026-03-13", "day")]),
    ("Avtalen ble inngått i mai i fjor.", [("i mai i fjor", "2025-05", "month")]),
    ("Budsjettet for neste år er klart.", [("neste år", "2027", "year")]),
    ("Hun kom i går og reiser i morgen.", [("i går", "2026-03-11", "day"), ("i morgen", "2026-03-13", "day")]),
    ("Avtalen ble signert 3. april 2025.", [("3. april 2025", "2025-04-03", "day")]),
    ("Soldatene kommer i juni.", [("i juni", "2026-06", "month")]),
    ("Landet har vært medlem siden 2008.", [("siden 2008", "2008", "year")]),
    ("Det skjedde 28. februar.", [("28. februar", "2026-02-28", "day")]),
])
def test_bokmaal(finder: DateFinder, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(finder, text, "nb") == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister arrived last Thursday.", [("last Thursday", "2026-03-05", "day")]),
    ("Talks resumed on Monday.", [("on Monday", "2026-03-09", "day")]),
    ("The deal was signed on March 3, 2026.", [("March 3, 2026", "2026-03-03", "day")]),
    ("Troops will arrive in June.", [("in June", "2026-06", "month")]),
    ("Sanctions have been in place since 2014.", [("since 2014", "2014", "year")]),
    ("It happened yesterday.", [("yesterday", "2026-03-11", "day")]),
    ("The ceasefire began on Nov. 1 and ended last month.", [("Nov. 1", "2025-11-01", "day"),
                                                             ("last month", "2026-02", "month")]),
    ("Inspectors are due in Tehran on Monday.", [("on Monday", "2026-03-16", "day")]),
])
def test_english(finder: DateFinder, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(finder, text, "en") == expected


def test_relative_dates_without_publication_date_stay_unresolved(finder: DateFinder) -> None:
    assert found(finder, "Møtet var torsdag, og avtalen kom 3. april 2025.", "nb", None) == [
        ("torsdag", None, "day"), ("3. april 2025", "2025-04-03", "day")]


def test_month_without_year_takes_the_nearest(finder: DateFinder) -> None:
    assert found(finder, "Valget var i desember.", "nb", "2026-01-15") == [("i desember", "2025-12", "month")]
