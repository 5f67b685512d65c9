"""Bytes to text: BOMs, UTF-16, invalid UTF-8 and binary files, each said plainly."""
from __future__ import annotations

import codecs
import re

from ..errors import BinaryInput, EmptyInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB (after any BOM) mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


UTF16_MIN_BYTES = 32


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text written without a byte-order mark, or None.

    ASCII characters (spaces and punctuation at least, in any script) put a NUL in every
    other byte: at odd offsets in UTF-16-LE, even ones in UTF-16-BE, and almost never on the
    other side. The text must then decode strictly and hold almost no control characters.
    """
    head = data[:8192]
    half = len(head) // 2
    # a few bytes say nothing of their encoding (b"\x00\xe0\xa0\x80" is UTF-8 too), and UTF-16
    # has an even number of bytes
    if len(data) < UTF16_MIN_BYTES or len(data) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) < UTF16_ASCII_SHARE * half and _valid_utf8(data):
        # a few NUL bytes in valid UTF-8 ("0000…\x000\x00\xc2\x80…") are no UTF-16 of mostly
        # letters of one script: binary detection decides
        return None
    if odd >= 0.1 * half and even <= 0.01 * half:
        encoding = "utf-16-le"
    elif even >= 0.1 * half and odd <= 0.01 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\f\r")
    return text if controls <= 0.05 * len(sample) else None


# below this share of NUL bytes on one side, bytes that are also valid UTF-8 are read as UTF-8
UTF16_ASCII_SHARE = 0.25


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode an article's bytes. Returns the text (line endings made `\\n`) and warnings."""
    warnings: list[str] = []
    # FF FE 00 00 opens UTF-32-LE, and also UTF-16-LE text whose first character is NUL: each
    # encoding whose BOM matches is tried strictly, and the first that decodes cleanly wins
    candidates = [(bom, encoding) for bom, encoding in _BOMS if data.startswith(bom)]
    for bom, encoding in candidates:
        try:
            # (strictly first: a U+FFFD the text itself holds is no reason to warn)
            return _finish(data[len(bom) :].decode(encoding), source), warnings
        except UnicodeDecodeError:
            continue
    if candidates:
        bom, encoding = candidates[0]
        try:
            data[len(bom) :].decode(encoding)
        except UnicodeDecodeError as err:
            warnings.append(f"invalid {encoding} at byte {len(bom) + err.start} replaced with U+FFFD")
        text = data[len(bom) :].decode(encoding, errors="replace")
        return _finish(text, source), warnings
    bomless = _utf16_without_bom(data)
    if bomless is not None:
        return _finish(bomless, source), warnings
    if looks_binary(data):
        raise BinaryInput("binary file, not text", source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        text = data.decode("utf-8", errors="replace")
        warnings.append(f"invalid UTF-8 at byte {err.start} replaced with U+FFFD")
    return _finish(text, source), warnings


def normalize_text(text: str, source: str, warnings: list[str] | None = None) -> str:
    """Text as parley keeps it: `\n` line endings, no NUL characters, not blank; lone
    surrogates (JSON can spell them, `"\\ud800"`) replaced with U+FFFD, said in `warnings`."""
    cleaned = clean_field(text)
    if cleaned != text and warnings is not None:
        warnings.append("lone surrogate code points (not text) replaced with U+FFFD")
    return _finish(cleaned, source)


def clean_field(value: object) -> str:
    """A string field of a record (JSON, WARC header) as text that can be written out:
    lone surrogates replaced with U+FFFD; "" for anything that is not a string."""
    if not isinstance(value, str):
        return ""
    return _LONE_SURROGATE.sub("\ufffd", value)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _finish(text: str, source: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise EmptyInput("empty article (no text)", source)
    return text
