"""Settings that build a pipeline: plain, hashable values, so a Spark worker can rebuild it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run is allowed and asked to do."""

    # Language packs to code with; articles in other languages are stored and counted, not coded.
    langs: tuple[str, ...] = ("nb", "en")
    # The language of every article, when the caller knows it (short texts defeat identification).
    lang: str | None = None
    # Largest single article (one file, one JSONL line, one feed item, one WARC record), in bytes.
    max_article_bytes: int = 5_000_000
    # Languages py3langid may answer; a closed list avoids exotic confusions on short news text.
    langid_candidates: tuple[str, ...] = (
        "no", "nn", "da", "sv", "is", "fo", "fi", "et", "lv", "lt", "en", "de", "nl", "fr", "es",
        "pt", "it", "ca", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "mk", "bg", "ro", "hu", "el",
        "sq", "ru", "uk", "be", "ka", "hy", "az", "kk", "tr", "ar", "fa", "he", "ur", "hi", "bn",
        "zh", "ja", "ko", "vi", "th", "id", "ms", "tl", "sw", "am", "so",
    )
    # Characters of text the language identifier reads (a news lead is enough; more costs time).
    langid_chars: int = 600
    # Articles written to the store per transaction.
    batch_size: int = 256
