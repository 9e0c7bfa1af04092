"""Ingest into DuckDB: idempotent by URL, source and text; every copy recorded; crash-safe batches."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import utkikk
from utkikk.config import Settings
from utkikk.model import Article
from utkikk.pipeline import Pipeline
from utkikk.store import writer
from utkikk.store.db import Store
from utkikk.store.schema import current_version, latest_version

from ..conftest import EN_ARTICLE, NB_ARTICLE

STORIES = [
    "Det serbiske forsvaret sier at en del av styrkene ved grensen nå trekkes tilbake til garnisonene.",
    "Finlands president ankom Berlin onsdag for samtaler med forbundskansleren om sikkerheten i Østersjøen.",
    "Danmark vil sende 30 til 40 ekstra soldater til Estland, opplyser det danske forsvarsministeriet.",
    "Canada's prime minister repeated that Ottawa could impose sanctions on Iran if the talks collapse.",
    "NATO said on Thursday it would send 1,000 more troops to Kosovo to reinforce the KFOR mission there.",
    "Russlands utenriksdepartement kalte tiltaket en provokasjon og krevde et møte i FNs sikkerhetsråd.",
]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def counts(db: Path) -> dict[str, int]:
    with Store(db) as store:
        return {t: int(store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
                for t in ("articles", "reports", "skips", "runs")}


def test_ingest_twice_stores_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nb.txt").write_text(NB_ARTICLE, encoding="utf-8")
    (corpus / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    write_jsonl(corpus / "more.jsonl", [{"text": s, "url": f"https://x.example/{i}"} for i, s in enumerate(STORIES)])
    (corpus / "junk.txt").write_bytes(b"\x00\xff" * 100)
    db = tmp_path / "store.duckdb"
    first = utkikk.ingest([str(corpus)], db)
    assert (first.read, first.new, first.reports, first.duplicates, first.skipped) == (8, 8, 0, 0, 1)
    again = utkikk.ingest([str(corpus)], db)
    assert (again.read, again.new, again.reports, again.duplicates) == (8, 0, 0, 8)
    assert counts(db) == {"articles": 8, "reports": 8, "skips": 2, "runs": 2}


def test_republished_copy_is_one_article_with_two_reports(tmp_path: Path) -> None:
    story = STORIES[0]
    write_jsonl(tmp_path / "a.jsonl", [
        {"text": story + "\n\nDel artikkelen", "url": "https://nordlys.example/serbia", "outlet": "Nordlys"},
        {"text": story + "\n\n«Musikkelsker. Uhelbredelig kaffenerd. Typisk nettentusiast.»",
         "url": "https://mirror.example/serbia-copy", "outlet": "Mirror"},
        {"text": story + " Oppdatert.", "url": "https://nordlys.example/serbia", "outlet": "Nordlys"},  # same URL
    ])
    db = tmp_path / "s.duckdb"
    run = utkikk.ingest([str(tmp_path / "a.jsonl")], db)
    assert (run.new, run.reports, run.duplicates) == (1, 1, 1)
    with Store(db) as store:
        reports = store.query("SELECT outlet, url FROM reports ORDER BY outlet")
        articles = store.table("articles")
    assert reports.values.tolist() == [["Mirror", "https://mirror.example/serbia-copy"],
                                       ["Nordlys", "https://nordlys.example/serbia"]]
    assert len(articles) == 1 and articles.loc[0, "text"] == story
    assert [r["kind"] for r in articles.loc[0, "removed"]] == ["share"]


def test_article_fields_round_trip_through_the_store(tmp_path: Path) -> None:
    path = tmp_path / "nb.txt"
    path.write_text(NB_ARTICLE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    utkikk.ingest([str(path)], db, published="2026-03-12")
    with Store(db) as store:
        row = store.table("articles").iloc[0]
    assert row["lang"] == "nb" and bool(row["coded"])
    assert str(row["published"])[:10] == "2026-03-12" and row["published_basis"] == "given"
    assert list(row["credits"]) == ["NTB", "Reuters", "AFP", "dpa"] and list(row["editors"]) == ["ms", "rt"]
    assert [r["kind"] for r in row["removed"]] == ["byline", "photo_credit", "share", "related", "author_bio",
                                                    "wire_credit"]
    assert row["title"] == "Serbia trekker deler av styrkene tilbake fra grensen"
    assert row["origin_format"] == "text" and row["origin_path"] == str(path)


def test_interrupted_run_keeps_committed_batches_and_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_jsonl(tmp_path / "many.jsonl",
                       [{"text": f"{STORIES[i % 6]} Sak nummer {i}.", "url": f"https://x.example/{i}"}
                        for i in range(25)])
    db = tmp_path / "s.duckdb"
    small = replace(Settings(), batch_size=10)
    real = Pipeline.process
    seen = {"n": 0}

    def crashing(self: Pipeline, article: Article) -> Article:
        seen["n"] += 1
        if seen["n"] == 17:
            raise KeyboardInterrupt
        return real(self, article)

    monkeypatch.setattr(Pipeline, "process", crashing)
    with pytest.raises(KeyboardInterrupt):
        utkikk.ingest([str(path)], db, settings=small)
    with Store(db) as store:
        assert store.query("SELECT status, n_new FROM runs").values.tolist() == [["interrupted", 10]]
        assert len(store.table("articles")) == 10
        assert len(store.table("reports")) == 10
    monkeypatch.setattr(Pipeline, "process", real)
    resumed = utkikk.ingest([str(path)], db, settings=small)
    assert (resumed.new, resumed.duplicates) == (15, 10)
    assert counts(db)["articles"] == 25


def test_failed_batch_leaves_no_half_written_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{"text": s, "url": f"https://x.example/{i}"} for i, s in enumerate(STORIES)]
    path = write_jsonl(tmp_path / "a.jsonl", records)
    db = tmp_path / "s.duckdb"

    real_insert = writer.RunWriter._insert

    def failing_insert(self: writer.RunWriter, table: str, rows: list[dict[str, object]]) -> None:
        real_insert(self, table, rows)
        if table == "reports":
            raise KeyboardInterrupt  # after articles were inserted, before the batch commits

    monkeypatch.setattr(writer.RunWriter, "_insert", failing_insert)
    with pytest.raises(KeyboardInterrupt):
        utkikk.ingest([str(path)], db)
    assert counts(db)["articles"] == 0 and counts(db)["reports"] == 0
    with Store(db) as store:
        assert store.query("SELECT status, n_read, n_new FROM runs").values.tolist() == [["interrupted", 0, 0]]


def test_schema_is_versioned_and_migrated_once(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        assert current_version(store.con) == latest_version() >= 1
    with Store(db) as store:
        assert store.query("SELECT count(*) AS n FROM schema_version")["n"][0] == latest_version()


def test_nothing_readable_reports_no_articles(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    run = utkikk.ingest([str(tmp_path / "in")], tmp_path / "s.duckdb")
    assert (run.read, run.skipped, run.skip_reasons) == (0, 1, {"empty": 1})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(list(range(len(STORIES)))), repeats=st.lists(st.integers(0, 5), max_size=4))
def test_ingest_is_idempotent_in_any_order(tmp_path_factory: pytest.TempPathFactory, order: list[int],
                                           repeats: list[int]) -> None:
    folder = tmp_path_factory.mktemp("prop")
    records = [{"text": STORIES[i], "url": f"https://x.example/{i}"} for i in [*order, *repeats]]
    path = write_jsonl(folder / "a.jsonl", records)
    db = folder / "s.duckdb"
    utkikk.ingest([str(path)], db)
    utkikk.ingest([str(path)], db)
    with Store(db) as store:
        ids = sorted(store.table("articles")["id"])
    assert len(ids) == len(STORIES) == len(set(ids))


def test_every_extracted_object_is_stored(tmp_path: Path) -> None:
    text = ("Statssekretær Kari Nilsen sa torsdag at Norge sender 30 til 40 soldater til Estland. "
            "«Vi er klare», sa hun.\n\nDen såkalte planen ble lagt fram.\n\n"
            "«Ingen vet hva som skjer nå», skriver avisen.")
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": text, "url": "https://x.example/a", "published": "2026-03-12"}])
    db = tmp_path / "s.duckdb"
    run = utkikk.ingest([str(path)], db)
    assert run.new == 1 and run.errors == 0
    with Store(db) as store:
        quotes = store.table("quotes")
        assert len(quotes) >= 2 and quotes["speaker_actor_id"].isna().any()  # a quote with no speaker
        assert "person:kari-nilsen" in set(store.table("entities")["actor_id"])
        assert store.table("dates")["value"].tolist() == ["2026-03-12"]
        assert store.table("quantities")[["low", "high", "unit"]].values.tolist() == [[30.0, 40.0, "troops"]]
