"""Helpers that write small WARC files for tests."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(title: str, body: str, published: str | None = "2026-03-12T09:14:00+01:00", lang: str = "nb") -> str:
    """A realistic news page around ``body`` (paragraphs separated by blank lines)."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – Nordlys Nyheter</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Nordlys Nyheter">
<meta name="author" content="Kari Hansen">{meta}</head>
<body><nav><a href="/">Forside</a> <a href="/utenriks">Utenriks</a> <a href="/sport">Sport</a></nav>
<div class="cookie">Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.</div>
<article><h1>{title}</h1><p class="byline">Av Kari Hansen, NTB</p>
{paragraphs}</article>
<aside><h2>Mest lest</h2><ul><li><a href="/a">Værmelding for helgen</a></li></ul></aside>
<footer>© Nordlys Nyheter 2026. Ansvarlig redaktør: Per Olsen.</footer></body></html>"""


def write_warc(path: Path, pages: list[tuple[str, str]], extra_png: bool = True) -> Path:
    """A gzipped WARC with a response record per (url, html) and, optionally, an image to ignore."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, html in pages:
            payload = html.encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(payload), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2026-03-14T10:00:00Z"})
            writer.write_record(record)
        if extra_png:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            record = writer.create_warc_record("https://nordlys.example/logo.png", "response",
                                               payload=BytesIO(b"\x89PNG\r\n\x1a\n0000"), http_headers=headers)
            writer.write_record(record)
    return path
