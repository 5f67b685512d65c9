"""When the article was written, never more precise than the evidence.

Evidence, strongest first:
1. page metadata;
2. a dateline with a year (`Riyadh, March 05, 2025, SPA`, `07 March 2025, 17:45`);
3. a byline or date line in the header (`Jane Doe | 25.02.2025 - Update : 25.02.2025`,
   `Published: 3 March 2025`): its earliest date, since an update comes after publication;
4. a dateline with day and month only, whose year is
   - the year of the same day and month written out in the body (`on 25 February 2025`), or
   - from a weekday in the lead (`on Friday`): a year the text names where that day is that
     weekday, else the one year near it where it is (`published_strength` "weak"), or
   - with no weekday, the latest year the text names as lived (weak: `in 2025`);
5. a date in the lead: with its year, or with a weekday (`on Monday (27 February)`) as above.

A weekday alone only guesses the year: weekdays repeat, so the guess is kept only when one
year in the window (calendar.toml `[weekday_year]`) fits, and is marked weak so that corpus
reasoning can replace it. Dates in page furniture never count: only header and body are read.
"""
from __future__ import annotations

from typing import NamedTuple

from ..dates import year_by_weekday
from ..dates.expressions import TimeExpr, find_time_expressions, latest_year_lived
from ..model import DateValue, Document, PublishedStrength, Span
from ..pipeline import Context
from .header import full_dates, is_header_meta
from .lines import split_lines

# the lead: where the news date of an article is stated
LEAD_PARAGRAPHS = 2


class Finding(NamedTuple):
    date: DateValue
    evidence: str
    strength: PublishedStrength = "strong"


class YearGuess(NamedTuple):
    year: int
    strength: PublishedStrength


def _lead(doc: Document) -> Span | None:
    if not doc.body_spans:
        return None
    paragraphs = doc.body_spans[:LEAD_PARAGRAPHS]
    return Span(paragraphs[0].start, paragraphs[-1].end)


def year_for_weekday(month: int, day: int, weekday: int, latest: int | None) -> YearGuess | None:
    """The year in which `day month` is `weekday`, judged against the latest year the text names.

    That year itself fitting is strong evidence (two independent facts agree); a single fitting
    year near it is a weak guess; several, or none, give no year.
    """
    year = year_by_weekday(month, day, weekday, latest)
    if year is None:
        return None
    return YearGuess(year, "strong" if year == latest else "weak")


def _from_dateline_year(doc: Document) -> Finding | None:
    dl = doc.dateline
    if dl is not None and dl.year and dl.month and dl.day:
        return Finding(DateValue.of(dl.year, dl.month, dl.day), "dateline")
    return None


def _from_header(doc: Document) -> Finding | None:
    """The earliest full date on a byline or date line above the body."""
    if not doc.body_spans:
        return None
    header = doc.text[: doc.body_spans[0].start]
    dates = [d for line in split_lines(header) if is_header_meta(line) for d in full_dates(line.text)]
    if not dates:
        return None
    return Finding(DateValue.of(*min(dates)), "date on a byline or date line")


def _from_dateline_day(doc: Document, lead_exprs: list[TimeExpr], latest: int | None) -> Finding | None:
    """A year for a dateline that gives day and month only."""
    dl = doc.dateline
    if dl is None or not (dl.month and dl.day) or dl.year:
        return None
    same_day = [e for span in doc.body_spans for e in find_time_expressions(doc.text, span)
                if e.year is not None and (e.month, e.day) == (dl.month, dl.day)]
    if same_day:
        return Finding(DateValue.of(same_day[0].year, dl.month, dl.day), "dateline day and month; the year of that date in the body")
    weekdays = [e.weekday for e in lead_exprs if e.weekday is not None and e.day is None]
    if weekdays:
        guess = year_for_weekday(dl.month, dl.day, weekdays[0], latest)
        if guess is None:
            return None
        return Finding(DateValue.of(guess.year, dl.month, dl.day),
                       "dateline day and month; year from the weekday in the lead", guess.strength)
    if latest is not None:
        return Finding(DateValue.of(latest, dl.month, dl.day),
                       "dateline day and month; year the latest the text names", "weak")
    return None


def _from_lead(lead_exprs: list[TimeExpr], latest: int | None) -> Finding | None:
    for e in lead_exprs:
        if e.day is None or e.month is None:
            continue
        if e.year is not None:
            return Finding(DateValue.of(e.year, e.month, e.day), "date in the lead")
        if e.weekday is None:
            continue
        guess = year_for_weekday(e.month, e.day, e.weekday, latest)
        if guess:
            return Finding(DateValue.of(guess.year, e.month, e.day), "weekday and date in the lead", guess.strength)
    return None


def date_published(doc: Document, ctx: Context) -> Document:
    if doc.metadata_published is not None:
        doc.published, doc.published_evidence = doc.metadata_published, "page metadata"
        doc.published_strength = "strong"
        return doc
    latest = latest_year_lived(doc.text, doc.body_spans)
    lead = _lead(doc)
    lead_exprs = find_time_expressions(doc.text, lead) if lead else []
    found = (_from_dateline_year(doc) or _from_header(doc)
             or _from_dateline_day(doc, lead_exprs, latest) or _from_lead(lead_exprs, latest))
    if found is not None:
        doc.published, doc.published_evidence, doc.published_strength = found
    return doc


def lead_day_and_weekday(doc: Document) -> tuple[int, int, int] | None:
    """(month, day, weekday) the article's own day is given by, when no year comes with it.

    `5 Dec.` in the dateline with `on Monday` in the lead, or `on Monday (27 February)`; the
    corpus uses it to find the year nearest its other articles' dates.
    """
    lead = _lead(doc)
    exprs = find_time_expressions(doc.text, lead) if lead else []
    dl = doc.dateline
    if dl is not None and dl.month and dl.day and not dl.year:
        weekdays = [e.weekday for e in exprs if e.weekday is not None and e.day is None]
        return (dl.month, dl.day, weekdays[0]) if weekdays else None
    for e in exprs:
        if e.day is not None and e.month is not None:
            if e.year is not None:
                return None  # the first date in the lead has its year: nothing to guess
            if e.weekday is not None:
                return e.month, e.day, e.weekday
    return None
