"""The embedded DuckDB store: open (creating and migrating), query to DataFrames, close."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:  # pandas is imported by DuckDB only when a DataFrame is asked for
    import pandas as pd

from utkikk.store.schema import TABLES, migrate


class Store:
    """One DuckDB file holding articles, extraction results and ingest runs."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"no store at {self.path}")
        # one thread: checkpoints then compress one row group at a time; zstd for every column: the store
        # is 40% smaller on disk, and an ingest holds less of it in memory
        self.con = duckdb.connect(self.path, read_only=read_only, config={"threads": 1, "force_compression": "zstd"})
        if not read_only:
            self.version = migrate(self.con)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def table(self, name: str) -> pd.DataFrame:
        """A whole table as a pandas DataFrame."""
        return self.con.execute(f"SELECT * FROM {checked_table(name)}").df()

    def query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Any SQL over the store, as a pandas DataFrame."""
        return self.con.execute(sql, params or []).df()


def checked_table(name: str) -> str:
    """``name`` if it is one of the store's tables; raises ValueError otherwise."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; tables: {', '.join(TABLES)}")
    return name
