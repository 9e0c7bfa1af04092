"""Numbers with units and ranges: "80 000 soldater", "30 til 40 ekstra soldater", "mellom 30 og 40",
"12 000 soldater fra 14 land", "2,3 %", "$2 billion", "1,5 milliarder kroner", "up to 3,000 troops".

Number words, scales, joiners, approximators, units and separators come from ``numbers.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from utkikk.lang import LangPack
from utkikk.model import Article, Quantity
from utkikk.steps.matching import Hit, WordIndex, alternatives, anchored_matches

# Words that may stand between a number and its unit ("30 ekstra soldater", "200 more troops").
MAX_FILLER_WORDS = 3
# How far after its number a quantity may end, and how far before it an approximator may start.
LOOKAHEAD, PREFIX_SPAN = 160, 24
_SPACE = re.compile(r"\s+")
_FILLER = re.compile(r"[^\W\d][\w-]*")
_DIGIT_RUN = re.compile(r"\d+(?:[ \u00a0.,]\d+)*")
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}



@dataclass(frozen=True, slots=True)
class _Grammar:
    pattern: re.Pattern[str]
    anchors: WordIndex  # number words: with digits, where a quantity may be
    prefixes: re.Pattern[str]  # an approximator or "mellom"/"between" right before a number (or its currency)
    unit_index: WordIndex  # unit words
    words: dict[str, float]
    scales: dict[str, float]
    units: dict[str, str]
    approximators: dict[str, str]
    decimal: str
    thousands: tuple[str, ...]
    one_before_scale: frozenset[str]


def _grammar(pack: LangPack) -> _Grammar | None:
    n = pack.numbers
    if not n.units:
        return None
    sep = "".join(re.escape(t) for t in n.thousands) or " "
    dec = re.escape(n.decimal)
    digits = rf"\d{{1,3}}(?:[{sep}]\d{{3}})+(?:{dec}\d+)?|\d+(?:{dec}\d+)?"
    scales = alternatives(n.scales)
    # "en million", "a million": the article counts as one only before a scale word
    number = rf"(?:{digits}|{alternatives(n.words)}|(?:{alternatives(n.one_before_scale)})(?=\s+(?:{scales})\b))"
    scale = rf"(?:\s*(?:{scales})\b)?"
    value = rf"{number}{scale}"
    joiners = alternatives(n.range_joiners)
    approx = rf"(?:(?P<approx>{alternatives(n.approximators)})\s+)?"
    between = (rf"(?:(?:{alternatives(n.between)})\s+(?P<b_low>{value})\s+"
               rf"(?:{alternatives(n.between_joiner)})\s+(?P<b_high>{value}))")
    ranged = rf"(?P<low>{value})(?:\s*(?:{joiners})\s*(?P<high>{value}))?"
    # the number expression only: its unit is looked up after it (a regex alternation of hundreds of
    # unit words tried after every number is the slow way)
    pattern = re.compile(rf"(?<![\w,.-]){approx}(?P<cur>[$€£¥])?(?:{between}|{ranged})(?P<pct>\s?%)?",
                         re.IGNORECASE)
    # plural demonyms count people: "2 800 palestinere", "47,000 Syrians"
    unit_words = {**{c.form: "people" for c in pack.countries if c.kind == "demonym"}, **n.units}
    return _Grammar(
        pattern, WordIndex([*n.words, *n.one_before_scale]),
        re.compile(rf"(?<![\w-])(?:{alternatives([*n.approximators, *n.between])})\s+$", re.IGNORECASE),
        WordIndex(unit_words), {k.lower(): v for k, v in n.words.items()}, {k.lower(): v for k, v in n.scales.items()},
        {k.lower(): v for k, v in unit_words.items()}, {k.lower(): v for k, v in n.approximators.items()},
        n.decimal, n.thousands, frozenset(w.lower() for w in n.one_before_scale),
    )


def parse_value(text: str, g: _Grammar) -> float | None:
    """A number written with digits (in the pack's separators) or words, times its scale word."""
    text = text.strip()
    scale = 1.0
    for word, factor in sorted(g.scales.items(), key=lambda kv: -len(kv[0])):
        if text.lower().endswith(word) and text[: -len(word)].strip():
            scale, text = factor, text[: -len(word)].strip()
            break
    if text.lower() in g.words:
        return g.words[text.lower()] * scale
    if text.lower() in g.one_before_scale:
        return scale
    for sep in g.thousands:
        text = text.replace(sep, "")
    text = text.replace(g.decimal, ".")
    try:
        return float(text) * scale
    except ValueError:
        return None


def _anchored(text: str, g: _Grammar) -> Iterator[re.Match[str]]:
    """Matches of the grammar starting at a number, or at the currency sign, approximator or "mellom"
    just before it: trying the full pattern at every position of the text is several times slower."""
    anchors = [m.start() for m in _DIGIT_RUN.finditer(text)] + [h.start for h in g.anchors.find(text)]
    return anchored_matches(text, g.pattern, anchors, lambda anchor: _starts(text, anchor, g.prefixes), LOOKAHEAD)


def _unit_after(text: str, pos: int, units: dict[int, Hit]) -> tuple[int, str | None]:
    """The unit word after a number, past up to MAX_FILLER_WORDS other words ("30 ekstra soldater")."""
    for _ in range(MAX_FILLER_WORDS + 1):
        space = _SPACE.match(text, pos)
        if space is None:
            return pos, None
        hit = units.get(space.end())
        if hit is not None:
            return hit.end, hit.word
        word = _FILLER.match(text, space.end())
        if word is None:
            return pos, None
        pos = word.end()
    return pos, None


def _starts(text: str, anchor: int, prefixes: re.Pattern[str]) -> list[int]:
    """Where a quantity around the number at ``anchor`` may start, earliest first: at an approximator
    or "mellom" before it, at a currency sign, or at the number."""
    starts = [anchor]
    pos = anchor
    if pos > 0 and text[pos - 1] in _CURRENCY_SIGNS:
        pos -= 1
        starts.append(pos)
    prefix = prefixes.search(text, max(0, pos - PREFIX_SPAN), pos)
    if prefix is not None:
        starts.append(prefix.start())
    return sorted(starts)


class QuantityFinder:
    """Writes ``quantities``: numbers that carry a unit, with ranges as low/high."""

    name = "numbers"
    reads = frozenset({"text", "lang"})
    writes = frozenset({"quantities"})

    def __init__(self, packs: Iterable[LangPack]) -> None:
        self._grammars = {p.code: g for p in packs if (g := _grammar(p)) is not None}

    def process(self, article: Article) -> Article:
        grammar = self._grammars.get(article.lang or "")
        article.quantities = [] if grammar is None else list(self._find(article.text, grammar))
        return article

    def _find(self, text: str, g: _Grammar) -> Iterable[Quantity]:
        units = {h.start: h for h in g.unit_index.find(text)}
        for m in _anchored(text, g):
            end, unit_word = _unit_after(text, m.end(), units)
            if not (m["pct"] or unit_word or m["cur"]):
                continue
            low_text = m["b_low"] or m["low"]
            high_text = m["b_high"] or m["high"]
            low = parse_value(low_text, g)
            high = parse_value(high_text, g) if high_text else low
            if low is None or high is None:
                continue
            if high_text and high < low and g.scales:
                # "1 til 2 millioner": the scale written once applies to both ends
                low = parse_value(low_text + " " + high_text.split()[-1], g) or low
            unit = "percent" if m["pct"] else (_CURRENCY_SIGNS.get(m["cur"] or "") or g.units.get(unit_word or ""))
            if m["pct"] or not unit_word:
                end = m.end()
            approx = g.approximators.get((m["approx"] or "").lower())
            if approx == "min" and not high_text:
                high = None  # "at least 12": a lower bound
            elif approx == "max" and not high_text:
                low = None  # "up to 3,000": an upper bound
            yield Quantity(text[m.start():end], m.start(), end, low, high, unit, approx)
