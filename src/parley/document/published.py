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


def _lead(doc: Document) -> Span | None:
    if not doc.body_spans:
        return None
    paragraphs = doc.body_spans[:LEAD_PARAGRAPHS]
    return Span(paragraphs[0].start, paragraphs[-1].end)


def date_published(doc: Document, ctx: Context) -> Document:
    if doc.metadata_published is not None:
        doc.published, doc.published_evidence = doc.metadata_published, "page metadata"
        return doc
    latest = latest_year_named(doc.text, doc.body_spans)
    lead = _lead(doc)
    lead_exprs = find_time_expressions(doc.text, lead) if lead else []
    dl = doc.dateline
    if dl is not None and dl.month and dl.day:
        if dl.year:
            doc.published, doc.published_evidence = DateValue.of(dl.year, dl.month, dl.day), "dateline"
            return doc
        weekdays = [e.weekday for e in lead_exprs if e.weekday is not None and e.day is None]
        if weekdays:
            year = year_by_weekday(dl.month, dl.day, weekdays[0], latest)
            if year:
                doc.published = DateValue.of(year, dl.month, dl.day)
                doc.published_evidence = "dateline day and month; year from the weekday in the lead"
                return doc
    for e in lead_exprs:
        if e.day is not None and e.month is not None:
            if e.year is not None:
                doc.published, doc.published_evidence = DateValue.of(e.year, e.month, e.day), "date in the lead"
                return doc
            weekday = e.weekday
            if weekday is None:
                continue
            year = year_by_weekday(e.month, e.day, weekday, latest)
            if year:
                doc.published = DateValue.of(year, e.month, e.day)
                doc.published_evidence = "weekday and date in the lead"
                return doc
    return doc
