from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import EXAMPLES
from records import baku_doc, hostile_doc, tass_doc

from parley.corpus import link_corpus
from parley.errors import StoreError
from parley.pipeline import Context
from parley.serialize import document_from_dict, document_to_dict
from parley.store import SCHEMA_VERSION, connect, ingest, store_documents
from parley.store import queries
from parley.store.export import export
from parley.store.writer import Writer


@pytest.fixture
def db(tmp_path):
    conn = connect(tmp_path / "t.db")
    yield conn
    conn.close()


def _count(conn, table):
    return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_schema_is_versioned_and_wal(db):
    assert db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_migrate_twice(tmp_path):
    for _ in range(2):
        connect(tmp_path / "t.db").close()
    conn = connect(tmp_path / "t.db")
    assert _count(conn, "schema_version") == SCHEMA_VERSION


def test_not_a_database_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        connect(bad)


def test_store_and_read_back(db):
    docs = [baku_doc(), tass_doc()]
    result = store_documents(db, docs)
    assert result.added == ["baku.txt", "tass.txt"]
    record = queries.load_record(db)
    assert [d.to_json() for d in record.documents] == [d.to_json() for d in docs]
    # the stored events are what the corpus linker makes of the stored documents
    fresh = [document_from_dict(document_to_dict(d)) for d in docs]
    assert [e.to_json() for e in record.events] == [e.to_json() for e in link_corpus(fresh, Context())]
    assert queries.document(db, "baku.txt") == docs[0]


def test_reingest_same_article_changes_nothing(db):
    store_documents(db, [baku_doc()])
    before = queries.load_record(db).to_json()
    counts = [_count(db, t) for t in ("documents", "events", "quotes", "actors", "event_mentions")]
    again = store_documents(db, [baku_doc(), baku_doc("copy-of-baku.txt")])
    assert again.unchanged == ["baku.txt", "copy-of-baku.txt"] and not again.added
    assert queries.load_record(db).to_json() == before
    assert [_count(db, t) for t in ("documents", "events", "quotes", "actors", "event_mentions")] == counts


def test_new_article_merges_into_events(db):
    store_documents(db, [baku_doc()])
    n_before = _count(db, "events")
    store_documents(db, [tass_doc()])
    record = queries.load_record(db)
    assert len(record.documents) == 2
    linked = link_corpus([baku_doc(), tass_doc()], Context())
    assert len(record.events) == len(linked) >= n_before
    reported_by = {m.document for e in record.events for m in e.mentions}
    assert reported_by == {"baku.txt", "tass.txt"}


def test_edited_article_replaces_old_version(db):
    store_documents(db, [baku_doc()])
    edited = baku_doc()
    edited.text = edited.text + " Updated."
    edited.body_spans = [edited.body_spans[0].__class__(edited.body_spans[0].start, len(edited.text))]
    assert store_documents(db, [edited]).replaced == ["baku.txt"]
    assert _count(db, "documents") == 1 and _count(db, "documents_fts") == 1
    assert queries.document(db, "baku.txt").text.endswith("Updated.")


def test_same_name_from_another_source_gets_own_id(db):
    store_documents(db, [baku_doc()])
    other = tass_doc("baku.txt")
    other.source = "/elsewhere/baku.txt"
    result = store_documents(db, [other])
    assert result.added == ["baku.txt#2"]
    assert {m.document for e in queries.load_record(db).events for m in e.mentions} == {"baku.txt", "baku.txt#2"}


def test_event_filters(db):
    store_documents(db, [baku_doc(), tass_doc()])
    ev = lambda **kw: [e.code for e in queries.events(db, queries.EventFilter(**kw)).items]  # noqa: E731
    assert ev(status="planned") == ["044"]
    assert ev(actor="Jeyhun Bayramov") == ["044"]
    assert set(ev(country="aze")) == {"043", "044"}
    assert ev(code="044") == ["044"]
    assert "044" in ev(code="04")
    assert ev(date_from="2023-03-15") == ["044"]  # the planned event is known only to the month
    assert "044" not in ev(date_to="2023-02-28")
    assert ev(date_from="2024") == []


def test_full_text_search_over_bodies_and_quotes(db):
    store_documents(db, [baku_doc(), tass_doc()])
    hits = queries.search(db, "constructive").items
    assert {h.kind for h in hits} == {"document", "quote"}
    assert all(queries.MARK_OPEN in h.snippet for h in hits)
    # FTS syntax in user input is taken as words, never an error
    assert queries.search(db, 'NEAR( "unbalanced * OR').total == 0
    assert queries.search(db, "!!!").total == 0


def test_exports(db, tmp_path):
    store_documents(db, [baku_doc(), tass_doc(), hostile_doc()])
    record = queries.load_record(db)

    def run(fmt, table="events"):
        buf = io.BytesIO()
        export(db, fmt, buf, table)
        return buf.getvalue()

    assert json.loads(run("json")) == record.to_json()
    lines = [json.loads(x) for x in run("jsonl").splitlines()]
    assert [x["record"] for x in lines].count("document") == 3
    assert {k: v for k, v in lines[-1].items() if k != "record"} == record.events[-1].to_json()
    rows = list(csv.DictReader(io.StringIO(run("csv").decode())))
    assert len(rows) == len(record.events) and json.loads(rows[0]["actors"]) == record.events[0].actors
    import pyarrow.parquet as pq

    for table in ("events", "documents", "actors", "quotes"):
        path = tmp_path / f"{table}.parquet"
        path.write_bytes(run("parquet", table))
        assert pq.read_table(path).num_rows == len(list(csv.DictReader(io.StringIO(run("csv", table).decode()))))
    # the GDELT tables: tests/test_gdelt.py


def test_ingest_seed_articles_idempotent(tmp_path):
    db_path = str(tmp_path / "seeds.db")
    first = ingest([str(EXAMPLES)], db_path)
    assert len(first.added) == 5 and not first.skipped
    second = ingest([str(EXAMPLES)], db_path)
    assert not second.added and len(second.unchanged) == 5 and second.events == first.events
    conn = connect(db_path)
    assert _count(conn, "documents") == 5


def test_cli_ingest_and_export(tmp_path):
    db_path = tmp_path / "cli.db"
    cmd = [sys.executable, "-m", "parley.cli"]
    done = subprocess.run([*cmd, "ingest", str(EXAMPLES), "--db", str(db_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "5 articles added" in done.stderr
    out = tmp_path / "record.json"
    done = subprocess.run([*cmd, "export", "--db", str(db_path), "--format", "json", "--output", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(out.read_text())["documents"]) == 5
    done = subprocess.run([*cmd, "export", "--db", str(tmp_path / "missing.db")], capture_output=True, text=True)
    assert done.returncode == 2 and "no such database" in done.stderr and "Traceback" not in done.stderr
    done = subprocess.run([*cmd, "export", "--db", str(db_path), "--format", "xml"], capture_output=True, text=True)
    assert done.returncode == 2 and "unknown format" in done.stderr


def test_each_batch_links_against_what_is_stored(tmp_path, seed_record):
    """Articles stored one by one, in any order, give the events linking them all at once gives,
    and each batch rewrites only the events of the clusters its articles reach."""
    import random

    docs = [document_to_dict(d) for d in seed_record.documents]
    expected = [e.to_json() for e in link_corpus([document_from_dict(d) for d in docs], Context())]
    for seed in (1, 2):
        order = docs[:]
        random.Random(seed).shuffle(order)
        conn = connect(tmp_path / f"one-by-one-{seed}.db")
        writer = Writer(conn)
        for raw in order:
            before = {r[0]: r[1] for r in conn.execute("SELECT id, data FROM events")}
            writer.store(document_from_dict(raw))
            after = {r[0]: r[1] for r in conn.execute("SELECT id, data FROM events")}
            # an article about other events leaves every stored event as it was: each event
            # rewritten or merged away is one of the events the new article reports (same code,
            # two actors in common with an event that now cites it)
            cites = [json.loads(v) for v in after.values()
                     if any(m["document"] == raw["id"] for m in json.loads(v)["mentions"])]
            for k in before:
                if k in after and after[k] == before[k]:
                    continue
                old = json.loads(before[k])
                assert any(e["code"] == old["code"] and len(set(e["actors"]) & set(old["actors"])) >= 2
                           for e in cites), (raw["id"], old["label"])
        assert [e.to_json() for e in queries.load_record(conn).events] == expected
        conn.close()


def test_opening_a_new_database_waits_out_the_first_writers_race(tmp_path, monkeypatch):
    # SQLite answers "database is locked" at once to the loser of two first writers switching a
    # new file to WAL; opening tries again instead of failing the ingest. Any other error fails.
    import sqlite3

    from parley.store import db as store_db

    real, calls = store_db.migrate, []

    def racing(conn):
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(conn)

    monkeypatch.setattr(store_db, "migrate", racing)
    monkeypatch.setattr(store_db, "OPEN_RETRY_PAUSE_S", 0.0)
    store_db.connect(tmp_path / "new.db").close()
    assert len(calls) == 2

    def broken(conn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_db, "migrate", broken)
    import pytest

    with pytest.raises(Exception, match="disk I/O error"):
        store_db.connect(tmp_path / "other.db")
