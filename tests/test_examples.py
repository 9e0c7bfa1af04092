"""The bundled example corpus: every format, both languages, boilerplate gone, stored once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import utkikk
from utkikk.model import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).parent / "golden"
GOLDEN_INPUTS = [
    "examples/txt/2026-03-16_ntb_trafikken-gaar-igjen-ved-jarinje.txt",
    "examples/html/2026-03-04_nyhetsspeilet_nato-sjefen-bekymret.html",
    "examples/html/2026-03-02_newswire-mirror_serbia-6000-troops-border.html",
    "examples/feeds/wire.atom",
    "examples/warc/crisis.warc.gz",
]
BOILERPLATE = ["Musikkelsker", "kaffenerd", "Coffee junkie", "web ninja", "zombie guru", "Prisbelønt kaffeekspert",
               "Del artikkelen", "Share this article", "We use cookies", "informasjonskapsler", "Abonner på",
               "ms/rt", "(©NTB)", "Reporting by", "Les også:", "Also Read:"]


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return list(utkikk.extract_files([str(EXAMPLES)]))


def test_corpus_covers_every_format_and_both_languages(corpus: list[Article]) -> None:
    formats = {a.origin.format for a in corpus if a.origin}
    assert formats == {"text", "html", "jsonl", "feed", "warc"}
    langs = [a.lang for a in corpus]
    assert len(corpus) >= 20 and langs.count("nb") >= 10 and langs.count("en") >= 10
    assert all(a.coded and not a.errors for a in corpus)


def test_no_boilerplate_survives_cleaning(corpus: list[Article]) -> None:
    for article in corpus:
        for phrase in BOILERPLATE:
            assert phrase not in article.text, (article.origin, phrase)


def test_generated_bios_are_removed_in_both_languages(corpus: list[Article]) -> None:
    bios = {(a.lang, a.outlet) for a in corpus for r in a.removed if r.kind == "author_bio"}
    assert bios == {("nb", "Nyhetsspeilet"), ("en", "Newswire Mirror"), ("nb", "NorgeNytt24"),
                    ("en", "World News Digest")}


def test_wire_credits_and_editor_initials(corpus: list[Article]) -> None:
    stubb = [a for a in corpus if a.title and "Stubb" in a.title and a.origin and a.origin.format == "html"]
    assert [(a.credits, a.editors) for a in stubb] == [(["Reuters", "AFP", "dpa"], ["ms", "rt"])]
    assert all(a.credits for a in corpus if a.origin and a.origin.format == "text")


def test_demo_ingest_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    first = utkikk.ingest([str(EXAMPLES)], db)
    assert first.new == first.read >= 20 and first.skip_reasons == {"unsupported_type": 1}  # README.md
    again = utkikk.ingest([str(EXAMPLES)], db)
    assert (again.new, again.reports, again.duplicates) == (0, 0, first.read)


@pytest.mark.parametrize("relative", GOLDEN_INPUTS)
def test_golden_extract_output(relative: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """End-to-end output of `utkikk extract`; refresh with UTKIKK_UPDATE_GOLDEN=1 after a deliberate change."""
    monkeypatch.chdir(ROOT)
    docs = [a.to_dict() for a in utkikk.extract_files([relative])]
    golden = GOLDEN / (Path(relative).name.split(".")[0] + ".json")
    if os.environ.get("UTKIKK_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(docs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert docs == json.loads(golden.read_text(encoding="utf-8"))
