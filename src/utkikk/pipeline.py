"""The pipeline: ordered steps built from Settings, checked for what each step reads and writes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from utkikk.config import Settings
from utkikk.lang import load_pack
from utkikk.model import Article, StepError
from utkikk.steps import Step
from utkikk.steps.actors import ActorRecognizer, load_given_names
from utkikk.steps.actors.dictionary import PeopleDictionary
from utkikk.steps.clean import Cleaner
from utkikk.steps.credits import WireAgencies
from utkikk.steps.dates import DateFinder
from utkikk.steps.events import EventCoder
from utkikk.steps.langid import LanguageIdentifier
from utkikk.steps.numbers import QuantityFinder
from utkikk.steps.quotes import QuoteFinder
from utkikk.steps.segment import SentenceSplitter

# Fields that ingest fills before any step runs.
INGEST_FIELDS = frozenset({"raw_text", "url", "outlet", "title", "author", "published", "origin", "lang"})


class PipelineError(ValueError):
    """A pipeline whose steps read fields that no earlier step writes."""


class Pipeline:
    """Runs its steps in order over articles; a step failing on one article is recorded on it."""

    def __init__(self, steps: Sequence[Step]) -> None:
        available = set(INGEST_FIELDS)
        for step in steps:
            missing = step.reads - available
            if missing:
                raise PipelineError(f"step {step.name!r} reads {sorted(missing)}, which nothing writes before it")
            available |= step.writes
        self.steps = tuple(steps)

    def process(self, article: Article) -> Article:
        for step in self.steps:
            try:
                article = step.process(article)
            except Exception as exc:  # noqa: BLE001 - one step failing on one article must not end the run
                article.errors.append(StepError(step.name, f"{type(exc).__name__}: {exc}"))
        return article


@lru_cache(maxsize=8)
def build_pipeline(settings: Settings) -> Pipeline:
    """The pipeline for ``settings`` (cached: building loads models and packs)."""
    packs = [load_pack(code) for code in settings.langs]
    return Pipeline([
        Cleaner(packs, WireAgencies.load()),
        LanguageIdentifier(packs, settings.langid_candidates, settings.langid_chars, settings.lang),
        SentenceSplitter(packs),
        ActorRecognizer(packs, PeopleDictionary.load(), load_given_names()),
        QuoteFinder(packs),
        DateFinder(packs),
        QuantityFinder(packs),
        EventCoder(packs),
    ])
