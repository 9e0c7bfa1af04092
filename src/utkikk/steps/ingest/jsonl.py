"""JSON Lines: one article per line with text, title, url, published, lang, outlet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import msgspec

from utkikk.model import Article, Origin, Skip
from utkikk.steps.ingest.decode import UnreadableInput, decode_bytes
from utkikk.steps.ingest.html import host_of
from utkikk.steps.ingest.published import parse_published


def _field(record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    return value.strip() or None if isinstance(value, str) else None


def read_jsonl(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Article | Skip]:
    """Articles of a JSON Lines stream, read line by line; a bad line is a Skip, not the end."""
    for number, line in enumerate(stream, start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield Skip(where, "too_large", f"line of {len(line):,} bytes exceeds the limit of {max_bytes:,}")
            continue
        try:
            record = msgspec.json.decode(decode_bytes(line))
        except (msgspec.DecodeError, UnreadableInput) as exc:
            yield Skip(where, "invalid_json", f"not a JSON object: {exc}")
            continue
        if not isinstance(record, dict):
            yield Skip(where, "invalid_json", "line is JSON but not an object")
            continue
        text = _field(record, "text")
        if text is None:
            yield Skip(where, "no_text", "record has no 'text'")
            continue
        url = _field(record, "url")
        published = parse_published(record.get("published"))
        yield Article(
            text="", raw_text=text, url=url, title=_field(record, "title"),
            outlet=_field(record, "outlet") or host_of(url), lang=_field(record, "lang"),
            author=_field(record, "author"), published=published,
            published_basis="metadata" if published else None,
            origin=Origin("jsonl", path=source, item=number),
        )
