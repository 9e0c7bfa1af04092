"""Export a store table to Parquet, CSV or JSON Lines (DuckDB's COPY)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from utkikk.store.db import Store, checked_table

EXPORT_FORMATS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}
STDOUT = "-"


def export_table(store: Store, table: str, fmt: str, out: str, stdout: TextIO | None = None) -> int:
    """Write ``table`` to ``out`` ("-" for standard output, not for Parquet); returns the row count."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(EXPORT_FORMATS)}")
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
    store.con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' ({EXPORT_FORMATS[fmt]})")
    row = store.con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0
