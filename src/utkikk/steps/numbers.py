"""Numbers with units and ranges: "80 000 soldater", "30 til 40 ekstra soldater", "mellom 30 og 40",
"12 000 soldater fra 14 land", "2,3 %", "$2 billion", "1,5 milliarder kroner", "up to 3,000 troops".

Number words, scales, joiners, approximators, units and separators come from ``numbers.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from utkikk.lang import LangPack
from utkikk.model import Article, Quantity

# Words that may stand between a number and its unit ("30 ekstra soldater", "200 more troops").
MAX_FILLER_WORDS = 3
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!x)x"


@dataclass(frozen=True, slots=True)
class _Grammar:
    pattern: re.Pattern[str]
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
    scales = _alternatives(n.scales)
    # "en million", "a million": the article counts as one only before a scale word
    number = rf"(?:{digits}|{_alternatives(n.words)}|(?:{_alternatives(n.one_before_scale)})(?=\s+(?:{scales})\b))"
    scale = rf"(?:\s*(?:{scales})\b)?"
    value = rf"{number}{scale}"
    joiners = _alternatives(n.range_joiners)
    approx = rf"(?:(?P<approx>{_alternatives(n.approximators)})\s+)?"
    between = (rf"(?:(?:{_alternatives(n.between)})\s+(?P<b_low>{value})\s+"
               rf"(?:{_alternatives(n.between_joiner)})\s+(?P<b_high>{value}))")
    ranged = rf"(?P<low>{value})(?:\s*(?:{joiners})\s*(?P<high>{value}))?"
    filler = rf"(?:\s+[^\W\d][\w-]*){{0,{MAX_FILLER_WORDS}}}?"
    # plural demonyms count people: "2 800 palestinere", "47,000 Syrians"
    unit_words = {**{c.form: "people" for c in pack.countries if c.kind == "demonym"}, **n.units}
    units = _alternatives(unit_words)
    pattern = re.compile(
        rf"(?<![\w,.-]){approx}(?P<cur>[$€£¥])?(?:{between}|{ranged})(?:(?P<pct>\s?%)|{filler}\s*(?P<unit>{units})(?!\w)|(?(cur)|(?!)))",
        re.IGNORECASE,
    )
    return _Grammar(pattern, {k.lower(): v for k, v in n.words.items()}, {k.lower(): v for k, v in n.scales.items()},
                    {k.lower(): v for k, v in unit_words.items()}, {k.lower(): v for k, v in n.approximators.items()},
                    n.decimal, n.thousands, frozenset(w.lower() for w in n.one_before_scale))


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
        for m in g.pattern.finditer(text):
            low_text = m["b_low"] or m["low"]
            high_text = m["b_high"] or m["high"]
            low = parse_value(low_text, g)
            high = parse_value(high_text, g) if high_text else low
            if low is None or high is None:
                continue
            if high_text and high < low and g.scales:
                # "1 til 2 millioner": the scale written once applies to both ends
                low = parse_value(low_text + " " + high_text.split()[-1], g) or low
            unit = "percent" if m["pct"] else (
                _CURRENCY_SIGNS.get(m["cur"] or "") or g.units.get((m["unit"] or "").lower()))
            approx = g.approximators.get((m["approx"] or "").lower())
            if approx == "min" and not high_text:
                high = None  # "at least 12": a lower bound
            elif approx == "max" and not high_text:
                low = None  # "up to 3,000": an upper bound
            yield Quantity(m.group(), m.start(), m.end(), low, high, unit, approx)
