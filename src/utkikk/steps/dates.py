"""Date expressions resolved against the publication date: "torsdag", "på torsdag", "neste fredag",
"i går", "3. april", "i juni", "siden 2008", "last Thursday", "March 3, 2026", "in June".

The words come from the pack's ``dates.toml``; the grammar of day, month and year phrases is shared.
A relative expression without a publication date keeps ``value`` None rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from utkikk.lang import LangPack
from utkikk.model import Article, DateRef
from utkikk.steps.matching import WordIndex, alternatives, anchored_matches

# A month named without a year lies within this many months of the publication date.
MONTH_WINDOW = 6
# A future marker ("will", "skal") this many characters before a weekday makes it the coming one.
FUTURE_WINDOW = 40
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
# How far after its anchor word or digit a date may end ("3. april 2025", "torsdag ettermiddag").
LOOKAHEAD = 40
# The longest preposition looked for before a date word, in characters.
PREPOSITION_SPAN = 16
_DIGIT_RUN = re.compile(r"\d+")



@dataclass(frozen=True, slots=True)
class _Grammar:
    pattern: re.Pattern[str]
    anchors: WordIndex  # month, weekday and relative-date words: with digits, where a date may be
    prepositions: re.Pattern[str]  # "på ", "siden ", "on " right before a date word: where the date starts
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    modifiers: dict[str, int]
    future: re.Pattern[str] | None


def _grammar(pack: LangPack) -> _Grammar | None:
    words = pack.dates
    if not words.months:
        return None
    months = {k.lower(): v for k, v in words.months.items()}
    weekdays = {k.lower(): v for k, v in words.weekdays.items()}
    month = alternatives(months)
    day_first = rf"(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{month})(?:\s+(?P<y1>\d{{4}}))?"
    month_first = rf"(?P<m2>{month})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?"
    iso = r"(?P<iso>\d{4}-\d{2}-\d{2})"
    numeric = r"(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4})"
    preps = alternatives(words.prepositions)
    rel_year = alternatives(words.relative_years)
    month_only = (rf"(?:(?:{preps})\s+)(?P<m3>{month})(?!\.?\s+\d{{1,2}}\b(?!\d))"
                  rf"(?:\s+(?P<y3>\d{{4}})|\s+(?P<ry3>{rel_year}))?")
    year_only = rf"(?:(?:{preps})\s+)(?P<y4>(?:19|20)\d{{2}})(?![\d,.]\d)"
    weekday = (rf"(?:(?P<mod>{alternatives(words.modifiers)})\s+|(?:{preps})\s+)?(?P<wd>{alternatives(weekdays)})"
               rf"(?:\s+(?:{alternatives(words.parts_of_day)}))?")
    relative = (rf"(?P<rel>{alternatives(words.relative_days)})|(?P<rmon>{alternatives(words.relative_months)})"
                rf"|(?P<ryear>{rel_year})")
    pattern = re.compile(
        rf"(?<![\w-])(?:{iso}|{numeric}|{day_first}|{month_first}|{month_only}|{year_only}|{weekday}|{relative})(?![\w-])",
        re.IGNORECASE,
    )
    future = alternatives(words.future_markers)
    relative_words = {k.lower(): v for table in (words.relative_days, words.relative_months, words.relative_years)
                      for k, v in table.items()}
    anchors = WordIndex([*months, *weekdays, *relative_words, *(w.lower() for w in words.modifiers)])
    modifiers = {k.lower(): v for k, v in words.modifiers.items()}
    future_rx = re.compile(rf"\b(?:{future})\b", re.IGNORECASE) if words.future_markers else None
    before = re.compile(rf"(?<![\w-])(?:{preps})\s$", re.IGNORECASE)
    return _Grammar(pattern, anchors, before, months, weekdays, relative_words, modifiers,
                    future_rx)


def _nearest_year(month: int, day: int, anchor: date) -> int:
    """The year that puts month/day nearest the anchor (within MONTH_WINDOW months)."""
    delta = (month - anchor.month) + (day - anchor.day) / 31
    if delta > MONTH_WINDOW:
        return anchor.year - 1
    if delta < -MONTH_WINDOW:
        return anchor.year + 1
    return anchor.year


def _weekday(target: int, anchor: date, modifier: int | None, future: bool) -> date:
    """The weekday meant: a bare weekday is the last one on or before the anchor, or the first one after
    it in a future context; "neste"/"next" the first one after it; "forrige"/"last" the last before."""
    back = (anchor.weekday() - target) % 7
    if (modifier is not None and modifier > 0) or (modifier is None and future):
        return anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
    if modifier is not None and modifier < 0:
        return anchor - timedelta(days=back or 7)
    return anchor - timedelta(days=back)


def _anchored(text: str, g: _Grammar) -> Iterator[re.Match[str]]:
    """Matches of the grammar starting at a date word or number, or at the preposition before it,
    rather than at every position of the text."""
    anchors = [m.start() for m in _DIGIT_RUN.finditer(text)] + [h.start for h in g.anchors.find(text)]

    def starts(anchor: int) -> list[int]:
        before = g.prepositions.search(text, max(0, anchor - PREPOSITION_SPAN), anchor)
        return [before.start(), anchor] if before else [anchor]

    return anchored_matches(text, g.pattern, anchors, starts, LOOKAHEAD)


class DateFinder:
    """Writes ``dates``: every day, month and year expression with its resolved value."""

    name = "dates"
    reads = frozenset({"text", "sentences", "published", "lang"})
    writes = frozenset({"dates"})

    def __init__(self, packs: Iterable[LangPack]) -> None:
        self._grammars = {p.code: g for p in packs if (g := _grammar(p)) is not None}

    def process(self, article: Article) -> Article:
        grammar = self._grammars.get(article.lang or "")
        article.dates = [] if grammar is None else list(self._find(article, grammar))
        return article

    def _find(self, article: Article, grammar: _Grammar) -> Iterable[DateRef]:
        anchor = date.fromisoformat(article.published) if article.published else None
        text = article.text
        for match in _anchored(text, grammar):
            value, grain = self._resolve(match, grammar, anchor, text)
            if grain:
                yield DateRef(match.group(), match.start(), match.end(), value, grain)

    def _resolve(self, m: re.Match[str], g: _Grammar, anchor: date | None, text: str) -> tuple[str | None, str]:
        try:
            if m["iso"]:
                return date.fromisoformat(m["iso"]).isoformat(), "day"
            if m["nd"]:
                return date(int(m["ny"]), int(m["nm"]), int(m["nd"])).isoformat(), "day"
            for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
                if m[mo]:
                    month, day = g.months[m[mo].lower()], int(m[d])
                    year = int(m[y]) if m[y] else (_nearest_year(month, day, anchor) if anchor else None)
                    return (date(year, month, day).isoformat() if year else None), "day"
            if m["m3"]:
                month = g.months[m["m3"].lower()]
                if m["ry3"]:  # "mai i fjor"
                    year = anchor.year + g.relative_days[m["ry3"].lower()] if anchor else None
                else:
                    year = int(m["y3"]) if m["y3"] else (_nearest_year(month, 15, anchor) if anchor else None)
                return (f"{year:04d}-{month:02d}" if year else None), "month"
            if m["y4"]:
                year = int(m["y4"])
                return (str(year) if EARLIEST_YEAR <= year <= LATEST_YEAR else None), "year"
        except ValueError:
            return None, ""
        if anchor is None:
            return None, "day"
        if m["wd"]:
            modifier = g.modifiers.get((m["mod"] or "").lower()) if m["mod"] else None
            window = max(text.rfind(".", 0, m.start()) + 1, m.start() - FUTURE_WINDOW)
            future = bool(g.future and g.future.search(text, window, m.start()))
            return _weekday(g.weekdays[m["wd"].lower()], anchor, modifier, future).isoformat(), "day"
        if m["rmon"]:
            months = anchor.year * 12 + anchor.month - 1 + g.relative_days[m["rmon"].lower()]
            return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
        if m["ryear"]:
            return str(anchor.year + g.relative_days[m["ryear"].lower()]), "year"
        offset = g.relative_days[m["rel"].lower()]
        return (anchor + timedelta(days=offset)).isoformat(), "day"
