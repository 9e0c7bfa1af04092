"""The linguistic tables of a language pack (docs/actors.md): actor forms, speech, dates, numbers.

Each section is a frozen dataclass read from one file of ``lang/<code>/`` and checked on load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_ISO3 = re.compile(r"^[A-Z]{3}$")
SECTORS = frozenset({
    "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PRM", "PTY", "REB", "UAF", "OPP", "BUS", "MED", "JRN", "CVL",
    "REF", "REL", "EDU", "LAB", "AGR", "ELI", "CRM", "SOC", "NGO", "UNK",
})
ROLES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
    "finance_minister", "justice_minister", "minister", "deputy_minister", "state_secretary",
    "foreign_ministry_spokesperson", "government_spokesperson", "spokesperson", "secretary_general",
    "commission_president", "council_president", "high_representative", "chief_of_defence", "military_officer",
    "soldier", "ambassador", "diplomat", "envoy", "party_leader", "legislator", "speaker_of_parliament", "judge",
    "prosecutor", "police_officer", "intelligence_chief", "mayor", "governor", "official", "monarch",
    "opposition_leader", "journalist", "analyst", "researcher", "activist", "protester", "civilian",
})
COUNTRY_FORM_KINDS = frozenset({"name", "adjective", "demonym"})


class TableError(ValueError):
    """A table row or value that breaks the schema."""


@dataclass(frozen=True, slots=True)
class CountryForm:
    iso3: str
    form: str
    kind: str


@dataclass(frozen=True, slots=True)
class OrganisationForm:
    igo: str
    form: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class BodyForm:
    form: str
    sector: str
    country: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class RoleForm:
    form: str
    role: str
    sector: str


@dataclass(frozen=True, slots=True)
class Inflection:
    genitive_suffixes: tuple[str, ...] = ()
    # names ending in one of these take the sibilant suffixes instead ("Hellas'", "Paris'")
    genitive_sibilant_endings: tuple[str, ...] = ()
    genitive_sibilant_suffixes: tuple[str, ...] = ()
    adjective_suffixes: tuple[str, ...] = ()

    def genitives(self, form: str) -> tuple[str, ...]:
        """The genitive forms of a name."""
        if form[-1:].lower() in self.genitive_sibilant_endings:
            return tuple(form + s for s in self.genitive_sibilant_suffixes)
        return tuple(form + s for s in self.genitive_suffixes)


@dataclass(frozen=True, slots=True)
class Speech:
    verbs: frozenset[str] = frozenset()
    complementisers: frozenset[str] = frozenset()
    complementiser_optional: bool = False  # English: "Peskov said Russia had ..."
    coordinators: tuple[str, ...] = ()  # "og", "men", "and", "but": "sa at A, og at B"
    inverted_attribution: bool = False  # Bokmål: "sa utenriksministeren til NTB at ..."
    according_to: tuple[str, ...] = ()
    quote_pairs: tuple[tuple[str, str], ...] = ()
    dash: tuple[str, ...] = ()
    pronouns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DateWords:
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    relative_months: dict[str, int] = field(default_factory=dict)
    relative_years: dict[str, int] = field(default_factory=dict)
    modifiers: dict[str, int] = field(default_factory=dict)
    prepositions: frozenset[str] = frozenset()
    parts_of_day: tuple[str, ...] = ()
    future_markers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NumberWords:
    words: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    range_joiners: tuple[str, ...] = ()
    between: tuple[str, ...] = ()
    between_joiner: tuple[str, ...] = ()
    approximators: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    decimal: str = "."
    thousands: tuple[str, ...] = ()
    one_before_scale: tuple[str, ...] = ()  # "en million", "a million"


def _optional(value: str) -> str | None:
    return value.strip() or None


def _check(condition: bool, where: str, message: str) -> None:
    if not condition:
        raise TableError(f"{where}: {message}")


def capitals(rows: list[tuple[str, ...]], where: str) -> dict[str, str]:
    """Capital cities as metonyms: form -> ISO alpha-3 code (its government) or IGO acronym (Brussels -> EU)."""
    table: dict[str, str] = {}
    for form, code in rows:
        _check(bool(form) and code.isupper() and code.isalnum(), where, f"bad capital row {form!r} {code!r}")
        _check(form not in table, where, f"capital {form!r} listed twice")
        table[form] = code
    return table


def parse_tsv(text: str, columns: tuple[str, ...], where: str) -> list[tuple[str, ...]]:
    """Rows of a TSV table whose header names ``columns``; `#` lines are comments; missing trailing
    columns are empty."""
    rows: list[tuple[str, ...]] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if not header_seen:
            _check(cells[: len(columns)] == columns, where, f"header must be {' / '.join(columns)}, not {cells}")
            header_seen = True
            continue
        _check(len(cells) <= len(columns), f"{where}:{number}", f"{len(cells)} columns, expected {len(columns)}")
        rows.append(cells + ("",) * (len(columns) - len(cells)))
    return rows


def country_forms(rows: list[tuple[str, ...]], where: str) -> tuple[CountryForm, ...]:
    out = []
    for iso3, form, kind in rows:
        ok = bool(_ISO3.match(iso3)) and bool(form) and kind in COUNTRY_FORM_KINDS
        _check(ok, where, f"bad row {iso3, form, kind}")
        out.append(CountryForm(iso3, form, kind))
    return tuple(out)


def organisation_forms(rows: list[tuple[str, ...]], where: str) -> tuple[OrganisationForm, ...]:
    out = []
    for igo, form, sector in rows:
        _check(bool(igo) and bool(form) and (not sector or sector in SECTORS), where, f"bad row {igo, form, sector}")
        out.append(OrganisationForm(igo, form, _optional(sector)))
    return tuple(out)


def body_forms(rows: list[tuple[str, ...]], where: str) -> tuple[BodyForm, ...]:
    out = []
    for form, sector, country, role in rows:
        _check(bool(form) and sector in SECTORS, where, f"bad row {form, sector}")
        _check(not country or bool(_ISO3.match(country)), where, f"bad country {country!r} for {form!r}")
        _check(not role or role in ROLES, where, f"unknown role {role!r} for {form!r}")
        out.append(BodyForm(form, sector, _optional(country), _optional(role)))
    return tuple(out)


def role_forms(rows: list[tuple[str, ...]], where: str) -> tuple[RoleForm, ...]:
    out = []
    for form, role, sector in rows:
        _check(bool(form) and role in ROLES and sector in SECTORS, where, f"bad row {form, role, sector}")
        out.append(RoleForm(form, role, sector))
    return tuple(out)


def _strings(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    _check(ok, where, f"{key} must be a list of strings")
    return tuple(value)


def _mapping(data: dict[str, Any], key: str, kind: type, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    _check(isinstance(value, dict), where, f"{key} must be a table")
    for k, v in value.items():
        ok = isinstance(v, kind) or (kind is float and isinstance(v, int))
        _check(ok, where, f"{key}.{k} must be {kind.__name__}")
    return {k: (float(v) if kind is float else v) for k, v in value.items()}


def inflection(data: dict[str, Any], where: str) -> Inflection:
    return Inflection(
        genitive_suffixes=_strings(data, "genitive_suffixes", where),
        genitive_sibilant_endings=_strings(data, "genitive_sibilant_endings", where),
        genitive_sibilant_suffixes=_strings(data, "genitive_sibilant_suffixes", where),
        adjective_suffixes=_strings(data, "adjective_suffixes", where),
    )


def speech(data: dict[str, Any], where: str) -> Speech:
    pairs = data.get("quote_pairs", [])
    ok = all(isinstance(p, list) and len(p) == 2 for p in pairs)
    _check(ok, where, "quote_pairs must be [open, close] pairs")
    return Speech(
        verbs=frozenset(_strings(data, "verbs", where)),
        complementisers=frozenset(_strings(data, "complementisers", where)),
        complementiser_optional=bool(data.get("complementiser_optional", False)),
        coordinators=_strings(data, "coordinators", where),
        inverted_attribution=bool(data.get("inverted_attribution", False)),
        according_to=_strings(data, "according_to", where),
        quote_pairs=tuple((str(a), str(b)) for a, b in pairs),
        dash=_strings(data, "dash", where),
        pronouns=_mapping(data, "pronouns", str, where),
    )


def date_words(data: dict[str, Any], where: str) -> DateWords:
    return DateWords(
        months=_mapping(data, "months", int, where),
        weekdays=_mapping(data, "weekdays", int, where),
        relative_days=_mapping(data, "relative_days", int, where),
        relative_months=_mapping(data, "relative_months", int, where),
        relative_years=_mapping(data, "relative_years", int, where),
        modifiers=_mapping(data, "modifiers", int, where),
        prepositions=frozenset(_strings(data, "prepositions", where)),
        parts_of_day=_strings(data, "parts_of_day", where),
        future_markers=_strings(data, "future_markers", where),
    )


def _one_or_more(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    return (value,) if isinstance(value, str) else _strings(data, key, where)


def number_words(data: dict[str, Any], where: str) -> NumberWords:
    decimal = data.get("decimal_separator", ".")
    _check(isinstance(decimal, str), where, "decimal_separator must be a string")
    return NumberWords(
        words=_mapping(data, "words", float, where),
        scales=_mapping(data, "scales", float, where),
        range_joiners=_strings(data, "range_joiners", where),
        between=_one_or_more(data, "between", where),
        between_joiner=_one_or_more(data, "between_joiner", where),
        approximators=_mapping(data, "approximators", str, where),
        units=_mapping(data, "units", str, where),
        decimal=decimal,
        thousands=_strings(data, "thousands_separators", where),
        one_before_scale=_strings(data, "one_before_scale", where),
    )
