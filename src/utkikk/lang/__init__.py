"""Language packs: everything language-specific, read from data files under ``lang/<code>/``.

Adding a language means adding a folder with ``pack.toml`` (and the data files a step needs);
the loader checks the schema so that a broken pack fails loudly at start-up, not mid-run.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from utkikk.lang import tables
from utkikk.lang.events import EventLexicon, event_lexicon

BOILERPLATE_LINE_KINDS = ("share", "subscribe", "related", "photo_credit", "timestamp", "reporting_credit")
BOILERPLATE_ANYWHERE_KINDS = ("cookie",)


class LangPackError(ValueError):
    """A language pack whose data does not follow the schema."""


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Vocabularies for lines that are not reporting."""

    line: dict[str, tuple[str, ...]] = field(default_factory=dict)
    anywhere: dict[str, tuple[str, ...]] = field(default_factory=dict)
    bylines: tuple[str, ...] = ()
    bio_stems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LangPack:
    """The data of one language."""

    code: str
    name: str
    langid_labels: tuple[str, ...]
    boilerplate: Boilerplate
    abbreviations: tuple[str, ...] = ()
    home_country: str | None = None
    not_names: frozenset[str] = frozenset()
    former: frozenset[str] = frozenset()
    countries: tuple[tables.CountryForm, ...] = ()
    organisations: tuple[tables.OrganisationForm, ...] = ()
    bodies: tuple[tables.BodyForm, ...] = ()
    roles: tuple[tables.RoleForm, ...] = ()
    inflection: tables.Inflection = field(default_factory=tables.Inflection)
    speech: tables.Speech = field(default_factory=tables.Speech)
    dates: tables.DateWords = field(default_factory=tables.DateWords)
    numbers: tables.NumberWords = field(default_factory=tables.NumberWords)
    events: EventLexicon = field(default_factory=EventLexicon)
    capitals: dict[str, str] = field(default_factory=dict)


def available_packs() -> tuple[str, ...]:
    """Codes of the language packs shipped in the package."""
    root = resources.files(__name__)
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("pack.toml").is_file())
    )


def _read_toml(code: str, name: str, required: bool) -> dict[str, Any]:
    path = resources.files(__name__).joinpath(code, name)
    if not path.is_file():
        if required:
            raise LangPackError(f"language pack {code!r} has no {name}")
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LangPackError(f"{code}/{name}: {exc}") from exc


def _read_tsv(code: str, name: str, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    path = resources.files(__name__).joinpath(code, name)
    if not path.is_file():
        return []
    return tables.parse_tsv(path.read_text(encoding="utf-8"), columns, f"{code}/{name}")


def _patterns(code: str, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LangPackError(f"{code}: {where} must be a list of strings")
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise LangPackError(f"{code}: bad pattern in {where}: {pattern!r}: {exc}") from exc
    return tuple(value)


def _boilerplate(code: str, data: dict[str, Any]) -> Boilerplate:
    line, anywhere = data.get("line", {}), data.get("anywhere", {})
    for section, kinds, allowed in (("line", line, BOILERPLATE_LINE_KINDS),
                                    ("anywhere", anywhere, BOILERPLATE_ANYWHERE_KINDS)):
        unknown = set(kinds) - set(allowed)
        if unknown:
            raise LangPackError(f"{code}: unknown boilerplate kinds in [{section}]: {sorted(unknown)}")
    return Boilerplate(
        line={k: _patterns(code, f"line.{k}", v) for k, v in line.items()},
        anywhere={k: _patterns(code, f"anywhere.{k}", v) for k, v in anywhere.items()},
        bylines=_patterns(code, "byline.patterns", data.get("byline", {}).get("patterns", [])),
        bio_stems=tuple(s.lower() for s in _patterns(code, "bio.stems", data.get("bio", {}).get("stems", []))),
    )


@cache
def load_pack(code: str) -> LangPack:
    """Load and check the language pack ``code`` (cached: packs are immutable)."""
    if code not in available_packs():
        raise LangPackError(f"no language pack {code!r}; available: {', '.join(available_packs())}")
    meta = _read_toml(code, "pack.toml", required=True)
    if meta.get("code") != code:
        raise LangPackError(f"{code}/pack.toml: code is {meta.get('code')!r}, expected {code!r}")
    labels = meta.get("langid_labels", [code])
    if not isinstance(labels, list) or not labels:
        raise LangPackError(f"{code}/pack.toml: langid_labels must be a non-empty list")
    try:
        return LangPack(
            code=code,
            name=str(meta.get("name", code)),
            langid_labels=tuple(str(x) for x in labels),
            boilerplate=_boilerplate(code, _read_toml(code, "boilerplate.toml", required=False)),
            abbreviations=tuple(str(a).lower() for a in meta.get("abbreviations", [])),
            home_country=meta.get("home_country"),
            not_names=frozenset(str(w) for w in meta.get("not_names", [])),
            former=frozenset(str(w).lower() for w in meta.get("former", [])),
            countries=tables.country_forms(_read_tsv(code, "countries.tsv", ("iso3", "form", "kind")), code),
            organisations=tables.organisation_forms(
                _read_tsv(code, "organisations.tsv", ("igo", "form", "sector")), code),
            bodies=tables.body_forms(_read_tsv(code, "bodies.tsv", ("form", "sector", "country", "role")), code),
            roles=tables.role_forms(_read_tsv(code, "roles.tsv", ("form", "role", "sector")), code),
            inflection=tables.inflection(_read_toml(code, "inflection.toml", required=False), f"{code}/inflection"),
            speech=tables.speech(_read_toml(code, "speech.toml", required=False), f"{code}/speech"),
            dates=tables.date_words(_read_toml(code, "dates.toml", required=False), f"{code}/dates"),
            numbers=tables.number_words(_read_toml(code, "numbers.toml", required=False), f"{code}/numbers"),
            events=event_lexicon(_read_toml(code, "events.toml", required=False), f"{code}/events"),
            capitals=tables.capitals(_read_tsv(code, "capitals.tsv", ("form", "code")), f"{code}/capitals"),
        )
    except tables.TableError as exc:
        raise LangPackError(str(exc)) from exc
