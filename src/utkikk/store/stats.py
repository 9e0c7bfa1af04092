"""What a store holds: counts by language, outlet and date, runs and skips."""

from __future__ import annotations

from typing import Any

from utkikk.store.db import Store
from utkikk.store.schema import TABLES

_SECTIONS = {
    "languages": "SELECT coalesce(lang, '?') AS lang, count(*) AS articles, "
                 "count(*) FILTER (WHERE coded) AS coded FROM articles GROUP BY 1 ORDER BY 2 DESC, 1",
    "outlets": "SELECT coalesce(outlet, '?') AS outlet, count(*) AS reports, count(DISTINCT article_id) AS articles "
               "FROM reports GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 15",
    "credits": "SELECT credit, count(*) AS articles FROM (SELECT unnest(credits) AS credit FROM articles) "
               "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 15",
    "removed": "SELECT r.kind AS kind, count(*) AS spans, count(DISTINCT id) AS articles "
               "FROM (SELECT id, unnest(removed) AS r FROM articles) GROUP BY 1 ORDER BY 2 DESC, 1",
    "formats": "SELECT origin_format AS format, count(*) AS reports FROM reports GROUP BY 1 ORDER BY 2 DESC, 1",
    "runs": "SELECT left(id, 8) AS run, strftime(started_at, '%Y-%m-%d %H:%M') AS started, status, n_read AS read, "
            "n_new AS new, n_reports AS copies, n_duplicates AS dupes, n_skipped AS skipped, n_errors AS errors "
            "FROM runs ORDER BY started_at DESC LIMIT 5",
    "skips": "SELECT reason, count(*) AS skips, any_value(source) AS example FROM skips GROUP BY 1 ORDER BY 2 DESC, 1",
}


def summary(store: Store) -> dict[str, Any]:
    """Counts of every table and the sections of `utkikk stats`, as plain data."""
    con = store.con
    counts = {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}  # type: ignore[index]
    first, last, undated = con.execute(
        "SELECT min(published), max(published), count(*) FILTER (WHERE published IS NULL) FROM articles"
    ).fetchone() or (None, None, 0)
    result: dict[str, Any] = {
        "tables": counts,
        "published": {"first": str(first) if first else None, "last": str(last) if last else None,
                      "undated": int(undated)},
    }
    for name, sql in _SECTIONS.items():
        cur = con.execute(sql)
        columns = [d[0] for d in cur.description or []]
        result[name] = [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]
    return result


def format_table(rows: list[dict[str, Any]]) -> str:
    """Rows of a section as an aligned plain-text table."""
    if not rows:
        return "  (none)"
    columns = list(rows[0])
    cells = [[str(c) for c in columns], *[["" if r[c] is None else str(r[c]) for c in columns] for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = ["  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_summary(data: dict[str, Any]) -> str:
    """The summary as text for a terminal."""
    tables = data["tables"]
    head = (f"{tables['articles']} articles ({tables['reports']} reports read), "
            f"published {data['published']['first'] or '?'} to {data['published']['last'] or '?'} "
            f"({data['published']['undated']} undated); "
            f"{tables['entities']} entities, {tables['quotes']} quotes, {tables['events']} events, "
            f"{tables['places']} places; {tables['skips']} skips over {tables['runs']} runs")
    parts = [head]
    for name in _SECTIONS:
        parts.append(f"\n{name}:\n{format_table(data[name])}")
    return "\n".join(parts)
