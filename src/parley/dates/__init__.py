"""Calendar facts and date arithmetic shared by the document and event layers."""
from __future__ import annotations

import datetime as dt

from ..resources import data_file


# Letters that Python's case-insensitive regexes take for ASCII ones: a pattern for "sunday"
# matches "ſunday" and "SUNDAY" alike, so a matched name is folded before it is looked up.
_REGEX_FOLDS = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"})


def fold_name(name: str) -> str:
    """A matched month or weekday name as the calendar tables spell it (lower-case ASCII)."""
    return name.translate(_REGEX_FOLDS).lower()


def month_number(name: str) -> int | None:
    return data_file("calendar.toml")["months"].get(fold_name(name).rstrip("."))


def weekday_number(name: str) -> int | None:
    return data_file("calendar.toml")["weekdays"].get(fold_name(name))


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def weekday_of(year: int, month: int, day: int) -> int | None:
    return dt.date(year, month, day).weekday() if valid_date(year, month, day) else None


def year_by_weekday(month: int, day: int, weekday: int, latest_year_named: int | None) -> int | None:
    """The year in which `day month` falls on `weekday`, near the latest year the text names.

    Articles mostly name years in the past, so a year at or after the latest one named is
    preferred; only a window of a few years is searched, because weekdays repeat.
    """
    if latest_year_named is None:
        return None
    later = [y for y in range(latest_year_named, latest_year_named + 8) if weekday_of(y, month, day) == weekday]
    if later:
        return later[0]
    earlier = [y for y in range(latest_year_named - 1, latest_year_named - 3, -1) if weekday_of(y, month, day) == weekday]
    return earlier[0] if earlier else None


def shift_days(year: int, month: int, day: int, days: int) -> tuple[int, int, int]:
    d = dt.date(year, month, day) + dt.timedelta(days=days)
    return d.year, d.month, d.day
