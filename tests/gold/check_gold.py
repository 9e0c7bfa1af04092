"""Check the gold annotation files in tests/gold/articles/ against the format in docs/actors.md.

Run: python tests/gold/check_gold.py   (exit status 1 and a list of problems if anything is wrong)

This only checks form and internal consistency (offsets, codes, ids, dates, ranges); it does not judge whether the
annotations are right. See tests/gold/README.md for the conventions.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import sys
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent / "articles"

# ISO 3166-1 alpha-3 (the 249 officially assigned codes), plus KOS for Kosovo as docs/actors.md requires.
_ISO3 = """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
    BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL
    COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK
    FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
    HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
    LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
    MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN
    PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV
    SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN
    TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
    QAT KOS
"""
ISO3 = frozenset(_ISO3.split())
_IGOS = "NATO EU UN OSCE KFOR AU ASEAN IAEA ICC WHO G7 G20 UNHCR UNRWA OPEC IMF WTO EFTA WFP UNICEF UNESCO"
IGOS = frozenset(_IGOS.split())
_SECTORS = "GOV MIL LEG JUD COP SPY PRM PTY REB UAF OPP BUS MED JRN CVL REF REL EDU LAB AGR ELI CRM SOC NGO UNK"
SECTORS = frozenset(_SECTORS.split())
KINDS = {"PER", "ORG", "GPE", "NORP"}
GRAINS = {"day", "month", "year"}
UNITS = {"troops", "people", "killed", "injured", "percent", "USD", "EUR", "NOK", "countries", "vehicles", "weapons"}
PERSON_RE = re.compile(r"^person:[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_RE = re.compile(r"^(nb|en)-\d{3}$")

ARTICLE_KEYS = ["id", "lang", "published", "title", "text", "entities", "quotes", "dates", "quantities"]
ENTITY_KEYS = {"text", "occurrence", "kind", "code"}
QUOTE_KEYS = {"text", "direct", "speaker"}
DATE_KEYS = {"text", "occurrence", "value", "grain"}
QUANTITY_KEYS = {"text", "low", "high", "unit"}


def code_ok(code: object) -> bool:
    """A code is an ISO alpha-3 country or an IGO acronym, optionally followed by one sector code."""
    if not isinstance(code, str):
        return False
    if code in ISO3 or code in IGOS:
        return True
    head, sector = code[:-3], code[-3:]
    return sector in SECTORS and (head in ISO3 or head in IGOS)


def nth_offset(text: str, needle: str, n: int) -> int:
    """Offset of the n-th (1-based) exact occurrence of needle in text, overlaps counted; -1 if there is none."""
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos == -1:
            return -1
    return pos


def check_article(path: Path) -> list[str]:
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(f"{path.name}: {msg}")

    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path.name}: does not parse: {exc}"]
    if list(doc) != ARTICLE_KEYS:
        err(f"keys {list(doc)} != {ARTICLE_KEYS}")
        return errors
    aid, text = doc["id"], doc["text"]
    if not ID_RE.match(aid) or path.stem != aid:
        err(f"bad id {aid!r} for file {path.name}")
    if doc["lang"] != aid[:2]:
        err(f"lang {doc['lang']!r} does not match id {aid!r}")
    try:
        dt.date.fromisoformat(doc["published"])
    except (TypeError, ValueError):
        err(f"published {doc['published']!r} is not an ISO date")
    if not isinstance(doc["title"], str) or not doc["title"].strip():
        err("empty title")
    words = len(text.split())
    if not 150 <= words <= 400:
        err(f"text has {words} words, expected 150-400")

    spans: list[tuple[int, int, str]] = []
    seen: set[tuple[str, int]] = set()
    for e in doc["entities"]:
        keys = set(e)
        if keys not in (ENTITY_KEYS, ENTITY_KEYS | {"person"}):
            err(f"entity keys {sorted(keys)}: {e}")
            continue
        if e["kind"] not in KINDS:
            err(f"entity kind {e['kind']!r}: {e}")
        if not code_ok(e["code"]):
            err(f"entity code {e['code']!r}: {e}")
        if e["kind"] == "PER":
            if not isinstance(e.get("person"), str) or not PERSON_RE.match(e["person"]):
                err(f"PER without a valid person id: {e}")
        elif "person" in e:
            err(f"person id on a non-PER entity: {e}")
        occ = e["occurrence"]
        if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
            err(f"bad occurrence: {e}")
            continue
        start = nth_offset(text, e["text"], occ)
        if not e["text"] or start == -1:
            err(f"entity text occurs fewer than {occ} times: {e}")
            continue
        if (e["text"], occ) in seen:
            err(f"duplicate entity mention: {e}")
        seen.add((e["text"], occ))
        spans.append((start, start + len(e["text"]), e["text"]))
    spans.sort()
    for (_, e1, t1), (s2, _, t2) in itertools.pairwise(spans):
        if s2 < e1:
            err(f"entity mentions overlap: {t1!r} and {t2!r}")

    for q in doc["quotes"]:
        if set(q) != QUOTE_KEYS:
            err(f"quote keys {sorted(q)}: {q}")
            continue
        if not q["text"] or q["text"] not in text:
            err(f"quote text not in article: {q['text'][:60]!r}")
        elif nth_offset(text, q["text"], 2) != -1:
            err(f"quote text occurs more than once, so it cannot be located: {q['text'][:60]!r}")
        if not isinstance(q["direct"], bool):
            err(f"quote direct is not a bool: {q}")
        sp = q["speaker"]
        if sp is not None and not (isinstance(sp, str) and (PERSON_RE.match(sp) or code_ok(sp))):
            err(f"quote speaker {sp!r} is neither a person id, a code nor null")

    seen = set()
    for d in doc["dates"]:
        if set(d) != DATE_KEYS:
            err(f"date keys {sorted(d)}: {d}")
            continue
        occ = d["occurrence"]
        if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1 or nth_offset(text, d["text"], occ) == -1:
            err(f"date text occurs fewer than {occ} times: {d}")
        if (d["text"], occ) in seen:
            err(f"duplicate date: {d}")
        seen.add((d["text"], occ))
        try:
            value = dt.date.fromisoformat(d["value"])
        except (TypeError, ValueError):
            err(f"date value is not an ISO date: {d}")
            continue
        if d["grain"] not in GRAINS:
            err(f"date grain {d['grain']!r}: {d}")
        elif d["grain"] == "month" and value.day != 1:
            err(f"month-grain date not on the 1st: {d}")
        elif d["grain"] == "year" and (value.month, value.day) != (1, 1):
            err(f"year-grain date not on 1 January: {d}")

    qspans: list[tuple[int, int, str]] = []
    for x in doc["quantities"]:
        if set(x) != QUANTITY_KEYS:
            err(f"quantity keys {sorted(x)}: {x}")
            continue
        if not x["text"] or x["text"] not in text:
            err(f"quantity text not in article: {x}")
        else:
            start = text.find(x["text"])
            qspans.append((start, start + len(x["text"]), x["text"]))
        lo, hi = x["low"], x["high"]
        for v in (lo, hi):
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
                err(f"quantity bound is not a number or null: {x}")
        if lo is None and hi is None:
            err(f"quantity has neither bound: {x}")
        elif lo is not None and hi is not None and not isinstance(lo, bool) and not isinstance(hi, bool) and lo > hi:
            err(f"quantity low > high: {x}")
        if x["unit"] not in UNITS:
            err(f"quantity unit {x['unit']!r} not in {sorted(UNITS)}")
    # Quantities have no occurrence either: each is located at its first match, and those must not collide.
    qspans.sort()
    for (_, e1, t1), (s2, _, t2) in itertools.pairwise(qspans):
        if s2 < e1:
            err(f"quantities located at their first match overlap: {t1!r} and {t2!r}")
    return errors


def main() -> int:
    files = sorted(ARTICLES.glob("*.json"))
    if not files:
        print(f"no gold files in {ARTICLES}")
        return 1
    errors = [e for f in files for e in check_article(f)]
    for e in errors:
        print(e)
    langs: dict[str, int] = {}
    for f in files:
        langs[f.stem[:2]] = langs.get(f.stem[:2], 0) + 1
    print(f"{len(files)} files ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
