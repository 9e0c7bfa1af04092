"""WARC and WARC.gz archives (warcio), streamed: every HTML response record is an article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from utkikk.model import Article, Origin, Skip
from utkikk.steps.ingest.decode import UnreadableInput, decode_bytes
from utkikk.steps.ingest.html import html_article
from utkikk.steps.ingest.published import parse_published

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Article | Skip]:
    """Articles of a web archive; a truncated or corrupt archive ends with a Skip naming how far
    it got, and what was read before stays read."""
    seen = 0
    try:
        for record in ArchiveIterator(stream):
            seen += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            status = record.http_headers.get_statuscode() or ""
            if not ctype.lower().startswith(_HTML_TYPES) or not status.startswith("2"):
                continue
            yield _record_article(record, source, max_bytes, ctype)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield Skip(source, "corrupt_archive",
                   f"truncated or corrupt WARC after {seen} records: {type(exc).__name__}: {exc}")


def _record_article(record: object, source: str, max_bytes: int, ctype: str) -> Article | Skip:
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI")
    record_id = headers.get_header("WARC-Record-ID")
    where = f"{source}@{record_id}"
    payload = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
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
