"""Dates as metadata gives them (`2023-02-27`, `2023-02-27T10:00:00Z`, `2023`)."""
from __future__ import annotations

import re

from ..model import DateValue

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_iso_date(value: object) -> DateValue | None:
    if not isinstance(value, str):
        return None
    m = _ISO.match(value)
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return DateValue.of(year)
    if day is not None and not 1 <= day <= 31:
        return DateValue.of(year, month)
    return DateValue.of(year, month, day)
