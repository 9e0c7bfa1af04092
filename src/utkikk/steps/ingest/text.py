"""Plain-text articles: the first line is the title when it looks like one."""

from __future__ import annotations

from utkikk.model import Article, Origin

MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 25


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body): the first line is a title when short, unpunctuated at its end, and followed
    by a blank line or more text."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    looks_like_title = (
        sep
        and rest.strip()
        and 0 < len(first) <= MAX_TITLE_CHARS
        and len(first.split()) <= MAX_TITLE_WORDS
        and first[-1] not in ".,;:"
        and (rest.startswith(("\n", "\r\n")) or len(rest.split("\n", 1)[0]) > len(first))
    )
    return (first, rest) if looks_like_title else (None, text)


def text_article(text: str, origin: Origin) -> Article:
    """An article from plain text."""
    title, body = split_title(text)
    return Article(text="", raw_text=body, title=title, origin=origin)
