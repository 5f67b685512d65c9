"""Header lines that are neither headline nor body: bylines, date lines, navigation, footers.

A byline (`By Kate Hollis`, `Jane Doe | 25.02.2025 - Update : 25.02.2025`) and a date line
(`Published: 3 March 2025, 20:15`, `Updated 12:30 GMT, 4 March 2025`) say who wrote the
article and when; they stand between the headline and the body. The rules are data in
`furniture.toml` (bylines, date_labels, navigation, footers) and `datelines.toml` (header_dates).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dates import month_number, valid_date
from ..resources import compiled_alternation, data_file
from .lines import Line


@lru_cache(maxsize=1)
def _header_dates() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in data_file("datelines.toml")["header_dates"])


@lru_cache(maxsize=1)
def _date_label() -> re.Pattern[str]:
    # at the start of the line: "Published: ...", "Updated 12:30 GMT, ..."
    labels = sorted(data_file("furniture.toml")["date_labels"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(map(re.escape, labels)) + r")\b", re.IGNORECASE)


def full_dates(text: str) -> list[tuple[int, int, int]]:
    """Every valid (year, month, day) written out in full in `text`, in order of position."""
    found: list[tuple[int, int, int, int]] = []
    for pattern in _header_dates():
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = int(g["monthnum"]) if g.get("monthnum") else month_number(g.get("month") or "")
            if month is None:
                continue  # "25 Green 2025" is no date
            year, day = int(g["year"]), int(g["day"])
            if valid_date(year, month, day):
                found.append((m.start(), year, month, day))
    return [(y, mo, d) for _, y, mo, d in sorted(set(found))]


def is_byline(line: Line) -> bool:
    return bool(compiled_alternation("furniture.toml", "bylines", flags=0).match(line.text))


def is_date_line(line: Line) -> bool:
    """A short line opening with a date label, or split by `|`, with a full date: when, not what.

    (A sentence that mentions an update and a date is no date line: the label must open it.)
    """
    if line.words > data_file("furniture.toml")["date_line_max_words"]:
        return False
    labelled = bool(_date_label().search(line.text)) or "|" in line.text
    return labelled and bool(full_dates(line.text))


def is_header_meta(line: Line) -> bool:
    """A byline or date line: header, never the headline and never the body."""
    return is_byline(line) or is_date_line(line)


def is_navigation(line: Line) -> bool:
    return bool(compiled_alternation("furniture.toml", "navigation").match(line.text))


@lru_cache(maxsize=1)
def _footers() -> tuple[re.Pattern[str], ...]:
    # one pattern each: several name an `outlet` group, which one alternation cannot repeat
    return tuple(re.compile(r"^\s*(?:" + p + r")\s*[.:!]?\s*$") for p in data_file("furniture.toml")["footers"])


def footer_match(line: Line) -> re.Match[str] | None:
    return next((m for p in _footers() if (m := p.match(line.text))), None)


def is_footer(line: Line) -> bool:
    return footer_match(line) is not None


def footer_outlet(line: Line) -> str | None:
    """The outlet a footer line names ("© 2025 Reuters"), if it names one."""
    m = footer_match(line)
    named = m.groupdict().get("outlet") if m else None
    return named.strip() if named else None
