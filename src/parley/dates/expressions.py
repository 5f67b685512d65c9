"""Date phrases in running text and their resolution against a reference date.

`find_time_expressions` finds phrases such as `on Monday (27 February)`, `on 22 February
2022`, `February 22 last year`, `in November 2020`, `last October`, `earlier this year`,
`in January and November 2021`, `on Tuesday`, `today`. `resolve` turns one into a
`DateValue` against the article's date, never more precise than the phrase and the
reference allow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import DateValue, Span
from ..resources import data_file
from . import fold_name, shift_days, valid_date, weekday_of, year_by_weekday

_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS = {**_SMALL_NUMBERS, "an": 1, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
RELATIVE_YEAR = {"this year": 0, "last year": -1, "next year": 1, "previous year": -1, "past year": -1}


@dataclass(frozen=True)
class TimeExpr:
    span: Span
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    # years relative to the reference date: 0 this year, -1 last year, +1 next year
    year_offset: int | None = None
    # days relative to the reference date: 0 today, -1 yesterday, +1 tomorrow
    day_offset: int | None = None
    # "last October": the latest such month before the reference date
    last_month: bool = False
    # "next month" / "last month"
    month_offset: int | None = None
    # "next week" / "last week": weeks relative to the reference date
    week_offset: int | None = None
    # "October 26-28": the range's last day (the phrase dates by its first)
    last_day: int | None = None
    # "10 days ago", "a week earlier": how many of which unit before the reference
    ago: tuple[int, str] | None = None
    # +1 the phrase itself points ahead ("later this year", "next week"), -1 back ("earlier
    # this year", "a day after" an event told), 0 it does not say
    tense: int = 0
    # "the 2007 pact", "a 2018 summit": a year that modifies the noun after it, a date only of
    # that noun's act (never of the clause around it, nor of the article)
    attributive: bool = False

    @property
    def is_absolute(self) -> bool:
        return self.year is not None


@lru_cache(maxsize=1)
def _names() -> tuple[str, str]:
    cal = data_file("calendar.toml")
    months = sorted(cal["months"], key=len, reverse=True)
    weekdays = sorted(cal["weekdays"], key=len, reverse=True)
    return "|".join(months), "|".join(weekdays)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    mon, wd = _names()
    # a month name, abbreviated or not, and not the start of a longer word ("Marking")
    M = rf"(?P<{{g}}>{mon})(?![a-z])\.?"
    # "October 26-28", "from January 14 to 17", "July 23 to July 26", "14 to 17 January": a range
    # of days (not "May 5 to 10 people")
    _TO = r"(?:\s*[-–]\s*|\s+(?:to|through|till|until)\s+)"
    _NOT_COUNT = r"(?!\s+(?:people|percent|per|of|million|billion|times|years|days|hours|minutes|countries|members)\b)"
    parts = [
        # "May 30 to June 1, 2014", "29 November - 1 December 2021": a range across two months
        # dated by its first day, which takes the year written after the last (the year before it
        # where the range crosses a new year: "December 28 to January 2, 2015")
        rf"{M.format(g='m22')}\s+(?P<d22>\d{{1,2}})(?:st|nd|rd|th)?{_TO}{M.format(g='m22e')}\s+(?P<e22>\d{{1,2}})(?:st|nd|rd|th)?(?!\d),?\s+(?P<y22>\d{{4}})",
        rf"(?P<d23>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{M.format(g='m23')}{_TO}(?P<e23>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{M.format(g='m23e')},?\s+(?P<y23>\d{{4}})",
        # Monday (27 February) / Monday, 27 February 2023 / Monday, February 27, 2023 / Thursday
        # 30th June / Monday July 17 (no comma: The Laotian Times, Daily News Egypt, Atalayar,
        # Capital FM, Wired868, eval 871, 792, 823, 784, 818)
        rf"(?:on\s+)?(?P<wd1>{wd})\s*(?:\(\s*|,\s*|\s)(?:the\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{M.format(g='m1')}|{M.format(g='m1b')}\s+(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))(?:,?\s+(?P<y1>\d{{4}}))?\s*\)?",
        # 22 February 2022 / 22 February / February 22, 2022 / February 22 last year
        # "23-24 January", "October 26-28": a range is dated by its first day
        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:{_TO}(?P<e2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?{M.format(g='m2')}(?:,?\s+(?P<y2>\d{{4}}))?(?:\s+(?P<rel2>this year|last year|next year))?",
        rf"{M.format(g='m3')}\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:{_TO}(?:(?P=m3)\.?\s+)?(?P<e3>\d{{1,2}})(?:st|nd|rd|th)?(?!\d){_NOT_COUNT})?(?!\d)(?:,?\s+(?P<y3>\d{{4}}))?(?:\s+(?P<rel3>this year|last year|next year))?",
        # in January and November 2021 (two months, one year)
        rf"(?:in\s+)?{M.format(g='m4a')}\s+and\s+{M.format(g='m4')}\s+(?P<y4>\d{{4}})",
        # (late/early) November 2020
        rf"(?:(?:early|late|mid-?|the end of|the beginning of)\s+)?{M.format(g='m5')}\s+(?:of\s+)?(?P<y5>\d{{4}})",
        # last October / this March / in late October
        rf"(?P<rel6>last|this|next|past)\s+{M.format(g='m6')}(?![\w])",
        # "the week of December 6": a week is no day; its month
        rf"\bthe\s+week\s+of\s+{M.format(g='m19')}\s+\d{{1,2}}(?!\d)",
        # "in late May", "at the end of May", "since the beginning of June": a month, no day
        rf"\b(?:in\s+(?:(?:early|late|mid-?|the\s+(?:first|second|last)\s+(?:half|week|days?)\s+of|the\s+(?:end|beginning|middle|start)\s+of)\s+)?|(?:at|since|by|until|from|towards?)\s+the\s+(?:end|beginning|middle|start)\s+of\s+|(?:in\s+|since\s+|until\s+|by\s+)?mid-)"
        rf"{M.format(g='m7')}(?![\w])(?!\.?\s+\d)(?:\s+(?:of\s+)?(?P<rel7>this year|last year|next year)|\s+of\s+(?P<y7>\d{{4}}))?",
        # "Monday's talks"
        rf"(?P<wd15>{wd})['’]s(?![\w])",
        # on Tuesday / this Tuesday / last Tuesday / next Tuesday
        rf"(?:(?P<rel8>on|this|last|next|coming)\s+)(?P<wd8>{wd})(?![\w])(?:\s+(?:night|evening|morning|afternoon))?",
        # late Friday night / Monday evening / (sources said) Wednesday
        rf"(?:(?:late|early)\s+)?(?P<wd17>{wd})(?![\w'’])(?:\s+(?:night|evening|morning|afternoon))?",
        r"(?P<rel9>earlier this year|later this year|this year|last year|next year|previous year|past year)",
        r"(?P<rel10>today|yesterday|tomorrow)",
        # "the 2007 pact", "a 2018 summit", "Tehran's 2016 decision": a year before the noun it
        # dates (not "the 2030 Agenda" of a target; not a count, "the 2000 people")
        r"(?:\bthe|\ban?|['’]s)\s+(?P<y21>(?:19|20)\d{2})(?![\d-])(?=\s+[A-Za-z])" + _NOT_COUNT,
        # in 2020 / of 2019
        r"(?:\bin|\bof|\bsince|\bsince early|\bsince late)\s+(?P<y11>(?:19|20)\d{2})(?![\d-])",
        r"(?P<rel12>earlier this month|later this month|last month|this month|next month)",
        r"(?P<rel13>earlier this week|later this week|last week|this week|next week|the coming week)",
        r"(?P<rel18>last night|tonight|this morning|this afternoon|this evening|earlier today|later today)",
        # "a day earlier", "10 days ago", "two weeks earlier": counted back from the reference
        r"(?P<n16>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u16>days?|weeks?|months?|years?)\s+(?:earlier|ago)",
        # "a day after X hosted Y": X's event lies that many days before the reference
        r"(?P<n14>a|one|two|three|four|five|six|\d)\s+days?\s+after",
        # "They come 18 months after Putin and Erdogan held their last meeting": that long
        # before the reference
        r"(?P<n20>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u20>weeks?|months?|years?)\s+after",
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


def _month(g: dict, *keys: str) -> int | None:
    cal = data_file("calendar.toml")["months"]
    for k in keys:
        if g.get(k):
            return cal.get(g[k].lower().rstrip("."))
    return None


def find_time_expressions(text: str, span: Span | None = None) -> list[TimeExpr]:
    """Every date phrase in `text` (or in `span` of it), with offsets into `text`."""
    span = span or Span(0, len(text))
    found: list[TimeExpr] = []
    wd_table = data_file("calendar.toml")["weekdays"]
    for m in _pattern().finditer(text, span.start, span.end):
        # names folded to the tables' spelling ("ſunday" matched the weekday pattern too)
        g = {k: fold_name(v) for k, v in m.groupdict().items() if v}
        s = Span(m.start(), m.end())
        expr = TimeExpr(span=s, text=m.group(0))
        rel = (g.get("rel2") or g.get("rel3") or "").lower()
        if "d22" in g or "d23" in g:
            first, last = ("m22", "m22e") if "d22" in g else ("m23", "m23e")
            month, end_month, year = _month(g, first), _month(g, last), int(g.get("y22") or g["y23"])
            if month is not None and end_month is not None and month > end_month:
                year -= 1
            # "July 2 to July 3, 2025": one month after all, its last day kept as the other ranges'
            last_day = int(g.get("e22") or g["e23"]) if month == end_month else None
            expr = replace(expr, day=int(g.get("d22") or g["d23"]), month=month, year=year, last_day=last_day)
        elif "wd1" in g:
            day = int(g.get("d1") or g.get("d1b"))
            expr = replace(expr, weekday=wd_table[g["wd1"].lower()], month=_month(g, "m1", "m1b"), day=day,
                           year=int(g["y1"]) if "y1" in g else None)
        elif "d2" in g:
            expr = replace(expr, day=int(g["d2"]), month=_month(g, "m2"), year=int(g["y2"]) if "y2" in g else None,
                           year_offset=RELATIVE_YEAR.get(rel), last_day=int(g["e2"]) if "e2" in g else None)
        elif "d3" in g:
            expr = replace(expr, day=int(g["d3"]), month=_month(g, "m3"), year=int(g["y3"]) if "y3" in g else None,
                           year_offset=RELATIVE_YEAR.get(rel), last_day=int(g["e3"]) if "e3" in g else None)
        elif "y4" in g:
            year = int(g["y4"])
            found.append(TimeExpr(Span(m.start("m4a"), m.end("m4a")), m.group("m4a"), year=year,
                                  month=_month(g, "m4a")))
            second = Span(m.start("m4"), m.end())
            expr = replace(expr, span=second, text=second.of(text), month=_month(g, "m4"), year=year)
        elif "y5" in g:
            expr = replace(expr, month=_month(g, "m5"), year=int(g["y5"]))
        elif "m6" in g:
            offset = {"last": -1, "past": -1, "this": 0, "next": 1}[g["rel6"].lower()]
            expr = replace(expr, month=_month(g, "m6"), last_month=offset < 0, year_offset=None if offset < 0 else offset)
        elif "m7" in g:
            expr = replace(expr, month=_month(g, "m7"), year_offset=RELATIVE_YEAR.get(g.get("rel7", "").lower()),
                           year=int(g["y7"]) if g.get("y7") else None)
        elif "wd15" in g:
            expr = replace(expr, weekday=wd_table[g["wd15"].lower()])
        elif "wd8" in g:
            expr = replace(expr, weekday=wd_table[g["wd8"].lower()])
        elif "wd17" in g:
            expr = replace(expr, weekday=wd_table[g["wd17"].lower()])
        elif "m19" in g:
            expr = replace(expr, month=_month(g, "m19"))
        elif "rel18" in g:
            phrase = g["rel18"].lower()
            expr = replace(expr, day_offset=-1 if phrase == "last night" else 0)
        elif "n20" in g:
            n = _NUMBERS.get(g["n20"].lower()) or int(g["n20"])
            expr = replace(expr, ago=(n, g["u20"].lower().rstrip("s")), tense=-1)
        elif "n16" in g:
            n = _NUMBERS.get(g["n16"].lower()) or int(g["n16"])
            expr = replace(expr, ago=(n, g["u16"].lower().rstrip("s")), tense=-1)
        elif "rel9" in g:
            phrase = g["rel9"].lower()
            tense = 1 if phrase.startswith("later") else (-1 if phrase.startswith("earlier") else 0)
            expr = replace(expr, year_offset=RELATIVE_YEAR[phrase.replace("earlier ", "").replace("later ", "")],
                           tense=tense)
        elif "rel10" in g:
            expr = replace(expr, day_offset={"today": 0, "yesterday": -1, "tomorrow": 1}[g["rel10"].lower()])
        elif "y21" in g:
            year_span = Span(m.start("y21"), m.end("y21"))
            expr = replace(expr, span=year_span, text=year_span.of(text), year=int(g["y21"]), attributive=True)
        elif "y11" in g:
            expr = replace(expr, year=int(g["y11"]))
        elif "rel12" in g:
            first = g["rel12"].split()[0].lower()
            offset = {"last": -1, "this": 0, "next": 1, "earlier": 0, "later": 0}[first]
            tense = {"earlier": -1, "later": 1}.get(first, offset)
            expr = replace(expr, month_offset=offset, tense=tense)
        elif "rel13" in g:
            first = g["rel13"].split()[0].lower()
            offset = {"last": -1, "this": 0, "next": 1, "the": 1, "earlier": 0, "later": 0}[first]
            tense = {"earlier": -1, "later": 1}.get(first, offset)
            expr = replace(expr, week_offset=offset, tense=tense)
        elif "n14" in g:
            n = _SMALL_NUMBERS.get(g["n14"].lower()) or int(g["n14"])
            expr = replace(expr, day_offset=-n, tense=-1)
        if expr.weekday is not None and expr.day is None:
            expr = _with_numeric_date(text, expr)
        if expr.week_offset is not None or expr.month is not None or expr.year is not None or expr.weekday is not None or \
                expr.year_offset is not None or expr.day_offset is not None or expr.month_offset is not None or \
                expr.ago is not None:
            found.append(expr)
    return found


# "on Monday (01/09/2023)", "on Monday (9/1/2023)": a numeric date in brackets after a weekday
_BRACKETED_NUMERIC = re.compile(r"[ \t]*\((\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\)")


def _with_numeric_date(text: str, expr: TimeExpr) -> TimeExpr:
    """A weekday with a numeric date in brackets after it: the date, day and month in the order
    that falls on that weekday (01/09/2023 after "Monday" is 9 January: 1 September was a Friday)."""
    m = _BRACKETED_NUMERIC.match(text, expr.span.end)
    if m is None:
        return expr
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    fits = {(month, day) for day, month in ((a, b), (b, a))
            if valid_date(year, month, day) and weekday_of(year, month, day) == expr.weekday}
    if len(fits) != 1:
        return expr
    (month, day), = fits
    span = Span(expr.span.start, m.end())
    return replace(expr, span=span, text=span.of(text), day=day, month=month, year=year)


_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d])")


# how far before a year its target words may start ("until the beginning of 2026")
_TARGET_LOOKBACK = 28


@lru_cache(maxsize=1)
def _target_cue() -> re.Pattern[str]:
    table = data_file("calendar.toml")["weekday_year"]
    cues = "|".join(map(re.escape, table["target_cues"]))
    periods = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in table["target_periods"])
    return re.compile(rf"\b(?:{cues})\s+(?:(?:the\s+)?(?:{periods})[\s-]+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _clock_cue() -> re.Pattern[str]:
    cues = "|".join(map(re.escape, data_file("calendar.toml")["weekday_year"]["clock_cues"]))
    return re.compile(rf"\s?(?:{cues})\b")


@lru_cache(maxsize=1)
def _scheduled_cue() -> re.Pattern[str]:
    """A scheduled event named after the year ("2022 Winter Olympic Games", "the 2022 World Cup")."""
    table = data_file("calendar.toml")["weekday_year"]
    nouns = "|".join(map(re.escape, table["scheduled_nouns_after"]))
    qualifiers = "|".join(map(re.escape, table["scheduled_qualifiers"]))
    return re.compile(rf"\s+(?:(?:{qualifiers})\s+){{0,2}}(?:{nouns})\b")


@lru_cache(maxsize=1)
def _history_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = data_file("calendar.toml")["weekday_year"]
    before = "|".join(map(re.escape, table["history_cues_before"]))
    after = "|".join(map(re.escape, table["history_nouns_after"]))
    return (re.compile(rf"\b(?:{before})\s+$", re.IGNORECASE),
            # up to three words between, none a preposition or article ("the 1965 bilateral
            # agreement", not "talks in 2023 on the treaty")
            re.compile(rf"\s+(?:(?!(?:on|in|at|of|the|a|an|to|for|with|by|and|or|over)\b)[\w'’.-]+\s+){{0,3}}"
                       rf"(?:{after})\b", re.IGNORECASE))


def latest_year_lived(text: str, spans: list[Span], history: bool = True) -> int | None:
    """The latest year named in `spans` that is not a target ("by 2030", "until 2027"), a clock
    time ("at 2046 GMT") nor the year of a scheduled event ("the 2022 World Cup"); with `history`
    False, nor the year of an agreement ("a treaty signed in 1961", "the Almaty declaration of
    1991", "the 1972 Joint Communique").

    A bound on when the article was written: it has lived through the years it names as past
    or present, but a target year may lie ahead of it. An agreement's year is lived too, but may
    lie long before: it tells no year the article is near.
    """
    before, after = _history_cues()
    years = [int(m.group(1)) for s in spans for m in _YEAR.finditer(text, s.start, s.end)
             if not _target_cue().search(text, max(s.start, m.start() - _TARGET_LOOKBACK), m.start())
             and not _clock_cue().match(text, m.end(), s.end)
             and not _scheduled_cue().match(text, m.end(), s.end)
             and (history or not (before.search(text, max(s.start, m.start() - 24), m.start())
                                  or after.match(text, m.end(), s.end)))]
    return max(years) if years else None


def resolve(expr: TimeExpr, reference: DateValue | None, latest_year: int | None = None,
            direction: int = 0) -> DateValue | None:
    """The date the phrase means, seen from `reference` (the article's date).

    `direction` says which way a bare weekday points: -1 past (a reported meeting),
    +1 future (a planned one), 0 the nearest.
    """
    ref_y = reference.year if reference else None
    ref_m = reference.month if reference else None
    ref_d = reference.day if reference else None
    if expr.day_offset is not None:
        if reference is None or reference.precision != "day":
            return None
        return DateValue.of(*shift_days(ref_y, ref_m, ref_d, expr.day_offset))
    if expr.ago is not None:
        return _ago(expr.ago, reference)
    if expr.week_offset is not None:
        # a week has no precision of its own: its month, when the whole week lies in one
        if reference is not None and reference.precision == "month" and expr.week_offset <= 0:
            return reference  # "last week" in an article of July: July, as near as it says
        if reference is None or reference.precision != "day":
            return None
        today = weekday_of(ref_y, ref_m, ref_d)
        first = shift_days(ref_y, ref_m, ref_d, 7 * expr.week_offset - today)
        last = shift_days(*first, 6)
        return DateValue.of(first[0], first[1]) if first[:2] == last[:2] else None
    if expr.month_offset is not None:
        if ref_m is None:
            return None
        total = ref_y * 12 + (ref_m - 1) + expr.month_offset
        return DateValue.of(total // 12, total % 12 + 1)
    if expr.weekday is not None and expr.day is None:
        if reference is None or reference.precision != "day":
            return None
        today = weekday_of(ref_y, ref_m, ref_d)
        ahead = (expr.weekday - today) % 7
        behind = -((today - expr.weekday) % 7)
        if direction > 0:
            delta = ahead
        elif direction < 0:
            delta = behind
        else:
            delta = ahead if ahead <= -behind else behind
        return DateValue.of(*shift_days(ref_y, ref_m, ref_d, delta))
    year = expr.year
    if year is None and expr.year_offset is not None and ref_y is not None:
        year = ref_y + expr.year_offset
    if year is None and expr.last_month and expr.month and ref_y is not None:
        year = ref_y if (ref_m is not None and expr.month < ref_m) else ref_y - 1
    if year is None and expr.month is not None and expr.day is not None and expr.weekday is not None:
        year = year_by_weekday(expr.month, expr.day, expr.weekday, ref_y or latest_year)
    if year is None and expr.month is not None and ref_y is not None:
        # a bare month in a dated article: the nearest such month (in an article dated to
        # the year only, that year's)
        year = ref_y
        if ref_m is not None and direction < 0 and expr.month > ref_m:
            year -= 1
        elif ref_m is not None and direction > 0 and expr.month < ref_m:
            year += 1
    if year is None:
        return None
    if expr.month is None:
        return DateValue.of(year)
    if expr.day is None or not valid_date(year, expr.month, expr.day):
        return DateValue.of(year, expr.month)
    return DateValue.of(year, expr.month, expr.day)


def _ago(ago: tuple[int, str], reference: DateValue | None) -> DateValue | None:
    """`10 days ago`, `two weeks earlier`, seen from the reference, by dateparser; as precise as
    the unit and the reference allow (days and weeks need a reference day)."""
    import datetime as dt

    import dateparser

    n, unit = ago
    precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    if reference is None or len(reference.value) < {"day": 10, "month": 7, "year": 4}[precision]:
        return None
    base = dt.datetime(reference.year, reference.month or 1, reference.day or 1, 12)
    found = dateparser.parse(f"{n} {unit}s ago", languages=["en"],
                             settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    if found is None:
        return None
    if precision == "day":
        return DateValue.of(found.year, found.month, found.day)
    if precision == "month":
        return DateValue.of(found.year, found.month)
    return DateValue.of(found.year)
