"""WARC and WARC.gz archives (warcio), streamed: every HTML response record is an article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from utkikk.model import Article, Origin, Skip
from utkikk.steps.ingest.decode import UnreadableInput, decode_bytes
from utkikk.steps.ingest.html import html_article
from utkikk.steps.ingest.published import parse_published

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DRAIN_BYTES = 1 << 16


def read_warc(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Article | Skip]:
    """Articles of a web archive; a truncated or corrupt archive ends with a Skip naming how far
    it got, and what was read before stays read."""
    seen = 0
    try:
        for record in ArchiveIterator(stream):
            item = _html_response(record, source, max_bytes)
            if _truncated(record):
                raise EOFError(f"record {seen + 1} ends early")
            seen += 1
            if item is not None:
                yield item
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield Skip(source, "corrupt_archive",
                   f"truncated or corrupt WARC after {seen} records: {type(exc).__name__}: {exc}")


def _truncated(record: Any) -> bool:
    """Whether the archive ended inside this record (warcio itself stops silently)."""
    raw = record.raw_stream
    while raw.read(_DRAIN_BYTES):
        pass
    return bool(getattr(raw, "limit", 0))


def _html_response(record: Any, source: str, max_bytes: int) -> Article | Skip | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    status = record.http_headers.get_statuscode() or ""
    if not ctype.lower().startswith(_HTML_TYPES) or not status.startswith("2"):
        return None
    return _record_article(record, source, max_bytes, ctype)


def _record_article(record: Any, source: str, max_bytes: int, ctype: str) -> Article | Skip:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    record_id = headers.get_header("WARC-Record-ID")
    where = f"{source}@{record_id}"
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Skip(where, "too_large", f"record larger than the limit of {max_bytes:,} bytes")
    charset = _CHARSET.search(ctype)
    try:
        html = decode_bytes(payload, charset.group(1) if charset else None)
    except UnreadableInput as exc:
        return Skip(where, exc.reason, str(exc))
    article = html_article(html, Origin("warc", path=source, record_id=record_id), url=url)
    if isinstance(article, Article) and article.published is None:
        article.published = parse_published(headers.get_header("WARC-Date"))
        article.published_basis = "warc-date" if article.published else None
    return article
