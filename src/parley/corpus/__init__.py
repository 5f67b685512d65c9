"""Reasoning across articles: one event however many reports, dates the corpus implies."""
from __future__ import annotations

from ..model import Document, Event
from ..pipeline import Context
from .dating import date_from_corpus, sharpen_from_same_event
from .linking import ActorCountries, cluster_events, finalize, keep
from .people import unify_people
from .quote_variants import QuoteVariant, find_quote_variants


def link_corpus(documents: list[Document], ctx: Context) -> list[Event]:
    """Events of the whole corpus, each reported once, with every article's mentions.

    Articles the text alone cannot date are dated first (from events other articles date),
    then mentions are clustered; an article dated to the year that reports a meeting the
    corpus dates to the day takes that day, and the clustering runs once more.
    """
    unify_people(documents)
    date_from_corpus(documents)
    people = ActorCountries(documents)
    clusters = cluster_events(documents, people)
    sharpened = False
    for cluster in clusters:
        date = cluster.date
        if date is None or date.precision != "day":
            continue
        for doc, ev in cluster.members:
            if ev.status == "reported" and ev.time is None:
                sharpened |= sharpen_from_same_event(doc, date)
    if sharpened:
        clusters = cluster_events(documents, people)
    events = sorted((e for e in (finalize(c, people) for c in clusters) if keep(e)),
                    key=lambda e: (e.date.value if e.date else "9999", e.id, e.mentions[0].document))
    seen: dict[str, int] = {}
    for event in events:
        # two records alike in every key field still need ids of their own
        seen[event.id] = seen.get(event.id, 0) + 1
        if seen[event.id] > 1:
            event.id = f"{event.id}-{seen[event.id]}"
    return events


class Corpus:
    """A growing corpus: add articles as they come; events are re-linked, articles never re-read.

    Only the new articles go through the per-article pipeline; linking works on the
    per-article events already found, so adding one article costs one article's extraction.
    """

    def __init__(self, ctx: Context | None = None) -> None:
        self.ctx = ctx or Context()
        self.documents: dict[str, Document] = {}
        self.events: list[Event] = []
        self.quote_variants: list[QuoteVariant] = []

    def add(self, documents: list[Document]) -> list[Event]:
        for doc in documents:
            self.documents[doc.id] = doc
        docs = list(self.documents.values())
        self.events = link_corpus(docs, self.ctx)
        self.quote_variants = find_quote_variants(docs)
        return self.events


__all__ = ["Corpus", "link_corpus", "find_quote_variants", "QuoteVariant"]
