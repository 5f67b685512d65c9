"""Reasoning across articles: one event however many reports, dates the corpus implies.

    events = link_corpus(documents, ctx)          # in memory; the documents take the corpus's
                                                  # names and dates
    result = CorpusResult.of(documents, ctx)      # documents, events and quote variants

Everything goes through `CorpusRun` (`run.py`): the steps of `steps.py` over blocks, so the
cost grows with the corpus and an article only ever meets the articles its blocks reach.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from ..model import Document, Event
from ..pipeline import Context
from ..serialize import document_from_dict, document_to_dict
from .quote_variants import QuoteVariant, find_quote_variants, variants_of_quotes
from .run import CorpusRun, apply_state


def memory_run(documents: list[Document], steps: tuple[str, ...] | None = None) -> CorpusRun:
    """A run over documents held in memory (each re-read as extracted: the documents only take
    the corpus's names and dates after the run, so a copy made when a step asks is the same as
    one made before, and most are never asked for)."""
    kept = {d.id: d for d in documents}
    conn = sqlite3.connect(":memory:", isolation_level=None)
    run = CorpusRun(conn, lambda doc_id: document_from_dict(document_to_dict(kept[doc_id], parses=False)), steps)
    conn.execute("BEGIN")
    for doc in documents:
        run.add(doc)
    run.update({d.id for d in documents})
    conn.execute("COMMIT")
    return run


@dataclass
class CorpusResult:
    documents: list[Document]
    events: list[Event]
    quote_variants: list[QuoteVariant] = field(default_factory=list)

    @classmethod
    def of(cls, documents: list[Document], ctx: Context | None = None) -> "CorpusResult":
        steps = (ctx or Context()).options.corpus_steps
        run = memory_run(documents, steps)
        for doc in documents:
            run.corpus_document(doc.id, doc)
        return cls(documents, run.index.events(), stored_variants(run))


def stored_variants(run: CorpusRun) -> list[QuoteVariant]:
    from .quote_variants import Difference, Passage
    from ..model import Span

    out = []
    for (data,) in run.conn.execute("SELECT data FROM corpus_variants ORDER BY block, rowid"):
        raw = json.loads(data)
        passages = [Passage(v["document"], raw["speaker"], Span(v["start"], v["end"]), ()) for v in raw["variants"]]
        out.append(QuoteVariant(raw["speaker"], passages, raw["similarity"],
                                [Difference(d["first"], d["second"]) for d in raw["differences"]]))
    return out


def link_corpus(documents: list[Document], ctx: Context | None = None) -> list[Event]:
    """Events of the whole corpus, each reported once, with every article's mentions; the
    documents take the names and dates the corpus gives them."""
    return CorpusResult.of(documents, ctx).events


class Corpus:
    """A growing corpus: add articles as they come; only what their blocks reach is decided again."""

    def __init__(self, ctx: Context | None = None) -> None:
        self.ctx = ctx or Context()
        self._kept: dict[str, dict] = {}
        conn = sqlite3.connect(":memory:", isolation_level=None)
        self.run = CorpusRun(conn, lambda doc_id: document_from_dict(self._kept[doc_id]), self.ctx.options.corpus_steps)

    def add(self, documents: list[Document]) -> list[Event]:
        for doc in documents:
            self._kept[doc.id] = document_to_dict(doc, parses=False)
        self.run.replace(documents)
        return self.events

    @property
    def events(self) -> list[Event]:
        return self.run.index.events()

    @property
    def documents(self) -> list[Document]:
        return [self.run.corpus_document(d) for d in self.run.documents()]

    @property
    def quote_variants(self) -> list[QuoteVariant]:
        return stored_variants(self.run)


__all__ = ["Corpus", "CorpusResult", "CorpusRun", "QuoteVariant", "apply_state", "find_quote_variants",
           "link_corpus", "memory_run", "variants_of_quotes"]
