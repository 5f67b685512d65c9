"""Writing articles into the store, linked incrementally, a batch at a time.

Each batch of articles is one transaction: the articles (serialized whole, as extracted), their
corpus facts, the link index and the events their blocks reach, committed together or not at
all. A new article is linked against the index of what is stored; only the clusters its blocks
reach are decided again and only their events rewritten, so a batch costs the size of the
batch, not of the corpus. A run killed at any point leaves whole batches; a rerun skips what is
stored (same text) and does the rest.

Two writers never kill each other: a transaction waits for the other writer (the busy timeout
is far longer than any batch holds the lock) and, past it, says so and waits again. Readers
(WAL) never wait and never see half a batch.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from ..corpus.run import Change, CorpusRun
from ..errors import InputError, StoreError, UnreadableInput
from ..model import Document, Event
from ..options import Options
from ..pipeline import Context
from ..readers import read_inputs
from ..serialize import document_from_dict, document_to_dict
from .identity import content_hash, identity_of, stored_version
from .queries import date_bounds

Outcome = Literal["added", "replaced", "unchanged"]
# called with each input error ("skipped"), each article already stored ("unchanged"), each
# article out of extraction ("extracted") and again once stored ("added" or "replaced")
ProgressFn = Callable[[Document | InputError, str], None]
NoticeFn = Callable[[str], None]

# articles per transaction: the lock is held for about this many articles' storing and linking
BATCH_ARTICLES = 64
# ... or for what the articles extracted in this many seconds make, whichever comes first
BATCH_SECONDS = 5.0
# how long a writer waits, in all, for another writer before giving up
MAX_WAIT_S = 3600.0
# the corpus steps the store keeps up to date (quote variants are compared on demand, per
# speaker: `corpus.quote_variants.variants_of_quotes` over `queries.quotes` rows)
STORE_STEPS = ("people", "dating", "linking")


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    events: int = 0
    # False when no input existed: the database was then neither opened nor created
    opened: bool = True


def _busy(err: sqlite3.OperationalError) -> bool:
    text = str(err).lower()
    return "locked" in text or "busy" in text


class Writer:
    """Stores documents into one open database and keeps its events linked."""

    def __init__(self, conn: sqlite3.Connection, options: Options | None = None,
                 notice: NoticeFn | None = None) -> None:
        self.conn = conn
        self.ctx = Context(options or Options())
        self.notice = notice

    # ---- transactions that wait for other writers ------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        waited = 0.0
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as err:
                if not _busy(err) or waited >= MAX_WAIT_S:
                    raise StoreError(f"database stays busy ({err}); is another writer stuck?") from None
                if self.notice:
                    self.notice("the database is busy (another ingest is writing); waiting for it")
                time.sleep(1.0)
                waited += 1.0
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _run(self) -> CorpusRun:
        # a fresh run per transaction: another writer may have changed the tables in between
        steps = self.ctx.options.corpus_steps or STORE_STEPS
        return CorpusRun(self.conn, self._load, tuple(s for s in steps if s in STORE_STEPS))

    def _load(self, doc_id: str) -> Document:
        row = self.conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return document_from_dict(json.loads(row[0]))

    def known_hashes(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT content_hash FROM documents")}

    # ---- storing ----------------------------------------------------------------------------
    def store_batch(self, docs: list[Document]) -> list[Outcome]:
        """Store articles and link them, in one transaction."""
        with self.transaction():
            outcomes, stored, removed = [], [], []
            for doc in docs:
                outcome, gone = self._store_one(doc)
                outcomes.append(outcome)
                if outcome != "unchanged":
                    stored.append(doc)
                    removed += gone
            if stored or removed:
                self._link(stored, removed)
        return outcomes

    def store(self, doc: Document, relink: bool = True) -> Outcome:
        """One article in its own transaction (`relink` is kept for callers of old; linking is
        incremental and always done)."""
        return self.store_batch([doc])[0]

    def _store_one(self, doc: Document) -> tuple[Outcome, list[str]]:
        digest = content_hash(doc.text)
        if self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone():
            return "unchanged", []
        ident = identity_of(doc)
        old = stored_version(self.conn, doc, ident)
        outcome: Outcome = "added"
        gone: list[str] = []
        if old is not None:
            # the same article, edited since: the new text replaces it and keeps its id
            _rename(doc, old["id"])
            self._delete(old["rowid"])
            gone.append(old["id"])
            outcome = "replaced"
        elif self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
            _rename(doc, self._free_id(doc.id))  # another article under the same name
        self._insert(doc, digest, ident.key, ident.name)
        return outcome, gone

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

    def _insert(self, doc: Document, digest: str, key: str, name: str | None) -> None:
        body = doc.body
        cur = self.conn.execute(
            "INSERT INTO documents (id, content_hash, source, url, title, outlet, published, published_precision,"
            " text, body, data, ingested_at, doc_key, doc_name)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?, datetime('now'),?,?)",
            (doc.id, digest, doc.source, doc.url, doc.title, doc.outlet,
             doc.published.value if doc.published else None, doc.published.precision if doc.published else None,
             doc.text, body, json.dumps(document_to_dict(doc, parses=False), ensure_ascii=False), key, name))
        self.conn.execute("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                          (cur.lastrowid, doc.title or "", body))
        self._write_derived(cur.lastrowid, doc)

    def _write_derived(self, rowid: int, doc: Document) -> None:
        """Actors and quotes rows as the corpus names them (rewritten when it renames someone)."""
        self.conn.execute("DELETE FROM quotes_fts WHERE rowid IN (SELECT rowid FROM quotes WHERE doc_rowid = ?)",
                          (rowid,))
        self.conn.execute("DELETE FROM quotes WHERE doc_rowid = ?", (rowid,))
        self.conn.execute("DELETE FROM actors WHERE doc_rowid = ?", (rowid,))
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
        self.conn.execute("UPDATE documents SET published = ?, published_precision = ? WHERE rowid = ?",
                          (doc.published.value if doc.published else None,
                           doc.published.precision if doc.published else None, rowid))

    # ---- linking ----------------------------------------------------------------------------
    def _link(self, stored: list[Document], removed: list[str]) -> Change:
        """The corpus steps over what this batch changed; the events of the clusters reached."""
        run = self._run()
        change = run.replace(stored, removed)
        self._rewrite_changed(run, change)
        self._write_events(run, change.clusters)
        return change

    def _rewrite_changed(self, run: CorpusRun, change: Change) -> None:
        """Actors, quotes and dates of articles the corpus changed (names, year, day)."""
        for doc_id in sorted((change.dirty | change.added) - change.removed):
            if doc_id in change.dirty or run.state(doc_id):
                row = self.conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
                if row is not None:
                    self._write_derived(row[0], run.corpus_document(doc_id))

    def _write_events(self, run: CorpusRun, clusters: set[str]) -> None:
        # `ord` counts event rows as written: a reader can tell the events changed (MAX(ord))
        self._ord = self.conn.execute("SELECT COALESCE(MAX(ord), 0) FROM events").fetchone()[0]
        ordered = sorted(clusters)
        for i in range(0, len(ordered), 500):
            chunk = ordered[i : i + 500]
            marks = ",".join("?" * len(chunk))
            self.conn.execute(f"DELETE FROM events WHERE cluster IN ({marks})", chunk)
        for cluster in ordered:
            event = run.index.event_of(cluster)
            if event is not None:
                self._insert_event(cluster, event)

    def _insert_event(self, cluster: str, event: Event) -> None:
        if self.conn.execute("SELECT 1 FROM events WHERE id = ?", (event.id,)).fetchone():
            event.id = f"{event.id}-{content_hash(cluster)[:6]}"  # two clusters, one digest: keep both
        value = event.date.value if event.date else None
        lo, hi = date_bounds(value)
        self.conn.execute(
            "INSERT INTO events (id, ord, code, root_code, label, location, date, date_precision, date_lo, date_hi,"
            " status, data, cluster, sortkey) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (event.id, self._next_ord(), event.code, event.code[:2], event.label, event.location, value,
             event.date.precision if event.date else None, lo, hi, event.status,
             json.dumps(event.to_json(), ensure_ascii=False), cluster, f"{value or '9999'}\x00{event.id}"))
        self.conn.executemany("INSERT INTO event_actors (event_id, actor) VALUES (?, ?)",
                              [(event.id, a) for a in dict.fromkeys(event.actors)])
        self.conn.executemany('INSERT INTO event_mentions (event_id, document, start, "end") VALUES (?,?,?,?)',
                              [(event.id, m.document, m.start, m.end) for m in event.mentions])

    def _next_ord(self) -> int:
        self._ord += 1
        return self._ord

    def _catch_up(self) -> None:
        """Articles stored without corpus facts (a database of schema 2, or events cleared by a
        migration): linked now, in the caller's transaction."""
        stale = self.conn.execute("SELECT stale FROM link_state").fetchone()[0]
        counts = self.conn.execute("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM corpus_docs)"
                                   ).fetchone()
        if not stale and counts[0] == counts[1]:
            return
        missing = [r[0] for r in self.conn.execute(
            "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM corpus_docs c WHERE c.document = d.id) "
            "ORDER BY d.rowid")]
        run = self._run()
        for doc_id in missing:
            run.add(self._load(doc_id))
        change = run.update(set(missing))
        clusters = set(change.clusters)
        if stale:  # events cleared by the migration: every cluster's event is written again
            clusters |= set(run.index.clusters())
        self._rewrite_changed(run, change)
        self._write_events(run, clusters)
        self.conn.execute("UPDATE link_state SET stale = 0")

    def catch_up(self) -> None:
        with self.transaction():
            self._catch_up()

    # kept for callers of old: linking is incremental, there is nothing stale to relink
    def relink_if_stale(self) -> None:
        self.catch_up()


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
    batch: list[Document] = []

    def flush() -> None:
        for doc, outcome in zip(batch, writer.store_batch(batch)):
            getattr(result, outcome).append(doc.id)
        batch.clear()

    for doc in documents:
        batch.append(doc)
        if len(batch) >= BATCH_ARTICLES:
            flush()
    flush()
    writer.catch_up()
    result.events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    return result


def ingest(inputs: list[str], db_path: str, options: Options | None = None, progress: ProgressFn | None = None,
           stdin_text: str | bytes | None = None, notice: NoticeFn | None = None) -> IngestResult:
    """Read, extract and store articles; articles already stored (same text) skip the NLP."""
    from .db import connect

    options = options or Options()
    missing = [p for p in inputs if p != "-" and not os.path.lexists(p)]
    if inputs and len(missing) == len(inputs):
        # nothing to read: no database is created for it
        result = IngestResult(opened=False)
        for path in missing:
            result.skipped.append(UnreadableInput("no such file or folder", path))
            if progress:
                progress(result.skipped[-1], "skipped")
        return result
    conn = connect(db_path)
    try:
        writer = Writer(conn, options, notice)
        writer.catch_up()  # a database of an older schema, or a migration that cleared events
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

        from ..extraction import iter_documents

        batch: list[Document] = []
        started = time.monotonic()

        def flush() -> None:
            for doc, outcome in zip(batch, writer.store_batch(batch)):
                getattr(result, outcome).append(doc.id)
                if progress:
                    progress(doc, outcome)
            batch.clear()

        for doc in iter_documents(fresh(read_inputs(inputs, stdin_text, options)), options):
            if progress:
                progress(doc, "extracted")
            batch.append(doc)
            if len(batch) >= BATCH_ARTICLES or time.monotonic() - started >= BATCH_SECONDS:
                flush()
                started = time.monotonic()
        flush()
        result.events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        return result
    finally:
        conn.close()
