"""Bad input gets a clear, recorded skip for that one item, and the run goes on."""

from __future__ import annotations

import gzip
import os
import random
from pathlib import Path

import pytest

from utkikk.model import Article, Skip
from utkikk.steps.ingest import read_inputs
from utkikk.steps.ingest.decode import UnreadableInput, decode_bytes

from .test_readers import BODY_NB, articles, read
from .warcs import page, write_warc

NB = "Forsvarsdepartementet i Beograd sier at styrkene ved grensen trekkes tilbake til garnisonene nå."


def skips(items: list[Article | Skip]) -> list[tuple[str, str]]:
    return [(Path(s.source.split("#")[0].split("@")[0].split(":")[0]).name, s.reason)
            for s in items if isinstance(s, Skip)]


def test_binary_junk_is_skipped_and_the_next_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "a_junk.txt").write_bytes(random.Random(7).randbytes(20_000))
    (tmp_path / "b_good.txt").write_text(NB, encoding="utf-8")
    items = read(tmp_path)
    assert skips(items) == [("a_junk.txt", "binary")]
    assert len(articles(items)) == 1


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_bytes(b"  \n\n ")
    assert sorted(skips(read(tmp_path))) == [("blank.html", "empty"), ("empty.txt", "empty")]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_legacy_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = ("Utenriksministeren sa at Norge støtter økte sanksjoner, og at Kosovos grense må åpnes igjen "
            "før påske. Forsvarsdepartementet følger situasjonen nøye, opplyser NTB.")
    path = tmp_path / "eldre.txt"
    path.write_bytes(text.encode(encoding) if encoding != "utf-16" else text.encode("utf-16"))
    [article] = read(path)
    assert isinstance(article, Article) and article.raw_text == text


def test_mixed_utf8_and_windows_1252_bytes() -> None:
    data = "Utenriksministeren sa at Norge støtter økte sanksjoner.".encode() + b" Kl\xf8kt av \xe6ren, sa han."
    assert decode_bytes(data) == "Utenriksministeren sa at Norge støtter økte sanksjoner. Kløkt av æren, sa han."


def test_mojibake_is_repaired() -> None:
    broken = "Utenriksministeren sa at Norge stÃ¸tter Ã¸kte sanksjoner mot Russland.".encode()
    assert decode_bytes(broken) == "Utenriksministeren sa at Norge støtter økte sanksjoner mot Russland."


def test_decode_refuses_binary_and_empty() -> None:
    with pytest.raises(UnreadableInput) as binary:
        decode_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    assert binary.value.reason == "binary"
    with pytest.raises(UnreadableInput) as empty:
        decode_bytes(b"   ")
    assert empty.value.reason == "empty"


@pytest.mark.parametrize("html", [
    "<html><body><p>Forsvaret sier at styrkene trekkes tilbake til garnisonene, opplyser departementet "
    "onsdag.<p>Statsministeren har ikke kommentert saken overfor NTB.<div><span>",
    "<<<>>><html><head><title>x</title></head><body><table><tr><td>",
    "<html><body><script>alert('x')</script><iframe src='https://evil.example'></iframe></body></html>",
])
def test_broken_html_gives_an_article_or_a_skip(tmp_path: Path, html: str) -> None:
    path = tmp_path / "broken.html"
    path.write_text(html, encoding="utf-8")
    [item] = read(path)
    if isinstance(item, Article):
        assert item.raw_text and "alert(" not in item.raw_text and "<" not in item.raw_text
    else:
        assert item.reason in ("no_text", "broken_html")


def test_truncated_warc_keeps_what_came_before(tmp_path: Path) -> None:
    pages = [(f"https://nordlys.example/{i}", page(f"Sak {i}", BODY_NB.replace("4000", str(4000 + i))))
             for i in range(6)]
    whole = write_warc(tmp_path / "whole.warc.gz", pages, extra_png=False).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: int(len(whole) * 0.6)])
    items = read(cut)
    assert 1 <= len(articles(items)) < 6
    [skip] = [i for i in items if isinstance(i, Skip)]
    assert skip.reason == "corrupt_archive" and "truncated or corrupt WARC after" in skip.message


def test_gzip_that_is_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "not.warc.gz"
    path.write_bytes(gzip.compress(b"hello, this is not an archive\n" * 50))
    assert skips(read(path)) == [("not.warc.gz", "corrupt_archive")]


def test_huge_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        line = (NB + "\n").encode()
        for _ in range(50_000_000 // len(line) + 1):
            stream.write(line)
    [skip] = read(path)
    assert isinstance(skip, Skip) and skip.reason == "too_large" and "MB is over the limit" in skip.message


def test_bad_jsonl_lines_are_skipped_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "' + NB.encode() + b'"}\n{not json\n[1, 2]\n{"title": "no text"}\n'
                     b'\x00\x01\x02\x03\n{"text": "' + NB.replace("nå", "i dag").encode() + b'"}\n')
    items = read(path)
    assert len(articles(items)) == 2
    assert [s.reason for s in items if isinstance(s, Skip)] == ["invalid_json", "invalid_json", "no_text",
                                                                "invalid_json"]
    assert [s.source.rsplit(":", 1)[1] for s in items if isinstance(s, Skip)] == ["2", "3", "4", "5"]


def test_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "odd.xml"
    path.write_text("<?xml version='1.0'?><config><value>1</value></config>", encoding="utf-8")
    assert skips(read(path)) == [("odd.xml", "not_a_feed")]


def test_missing_path_and_broken_link(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    (tmp_path / "ok.txt").write_text(NB, encoding="utf-8")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "nowhere.txt")], 5_000_000))
    assert len(articles(items)) == 1
    assert sorted(skips(items)) == [("link.txt", "unreadable"), ("nowhere.txt", "unreadable")]


def test_unreadable_file_in_a_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a_secret.txt").write_text(NB, encoding="utf-8")
    (tmp_path / "b_open.txt").write_text(NB.replace("nå", "i dag"), encoding="utf-8")
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "a_secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)
    items = read(tmp_path)
    assert skips(items) == [("a_secret.txt", "unreadable")]
    assert "Permission denied" in next(s.message for s in items if isinstance(s, Skip))
    assert len(articles(items)) == 1
