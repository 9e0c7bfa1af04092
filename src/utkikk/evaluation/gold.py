"""Score the pipeline against our annotated gold articles (format: docs/actors.md; events: docs/events.md).

A gold mention is located by its text and occurrence; a prediction matches it when the spans overlap
and the coded value agrees (person id, country code, actor code, date value, number and unit).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from utkikk.api import extract
from utkikk.config import Settings
from utkikk.evaluation.events import score_events
from utkikk.evaluation.scores import Score
from utkikk.model import Actor, Article

COUNTRY_KINDS = ("GPE", "NORP")


@dataclass(slots=True)
class GoldItem:
    start: int
    end: int
    value: Any


@dataclass(slots=True)
class Report:
    """Scores per field, overall and per language."""

    fields: dict[str, Score] = field(default_factory=dict)
    by_lang: dict[str, dict[str, Score]] = field(default_factory=dict)
    speaker_correct: int = 0
    speaker_total: int = 0
    articles: int = 0
    event_articles: int = 0
    wrongly_asserted: int = 0  # events coded as asserted that the gold says are negated or conditional

    def add(self, lang: str, name: str, score: Score) -> None:
        self.fields.setdefault(name, Score()).add(score)
        self.by_lang.setdefault(lang, {}).setdefault(name, Score()).add(score)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

    def rows(self) -> list[dict[str, object]]:
        out = [s.row(n) for n, s in self.fields.items()]
        for lang, scores in sorted(self.by_lang.items()):
            out.extend(s.row(f"{n} [{lang}]") for n, s in scores.items())
        return out


def _locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    pos = -1
    for _ in range(max(occurrence, 1)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list[GoldItem], predicted: list[GoldItem], same: Callable[[Any, Any], bool]) -> Score:
    """One-to-one matching of overlapping items whose values agree."""
    used: set[int] = set()
    matched = 0
    for g in gold:
        for j, p in enumerate(predicted):
            if j not in used and _overlaps((g.start, g.end), (p.start, p.end)) and same(g.value, p.value):
                used.add(j)
                matched += 1
                break
    return Score(len(gold), len(predicted), matched, matched)


def _date_value(item: dict[str, Any]) -> str | None:
    """A gold date value cut to its grain ("2023-03-01" of grain month is "2023-03")."""
    value = item.get("value")
    return value[: {"month": 7, "year": 4}.get(item.get("grain", "day"), 10)] if isinstance(value, str) else None


def _same_quantity(gold: tuple[Any, Any, Any], predicted: tuple[float, float, str | None]) -> bool:
    """Same unit and bounds; an open bound in the gold ("at least 12") is not compared."""
    low, high, unit = gold
    return unit == predicted[2] and all(g is None or float(g) == p for g, p in zip((low, high), predicted[:2],
                                                                                     strict=True))


def _actor_key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.id if actor.id.startswith("person:") else actor.code


def _gold_items(text: str, items: Iterable[dict[str, Any]], value: Callable[[dict[str, Any]], Any]) -> list[GoldItem]:
    out = []
    for item in items:
        span = _locate(text, item["text"], int(item.get("occurrence", 1)))
        if span is not None:
            out.append(GoldItem(span[0], span[1], value(item)))
    return out


def score_article(gold: dict[str, Any], article: Article, report: Report) -> None:
    """Add one article's scores to the report."""
    text, lang = gold["text"], gold.get("lang", "?")
    ents = gold.get("entities", [])
    people = _gold_items(text, [e for e in ents if e["kind"] == "PER"], lambda e: e.get("person"))
    countries = _gold_items(text, [e for e in ents if e["kind"] in COUNTRY_KINDS], lambda e: e.get("code"))
    actors = _gold_items(text, ents, lambda e: e.get("person") or e.get("code"))
    predicted = article.entities
    report.add(lang, "person mentions", match(
        people, [GoldItem(e.start, e.end, e.actor.id if e.actor else None) for e in predicted if e.kind == "PER"],
        lambda g, p: g == p))
    report.add(lang, "country mentions", match(
        countries, [GoldItem(e.start, e.end, e.actor.country if e.actor else None) for e in predicted
                    if e.kind in COUNTRY_KINDS], lambda g, p: g == p))
    report.add(lang, "all actor mentions", match(
        actors, [GoldItem(e.start, e.end, _actor_key(e.actor)) for e in predicted], lambda g, p: g == p))
    dates = _gold_items(text, gold.get("dates", []), _date_value)
    report.add(lang, "dates (value)", match(
        dates, [GoldItem(d.start, d.end, d.value) for d in article.dates], lambda g, p: g == p))
    quantities = _gold_items(text, gold.get("quantities", []), lambda q: (
        q.get("low"), q.get("high"), q.get("unit")))
    report.add(lang, "quantities (low, high, unit)", match(
        quantities, [GoldItem(q.start, q.end, (q.low, q.high, q.unit)) for q in article.quantities], _same_quantity))
    _score_quotes(text, lang, gold.get("quotes", []), article, report)
    if "events" in gold:
        scores, wrong = score_events(gold["events"], article)
        for name, score in scores.items():
            report.add(lang, name, score)
        report.wrongly_asserted += wrong
        report.event_articles += 1
    report.articles += 1


def _score_quotes(text: str, lang: str, gold_quotes: list[dict[str, Any]], article: Article, report: Report) -> None:
    gold = [_locate(text, q["text"]) for q in gold_quotes]
    located = [(span, q) for span, q in zip(gold, gold_quotes, strict=True) if span is not None]
    used: set[int] = set()
    matched = 0
    for span, q in located:
        for j, p in enumerate(article.quotes):
            if j in used or not _overlaps(span, (p.start, p.end)):
                continue
            used.add(j)
            matched += 1
            report.speaker_total += 1
            speaker = _actor_key(p.speaker.actor) if p.speaker else None
            report.speaker_correct += int(speaker is not None and speaker == q.get("speaker"))
            break
    report.add(lang, "quotes (found)", Score(len(located), len(article.quotes), matched, matched))


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """The gold articles of a folder (``*.json``, searched recursively), in name order."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.json"))]


def evaluate(folder: Path, settings: Settings | None = None,
             keep: Callable[[dict[str, Any]], bool] | None = None) -> Report:
    """Run the pipeline over every gold article (or those ``keep`` accepts) and score it."""
    report = Report()
    for gold in load_gold(folder):
        if keep is not None and not keep(gold):
            continue
        article = extract(gold["text"], gold.get("published"), title=gold.get("title"),
                          settings=settings or Settings())
        score_article(gold, article, report)
    return report
