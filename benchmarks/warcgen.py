"""A gzipped WARC of a news crawl, written record by record to disk (never held in memory): for every
article page a request and a 200 text/html response, and around them, as a crawler meets them, PNG
images, JSON API responses, 404 pages and redirects, which an ingest must pass over.
"""

from __future__ import annotations

import json
import random
import struct
import uuid
import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpus import START, Story, stories
from pages import EN_HEADLINES, NB_HEADLINES, Filler, page_url, render_page

# Chances, per article page, of each other kind of response being captured next to it.
EXTRA_CHANCES = {"png": 0.3, "json": 0.15, "not_found": 0.05, "redirect": 0.05}
USER_AGENT = "utkikk-bench-crawler/1.0 (+https://example.org/bot)"


def _chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(rng: random.Random) -> bytes:
    """A valid RGB PNG of noise (as incompressible as a photo), 4-64 KB."""
    width = rng.randrange(32, 160)
    height = rng.randrange(4_000, 64_000) // (3 * width)
    rows = b"".join(b"\x00" + rng.randbytes(3 * width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 1)) + \
        _chunk(b"IEND", b"")


def json_bytes(rng: random.Random, story: Story) -> bytes:
    """An API response listing teasers, 1-30 KB."""
    headlines = NB_HEADLINES if story.lang == "nb" else EN_HEADLINES
    items = [{"id": rng.randrange(10**8), "title": rng.choice(headlines), "url": page_url(story),
              "published": (story.published - timedelta(minutes=rng.randrange(10_000))).isoformat(),
              "views": rng.randrange(10**6), "premium": rng.random() < 0.3}
             for _ in range(rng.randrange(5, 120))]
    return json.dumps({"status": "ok", "items": items}, ensure_ascii=False).encode("utf-8")


class CrawlWriter:
    """Writes request/response pairs with deterministic record ids and dates."""

    def __init__(self, stream: BinaryIO, rng: random.Random) -> None:
        """Write gzipped records to ``stream``, drawing ids and extras from ``rng``."""
        self.writer = WARCWriter(stream, gzip=True)
        self.rng = rng
        self.kinds: Counter[str] = Counter()
        self.payload_bytes = 0

    def info(self, filename: str, when: datetime) -> None:
        """The warcinfo record that opens a crawl's WARC."""
        fields = f"software: {USER_AGENT}\r\nformat: WARC File Format 1.1\r\nisPartOf: utkikk-bench\r\n"
        self.writer.write_record(self.writer.create_warc_record(
            "", "warcinfo", payload=BytesIO(fields.encode("utf-8")), warc_content_type="application/warc-fields",
            warc_headers_dict={**self._headers(when), "WARC-Filename": filename}))

    def _headers(self, when: datetime) -> dict[str, str]:
        """WARC headers fixing what warcio would otherwise make random or take from the clock."""
        record_id = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        return {"WARC-Record-ID": f"<urn:uuid:{record_id}>", "WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")}

    def capture(self, kind: str, url: str, when: datetime, status: str, headers: list[tuple[str, str]],
                body: bytes) -> None:
        """One request record and its response record."""
        host = url.split("/")[2]
        request = StatusAndHeaders(f"GET /{url.split('/', 3)[-1]} HTTP/1.1",
                                   [("Host", host), ("User-Agent", USER_AGENT), ("Accept", "*/*")],
                                   is_http_request=True)
        self.writer.write_record(self.writer.create_warc_record(
            url, "request", http_headers=request, warc_headers_dict=self._headers(when)))
        response = StatusAndHeaders(status, [*headers, ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        self.writer.write_record(self.writer.create_warc_record(
            url, "response", payload=BytesIO(body), http_headers=response, warc_headers_dict=self._headers(when)))
        self.kinds[kind] += 1
        self.payload_bytes += len(body)

    def visit(self, story: Story, filler: Filler, seed: int, when: datetime) -> None:
        """An article page and, by chance, the other responses captured around it."""
        url = page_url(story)
        html = render_page(story, filler, seed).encode("utf-8")
        self.capture("article_page", url, when, "200 OK", [("Content-Type", "text/html; charset=utf-8")], html)
        for kind, chance in EXTRA_CHANCES.items():
            if self.rng.random() < chance:
                self._extra(kind, story, url, when)

    def _extra(self, kind: str, story: Story, url: str, when: datetime) -> None:
        """One response that is not an article page: an image, an API call, a 404 page or a redirect."""
        host = url.split("/")[2]
        token = f"{self.rng.getrandbits(48):012x}"
        if kind == "png":
            self.capture(kind, f"https://{host}/img/{token}.png", when, "200 OK", [("Content-Type", "image/png")],
                         png_bytes(self.rng))
        elif kind == "json":
            self.capture(kind, f"https://{host}/api/v2/teasers?after={token}", when, "200 OK",
                         [("Content-Type", "application/json; charset=utf-8")], json_bytes(self.rng, story))
        elif kind == "not_found":
            body = f"<!DOCTYPE html><html><head><title>404</title></head><body><h1>Ikke funnet</h1><p>Siden {token} " \
                   f"finnes ikke.</p></body></html>"
            self.capture(kind, f"https://{host}/arkiv/{token}", when, "404 Not Found",
                         [("Content-Type", "text/html; charset=utf-8")], body.encode("utf-8"))
        else:
            self.capture(kind, f"{url}?utm_source={token}", when, "301 Moved Permanently",
                         [("Content-Type", "text/html; charset=utf-8"), ("Location", url)], b"")


def _visits(seed: int) -> Iterator[tuple[Story, datetime]]:
    """Stories with the time the crawler fetched them, three seconds apart."""
    for number, story in enumerate(stories(seed)):
        yield story, START + timedelta(seconds=3 * number)


def write_warc(path: Path, target_bytes: int, seed: int) -> dict[str, int]:
    """Write a WARC.gz of about ``target_bytes`` to ``path``; returns what it holds."""
    filler = Filler.build(seed)
    rng = random.Random(f"warc:{seed}")
    with path.open("wb") as stream:
        crawl = CrawlWriter(stream, rng)
        crawl.info(path.name, START)
        for story, when in _visits(seed):
            if stream.tell() >= target_bytes:
                break
            crawl.visit(story, filler, seed, when)
        size = stream.tell()
    responses = sum(crawl.kinds.values())
    return {"bytes": size, "payload_bytes": crawl.payload_bytes, "records": 1 + 2 * responses,
            "responses": responses, **{f"responses_{kind}": n for kind, n in sorted(crawl.kinds.items())}}
