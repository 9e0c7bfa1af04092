"""The plain data model every step reads and writes, and its JSON round trip.

Field names are the contract of ARCHITECTURE.md; add fields freely, rename none without bumping
SCHEMA_VERSION. Every extracted object points into ``Article.text`` by character offsets.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import msgspec

SCHEMA_VERSION = 1

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Fold text to the form used for identity: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def text_id(text: str) -> str:
    """The article id: sha1 of the normalised text."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Origin:
    """Where an article was read from."""

    format: str
    path: str | None = None
    record_id: str | None = None
    item: int | None = None


@dataclass(slots=True)
class Removed:
    """A span that cleaning removed from the raw text, and why."""

    kind: str
    text: str
    reason: str
    start: int
    end: int


@dataclass(slots=True)
class StepError:
    """A failure of one step on one article; the rest of the article and the run go on."""

    step: str
    message: str


@dataclass(slots=True)
class Sentence:
    """A sentence of ``Article.text`` by offsets."""

    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """A coded actor: country or IGO plus sector, or a person with a role."""

    id: str
    name: str
    country: str | None = None
    igo: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Entity:
    """A mention of an actor in the text."""

    text: str
    start: int
    end: int
    kind: str
    actor: Actor | None = None


@dataclass(slots=True)
class Speaker:
    """Who said a quote, as written and as resolved."""

    text: str
    name: str | None = None
    actor: Actor | None = None


@dataclass(slots=True)
class Quote:
    """Direct or reported speech with its speaker."""

    text: str
    start: int
    end: int
    direct: bool
    speaker: Speaker | None = None


@dataclass(slots=True)
class Place:
    """A place mention resolved against the gazetteer (unresolved when ``name`` is None)."""

    text: str
    start: int
    end: int
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None
    geonameid: int | None = None


@dataclass(slots=True)
class DateRef:
    """A date expression resolved against the publication date."""

    text: str
    start: int
    end: int
    value: str | None
    grain: str


@dataclass(slots=True)
class Quantity:
    """A number with its unit, possibly a range."""

    text: str
    start: int
    end: int
    low: float | None  # None for "up to 3,000" (an upper bound only)
    high: float | None  # None for "at least 12", "over 2 000" (a lower bound only)
    unit: str | None = None
    approx: str | None = None  # about, min or max, from "rundt", "at least", "up to"


@dataclass(slots=True)
class EventQuantity:
    """A number that belongs to an event: ``value`` is the low end of a range (the high end if open below)."""

    value: float
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    text: str = ""


@dataclass(slots=True)
class Event:
    """A PLOVER-coded event with its evidence: the sentence (``start``/``end``) and the trigger words in it.

    ``cameo`` is the CAMEO root ("08"), ``cameo_code`` the finest code the trigger gives ("0874");
    ``date_basis`` says whether ``date`` comes from the text or is the publication date.
    """

    type: str
    mode: str | None
    contexts: list[str]
    cameo: str
    quad: int
    intensity: float
    source: Actor | None
    target: Actor | None
    modality: str
    sentence: str
    start: int
    end: int
    confidence: float
    cameo_code: str | None = None
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    claimed_by: Actor | None = None
    place: Place | None = None
    date: str | None = None
    date_basis: str | None = None
    quantities: list[EventQuantity] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """One news article: cleaned text, metadata, and everything extracted from it."""

    text: str
    id: str = ""
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    lang_score: float | None = None
    coded: bool = False
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_basis: str | None = None
    raw_text: str | None = None
    origin: Origin | None = None
    credits: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    errors: list[StepError] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self, *, include_raw: bool = False) -> dict[str, Any]:
        """The JSON-ready form of the article (raw text left out unless asked for)."""
        data: dict[str, Any] = msgspec.to_builtins(self)
        if not include_raw:
            data.pop("raw_text", None)
        return data

    def to_json(self, *, include_raw: bool = False) -> str:
        return msgspec.json.encode(self.to_dict(include_raw=include_raw)).decode("utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return msgspec.convert(data, type=cls)

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        return msgspec.json.decode(text, type=cls)


@dataclass(slots=True)
class Skip:
    """An input item that could not be read as an article, and why; the run goes on."""

    source: str
    reason: str
    message: str
