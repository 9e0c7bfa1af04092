#!/usr/bin/env python3
"""Build examples/warc/crisis.warc.gz from the HTML pages in scripts/example_warc_pages/.

The archive holds a warcinfo record; for every page a ``request`` and a ``response`` record
(HTTP/1.1 200, text/html; charset=utf-8) at the page's canonical URL; and one ``response`` for a
small image/png that a reader of articles must skip.

The output is deterministic: record ids are UUIDv5 of (record type, URL), dates are fixed, and
gzip members carry no timestamp, so re-running the script gives a byte-identical file.

Usage (needs warcio):  python scripts/build_example_warc.py [--check]
  --check   build in memory and exit 1 if the file on disk differs (for CI).
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import uuid
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "scripts" / "example_warc_pages"
OUT = ROOT / "examples" / "warc" / "crisis.warc.gz"
WARC_FILENAME = "crisis.warc.gz"

# When each page was "captured" (UTC). Pages missing here are refused, so that a new page gets an
# explicit, fixed capture time rather than the time the script happened to run.
CAPTURES: dict[str, str] = {
    "norgenytt24_danske-soldater-estland.html": "2026-03-05T19:02:11Z",
    "balkan-observer_pristina-rally.html": "2026-03-07T18:30:45Z",
    "worldnews-digest_serbia-backing-down.html": "2026-03-11T16:40:12Z",
    "kystavisa_norge-avtalen-brussel.html": "2026-03-14T06:12:03Z",
}

# A non-article resource captured along with the first page: the site logo that page links to.
IMAGE_URL = "https://norgenytt24.example/wp-content/uploads/2026/01/logo-64.png"
IMAGE_DATE = "2026-03-05T19:02:12Z"
# A valid 1x1 transparent PNG (67 bytes), spelt out so that the bytes never depend on a zlib build.
IMAGE_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
    "890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)

USER_AGENT = "utkikk-example-crawler/0.1 (+https://utkikk.example/crawler)"
SERVER = "nginx"
WARCINFO = {
    "software": "utkikk scripts/build_example_warc.py (warcio)",
    "format": "WARC File Format 1.0",
    "conformsTo": "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf",
    "description": "utkikk example corpus: fictional news pages on a Serbia-Kosovo border crisis, March 2026 (CC0)",
    "isPartOf": "utkikk-examples",
    "robots": "ignore",
}
WARCINFO_DATE = "2026-03-05T19:00:00Z"

_CANONICAL = re.compile(r'<link\s+rel="canonical"\s+href="([^"]+)"', re.IGNORECASE)


def record_id(kind: str, url: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ' ' + url)}>"


def http_date(warc_date: str) -> str:
    when = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return format_datetime(when, usegmt=True)


def canonical_url(html: str, name: str) -> str:
    match = _CANONICAL.search(html)
    if not match:
        raise SystemExit(f"{name}: no <link rel=\"canonical\"> to take the target URI from")
    url = match.group(1)
    if not urlsplit(url).hostname or not urlsplit(url).hostname.endswith(".example"):
        raise SystemExit(f"{name}: canonical URL {url!r} is not on an .example domain")
    return url


def write_pair(writer: WARCWriter, url: str, warc_date: str, body: bytes, content_type: str,
               accept: str, referer: str | None = None) -> None:
    """A request record and the response record it got."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    request_id, response_id = record_id("request", url), record_id("response", url)

    req_headers = [
        ("Host", parts.netloc),
        ("User-Agent", USER_AGENT),
        ("Accept", accept),
        ("Accept-Language", "nb-NO,nb;q=0.9,en;q=0.8"),
        ("Accept-Encoding", "identity"),
        ("Connection", "close"),
    ]
    if referer:
        req_headers.append(("Referer", referer))
    request = writer.create_warc_record(
        url, "request",
        payload=io.BytesIO(b""), length=0,
        warc_headers_dict={"WARC-Record-ID": request_id, "WARC-Date": warc_date,
                           "WARC-Concurrent-To": response_id},
        http_headers=StatusAndHeaders(f"GET {path} HTTP/1.1", req_headers, is_http_request=True),
    )
    writer.write_record(request)

    resp_headers = [
        ("Date", http_date(warc_date)),
        ("Server", SERVER),
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        ("Cache-Control", "max-age=300"),
        ("Connection", "close"),
    ]
    response = writer.create_warc_record(
        url, "response",
        payload=io.BytesIO(body), length=len(body),
        warc_headers_dict={"WARC-Record-ID": response_id, "WARC-Date": warc_date,
                           "WARC-Concurrent-To": request_id},
        http_headers=StatusAndHeaders("200 OK", resp_headers, protocol="HTTP/1.1"),
    )
    writer.write_record(response)


def build() -> bytes:
    pages = sorted(SRC_DIR.glob("*.html"))
    if not pages:
        raise SystemExit(f"no pages in {SRC_DIR}")
    missing = [p.name for p in pages if p.name not in CAPTURES]
    if missing:
        raise SystemExit(f"add a fixed capture date to CAPTURES for: {', '.join(missing)}")
    # Capture order: by capture date, as a crawler would have written them.
    pages.sort(key=lambda p: CAPTURES[p.name])

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True, warc_version="1.0")

    info = "".join(f"{k}: {v}\r\n" for k, v in WARCINFO.items()).encode("utf-8")
    writer.write_record(writer.create_warc_record(
        "", "warcinfo",
        payload=io.BytesIO(info), length=len(info),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Record-ID": record_id("warcinfo", WARC_FILENAME),
                           "WARC-Date": WARCINFO_DATE, "WARC-Filename": WARC_FILENAME},
    ))

    for i, page in enumerate(pages):
        raw = page.read_bytes()
        url = canonical_url(raw.decode("utf-8"), page.name)
        write_pair(writer, url, CAPTURES[page.name], raw, "text/html; charset=utf-8",
                   accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        if i == 0:
            write_pair(writer, IMAGE_URL, IMAGE_DATE, IMAGE_BYTES, "image/png",
                       accept="image/avif,image/webp,image/png,image/*;q=0.8,*/*;q=0.5", referer=url)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the file on disk is up to date")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        current = OUT.read_bytes() if OUT.exists() else b""
        if current != data:
            print(f"{OUT.relative_to(ROOT)} is out of date; run scripts/build_example_warc.py", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(data):,} bytes, {len(CAPTURES)} pages + 1 image)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
