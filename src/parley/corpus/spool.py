"""Per-article results on disk while a run goes on, so memory stays flat however many articles.

A temporary SQLite file holds each extracted article (serialized whole), the corpus facts and
the link index; the record is then written from it article by article, events in order.

    with Spool() as spool:
        for doc in extracted:
            spool.put(doc)                 # the article and its corpus facts
        spool.link()                       # the corpus steps, once, over everything
        for doc in spool.documents(): ...  # as the corpus has them (names, dates)
        for event in spool.events(): ...   # sorted by date, then id
"""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from ..model import Document, Event
from ..serialize import document_from_dict, document_to_dict, event_from_dict, event_to_dict
from .linking import event_order
from .run import CorpusRun

# articles written to the spool per transaction
COMMIT_EVERY = 200
# SQLite's page cache for the spool, in KiB
SPOOL_CACHE_KIB = 16 * 1024


class Spool:
    def __init__(self, directory: str | None = None, steps: tuple[str, ...] | None = None) -> None:
        handle, name = tempfile.mkstemp(prefix="parley-spool-", suffix=".db", dir=directory)
        os.close(handle)
        self.path = Path(name)
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        # a scratch file: nothing to recover after a crash, so no journal and no syncing
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        # a fixed page cache (not growing with the corpus): lookups by block stay in memory
        self.conn.execute(f"PRAGMA cache_size = -{SPOOL_CACHE_KIB}")
        self.conn.execute("CREATE TABLE spool_docs (seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, data TEXT NOT NULL)")
        self.conn.execute("CREATE TABLE spool_events (sortkey TEXT NOT NULL, data TEXT NOT NULL)")
        self.run = CorpusRun(self.conn, self.get, steps)
        self._pending = 0
        self.conn.execute("BEGIN")

    def __enter__(self) -> "Spool":
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            self.path.unlink(missing_ok=True)

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self.conn.execute("COMMIT")
            self.conn.execute("BEGIN")
            self._pending = 0

    def put(self, doc: Document, corpus: bool = True) -> None:
        self.conn.execute("INSERT INTO spool_docs (id, data) VALUES (?, ?)",
                          (doc.id, json.dumps(document_to_dict(doc, parses=False), ensure_ascii=False)))
        if corpus:
            self.run.add(doc)
        self._tick()

    def get(self, doc_id: str) -> Document:
        row = self.conn.execute("SELECT data FROM spool_docs WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return document_from_dict(json.loads(row[0]))

    def ids(self) -> Iterator[str]:
        for (doc_id,) in self.conn.execute("SELECT id FROM spool_docs ORDER BY seq"):
            yield doc_id

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM spool_docs").fetchone()[0]

    def link(self) -> None:
        """Run the corpus steps over every spooled article, then sort the events on disk."""
        self.run.update(set(self.ids()))
        self.conn.execute("DELETE FROM spool_events")
        rows = []
        for cluster in list(self.run.index.clusters()):
            event = self.run.index.event_of(cluster)
            if event is not None:
                date, event_id = event_order(event)
                rows.append((f"{date}\x00{event_id}", json.dumps(event_to_dict(event), ensure_ascii=False)))
            if len(rows) >= COMMIT_EVERY:
                self.conn.executemany("INSERT INTO spool_events VALUES (?, ?)", rows)
                rows = []
        self.conn.executemany("INSERT INTO spool_events VALUES (?, ?)", rows)
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN")

    def documents(self, corpus: bool = True) -> Iterator[Document]:
        for doc_id in list(self.ids()):
            doc = self.get(doc_id)
            yield self.run.corpus_document(doc_id, doc) if corpus else doc

    def events(self) -> Iterator[Event]:
        for (data,) in self.conn.execute("SELECT data FROM spool_events ORDER BY sortkey"):
            yield event_from_dict(json.loads(data))

    def quote_variants(self) -> Iterator[dict]:
        for (data,) in self.conn.execute("SELECT data FROM corpus_variants ORDER BY block, rowid"):
            yield json.loads(data)
