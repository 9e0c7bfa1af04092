"""Compare utkikk's event coder with the CAMEO-coded English sentences in ``benchmarks/cameo/`` (see SOURCE.md there).

    python benchmarks/cameo_eval.py [--limit N] [--misses K] [--data PATH]

Every sentence goes through ``utkikk.extract(text, published=date, lang="en")`` on its own, and the events of the
resulting article are scored against the gold codings: (a) the CAMEO root code per sentence, (b) the quad class per
sentence, (c) root + source country + target country per coding. Prints a plain-text report.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "cameo" / "cameo_gsr.jsonl"

try:
    import utkikk
except ImportError:  # run from a checkout without an installed package
    sys.path.insert(0, str(ROOT / "src"))
    import utkikk

ROOT_NAMES = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "diplomatic cooperation", "06": "material cooperation", "07": "provide aid", "08": "yield",
    "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten", "14": "protest",
    "15": "exhibit force posture", "16": "reduce relations", "17": "coerce", "18": "assault", "19": "fight",
    "20": "unconventional mass violence",
}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

# Gold actor codes that are not the ISO 3166-1 alpha-3 codes utkikk uses (documented in cameo/SOURCE.md).
COUNTRY_FIX = {"JAP": "JPN", "USR": "RUS", "YUG": "SRB"}
UNCOMPARABLE = {"IMG"}  # CAMEO "international militarized group" (al-Qaeda): no country

# Gold IGO actors are coded just "IGO"; the organisation is read from the actor's text.
IGO_BY_TEXT = [
    (r"Arab League", "ARABLEAGUE"),
    (r"International Atomic Energy Agency|\bIAEA\b", "IAEA"),
    (r"\bU\.?N\.?\b|United Nations|Security Council|UNHCR", "UN"),
    (r"European Community|European common market|European Union|\bEC\b|\bEU\b", "EU"),
    (r"\bNATO\b", "NATO"),
    (r"Asia-Pacific Economic Cooperation|\bAPEC\b", "APEC"),
    (r"\bOSCE\b", "OSCE"),
    (r"International Labou?r Office|\bILO\b", "ILO"),
    (r"Organi[sz]ation of African Unity|\bOAU\b|African Union", "AU"),
]
IGO_ALIASES = {
    "UNITEDNATIONS": "UN", "UNO": "UN", "UNSC": "UN", "UNHCR": "UN", "EC": "EU", "EEC": "EU", "EUROPEANUNION": "EU",
    "EUROPEANCOMMUNITY": "EU", "LAS": "ARABLEAGUE", "LEAGUEOFARABSTATES": "ARABLEAGUE", "OAU": "AU",
    "AFRICANUNION": "AU", "INTERNATIONALATOMICENERGYAGENCY": "IAEA",
}

# Country names, capitals and demonyms, for actors whose gold code is missing ("---") in the source file.
# Countries derived this way are reported separately from the published codes.
GAZETTEER: dict[str, tuple[str, ...]] = {
    "USA": ("United States", "U.S.", "US", "American", "Washington"),
    "GBR": ("Britain", "British", "UK", "Northern Ireland"),
    "RUS": ("Russia", "Russian", "Moscow", "Soviet", "Kremlin", "Tyumen", "Khanty-Mansiysk"),
    "CHN": ("China", "Chinese", "PRC", "Beijing"), "TWN": ("Taiwan",), "JPN": ("Japan", "Japanese", "Tokyo"),
    "FRA": ("France", "French", "Paris"), "DEU": ("Germany", "German", "Bonn", "Berlin"),
    "ITA": ("Italy", "Italian"), "CHE": ("Switzerland", "Swiss", "Geneva"), "SWE": ("Sweden", "Swedish"),
    "DNK": ("Denmark", "Danish"), "GRC": ("Greece", "Greek"), "POL": ("Poland", "Polish"),
    "CZE": ("Czechoslovakia", "Czechoslovak"), "LVA": ("Latvia", "Latvian"), "LTU": ("Lithuania", "Lithuanian"),
    "BGR": ("Bulgaria", "Bulgarian"), "ROU": ("Romania", "Romanian"), "HUN": ("Hungary", "Hungarian"),
    "SRB": ("Serbia", "Serbian", "Serb", "Yugoslavia", "Yugoslav", "Belgrade"), "HRV": ("Croatia", "Croatian", "Croat"),
    "BIH": ("Bosnia", "Bosnian", "Sarajevo", "Gorazde"), "SVN": ("Slovenia",), "ALB": ("Albania", "Albanian"),
    "MKD": ("Macedonia", "Macedonian"), "KOS": ("Kosovo",), "TUR": ("Turkey", "Turkish", "Ankara", "Cizre"),
    "GEO": ("Georgia", "Georgian", "Tbilisi"), "AZE": ("Azerbaijan", "Azerbaijani", "Nakhichevan", "Baku"),
    "KGZ": ("Kyrgyzstan", "Kyrgyz"), "UZB": ("Uzbekistan",), "AFG": ("Afghanistan", "Afganistan", "Afghan", "Kabul"),
    "PAK": ("Pakistan", "Pakistani", "Sindh"), "IND": ("India", "Indian"), "BGD": ("Bangladesh", "Bangladeshi"),
    "NPL": ("Nepal", "Khatmandu", "Kathmandu"), "LKA": ("Sri Lanka", "Sri Lankan"), "MMR": ("Burma", "Burmese"),
    "KHM": ("Cambodia", "Cambodian", "Kampuchea", "Kampuchean"), "VNM": ("Vietnam", "Vietnamese"),
    "IDN": ("Indonesia", "Indonesian", "Jakarta"), "TLS": ("East Timor", "Dili"), "HKG": ("Hong Kong",),
    "KOR": ("South Korea", "South Korean"), "PRK": ("North Korea", "North Korean"),
    "IRN": ("Iran", "Iranian", "Tehran"), "IRQ": ("Iraq", "Iraqi", "Baghdad", "Samarra", "Basra"),
    "SYR": ("Syria", "Syrian", "Damascus"), "LBN": ("Lebanon", "Lebanese", "Beirut"), "JOR": ("Jordan", "Amman"),
    "ISR": ("Israel", "Israeli", "Tel Aviv"), "PSE": ("Palestinian", "Palestinians", "West Bank", "Gaza", "Jericho"),
    "SAU": ("Saudi Arabia", "Saudi"), "QAT": ("Qatar", "Quatar"), "ARE": ("Emirates",), "YEM": ("Yemen",),
    "EGY": ("Egypt", "Egyptian", "Cairo"), "LBY": ("Libya", "Libyan"), "DZA": ("Algeria", "Algerian", "Algiers"),
    "MAR": ("Morocco", "Moroccan"), "SDN": ("Sudan", "Sudanese", "Khartoum", "Darfur", "Juba"),
    "TCD": ("Chad",), "NGA": ("Nigeria", "Nigerian"), "GHA": ("Ghana", "Ghanaian"), "BEN": ("Benin",),
    "CIV": ("Ivory Coast",), "LBR": ("Liberia", "Liberian", "Monrovia"), "SLE": ("Sierra Leone", "Sierra Leonean"),
    "GIN": ("Guinea",), "GMB": ("Gambia", "Gambian"), "MRT": ("Mauritania",), "SEN": ("Senegal",),
    "UGA": ("Uganda", "Ugandan", "Soroti"), "RWA": ("Rwanda", "Rwandan"), "BDI": ("Burundi", "Burundian"),
    "COD": ("Zaire", "Zairean", "Congolese"), "KEN": ("Kenya", "Kenyan"), "ZMB": ("Zambia", "Zambian"),
    "ZWE": ("Zimbabwe", "Zimbabwean"), "AGO": ("Angola", "Angolan"), "MEX": ("Mexico", "Mexican"),
    "HTI": ("Haiti", "Haitian"), "PAN": ("Panama", "Panamanian"), "NIC": ("Nicaragua", "Nicaraguan"),
    "CRI": ("Costa Rica",), "PER": ("Peru", "Peruvian"), "ECU": ("Ecuador",), "ARG": ("Argentina", "Argentine"),
    "BRA": ("Brazil", "Brazilian"), "CHL": ("Chile", "Chilean"), "TTO": ("Trinidad",),
    "CAN": ("Canada", "Canadian", "Calgary"), "AUS": ("Australia", "Australian"),
    "ZAF": ("South Africa", "South African"), "NER": ("Niger",),
}
_GAZ = sorted(((name, code) for code, names in GAZETTEER.items() for name in names), key=lambda nc: -len(nc[0]))
_GAZ_RX = [(re.compile(r"(?<![\w.])" + re.escape(name) + r"s?(?![\w])"), code) for name, code in _GAZ]
_GAZ_RX += [(re.compile(rx), igo_name) for rx, igo_name in IGO_BY_TEXT]


def quad_of(root: str | None) -> int | None:
    """CAMEO quad class of a root code: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    if not root or not root[:2].isdigit():
        return None
    n = int(root[:2])
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4 if n <= 20 else None


def igo_key(name: str) -> str:
    """A comparable IGO key: letters only, upper case, common aliases folded."""
    letters = re.sub(r"[^A-Z]", "", name.upper())
    return "IGO:" + IGO_ALIASES.get(letters, letters)


def from_text(text: str | None) -> str | None:
    """The country (or IGO) named earliest in an actor's text, by the gazetteer above; None for ethnic groups."""
    if not text or "ethnic" in text.lower():
        return None
    hits = [(m.start(), code) for rx, code in _GAZ_RX if (m := rx.search(text))]
    if not hits:
        return None
    code = min(hits)[1]
    return code if code in GAZETTEER else igo_key(code)


def gold_key(code: str | None, text: str | None, derive: bool) -> str | None:
    """Comparable key of a gold actor: ISO3 country, ``IGO:<name>``, or None when it cannot be compared."""
    if code:
        head = code[:3]
        if head == "IGO":
            return next((igo_key(name) for rx, name in IGO_BY_TEXT if text and re.search(rx, text)), None)
        if head in UNCOMPARABLE:
            return None
        return COUNTRY_FIX.get(head, head)
    return from_text(text) if derive else None


def pred_key(actor: Any) -> str | None:
    """Comparable key of one of utkikk's actors."""
    if actor is None:
        return None
    if getattr(actor, "country", None):
        return str(actor.country)
    if getattr(actor, "igo", None):
        return igo_key(str(actor.igo))
    return None


@dataclass
class Score:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[Any], pred: set[Any]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def row(self, label: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{label:<44}{self.tp:>6}{self.fp:>6}{self.fn:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}"


@dataclass
class Report:
    """Everything counted over the sentences."""

    sentences: int = 0
    codings: int = 0
    basis: Counter[str] = field(default_factory=Counter)
    with_events: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    top1: int = 0
    roots: Score = field(default_factory=Score)
    quads: Score = field(default_factory=Score)
    triples_gold: Score = field(default_factory=Score)
    triples_derived: Score = field(default_factory=Score)
    source_only: Score = field(default_factory=Score)
    triple_sentences: Counter[str] = field(default_factory=Counter)
    per_root_gold: Counter[str] = field(default_factory=Counter)
    per_root_found: Counter[str] = field(default_factory=Counter)
    per_root_pred: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


class Coder:
    """Calls utkikk.extract, with ``lang="en"`` while the installed version accepts it."""

    def __init__(self) -> None:
        self.use_lang = True

    def events(self, text: str, date: str) -> list[Any]:
        """The events utkikk codes in one sentence."""
        if self.use_lang:
            try:
                return list(utkikk.extract(text, published=date, lang="en").events)
            except TypeError as exc:
                if "lang" not in str(exc):
                    raise
                self.use_lang = False
        return list(utkikk.extract(text, published=date).events)


def load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """The benchmark records, the first ``limit`` of them when given."""
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return records[:limit] if limit is not None else records


def triples(codings: Iterable[dict[str, Any]], root: str, derive: bool,
            source_only: bool = False) -> set[tuple[Any, ...]]:
    """Comparable gold (root, source, target) triples, or (root, source) pairs with ``source_only``."""
    out: set[tuple[Any, ...]] = set()
    for c in codings:
        src = gold_key(c.get("source"), c.get("source_text"), derive)
        tgt = gold_key(c.get("target"), c.get("target_text"), derive)
        if source_only and src:
            out.add((root, src))
        elif src and tgt:
            out.add((root, src, tgt))
    return out


def score(records: list[dict[str, Any]], coder: Coder, misses: int) -> Report:
    """Run the coder over every record and count."""
    rep = Report()
    for rec in records:
        gold_root = rec["cameo"][:2]
        rep.sentences += 1
        rep.codings += len(rec["expected"])
        rep.basis[rec.get("cameo_basis", "?")] += 1
        try:
            events = coder.events(rec["text"], rec.get("date") or "2000-01-01")
        except Exception as exc:  # noqa: BLE001 - one failing sentence must not stop the benchmark
            rep.errors.append(f"{rec['id']}: {type(exc).__name__}: {exc}")
            events = []
        rep.events += len(events)
        rep.with_events += bool(events)
        pred_roots = {str(e.cameo)[:2] for e in events if getattr(e, "cameo", None)}
        pred_quads = {q for e in events if (q := getattr(e, "quad", None) or quad_of(getattr(e, "cameo", None)))}
        top = max(events, key=lambda e: getattr(e, "confidence", 0.0), default=None)
        if top is not None and str(top.cameo)[:2] == gold_root:
            rep.top1 += 1
        rep.roots.add({gold_root}, pred_roots)
        rep.quads.add({quad_of(gold_root)}, pred_quads)
        rep.per_root_gold[gold_root] += 1
        rep.per_root_found[gold_root] += gold_root in pred_roots
        for root in pred_roots:
            rep.per_root_pred[root] += 1
            if root != gold_root:
                rep.confusion[(gold_root, root)] += 1
        if not pred_roots:
            rep.confusion[(gold_root, "--")] += 1
        pred = {(str(e.cameo)[:2], pred_key(e.source), pred_key(e.target)) for e in events}
        pred_src = {(r, s) for r, s, _ in pred}
        for label, derive, target in (("gold", False, rep.triples_gold), ("derived", True, rep.triples_derived)):
            gold = triples(rec["expected"], gold_root, derive)
            if gold:
                rep.triple_sentences[label] += 1
                target.add(gold, pred)
        gold_src = triples(rec["expected"], gold_root, False, source_only=True)
        if gold_src:
            rep.triple_sentences["source"] += 1
            rep.source_only.add(gold_src, pred_src)
        if gold_root not in pred_roots and len(rep.misses) < misses:
            got = ", ".join(sorted(pred_roots)) or "no event"
            rep.misses.append(f"  {rec['id']}  gold {rec['cameo']}  got {got}\n    {rec['text']}")
    return rep


def render(rep: Report, path: Path, coder: Coder, seconds: float) -> str:
    """The plain-text report."""
    n = rep.sentences or 1
    call = 'extract(text, published=date, lang="en")' if coder.use_lang else \
        "extract(text, published=date)  [lang= not accepted by this utkikk; language identified]"
    basis = ", ".join(f"{k} {v}" for k, v in sorted(rep.basis.items()))
    lines = [
        "CAMEO benchmark: English sentences from the CAMEO 1.1b3 codebook, PLOVER gold-standard records",
        f"data               {path}",
        f"call               utkikk.{call}",
        f"sentences          {rep.sentences}  (codings {rep.codings}; CAMEO code basis: {basis})",
        f"with any event     {rep.with_events} ({rep.with_events / n:.1%}); events {rep.events}; "
        f"errors {len(rep.errors)}; {seconds:.1f} s",
        "",
        f"{'':<44}{'TP':>6}{'FP':>6}{'FN':>6}{'prec':>8}{'recall':>8}{'F1':>8}",
        rep.roots.row("(a) CAMEO root, per sentence"),
        rep.quads.row("(b) quad class, per sentence"),
        rep.triples_gold.row(f"(c) root+src+tgt country ({rep.triple_sentences['gold']} sent.)"),
        rep.triples_derived.row(f"(c) same, + countries from text ({rep.triple_sentences['derived']} s.)"),
        rep.source_only.row(f"    root+src country only ({rep.triple_sentences['source']} sent.)"),
        f"top event's root = gold root: {rep.top1}/{rep.sentences} ({rep.top1 / n:.1%})",
        "",
        "Per root                                gold   found  recall   predicted",
    ]
    for root in sorted(set(rep.per_root_gold) | set(rep.per_root_pred)):
        gold, found, pred = rep.per_root_gold[root], rep.per_root_found[root], rep.per_root_pred[root]
        recall = f"{found / gold:.3f}" if gold else "    -"
        lines.append(f"  {root} {ROOT_NAMES.get(root, '?'):<34}{gold:>6}{found:>8}{recall:>8}{pred:>12}")
    lines += ["", "Most frequent root errors (gold -> predicted; '--' = no event)"]
    if rep.confusion:
        for (gold_root, got), count in rep.confusion.most_common(15):
            lines.append(f"  {gold_root} {ROOT_NAMES.get(gold_root, '?'):<30} -> {got} "
                         f"{ROOT_NAMES.get(got, 'none'):<30}{count:>5}")
    else:
        lines.append("  none")
    if rep.misses:
        lines += ["", "Examples of sentences whose gold root was not found", *rep.misses]
    if rep.errors:
        lines += ["", f"Errors ({len(rep.errors)}, first 5)", *(f"  {e}" for e in rep.errors[:5])]
    lines += ["", "Quads: " + "; ".join(f"{k} {v}" for k, v in QUAD_NAMES.items()),
              "(c) counts distinct (root, source, target) triples per sentence; utkikk actors compare by country, "
              "else IGO;", "gold codes and the country mapping are described in benchmarks/cameo/SOURCE.md."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score utkikk's event coder on CAMEO-coded English sentences.")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    parser.add_argument("--misses", type=int, default=10, help="print up to K sentences whose root was missed")
    parser.add_argument("--data", type=Path, default=DATA, help="JSON Lines file (default: %(default)s)")
    args = parser.parse_args(argv)
    records = load(args.data, args.limit)
    coder = Coder()
    start = time.perf_counter()
    rep = score(records, coder, args.misses)
    print(render(rep, args.data, coder, time.perf_counter() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
