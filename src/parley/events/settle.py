"""Date and status of an event mention, settled against the article's own date.

Run when the `events` stage finds a mention and again by the corpus once it has dated the
article, so `on Tuesday` or `last October` resolve as soon as the reference is known.
"""
from __future__ import annotations

import datetime as dt

from ..dates.expressions import TimeExpr, find_time_expressions, resolve
from ..model import DateValue, Document, Event, Span
from .places import country_of_place, iso_of_state_name, state_name

# a held event reported up to this many days after it happened is still the news
NEWS_WINDOW_DAYS = 3


def time_expression(ev: Event, doc: Document) -> TimeExpr | None:
    """The date phrase of the mention, parsed again in its sentence (the parse needs context)."""
    if ev.time is None:
        return None
    own = [m for m in ev.mentions if m.document == doc.id]
    context = Span(own[0].start, own[0].end) if own else ev.time
    if not context.contains(ev.time):
        context = ev.time
    return next((e for e in find_time_expressions(doc.text, context) if e.span == ev.time), None)


def _as_date(d: DateValue) -> dt.date:
    return dt.date(d.year, d.month or 1, d.day or 1)


def compare_days(a: DateValue, b: DateValue) -> int:
    """Days from b to a when both are days; 0 when either is coarser (they may be one day)."""
    if a.precision != "day" or b.precision != "day":
        return 0
    return (_as_date(a) - _as_date(b)).days


def compare(date: DateValue, published: DateValue) -> int:
    """-1 when `date` is clearly before the article, +1 after, 0 when it is the news."""
    n = min(len(date.value), len(published.value))
    a, b = date.value[:n], published.value[:n]
    if a == b:
        return 0
    if date.precision == "day" and published.precision == "day":
        gap = (_as_date(date) - _as_date(published)).days
        if -NEWS_WINDOW_DAYS <= gap < 0:
            return 0
    return -1 if a < b else 1


def _status(ev: Event, date: DateValue | None, doc: Document, expr: TimeExpr | None) -> str:
    # a date the article can be compared with outweighs the verbs around it
    if date is not None and doc.published is not None:
        order = compare(date, doc.published)
        if order >= 0 and expr is not None and expr.tense > 0:
            return "planned"  # "next week", "later this year"
        if order > 0:
            return "planned"
        if order < 0:
            return "referenced"
        if ev.status_cue == "planned":
            return "planned"
        if expr is not None and expr.year_offset is not None:
            # "earlier this year", "this year ... the signing": recalled, not today's news
            return "referenced"
        if len(date.value) < len(doc.published.value) and (ev.quoted or ev.mode == "sign"):
            return "referenced"
        return "referenced" if ev.status_cue == "referenced" and expr is not None and expr.is_absolute else "reported"
    if ev.status_cue == "planned" or (expr is not None and expr.tense > 0):
        return "planned"
    if ev.status_cue == "referenced" or ev.quoted or (expr is not None and expr.tense < 0):
        # "last week", "earlier this month", "a day after": the phrase says which way
        return "referenced"
    if expr is not None and expr.is_absolute:
        # an explicit past date in an undated article: most likely recalled
        return "referenced"
    return "reported"


def _party_of_the_dateline(ev: Event, doc: Document, place: str) -> bool:
    """The dateline's state takes part ("BAKU (Trend) - Bayramov met Fidan"), or the state of
    either is not known; a newsroom's city with no party of its state ("NEW DELHI - Blinken and
    Wang Yi met") is where the story was written, not the meeting."""
    where = country_of_place(place)
    if where is None:
        return True
    states = set()
    for name in ev.actors:
        actor = doc.actor_named(name)
        iso = iso_of_state_name(name) or (actor.country if actor is not None else None)
        if iso is None:
            return True  # a party of a state the article does not give may be of the dateline's
        states.add(iso)
    return where in states


def fallback_location(ev: Event, doc: Document) -> str | None:
    """Where the news happened when the sentence does not say: the dateline, or the host's country.
    A telephone call happens in no one place: the dateline is where the story was filed."""
    if ev.status != "reported" or ev.mode == "call":
        return None
    if doc.dateline is not None and doc.dateline.place and _party_of_the_dateline(ev, doc, doc.dateline.place):
        return doc.dateline.place
    host = doc.actor_named(ev.actors[0]) if ev.actors and ev.mode == "visit" else None
    return state_name(host.country) if host is not None and host.country else None


def settle_event(ev: Event, doc: Document, latest: int | None) -> Event:
    """Date and status of `ev`; `latest` is the latest year the article names (callers compute
    it once per article: `dates.expressions.latest_year_lived`)."""
    expr = time_expression(ev, doc)
    # which way a bare weekday points: ahead for "will meet", back for "met", else the nearest
    direction = 1 if ev.status_cue == "planned" else (-1 if ev.evidence.get("tense") == "past" else 0)
    date = resolve(expr, doc.published, latest, direction) if expr is not None else None
    if date is not None and expr is not None and expr.last_day is not None and ev.evidence.get("during"):
        # signed "during the visit" of 21-22 June: some day of it, so its month
        date = DateValue.of(date.year, date.month)
    ev.status = _status(ev, date, doc, expr)
    if expr is None and ev.status == "reported":
        date = doc.published
    elif expr is None and ev.status == "planned" and ev.evidence.get("date_from") == "news" and \
            doc.published is not None and doc.published.month is not None:
        date = DateValue.of(doc.published.year, doc.published.month)
    ev.date = date
    if expr is not None:
        ev.evidence["date_phrase"] = expr.text
    return ev
