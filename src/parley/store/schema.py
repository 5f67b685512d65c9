"""The one schema module: numbered migrations, applied in order, recorded in `schema_version`.

Add a migration by appending `(N, "description", SQL)` to `MIGRATIONS`; never edit one that
has shipped. `migrate` applies the missing ones, each in its own transaction.
"""
from __future__ import annotations

import sqlite3

from ..corpus.index import SCHEMA as LINK_TABLES
from ..corpus.index import statements as _statements
from ..corpus.run import FACT_TABLES as CORPUS_TABLES
from ..errors import StoreError

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "documents, actors, quotes, events, full-text search", """
CREATE TABLE documents (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    outlet       TEXT,
    published    TEXT,
    published_precision TEXT,
    text         TEXT NOT NULL,
    body         TEXT NOT NULL,
    data         TEXT NOT NULL,      -- serialize.document_to_dict, as JSON
    ingested_at  TEXT NOT NULL
);
CREATE TABLE actors (
    doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    country   TEXT,
    role      TEXT,
    mentions  INTEGER NOT NULL
);
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_country ON actors(country);
CREATE TABLE quotes (
    rowid     INTEGER PRIMARY KEY,
    doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    speaker   TEXT,
    text      TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    kind      TEXT NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_doc ON quotes(doc_rowid);
-- the linked events of the whole corpus: replaced as a whole after each article
CREATE TABLE events (
    id        TEXT PRIMARY KEY,
    ord       INTEGER NOT NULL,
    code      TEXT NOT NULL,
    root_code TEXT NOT NULL,
    label     TEXT NOT NULL,
    location  TEXT,
    date      TEXT,
    date_precision TEXT,
    date_lo   TEXT,                  -- date padded low/high, for range filters on coarse dates
    date_hi   TEXT,
    status    TEXT NOT NULL,
    data      TEXT NOT NULL          -- Event.to_json(), as JSON
);
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor    TEXT NOT NULL COLLATE NOCASE
);
CREATE INDEX event_actors_actor ON event_actors(actor);
CREATE INDEX event_actors_event ON event_actors(event_id);
CREATE TABLE event_mentions (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_document ON event_mentions(document);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, body);   -- rowid = documents.rowid
CREATE VIRTUAL TABLE quotes_fts USING fts5(speaker, text);    -- rowid = quotes.rowid
"""),
    (2, "link_state: whether the events table still has to be relinked", """
CREATE TABLE link_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    stale INTEGER NOT NULL
);
INSERT INTO link_state VALUES (1, 1);
"""),
    (3, "incremental linking: corpus facts and the link index by block; events by cluster; article identity", """
ALTER TABLE documents ADD COLUMN doc_key TEXT;     -- identity_of(): "id:…", "url:…" or "file:/real/path"
ALTER TABLE documents ADD COLUMN doc_name TEXT;    -- a plain file's name (edited copies are found by it)
CREATE INDEX documents_key ON documents(doc_key);
CREATE INDEX documents_name ON documents(doc_name);
ALTER TABLE events ADD COLUMN cluster TEXT;        -- the link cluster the event is made of
ALTER TABLE events ADD COLUMN sortkey TEXT;        -- date (9999 when undated), then id
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_sortkey ON events(sortkey);
DELETE FROM events;                                -- relinked by cluster on the next ingest
UPDATE link_state SET stale = 1;
""" + CORPUS_TABLES + LINK_TABLES),
)

LATEST = MIGRATIONS[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    if row is None:
        return 0
    return conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to `LATEST`; returns the version it is at."""
    if current_version(conn) == LATEST:
        return LATEST  # nothing to do: no write lock taken (another writer may hold it)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                     "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
        have = current_version(conn)
        if have > LATEST:
            raise StoreError(f"database schema version {have} is newer than this parley knows ({LATEST})")
        for version, description, sql in MIGRATIONS:
            if version <= have:
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?, datetime('now'))", (version, description))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return LATEST


