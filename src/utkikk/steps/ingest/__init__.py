"""Ingest: files, directories (recursively) and standard input to Articles, or Skips saying why not.

Formats: plain text, HTML, JSON Lines, RSS/Atom feeds, WARC(.gz). Streams are read lazily so that a
large JSONL or WARC file never sits in memory whole.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from utkikk.model import Article, Origin, Skip
from utkikk.steps.ingest.decode import UnreadableInput, decode_bytes
from utkikk.steps.ingest.feed import read_feed
from utkikk.steps.ingest.html import html_article
from utkikk.steps.ingest.jsonl import read_jsonl
from utkikk.steps.ingest.published import parse_published
from utkikk.steps.ingest.text import text_article
from utkikk.steps.ingest.warc import read_warc

STDIN = "-"
_SUFFIXES = {
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc.gz": "warc",
}
# Feeds are parsed whole; larger files are refused.
MAX_FEED_BYTES = 200_000_000
SNIFF_BYTES = 2048
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def format_by_name(name: str) -> str | None:
    """The input format that a file name's suffix tells, or None."""
    lower = name.lower()
    for suffix, fmt in sorted(_SUFFIXES.items(), key=lambda kv: -len(kv[0])):
        if lower.endswith(suffix):
            return fmt
    return None


def sniff_format(head: bytes) -> str:
    """The input format that the first bytes of a stream tell."""
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/"):
        return "warc"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"{"):
        return "jsonl"
    if text.startswith(b"<?xml") or text.startswith((b"<rss", b"<feed", b"<rdf")):
        return "feed" if any(tag in text for tag in (b"<rss", b"<feed", b"<rdf")) else "html"
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<div", b"<p")):
        return "html"
    return "text"


def read_inputs(paths: Iterable[str], max_bytes: int, published: str | None = None) -> Iterator[Article | Skip]:
    """Articles from every path ("-" is standard input); ``published`` fills absent dates."""
    default = parse_published(published)
    for path in paths:
        for item in _read_path(path, max_bytes):
            if isinstance(item, Article) and item.published is None and default:
                item.published, item.published_basis = default, "given"
            yield item


def _read_path(path: str, max_bytes: int) -> Iterator[Article | Skip]:
    if path == STDIN:
        data = sys.stdin.buffer.read()
        yield from read_stream(io.BytesIO(data), "<stdin>", sniff_format(data[:SNIFF_BYTES]), max_bytes, len(data))
        return
    target = Path(path)
    if target.is_dir():
        yield from _read_directory(target, max_bytes)
    elif not target.exists():
        yield Skip(path, "unreadable", "no such file or directory" + (" (broken link)" if target.is_symlink() else ""))
    else:
        yield from _read_file(target, max_bytes, format_by_name(target.name))


def _read_directory(root: Path, max_bytes: int) -> Iterator[Article | Skip]:
    def on_error(exc: OSError) -> None:
        failures.append(Skip(str(exc.filename or root), "unreadable", f"cannot list directory: {exc.strerror}"))

    failures: list[Skip] = []
    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from failures
        failures.clear()
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            fmt = format_by_name(name)
            if fmt is None:
                yield Skip(str(path), "unsupported_type", "not a supported input type (by its suffix)")
            elif not path.exists():
                yield Skip(str(path), "unreadable", "no such file (broken link)")
            else:
                yield from _read_file(path, max_bytes, fmt)
    yield from failures


def _read_file(path: Path, max_bytes: int, fmt: str | None) -> Iterator[Article | Skip]:
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            if fmt is None:
                fmt = sniff_format(stream.read(SNIFF_BYTES))
                stream.seek(0)
            yield from read_stream(stream, str(path), fmt, max_bytes, size)
    except OSError as exc:
        yield Skip(str(path), "unreadable", f"cannot read: {exc.strerror or exc}")


def read_stream(stream: BinaryIO, source: str, fmt: str, max_bytes: int, size: int) -> Iterator[Article | Skip]:
    """Articles of one opened input of a known format and size in bytes."""
    if size == 0:
        yield Skip(source, "empty", "empty file")
        return
    if fmt == "jsonl":
        yield from read_jsonl(stream, source, max_bytes)
        return
    if fmt == "warc":
        yield from read_warc(stream, source, max_bytes)
        return
    limit = MAX_FEED_BYTES if fmt == "feed" else max_bytes
    if size > limit:
        yield Skip(source, "too_large",
                   f"{size / 1e6:,.1f} MB is over the limit of {limit / 1e6:,.1f} MB for one {fmt} input")
        return
    data = stream.read()
    if fmt == "feed":
        yield from read_feed(data, source)
        return
    declared = _META_CHARSET.search(data[:SNIFF_BYTES]) if fmt == "html" else None
    try:
        text = decode_bytes(data, declared.group(1).decode("ascii") if declared else None)
    except UnreadableInput as exc:
        yield Skip(source, exc.reason, str(exc))
        return
    if fmt == "html":
        yield html_article(text, Origin("html", path=source))
    else:
        yield text_article(text, Origin("text", path=source))
