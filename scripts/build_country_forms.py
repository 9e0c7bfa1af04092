#!/usr/bin/env python3
"""Build src/utkikk/lang/{nb,en}/countries.tsv from CLDR country names and curated forms.

CLDR (through Babel) gives one standard name per country and language. The curated files
scripts/country_forms/<lang>.tsv add what CLDR lacks (other names and spellings, adjectives,
demonyms) and drop CLDR names that news does not use. The script also adds mechanical variants:
"St." and "Saint", "&" written as "and" (English), a straight apostrophe beside a curly one, and an
accent-free spelling of names with accents (Norwegian æ, ø, å are kept).

Countries: the 193 UN member states plus Kosovo (KOS), Palestine (PSE), Taiwan (TWN), the Vatican
(VAT) and Western Sahara (ESH). A form that would name two countries, or one country in two kinds,
is an error. The output is sorted, so re-running the script gives identical files.

Usage (needs babel):  python scripts/build_country_forms.py [--check]
  --check   build in memory and exit 1 if a file on disk differs (for CI).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.core import get_cldr_version, get_global

ROOT = Path(__file__).resolve().parent.parent
CURATED_DIR = ROOT / "scripts" / "country_forms"
PACK_DIR = ROOT / "src" / "utkikk" / "lang"
LANGS = ("nb", "en")
KINDS = ("name", "adjective", "demonym")
DROP = "drop"
HEADER = ("iso3", "form", "kind")

# fmt: off
UN_MEMBERS = (
    "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN",
    "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN", "BTN", "BWA",
    "CAF", "CAN", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM", "CPV", "CRI", "CUB",
    "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY", "ERI", "ESP", "EST", "ETH",
    "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GHA", "GIN", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GTM", "GUY", "HND", "HRV", "HTI", "HUN", "IDN", "IND", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
    "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR",
    "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MOZ", "MRT", "MUS", "MWI", "MYS", "NAM", "NER",
    "NGA", "NIC", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER", "PHL", "PLW", "PNG",
    "POL", "PRK", "PRT", "PRY", "QAT", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SLB", "SLE",
    "SLV", "SMR", "SOM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN", "SWE", "SWZ", "SYC", "SYR", "TCD",
    "TGO", "THA", "TJK", "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TZA", "UGA", "UKR", "URY",
    "USA", "UZB", "VCT", "VEN", "VNM", "VUT", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
)
# fmt: on
OTHER_STATES = ("KOS", "PSE", "TWN", "VAT", "ESH")
# ISO codes that CLDR's alias table does not map to its region code.
ALPHA2_OVERRIDES = {"KOS": "XK"}
# Letters that belong to Norwegian spelling and are kept when accents are removed.
KEEP_LETTERS = frozenset("æøåÆØÅ")


@dataclass(frozen=True, slots=True, order=True)
class Row:
    """One line of a countries.tsv table."""

    iso3: str
    form: str
    kind: str


def countries() -> tuple[str, ...]:
    """The ISO 3166-1 alpha-3 codes the tables cover."""
    codes = UN_MEMBERS + OTHER_STATES
    if len(UN_MEMBERS) != 193 or len(set(codes)) != len(codes):
        raise SystemExit("the country list must hold 193 distinct UN members and the other states")
    return codes


def alpha2_codes(codes: tuple[str, ...]) -> dict[str, str]:
    """Map each alpha-3 code to the CLDR region code (alpha-2) that Babel names it by."""
    aliases: Mapping[str, list[str]] = get_global("territory_aliases")
    result: dict[str, str] = {}
    for code in codes:
        if code in ALPHA2_OVERRIDES:
            result[code] = ALPHA2_OVERRIDES[code]
            continue
        targets = aliases.get(code)
        if not targets or len(targets) != 1:
            raise SystemExit(f"CLDR has no single region code for {code}")
        result[code] = targets[0]
    return result


def cldr_names(lang: str, region: str) -> list[str]:
    """The CLDR name of a region, split when it holds a second name in brackets: "Myanmar (Burma)"."""
    name: str = Locale.parse(lang).territories[region]
    match = re.fullmatch(r"(.+?) \((.+)\)", name)
    return [match.group(1), match.group(2)] if match else [name]


def fold_accents(form: str) -> str:
    """Remove accents, keeping the Norwegian letters æ, ø and å."""
    chars: list[str] = []
    for char in form:
        if char in KEEP_LETTERS:
            chars.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        chars.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return unicodedata.normalize("NFC", "".join(chars))


def name_variants(lang: str, name: str) -> set[str]:
    """Mechanical spellings of a country name: "&" as "and", "St." and "Saint"."""
    names = {name.replace(" & ", " and ")} if lang == "en" else {name}
    for form in list(names):
        if form.startswith("St. "):
            names.add("Saint " + form[4:])
        elif form.startswith("Saint "):
            names.add("St. " + form[6:])
    return names


def spelling_variants(form: str) -> set[str]:
    """A form with straight and curly apostrophes, with and without accents."""
    forms = {form, form.replace("’", "'"), form.replace("'", "’")}
    return forms | {fold_accents(f) for f in forms}


def read_curated(lang: str, known: set[str]) -> list[Row]:
    """The rows of scripts/country_forms/<lang>.tsv, checked."""
    path = CURATED_DIR / f"{lang}.tsv"
    rows: list[Row] = []
    seen_header = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if not seen_header:
            if fields != HEADER:
                raise SystemExit(f"{path}:{number}: expected the header {HEADER}")
            seen_header = True
            continue
        if len(fields) != 3:
            raise SystemExit(f"{path}:{number}: expected 3 tab-separated columns, got {len(fields)}")
        iso3, form, kind = fields
        if iso3 not in known:
            raise SystemExit(f"{path}:{number}: unknown country code {iso3!r}")
        if kind not in (*KINDS, DROP):
            raise SystemExit(f"{path}:{number}: unknown kind {kind!r}")
        if not form or form != form.strip():
            raise SystemExit(f"{path}:{number}: empty form or surrounding blanks")
        rows.append(Row(iso3, form, kind))
    return rows


def build_rows(lang: str, codes: tuple[str, ...], regions: dict[str, str]) -> list[Row]:
    """All rows of one language's countries.tsv, sorted by country, kind and form."""
    curated = read_curated(lang, set(codes))
    dropped = {(row.iso3, row.form) for row in curated if row.kind == DROP}
    candidates: list[Row] = []
    for code in codes:
        for name in cldr_names(lang, regions[code]):
            if (code, name) not in dropped:
                candidates.extend(Row(code, form, "name") for form in name_variants(lang, name))
    for row in curated:
        if row.kind == DROP:
            continue
        forms = name_variants(lang, row.form) if row.kind == "name" else {row.form}
        candidates.extend(Row(row.iso3, form, row.kind) for form in forms)
    owners: dict[str, Row] = {}
    for row in candidates:
        for form in sorted(spelling_variants(row.form)):
            previous = owners.setdefault(form, Row(row.iso3, form, row.kind))
            if (previous.iso3, previous.kind) != (row.iso3, row.kind):
                clash = f"{previous.iso3} {previous.kind} and {row.iso3} {row.kind}"
                raise SystemExit(f"{lang}: {form!r} is both {clash}")
    missing = [code for code in codes if not any(r.iso3 == code and r.kind == "name" for r in owners.values())]
    if missing:
        raise SystemExit(f"{lang}: no name for {', '.join(missing)}")
    order = {kind: index for index, kind in enumerate(KINDS)}
    return sorted(owners.values(), key=lambda r: (r.iso3, order[r.kind], r.form.casefold(), r.form))


def render(lang: str, rows: list[Row]) -> str:
    """The text of countries.tsv: a comment line, the header, then the rows."""
    comment = (
        f"# Country names, adjectives (base form) and demonyms ({lang}); columns: iso3 (ISO 3166-1 alpha-3, "
        f"KOS for Kosovo), form, kind (name | adjective | demonym). Generated by scripts/build_country_forms.py "
        f"from CLDR {get_cldr_version()} and scripts/country_forms/{lang}.tsv; do not edit by hand."
    )
    lines = [comment, "\t".join(HEADER)]
    lines.extend(f"{row.iso3}\t{row.form}\t{row.kind}" for row in rows)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) both countries.tsv files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if a file on disk differs")
    args = parser.parse_args(argv)
    codes = countries()
    regions = alpha2_codes(codes)
    status = 0
    for lang in LANGS:
        text = render(lang, build_rows(lang, codes, regions))
        target = PACK_DIR / lang / "countries.tsv"
        if args.check:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                print(f"{target.relative_to(ROOT)} is out of date", file=sys.stderr)
                status = 1
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)} ({text.count(chr(10)) - 2} rows)")
    return status


if __name__ == "__main__":
    sys.exit(main())
