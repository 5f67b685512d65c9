"""The store: articles and the linked event record in one SQLite file (WAL, FTS5).

    from parley.store import ingest
    ingest(["examples/"], "parley.db")
"""
from __future__ import annotations

from .db import connect, snapshot, transaction
from .schema import LATEST as SCHEMA_VERSION
from .identity import content_hash
from .writer import IngestResult, Writer, ingest, store_documents

__all__ = ["SCHEMA_VERSION", "IngestResult", "Writer", "connect", "content_hash", "ingest", "snapshot",
           "store_documents", "transaction"]
