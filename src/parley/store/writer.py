"""Writing articles into the store: one transaction per article, events relinked per batch.

Each article is stored with its per-article output (the pipeline's `Document`, serialized
whole) in a transaction of its own, and marks the events stale. At the end of a batch (and
every `RELINK_EVERY` articles) `link_corpus` runs over every stored document (deserialized:
no NLP re-run) and the events table is replaced in one transaction. A crash at any point
leaves every whole article stored and the stale mark set, so the next run relinks first.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from ..corpus import link_corpus
from ..errors import InputError
from ..model import Document, Event
from ..options import Options
from ..pipeline import Context
from ..readers import read_inputs
from ..serialize import document_from_dict, document_to_dict
from ..stages import build_pipeline
from .db import connect, transaction
from .queries import date_bounds

Outcome = Literal["added", "replaced", "unchanged"]
ProgressFn = Callable[[Document | InputError, str], None]


# a long ingest relinks now and then, so readers see events before the batch ends
RELINK_EVERY = 500


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    events: int = 0


class Writer:
    """Stores documents into one open database; keeps parsed stored documents between articles."""

    def __init__(self, conn: sqlite3.Connection, options: Options | None = None) -> None:
        self.conn = conn
        self.ctx = Context(options or Options())
        self._stored: dict[int, dict[str, Any]] = {}

    def known_hashes(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT content_hash FROM documents")}

    def store(self, doc: Document, relink: bool = True) -> Outcome:
        """Store one processed document atomically; relink the corpus now, or mark it stale.

        A batch stores its articles with `relink=False` and relinks once at its end: linking
        reads every stored document, and doing so after each article would cost the square
        of the corpus. The stale mark survives a crash, so the next run relinks first.
        """
        digest = content_hash(doc.text)
        with transaction(self.conn):
            if self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone():
                return "unchanged"
            outcome: Outcome = "added"
            old = self.conn.execute("SELECT rowid, source FROM documents WHERE id = ?", (doc.id,)).fetchone()
            if old is not None and old["source"] == doc.source:
                self._delete(old["rowid"])  # the same article, edited since: the new text replaces it
                outcome = "replaced"
            elif old is not None:
                _rename(doc, self._free_id(doc.id))
            self._insert(doc, digest)
            if relink:
                self.relink()
            else:
                self.conn.execute("UPDATE link_state SET stale = 1")
        return outcome

    def relink_if_stale(self) -> None:
        with transaction(self.conn):
            if self.conn.execute("SELECT stale FROM link_state").fetchone()[0]:
                self.relink()

    def relink(self) -> int:
        """Link every stored document's events and replace the events table (caller holds a transaction)."""
        rowids = [r[0] for r in self.conn.execute("SELECT rowid FROM documents ORDER BY rowid")]
        live = set(rowids)
        for gone in [r for r in self._stored if r not in live]:
            del self._stored[gone]
        missing = [r for r in rowids if r not in self._stored]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT rowid, data FROM documents WHERE rowid IN ({marks})", chunk):
                self._stored[row[0]] = json.loads(row[1])
        documents = [document_from_dict(self._stored[r]) for r in rowids]
        events = link_corpus(documents, self.ctx)
        self.conn.execute("DELETE FROM event_mentions")
        self.conn.execute("DELETE FROM event_actors")
        self.conn.execute("DELETE FROM events")
        taken: set[str] = set()
        for n, event in enumerate(events):
            self._insert_event(n, event, taken)
        self.conn.execute("UPDATE link_state SET stale = 0")
        return len(events)

    def _free_id(self, doc_id: str) -> str:
        n = 2
        while self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (f"{doc_id}#{n}",)).fetchone():
            n += 1
        return f"{doc_id}#{n}"

    def _delete(self, rowid: int) -> None:
        self.conn.execute("DELETE FROM quotes_fts WHERE rowid IN (SELECT rowid FROM quotes WHERE doc_rowid = ?)",
                          (rowid,))
        self.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (rowid,))
        self.conn.execute("DELETE FROM documents WHERE rowid = ?", (rowid,))  # actors, quotes cascade

    def _insert(self, doc: Document, digest: str) -> None:
        body = doc.body
        cur = self.conn.execute(
            "INSERT INTO documents (id, content_hash, source, url, title, outlet, published, published_precision,"
            " text, body, data, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?, datetime('now'))",
            (doc.id, digest, doc.source, doc.url, doc.title, doc.outlet,
             doc.published.value if doc.published else None, doc.published.precision if doc.published else None,
             doc.text, body, json.dumps(document_to_dict(doc, parses=False), ensure_ascii=False)))
        rowid = cur.lastrowid
        self.conn.execute("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                          (rowid, doc.title or "", body))
        self.conn.executemany(
            "INSERT INTO actors (doc_rowid, name, type, country, role, mentions) VALUES (?,?,?,?,?,?)",
            [(rowid, a.name, a.type, a.country, a.role, len(set(a.mentions))) for a in doc.actors])
        for q in doc.quotes:
            text = q.span.of(doc.text)
            qcur = self.conn.execute(
                'INSERT INTO quotes (doc_rowid, speaker, text, start, "end", kind) VALUES (?,?,?,?,?,?)',
                (rowid, q.speaker, text, q.span.start, q.span.end, q.kind))
            self.conn.execute("INSERT INTO quotes_fts (rowid, speaker, text) VALUES (?, ?, ?)",
                              (qcur.lastrowid, q.speaker or "", text))

    def _insert_event(self, n: int, event: Event, taken: set[str]) -> None:
        event_id = event.id or f"ev{n + 1}"
        while event_id in taken:  # the linker should give unique ids; the table insists
            event_id = f"{event_id}-{n + 1}"
        taken.add(event_id)
        event.id = event_id
        value = event.date.value if event.date else None
        lo, hi = date_bounds(value)
        self.conn.execute(
            "INSERT INTO events (id, ord, code, root_code, label, location, date, date_precision, date_lo, date_hi,"
            " status, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, n, event.code, event.code[:2], event.label, event.location, value,
             event.date.precision if event.date else None, lo, hi, event.status,
             json.dumps(event.to_json(), ensure_ascii=False)))
        self.conn.executemany("INSERT INTO event_actors (event_id, actor) VALUES (?, ?)",
                              [(event_id, a) for a in dict.fromkeys(event.actors)])
        self.conn.executemany('INSERT INTO event_mentions (event_id, document, start, "end") VALUES (?,?,?,?)',
                              [(event_id, m.document, m.start, m.end) for m in event.mentions])


def _rename(doc: Document, new_id: str) -> None:
    for event in doc.events:
        for m in event.mentions:
            if m.document == doc.id:
                m.document = new_id
    doc.id = new_id


def store_documents(conn: sqlite3.Connection, documents: Iterable[Document],
                    options: Options | None = None) -> IngestResult:
    """Store documents the pipeline has already processed (no NLP here)."""
    writer = Writer(conn, options)
    result = IngestResult()
    for doc in documents:
        getattr(result, writer.store(doc, relink=False)).append(doc.id)
    writer.relink_if_stale()
    result.events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    return result


def ingest(inputs: list[str], db_path: str, options: Options | None = None, progress: ProgressFn | None = None,
           stdin_text: str | None = None) -> IngestResult:
    """Read, extract and store articles; articles already stored (same text) skip the NLP."""
    options = options or Options()
    conn = connect(db_path)
    try:
        writer = Writer(conn, options)
        writer.relink_if_stale()  # a run that was stopped before its relink
        result = IngestResult()
        known = writer.known_hashes()

        def fresh(items: Iterable[Document | InputError]) -> Iterator[Document]:
            for item in items:
                if isinstance(item, InputError):
                    result.skipped.append(item)
                    if progress:
                        progress(item, "skipped")
                    continue
                digest = content_hash(item.text)
                if digest in known:
                    result.unchanged.append(item.id)
                    if progress:
                        progress(item, "unchanged")
                    continue
                known.add(digest)
                yield item

        pipeline = build_pipeline(options.stages, writer.ctx)
        for n, doc in enumerate(pipeline.pipe(fresh(read_inputs(inputs, stdin_text))), start=1):
            outcome = writer.store(doc, relink=n % RELINK_EVERY == 0)
            getattr(result, outcome).append(doc.id)
            if progress:
                progress(doc, outcome)
        writer.relink_if_stale()
        result.events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        return result
    finally:
        conn.close()
