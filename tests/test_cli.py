"""The `utkikk` command: ingest, extract, export and stats end to end, with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from utkikk.cli import main

from .conftest import EN_ARTICLE, NB_ARTICLE


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "nb.txt").write_text(NB_ARTICLE, encoding="utf-8")
    (folder / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (folder / "junk.html").write_bytes(b"\x00\x01\x02" * 50)
    return folder


def test_extract_prints_one_document_for_one_article(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(corpus / "nb.txt"), "--published", "2026-03-12", "--include-raw"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["lang"], doc["published"]) == ("nb", "2026-03-12")
    assert doc["credits"] == ["NTB", "Reuters", "AFP", "dpa"]
    assert doc["removed"][0] == {"kind": "byline", "text": "Av Kari Hansen, NTB", "reason": "byline naming the author",
                                 "start": 1, "end": 20}
    assert doc["raw_text"][1:20] == "Av Kari Hansen, NTB"  # removed spans point into the text before cleaning
    assert doc["title"] == "Serbia trekker deler av styrkene tilbake fra grensen"
    assert len(doc["id"]) == 40
    event = next(e for e in doc["events"] if e["type"] == "MOBILIZE")
    assert (event["source"]["code"], event["target"]["code"], event["modality"]) == ("DNKGOV", "ESTGOV", "future")
    assert doc["text"][event["start"]:event["end"]] == event["sentence"]


def test_extract_lists_several_and_reports_skips(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(corpus)]) == 0
    out = capsys.readouterr()
    docs = json.loads(out.out)
    assert [d["lang"] for d in docs] == ["en", "nb"]
    assert "junk.html: binary: binary data, not text" in out.err


def test_extract_jsonl(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["lang"] for line in lines] == ["en", "nb"]


def test_extract_of_nothing_readable_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path / "empty.txt")]) == 1
    assert "empty.txt: empty: empty file" in capsys.readouterr().err


def test_ingest_export_and_stats(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.duckdb")
    assert main(["ingest", str(corpus), "--db", db, "--quiet", "--published", "2026-03-12"]) == 0
    assert "2 read, 2 new" in capsys.readouterr().err
    assert main(["ingest", str(corpus), "--db", db, "--quiet"]) == 0
    assert "2 read, 0 new, 0 new copies of stored articles, 2 already stored" in capsys.readouterr().err

    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 articles (2 reports read), published 2026-03-12 to 2026-03-12 (0 undated)")
    assert "author_bio" in out and "Reuters" in out
    assert "binary" in out and "finished" in out

    assert main(["stats", "--db", db, "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["tables"]["articles"] == 2 and {r["lang"] for r in stats["languages"]} == {"nb", "en"}

    parquet = tmp_path / "out" / "articles.parquet"
    assert main(["export", "--db", db, "--table", "articles", "--format", "parquet", "--out", str(parquet)]) == 0
    frame = pd.read_parquet(parquet)
    assert sorted(frame["lang"]) == ["en", "nb"] and "credits" in frame.columns
    capsys.readouterr()

    assert main(["export", "--db", db, "--table", "reports", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and all(r["origin_format"] == "text" for r in rows)

    csv = tmp_path / "events.csv"
    assert main(["export", "--db", db, "--table", "events", "--format", "csv", "--out", str(csv)]) == 0
    assert csv.read_text(encoding="utf-8").startswith("article_id,idx,type,mode")

    capsys.readouterr()
    assert main(["export", "--db", db, "--table", "events", "--format", "plover"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    retreat = next(r for r in records if r["event"] == ["RETREAT"])
    assert retreat["mode"] == "withdraw" and retreat["quad_code"] == 2 and retreat["date"] == "2026-03-12"
    assert retreat["source"][0]["code"] == "SRB" and retreat["source"][0]["sector"] == "MIL"
    assert retreat["text"] in NB_ARTICLE.replace("\n", " ") or retreat["text_info"]["end"] > 0
    tsv = tmp_path / "events.tsv"
    assert main(["export", "--db", db, "--table", "events", "--format", "gdelt", "--out", str(tsv)]) == 0
    header, *rows = [line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines()]
    assert header[:6] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"]
    row = dict(zip(header, rows[[r[header.index("PloverType")] for r in rows].index("RETREAT")], strict=True))
    assert (row["Actor1Code"], row["EventRootCode"], row["QuadClass"]) == ("SRBMIL", "08", "2")
    assert row["SQLDATE"] == "20260312"
    assert main(["export", "--db", db, "--table", "articles", "--format", "gdelt", "--out", str(tsv)]) == 2


def test_ingest_of_nothing_readable_fails(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "junk.txt").write_bytes(b"\x00" * 10)
    assert main(["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.duckdb"), "--quiet"]) == 1


def test_export_refuses_parquet_to_stdout_and_unknown_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(tmp_path / "missing.duckdb")]) == 2
    assert "no store at" in capsys.readouterr().err
    db = str(tmp_path / "s.duckdb")
    (tmp_path / "a.txt").write_text(NB_ARTICLE, encoding="utf-8")
    main(["ingest", str(tmp_path / "a.txt"), "--db", db, "--quiet"])
    assert main(["export", "--db", db, "--table", "articles", "--format", "parquet"]) == 2
    assert "Parquet is binary" in capsys.readouterr().err
