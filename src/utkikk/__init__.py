"""utkikk: news articles to structured, coded political event data, offline.

    >>> import utkikk
    >>> article = utkikk.extract("Forsvaret sier at styrkene trekkes tilbake.", published="2026-03-12")
    >>> article.lang
    'nb'
"""

from __future__ import annotations

__version__ = "0.1.0"

from utkikk.api import extract, extract_files, ingest, open_store, to_frame
from utkikk.config import Settings
from utkikk.model import Article, Skip

__all__ = ["Article", "Settings", "Skip", "__version__", "extract", "extract_files", "ingest", "open_store",
           "to_frame"]
