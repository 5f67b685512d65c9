"""When the article was written, never more precise than the evidence.

Evidence, strongest first: page metadata; a dateline with a year; a dateline or a lead
sentence that gives day and month plus a weekday (`on Monday (27 February)`, `5 Dec.` with
`on Monday`), whose year is the one where that day falls on that weekday near the latest
year the article names. Dates in page furniture never count: only header and body are read.
"""
from __future__ import annotations

from ..dates import year_by_weekday
from ..dates.expressions import find_time_expressions, latest_year_named
from ..model import DateValue, Document, Span
from ..pipeline import Context

# the lead: where the news date of an article is stated
LEAD_PARAGRAPHS = 2
# a year found only because a weekday fits it: weak evidence the corpus may overrule
WEEKDAY_GUESS = "day and month from the text; year from the weekday, near the years the text names"


def _lead(doc: Document) -> Span | None:
    if not doc.body_spans:
        return None
    paragraphs = doc.body_spans[:LEAD_PARAGRAPHS]
    return Span(paragraphs[0].start, paragraphs[-1].end)


def lead_day_and_weekday(doc: Document) -> tuple[int, int, int] | None:
    """(month, day, weekday) the article's own day is given by, when no year comes with it.

    `5 Dec.` in the dateline with `on Monday` in the lead, or `on Monday (27 February)`.
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


def date_published(doc: Document, ctx: Context) -> Document:
    if doc.metadata_published is not None:
        doc.published, doc.published_evidence = doc.metadata_published, "page metadata"
        return doc
    dl = doc.dateline
    if dl is not None and dl.month and dl.day and dl.year:
        doc.published, doc.published_evidence = DateValue.of(dl.year, dl.month, dl.day), "dateline"
        return doc
    lead = _lead(doc)
    dated_by_dateline = dl is not None and dl.month is not None and dl.day is not None
    for e in find_time_expressions(doc.text, lead) if lead and not dated_by_dateline else []:
        if e.day is not None and e.month is not None:
            # the first full date of the lead is the news date; one without a year waits below
            if e.year is not None:
                doc.published, doc.published_evidence = DateValue.of(e.year, e.month, e.day), "date in the lead"
                return doc
            break
    known = lead_day_and_weekday(doc)
    if known is not None:
        month, day, weekday = known
        year = year_by_weekday(month, day, weekday, latest_year_named(doc.text, doc.body_spans))
        if year:
            doc.published = DateValue.of(year, month, day)
            doc.published_evidence = WEEKDAY_GUESS
    return doc
