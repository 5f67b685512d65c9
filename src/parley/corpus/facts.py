"""What corpus reasoning needs of one article, taken once when the article is extracted.

Corpus steps never re-read every article: each article leaves its facts (the people it names,
the dates others may lean on, what it would need to know for its own year, its link units and
its quotes) in tables keyed by block, and is re-read only when the corpus changes something in it
(a fuller name, a year, a day).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from ..errors import CorpusStepError
from ..model import Document
from .dating import DateNeed, KnownDate, date_needs, known_dates
from .people import Person, people_of
from .quote_variants import QuoteText, quotes_of
from .units import LinkUnit, units_of

T = TypeVar("T")


@dataclass
class ArticleFacts:
    document: str
    people: list[Person] = field(default_factory=list)
    known: list[KnownDate] = field(default_factory=list)
    needs: list[DateNeed] = field(default_factory=list)
    units: list[LinkUnit] = field(default_factory=list)
    quotes: list[QuoteText] = field(default_factory=list)
    # one line per corpus step that failed on this article (the article is kept)
    warnings: list[str] = field(default_factory=list)


def guarded(step: str, doc_id: str, warnings: list[str], fn: Callable[[], T], default: T) -> T:
    """Run one article's part of a corpus step; an exception costs that part only, with a warning."""
    try:
        return fn()
    except Exception as err:  # noqa: BLE001 - one article's error never loses the run
        warnings.append(CorpusStepError.about(step, err).line())
        return default


def article_facts(doc: Document) -> ArticleFacts:
    facts = ArticleFacts(doc.id)
    w = facts.warnings
    facts.people = guarded("people", doc.id, w, lambda: people_of(doc), [])
    facts.known = guarded("dating", doc.id, w, lambda: known_dates(doc), [])
    facts.needs = guarded("dating", doc.id, w, lambda: date_needs(doc), [])
    facts.units = guarded("linking", doc.id, w, lambda: units_of(doc), [])
    facts.quotes = guarded("quote_variants", doc.id, w, lambda: quotes_of(doc), [])
    return facts
