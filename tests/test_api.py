"""The Python API: what the CLI does is a documented call, with results as DataFrames."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import utkikk

from .conftest import EN_ARTICLE, NB_ARTICLE


def test_extract_one_text() -> None:
    article = utkikk.extract(NB_ARTICLE, published=date(2026, 3, 12), url="https://nordlys.example/a")
    assert (article.lang, article.published, article.url) == ("nb", "2026-03-12", "https://nordlys.example/a")
    assert "Musikkelsker" not in article.text and article.credits[0] == "NTB"


def test_extract_files_and_frame(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NB_ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(EN_ARTICLE, encoding="utf-8")
    skipped: list[utkikk.Skip] = []
    frame = utkikk.to_frame(utkikk.extract_files([str(tmp_path)], on_skip=skipped.append))
    assert list(frame["lang"]) == ["nb", "en"] and skipped == []


def test_open_store_gives_dataframes(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    run = utkikk.ingest([str(tmp_path / "in")], tmp_path / "s.duckdb")
    assert run.new == 1
    with utkikk.open_store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store.table("articles")["lang"].tolist() == ["en"]
        assert store.query("SELECT count(*) AS n FROM runs")["n"][0] == 1
