"""Publication dates from metadata, normalised to ISO dates; absent rather than guessed."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Dates outside this range are metadata errors, not publication dates.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100


def _checked(day: date) -> str | None:
    return day.isoformat() if EARLIEST_YEAR <= day.year <= LATEST_YEAR else None


def parse_published(value: object) -> str | None:
    """The ISO date (YYYY-MM-DD, as written in the source's own time zone) of a metadata value:
    an ISO date or datetime, an RFC 822 date (RSS), a datetime, a date or a struct_time."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _checked(value.date())
    if isinstance(value, date):
        return _checked(value)
    if isinstance(value, time.struct_time):
        return _checked(date(value.tm_year, value.tm_mon, value.tm_mday))
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value)
    if match:
        try:
            return _checked(date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            return None
    try:
        return _checked(parsedate_to_datetime(value).date())
    except (TypeError, ValueError, IndexError):
        return None
