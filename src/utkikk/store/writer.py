"""Writing an ingest run: articles in batches through Arrow, one transaction per batch, idempotent
by URL, by source and by normalised-text hash; skips and counts recorded with the run."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from utkikk import __version__
from utkikk.model import Article, Skip
from utkikk.store.db import Store
from utkikk.store.rows import CHILD_TABLES, article_row, child_rows, report_row, source_key


@dataclass(slots=True)
class RunCounts:
    """What a run did, as stored in the ``runs`` table."""

    run_id: str = ""
    read: int = 0
    new: int = 0
    reports: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: int = 0
    skip_reasons: dict[str, int] = field(default_factory=dict)


class RunWriter:
    """Stores the articles and skips of one ingest run."""

    def __init__(self, store: Store, inputs: Sequence[str]) -> None:
        self.store = store
        self.con = store.con
        self.run_id = uuid.uuid4().hex
        self.counts = RunCounts(run_id=self.run_id)
        self._pending_skips: list[Skip] = []
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?, 0, 0, 0, 0, 0, 0)",
            [self.run_id, datetime.now(UTC), list(inputs), __version__],
        )

    def skip(self, skip: Skip) -> None:
        """Record a skip; it is stored with the next batch."""
        self._pending_skips.append(skip)

    def write(self, articles: Sequence[Article]) -> None:
        """Store a batch and the pending skips in one transaction; ``counts`` change only once it commits."""
        now = datetime.now(UTC)
        self.con.begin()
        try:
            new, reports = self._classify(articles)
            self._insert("articles", [article_row(a, self.run_id, now) for a in new])
            self._insert("reports", [report_row(a, self.run_id, now) for a in (*new, *reports)])
            for table in CHILD_TABLES:
                self._insert(table, [row for a in new for row in child_rows(a, table)])
            self._insert("skips", [
                {"run_id": self.run_id, "source": s.source, "reason": s.reason, "message": s.message, "skipped_at": now}
                for s in self._pending_skips
            ])
            after = self._counted(articles, new, reports)
            self._update_run("running", after)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        self.counts = after
        self._pending_skips.clear()

    def finish(self, status: str = "finished") -> RunCounts:
        """Store pending skips and close the run with ``status``; returns what was committed."""
        if self._pending_skips:
            try:
                self.write([])
            except duckdb.Error:
                if status == "finished":
                    raise
        self._update_run(status, self.counts, finished=True)
        return self.counts

    def _counted(self, articles: Sequence[Article], new: list[Article], reports: list[Article]) -> RunCounts:
        c = self.counts
        reasons = dict(c.skip_reasons)
        for skip in self._pending_skips:
            reasons[skip.reason] = reasons.get(skip.reason, 0) + 1
        return RunCounts(
            run_id=c.run_id, read=c.read + len(articles), new=c.new + len(new), reports=c.reports + len(reports),
            duplicates=c.duplicates + len(articles) - len(new) - len(reports),
            skipped=c.skipped + len(self._pending_skips), errors=c.errors + sum(1 for a in new if a.errors),
            skip_reasons=reasons,
        )

    def _classify(self, articles: Sequence[Article]) -> tuple[list[Article], list[Article]]:
        """Split a batch into new articles and new copies (reports) of stored ones; the rest are
        already stored from the same URL or source."""
        keys = [source_key(a) for a in articles]
        known = self._existing(
            "SELECT k FROM keys WHERE k IN (SELECT source_key FROM reports) "
            "OR k IN (SELECT url FROM reports WHERE url IS NOT NULL) "
            "OR k IN (SELECT id FROM articles)",
            sorted({*keys, *(a.url for a in articles if a.url), *(a.id for a in articles)}),
        )
        new: list[Article] = []
        reports: list[Article] = []
        for article, key in zip(articles, keys, strict=True):
            if key in known or (article.url and article.url in known):
                continue
            known.add(key)
            if article.url:
                known.add(article.url)
            if article.id in known:
                reports.append(article)
            else:
                known.add(article.id)
                new.append(article)
        return new, reports

    def _existing(self, sql: str, values: list[str]) -> set[str]:
        if not values:
            return set()
        self.con.register("keys", pa.table({"k": pa.array(values, pa.string())}))
        found = {row[0] for row in self.con.execute(sql).fetchall()}
        self.con.unregister("keys")
        return found

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self.con.register("batch", pa.Table.from_pylist(rows))
        self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")
        self.con.unregister("batch")

    def _update_run(self, status: str, c: RunCounts, finished: bool = False) -> None:
        self.con.execute(
            "UPDATE runs SET status = ?, finished_at = ?, n_read = ?, n_new = ?, n_reports = ?, "
            "n_duplicates = ?, n_skipped = ?, n_errors = ? WHERE id = ?",
            [status, datetime.now(UTC) if finished else None, c.read, c.new, c.reports, c.duplicates,
             c.skipped, c.errors, self.run_id],
        )
