"""The public Python API; the CLI is a thin layer over these calls."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from utkikk.config import Settings
from utkikk.model import Article, Origin, Skip
from utkikk.pipeline import build_pipeline
from utkikk.steps.ingest import read_inputs
from utkikk.steps.ingest.published import parse_published
from utkikk.store.db import Store
from utkikk.store.writer import RunCounts, RunWriter

if TYPE_CHECKING:
    import pandas as pd

SkipHandler = Callable[[Skip], None]
DEFAULT_SETTINGS = Settings()


def extract(text: str, published: str | date | None = None, *, title: str | None = None, url: str | None = None,
            outlet: str | None = None, lang: str | None = None, settings: Settings = DEFAULT_SETTINGS) -> Article:
    """Run the pipeline over one article's text; ``published`` anchors relative dates, ``lang`` (a pack code)
    skips language identification."""
    if lang is not None:
        settings = replace(settings, lang=lang)
    day = parse_published(published)
    article = Article(text="", raw_text=text, title=title, url=url, outlet=outlet, published=day,
                      published_basis="given" if day else None, origin=Origin("text"))
    return build_pipeline(settings).process(article)


def extract_files(paths: Iterable[str], published: str | date | None = None, *,
                  settings: Settings = DEFAULT_SETTINGS, on_skip: SkipHandler | None = None) -> Iterator[Article]:
    """Articles from files, directories or "-" (standard input), run through the pipeline."""
    pipeline = build_pipeline(settings)
    for item in _articles(paths, published, settings, on_skip):
        yield pipeline.process(item)


def _articles(paths: Iterable[str], published: str | date | None, settings: Settings,
              on_skip: SkipHandler | None) -> Iterator[Article]:
    for item in read_inputs(paths, settings.max_article_bytes, parse_published(published)):
        if isinstance(item, Skip):
            if on_skip:
                on_skip(item)
        else:
            yield item


def source_of(article: Article) -> str:
    """Where an article came from, for messages."""
    origin = article.origin
    if origin and origin.path:
        return origin.path + (f"#{origin.item}" if origin.item else "")
    return article.url or "<text>"


def ingest(paths: Sequence[str], db: str | Path = "utkikk.duckdb", published: str | date | None = None, *,
           settings: Settings = DEFAULT_SETTINGS, progress: bool = False,
           on_skip: SkipHandler | None = None) -> RunCounts:
    """Read, process and store articles; idempotent, one transaction per batch. Returns the run's counts."""
    pipeline = build_pipeline(settings)
    with Store(db) as store:
        run = RunWriter(store, [str(p) for p in paths])

        def skip(item: Skip) -> None:
            run.skip(item)
            if on_skip:
                on_skip(item)

        status = "failed"
        batch: list[Article] = []
        bar = tqdm(unit=" articles", disable=not progress, file=sys.stderr, desc="ingest", smoothing=0.1)
        try:
            for item in _articles(paths, published, settings, skip):
                article = pipeline.process(item)
                bar.update(1)
                if not article.text.strip():
                    skip(Skip(source_of(article), "empty_after_cleaning", "nothing but boilerplate"))
                    continue
                batch.append(article)
                if len(batch) >= settings.batch_size:
                    run.write(batch)
                    batch = []
            run.write(batch)
            status = "finished"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            bar.close()
            counts = run.finish(status)
    return counts


def open_store(db: str | Path = "utkikk.duckdb", *, read_only: bool = False) -> Store:
    """Open (creating and migrating unless read-only) a store; ``Store.table(name)`` gives DataFrames."""
    return Store(db, read_only=read_only)


def to_frame(articles: Iterable[Article]) -> pd.DataFrame:
    """Articles as a DataFrame, one row per article (lists and nested objects as Python values)."""
    import pandas  # imported on demand: it costs 50 MB that ingest does not need

    return pandas.DataFrame([a.to_dict() for a in articles])
