"""RSS 2.0 and Atom feeds (feedparser): each item an article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser

from utkikk.model import Article, Origin, Skip
from utkikk.steps.ingest.html import fragment_to_text, host_of
from utkikk.steps.ingest.published import parse_published


def _item_html(entry: Any) -> str:
    contents = entry.get("content") or []
    values = [c.get("value", "") for c in contents if c.get("value")]
    return max(values, key=len) if values else str(entry.get("summary", "") or "")


def read_feed(data: bytes, source: str) -> Iterator[Article | Skip]:
    """Articles of a feed; an item without text is a Skip."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield Skip(source, "not_a_feed", f"no feed items found{f': {problem}' if problem else ''}")
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#{number}"
        text = fragment_to_text(_item_html(entry))
        if not text:
            yield Skip(where, "no_text", "feed item has no text")
            continue
        url = entry.get("link") or None
        published = (parse_published(entry.get("published")) or parse_published(entry.get("updated"))
                     or parse_published(entry.get("published_parsed") or entry.get("updated_parsed")))
        yield Article(
            text="", raw_text=text, url=url, title=entry.get("title") or None,
            author=entry.get("author") or None, outlet=outlet or host_of(url), published=published,
            published_basis="metadata" if published else None,
            origin=Origin("feed", path=source, record_id=entry.get("id") or None, item=number),
        )
