"""Reasoning across articles: one event however many reports, dates the corpus implies."""
from __future__ import annotations

from ..model import Document, Event
from ..pipeline import Context
from .dating import date_from_corpus, sharpen_from_same_event
from .linking import ActorCountries, cluster_events, finalize, keep


def link_corpus(documents: list[Document], ctx: Context) -> list[Event]:
    """Events of the whole corpus, each reported once, with every article's mentions.

    Articles the text alone cannot date are dated first (from events other articles date),
    then mentions are clustered; an article dated to the year that reports a meeting the
    corpus dates to the day takes that day, and the clustering runs once more.
    """
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
    events = [finalize(c, people) for c in clusters]
    return sorted((e for e in events if keep(e)), key=lambda e: (e.date.value if e.date else "9999", e.id))
