"""HTML pages: main text and metadata (title, date, author, site) via trafilatura."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document

from utkikk.model import Article, Origin, Skip
from utkikk.steps.ingest.published import parse_published

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br",
           "section", "article", "header", "footer", "figcaption", "dd", "dt"}
_BLANKS = re.compile(r"\n\s*\n\s*")
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def host_of(url: str | None) -> str | None:
    """The host of a URL without "www.", or None."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def html_article(html: str, origin: Origin, url: str | None = None) -> Article | Skip:
    """An article from a web page, or a Skip saying why the page holds none."""
    source = url or origin.path or "<html>"
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, fast=True, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        return Skip(source, "broken_html", f"HTML could not be parsed: {exc}")
    if not isinstance(doc, Document) or not doc.text or not doc.text.strip():
        return Skip(source, "no_text", "no main text found in the HTML page")
    published = parse_published(doc.date)
    return Article(
        text="", raw_text=doc.text, url=url or doc.url, title=doc.title, author=doc.author,
        outlet=doc.sitename or host_of(url or doc.url), published=published,
        published_basis="metadata" if published else None, origin=origin,
    )


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), one block per paragraph."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.LxmlError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    return _BLANKS.sub("\n\n", root.text_content()).strip()
