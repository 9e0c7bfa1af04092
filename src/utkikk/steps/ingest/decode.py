"""Bytes to text: UTF-8 first, mixed UTF-8/Windows-1252 repaired, other encodings detected,
binary junk refused."""

from __future__ import annotations

import re

import charset_normalizer
import ftfy

# Bytes that never occur in text (NUL and most C0 controls).
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u20ac]")
# Share of bytes outside text, in the sample, above which input is binary.
MAX_BINARY_SHARE = 0.01
SAMPLE_BYTES = 65536
# Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class UnreadableInput(ValueError):
    """Input that is not text; ``reason`` is a short machine-readable word."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _is_binary(data: bytes) -> bool:
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample:
        return True
    return len(_BINARY_BYTES.findall(sample)) > MAX_BINARY_SHARE * max(len(sample), 1)


def _utf8_with_fallback(data: bytes) -> tuple[str, int]:
    """Decode UTF-8, reading each invalid byte as Windows-1252; returns text and the bad-byte count."""
    parts: list[str] = []
    bad = 0
    pos = 0
    while pos < len(data):
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(data[pos : pos + exc.start].decode("utf-8"))
            parts.append(data[pos + exc.start : pos + exc.start + 1].decode("cp1252", errors="replace"))
            bad += 1
            pos += exc.start + 1
    return "".join(parts), bad


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text of ``data``: UTF-8 (with stray Windows-1252 bytes repaired), else the declared or
    detected encoding; mojibake ("SÃ¸r") fixed. Raises UnreadableInput for empty or binary input."""
    if not data.strip():
        raise UnreadableInput("empty", "empty input")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if _is_binary(data):
        raise UnreadableInput("binary", "binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_other(data, declared)
    if _MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    return text


def _decode_other(data: bytes, declared: str | None) -> str:
    text, bad = _utf8_with_fallback(data)
    if bad <= max(3, len(data) // 1000):
        return text  # mostly UTF-8 with a few Windows-1252 bytes: a mixed encoding
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data[: SAMPLE_BYTES * 4]).best()
    if best is None or best.encoding is None:
        raise UnreadableInput("undecodable", "no text encoding fits these bytes")
    return data.decode(best.encoding, errors="replace")
