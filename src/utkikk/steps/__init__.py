"""Pipeline steps: each takes an Article and returns it with the fields it declares written."""

from __future__ import annotations

from typing import Protocol

from utkikk.model import Article


class Step(Protocol):
    """One stage of the pipeline; declares the Article fields it reads and writes."""

    name: str
    reads: frozenset[str]
    writes: frozenset[str]

    def process(self, article: Article) -> Article: ...
