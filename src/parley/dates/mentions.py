"""Dates written on a page's lines, read through dateparser.

A page states its date in many shapes: `Last Updated : Oct 27 2023 | 12:57 PM IST`,
`2 May 2021, 08:10`, `(UrduPoint News / Sputnik - 22nd December, 2021)`, `10/23/2023 06:56 PM
EDT`, `15-10-2024 20:26 IST`, `2023 May 31, 10:41`. A small grammar (`datelines.toml`
`[date_grammar]`) finds where a date is written and which parts it gives (day, month, year,
weekday); dateparser reads the date itself, with the day/month order the page's own evidence
supports (`date_order`). A part the text does not give is never filled in: `11 July` has no
year, `November 2020` no day.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from dateparser.date import DateDataParser

from ..model import DateValue, Span
from ..resources import data_file
from . import PAGE_YEARS, fold_name, month_number, valid_date

DateOrder = Literal["DMY", "MDY"]


@dataclass(frozen=True)
class DateMention:
    """A date written on a page, no more precise than the text."""

    span: Span
    year: int | None
    month: int
    day: int | None
    weekday: int | None = None
    # a clock time stands with the date ("08:10", "04:23 PM IST"): page furniture's style
    timed: bool = False
    # written in digits only (`10/23/2023`): its day/month order came from `date_order`
    numeric: bool = False

    @property
    def value(self) -> DateValue | None:
        if self.year is None:
            return None
        return DateValue.of(self.year, self.month, self.day)

    @property
    def full(self) -> bool:
        return self.year is not None and self.day is not None


def _month_table() -> dict[str, int]:
    return {**data_file("calendar.toml")["months"], **data_file("datelines.toml")["date_grammar"]["foreign_months"]}


def _month_of(name: str) -> int | None:
    return month_number(name) or data_file("datelines.toml")["date_grammar"]["foreign_months"].get(fold_name(name).rstrip("."))


def _names() -> tuple[str, str]:
    months = sorted(_month_table(), key=len, reverse=True)
    grammar = data_file("datelines.toml")["date_grammar"]
    weekdays = sorted([*data_file("calendar.toml")["weekdays"], *grammar["weekday_abbreviations"]],
                      key=len, reverse=True)
    return "|".join(months), "|".join(weekdays)


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], ...]:
    mon, wd = _names()
    grammar = data_file("datelines.toml")["date_grammar"]
    parts = {"{MON}": rf"(?:{mon})", "{WD}": rf"(?:{wd})", "{TIME}": grammar["time"]}
    compiled = []
    for form in grammar["forms"]:
        for name, regex in parts.items():
            form = form.replace(name, regex)
        compiled.append(re.compile(form, re.IGNORECASE))
    return tuple(compiled)


@lru_cache(maxsize=2)
def _parser(order: DateOrder) -> DateDataParser:
    # absolute dates only: the grammar has found a written date ("2 May 2021"), never "2 days ago"
    return DateDataParser(languages=["en"], settings={
        "DATE_ORDER": order, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"],
        "RETURN_TIME_AS_PERIOD": False, "PARSERS": ["absolute-time"],
    })


def _weekday(name: str | None) -> int | None:
    if not name:
        return None
    folded = fold_name(name).rstrip(".")
    table = {**data_file("calendar.toml")["weekdays"], **data_file("datelines.toml")["date_grammar"]["weekday_abbreviations"]}
    return table.get(folded)


@lru_cache(maxsize=4096)
def _parse(text: str, order: DateOrder, has_year: bool, has_day: bool) -> tuple[int, int, int] | None:
    """(year, month, day) as dateparser reads `text`; None when it reads no date."""
    try:
        parsed = _parser(order).get_date_data(text)
    except (ValueError, OverflowError):  # dateparser raises on some absurd inputs
        return None
    date = parsed.date_obj if parsed else None
    if date is None:
        return None
    if not has_day and parsed.period == "day" and not has_year:
        return None
    return date.year, date.month, date.day


def _mention(m: re.Match[str], offset: int, order: DateOrder) -> DateMention | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    if "year2" in g:
        g["year"] = g.pop("year2")
    numeric = "n1" in g
    if numeric:
        a, b = int(g["n1"]), int(g["n2"])
        year = int(g["year"]) if "year" in g else 2000 + int(g["yy"])
        if a > 12 and b > 12:
            return None
        # the order the page writes dates in, unless one number can only be a day
        day, month = (a, b) if (order == "DMY" or b > 12) and a <= 31 and b <= 12 else (b, a)
        if not valid_date(year, month, day):
            return None
        return DateMention(Span(offset + m.start(), offset + m.end()), year, month, day,
                           timed="time" in g, numeric=True)
    month = int(g["monthnum"]) if "monthnum" in g else _month_of(g.get("month", ""))
    if month is None or not 1 <= month <= 12:
        return None
    written = g.get("month", "")
    if written[:1].islower() and written.lower() in data_file("datelines.toml")["date_grammar"]["verb_months"]:
        return None  # "he may 3 times", "troops march 10 miles": verbs, not months
    if written[:1].isupper() and written.lower() in data_file("datelines.toml")["date_grammar"]["lowercase_months"]:
        return None  # "County Mayo 2013": a name, where Spanish writes its months in lower case
    year = int(g["year"]) if "year" in g else None
    day = int(g["day"]) if "day" in g else None
    if year is not None and year not in PAGE_YEARS:
        return None
    if day is not None and not valid_date(year or 2000, month, day):
        return None
    # dateparser reads what was written (ordinals, abbreviations, time zones) and must agree
    written_date = m.group(0)
    ends = [m.end(k) for k in ("day", "month", "monthnum") if m.groupdict().get(k)]
    if m.groupdict().get("year") and m.end("year") >= max(ends, default=0):
        # a date ending in its year is read up to it ("9 February 201712:41": a time glued to the year)
        written_date = m.group(0)[: m.end("year") - m.start()]
    if written and month_number(written) is None:
        # a month written in another language ("18 Juli 2018"): dateparser reads it in English
        at = m.start("month") - m.start()
        written_date = written_date[:at] + _ENGLISH_MONTHS[month] + written_date[at + len(written):]
        written_date = re.sub(r"(?i)\bde\s+", "", written_date)  # "15 de marzo de 2022"
    parsed = _parse(written_date, order, year is not None, day is not None)
    if parsed is None or parsed[1] != month or (day is not None and parsed[2] != day):
        return None
    if year is not None and parsed[0] != year:
        return None
    return DateMention(Span(offset + m.start(), offset + m.end()), year, month, day,
                       weekday=_weekday(g.get("weekday")), timed="time" in g)


_ENGLISH_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")


def find_dates(text: str, span: Span | None = None, order: DateOrder = "DMY") -> list[DateMention]:
    """Every date written in `text` (within `span`), in order, none overlapping another."""
    start = span.start if span else 0
    piece = text[start : span.end] if span else text
    if len(piece) <= CACHED_CHARS:
        # page lines are read more than once (as a date line, a dateline, a byline)
        return [DateMention(Span(m.span.start + start, m.span.end + start), m.year, m.month, m.day, m.weekday,
                            m.timed, m.numeric) for m in _find_in_piece(piece, order)]
    return _find(piece, start, order)


# pieces of text up to this long have their dates remembered (lines, datelines)
CACHED_CHARS = 300


@lru_cache(maxsize=8192)
def _find_in_piece(piece: str, order: DateOrder) -> tuple[DateMention, ...]:
    return tuple(_find(piece, 0, order))


def _find(piece: str, start: int, order: DateOrder) -> list[DateMention]:
    if not any(c.isdigit() for c in piece):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _grammar():
        for m in pattern.finditer(piece):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _mention(m, start, order)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.span.start)


_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-](?:19|20)\d{2}(?!\d)")
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


# dates a page's header gives together (its date and the time it was distributed or updated)
# lie this many days apart at most
CLOSE_DATES_DAYS = 7


def _order_of_close_dates(text: str) -> DateOrder | None:
    """The order in which a page's numeric dates of one year lie within days of each other:
    "10/06/2025 | Press release | Distributed ... on 10/05/2025 23:18" is 6 and 5 October read
    month first, 10 June and 10 May day first."""
    found = [(int(m.group(1)), int(m.group(2)), int(m.group(0)[-4:])) for m in _NUMERIC.finditer(text)]
    if len({year for _, _, year in found}) != 1 or len({(a, b) for a, b, _ in found}) < 2:
        return None

    def spread(order: DateOrder) -> int | None:
        try:
            days = [dt.date(y, b, a) if order == "DMY" else dt.date(y, a, b) for a, b, y in found]
        except ValueError:
            return None
        return (max(days) - min(days)).days

    dmy, mdy = spread("DMY"), spread("MDY")
    if dmy is None or mdy is None:
        return None
    if mdy <= CLOSE_DATES_DAYS < dmy:
        return "MDY"
    if dmy <= CLOSE_DATES_DAYS < mdy:
        return "DMY"
    return None


def date_order(text: str, country: str | None = None) -> DateOrder:
    """Whether the page writes `05/04/2023` day first or month first, from its own evidence.

    A numeric date whose first number is over 12 (`23/10/2023`) or whose second is
    (`10/23/2023`) settles it; else the order in which the page's dates lie within days of each
    other; else the outlet's country (`datelines.toml` `month_first_countries`);
    else the way the text writes dates out (`October 27` against `27 October`); else day first,
    as most of the world writes.
    """
    numeric = list(_NUMERIC.finditer(text))
    for m in numeric:
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            return "DMY"
        if b > 12 >= a:
            return "MDY"
    if any(_DOTTED.fullmatch(m.group(0)) for m in numeric):
        # "04.12.2022": dots between the numbers are the day-first writing (BTA, DW, Interfax-
        # Ukraine, Sputnik, ARKA and N1 in eval/corpus); month-first pages write slashes
        return "DMY"
    close = _order_of_close_dates(text)
    if close is not None:
        return close
    if country:
        return "MDY" if country.upper() in data_file("datelines.toml")["date_grammar"]["month_first_countries"] else "DMY"
    mon, _ = _names()
    month_first = len(re.findall(rf"\b(?:{mon})\.?\s+\d{{1,2}}\b", text, re.IGNORECASE))
    day_first = len(re.findall(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{mon})\b", text, re.IGNORECASE))
    return "MDY" if month_first > day_first else "DMY"


def nearest_on_or_before(month: int, day: int, reference: dt.date, slack_days: int = 1) -> DateValue | None:
    """The date `day month` nearest before `reference` (up to `slack_days` after it)."""
    for year in (reference.year + 1, reference.year, reference.year - 1):
        if not valid_date(year, month, day):
            continue
        candidate = dt.date(year, month, day)
        if candidate <= reference + dt.timedelta(days=slack_days):
            # the latest such date not after the reference
            return DateValue.of(year, month, day)
    return None
