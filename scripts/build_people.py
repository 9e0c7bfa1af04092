#!/usr/bin/env python3
"""Build src/utkikk/data/actors/people.jsonl, the shipped actor dictionary.

Two inputs are merged:

* ``src/utkikk/data/actors/curated_people.jsonl``: hand-curated people (``source: "curated"``),
  already in the format of docs/actors.md.
* Phoenix.Countries.actors.txt and Phoenix.International.actors.txt, the TABARI-format Phoenix /
  PETRARCH2 dictionaries (MIT, Copyright (c) 2014 Open Event Data Alliance), read from
  ``../shared/data/phoenix-dictionaries/`` next to the repository unless ``--phoenix DIR`` says
  otherwise. Each person entry becomes a person with ``source: "phoenix"``:

  - the name line ``JOHN_SMITH_`` becomes "John Smith" (particles such as de, van, von, al-, bin
    are kept lower case; office titles in front of a name are dropped when a name remains);
  - ``+`` synonym lines become aliases;
  - each dated code ``[NORGOV 000317-011019]`` becomes a role with ``role: null``, country NOR and
    sector GOV (the first three letters after the country code, mapped to utkikk's sectors, UNK
    when unknown); IGO codes become an ``igo`` (IGOWSTNAT -> NATO, IGOUNO -> UN, IGOEUREEC -> EU
    ...). Dates are YYMMDD (00-29 -> 20xx, 30-99 -> 19xx) or YYYYMMDD; ``>D`` means from D on,
    ``<D`` until D. Undated codes (``[NORELI]``) are kept as roles with null dates.

  Only people with at least one dated role that starts or ends in 1990 or later (an open end
  counts as later) are kept; places and organisations (entries carrying a bare country code, or
  whose name is an organisation's) are skipped.

A Phoenix person whose id, or any of whose full names, equals a curated person's id or full name
(and who shares a country or IGO with them) is merged into the curated person: the curated
entry wins and only gains the Phoenix full-name spellings as aliases. The output has one JSON
object per line, sorted by id, and is byte-for-byte deterministic.

Usage:  python scripts/build_people.py [--phoenix DIR] [--curated FILE] [--out FILE] [--check]
  --check   build in memory and exit 1 if the output file on disk differs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ACTORS_DIR = ROOT / "src" / "utkikk" / "data" / "actors"
DEFAULT_PHOENIX = ROOT.parent / "shared" / "data" / "phoenix-dictionaries"
PHOENIX_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
CUTOFF = "1990-01-01"

# ---------------------------------------------------------------------------------------------
# Codes


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ISO3: frozenset[str] = _words(
    """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD
    BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR
    COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH
    ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL
    GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR
    JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR
    MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL
    NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY
    PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP
    SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
    UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
    """
)
# Former states keep their ISO 3166-3 codes; KOS is utkikk's code for Kosovo (docs/actors.md).
FORMER: frozenset[str] = frozenset({"SUN", "DDR", "YUG", "CSK", "SCG"})
COUNTRIES: frozenset[str] = ISO3 | FORMER | {"KOS"}
# CAMEO country codes that are not (or no longer) ISO alpha-3.
CAMEO_COUNTRY: dict[str, str] = {
    "TMP": "TLS",
    "KSV": "KOS",
    "ROM": "ROU",
    "ZAR": "COD",
    "USR": "SUN",
    "FRY": "YUG",
    "IMY": "IMN",
}

SECTORS: frozenset[str] = _words(
    "GOV MIL LEG JUD COP SPY PRM PTY REB UAF OPP BUS MED JRN CVL REF REL EDU LAB AGR ELI CRM SOC NGO UNK"
)
# CAMEO sector codes that are not utkikk sectors but have an obvious equivalent.
CAMEO_SECTOR: dict[str, str] = {
    "MNC": "BUS",
    "NGM": "NGO",
    "INS": "REB",
    "IMG": "REB",
    # religions
    "CHR": "REL",
    "MOS": "REL",
    "HIN": "REL",
    "BUD": "REL",
    "JEW": "REL",
    "SIK": "REL",
}

# IGO codes: the longest matching prefix after "IGO" names the organisation.
IGO_CODES: dict[str, str] = {
    "UNOIAE": "IAEA",
    "UNOHLHWHO": "WHO",
    "UNOKID": "UNICEF",
    "UNOLABILO": "ILO",
    "UNODEVWBK": "WB",
    "UNOREF": "UNHCR",
    "UNO": "UN",
    "WSTNAT": "NATO",
    "WSTBUS": "OECD",
    "EUREEC": "EU",
    "EURDEVEBR": "EBRD",
    "EURBUSEFT": "EFTA",
    "BUSOPC": "OPEC",
    "BUSIMF": "IMF",
    "BUSWTO": "WTO",
    "SEAASN": "ASEAN",
    "AFRAFU": "AU",
    "AFROAU": "OAU",
    "AFRDEVAFB": "AFDB",
    "ASADEVADB": "ADB",
    "ASABUS": "ECO",
    "SASSAA": "SAARC",
    "EAFEAC": "EAC",
    "WAFWAS": "ECOWAS",
    "SAFDEVSAD": "SADC",
    "PGSGCC": "GCC",
    "MEAARL": "LAS",
    "MEAAMU": "AMU",
    "CASCIS": "CIS",
    "CAS": "SCO",
    "JUDICC": "ICC",
    "COPITP": "INTERPOL",
    "NAMDEV": "IADB",
    "OAS": "OAS",
    "SAM": "CAN-AC",
    "CRB": "CARICOM",
    "CWN": "COMMONWEALTH",
    "SCN": "NORDIC-COUNCIL",
    "MOS": "OIC",
    "LAM": "PARLACEN",
    "EEU": "WARSAW-PACT",
    "AGR": "FAO",
}
# Organisation names in the trailing comment of an IGO line refine a coarse code (the Phoenix
# files code the Council of Europe as IGOEUREEC and the OSCE as IGOEUR, for instance).
IGO_COMMENTS: dict[str, str] = {
    "council of europe": "COE",
    "organization for security and cooperation in europe": "OSCE",
    "western european union": "WEU",
    "european free trade association": "EFTA",
    "international court of justice": "ICJ",
    "world bank": "WB",
    "iaea": "IAEA",
    "world health organization": "WHO",
    "international labour organization": "ILO",
    "international civil aviation organization": "ICAO",
    "united nations children's fund": "UNICEF",
    "world tourism organization": "UNWTO",
    "universal postal union": "UPU",
    "international telecommunication union": "ITU",
    "united nations educational, scientific and cultural organization": "UNESCO",
    "pacific community": "SPC",
    "african, caribbean and pacific group of states": "ACP",
    "international criminal police organization": "INTERPOL",
    "interpol": "INTERPOL",
    "organization of eastern caribbean states": "OECS",
    "antarctic treaty": "ATS",
    "shanghai cooperation organization": "SCO",
    "organisation of the islamic conference": "OIC",
    "organization for economic cooperation and development": "OECD",
}
# Sub-codes that Phoenix uses after "IGO" when the organisation is unspecific.
IGO_REGIONS: frozenset[str] = _words("EUR WST AFR ASA SAS EAF WAF SAF CAF NAF MEA SEA CAS LAM SAM NAM CRB OCE PGS EEU")

# ---------------------------------------------------------------------------------------------
# Names

FOLD: dict[str, str] = {
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i", "ħ": "h", "Ħ": "H",
    "ŋ": "ng", "Ŋ": "NG", "ʼ": "'", "’": "'", "‘": "'", "ʻ": "'", "`": "'",
}  # fmt: skip
_FOLD_TABLE = str.maketrans(FOLD)


def fold(text: str) -> str:
    """ASCII-fold: strip diacritics and map the Latin letters that do not decompose."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()


def slugify(name: str) -> str:
    """Lower case, ASCII-folded, non-alphanumerics to single hyphens (docs/actors.md)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")


def person_id(name: str) -> str:
    return "person:" + slugify(name)


LOWER_PARTICLES: frozenset[str] = _words(
    "de del della der di du da das dos do van von den ter ten zu la le y e bin ibn bint ul al el ben of"
)
HYPHEN_PREFIXES: frozenset[str] = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"})
ROMAN: frozenset[str] = _words("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII")
# Words that make a phrase a title or description rather than a name ("U.S. PRESIDENT GEORGE W.
# BUSH", "BUSH ADMINISTRATION"): the name is what follows the last of them.
TITLE_WORDS: frozenset[str] = _words(
    """
    PRESIDENT PRESIDENT-ELECT VICE-PRESIDENT MINISTER PREMIER CHANCELLOR SECRETARY SECRETARY-GENERAL
    UNDERSECRETARY UNDER-SECRETARY ADMINISTRATION GOVERNMENT GOV. GOVERNOR SENATOR SEN. REP. CONGRESSMAN
    CONGRESSWOMAN GENERAL GEN. LT. COL. COLONEL ADMIRAL ADM. MARSHAL MAJ. CAPT. CAPTAIN COMMANDER
    AMBASSADOR ENVOY SPOKESMAN SPOKESWOMAN SPOKESPERSON LEADER CHIEF CHAIRMAN CHAIRWOMAN DIRECTOR
    ADVISER ADVISOR DEPUTY ACTING FORMER EX- MR. MRS. MS. DR. MR MRS DR JUDGE JUSTICE ATTORNEY SPEAKER
    AYATOLLAH HOJATOLISLAM HOJJATOLESLAM KPA KANZLER BUNDESKANZLER REPRESENTATIVE PRESIENT PM SECRETATY
    """
)
ORG_WORDS: frozenset[str] = _words(
    """
    ORGANIZATION ORGANISATION UNION PARTY MINISTRY COUNCIL REPUBLIC BANK COMMUNITY ASSOCIATION
    GOVERNMENT ARMY FORCES FORCE FRONT MOVEMENT COMMITTEE COMMISSION AGENCY FUND TREATY PACT
    CONFERENCE PARLIAMENT ASSEMBLY CONGRESS COURT TRIBUNAL SECRETARIAT LEAGUE FEDERATION STATES
    KINGDOM EMPIRE TERRITORY PROTECTORATE COLONY AUTHORITY INSTITUTE GROUP BRIGADE BRIGADES
    CORPORATION COMPANY INTERNATIONAL NATIONS OFFICE DEPARTMENT POLICE POLITBURO JUNTA
    """
)


def _cap(word: str) -> str:
    """Capitalise one name token from the TABARI upper-case form."""
    if not word or re.fullmatch(r"(?:[A-Z]\.)+", word):
        return word  # initials and U.S.
    low = word.lower()
    if low.startswith("mc") and len(low) > 2:
        return "Mc" + low[2:3].upper() + low[3:]
    if low.startswith("o'") and len(low) > 2:
        return "O'" + low[2:3].upper() + low[3:]
    if "'" in low:  # d'Alema, N'Diaye: keep the part before the apostrophe as written
        head, _, tail = low.partition("'")
        if len(head) == 1:
            return (head if head == "d" else head.upper()) + "'" + tail[:1].upper() + tail[1:]
    return low[:1].upper() + low[1:]


def title_name(raw: str, korean: bool = False) -> str:
    """Title-case a cleaned, space-separated upper-case name ("JAAP DE HOOP SCHEFFER")."""
    tokens = raw.split()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        last = i == len(tokens) - 1
        if i > 0 and last and tok in ROMAN:
            out.append(tok)
            continue
        if tok in {"JR.", "JR", "SR.", "SR"}:
            out.append(tok[:1] + tok[1:].lower().rstrip(".") + ".")
            continue
        parts = tok.split("-")
        capped: list[str] = []
        for j, part in enumerate(parts):
            low = part.lower()
            if j == 0 and len(parts) > 1 and low in HYPHEN_PREFIXES and i > 0:
                capped.append(low)  # al-Assad, el-Sisi (but "Al-Khalifa" at the start stays)
            elif j > 0 and korean:
                capped.append(low)  # Ban Ki-moon, Kim Jong-un
            else:
                capped.append(_cap(part))
        word = "-".join(capped)
        if 0 < i < len(tokens) - 1 and tok.lower() in LOWER_PARTICLES:
            word = tok.lower()
        out.append(word)
    # "Bashar al Assad" -> "Bashar al-Assad"
    joined: list[str] = []
    for i, word in enumerate(out):
        if joined and joined[-1] in {"al", "el"} and i < len(out):
            joined[-1] = joined[-1] + "-" + word
        else:
            joined.append(word)
    # "Kim Jong Il" -> "Kim Jong-il"
    if korean and len(joined) == 3 and all(w.isalpha() and len(w) <= 5 for w in joined):
        joined = [joined[0], joined[1] + "-" + joined[2].lower()]
    return " ".join(joined)


def clean_tabari(raw: str) -> str | None:
    """Turn a TABARI phrase ("JOHN_W._SMITH,_JR._", "X (ACTING_") into "JOHN W. SMITH JR."."""
    text = raw.strip().lstrip("+").strip()
    text = re.sub(r'"[^"]*"', " ", text)  # nicknames: "NANDO"
    text = re.sub(r"\(.*", " ", text)  # (ACTING_, (1ST_TIME_
    text = text.replace("`", "").replace("\ufffd", "")
    text = text.replace("_", " ")
    if "," in text:
        head, _, tail = text.partition(",")
        suffix = tail.strip().rstrip(".").upper()
        text = head + (" JR." if suffix == "JR" else " SR." if suffix == "SR" else "")
    text = re.sub(r"\s+", " ", text).strip(" .-'")
    if text.endswith(" JR") or text.endswith(" SR"):
        text += "."
    if not text or not re.search(r"[A-Z]", text.upper()):
        return None
    return text.upper()


def _title_at(words: list[str]) -> int:
    """Index of the last title word, or -1."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in TITLE_WORDS:
            return i
    return -1


# Words that continue a title ("SECRETARY OF STATE", "MINISTER FOR FOREIGN AFFAIRS").
TITLE_FILLERS: frozenset[str] = _words("OF THE FOR STATE DEFENSE DEFENCE FOREIGN AFFAIRS HOMELAND SECURITY TREASURY")


def strip_title(words: list[str]) -> list[str]:
    """Drop a title and what precedes it ("RUSSIAN PRESIDENT VLADIMIR PUTIN") if two words remain."""
    i = _title_at(words)
    if i < 0:
        return words
    i += 1
    while i < len(words) and words[i] in TITLE_FILLERS:
        i += 1
    return words[i:] if len(words) - i >= 2 else words


def has_title(words: list[str]) -> bool:
    return _title_at(words) >= 0


# ---------------------------------------------------------------------------------------------
# Parsing the TABARI files


@dataclass
class RawCode:
    code: str
    dates: str
    comment: str


@dataclass
class RawEntry:
    names: list[str]
    codes: list[RawCode] = field(default_factory=list)


CODE_RE = re.compile(r"\[([A-Z]+)\s*([^\]]*)\]")


def parse_tabari(text: str) -> list[RawEntry]:
    entries: list[RawEntry] = []
    current: RawEntry | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, comment = line.partition("#")
        comment = comment.strip()
        if line[0] in " \t":
            if current is not None:
                current.codes.extend(RawCode(m[1], m[2].strip(), comment) for m in CODE_RE.finditer(body))
            continue
        name_part = CODE_RE.sub(" ", body)
        codes = [RawCode(m[1], m[2].strip(), comment) for m in CODE_RE.finditer(body)]
        if line.startswith("+"):
            if current is not None:
                current.names.append(name_part)
                current.codes.extend(codes)
            continue
        current = RawEntry([name_part], codes)
        entries.append(current)
    return entries


def parse_date(token: str) -> str:
    """YYMMDD (00-29 -> 20xx) or YYYYMMDD to ISO; ValueError when invalid."""
    if re.fullmatch(r"\d{6}", token):
        yy = int(token[:2])
        year = (2000 if yy <= 29 else 1900) + yy
        month, day = int(token[2:4]), int(token[4:6])
    elif re.fullmatch(r"\d{8}", token):
        year, month, day = int(token[:4]), int(token[4:6]), int(token[6:8])
    else:
        raise ValueError(token)
    return date(year, month, day).isoformat()


def parse_dates(spec: str) -> tuple[str | None, str | None]:
    """'000317-011019', '>051017', '<900823', '051017' or '' to (start, end); ValueError when malformed."""
    spec = spec.replace(" ", "")
    if not spec:
        return None, None
    if spec.startswith(">"):
        return parse_date(spec[1:]), None
    if spec.startswith("<"):
        return None, parse_date(spec[1:])
    if "-" in spec:
        lo, _, hi = spec.partition("-")
        return parse_date(lo), parse_date(hi)
    return parse_date(spec), None  # a bare date ('20121204') is read as '>20121204'


def _sector(code: str) -> str:
    if not code:
        return "GOV"
    head = code[:3]
    if head in SECTORS:
        return head
    return CAMEO_SECTOR.get(head, "UNK")


def parse_code(code: str, comment: str) -> tuple[str | None, str | None, str] | None:
    """A CAMEO actor code to (country, igo, sector); None for a place or an unknown country."""
    if code.startswith("IGO"):
        rest = code[3:]
        igo: str | None = None
        tail = ""
        for prefix in sorted(IGO_CODES, key=len, reverse=True):
            if rest.startswith(prefix):
                igo, tail = IGO_CODES[prefix], rest[len(prefix) :]
                break
        low = comment.lower()
        for name, acronym in IGO_COMMENTS.items():
            if name in low and "president of the coeu" not in low:
                igo = acronym
                break
        if igo is None:
            if rest[:3] in IGO_REGIONS or not rest:
                return None, "IGO", _sector(rest[3:] if rest[:3] in IGO_REGIONS else rest)
            return None, "IGO", _sector(rest)
        return None, igo, _sector(tail)
    if code[:3] in SECTORS or code[:3] in CAMEO_SECTOR:
        # ELI, MED, NGOUSAHRI, MNCUSA, IMGMUSISI: a sector first, maybe a country after it.
        sector = code[:3] if code[:3] in SECTORS else CAMEO_SECTOR[code[:3]]
        rest = code[3:6]
        country = CAMEO_COUNTRY.get(rest, rest) if rest else None
        return (country if country in COUNTRIES else None), None, sector
    head = CAMEO_COUNTRY.get(code[:3], code[:3])
    if head not in COUNTRIES:
        return None
    rest = code[3:]
    sub = CAMEO_COUNTRY.get(rest[:3], rest[:3])
    if rest[:3] not in SECTORS and sub in COUNTRIES:
        head, rest = sub, rest[3:]  # GBRVGB, DNKFRO, USRARM: a territory or member state
    if not rest:
        return None  # a bare country code: the entry is a place
    return head, None, _sector(rest)


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str]
    roles: list[dict[str, Any]]
    source: str
    added: set[str] = field(default_factory=set)  # aliases a curated person gained from Phoenix

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "aliases": self.aliases, "roles": self.roles, "source": self.source}


def role_key(role: dict[str, Any]) -> tuple[str, ...]:
    return (
        role["start"] or "9999",
        role["end"] or "9999",
        role["role"] or "",
        role["country"] or "",
        role["igo"] or "",
        role["sector"] or "",
    )


def sort_roles(roles: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    unique: dict[tuple[str, ...], dict[str, Any]] = {}
    for role in roles:
        unique.setdefault(role_key(role), role)
    return [unique[k] for k in sorted(unique)]


def is_recent(role: dict[str, Any]) -> bool:
    start, end = role["start"], role["end"]
    if start is None and end is None:
        return False
    return (start is not None and start >= CUTOFF) or (end is not None and end >= CUTOFF) or end is None


@dataclass
class Stats:
    entries: int = 0
    places: int = 0  # places, organisations and entries without a usable personal name
    old: int = 0
    bad_codes: int = 0
    bad_dates: int = 0
    kept: int = 0


def convert_entry(entry: RawEntry, stats: Stats) -> Person | None:
    stats.entries += 1
    roles: list[dict[str, Any]] = []
    for raw in entry.codes:
        parsed = parse_code(raw.code, raw.comment)
        if parsed is None:
            place = raw.code[:3] in COUNTRIES or raw.code[:3] in CAMEO_COUNTRY
            if place and len(raw.code) in (3, 6):
                stats.places += 1
                return None
            stats.bad_codes += 1
            continue
        try:
            start, end = parse_dates(raw.dates)
        except ValueError:
            stats.bad_dates += 1
            continue
        if start and end and start > end:
            stats.bad_dates += 1
            continue
        country, igo, sector = parsed
        roles.append({"role": None, "country": country, "igo": igo, "sector": sector, "start": start, "end": end})
    if not any(is_recent(r) for r in roles):
        stats.old += 1
        return None
    cleaned = [c for c in (clean_tabari(n) for n in entry.names) if c]
    if not cleaned:
        return None
    first_words = cleaned[0].split()
    if any(w.strip(".") in ORG_WORDS for w in first_words) or "THEN" in first_words:
        stats.places += 1
        return None
    korean = any(r["country"] in {"KOR", "PRK"} for r in roles)
    stripped = [strip_title(c.split()) for c in cleaned]
    untitled = [w for w in stripped if not has_title(w)]
    full = [w for w in untitled if len(w) >= 2] or untitled
    if not full:  # only titled forms ("RUSSIAN PRESIDENT YELTSIN"): no usable name
        stats.places += 1
        return None
    primary = " ".join(full[0])
    name = title_name(primary, korean)
    aliases: list[str] = []
    for raw_name in cleaned:
        words = strip_title(raw_name.split())
        if any(w.strip(".") in ORG_WORDS for w in words):
            continue
        alias = title_name(" ".join(words), korean)
        if has_title(words) or alias == name or alias in aliases:
            continue
        aliases.append(alias)
    stats.kept += 1
    return Person(person_id(name), name, aliases, sort_roles(roles), "phoenix")


def load_phoenix(directory: Path) -> tuple[list[Person], Stats]:
    stats = Stats()
    people: list[Person] = []
    for filename in PHOENIX_FILES:
        text = (directory / filename).read_text(encoding="utf-8")
        for entry in parse_tabari(text):
            person = convert_entry(entry, stats)
            if person is not None:
                people.append(person)
    return people, stats


def load_curated(path: Path) -> list[Person]:
    people: list[Person] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            if obj.get("source") != "curated" or obj["id"] != person_id(obj["name"]):
                raise SystemExit(f"{path}:{n}: bad curated entry {obj.get('id')!r}")
            people.append(Person(obj["id"], obj["name"], list(obj["aliases"]), list(obj["roles"]), "curated"))
    return people


def _places(person: Person) -> set[str]:
    return {r["country"] or r["igo"] for r in person.roles if r["country"] or r["igo"]}


def _full_names(person: Person) -> Iterator[str]:
    yield person.name
    for alias in person.aliases:
        if " " in alias.strip():
            yield alias


def merge(curated: list[Person], phoenix: list[Person]) -> list[Person]:
    by_id: dict[str, Person] = {}
    for person in curated:
        if person.id in by_id:
            raise SystemExit(f"duplicate curated id {person.id}")
        by_id[person.id] = person
    curated_by_slug: dict[str, list[Person]] = {}
    for person in curated:
        for full in _full_names(person):
            bucket = curated_by_slug.setdefault(slugify(full), [])
            if person not in bucket:
                bucket.append(person)
    for person in phoenix:
        target = by_id.get(person.id) if by_id.get(person.id, person).source == "curated" else None
        if target is None:
            matches = {
                c.id: c
                for full in _full_names(person)
                for c in curated_by_slug.get(slugify(full), [])
                if _places(c) & _places(person)
            }
            if len(matches) == 1:
                target = next(iter(matches.values()))
        if target is not None:  # the curated entry wins; it only gains spellings
            known = {fold(n).lower() for n in [target.name, *target.aliases]}
            for full in _full_names(person):
                if fold(full).lower() not in known:
                    target.aliases.append(full)
                    target.added.add(full)
                    known.add(fold(full).lower())
            continue
        existing = by_id.get(person.id)
        if existing is None:
            by_id[person.id] = person
            continue
        # Two Phoenix entries with one name (a person listed twice): one person, all roles.
        existing.roles = sort_roles([*existing.roles, *person.roles])
        for alias in person.aliases:
            if alias not in existing.aliases and alias != existing.name:
                existing.aliases.append(alias)
    return [by_id[k] for k in sorted(by_id)]


def drop_ambiguous_aliases(people: list[Person]) -> None:
    """A Phoenix alias that also names another person is no alias at all.

    Curated aliases are left alone (they were chosen by hand); Phoenix persons lose such aliases,
    and curated persons lose the ones they gained from Phoenix.
    """
    owners: dict[str, set[str]] = {}
    for person in people:
        for name in [person.name, *person.aliases]:
            owners.setdefault(fold(name).lower(), set()).add(person.id)
    for person in people:
        removable = set(person.aliases) if person.source == "phoenix" else person.added
        person.aliases = [
            a for a in person.aliases if a not in removable or len(owners.get(fold(a).lower(), set())) == 1
        ]


def render(people: list[Person]) -> str:
    lines = []
    for person in people:
        if person.source == "phoenix":
            person.aliases = sorted(set(person.aliases))
        person.roles = sort_roles(person.roles)
        lines.append(json.dumps(person.as_json(), ensure_ascii=False, separators=(", ", ": ")))
    return "\n".join(lines) + "\n"


def build(phoenix_dir: Path, curated_path: Path) -> tuple[str, dict[str, int]]:
    curated = load_curated(curated_path)
    phoenix, stats = load_phoenix(phoenix_dir)
    people = merge(curated, phoenix)
    drop_ambiguous_aliases(people)
    text = render(people)
    counts = {
        "phoenix_entries": stats.entries,
        "phoenix_kept": stats.kept,
        "phoenix_old": stats.old,
        "phoenix_places_or_orgs": stats.places,
        "phoenix_bad_codes": stats.bad_codes,
        "phoenix_bad_dates": stats.bad_dates,
        "curated": sum(p.source == "curated" for p in people),
        "phoenix": sum(p.source == "phoenix" for p in people),
        "total": len(people),
        "roles": sum(len(p.roles) for p in people),
    }
    return text, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX, help="folder with the Phoenix files")
    parser.add_argument("--curated", type=Path, default=ACTORS_DIR / "curated_people.jsonl")
    parser.add_argument("--out", type=Path, default=ACTORS_DIR / "people.jsonl")
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh build")
    args = parser.parse_args(argv)
    text, counts = build(args.phoenix, args.curated)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run scripts/build_people.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
