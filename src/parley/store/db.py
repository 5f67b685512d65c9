"""Opening the database: WAL so readers never wait on the writer, foreign keys on."""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .schema import LATEST, current_version, migrate

# how long a statement waits for another writer before giving up (milliseconds): far longer than
# any write holds the lock (a batch of articles, stored and linked: seconds); the writer then
# says so and waits again (store/writer.py)
BUSY_TIMEOUT_MS = 120_000


def connect(path: str | Path, *, create: bool = True, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), migrated unless read-only."""
    db = Path(path)
    if not create and not db.exists():
        raise StoreError("no such database (fill one with 'parley ingest')", str(db))
    if create and not db.parent.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
    try:
        if readonly:
            conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            _set_up(conn)
        elif current_version(conn) != LATEST:
            raise StoreError(f"database is at schema version {current_version(conn)}, expected {LATEST}; "
                             "run 'parley ingest' on it to migrate", str(db))
    except sqlite3.DatabaseError as err:
        raise StoreError(f"cannot open database ({err})", str(db)) from None
    return conn


# a new database's first writers race to switch it to WAL and create its tables; SQLite answers
# "database is locked" at once to the loser of that switch, whatever the busy timeout
OPEN_RETRIES = 40
OPEN_RETRY_PAUSE_S = 0.25


def _set_up(conn: sqlite3.Connection) -> None:
    for attempt in range(OPEN_RETRIES):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or attempt == OPEN_RETRIES - 1:
                raise
            time.sleep(OPEN_RETRY_PAUSE_S)


@contextmanager
def transaction(conn: sqlite3.Connection, mode: str = "IMMEDIATE") -> Iterator[sqlite3.Connection]:
    """One atomic unit: committed whole or rolled back whole."""
    conn.execute(f"BEGIN {mode}")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction: every query inside sees the same state of the database."""
    with transaction(conn, "DEFERRED") as c:
        yield c
