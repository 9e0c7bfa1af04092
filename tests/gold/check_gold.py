"""Check the gold annotation files in tests/gold/articles/ against the formats in docs/actors.md and docs/events.md.

Run: python tests/gold/check_gold.py   (exit status 1 and a list of problems if anything is wrong)

This only checks form and internal consistency (offsets, codes, ids, dates, ranges); it does not judge whether the
annotations are right. See tests/gold/README.md for the conventions. At the end it prints a summary of the event
annotations (key `events`, docs/events.md): articles with events, and events per type and per modality, per language.
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
# `events` (docs/events.md) is optional in form but expected: a file without it is reported in the summary.
ARTICLE_KEYS_EVENTS = [*ARTICLE_KEYS, "events"]
ENTITY_KEYS = {"text", "occurrence", "kind", "code"}
QUOTE_KEYS = {"text", "direct", "speaker"}
DATE_KEYS = {"text", "occurrence", "value", "grain"}
QUANTITY_KEYS = {"text", "low", "high", "unit"}
EVENT_KEYS = {"type", "mode", "source", "target", "modality", "claimed_by", "evidence"}
# The 16 PLOVER event types (../shared/docs/ONTOLOGY.md).
EVENT_TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
MODALITIES = ("asserted", "negated", "conditional", "future", "historical")
# A full stop followed by a capital that does not end a sentence: abbreviations and initials.
_ABBREVIATIONS = frozenset(
    [
        "u.s", "U.S", "st", "St", "mr", "Mr", "mrs", "Mrs", "ms", "Ms", "dr", "Dr", "gen", "Gen", "lt", "Lt",
        "col", "Col", "no", "No", "nr", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "nov", "des", "ca", "bl.a", "dvs", "f.eks", "jf",
        "mv", "osv", "pr",
    ]
)
_SENTENCE_END = re.compile(r"(\S*?)[.!?][»”\"’']?\s+[«“\"–A-ZÆØÅÄÖÜ]")


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


def crosses_sentence(evidence: str) -> bool:
    """True if evidence contains a newline or a sentence end (. ! ? then a capital) that is not an abbreviation."""
    if "\n" in evidence:
        return True
    for m in _SENTENCE_END.finditer(evidence):
        word = m.group(1).lstrip("(«“\"")
        if len(word) <= 1 or word in _ABBREVIATIONS:  # initials ("Tore O. Sandvik") and abbreviations
            continue
        return True
    return False


def check_events(doc: dict, err) -> None:
    """The `events` list of docs/events.md."""
    text, events = doc["text"], doc["events"]
    if not isinstance(events, list):
        err(f"events is not a list: {events!r}")
        return
    for ev in events:
        if not isinstance(ev, dict) or set(ev) != EVENT_KEYS:
            err(f"event keys {sorted(ev) if isinstance(ev, dict) else ev!r}, expected {sorted(EVENT_KEYS)}")
            continue
        if ev["type"] not in EVENT_TYPES:
            err(f"event type {ev['type']!r} is not a PLOVER type: {ev}")
        if ev["mode"] is not None and not (isinstance(ev["mode"], str) and ev["mode"].strip()):
            err(f"event mode is neither null nor a string: {ev}")
        for key in ("source", "target", "claimed_by"):
            if ev[key] is not None and not code_ok(ev[key]):
                err(f"event {key} {ev[key]!r} is neither null nor a code: {ev}")
        if ev["modality"] not in MODALITIES:
            err(f"event modality {ev['modality']!r} not in {list(MODALITIES)}: {ev}")
        evid = ev["evidence"]
        if not isinstance(evid, str) or not evid.strip():
            err(f"event evidence is not a non-empty string: {ev}")
            continue
        n = len(_all_offsets(text, evid))
        if n != 1:
            err(f"event evidence occurs {n} times, expected exactly once: {evid!r}")
        if crosses_sentence(evid):
            err(f"event evidence is not within one sentence: {evid!r}")


def _all_offsets(text: str, needle: str) -> list[int]:
    """Every offset of needle in text, overlaps counted (as nth_offset counts them)."""
    out, pos = [], text.find(needle)
    while pos != -1:
        out.append(pos)
        pos = text.find(needle, pos + 1)
    return out


def check_article(path: Path) -> list[str]:
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(f"{path.name}: {msg}")

    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path.name}: does not parse: {exc}"]
    if list(doc) not in (ARTICLE_KEYS, ARTICLE_KEYS_EVENTS):
        err(f"keys {list(doc)} != {ARTICLE_KEYS_EVENTS} (`events` may be missing)")
        return errors
    if "events" in doc:
        check_events(doc, err)
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


def event_summary(files: list[Path]) -> list[str]:
    """Counts of the event annotations per language: a table of lines to print."""
    per_lang: dict[str, dict] = {}
    for f in files:
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        lang = f.stem[:2]
        st = per_lang.setdefault(lang, {"articles": 0, "with_key": 0, "with_events": 0, "events": 0,
                                        "claimed": 0, "type": {}, "modality": {}})
        st["articles"] += 1
        events = doc.get("events") if isinstance(doc, dict) else None
        if not isinstance(events, list):
            continue
        st["with_key"] += 1
        evs = [e for e in events if isinstance(e, dict)]
        st["with_events"] += bool(evs)
        st["events"] += len(evs)
        for e in evs:
            st["type"][e.get("type")] = st["type"].get(e.get("type"), 0) + 1
            st["modality"][e.get("modality")] = st["modality"].get(e.get("modality"), 0) + 1
            st["claimed"] += e.get("claimed_by") is not None
    langs = sorted(per_lang)
    if not langs:
        return []
    width = 16

    def row(label: str, values: list[object]) -> str:
        return f"  {label:<{width}}" + "".join(f"{v!s:>8}" for v in values)

    lines = ["events summary", row("", [*langs, "total"])]
    for label, key in (("articles", "articles"), ("with `events`", "with_key"), ("with ≥1 event", "with_events"),
                       ("events", "events"), ("claimed_by set", "claimed")):
        vals = [per_lang[lg][key] for lg in langs]
        lines.append(row(label, [*vals, sum(vals)]))
    lines.append("  per type")
    extra_types = sorted({t for lg in langs for t in per_lang[lg]["type"] if t not in EVENT_TYPES}, key=str)
    for t in [*EVENT_TYPES, *extra_types]:
        vals = [per_lang[lg]["type"].get(t, 0) for lg in langs]
        lines.append(row(f"  {t}", [*vals, sum(vals)]))
    lines.append("  per modality")
    extra_mods = sorted({m for lg in langs for m in per_lang[lg]["modality"] if m not in MODALITIES}, key=str)
    for m in [*MODALITIES, *extra_mods]:
        vals = [per_lang[lg]["modality"].get(m, 0) for lg in langs]
        lines.append(row(f"  {m}", [*vals, sum(vals)]))
    return lines


def main() -> int:
    files = sorted(ARTICLES.glob("*.json"))
    if not files:
        print(f"no gold files in {ARTICLES}")
        return 1
    errors = [e for f in files for e in check_article(f)]
    for e in errors:
        print(e)
    for line in event_summary(files):
        print(line)
    langs: dict[str, int] = {}
    for f in files:
        langs[f.stem[:2]] = langs.get(f.stem[:2], 0) + 1
    print(f"{len(files)} files ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
