"""Wire credits: agency names and editor initials ("ms/rt (Reuters, AFP, dpa)", "NTB", "Reuters/ANB")."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

_SPLIT = re.compile(r"\s*(?:[,;/&+]|\bog\b|\band\b|\bund\b)\s*", re.IGNORECASE)
_INITIALS = r"[a-zæøåäöü]{1,4}(?:\s*/\s*[a-zæøåäöü]{1,4})*"
# "ms/rt (Reuters, AFP, dpa)", "(©NTB)", "(NTB)" at the end of a line; group `head` is what precedes.
_PAREN_TAIL = re.compile(
    rf"(?P<head>^|.*?\s)(?P<eds>{_INITIALS})?\s*\(\s*(?:©\s*)?(?P<ag>[^()]{{2,80}})\)\s*\.?\s*$", re.DOTALL
)
# "NTB", "© NTB", "— Reuters", "Reuters/ANB" as a whole line.
_BARE = re.compile(r"^[-–—]*\s*(?:©\s*)?(?P<ag>[^()]{2,60}?)\s*\.?$")
_EDITORS_ONLY = re.compile(r"^(?P<eds>[a-zæøåäöü]{1,4}(?:\s*/\s*[a-zæøåäöü]{1,4})+)\s*$")
# "OSLO (NTB): ", "BELGRADE, March 12 (Reuters) - " at the start of the body.
# Aliases up to this length match case-sensitively.
MAX_CASED_ALIAS = 4
_DATELINE = re.compile(r"^[^\n()]{2,80}?\(\s*(?P<ag>[^()\n]{2,40})\)\s*[-–—:]")


@dataclass(frozen=True, slots=True)
class Credit:
    """A parsed credit: agencies, editor initials, and where in the line it starts."""

    agencies: tuple[str, ...]
    editors: tuple[str, ...]
    start: int


class WireAgencies:
    """Known news agencies, from the shipped ``data/wire_agencies.toml``."""

    def __init__(self, aliases: dict[str, str]) -> None:
        self._exact = aliases
        # Short forms match in their own case only: "AP" is the agency, "Ap" a Norwegian party.
        self._folded = {a.casefold(): n for a, n in aliases.items() if len(a) > MAX_CASED_ALIAS}

    @classmethod
    def load(cls) -> WireAgencies:
        text = resources.files("utkikk.data").joinpath("wire_agencies.toml").read_text(encoding="utf-8")
        table = tomllib.loads(text)["agencies"]
        return cls({alias: name for name, forms in table.items() for alias in [name, *forms]})

    def _lookup(self, key: str) -> str | None:
        return self._exact.get(key) or self._folded.get(key.casefold())

    def canonical(self, token: str) -> str | None:
        """The agency a token names ("Interfax-Ukraina" counts as Interfax), or None."""
        key = token.strip(" .©")
        found = self._lookup(key)
        if found is None and "-" in key:
            found = self._lookup(key.split("-", 1)[0])
        return found

    def agencies_in(self, text: str) -> tuple[str, ...] | None:
        """All agencies of a credit list, or None unless every part names a known agency."""
        parts = [p for p in _SPLIT.split(text.strip()) if p]
        names = [self.canonical(p) for p in parts]
        if not names or any(n is None for n in names):
            return None
        return tuple(dict.fromkeys(n for n in names if n))

    def parse_line(self, line: str) -> Credit | None:
        """A credit at the end of ``line`` (the whole line, or its tail), or None."""
        stripped = line.strip()
        match = _PAREN_TAIL.match(stripped)
        if match:
            agencies = self.agencies_in(match["ag"])
            if agencies:
                eds_text, start = match["eds"] or "", match.start("eds") if match["eds"] else match.start("ag")
                if match["head"].strip() and "/" not in eds_text:
                    # a lone lower-case word after text ("sa han (NTB)") is prose, not initials
                    eds_text, start = "", stripped.rindex("(", 0, match.start("ag") + 1)
                elif not eds_text:
                    start = stripped.rindex("(", 0, match.start("ag") + 1)
                eds = tuple(e.strip() for e in eds_text.split("/") if e.strip())
                return Credit(agencies, eds, line.index(stripped) + start)
        match = _BARE.match(stripped)
        if match:
            agencies = self.agencies_in(match["ag"])
            if agencies:
                return Credit(agencies, (), line.index(stripped))
        match = _EDITORS_ONLY.match(stripped)
        if match:
            return Credit((), tuple(e.strip() for e in match["eds"].split("/")), line.index(stripped))
        return None

    def dateline(self, line: str) -> tuple[str, ...]:
        """Agencies named in a dateline at the start of a line ("OSLO (NTB): ...")."""
        match = _DATELINE.match(line.lstrip())
        return (self.agencies_in(match["ag"]) or ()) if match else ()
