"""Export a store table to Parquet, CSV or JSON Lines, and events to PLOVER JSON or a GDELT-like TSV
(DuckDB's COPY)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from utkikk.store.db import Store, checked_table
from utkikk.store.event_formats import EVENT_FORMATS

EXPORT_FORMATS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}
ALL_FORMATS = (*EXPORT_FORMATS, *EVENT_FORMATS)
STDOUT = "-"


def export_table(store: Store, table: str, fmt: str, out: str, stdout: TextIO | None = None) -> int:
    """Write ``table`` to ``out`` ("-" for standard output, not for Parquet); returns the row count."""
    if fmt not in ALL_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(ALL_FORMATS)}")
    if fmt in EVENT_FORMATS and table != "events":
        raise ValueError(f"format {fmt!r} is for the events table")
    if out == STDOUT and fmt == "parquet":
        raise ValueError("Parquet is binary: give a file with --out")
    source = checked_table(table)
    if out != STDOUT:
        return _copy(store, source, fmt, Path(out))
    with tempfile.TemporaryDirectory(prefix="utkikk-export-") as tmp:
        path = Path(tmp, f"{table}.{fmt}")
        rows = _copy(store, source, fmt, path)
        with path.open(encoding="utf-8") as src:
            shutil.copyfileobj(src, stdout or sys.stdout)
    return rows


def _copy(store: Store, table: str, fmt: str, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    target = str(path).replace("'", "''")
    query, options = EVENT_FORMATS[fmt] if fmt in EVENT_FORMATS else (f"SELECT * FROM {table}", EXPORT_FORMATS[fmt])
    store.con.execute(f"COPY ({query}) TO '{target}' ({options})")
    row = store.con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0
