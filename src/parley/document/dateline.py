"""Datelines (`Baku, November 21, AZERTAC`, `5 Dec. 13:40`, `MOSCOW, March 3 (Reuters) -`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dates import month_number, valid_date
from ..model import Dateline, Span
from ..resources import data_file
from .lines import Line


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[bool, re.Pattern[str]], ...]:
    return tuple(
        (bool(p.get("standalone")), re.compile(p["regex"]))
        for p in data_file("datelines.toml")["pattern"]
    )


def match_dateline(line: Line, standalone_only: bool) -> Dateline | None:
    for standalone, pattern in _patterns():
        if standalone_only and not standalone:
            continue
        m = pattern.match(line.text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("monthnum"):
            month = int(groups["monthnum"])
            if not 1 <= month <= 12:
                continue
        else:
            month = month_number(groups["month"]) if groups.get("month") else None
            if groups.get("month") and month is None:
                continue  # "Baku, Green 21, X" is no date
        day = int(groups["day"]) if groups.get("day") else None
        year = int(groups["year"]) if groups.get("year") else None
        if month and day and not valid_date(year or 2000, month, day):
            continue
        place = (groups.get("place") or "").strip() or None
        agency = (groups.get("agency") or "").strip() or None
        return Dateline(
            span=Span(line.span.start, line.span.start + m.end()),
            place=place.title() if place and place.isupper() else place,
            month=month,
            day=day,
            year=year,
            agency=agency,
        )
    return None
