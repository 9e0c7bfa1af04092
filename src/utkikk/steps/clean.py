"""Cleaning: strip what is not reporting (bios, bylines, share and cookie lines, photo and wire
credits), record each removed span with its reason, parse credits, and give the article its id.

Vocabularies come from every loaded language pack: a republished page may carry boilerplate in a
language other than the article's, and the language is identified on the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from utkikk.lang import LangPack
from utkikk.model import Article, Removed, normalise_text, text_id
from utkikk.steps.credits import WireAgencies

_LINE = re.compile(r"[^\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_DIGIT = re.compile(r"\d")
_FRAGMENT_END = re.compile(r"(?<=[.!?])\s+")
_QUOTES = "«»\"“”„‘’'‹›"
# Boilerplate line kinds are checked only on lines up to this length.
MAX_BOILERPLATE_LINE = 220
# Credit lines are looked for among this many last lines of reporting (after boilerplate is gone).
CREDIT_TAIL_LINES = 4
# A dateline ("OSLO (NTB): ") is looked for at the start of this many first kept lines.
DATELINE_LINES = 3


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def _alternation(patterns: Iterable[str], anchored: bool) -> re.Pattern[str] | None:
    parts = [f"(?:{p})" for p in patterns]
    if not parts:
        return None
    body = "|".join(parts)
    return re.compile(rf"^(?:{body})" if anchored else body, re.IGNORECASE)


class BioDetector:
    """Tells machine-generated author bios («Musikkelsker. Uhelbredelig kaffenerd. Typisk
    nettentusiast.») from prose: several very short verbless fragments, most naming a persona."""

    min_fragments = 3
    max_fragment_words = 5
    min_hit_share = 0.6

    def __init__(self, stems: Iterable[str]) -> None:
        self._stems = tuple(sorted(set(stems)))

    def is_bio(self, line: str) -> bool:
        body = line.strip().strip(_QUOTES).strip()
        fragments = [f.strip(_QUOTES + " ") for f in _FRAGMENT_END.split(body) if f.strip(_QUOTES + " ")]
        if len(fragments) < self.min_fragments or _DIGIT.search(body):
            return False
        if any(len(f.split()) > self.max_fragment_words for f in fragments):
            return False
        hits = sum(1 for f in fragments if any(stem in f.lower() for stem in self._stems))
        return hits >= max(2, self.min_hit_share * len(fragments))


class Cleaner:
    """Removes boilerplate line by line from ``raw_text`` into ``text``."""

    name = "clean"
    reads = frozenset({"raw_text"})
    writes = frozenset({"text", "id", "removed", "credits", "editors", "author"})

    def __init__(self, packs: Iterable[LangPack], agencies: WireAgencies) -> None:
        packs = list(packs)
        self._agencies = agencies
        self._bio = BioDetector(stem for p in packs for stem in p.boilerplate.bio_stems)
        kinds = {k for p in packs for k in p.boilerplate.line}
        self._line_kinds = {
            k: rx for k in sorted(kinds)
            if (rx := _alternation((x for p in packs for x in p.boilerplate.line.get(k, ())), True))
        }
        anywhere = {k for p in packs for k in p.boilerplate.anywhere}
        self._anywhere_kinds = {
            k: rx for k in sorted(anywhere)
            if (rx := _alternation((x for p in packs for x in p.boilerplate.anywhere.get(k, ())), False))
        }
        self._bylines = [re.compile(rf"^(?:{p})") for pk in packs for p in pk.boilerplate.bylines]

    def process(self, article: Article) -> Article:
        raw = _CONTROL.sub("", article.raw_text if article.raw_text is not None else article.text)
        article.raw_text = raw
        lines = [_Line(m.start(), m.end(), m.group()) for m in _LINE.finditer(raw) if m.group().strip()]
        removed: list[Removed] = []
        reporting: list[_Line] = []
        for line in lines:
            kind = self._classify(line.text)
            if kind is None:
                reporting.append(line)
                continue
            removed.append(Removed(kind[0], line.text.strip(), kind[1], line.start, line.end))
            if kind[0] == "byline":
                self._take_byline(line.text, article)
        if reporting and article.title and normalise_text(reporting[0].text) == normalise_text(article.title):
            head = reporting.pop(0)
            removed.append(Removed("headline", head.text.strip(), "headline repeated in the body",
                                   head.start, head.end))
        keep = reporting[: max(0, len(reporting) - CREDIT_TAIL_LINES)]
        for line in reporting[len(keep):]:
            kept = self._take_credit(raw, line, article, removed)
            if kept is not None:
                keep.append(kept)
        for line in keep[:DATELINE_LINES]:
            article.credits[:0] = self._agencies.dateline(line.text)
        removed.sort(key=lambda r: r.start)
        article.text = _join(raw, keep)
        article.removed = removed
        article.credits = list(dict.fromkeys(article.credits))
        article.editors = list(dict.fromkeys(article.editors))
        article.id = text_id(article.text)
        return article

    def _take_credit(self, raw: str, line: _Line, article: Article, removed: list[Removed]) -> _Line | None:
        """The line without a wire credit at its end (None if nothing is left); the credit is recorded."""
        credit = self._agencies.parse_line(line.text)
        if credit is None:
            return line
        article.credits.extend(credit.agencies)
        article.editors.extend(credit.editors)
        cut = line.start + credit.start
        what = "wire credit" if credit.agencies else "editor initials"
        removed.append(Removed("wire_credit", raw[cut:line.end].strip(), f"{what} at the end of the article",
                               cut, line.end))
        head = raw[line.start:cut].rstrip()
        return _Line(line.start, line.start + len(head), head) if head.strip() else None

    def _classify(self, line: str) -> tuple[str, str] | None:
        """The boilerplate kind of a line and why, or None for reporting."""
        text = line.strip()
        if len(text) > MAX_BOILERPLATE_LINE:
            return None
        if self._bio.is_bio(text):
            return "author_bio", "generated author bio: short persona phrases"
        for kind, rx in self._line_kinds.items():
            if rx.match(text):
                return kind, f"{kind.replace('_', ' ')} line"
        for kind, rx in self._anywhere_kinds.items():
            if rx.search(text):
                return kind, f"{kind} notice"
        if len(text.split()) <= 12 and any(rx.match(text) for rx in self._bylines):
            return "byline", "byline naming the author"
        return None

    def _take_byline(self, line: str, article: Article) -> None:
        for rx in self._bylines:
            match = rx.match(line.strip())
            if match:
                if article.author is None:
                    article.author = match["name"]
                org = match["org"]
                if org:
                    article.credits.extend(self._agencies.agencies_in(org) or ())
                return


def _join(raw: str, lines: list[_Line]) -> str:
    """Kept lines, separated as in the raw text: a blank line stays a paragraph break."""
    parts: list[str] = []
    for index, line in enumerate(lines):
        if index:
            parts.append("\n\n" if raw.count("\n", lines[index - 1].end, line.start) >= 2 else "\n")
        parts.append(line.text.strip())
    return "".join(parts)
