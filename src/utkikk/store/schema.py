"""The store's schema: SQL migrations shipped in ``migrations/``, applied in order, versioned."""

from __future__ import annotations

import re
from importlib import resources

import duckdb

_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
# Tables a user may export, in the order `utkikk stats` and docs list them.
TABLES = ("articles", "reports", "entities", "quotes", "events", "places", "dates", "quantities", "runs", "skips")


class SchemaError(RuntimeError):
    """A store written by a newer utkikk than this one."""


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) of every shipped migration, in order."""
    folder = resources.files("utkikk.store").joinpath("migrations")
    found = [(int(m[1]), f.read_text(encoding="utf-8"))
             for f in folder.iterdir() if (m := _NAME.match(f.name))]
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMPTZ)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the store to the latest schema, each migration in its own transaction."""
    version = current_version(con)
    if version > latest_version():
        raise SchemaError(f"store has schema version {version}; this utkikk knows up to {latest_version()}")
    for number, sql in migrations():
        if number <= version:
            continue
        con.begin()
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
            con.commit()
        except duckdb.Error:
            con.rollback()
            raise
        version = number
    return version
