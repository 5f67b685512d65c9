"""Dating articles from what the rest of the corpus knows, and only articles that lack a date.

An article that says the Declaration was signed `earlier this year`, or `on February 22 last
year`, takes its year from where the corpus dates that Declaration; one that calls the
`9 November statement` recent takes the year of the November statement the corpus knows; one
that reports the same meeting as a dated article takes that article's day.

Conservative by rule: an article's own date (strong or weak, from its words or its page) is
never replaced; the corpus only gives a date to an article that has none, or the day to one
dated to the year, agreeing with it. Dates other articles lean on are stated in full by their
words, or relative to an article date its page or words state (never one the corpus guessed).
Lookups go through blocks (code root with an agreement word, or with a state and a month), so
the cost grows with the corpus, not with its square.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dates import weekday_of
from ..dates.expressions import latest_year_lived
from ..document.published import lead_day_and_weekday, own_day_without_year
from ..events.agreements import keys_compatible
from ..events.settle import NEWS_WINDOW_DAYS, settle_event, states_of, time_expression
from ..model import DateValue, Document, Event
from .units import SHARPENED, LinkUnit, key_words

if TYPE_CHECKING:
    from .index import LinkIndex


@dataclass(frozen=True)
class KnownDate:
    """A dated event mention another article can lean on."""

    document: str
    date: DateValue
    root: str
    key: str | None
    states: tuple[str, ...]

    def blocks(self) -> list[str]:
        if self.key:
            return [f"{self.root}|k|{w}" for w in key_words(self.key)]
        if self.date.month is None:
            return []
        return [f"{self.root}|m|{s}|{self.date.month}" for s in self.states]

    def to_list(self) -> list:
        return [self.document, self.date.value, self.date.precision, self.root, self.key, list(self.states)]

    @classmethod
    def from_list(cls, raw: list) -> "KnownDate":
        doc, value, precision, root, key, states = raw
        return cls(doc, DateValue(value, precision), root, key, tuple(states))


@dataclass(frozen=True)
class DateNeed:
    """A mention in an undated article whose year another article's date could give."""

    document: str
    root: str
    key: str | None
    states: tuple[str, ...]
    month: int | None
    day: int | None
    year_offset: int | None
    # the article's dateline day and month ("the 9 November statement" in an article of 21 November)
    dateline: tuple[int, int] | None
    # the weekday the article gives its own day ("SEOUL, July 15" and "said Friday"): the year is
    # one of those where the day falls on that weekday, the one in which the corpus dates an
    # event of these states within a few weeks of that day
    weekday: int | None = None
    # a plan the article announces ("will visit on August 22" under "Aug 08"): ahead of the
    # article's day, not a memory of an earlier year
    planned: bool = False
    # the latest year the article names as lived: it was written no earlier, whatever year an
    # event of the same states elsewhere in the corpus suggests
    not_before: int | None = None

    def blocks(self) -> list[str]:
        if self.key:
            return [f"{self.root}|k|{w}" for w in key_words(self.key)]
        if self.month is None:
            return []
        months = [self.month]
        if self.weekday is not None:  # an event a few weeks away may lie in the month before or after
            months = [(self.month + k - 1) % 12 + 1 for k in (-1, 0, 1)]
        return [f"{self.root}|m|{s}|{m}" for s in self.states for m in months]

    def _weekday_year(self, k: KnownDate) -> int | None:
        """The year (of those the weekday allows) in which the article's day lies within weeks of `k`."""
        if self.month is None or self.day is None or self.weekday is None or k.date.month is None:
            return None
        known = dt.date(k.date.year, k.date.month, k.date.day or 15)
        for year in (k.date.year - 1, k.date.year, k.date.year + 1):
            if weekday_of(year, self.month, self.day) == self.weekday:
                if abs((dt.date(year, self.month, self.day) - known).days) <= WEEKDAY_WINDOW_DAYS:
                    return year
        return None

    def matches(self, k: KnownDate) -> bool:
        if k.document == self.document or k.root != self.root:
            return False
        if self.key:
            return bool(k.key) and keys_compatible(k.key or "", self.key)
        if k.key or not _same_parties(self.states, k.states):
            return False
        if self.weekday is not None:
            return self._weekday_year(k) is not None
        if self.dateline is None and self.day is not None:
            # the article's own dateline day ("Astana. July 4."): an event the corpus dates to
            # that very day or the days just before ("New Delhi, Dec 23 (KNN)" on a visit of
            # 21-22 December), not one it knows only to the month ("a visit in July")
            if k.date.month is None or k.date.day is None or self.month is None:
                return False
            try:
                gap = (dt.date(k.date.year, self.month, self.day) - dt.date(k.date.year, k.date.month, k.date.day)).days
            except ValueError:
                return False
            return -ANNOUNCED_WINDOW_DAYS <= gap <= NEWS_WINDOW_DAYS
        return k.date.month == self.month and (self.day is None or k.date.day in (None, self.day))

    def year(self, matches: list[KnownDate]) -> int | None:
        """The article year that makes this mention agree with the corpus, if one does, and not
        one before the latest year the article names (Atalayar, eval 823: Putin's trip to Tehran
        "on Tuesday 19 July" in an article that names "August 2021" is no trip of 2016, the July
        19 three weeks before a Russian-Turkish meeting the corpus dates to 9 August 2016)."""
        year = self._year(matches)
        return None if year is None or (self.not_before is not None and year < self.not_before) else year

    def _year(self, matches: list[KnownDate]) -> int | None:
        if not matches:
            return None
        if self.weekday is not None:
            years = Counter(y for k in matches if (y := self._weekday_year(k)) is not None)
            (year, count), *rest = years.most_common()
            return None if rest and rest[0][1] == count else year
        # the date most of the corpus gives (the famous statement, not a later one of the month)
        (year, count), *rest = Counter(k.date.year for k in matches).most_common()
        if rest and rest[0][1] == count:
            return None
        if self.year_offset is not None:
            return year - self.year_offset
        if self.month is not None and self.dateline is not None:
            if self.planned:
                # "will meet on January 5" in an article of 20 December: the plan is of the next year
                earlier = (self.month, self.day or 31) < (self.dateline[0], self.dateline[1] or 1)
                return year - 1 if earlier else year
            # "the 9 November statement" in an article of 21 November: the same year
            later = (self.month, self.day or 1) > (self.dateline[0], self.dateline[1] or 31)
            return year + 1 if later else year
        return year

    def to_list(self) -> list:
        return [self.document, self.root, self.key, list(self.states), self.month, self.day, self.year_offset,
                list(self.dateline) if self.dateline else None, self.weekday, self.planned, self.not_before]

    @classmethod
    def from_list(cls, raw: list) -> "DateNeed":
        doc, root, key, states, month, day, offset, dateline, *rest = raw
        return cls(doc, root, key, tuple(states), month, day, offset, tuple(dateline) if dateline else None,
                   rest[0] if rest else None, bool(rest[1]) if len(rest) > 1 else False,
                   rest[2] if len(rest) > 2 else None)


def _same_parties(need: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Whether two events can be of the same states: one's states include the other's (a Russia-Turkey
    meeting is no date for a Russia-Kazakhstan visit; a visit whose host the text left out may be)."""
    a, b = set(need), set(known)
    return bool(a and b) and (a <= b or b <= a)


# an article's own day and an event of the same states the corpus dates in the days after it: the
# visit it announces ("KUALA LUMPUR, Jan 29": "will undertake his first official visit ... tomorrow")
ANNOUNCED_WINDOW_DAYS = 7

# an undated article's own day (day, month and weekday) and an event of the same states the
# corpus dates lie at most this many days apart ("will visit next week", "met on Monday")
WEEKDAY_WINDOW_DAYS = 21


def _states(ev: Event, doc: Document) -> tuple[str, ...]:
    """The states of the event's participants, in order (`settle.states_of`)."""
    return tuple(sorted(states_of(ev, doc)))


def known_dates(doc: Document) -> list[KnownDate]:
    """Dates this article gives that others may lean on: stated in full, or relative to the
    article's own date when the article states that date (not a guessed year)."""
    out = []
    strong = doc.published is not None and doc.published_strength == "strong"
    for ev in doc.events:
        if ev.date is not None and ev.time is None and strong and ev.status == "reported" \
                and ev.date.precision == "day" and doc.published.precision == "day":
            # the news of an article its page dates to the day ("Xi and Ramaphosa held talks"):
            # of that day or the one before, as good a year as a stated one
            out.append(KnownDate(doc.id, ev.date, ev.code[:2], ev.evidence.get("agreement_key") or None,
                                 _states(ev, doc)))
            continue
        if ev.date is None or ev.time is None:
            continue
        expr = time_expression(ev, doc)
        if expr is None:
            continue
        if expr.is_absolute or strong:
            out.append(KnownDate(doc.id, ev.date, ev.code[:2], ev.evidence.get("agreement_key") or None, _states(ev, doc)))
    return out


def date_needs(doc: Document) -> list[DateNeed]:
    """What an undated article (or one whose year is only guessed) would need to know to find its year."""
    if doc.published is not None and doc.published_strength == "strong":
        return []
    out = []
    own_day = lead_day_and_weekday(doc)
    dl = doc.dateline
    lived = latest_year_lived(doc.text, doc.body_spans)
    roots_and_states = sorted({(ev.code[:2], _states(ev, doc)) for ev in doc.events if _states(ev, doc)})
    if own_day is not None:
        month, day, weekday = own_day
        for root, states in roots_and_states:
            out.append(DateNeed(doc.id, root, None, states, month, day, None, None, weekday, not_before=lived))
    elif dl is not None and dl.month and dl.day and not dl.year:
        # "Baku. 11 July." and no weekday: the year in which the corpus dates an event of the
        # same kind and states to that day or the days around it (the article's news, reported
        # on its day or just after; a visit it announces for the days after)
        for root, states in roots_and_states:
            out.append(DateNeed(doc.id, root, None, states, dl.month, dl.day, None, None, not_before=lived))
    if doc.published is not None:
        # a guessed year gives way only where the article's own day pins the corpus's event within
        # days or weeks ("MOSCOW, March 7" and "on Friday", "KUALA LUMPUR, Jan 29" and a visit of
        # these states on 30 January: the needs above), never to looser evidence
        return out
    dateline = (doc.dateline.month, doc.dateline.day or 0) if doc.dateline is not None and doc.dateline.month else None
    # kinds of event the article both dates a year back and plans ("after Putin's visit to
    # Kazakhstan in November last year" and "invited Putin to pay a state visit this fall"): the
    # corpus's date of such an event may be the planned one's, so the recalled one dates nothing
    planned = {(ev.code[:2], _states(ev, doc)) for ev in doc.events if ev.status == "planned"}
    for ev in doc.events:
        expr = time_expression(ev, doc)
        states = _states(ev, doc)
        if expr is not None and expr.year_offset is not None and ev.status != "planned" \
                and (ev.code[:2], states) in planned:
            continue
        if expr is None or expr.is_absolute or expr.last_month:
            # "last October" fits two article years (before or after the next October)
            continue
        # "the July 15-16 visit" in an article with no date at all: the year in which the corpus
        # dates an event of the same kind and states to that day (the days just around it)
        pins_year = expr.year_offset is not None or (expr.month is not None and expr.day is not None)
        if not pins_year:
            continue
        key = ev.evidence.get("agreement_key") or None
        if not key and expr.month is None:
            continue
        need = DateNeed(doc.id, ev.code[:2], key, states, expr.month, expr.day, expr.year_offset,
                        dateline if expr.month is not None else None, planned=ev.status == "planned",
                        not_before=lived)
        if need.blocks():
            out.append(need)
    return out


Lookup = Callable[[list[str]], list[KnownDate]]


def year_from_corpus(needs: list[DateNeed], lookup: Lookup) -> int | None:
    """The year most of the article's needs agree on (a tie gives none)."""
    votes = Counter()
    for need in needs:
        matches = [k for k in lookup(need.blocks()) if need.matches(k)]
        year = need.year(sorted(set(matches), key=KnownDate.to_list))
        if year is not None:
            votes[year] += 1
    if not votes:
        return None
    (year, count), *rest = votes.most_common()
    if rest and rest[0][1] == count:
        return None
    return year


def date_by_year(doc: Document, year: int) -> None:
    """An undated article takes the year the corpus implies (the dateline's day and month kept)."""
    dl = doc.dateline
    own_day = lead_day_and_weekday(doc)
    if dl is not None and dl.month and dl.day:
        doc.published = DateValue.of(year, dl.month, dl.day)
    elif own_day is not None and weekday_of(year, own_day[0], own_day[1]) == own_day[2]:
        doc.published = DateValue.of(year, own_day[0], own_day[1])
    else:
        doc.published = DateValue.of(year)
    doc.published_evidence = "year from events the corpus dates"
    doc.published_strength = "strong"
    resettle(doc)
    if doc.published.precision == "year":
        # news it reports on a day its words give without a year ("on Dec. 23 held"): written in
        # the month of the latest of it, as `news_date` has an article whose news the corpus dates
        months = {ev.date.value[:7] for ev in doc.events if _dated_news(ev, doc)}
        if months and not any(_weekday_news(ev, doc) for ev in doc.events):
            # (news of a bare weekday, "met on Thursday", may be later than all of it)
            doc.published = as_date(max(months))
            resettle(doc)


def _weekday_news(ev: Event, doc: Document) -> bool:
    """Reported news the words date by a weekday alone ("met on Thursday")."""
    if ev.status != "reported":
        return False
    expr = time_expression(ev, doc)
    return expr is not None and expr.weekday is not None and expr.month is None and expr.day is None


def _dated_news(ev: Event, doc: Document) -> bool:
    """Reported news the article's words date to a day of a month, with no year."""
    if ev.status != "reported" or ev.date is None or ev.date.precision != "day":
        return False
    expr = time_expression(ev, doc)
    return expr is not None and not expr.is_absolute and expr.month is not None and expr.day is not None


def can_sharpen(doc: Document, event_date: DateValue) -> bool:
    """An undated article, or one dated to the year or month, may take the day of a meeting it
    reports that the corpus dates to the day, when the two agree."""
    if event_date.precision != "day":
        return False
    if any(ev.status == "reported" and ev.date is not None and ev.date.precision == "day"
           and ev.date.value > event_date.value for ev in doc.events):
        return False  # it reports news of a later day ("the treaty signed On March 13"): written after
    own = own_day_without_year(doc)
    if own is not None and own != (event_date.month, event_date.day):
        # "Seoul, June 19 (IANS)": the article gives its own day; a meeting of the same parties on
        # another day (their talks of September the year before) is not what it reports
        return False
    if doc.published is None:
        return True
    return doc.published.precision != "day" and event_date.agrees_with(doc.published)


def sharpen(doc: Document, event_date: DateValue) -> None:
    doc.published = event_date
    doc.published_evidence = SHARPENED
    resettle(doc)


def resettle(doc: Document) -> None:
    latest = latest_year_lived(doc.text, doc.body_spans)
    for ev in doc.events:
        settle_event(ev, doc, latest)


def as_date(value: str) -> DateValue:
    return DateValue(value, {4: "year", 7: "month", 10: "day"}[len(value)])


# how many days before the corpus's day of a meeting an article's "on <weekday>" may tell of it
VISIT_DAYS_BEFORE = 1
# marks such a day (`news_date`): weaker than a day the corpus states, which `choose_days` prefers
DAY_BEFORE_MARK = "~"


def news_date(unstated: bool, unresolved: bool, cluster_date: DateValue | None,
              offset: int | None = None, this_month: bool = False, weekday: int | None = None) -> str | None:
    """What an article learns of its own date from the corpus's date of news it reports: news it
    does not date was written on the day of the meeting (`YYYY-MM-DD`), news it tells as of
    `today` or `yesterday` on that day or the day after; news of a bare weekday that is the
    meeting's own (`met on Friday`, the corpus's meeting of a Friday) on that day, as a report of
    the day (wire copy names the weekday of the day's news; the article may be a day later, and the
    evidence line says the day is the meeting's); news it dates only against its own missing date
    otherwise (`Dec. 23`, a weekday the meeting does not fall on), or a meeting the corpus dates to
    the month, in that month (`YYYY-MM`: the day of writing is not said)."""
    if cluster_date is None or cluster_date.precision == "year":
        return None
    if unstated and cluster_date.precision == "day":
        return cluster_date.value
    if unresolved and offset is not None and cluster_date.precision == "day":
        day = dt.date(cluster_date.year, cluster_date.month, cluster_date.day) - dt.timedelta(days=offset)
        return day.isoformat()
    if unresolved and weekday is not None and cluster_date.precision == "day":
        # the meeting's own weekday, or one of the days just before it: a visit the corpus dates
        # by a later day of it ("is on a two-day state visit" in Saturday's paper) that this
        # article tells as begun "on Friday"
        back = (weekday_of(cluster_date.year, cluster_date.month, cluster_date.day) - weekday) % 7
        if back == 0:
            return cluster_date.value
        if back <= VISIT_DAYS_BEFORE:
            day = dt.date(cluster_date.year, cluster_date.month, cluster_date.day) - dt.timedelta(days=back)
            return day.isoformat() + DAY_BEFORE_MARK
    if unstated or unresolved or this_month:
        # (an event of "earlier this month": the article is of that month)
        return cluster_date.value[:7]
    return None


def news_dates(attached: dict[str, str], unit_of: Callable[[str], LinkUnit | None],
               index: "LinkIndex") -> dict[str, str]:
    """Unit id -> what its article learns of its own date (`news_date`) from the anchor cluster
    the unit joined (`attached`: unit id -> cluster id, as the index's relinking reports it)."""
    out: dict[str, str] = {}
    views: dict = {}
    for unit_id, cluster in sorted(attached.items()):
        unit = unit_of(unit_id)
        if unit is None or not (unit.unstated_news or unit.unresolved_news or unit.month_news):
            continue
        view = index.anchor_view(cluster, views)
        value = news_date(unit.unstated_news, unit.unresolved_news, view.date if view is not None else None,
                          unit.news_offset, unit.month_news, unit.news_weekday)
        if value is not None:
            out[unit_id] = value
    return out


def choose_days(news_days: dict[str, str], effective: Callable[[str], str | None],
                has_day: Callable[[str], bool]) -> dict[str, str]:
    """Article -> the date it takes (`news_date`, by unit id): the one day of the meetings its
    undated news joined, when the article has no day of its own and the day agrees with the date
    it has; failing a day, for an article with no date at all, the one month its news lies in."""
    found: dict[str, set[str]] = {}
    for unit_id, value in news_days.items():
        found.setdefault(unit_id.rsplit("#", 1)[0], set()).add(value)
    out = {}
    for doc_id, marked in sorted(found.items()):
        if has_day(doc_id):
            continue
        # a day told against the corpus's day of the meeting itself before one a day before it
        days = {v for v in marked if len(v) == 10} or {v[:-1] for v in marked if v.endswith(DAY_BEFORE_MARK)}
        own = effective(doc_id)
        if days:
            if len(days) != 1:
                continue  # two meetings, two days: which one the article was written on is not said
            (day,) = days
            if own is None or (len(own) < 10 and as_date(day).agrees_with(as_date(own))):
                out[doc_id] = day
            continue
        months = {v[:7] for v in marked}
        if own is None and len(months) == 1:
            out[doc_id] = months.pop()
    return out


def take_month(doc: Document, month: str) -> None:
    """An undated article takes the month of the news it reports, as the corpus dates it."""
    doc.published = as_date(month)
    doc.published_evidence = "month of the news it reports, as other articles date it"
    resettle(doc)
