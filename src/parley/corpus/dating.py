"""Dating articles from what the rest of the corpus knows.

An article that says the Declaration was signed `earlier this year`, or `on February 22 last
year`, takes its year from where the corpus dates that Declaration; one that calls the
`9 November statement` recent takes the year of the November statement the corpus knows; one
that reports the same meeting as a dated article takes that article's date.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import DateValue, Document, Event
from ..events.agreements import keys_compatible
from ..events.places import iso_of_state_name
from ..dates import weekday_of
from ..dates.expressions import latest_year_lived
from ..document.published import lead_day_and_weekday
from ..events.settle import settle_event, time_expression


@dataclass(frozen=True)
class KnownDate:
    """A dated event mention another article can lean on."""

    document: str
    date: DateValue
    root: str
    key: str | None
    states: frozenset[str]


def _states(ev: Event) -> frozenset[str]:
    return frozenset(filter(None, (iso_of_state_name(a) for a in ev.actors)))


def _known(documents: list[Document]) -> list[KnownDate]:
    known = []
    for doc in documents:
        for ev in doc.events:
            if ev.date is None:
                continue
            expr = time_expression(ev, doc)
            absolute = expr is not None and expr.is_absolute
            if absolute or (doc.published is not None and ev.time is not None):
                known.append(KnownDate(doc.id, ev.date, ev.code[:2], ev.evidence.get("agreement_key"), _states(ev)))
    return known


def _year_from(ev: Event, doc: Document, known: list[KnownDate]) -> int | None:
    """The article year that makes this mention agree with the corpus, if one does."""
    expr = time_expression(ev, doc)
    if expr is None or expr.is_absolute or expr.last_month:
        # "last October" fits two article years (before or after the next October)
        return None
    pins_year = expr.year_offset is not None or (
        expr.month is not None and expr.day is not None and doc.dateline is not None and doc.dateline.month)
    if not pins_year:
        return None
    key = ev.evidence.get("agreement_key")
    others = [k for k in known if k.document != doc.id and k.root == ev.code[:2]]
    if key:
        matches = [k for k in others if k.key and keys_compatible(k.key, key)]
    elif expr.month is not None:
        states = _states(ev)
        matches = [k for k in others if k.date.month == expr.month and not k.key
                   and (expr.day is None or k.date.day in (None, expr.day))
                   and (not states or not k.states or states & k.states)]
    else:
        return None
    if not matches:
        return None
    # the date most of the corpus gives (the famous statement, not a later one of the month)
    by_year = Counter(k.date.year for k in matches)
    (year, count), *rest = by_year.most_common()
    if rest and rest[0][1] == count:
        return None
    if expr.year_offset is not None:
        return year - expr.year_offset
    if expr.month is not None and doc.dateline is not None and doc.dateline.month:
        # "the 9 November statement" in an article of 21 November: the same year
        later = (expr.month, expr.day or 1) > (doc.dateline.month, doc.dateline.day or 31)
        return year + 1 if later else year
    return year


def _date_by_year(doc: Document, year: int, why: str) -> None:
    dl = doc.dateline
    if dl is not None and dl.month and dl.day:
        doc.published = DateValue.of(year, dl.month, dl.day)
    else:
        doc.published = DateValue.of(year)
    doc.published_evidence = why


# how many years either side of the corpus's other articles a weekday's year may lie
ERA_SPAN = 3


def _weak(doc: Document) -> bool:
    return doc.published is not None and doc.published_strength == "weak"


def date_by_corpus_era(documents: list[Document]) -> None:
    """Articles whose year only a weekday suggests take the weekday's year nearest the corpus.

    A news corpus is written over a short time: `5 Dec.` with `on Monday` is 5 December 2022,
    not 2016, when the other articles are of 2022 and 2023. The year must be the only one
    within a few years of the corpus's dated articles.
    """
    years = sorted(d.published.year for d in documents if d.published is not None and not _weak(d))
    if not years:
        return
    era = years[len(years) // 2]
    for doc in documents:
        if doc.published is not None and not _weak(doc):
            continue
        known = lead_day_and_weekday(doc)
        if known is None:
            continue
        month, day, weekday = known
        fitting = [y for y in range(era - ERA_SPAN, era + ERA_SPAN + 1) if weekday_of(y, month, day) == weekday]
        if len(fitting) == 1:
            doc.published = DateValue.of(fitting[0], month, day)
            doc.published_evidence = "day and month from the text; year from the weekday, near the corpus's dates"
            doc.published_strength = "strong"
            _resettle(doc)


def date_from_corpus(documents: list[Document]) -> None:
    """Give undated articles the year the corpus implies, then re-settle their events."""
    date_by_corpus_era(documents)
    known = _known(documents)
    for doc in documents:
        if doc.published is not None:
            continue
        votes = Counter(y for ev in doc.events if (y := _year_from(ev, doc, known)) is not None)
        if not votes:
            continue
        (year, count), *rest = votes.most_common()
        if rest and rest[0][1] == count:
            continue
        _date_by_year(doc, year, "year from events the corpus dates")
        _resettle(doc)


def sharpen_from_same_event(doc: Document, event_date: DateValue) -> bool:
    """An article, undated or dated to the year, that reports a meeting the corpus dates to the day."""
    if doc.published is not None:
        if doc.published.precision == "day" or not event_date.agrees_with(doc.published):
            return False
        if len(event_date.value) <= len(doc.published.value):
            return False
    doc.published = event_date
    doc.published_evidence = "date of the same meeting as another article reports it"
    _resettle(doc)
    return True


def _resettle(doc: Document) -> None:
    latest = latest_year_lived(doc.text, doc.body_spans)
    for ev in doc.events:
        settle_event(ev, doc, latest)
