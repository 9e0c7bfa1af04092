"""Model objects to table rows: nested actors and places flattened with a prefix."""

from __future__ import annotations

import hashlib
import os
from typing import Any

import msgspec

from utkikk.model import Article

# Article list fields stored in child tables of the same name.
CHILD_TABLES = ("entities", "quotes", "events", "places", "dates", "quantities")
# Nested objects kept whole (as lists of structs) rather than flattened.
_KEEP_NESTED = frozenset({"quantities", "contexts"})


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"actor": {"code": "RUSGOV"}} -> {"actor_code": "RUSGOV"}; lists stay as they are; absent values
    (a quote with no speaker) are left out, and their columns stay NULL."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, dict) and key not in _KEEP_NESTED:
            flat.update(flatten(value, f"{prefix}{key}_"))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def source_key(article: Article) -> str:
    """Identity of the copy read: its URL, else its file path (absolute) and record."""
    if article.url:
        basis = article.url
    else:
        origin = article.origin
        path = os.path.abspath(origin.path) if origin and origin.path and not origin.path.startswith("<") else None
        basis = "|".join(str(x) for x in (path, origin.record_id, origin.item)) if origin else article.id
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()


def _origin(article: Article) -> dict[str, Any]:
    origin = article.origin
    return {
        "origin_format": origin.format if origin else None,
        "origin_path": origin.path if origin else None,
        "origin_record_id": origin.record_id if origin else None,
        "origin_item": origin.item if origin else None,
    }


def article_row(article: Article, run_id: str, now: Any) -> dict[str, Any]:
    row: dict[str, Any] = msgspec.to_builtins(article)
    for name in (*CHILD_TABLES, "origin", "raw_text", "sentences", "schema_version"):
        row.pop(name, None)
    row.update(_origin(article), run_id=run_id, ingested_at=now)
    return row


def report_row(article: Article, run_id: str, now: Any) -> dict[str, Any]:
    return {
        "source_key": source_key(article), "article_id": article.id, "url": article.url,
        "outlet": article.outlet, "title": article.title, "published": article.published,
        **_origin(article), "run_id": run_id, "ingested_at": now,
    }


def child_rows(article: Article, table: str) -> list[dict[str, Any]]:
    items = msgspec.to_builtins(getattr(article, table))
    return [{"article_id": article.id, "idx": i, **flatten(item)} for i, item in enumerate(items)]
