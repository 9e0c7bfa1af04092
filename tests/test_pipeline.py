"""The pipeline checks what its steps read, and a step failing on one article is recorded on it."""

from __future__ import annotations

import pytest

from utkikk.model import Article
from utkikk.pipeline import Pipeline, PipelineError


class Needs:
    name = "needs"
    reads = frozenset({"events"})
    writes = frozenset({"places"})

    def process(self, article: Article) -> Article:
        return article


class Explodes:
    name = "explodes"
    reads = frozenset({"raw_text"})
    writes = frozenset({"text"})

    def process(self, article: Article) -> Article:
        raise RuntimeError("gazetteer lookup failed")


class Copies:
    name = "copies"
    reads = frozenset({"raw_text"})
    writes = frozenset({"text"})

    def process(self, article: Article) -> Article:
        article.text = article.raw_text or ""
        return article


def test_a_step_reading_what_nothing_writes_is_refused() -> None:
    with pytest.raises(PipelineError, match="'needs' reads \\['events'\\]"):
        Pipeline([Needs()])


def test_a_failing_step_is_recorded_and_the_rest_runs() -> None:
    article = Pipeline([Explodes(), Copies()]).process(Article(text="", raw_text="NATO sender styrker."))
    assert article.text == "NATO sender styrker."
    assert [(e.step, e.message) for e in article.errors] == [("explodes", "RuntimeError: gazetteer lookup failed")]
