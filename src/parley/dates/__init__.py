"""Calendar facts and date arithmetic shared by the document and event layers."""
from __future__ import annotations

import datetime as dt

from ..resources import data_file


# Letters that Python's case-insensitive regexes take for ASCII ones: a pattern for "sunday"
# matches "ſunday" and "SUNDAY" alike, so a matched name is folded before it is looked up.
_REGEX_FOLDS = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"})


# the years a page's own date can fall in: no news page parley reads was printed before 1900
# ("the residence where Simon Bolivar ... died Dec 17, 1830" dates a death, not the page)
PAGE_YEARS = range(1900, 2101)


def fold_name(name: str) -> str:
    """A matched month or weekday name as the calendar tables spell it (lower-case ASCII)."""
    return name.translate(_REGEX_FOLDS).lower()


def month_number(name: str) -> int | None:
    return data_file("calendar.toml")["months"].get(fold_name(name).rstrip("."))


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def weekday_of(year: int, month: int, day: int) -> int | None:
    return dt.date(year, month, day).weekday() if valid_date(year, month, day) else None


def year_by_weekday(month: int, day: int, weekday: int, latest_year_named: int | None) -> int | None:
    """The year in which `day month` falls on `weekday`, judged against the latest year named.

    That year itself when it fits; else the one fitting year of `weekday_years`; several
    fitting years, or none, give no year.
    """
    if latest_year_named is None:
        return None
    if weekday_of(latest_year_named, month, day) == weekday:
        return latest_year_named
    fitting = weekday_years(month, day, weekday, latest_year_named)
    return fitting[0] if len(fitting) == 1 else None


def weekday_years(month: int, day: int, weekday: int, latest_year_named: int) -> tuple[int, ...]:
    """The years near `latest_year_named` in which `day month` falls on `weekday`.

    The years after it are tried first (articles mostly name past years), then the years
    before; the first window with any fitting year gives all of its fitting years, so a caller
    can tell one answer from several. The window sizes are in calendar.toml `[weekday_year]`.
    """
    window = data_file("calendar.toml")["weekday_year"]
    after = range(latest_year_named + 1, latest_year_named + 1 + window["years_after"])
    before = range(latest_year_named - 1, latest_year_named - 1 - window["years_before"], -1)
    for years in (after, before):
        fitting = tuple(y for y in years if weekday_of(y, month, day) == weekday)
        if fitting:
            return fitting
    return ()


def shift_days(year: int, month: int, day: int, days: int) -> tuple[int, int, int]:
    d = dt.date(year, month, day) + dt.timedelta(days=days)
    return d.year, d.month, d.day
